#pragma once

#include <QString>
#include <QStringList>

namespace Qalam {

// Everything in Qalam's SQL that is specific to one database engine: the schema
// migrations, the schema version, the write-transaction start, full-text
// search and a few functions. The repositories write portable SQL (ON CONFLICT
// upserts, RETURNING id, CASE instead of boolean arithmetic) and ask the
// dialect for the rest; Database picks the dialect from what it opens (an
// SQLite file or a postgresql:// URL). Immutable, shared by every thread.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Statements that take the schema from version-1 to `version`.
    virtual QStringList migration(int version) const = 0;
    virtual int latestSchemaVersion() const = 0;
    // Run in order on the migrating connection; the first that returns no row
    // means schema 0, the last one's first column is the version.
    virtual QStringList schemaVersionQueries() const = 0;
    // Records `version` inside the migration's transaction.
    virtual QString setSchemaVersion(int version) const = 0;
    // Around all migrations (outside their transactions), and the check each
    // migration must pass before it commits (rows returned are violations).
    virtual QStringList beforeMigrations() const { return {}; }
    virtual QStringList afterMigrations() const { return {}; }
    virtual QString foreignKeyCheck() const { return {}; }
    // How many tables the database holds: a schema-0 database with tables is
    // another program's.
    virtual QString tableCountQuery() const = 0;
    // Rows of problems, or the single row "ok".
    virtual QString integrityCheck() const = 0;
    // Run on every new connection.
    virtual QStringList connectionSetup() const { return {}; }

    // Starts a transaction that holds the database's write lock from its first
    // statement: write transactions never interleave, so their
    // read-check-write sequences need no further locking.
    virtual QStringList beginWrite() const = 0;
    // Starts a transaction that writes one article's own rows (a save): it
    // excludes every other write transaction and the saves of the same
    // article, and may run beside saves of other articles where the backend
    // allows it (PostgreSQL; SQLite has one lock for the file).
    virtual QStringList beginArticleWrite(const QString &articleId) const
    {
        Q_UNUSED(articleId)
        return beginWrite();
    }
    // A condition on `articles a` that keeps the rows matching :search.
    virtual QString searchCondition() const = 0;
    // Turns what the user typed into the value bound to :search (prefix match
    // on every word); empty when there is nothing to search for.
    virtual QString searchQuery(const QString &userText) const = 0;
    // An aggregate over a subquery's rows: `column`'s values as text joined by
    // commas, in the order of `orderBy` (SQLite keeps the subquery's order).
    virtual QString idList(const QString &column, const QString &orderBy) const = 0;
    // Photo originals kept as rows (photo_originals) rather than files beside
    // the database: every desktop of a shared database sees them.
    virtual bool keepsPhotoOriginals() const { return false; }
};

// The embedded single-desk database: one SQLite file (WAL, foreign keys on).
// Schema 10 (the change notifications of team mode) changes nothing here:
// other writers of the file show in PRAGMA data_version (ChangeFeed).
// Schema 11 adds the claims on outbox jobs (outboxClaimColumns()).
class SqliteDialect final : public SqlDialect
{
public:
    QStringList migration(int version) const override;
    int latestSchemaVersion() const override { return 11; }
    QStringList schemaVersionQueries() const override;
    QString setSchemaVersion(int version) const override;
    QStringList beforeMigrations() const override;
    QStringList afterMigrations() const override;
    QString foreignKeyCheck() const override;
    QString tableCountQuery() const override;
    QString integrityCheck() const override;
    QStringList connectionSetup() const override;
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QString searchCondition() const override;
    QString searchQuery(const QString &userText) const override;
    QString idList(const QString &column, const QString &orderBy) const override;
};

// Team mode: one PostgreSQL 15 database shared by the newsroom's desktops. The
// schema starts at version 9 as one baseline (earlier versions are empty);
// later versions add a migration to both dialects. Schema 10 adds triggers
// that NOTIFY `qalam_changes` on every change another desktop must see
// (ChangeFeed listens); schema 11 the claims on outbox jobs, as on SQLite.
// Timestamps stay ISO text as
// on SQLite, full-text search is a tsvector of the `simple` and `russian`
// configurations, and write transactions serialise on an advisory lock as
// SQLite's do on its file lock (saves of different articles share it).
class PostgresDialect final : public SqlDialect
{
public:
    QStringList migration(int version) const override;
    int latestSchemaVersion() const override { return 11; }
    QStringList schemaVersionQueries() const override;
    QString setSchemaVersion(int version) const override;
    QString tableCountQuery() const override;
    QString integrityCheck() const override;
    QStringList connectionSetup() const override;
    QStringList beginWrite() const override;
    QStringList beginArticleWrite(const QString &articleId) const override;
    QString searchCondition() const override;
    QString searchQuery(const QString &userText) const override;
    QString idList(const QString &column, const QString &orderBy) const override;
    bool keepsPhotoOriginals() const override { return true; }

    // The tables of the schema, for integrityCheck().
    static QStringList tables();
};

// Both dialects split what the user typed the same way: words of letters,
// digits and combining marks, with ё folded to е.
QStringList searchWords(const QString &userText);

// Schema 11, the same on both backends: outbox_jobs gets claimed_by and
// claimed_until, so that one runner at a time runs a job (Outbox::claim).
QStringList outboxClaimColumns();

} // namespace Qalam
