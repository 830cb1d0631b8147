#include "tests/support/testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace Qalam::Test {

namespace {

QAtomicInt s_databaseCounter;

QString serverUrl()
{
    return qEnvironmentVariable("QALAM_TEST_PG_URL");
}

// One connection to the server's maintenance database per test process, on
// the thread that creates the test databases.
Result<QSqlDatabase> maintenance()
{
    const QString name = QStringLiteral("qalam-test-maintenance");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    return Database::openServerConnection(serverUrl(), name);
}

bool runOnServer(const QString &sql)
{
    auto db = maintenance();
    if (!db) {
        qWarning("%s", qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail));
        return false;
    }
    QSqlQuery q(*db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("QALAM_TEST_BACKEND")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

QString TestDatabase::unavailableReason()
{
    if (!isPostgres())
        return {};
    // The wording matters: CTest reports "…PG_URL is not set" as a skip, which
    // CI must not get.
    if (serverUrl().isEmpty() && qEnvironmentVariableIsSet("CI"))
        return QStringLiteral("CI runs every suite on PostgreSQL too, but QALAM_TEST_PG_URL is empty "
                              "(scripts/test.sh starts a server: scripts/postgres.sh)");
    if (serverUrl().isEmpty())
        return QStringLiteral("QALAM_TEST_BACKEND=postgresql needs a server: QALAM_TEST_PG_URL is not set "
                              "(scripts/postgres.sh start; source <(scripts/postgres.sh env))");
    if (!Database::isServerUrl(serverUrl()))
        return QStringLiteral("QALAM_TEST_PG_URL is not a postgresql:// URL");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
    return {};
}

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!isPostgres() || !unavailableReason().isEmpty()) {
        m_path = m_dir.filePath(QStringLiteral("qalam.sqlite"));
        return;
    }
    // A name of our own: test processes run in parallel on one server.
    m_serverDatabase = QStringLiteral("qalam_test_%1_%2_%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(s_databaseCounter.fetchAndAddRelaxed(1))
                           .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (!runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase)))
        m_serverDatabase.clear(); // open() reports it
    QUrl url(serverUrl());
    url.setPath(u'/' + m_serverDatabase);
    m_path = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_photoCache.isEmpty())
        QDir(m_photoCache).removeRecursively();
    if (!m_serverDatabase.isEmpty())
        // FORCE: a store or a second Database of the test may still hold a connection.
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

std::shared_ptr<Database> TestDatabase::open()
{
    if (isPostgres() && m_serverDatabase.isEmpty()) {
        const QString why = unavailableReason();
        QTest::qFail(
            qPrintable(why.isEmpty() ? QStringLiteral("the test database could not be created") : why),
            __FILE__, __LINE__);
        return nullptr;
    }
    auto db = Database::open(m_path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail), __FILE__,
                     __LINE__);
        return nullptr;
    }
    if ((*db)->isPostgres())
        m_photoCache = (*db)->photoFolder();
    return *db;
}

QByteArray TestDatabase::storedBytes() const
{
    QByteArray bytes;
    if (m_serverDatabase.isEmpty()) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
    const QString name = QStringLiteral("qalam-test-dump");
    {
        auto db = Database::openServerConnection(m_path, name);
        if (!db) {
            QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        } else {
            QSqlDatabase conn = *db;
            QSqlQuery tables(conn);
            tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                       " WHERE table_schema = current_schema()"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &table : std::as_const(names)) {
                QSqlQuery rows(conn);
                if (!rows.exec(QStringLiteral("SELECT CAST(t AS TEXT) FROM \"%1\" t").arg(table)))
                    QTest::qFail(qPrintable(rows.lastError().text()), __FILE__, __LINE__);
                while (rows.next())
                    bytes += rows.value(0).toString().toUtf8() + '\n';
            }
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return bytes;
}

} // namespace Qalam::Test
