#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/model/article.h"
#include "app/people/user.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace Qalam {

class Database;

// What the desk's article list asks for.
struct ArticleFilter
{
    QString search; // full-text, prefix match on every word
    std::optional<ArticleStatus> status;
    QList<ArticleStatus> statuses; // any of these (with `status`, both must hold)
    QString createdBy;             // login
    QString region;
    qint64 authorId = 0; // 0: any author
    int limit = -1;      // -1: all
};

// The articles, their bylines and their revisions in one database. A value
// type holding the shared Database: copy it to a worker thread and use it there
// (each thread gets its own connection). Every statement is prepared with bound
// values; every save checks the version it was based on, the actor's
// permission (Permissions) and the editing lock of another user.
//
// A save never sets the status (the Workflow does). It changes it in two
// cases, logged in the audit log: a text change of an approved article voids
// the approval (back to in review), and a change of a published article
// starts an update (status updated) that needs approval again.
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::ArticleStore)

public:
    enum class SaveKind { Autosave, Revision };

    explicit ArticleStore(std::shared_ptr<Database> database, const Clock *clock = &Clock::system(),
                          Actor actor = Actor::local());

    // Stores a new article (id, timestamps and version 1 assigned here, status
    // draft) with a first revision. The body is sanitised to the allowed
    // subset. An empty byline gets the actor's own author profile.
    Result<Article> create(Article draft, const QString &reason = QStringLiteral("created"));
    Result<Article> load(const QString &id);
    // Saves `edited`, whose `version` names the version it was edited from. A
    // stale version is refused with Error::Code::Conflict and nothing written.
    // SaveKind::Revision also records a snapshot with `reason`.
    Result<Article> save(const Article &edited, SaveKind kind = SaveKind::Autosave,
                         const QString &reason = QStringLiteral("save"));
    // A digest of what saving `article` stores (text, metadata, byline, pull
    // quotes, normalised as a save normalises them): equal digests, equal
    // stored content. Tells whether a save whose answer was lost went in.
    static QByteArray contentKey(const Article &article);
    Result<QList<ArticleSummary>> list(const ArticleFilter &filter = {});
    Result<int> count();

    Result<QList<Revision>> revisions(const QString &articleId); // newest first
    Result<Revision> revision(qint64 revisionId);
    // Makes the revision's content current again (a new version and a new
    // revision "restore of #N"); `baseVersion` is what the caller was showing.
    // The replaced text is kept as a revision ("before restore") when it is
    // not one already.
    Result<Article> restore(qint64 revisionId, int baseVersion);

    Result<QList<Author>> authors();
    // Finds the author by name or adds them.
    Result<Author> ensureAuthor(const Author &author);
    Result<QStringList> regions();
    // The newsroom's byline name order (AuthorStore sets it).
    Result<NameOrder> nameOrder();

    Result<void> setEditorState(const QString &key, const QString &value);
    Result<QString> editorState(const QString &key);

    QString who() const { return m_actor.login; }
    const Actor &actor() const { return m_actor; }
    std::shared_ptr<Database> database() const { return m_database; }
    static QString currentAccount() { return operatingSystemAccount(); }

private:
    // The article with its byline and pull quotes, without a permission check.
    Result<Article> read(QSqlDatabase &db, const QString &id);
    // Byline and pull quotes, written and read back with the article.
    Result<void> writeRelated(QSqlDatabase &db, Article &article);
    Result<void> readRelated(QSqlDatabase &db, Article &article);
    Result<void> writeByline(QSqlDatabase &db, const QString &articleId, const QList<Author> &authors);
    Result<QList<Author>> readByline(QSqlDatabase &db, const QString &articleId);
    Result<void> writeRevision(QSqlDatabase &db, const Article &article, const QString &reason);
    Error conflictError(int theirs, int yours) const;

    std::shared_ptr<Database> m_database;
    const Clock *m_clock;
    Actor m_actor;
};

} // namespace Qalam
