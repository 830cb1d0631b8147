// The password of a team database: kept under a key of the server URL (file
// backend of SecretStore), used for every connection of a Database (a
// reconnection after the server dropped it included) ahead of PGPASSWORD and
// ~/.pgpass, and never shown; the connection test of the Database dialog;
// which database a process opens (DataLocation). The server tests run on
// QALAM_TEST_PG_URL with a role of their own whose password no pgpass file
// holds (PGPASSFILE points at an empty file, PGPASSWORD is unset); without a
// server they skip (fail on CI). The key, file and location tests always run.

#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/serverlogin.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qalam;

namespace {

// Every message of the process while the tests run: the password must never
// be among them.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QString randomSuffix()
{
    return QStringLiteral("%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace

#define REQUIRE_SERVER()                                                                                     \
    do {                                                                                                     \
        if (m_serverUrl.isEmpty()) {                                                                         \
            if (qEnvironmentVariableIsSet("CI"))                                                             \
                QFAIL("CI runs the team-mode tests, but QALAM_TEST_PG_URL is empty (scripts/postgres.sh)");  \
            QSKIP("QALAM_TEST_PG_URL is not set (scripts/postgres.sh start; eval \"$(scripts/postgres.sh "   \
                  "env)\")");                                                                                \
        }                                                                                                    \
        QVERIFY2(m_serverReady, "the test role and database could not be created");                          \
    } while (false)

class TestServerLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keychainKey_data();
    void keychainKey();
    void addressRoundTrip();
    void dataLocationPrecedence();
    void probeFile();

    void refusedWithoutPassword();
    void storedPasswordOpens();
    void givenPasswordComesBeforeLibpqs();
    void reconnectionUsesThePassword();
    void forgetPassword();
    void probeServer();
    void passwordNeverShown();

private:
    QString databaseUrl(const QString &database, const QString &query = QString()) const;
    bool runAsAdministrator(const QString &sql, const QVariantList &values = {});
    // Every text a user or a log could see of `error`.
    void verifyNoPassword(const Error &error);

    QTemporaryDir m_dir;
    QString m_serverUrl; // QALAM_TEST_PG_URL
    bool m_serverReady = false;
    QString m_role;
    QString m_password;
    QString m_database;      // the role's, migrated by the tests
    QString m_emptyDatabase; // the role's, never opened by Qalam
    QByteArray m_savedPassFile;
    QByteArray m_savedPgPassword;
    bool m_hadPgPassword = false;
    const QString m_admin = QStringLiteral("serverlogin-admin");
};

void TestServerLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverlogin"));
    QVERIFY(m_dir.isValid());
    // Never the developer's keychain: the private fallback file.
    qputenv("QALAM_SECRETS_BACKEND", "file");
    qputenv("QALAM_SECRETS_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("secrets.json"))));
    s_previousHandler = qInstallMessageHandler(captureMessage);

    m_serverUrl = qEnvironmentVariable("QALAM_TEST_PG_URL");
    if (m_serverUrl.isEmpty())
        return;
    // Quotes, a space, a backslash and Cyrillic: the password must survive
    // every layer as it is.
    m_password = QStringLiteral("pw' \"q\\ ё-") + QString::number(QRandomGenerator::global()->generate());
    m_role = QStringLiteral("qalam_login_") + randomSuffix();
    m_database = QStringLiteral("qalam_login_db_") + randomSuffix();
    m_emptyDatabase = QStringLiteral("qalam_login_empty_") + randomSuffix();

    // The administrator's connection opens while the server's pgpass file is
    // still in place, and stays open for the cleanup.
    auto admin = Database::openServerConnection(m_serverUrl, m_admin);
    QVERIFY2(admin, qPrintable(admin.error().message + u' ' + admin.error().detail));
    // CREATE ROLE takes no bound values: the server quotes them (format %I, %L).
    QVERIFY(runAsAdministrator(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {m_role, m_password}));
    QVERIFY(runAsAdministrator(QStringLiteral("CREATE DATABASE %I OWNER %I"), {m_database, m_role}));
    QVERIFY(runAsAdministrator(QStringLiteral("CREATE DATABASE %I OWNER %I"), {m_emptyDatabase, m_role}));

    // From here on libpq finds no password of its own.
    m_savedPassFile = qgetenv("PGPASSFILE");
    m_hadPgPassword = qEnvironmentVariableIsSet("PGPASSWORD");
    m_savedPgPassword = qgetenv("PGPASSWORD");
    const QString emptyPassFile = m_dir.filePath(QStringLiteral("empty.pgpass"));
    QFile passFile(emptyPassFile);
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    passFile.close();
    QVERIFY(QFile::setPermissions(emptyPassFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(emptyPassFile));
    qunsetenv("PGPASSWORD");
    m_serverReady = true;
}

void TestServerLogin::cleanupTestCase()
{
    if (!m_serverUrl.isEmpty()) {
        if (!m_savedPassFile.isEmpty())
            qputenv("PGPASSFILE", m_savedPassFile);
        if (m_hadPgPassword)
            qputenv("PGPASSWORD", m_savedPgPassword);
        for (const QString &database : {m_database, m_emptyDatabase})
            if (!database.isEmpty())
                runAsAdministrator(QStringLiteral("DROP DATABASE IF EXISTS %I WITH (FORCE)"), {database});
        if (!m_role.isEmpty())
            runAsAdministrator(QStringLiteral("DROP ROLE IF EXISTS %I"), {m_role});
        QSqlDatabase::database(m_admin, false).close();
        QSqlDatabase::removeDatabase(m_admin);
    }
    qInstallMessageHandler(s_previousHandler);
}

bool TestServerLogin::runAsAdministrator(const QString &pattern, const QVariantList &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_admin, false);
    if (!db.isOpen())
        return false;
    QString sql = pattern;
    if (!values.isEmpty()) {
        // The statement is built by the server from bound values.
        QSqlQuery build(db);
        // (format() takes "any": the parameters need their type.)
        QString call = QStringLiteral("SELECT format(CAST(:pattern AS text)");
        for (int i = 0; i < values.size(); ++i)
            call += QStringLiteral(", CAST(:v%1 AS text)").arg(i);
        if (!build.prepare(call + u')')) {
            qWarning("format failed: %s", qPrintable(build.lastError().text()));
            return false;
        }
        build.bindValue(QStringLiteral(":pattern"), pattern);
        for (int i = 0; i < values.size(); ++i)
            build.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
        if (!build.exec() || !build.next()) {
            qWarning("format failed: %s", qPrintable(build.lastError().text()));
            return false;
        }
        sql = build.value(0).toString();
    }
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        // (The statement may hold the password: only the server's error.)
        qWarning("administration failed: %s", qPrintable(q.lastError().databaseText()));
        return false;
    }
    return true;
}

QString TestServerLogin::databaseUrl(const QString &database, const QString &query) const
{
    QUrl url(m_serverUrl);
    url.setUserName(m_role);
    url.setPassword(QString());
    url.setPath(u'/' + database);
    url.setQuery(query);
    return url.toString();
}

void TestServerLogin::verifyNoPassword(const Error &error)
{
    QVERIFY(!error.message.contains(m_password));
    QVERIFY(!error.detail.contains(m_password));
}

// ---- without a server ----------------------------------------------------

void TestServerLogin::keychainKey_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("key");
    const QString key = QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/newsroom");
    QTest::newRow("plain") << QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/newsroom") << key;
    QTest::newRow("default port") << QStringLiteral("postgresql://sokolova@db.newsroom.kz/newsroom") << key;
    QTest::newRow("postgres scheme") << QStringLiteral("postgres://sokolova@db.newsroom.kz/newsroom") << key;
    QTest::newRow("host case") << QStringLiteral("postgresql://sokolova@DB.Newsroom.KZ/newsroom") << key;
    QTest::newRow("sslmode") << QStringLiteral(
                                    "postgresql://sokolova@db.newsroom.kz/newsroom?sslmode=verify-full")
                             << key;
    QTest::newRow("options") << QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/newsroom"
                                               "?sslmode=require&connect_timeout=3&sslrootcert=/etc/ca.pem")
                             << key;
    QTest::newRow("password in the URL")
        << QStringLiteral("postgresql://sokolova:secret@db.newsroom.kz/newsroom") << key;
    QTest::newRow("other port") << QStringLiteral("postgresql://sokolova@db.newsroom.kz:6543/newsroom")
                                << QStringLiteral("postgresql://sokolova@db.newsroom.kz:6543/newsroom");
    QTest::newRow("other user") << QStringLiteral("postgresql://omarov@db.newsroom.kz/newsroom")
                                << QStringLiteral("postgresql://omarov@db.newsroom.kz:5432/newsroom");
    QTest::newRow("other database") << QStringLiteral("postgresql://sokolova@db.newsroom.kz/archive")
                                    << QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/archive");
    QTest::newRow("file") << QStringLiteral("/home/desk/qalam.sqlite") << QString();
    QTest::newRow("bad option") << QStringLiteral("postgresql://u@h/d?SSL;mode=x") << QString();
}

