#pragma once

#include "app/core/result.h"
#include "app/storage/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Qalam {

// One Qalam database: an SQLite file (a single desk) or a PostgreSQL database
// shared by a newsroom (team mode). Validates it, migrates its schema and
// hands every thread its own connection (Qt Sql connections must not cross
// threads). The only place besides the SqlDialect that knows which backend
// runs. Shared by the stores through std::shared_ptr; safe from any thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Database)

public:
    enum class Migration { Apply, Refuse };
    enum class Backend { Sqlite, PostgreSql };

    // `location` is a file path, or a server URL
    // postgresql://user@host:port/dbname?sslmode=verify-full&connect_timeout=5
    // (also postgres://). A URL's query items go to libpq as connection
    // options; without a password in the URL (which other local users could
    // read) libpq takes PGPASSWORD or ~/.pgpass.
    // Opens (creating a file when absent) and brings the schema up to date. A
    // file that is not SQLite, a database of another program, or one written
    // by a newer Qalam is refused untouched. With Migration::Refuse an older
    // schema is reported instead of migrated.
    // `password` (e.g. from the keychain, see ServerLogin) is used for every
    // connection to a server whose URL carries none, reconnections included,
    // ahead of PGPASSWORD and ~/.pgpass; it never shows in path(), errors or logs.
    static Result<std::shared_ptr<Database>> open(const QString &location,
                                                  Migration migration = Migration::Apply,
                                                  const QString &password = QString());
    static bool isServerUrl(const QString &location);
    // The driver's text of a failed connection says the server refused the
    // login (wrong or missing password, no such user, pg_hba.conf).
    static bool isLoginRefused(const QString &driverText);
    // A plain connection to the database a server URL names, with none of
    // Qalam's checks: for tools that create, drop or copy databases. The
    // caller closes it and removes `connectionName`. `password` as for open().
    static Result<QSqlDatabase> openServerConnection(const QString &url, const QString &connectionName,
                                                     const QString &password = QString());
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file's absolute path, or the server URL without its password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSql; }
    const SqlDialect &dialect() const { return *m_dialect; }
    // Where photo originals are files: beside an SQLite database; for a
    // server, this machine's cache of the originals the database holds.
    QString photoFolder() const;

    // This thread's connection, opened on first use. A connection the server
    // dropped (stopped, restarted, network gone) is replaced by a new one on
    // the next call; statements prepared on the old one are never reused. A
    // server that cannot be reached gives Error::Code::Unavailable.
    Result<QSqlDatabase> connection();
    // Whether the server answered the last time this process asked: false
    // from a lost or refused connection until a connection opens again. A file
    // is always reachable. Any thread.
    bool isReachable() const { return m_reachable.load(std::memory_order_relaxed); }
    // Asks the server a trivial question on this thread's connection: whether
    // an unreachable server is back.
    Result<void> ping();
    // The driver's error means the connection is gone or could not be made
    // (server stopped or restarting, network down), not a refused statement.
    static bool isConnectionError(const QSqlError &error);
    // execChecked(), execInsert() and WriteTransaction report a lost
    // connection here: its Database replaces it on the next connection().
    static void noteConnectionLost(const QSqlDriver *driver);
    int schemaVersion();
    // "ok", or the problems found (SQLite's integrity check; on a server, a
    // check that the schema is complete).
    Result<QStringList> integrityCheck();

    static int latestSchemaVersion();

private:
    friend class ServerLogin; // the keychain key and the connection test use the URL parsing
    struct ServerAddress
    {
        QString host;
        int port = -1;
        QString user;
        QString password;
        QString databaseName;
        QStringList options;
    };
    static Result<ServerAddress> parseServerUrl(const QString &url);
    static Result<QSqlDatabase> openServer(const ServerAddress &address, const QString &connectionName,
                                           const QString &shownAs);

    Database(QString path, Backend backend);
    static Result<void> checkFile(const QString &path);
    Result<int> readSchemaVersion(QSqlDatabase db);
    Result<void> migrate(QSqlDatabase db, int from);

    QString m_path;
    Backend m_backend;
    ServerAddress m_server;
    QString m_connectionPrefix;
    std::unique_ptr<SqlDialect> m_dialect;
    QMutex m_namesMutex;
    QStringList m_connectionNames;
    QHash<QString, QString> m_threadConnections; // thread → its current connection's name
    quint64 m_connectionsMade = 0;
    std::atomic<bool> m_reachable{true};
    std::atomic<bool> m_connectedOnce{false};
    std::atomic<quint64> m_outages{0}; // times the server was found away
    void noteUnreachable();
};

// Runs one prepared statement; a failure becomes an Error with the given
// translated message and the driver's text as detail. SQL never leaves app/storage.
Result<void> execChecked(class QSqlQuery &query, const QString &failureMessage);
// Runs an INSERT … RETURNING id and hands back the new row's id (portable:
// lastInsertId() means the last sequence value anywhere on PostgreSQL).
Result<qint64> execInsert(class QSqlQuery &query, const QString &failureMessage);

// A write transaction that rolls back unless committed: every early return in
// a write path is safe. begin() takes the dialect's write lock at once.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin(const QStringList &beginSql);
    Result<void> begin(const QString &beginSql) { return begin(QStringList{beginSql}); }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    quint64 m_failuresAtBegin = 0;
};

// A null QString is stored as NULL; the schema wants empty text.
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
