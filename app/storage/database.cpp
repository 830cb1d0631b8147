#include "app/storage/database.h"

#include "app/core/logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Qalam {

namespace {
QAtomicInt s_instanceCounter;

Error sqlError(Error::Code code, const QString &message, const QSqlError &error)
{
    return Error{code, message, error.text()};
}
} // namespace

Result<void> execChecked(QSqlQuery &query, const QString &failureMessage)
{
    if (query.exec())
        return {};
    qCWarning(lcStorage) << "statement failed:" << query.lastError().text();
    return Error{Error::Code::Database, failureMessage, query.lastError().text()};
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> WriteTransaction::begin(const QString &beginSql)
{
    QSqlQuery q(m_db);
    if (!q.exec(beginSql))
        return Error{Error::Code::Database,
                     QCoreApplication::translate("Qalam::ArticleStore",
                                                 "The database is busy; your text is kept, try again."),
                     q.lastError().text()};
    m_open = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Error{Error::Code::Database,
                     QCoreApplication::translate("Qalam::ArticleStore",
                                                 "The change could not be written; your text is kept."),
                     q.lastError().text()};
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

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("qalam-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1))),
      m_dialect(std::make_unique<SqliteDialect>())
{
}

Database::~Database()
{
    QMutexLocker lock(&m_namesMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return SqliteDialect().latestSchemaVersion();
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Migration migration)
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

    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    auto conn = db->connection();
    if (!conn)
        return conn.error();

    QSqlQuery versionQuery(*conn);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        return Error{Error::Code::NotADatabase,
                     tr("%1 is not a readable Qalam database. It was left untouched.").arg(path),
                     versionQuery.lastError().text()};
    }
    const int current = versionQuery.value(0).toInt();
    versionQuery.finish();
    const int latest = db->dialect().latestSchemaVersion();
    if (current == 0) {
        // Schema 0 with tables in it is some other program's database (each of
        // our migrations commits with its version, so ours is empty at 0).
        QSqlQuery tables(*conn);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
            return Error{Error::Code::NotADatabase,
                         tr("%1 is not a readable Qalam database. It was left untouched.").arg(path),
                         tables.lastError().text()};
        if (tables.value(0).toInt() > 0)
            return Error{
                Error::Code::NotADatabase,
                tr("%1 is an SQLite database of another program, not Qalam's. It was left untouched.")
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
        QSqlQuery wal(*conn);
        wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        wal.finish(); // the pragma returns a row; an open statement would block COMMIT
        auto migrated = db->migrate(*conn, current);
        if (!migrated)
            return migrated.error();
    }
    return db;
}

Result<QSqlDatabase> Database::connection()
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_namesMutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(Error::Code::Io, tr("Cannot open the database %1.").arg(m_path), db.lastError());
    QSqlQuery pragma(db);
    // WAL with synchronous=NORMAL survives a killed process (the last committed
    // transaction is intact); foreign keys are off by default in SQLite; a
    // 32 MiB page cache keeps the desk's list and searches off the disk.
    for (const char *sql :
         {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32768"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return sqlError(Error::Code::NotADatabase,
                            tr("%1 is not a readable Qalam database. It was left untouched.").arg(m_path),
                            pragma.lastError());
    }
    return db;
}

Result<void> Database::migrate(QSqlDatabase db, int from)
{
    const int latest = m_dialect->latestSchemaVersion();
    // Migrations may rebuild a table (SQLite's way to change a constraint):
    // with foreign keys on, dropping the old table would cascade into its
    // children. They run with foreign keys off (a pragma that only works
    // outside a transaction) and each is checked before it commits.
    QSqlQuery fk(db);
    fk.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto restoreForeignKeys =
        qScopeGuard([&fk]() { fk.exec(QStringLiteral("PRAGMA foreign_keys=ON")); });
    for (int version = from + 1; version <= latest; ++version) {
        QSqlQuery q(db);
        if (!q.exec(m_dialect->beginWrite()))
            return sqlError(Error::Code::Database, tr("Cannot start the database upgrade."), q.lastError());
        for (const QString &sql : m_dialect->migration(version)) {
            if (!q.exec(sql)) {
                const QSqlError error = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                return sqlError(Error::Code::Database,
                                tr("Upgrading the database to schema %1 failed; it was left at schema %2.")
                                    .arg(version)
                                    .arg(version - 1),
                                error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
            const QSqlError error = q.lastError();
            q.finish();
            q.exec(QStringLiteral("ROLLBACK"));
            return sqlError(Error::Code::Database,
                            tr("Upgrading the database to schema %1 would break references between its "
                               "tables; it was left at schema %2.")
                                .arg(version)
                                .arg(version - 1),
                            error);
        }
        q.finish();
        // PRAGMA cannot take bound values; the version is an integer of ours.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return sqlError(Error::Code::Database,
                            tr("Upgrading the database to schema %1 failed.").arg(version), error);
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << version;
    }
    return {};
}

int Database::schemaVersion()
{
    auto conn = connection();
    if (!conn)
        return -1;
    QSqlQuery q(*conn);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<QStringList> Database::integrityCheck()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(Error::Code::Database, tr("The integrity check could not run."), q.lastError());
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems;
}

} // namespace Qalam