void TestServerLogin::keychainKey()
{
    QFETCH(QString, location);
    QFETCH(QString, key);
    QCOMPARE(ServerLogin::keychainKey(location), key);
}

void TestServerLogin::addressRoundTrip()
{
    ServerLogin::Address address;
    address.host = QStringLiteral("db.newsroom.kz");
    address.port = 6432;
    address.database = QStringLiteral("newsroom");
    address.user = QStringLiteral("сокол");
    address.sslMode = QStringLiteral("verify-full");
    address.sslRootCert = QStringLiteral("/home/desk/certs/ca & root=1 %20 Қ.pem");
    address.otherOptions = {{QStringLiteral("connect_timeout"), QStringLiteral("5")}};
    const QString url = address.url();
    QVERIFY2(Database::isServerUrl(url), qPrintable(url));
    const auto back = ServerLogin::Address::fromUrl(url);
    QVERIFY(back);
    QCOMPARE(back->host, address.host);
    QCOMPARE(back->port, address.port);
    QCOMPARE(back->database, address.database);
    QCOMPARE(back->user, address.user);
    QCOMPARE(back->sslMode, address.sslMode);
    QCOMPARE(back->sslRootCert, address.sslRootCert);
    QCOMPARE(back->otherOptions, address.otherOptions);
    QCOMPARE(ServerLogin::keychainKey(url),
             QStringLiteral("postgresql://сокол@db.newsroom.kz:6432/newsroom"));
    // No URL without a password in it is taken for one with.
    QVERIFY(!ServerLogin::carriesPassword(url));
    QVERIFY(ServerLogin::carriesPassword(QStringLiteral("postgresql://u:p@h/d")));
    QVERIFY(!ServerLogin::Address::fromUrl(QStringLiteral("/home/desk/qalam.sqlite")));
}

