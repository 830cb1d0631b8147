#pragma once

#include "app/core/result.h"
#include "app/storage/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Qalam {

// One Qalam database file: validates it, migrates its schema and hands every
// thread its own connection (Qt Sql connections must not cross threads).
// Shared by the stores through std::shared_ptr; safe to use from any thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Database)

public:
    enum class Migration { Apply, Refuse };

    // Opens (creating when absent) and brings the schema up to date. A file that
    // is not SQLite, or was written by a newer Qalam, is refused untouched.
    // With Migration::Refuse an older schema is reported instead of migrated.
    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  Migration migration = Migration::Apply);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    const SqlDialect &dialect() const { return *m_dialect; }

    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    int schemaVersion();
    // PRAGMA integrity_check: "ok" or the problems found.
    Result<QStringList> integrityCheck();

    static int latestSchemaVersion();

private:
    explicit Database(QString path);
    Result<void> migrate(QSqlDatabase db, int from);

    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<SqlDialect> m_dialect;
    QMutex m_namesMutex;
    QStringList m_connectionNames;
};

// Runs one prepared statement; a failure becomes an Error with the given
// translated message and the driver's text as detail. SQL never leaves app/storage.
Result<void> execChecked(class QSqlQuery &query, const QString &failureMessage);

// A write transaction that rolls back unless committed: every early return in
// a write path is safe. begin() takes the dialect's write lock at once.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin(const QString &beginSql);
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// SQLite stores a null QString as NULL; the schema wants empty text.
inline QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// String lists (tags, roles, regions, links) are stored as compact JSON arrays.
QString stringListToDb(const QStringList &list);
QStringList stringListFromDb(const QVariant &value);

// Timestamps are stored as ISO 8601 UTC text with milliseconds; "" is none.
QString toDbTime(const QDateTime &utc);
QDateTime fromDbTime(const QVariant &value);

} // namespace Qalam
