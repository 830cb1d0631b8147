#include "app/storage/database.h"

#include "app/core/logging.h"
#include "app/storage/keptquery.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace Qalam {

namespace {
QAtomicInt s_instanceCounter;

Error sqlError(Error::Code code, const QString &message, const QSqlError &error)
{
    return Error{code, message, error.text()};
}

// The server connections each Database opened, and whether one was found
// lost (its Database replaces it on the next connection()).
struct ConnectionLink
{
    Database *owner = nullptr;
    bool lost = false;
    quint64 outages = 0; // the owner's count of outages when last known good
};
// (Never destroyed: a Database may outlive static destruction.)
QMutex &linksMutex()
{
    static auto *mutex = new QMutex;
    return *mutex;
}
QHash<const QSqlDriver *, ConnectionLink> &links()
{
    static auto *links = new QHash<const QSqlDriver *, ConnectionLink>;
    return *links;
}

// Failed statements per connection of this thread: a PostgreSQL transaction
// with a failed statement in it is aborted, and its COMMIT would only roll
// back (quietly), so WriteTransaction refuses to call that a commit.
thread_local QHash<const QSqlDriver *, quint64> t_failedStatements;

bool mentionsLostConnection(const QString &text)
{
    // libpq's own words (its English ones; translated ones are caught by the
    // closed driver or the server's SQLSTATE).
    static const char *const phrases[] = {
        "server closed the connection",
        "no connection to the server",
        "terminating connection",
        "could not connect",
        "connection refused",
        "could not send data to server",
        "could not receive data from server",
        "connection not open",
        "timeout expired",
        "connection timed out",
        "connection reset",
        "broken pipe",
        "no route to host",
        "network is unreachable",
        "could not translate host name",
        "ssl syscall error",
        "ssl connection has been closed unexpectedly",
        "the database system is starting up",
        "the database system is shutting down",
        "the database system is in recovery mode",
    };
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What a failed statement means: a lost connection (Unavailable; the
// connection is replaced on next use) or a refused statement (Database).
Error statementFailure(const QSqlQuery &query, const QString &message)
{
    const QSqlDriver *driver = query.driver();
    const QSqlError error = query.lastError();
    if (Database::isConnectionError(error) || (driver && !driver->isOpen())) {
        Database::noteConnectionLost(driver);
        qCWarning(lcStorage) << "connection to the database lost:" << error.text();
        return Error{Error::Code::Unavailable, message, error.text()};
    }
    ++t_failedStatements[driver];
    qCWarning(lcStorage) << "statement failed:" << error.text();
    return Error{Error::Code::Database, message, error.text()};
}

quint64 failedStatements(const QSqlDriver *driver)
{
    return t_failedStatements.value(driver);
}
} // namespace

Result<void> execChecked(QSqlQuery &query, const QString &failureMessage)
{
    if (query.exec())
        return {};
    return statementFailure(query, failureMessage);
}

Result<qint64> execInsert(QSqlQuery &query, const QString &failureMessage)
{
    if (auto r = execChecked(query, failureMessage); !r)
        return r.error();
    if (!query.next())
        return Error{Error::Code::Database, failureMessage, QStringLiteral("RETURNING gave no row")};
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite: an unfinished write statement would block COMMIT
    return id;
}

WriteTransaction::~WriteTransaction()
{
    // Also after a failed statement: a PostgreSQL connection stays in an
    // aborted transaction until it is rolled back. A lost connection has
    // nothing left to roll back.
    if (m_open && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> WriteTransaction::begin(const QStringList &beginSql)
{
    QSqlQuery q(m_db);
    for (const QString &sql : beginSql) {
        if (!q.exec(sql)) {
            Error error = statementFailure(
                q, QCoreApplication::translate("Qalam::ArticleStore",
                                               "The database is busy; your text is kept, try again."));
            if (error.code == Error::Code::Unavailable)
                error.message = QCoreApplication::translate(
                    "Qalam::ArticleStore", "The database server cannot be reached; your text is kept.");
            if (m_open && error.code != Error::Code::Unavailable)
                q.exec(QStringLiteral("ROLLBACK"));
            m_open = false;
            return error;
        }
        m_open = true;
    }
    m_failuresAtBegin = failedStatements(m_db.driver());
    return {};
}

Result<void> WriteTransaction::commit()
{
    const QString failed = QCoreApplication::translate("Qalam::ArticleStore",
                                                       "The change could not be written; your text is kept.");
    // PostgreSQL answers COMMIT of an aborted transaction with a rollback, not
    // an error: a statement of it that failed (and was let pass) undoes all.
    if (m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL &&
        failedStatements(m_db.driver()) != m_failuresAtBegin)
        return Error{Error::Code::Database, failed,
                     QStringLiteral("a statement of the transaction failed; it was rolled back")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        // A lost connection here leaves the outcome unknown: the server may
        // have committed before the answer got lost (Unavailable).
        return statementFailure(q, failed);
    }
    m_open = false;
    return {};
}

QString stringListToDb(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFromDb(const QVariant &value)
{
    QStringList list;
    for (const auto &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        list.append(item.toString());
    return list;
}

QString toDbTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromDbTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Database::Database(QString path, Backend backend)
    : m_path(std::move(path)), m_backend(backend),
      m_connectionPrefix(QStringLiteral("qalam-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
    if (backend == Backend::PostgreSql)
        m_dialect = std::make_unique<PostgresDialect>();
    else
        m_dialect = std::make_unique<SqliteDialect>();
}

Database::~Database()
{
    {
        QMutexLocker lock(&linksMutex());
        for (auto it = links().begin(); it != links().end();) {
            if (it->owner == this)
                it = links().erase(it);
            else
                ++it;
        }
    }
    QMutexLocker lock(&m_namesMutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        KeptQuery::forget(name);
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::isConnectionError(const QSqlError &error)
{
    // Class 08: connection exception; 57P01-57P03: the server is shutting
    // down, crashed, or cannot take connections yet.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    return mentionsLostConnection(error.databaseText()) || mentionsLostConnection(error.driverText());
}

void Database::noteConnectionLost(const QSqlDriver *driver)
{
    QMutexLocker lock(&linksMutex());
    auto it = links().find(driver);
    if (it == links().end())
        return;
    it->lost = true;
    it->owner->noteUnreachable();
}

void Database::noteUnreachable()
{
    // The other threads' connections are suspect from now on (see connection()).
    m_reachable.store(false, std::memory_order_relaxed);
    m_outages.fetch_add(1, std::memory_order_relaxed);
}

int Database::latestSchemaVersion()
{
    return SqliteDialect().latestSchemaVersion();
}

bool Database::isLoginRefused(const QString &driverText)
{
    // libpq's own words: "password authentication failed", "no password
    // supplied", "no pg_hba.conf entry", "role … does not exist".
    return driverText.contains(QLatin1String("authentication"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("pg_hba.conf")) ||
           (driverText.contains(QLatin1String("role \"")) &&
            driverText.contains(QLatin1String("does not exist")));
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<Database::ServerAddress> Database::parseServerUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text](const QString &why) {
        QUrl shown(text);
        return Error{Error::Code::InvalidInput,
                     tr("%1 is not a database server address (%2). Write it as "
                        "postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(shown.toString(QUrl::RemovePassword), why),
                     {}};
    };
    // (QUrl's errorString() would quote the whole text, password and all.)
    if (!url.isValid() || !isServerUrl(text))
        return invalid(tr("not a valid URL"));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.password = url.password();
    a.databaseName = url.path().mid(1);
    if (a.databaseName.contains(u'/'))
        return invalid(tr("the database name contains \"/\""));
    bool applicationName = false, connectTimeout = false;
    // Query items are libpq connection options (sslmode, sslrootcert,
    // connect_timeout, …); their names are checked so that a value cannot
    // smuggle in another option.
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        bool plainKey = !key.isEmpty();
        for (QChar c : key)
            plainKey = plainKey && ((c >= u'a' && c <= u'z') || c == u'_');
        if (!plainKey || value.contains(u';'))
            return invalid(tr("the option \"%1\" is not a connection option").arg(key));
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        a.options.append(key + QStringLiteral("='") + quoted + u'\'');
        applicationName = applicationName || key == u"application_name";
        connectTimeout = connectTimeout || key == u"connect_timeout";
    }
    // The server's administrators see who is connected; an unreachable
    // server is reported instead of waited for.
    if (!applicationName)
        a.options.append(QStringLiteral("application_name=qalam"));
    if (!connectTimeout)
        a.options.append(QStringLiteral("connect_timeout=10"));
    return a;
}

Result<QSqlDatabase> Database::openServer(const ServerAddress &address, const QString &connectionName,
                                          const QString &shownAs)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Error::Code::Io,
                     tr("Qalam cannot reach %1: its PostgreSQL support is not installed (the Debian "
                        "package libqt6sql6-psql).")
                         .arg(shownAs),
                     {}};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    db.setDatabaseName(address.databaseName);
    db.setConnectOptions(address.options.join(u';'));
    if (!db.open()) {
        if (isLoginRefused(db.lastError().text()))
            return sqlError(Error::Code::Io,
                            tr("The database server %1 refused the login: the password is wrong or missing, "
                               "or the account may not use this database. Give the password in the Database "
                               "dialog or with \"qalam-cli db login\" (kept in the keychain), or in "
                               "PGPASSWORD or ~/.pgpass.")
                                .arg(shownAs),
                            db.lastError());
        return sqlError(isConnectionError(db.lastError()) ? Error::Code::Unavailable : Error::Code::Io,
                        tr("Cannot connect to the database server %1. Check the address, that the server "
                           "runs and lets you in (the password comes from the keychain, PGPASSWORD or "
                           "~/.pgpass).")
                            .arg(shownAs),
                        db.lastError());
    }
    return db;
}

Result<QSqlDatabase> Database::openServerConnection(const QString &url, const QString &connectionName,
                                                    const QString &password)
{
    auto parsed = parseServerUrl(url);
    if (!parsed)
        return parsed.error();
    ServerAddress address = *parsed;
    if (address.password.isEmpty())
        address.password = password; // a password in the URL comes first
    return openServer(address, connectionName, QUrl(url).toString(QUrl::RemovePassword));
}

Result<void> Database::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error{Error::Code::Io, tr("%1 is a folder, not a Qalam database.").arg(path), {}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("Cannot read the database file %1.").arg(path),
                         file.errorString()};
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArrayView("SQLite format 3\0", 16)) {
            return Error{
                Error::Code::NotADatabase,
                tr("%1 is not a Qalam database (not an SQLite file). It was left untouched.").arg(path),
                {}};
        }
        if (!info.isWritable())
            return Error{Error::Code::Io, tr("The database file %1 is not writable.").arg(path), {}};
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
            return Error{Error::Code::Io,
                         tr("Cannot create the database in %1: the folder is not writable.").arg(dir),
                         {}};
    }
    return {};
}

Result<std::shared_ptr<Database>> Database::open(const QString &location, Migration migration,
                                                 const QString &password)
{
    std::shared_ptr<Database> db;
    if (isServerUrl(location)) {
        auto address = parseServerUrl(location);
        if (!address)
            return address.error();
        db.reset(new Database(QUrl(location).toString(QUrl::RemovePassword), Backend::PostgreSql));
        db->m_server = *address;
        if (address->password.isEmpty())
            db->m_server.password = password; // a password in the URL comes first
        else
            qCWarning(lcStorage) << "the database URL carries a password, which other local users can"
                                    " read; PGPASSWORD or ~/.pgpass keep it private";
    } else {
        if (auto r = checkFile(location); !r)
            return r.error();
        db.reset(new Database(QFileInfo(location).absoluteFilePath(), Backend::Sqlite));
    }
    const QString path = db->m_path;
    auto conn = db->connection();
    if (!conn)
        return conn.error();

    auto version = db->readSchemaVersion(*conn);
    if (!version) {
        return Error{Error::Code::NotADatabase,
                     tr("%1 is not a readable Qalam database. It was left untouched.").arg(path),
                     version.error().detail};
    }
    int current = *version;
    const int latest = db->dialect().latestSchemaVersion();
    if (current == 0) {
        // Schema 0 with tables in it is some other program's database (each of
        // our migrations commits with its version, so ours is empty at 0).
        QSqlQuery tables(*conn);
        if (!tables.exec(db->dialect().tableCountQuery()) || !tables.next())
            return Error{Error::Code::NotADatabase,
                         tr("%1 is not a readable Qalam database. It was left untouched.").arg(path),
                         tables.lastError().text()};
        // Read again: another desktop may have committed its first migration
        // (tables and version together) after the version was read.
        const int tableCount = tables.value(0).toInt();
        tables.finish();
        if (tableCount > 0) {
            version = db->readSchemaVersion(*conn);
            current = version ? *version : 0;
        }
        if (current == 0 && tableCount > 0)
            return Error{Error::Code::NotADatabase,
                         db->isPostgres()
                             ? tr("%1 holds the tables of another program, not Qalam's. It was left "
                                  "untouched; give Qalam a database of its own.")
                                   .arg(path)
                             : tr("%1 is an SQLite database of another program, not Qalam's. It was left "
                                  "untouched.")
                                   .arg(path),
                         {}};
    }
    if (current > latest) {
        return Error{Error::Code::SchemaTooNew,
                     tr("%1 was written by a newer Qalam (schema %2; this version knows up to %3). "
                        "It was left untouched; update Qalam to open it.")
                         .arg(path)
                         .arg(current)
                         .arg(latest),
                     {}};
    }
    if (current < latest) {
        if (migration == Migration::Refuse) {
            return Error{Error::Code::InvalidInput,
                         tr("%1 has schema %2 and needs migrating to %3.").arg(path).arg(current).arg(latest),
                         {}};
        }
        auto migrated = db->migrate(*conn, current);
        if (!migrated)
            return migrated.error();
    }
    return db;
}

QString Database::photoFolder() const
{
    if (!isPostgres())
        return m_path + QStringLiteral(".photos");
    // One cache per server database, whoever signs in.
    QString key = m_server.host + u'-' + QString::number(m_server.port) + u'-' + m_server.databaseName;
    for (QChar &c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.' && c != u'_')
            c = u'_';
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("team-photos/") + key);
}

Result<QSqlDatabase> Database::connection()
{
    const QString thread =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QString name;
    {
        QMutexLocker lock(&m_namesMutex);
        name = m_threadConnections.value(thread);
    }
    if (!name.isEmpty() && QSqlDatabase::contains(name)) {
        bool opened = false;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            const quint64 outages = m_outages.load(std::memory_order_relaxed);
            bool lost = false;
            bool suspect = false;
            {
                QMutexLocker lock(&linksMutex());
                const auto it = links().constFind(db.driver());
                opened = it != links().cend();
                lost = opened && it->lost;
                suspect = opened && it->outages != outages;
                if (lost || !db.isOpen())
                    links().remove(db.driver());
            }
            // A connection opened before the server was last found away is
            // asked once whether it still works, so that the first use after
            // the server's return does not fail on it.
            if (db.isOpen() && !lost && suspect) {
                QSqlQuery probe(db);
                const bool answered = probe.exec(QStringLiteral("SELECT 1"));
                // (Refused for another reason, e.g. inside an aborted
                // transaction of the caller's: the connection itself works.)
                lost = !answered && (isConnectionError(probe.lastError()) || !db.isOpen());
                probe.finish();
                QMutexLocker lock(&linksMutex());
                if (lost)
                    links().remove(db.driver());
                else if (const auto it = links().find(db.driver()); answered && it != links().end())
                    it->outages = outages;
            }
            if (db.isOpen() && !lost)
                return db;
            KeptQuery::forget(name);
            db.close();
        }
        if (!opened) {
            // Its opening failed: nobody holds it.
            KeptQuery::forget(name);
            QSqlDatabase::removeDatabase(name);
            QMutexLocker lock(&m_namesMutex);
            m_connectionNames.removeAll(name);
        }
        // A lost connection stays closed under its old name until the
        // Database goes: a statement or a handle still holding it fails
        // instead of running on the new connection, and nothing prepared on
        // it is reused.
        qCInfo(lcStorage) << "reconnecting to" << m_path;
    }
    {
        QMutexLocker lock(&m_namesMutex);
        name = thread + u'-' + QString::number(++m_connectionsMade);
        m_threadConnections.insert(thread, name);
        m_connectionNames.append(name);
    }
    QSqlDatabase db;
    if (isPostgres()) {
        auto opened = openServer(m_server, name, m_path);
        if (!opened) {
            Error error = opened.error();
            // Once connected, a connection that cannot be made again means the
            // server went away (libpq may say so in the user's language);
            // a refused password stays a refusal.
            const bool refused = isLoginRefused(error.detail);
            if (error.code == Error::Code::Unavailable || (m_connectedOnce.load(std::memory_order_relaxed) &&
                                                           !refused && error.code == Error::Code::Io)) {
                error.code = Error::Code::Unavailable;
                noteUnreachable();
            }
            return error;
        }
        db = *opened;
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(Error::Code::Io, tr("Cannot open the database %1.").arg(m_path), db.lastError());
    }
    if (isPostgres()) {
        QMutexLocker lock(&linksMutex());
        links().insert(db.driver(), ConnectionLink{this, false, m_outages.load(std::memory_order_relaxed)});
    }
    QSqlQuery setup(db);
    for (const QString &sql : m_dialect->connectionSetup()) {
        if (!setup.exec(sql)) {
            if (isPostgres() && (isConnectionError(setup.lastError()) || !db.isOpen())) {
                noteConnectionLost(db.driver());
                return sqlError(Error::Code::Unavailable,
                                tr("The database server %1 cannot be reached.").arg(m_path),
                                setup.lastError());
            }
            return sqlError(Error::Code::NotADatabase,
                            tr("%1 is not a readable Qalam database. It was left untouched.").arg(m_path),
                            setup.lastError());
        }
    }
    m_connectedOnce.store(true, std::memory_order_relaxed);
    m_reachable.store(true, std::memory_order_relaxed);
    return db;
}

Result<void> Database::ping()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT 1"));
    return execChecked(q, tr("The database server %1 cannot be reached.").arg(m_path));
}

Result<int> Database::readSchemaVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    int version = 0;
    for (const QString &sql : m_dialect->schemaVersionQueries()) {
        if (!q.exec(sql))
            return sqlError(Error::Code::Database, tr("The schema version could not be read."),
                            q.lastError());
        if (!q.next()) {
            version = 0;
            break;
        }
        version = q.value(0).toInt();
    }
    q.finish();
    return version;
}

Result<void> Database::migrate(QSqlDatabase db, int from)
{
    const int latest = m_dialect->latestSchemaVersion();
    for (const QString &sql : m_dialect->beforeMigrations()) {
        QSqlQuery q(db);
        q.exec(sql);
        q.finish(); // a pragma may return a row; an open statement would block COMMIT
    }
    const auto restore = qScopeGuard([&db, this]() {
        for (const QString &sql : m_dialect->afterMigrations())
            QSqlQuery(db).exec(sql);
    });
    for (int version = from + 1; version <= latest; ++version) {
        WriteTransaction tx(db); // rolls back on every early return
        QSqlQuery q(db);
        if (auto r = tx.begin(m_dialect->beginWrite()); !r)
            return Error{Error::Code::Database, tr("Cannot start the database upgrade."), r.error().detail};
        // Another program (a second desktop) may have upgraded the database
        // while this one waited for the write lock.
        auto current = readSchemaVersion(db);
        if (!current)
            return current.error();
        if (*current >= version)
            continue;
        for (const QString &sql : m_dialect->migration(version)) {
            if (!q.exec(sql))
                return sqlError(Error::Code::Database,
                                tr("Upgrading the database to schema %1 failed; it was left at schema %2.")
                                    .arg(version)
                                    .arg(version - 1),
                                q.lastError());
        }
        if (const QString check = m_dialect->foreignKeyCheck(); !check.isEmpty()) {
            if (!q.exec(check) || q.next()) {
                const QSqlError error = q.lastError();
                q.finish();
                return sqlError(Error::Code::Database,
                                tr("Upgrading the database to schema %1 would break references between its "
                                   "tables; it was left at schema %2.")
                                    .arg(version)
                                    .arg(version - 1),
                                error);
            }
            q.finish();
        }
        if (!q.exec(m_dialect->setSchemaVersion(version)))
            return sqlError(Error::Code::Database,
                            tr("Upgrading the database to schema %1 failed.").arg(version), q.lastError());
        if (auto r = tx.commit(); !r)
            return Error{Error::Code::Database,
                         tr("Upgrading the database to schema %1 failed.").arg(version), r.error().detail};
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << version;
    }
    return {};
}

int Database::schemaVersion()
{
    auto conn = connection();
    if (!conn)
        return -1;
    auto version = readSchemaVersion(*conn);
    return version ? *version : -1;
}

Result<QStringList> Database::integrityCheck()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    if (!q.exec(m_dialect->integrityCheck()))
        return sqlError(Error::Code::Database, tr("The integrity check could not run."), q.lastError());
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems;
}

} // namespace Qalam