void TestServerLogin::dataLocationPrecedence()
{
    const QByteArray savedEnv = qgetenv("QALAM_DB");
    const bool hadEnv = qEnvironmentVariableIsSet("QALAM_DB");
    const auto restore = qScopeGuard([&] {
        if (hadEnv)
            qputenv("QALAM_DB", savedEnv);
        else
            qunsetenv("QALAM_DB");
        DataLocation::saveDatabaseLocation(QString());
    });
    using Source = DataLocation::Source;
    const QString saved = QStringLiteral("postgresql://sokolova@db.newsroom.kz/newsroom?sslmode=verify-full");
    const QString fromEnv = m_dir.filePath(QStringLiteral("env.sqlite"));
    const QString explicitPath = m_dir.filePath(QStringLiteral("explicit.sqlite"));

    qunsetenv("QALAM_DB");
    DataLocation::saveDatabaseLocation(QString());
    QCOMPARE(DataLocation::databasePath(), DataLocation::defaultDatabasePath());
    QCOMPARE(DataLocation::databasePathSource(), Source::Default);

    DataLocation::saveDatabaseLocation(saved);
    QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(), saved);
    QCOMPARE(DataLocation::databasePath(), saved);
    QCOMPARE(DataLocation::databasePathSource(), Source::Settings);

    qputenv("QALAM_DB", QFile::encodeName(fromEnv));
    QCOMPARE(DataLocation::databasePath(), fromEnv);
    QCOMPARE(DataLocation::databasePathSource(), Source::Environment);

    QCOMPARE(DataLocation::databasePath(explicitPath), explicitPath);
    QCOMPARE(DataLocation::databasePathSource(explicitPath), Source::CommandLine);

    // Forgetting the saved location goes back to the default.
    qunsetenv("QALAM_DB");
    DataLocation::saveDatabaseLocation(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("database/location")));
    QCOMPARE(DataLocation::databasePath(), DataLocation::defaultDatabasePath());
}

