#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/import/importer.h"
#include "app/model/article.h"
#include "app/people/user.h"

#include <QCoreApplication>

#include <memory>

namespace Qalam {

class Database;

// The source an article was imported from: kept with the draft for
// reference, never exported or published.
struct ImportedOriginal
{
    QString articleId;
    QString format; // "text" or "html"
    QString text;
    QDateTime imported; // UTC
    QString importedBy; // login
};

// Makes a draft out of what the importer recognised (after the editor's
// corrections): the article (as the actor, through ArticleStore, so the
// permission rules hold), its byline matched to author profiles by name in
// either order (a missing author is added with the position the source
// gives), its photo slots (PhotoStore::photoSlots), and the original text.
class DraftCreator
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::DraftCreator)

public:
    explicit DraftCreator(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                          const Clock *clock = &Clock::system());

    // Refused (Error::Code::InvalidInput) without a headline: the editor is
    // asked, nothing is guessed. `reason` names the first revision.
    Result<Article> create(const ImportedDraft &draft, const QString &reason = QStringLiteral("import"));
    Result<std::optional<ImportedOriginal>> original(const QString &articleId);

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

} // namespace Qalam
