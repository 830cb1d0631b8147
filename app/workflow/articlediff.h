#pragma once

#include "app/model/article.h"
#include "app/text/worddiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Qalam {

// One compared field of an article.
struct FieldDiff
{
    QString field; // "headline", "lead", "body", "byline", "photo:<id>:caption", "photo:<id>:credit"
    QString label; // translated: "Заголовок", "Подпись к фото 2"
    QList<DiffSegment> segments;
    bool changed = false;
};

// The review diff: what changed between two versions of an article —
// headline, lead, body text, byline, and the captions and credit lines of
// its photos. Photos are given in the shape the audit log records them:
// [{"id": 3, "caption": "…", "credit_line": "Фото: Акорда: UGC", "alt": "…"}].
class ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::ArticleDiff)

public:
    // Every field, changed or not, in reading order. A photo only on one
    // side shows as wholly added or removed.
    static QList<FieldDiff> compare(const Article &before, const QJsonArray &photosBefore,
                                    const Article &after, const QJsonArray &photosAfter);
    // For a terminal: the changed fields with [-removed-] and {+added+};
    // "No changes." when none.
    static QString toText(const QList<FieldDiff> &diff);
};

} // namespace Qalam