void TestServerLogin::probeFile()
{
    using Outcome = ServerLogin::Probe::Outcome;
    // No file yet: Qalam would create it; the test creates nothing.
    const QString fresh = m_dir.filePath(QStringLiteral("new/desk.sqlite"));
    auto probe = ServerLogin::probe(fresh);
    QCOMPARE(probe.outcome, Outcome::Empty);
    QVERIFY(probe.usable());
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new"))));
    QVERIFY2(probe.summary().contains(fresh), qPrintable(probe.summary()));

    // Not SQLite: refused, untouched.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Just some notes, not a database at all.\n");
    file.close();
    probe = ServerLogin::probe(text);
    QCOMPARE(probe.outcome, Outcome::NotQalam);
    QVERIFY(!probe.usable());
    QCOMPARE(probe.summary(), probe.error.message);

    // A Qalam file with one article.
    const QString desk = m_dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto db = Database::open(desk);
        QVERIFY(db);
        Article draft;
        draft.headline = QStringLiteral("Кіші мектеп ашылды");
        QVERIFY(ArticleStore(*db, &Clock::system(), Actor::local()).create(draft));
    }
    const QByteArray before = [&] {
        QFile f(desk);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    probe = ServerLogin::probe(desk);
    QCOMPARE(probe.outcome, Outcome::Ready);
    QCOMPARE(probe.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(probe.articles, 1);
    QVERIFY(!probe.server);
    QVERIFY(!probe.serverVersion.isEmpty()); // SQLite's
    QVERIFY2(probe.summary().contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(probe.summary()));
    QFile after(desk);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

// ---- on the server ---------------------------------------------------------

void TestServerLogin::refusedWithoutPassword()
{
    REQUIRE_SERVER();
    const QString url = databaseUrl(m_database);
    auto db = Database::open(url);
    QVERIFY(!db);
    // A refusal, not an outage: retrying would not help.
    QVERIFY(db.error().code != Error::Code::Unavailable);
    QVERIFY2(db.error().message.contains(QUrl(url).host()), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QString::number(QUrl(url).port())), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("refused")), qPrintable(db.error().message));
    verifyNoPassword(db.error());
    // Wrong password, given: the same refusal.
    auto wrong = Database::open(url, Database::Migration::Apply, m_password + u'x');
    QVERIFY(!wrong);
    QVERIFY(wrong.error().code != Error::Code::Unavailable);
    verifyNoPassword(wrong.error());
}

void TestServerLogin::storedPasswordOpens()
{
    REQUIRE_SERVER();
    const QString url = databaseUrl(m_database);
    SecretStore secrets;
    QVERIFY(secrets.requestedBackend() == SecretStore::Backend::File);
    auto stored = ServerLogin::storePassword(url, m_password, secrets);
    QVERIFY2(stored, qPrintable(stored.error().message));
    auto read = ServerLogin::storedPassword(url, secrets);
    QVERIFY(read && read->has_value());
    QCOMPARE(**read, m_password);

    auto db = ServerLogin::open(url, Database::Migration::Apply, secrets);
    QVERIFY2(db, qPrintable(db.error().message + u' ' + db.error().detail));
    QVERIFY((*db)->isPostgres());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!(*db)->path().contains(m_password));
    Article draft;
    draft.headline = QStringLiteral("Шымкентте жаңа саябақ");
    QVERIFY(ArticleStore(*db, &Clock::system(), Actor::local()).create(draft));

    // Another sslmode (loopback has no TLS: disable) is the same login.
    const QString withOptions = databaseUrl(m_database, QStringLiteral("sslmode=disable&connect_timeout=5"));
    QCOMPARE(ServerLogin::keychainKey(withOptions), ServerLogin::keychainKey(url));
    auto again = ServerLogin::open(withOptions, Database::Migration::Apply, secrets);
    QVERIFY2(again, qPrintable(again.error().message + u' ' + again.error().detail));
    QVERIFY((*again)->path().contains(QLatin1String("sslmode=disable")));
    QVERIFY(!(*again)->path().contains(m_password));
    // And the postgres:// spelling of the same URL.
    QString otherScheme = url;
    otherScheme.replace(QLatin1String("postgresql://"), QLatin1String("postgres://"));
    QVERIFY(ServerLogin::open(otherScheme, Database::Migration::Refuse, secrets));
}

