#pragma once

#include "app/core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Qalam {

// House-style typography for Russian, Kazakh and English news text: quote
// marks by level («» outer and „“ inner for ru/kk, “” and ‘’ for en), the
// dash with a non-breaking space before it, en dashes in number ranges, the
// ellipsis character, non-breaking spaces after short prepositions,
// conjunctions and particles, between initials and surname and between a
// number and its unit. Never touches URLs, e-mail addresses or code.
// Pure functions, linear in the text length, idempotent; any thread.
//
// House-style choices: ru/kk put a non-breaking space before the dash
// between words ("слово\u00A0— слово", Options::dash picks em or en) and
// after a dialogue dash at the start of a line; English uses the news-style
// spaced en dash ("word – word", ordinary spaces; Options::dash is ignored)
// and gets no short-word non-breaking spaces, only initials and units;
// Kazakh has no prepositions, so it gets none either. Quote levels beyond
// the second alternate. Apostrophes inside ru/kk words stay as typed; in
// English they become ’. Spaces are only ever replaced, never inserted.
class Typography
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Typography)

public:
    enum class Dash { Em, En };

    struct Options
    {
        QString language = QStringLiteral("ru"); // ru, kk, en
        Dash dash = Dash::Em;                    // the dash between words (ru/kk)
    };

    // One replacement in the input: `length` UTF-16 units at `position`
    // become `replacement`. Edits are sorted and do not overlap, so an editor
    // can apply them back to front inside one undo step and keep formatting.
    struct Edit
    {
        int position = 0;
        int length = 0;
        QString replacement;
        bool operator==(const Edit &) const = default;
    };

    static QList<Edit> edits(const QString &text, const Options &options);
    static QString apply(const QString &text, const Options &options);
    // What apply() would change, as findings (code "typography.*", warning or info).
    static QList<Finding> check(const QString &text, const Options &options);
};

} // namespace Qalam
