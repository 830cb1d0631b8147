#include "app/import/draftcreator.h"

#include "app/people/authorstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/text/htmlsanitizer.h"
#include "app/workflow/permissions.h"

#include <QSqlQuery>

#include <algorithm>

namespace Qalam {

DraftCreator::DraftCreator(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<Article> DraftCreator::create(const ImportedDraft &draft, const QString &reason)
{
    if (draft.headline.simplified().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("No headline was recognised in the imported text. Give the draft a headline; nothing "
                        "was saved."),
                     QStringLiteral("no-headline")};
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    {
        // Asked first: a refused import adds no author profiles either.
        QSqlDatabase db = *conn;
        if (auto r = Permissions::authorize(db, m_actor, Action::CreateArticle); !r)
            return r.error();
    }

    Article article;
    article.headline = draft.headline;
    article.lead = draft.lead;
    article.bodyHtml = !draft.bodyHtml.trimmed().isEmpty()
                           ? draft.bodyHtml
                           : HtmlSanitizer::fromPlainText(draft.paragraphs.join(u'\n')).html;
    article.source = draft.sourcePhrase.simplified().isEmpty() ? draft.source : draft.sourcePhrase;
    article.language = isSupportedLanguage(draft.language) ? draft.language : QStringLiteral("ru");
    // The region stays empty: the source rarely says it, and the editor picks it.

    // The byline: profiles matched by name in either order. A missing author
    // gets a profile with the position the source gives: through AuthorStore
    // when the actor may edit profiles (chief editors, administrators), else
    // (a regional editor) as a plain byline author that ArticleStore::create
    // adds in the article's own transaction, name and position only.
    AuthorStore authors(m_database, m_actor, m_clock);
    const bool mayAddProfiles = Permissions::check(m_actor, Action::EditAuthor).ok();
    for (const ImportedAuthor &imported : draft.authors) {
        const QString name = imported.name.simplified();
        if (name.isEmpty())
            continue;
        auto found = authors.findByName(name);
        if (!found && found.error().code != Error::Code::NotFound)
            return found.error();
        Author author;
        if (found) {
            author = *found;
        } else if (mayAddProfiles) {
            Author profile(0, name, imported.position.simplified());
            auto added = authors.add(profile);
            if (!added)
                return added.error();
            author = *added;
        } else {
            author = Author(0, name, imported.position.simplified());
        }
        const bool already =
            std::any_of(article.authors.cbegin(), article.authors.cend(), [&](const Author &a) {
                return author.id > 0 ? a.id == author.id : a.name == author.name;
            });
        if (!already)
            article.authors.append(author);
    }

    ArticleStore store(m_database, m_clock, m_actor);
    auto created = store.create(article, reason);
    if (!created)
        return created.error();

    // The article is written; the original and the photo slots follow in
    // transactions of their own (each store opens its own write transaction).
    auto keptSafe = [&](const Error &error) {
        return Error{error.code,
                     tr("The draft \"%1\" was created (id %2), but not all of the import was kept: %3")
                         .arg(created->headline, created->id, error.message),
                     error.detail};
    };
    if (!draft.original.isEmpty()) {
        QSqlDatabase db = *conn;
        WriteTransaction tx(db);
        if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
            return keptSafe(r.error());
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO article_sources (article_id, format, original, imported,"
                                   " imported_by) VALUES (:article, :format, :original, :imported, :by)"));
        ins.bindValue(QStringLiteral(":article"), created->id);
        ins.bindValue(QStringLiteral(":format"),
                      draft.format.isEmpty() ? QStringLiteral("text") : draft.format);
        ins.bindValue(QStringLiteral(":original"), draft.original);
        ins.bindValue(QStringLiteral(":imported"), toDbTime(m_clock->nowUtc()));
        ins.bindValue(QStringLiteral(":by"), m_actor.login.isNull() ? QStringLiteral("") : m_actor.login);
        if (auto r = execChecked(ins, tr("The original text could not be kept.")); !r)
            return keptSafe(r.error());
        if (auto r = tx.commit(); !r)
            return keptSafe(r.error());
    }
    PhotoStore photos(m_database, m_clock, m_actor);
    int order = 0;
    for (const PhotoSlot &slot : draft.photos) {
        StoredPhotoSlot stored;
        stored.articleId = created->id;
        stored.order = order++;
        stored.caption = slot.caption;
        stored.alt = slot.alt;
        stored.creditSource = slot.creditSource;
        stored.creditType = slot.creditType;
        stored.creditLine = slot.creditLine;
        stored.imageUrl = slot.imageUrl;
        stored.lead = slot.lead;
        if (auto r = photos.addSlot(stored); !r)
            return keptSafe(r.error());
    }
    return created;
}

Result<std::optional<ImportedOriginal>> DraftCreator::original(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (auto r = Permissions::authorize(db, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.article_id, s.format, s.original, s.imported, s.imported_by"
                             " FROM articles a LEFT JOIN article_sources s ON s.article_id = a.id"
                             " WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(q, tr("The original text could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(articleId), {}};
    if (q.value(0).isNull())
        return std::optional<ImportedOriginal>();
    ImportedOriginal original;
    original.articleId = q.value(0).toString();
    original.format = q.value(1).toString();
    original.text = q.value(2).toString();
    original.imported = fromDbTime(q.value(3));
    original.importedBy = q.value(4).toString();
    return std::optional<ImportedOriginal>(original);
}

} // namespace Qalam