void TestServerLogin::givenPasswordComesBeforeLibpqs()
{
    REQUIRE_SERVER();
    const QString url = databaseUrl(m_database);
    const auto restore = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    // PGPASSWORD wrong, the given (keychain's) password right: it opens.
    qputenv("PGPASSWORD", "not-the-password");
    auto right = Database::open(url, Database::Migration::Apply, m_password);
    QVERIFY2(right, qPrintable(right.error().message + u' ' + right.error().detail));
    // PGPASSWORD right, the given one wrong: refused, so the given one was used.
    qputenv("PGPASSWORD", m_password.toUtf8());
    QVERIFY(Database::open(url, Database::Migration::Apply)); // libpq's alone works
    auto wrong = Database::open(url, Database::Migration::Apply, QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    verifyNoPassword(wrong.error());
}

void TestServerLogin::reconnectionUsesThePassword()
{
    REQUIRE_SERVER();
    const QString url = databaseUrl(m_database);
    SecretStore secrets;
    QVERIFY(ServerLogin::storePassword(url, m_password, secrets));
    auto opened = ServerLogin::open(url, Database::Migration::Apply, secrets);
    QVERIFY2(opened, qPrintable(opened.error().message));
    std::shared_ptr<Database> db = *opened;
    // The stored password goes; the Database keeps what it was opened with.
    QVERIFY(ServerLogin::forgetPassword(url, secrets));

    auto backendPid = [&db]() -> qint64 {
        auto conn = db->connection();
        if (!conn)
            return -1;
        QSqlQuery q(*conn);
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    const qint64 first = backendPid();
    QVERIFY(first > 0);

    // The server drops the connection (an administrator, a restart, a
    // network blip).
    QSqlDatabase admin = QSqlDatabase::database(m_admin, false);
    QSqlQuery terminate(admin);
    terminate.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    terminate.bindValue(QStringLiteral(":pid"), first);
    QVERIFY(terminate.exec() && terminate.next() && terminate.value(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery gone(admin);
            gone.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"));
            gone.bindValue(QStringLiteral(":pid"), first);
            return gone.exec() && gone.next() && gone.value(0).toInt() == 0;
        }(),
        10000);

    // The next statement finds the connection lost; the one after runs on a
    // new connection, opened with the same password.
    auto lost = db->ping();
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, Error::Code::Unavailable);
    verifyNoPassword(lost.error());
    auto back = db->ping();
    QVERIFY2(back, qPrintable(back.error().message + u' ' + back.error().detail));
    const qint64 second = backendPid();
    QVERIFY(second > 0);
    QVERIFY(second != first);
    QVERIFY(db->isReachable());
    auto articles = ArticleStore(db, &Clock::system(), Actor::local()).list();
    QVERIFY2(articles, qPrintable(articles.error().message));
}

void TestServerLogin::forgetPassword()
{
    REQUIRE_SERVER();
    const QString url = databaseUrl(m_database);
    SecretStore secrets;
    QVERIFY(ServerLogin::storePassword(url, m_password, secrets));
    QVERIFY(ServerLogin::forgetPassword(databaseUrl(m_database, QStringLiteral("sslmode=prefer")), secrets));
    auto read = ServerLogin::storedPassword(url, secrets);
    QVERIFY(read);
    QVERIFY(!read->has_value());
    QVERIFY(!ServerLogin::open(url, Database::Migration::Apply, secrets));
    // Forgetting what is not stored is no error.
    QVERIFY(ServerLogin::forgetPassword(url, secrets));
    // The file is private and holds no copy.
    QFile file(secrets.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_password.toUtf8()));
    QCOMPARE((file.permissions() & 0x0077).toInt(), 0);
}

void TestServerLogin::probeServer()
{
    REQUIRE_SERVER();
    using Outcome = ServerLogin::Probe::Outcome;
    // The migrated database with its article (storedPasswordOpens).
    auto probe = ServerLogin::probe(databaseUrl(m_database), m_password);
    QCOMPARE(probe.outcome, Outcome::Ready);
    QVERIFY(probe.server);
    QVERIFY(!probe.tls); // loopback, no certificate
    QVERIFY(probe.tlsVersion.isEmpty());
    QCOMPARE(probe.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(probe.articles, 1);
    QVERIFY(probe.serverVersion.startsWith(QLatin1String("1"))); // 15.x or newer
    {
        QSqlQuery q(QSqlDatabase::database(m_admin, false));
        QVERIFY(q.exec(QStringLiteral("SELECT current_setting('server_version')")) && q.next());
        QCOMPARE(probe.serverVersion, q.value(0).toString().section(u' ', 0, 0));
    }
    QVERIFY2(probe.summary().contains(probe.serverVersion), qPrintable(probe.summary()));

    // A new database: Qalam would create its tables; the probe creates nothing.
    probe = ServerLogin::probe(databaseUrl(m_emptyDatabase), m_password);
    QCOMPARE(probe.outcome, Outcome::Empty);
    QCOMPARE(probe.schemaVersion, 0);
    QVERIFY(probe.usable());
    probe = ServerLogin::probe(databaseUrl(m_emptyDatabase), m_password);
    QCOMPARE(probe.outcome, Outcome::Empty);

    // Refusals a user must tell apart.
    probe = ServerLogin::probe(databaseUrl(m_database), m_password + u'x');
    QCOMPARE(probe.outcome, Outcome::LoginRefused);
    QVERIFY2(probe.summary().contains(m_role), qPrintable(probe.summary()));
    verifyNoPassword(probe.error);
    probe = ServerLogin::probe(databaseUrl(m_database)); // no password anywhere
    QCOMPARE(probe.outcome, Outcome::LoginRefused);
    probe = ServerLogin::probe(databaseUrl(QStringLiteral("no_such_") + randomSuffix()), m_password);
    QCOMPARE(probe.outcome, Outcome::NoDatabase);
    QVERIFY(!probe.loggedIn());

    // A closed port on loopback: nobody answers.
    quint16 closedPort = 0;
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        closedPort = listener.serverPort();
    }
    QUrl closed(databaseUrl(m_database));
    closed.setPort(closedPort);
    probe = ServerLogin::probe(closed.toString(), m_password);
    QCOMPARE(probe.outcome, Outcome::Unreachable);
    QCOMPARE(probe.error.code, Error::Code::Unavailable);
    verifyNoPassword(probe.error);

    // Another program's tables.
    {
        const QUrl server(m_serverUrl);
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("serverlogin-other"));
        other.setHostName(server.host());
        other.setPort(server.port());
        other.setUserName(m_role);
        other.setPassword(m_password);
        other.setDatabaseName(m_emptyDatabase);
        QVERIFY2(other.open(), qPrintable(other.lastError().databaseText()));
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("serverlogin-other"));
    probe = ServerLogin::probe(databaseUrl(m_emptyDatabase), m_password);
    QCOMPARE(probe.outcome, Outcome::NotQalam);
    QVERIFY(probe.loggedIn());
    QVERIFY(!probe.usable());
}

void TestServerLogin::passwordNeverShown()
{
    REQUIRE_SERVER();
    QMutexLocker lock(&s_logMutex);
    QVERIFY(!s_log.isEmpty()); // the storage logged its warnings
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(m_password), "a log line carries the password");
    // Nor its percent-encoded form (a URL with it was used above).
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m_password));
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(encoded), "a log line carries the password");
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
