// qalam-cli db login / db logout, run as a child process: the password of a
// team database read from standard input, checked against the real server
// (QALAM_TEST_PG_URL with a role of the test's own; skipped without it,
// failed on CI), kept in the private fallback file (QALAM_SECRETS_BACKEND=
// file) and then used by every command for that server, user and database,
// whatever the sslmode; a refused or unreachable login stores nothing; the
// password never shows in the output. The usage refusals need no server.

#include "app/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

QString randomSuffix()
{
    return QStringLiteral("%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace

class TestCliDbLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usage();
    void loginLogout();
    void refusedLoginStoresNothing();
    void dbCopyTakesTheStoredPassword();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {});
    QString url(const QString &query = QString(), int port = 0) const;
    QByteArray secretsBytes() const;
    bool administer(const QString &pattern, const QStringList &values);

    QTemporaryDir m_dir;
    QString m_home;
    QString m_emptyPassFile;
    QString m_serverUrl;
    QString m_role;
    QString m_password;
    QString m_database;
    const QString m_admin = QStringLiteral("cli-dblogin-admin");
};

void TestCliDbLogin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    m_emptyPassFile = m_dir.filePath(QStringLiteral("empty.pgpass"));
    QFile passFile(m_emptyPassFile);
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    passFile.close();
    QVERIFY(QFile::setPermissions(m_emptyPassFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    m_serverUrl = qEnvironmentVariable("QALAM_TEST_PG_URL");
    if (m_serverUrl.isEmpty())
        return;
    m_password = QStringLiteral("cli pw'ё-") + QString::number(QRandomGenerator::global()->generate());
    m_role = QStringLiteral("qalam_cli_login_") + randomSuffix();
    m_database = QStringLiteral("qalam_cli_login_db_") + randomSuffix();
    auto admin = Qalam::Database::openServerConnection(m_serverUrl, m_admin);
    QVERIFY2(admin, qPrintable(admin.error().message));
    QVERIFY(administer(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {m_role, m_password}));
    QVERIFY(administer(QStringLiteral("CREATE DATABASE %I OWNER %I"), {m_database, m_role}));
}

void TestCliDbLogin::cleanupTestCase()
{
    if (m_serverUrl.isEmpty())
        return;
    if (!m_database.isEmpty())
        administer(QStringLiteral("DROP DATABASE IF EXISTS %I WITH (FORCE)"), {m_database});
    if (!m_role.isEmpty())
        administer(QStringLiteral("DROP ROLE IF EXISTS %I"), {m_role});
    QSqlDatabase::database(m_admin, false).close();
    QSqlDatabase::removeDatabase(m_admin);
}

bool TestCliDbLogin::administer(const QString &pattern, const QStringList &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_admin, false);
    // Utility statements take no bound values: the server quotes them (format %I, %L).
    QSqlQuery build(db);
    QString call = QStringLiteral("SELECT format(CAST(:pattern AS text)");
    for (int i = 0; i < values.size(); ++i)
        call += QStringLiteral(", CAST(:v%1 AS text)").arg(i);
    if (!build.prepare(call + u')'))
        return false;
    build.bindValue(QStringLiteral(":pattern"), pattern);
    for (int i = 0; i < values.size(); ++i)
        build.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
    if (!build.exec() || !build.next())
        return false;
    QSqlQuery q(db);
    if (!q.exec(build.value(0).toString())) {
        qWarning("administration failed: %s", qPrintable(q.lastError().databaseText()));
        return false;
    }
    return true;
}

QString TestCliDbLogin::url(const QString &query, int port) const
{
    QUrl u(m_serverUrl.isEmpty() ? QStringLiteral("postgresql://desk@127.0.0.1:5432/newsroom") : m_serverUrl);
    u.setUserName(m_role.isEmpty() ? QStringLiteral("desk") : m_role);
    u.setPassword(QString());
    u.setPath(u'/' + (m_database.isEmpty() ? QStringLiteral("newsroom") : m_database));
    if (port > 0)
        u.setPort(port);
    u.setQuery(query);
    return u.toString();
}

void TestCliDbLogin::dbCopyTakesTheStoredPassword()
{
    if (m_serverUrl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the team-mode tests, but QALAM_TEST_PG_URL is empty");
        QSKIP("QALAM_TEST_PG_URL is not set");
    }
    CliRun r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("login")},
                   m_password.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run({QStringLiteral("--db"), url(), QStringLiteral("new"), QStringLiteral("--headline"),
             QStringLiteral("Копия из общей базы")});
    QVERIFY2(r.exitCode == 0, r.describe());

    // The server is the source of a copy: its stored password opens it.
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), url(),
             QStringLiteral("--to"), copy});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.out.contains("Verified"), r.describe());
    QVERIFY(!r.out.contains(m_password.toUtf8()) && !r.err.contains(m_password.toUtf8()));
    r = run({QStringLiteral("--db"), copy, QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Копия из общей базы").toUtf8()), r.describe());

    // Forgotten: the same copy is refused at the login, and writes nothing.
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), url(),
             QStringLiteral("--to"), second});
    QVERIFY2(r.exitCode != 0, r.describe());
    QVERIFY2(r.err.contains("refused the login"), r.describe());
    QVERIFY(!QFileInfo::exists(second));
}

CliRun TestCliDbLogin::run(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD", "QALAM_SECRETS_FILE",
                             "PGPASSWORD", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // No password from libpq's own sources, and never the real keychain.
    env.insert(QStringLiteral("PGPASSFILE"), m_emptyPassFile);
    env.insert(QStringLiteral("QALAM_SECRETS_BACKEND"), QStringLiteral("file"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(QALAM_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(30000)) {
        result.err = "qalam-cli did not start: " + process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "qalam-cli did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray TestCliDbLogin::secretsBytes() const
{
    QFile file(m_home + QStringLiteral("/.local/share/Qalam/Qalam/secrets.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliDbLogin::usage()
{
    // A file needs no password.
    CliRun r = run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("desk.sqlite")),
                    QStringLiteral("db"), QStringLiteral("login")},
                   "whatever\n");
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("team database"), r.describe());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("desk.sqlite"))));
    // A password in the URL is refused, not stored.
    r = run({QStringLiteral("--db"), QStringLiteral("postgresql://desk:in-url@127.0.0.1/newsroom"),
             QStringLiteral("db"), QStringLiteral("login")},
            "whatever\n");
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY(!r.out.contains("in-url") && !r.err.contains("in-url"));
    // Nothing on standard input.
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("login")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("no password"), r.describe());
    QVERIFY(secretsBytes().isEmpty());
    // The command table knows both.
    r = run({QStringLiteral("help"), QStringLiteral("db"), QStringLiteral("login")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("standard input"), r.describe());
    r = run({QStringLiteral("db")});
    QVERIFY2(r.err.contains("login") && r.err.contains("logout"), r.describe());
}

void TestCliDbLogin::refusedLoginStoresNothing()
{
    // Nobody listens: nothing can be checked, nothing is stored.
    quint16 closed = 0;
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        closed = listener.serverPort();
    }
    CliRun r =
        run({QStringLiteral("--db"), url(QString(), closed), QStringLiteral("db"), QStringLiteral("login")},
            "some-password\n");
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.err.contains("No answer"), r.describe());
    QVERIFY(!r.err.contains("some-password") && !r.out.contains("some-password"));
    QVERIFY(!secretsBytes().contains("some-password"));

    if (m_serverUrl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the team-mode tests, but QALAM_TEST_PG_URL is empty");
        QSKIP("QALAM_TEST_PG_URL is not set: the wrong password is not tried");
    }
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("login")},
            "not-the-password\n");
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.err.contains("refused"), r.describe());
    QVERIFY(!r.err.contains("not-the-password") && !r.out.contains("not-the-password"));
    QVERIFY(!secretsBytes().contains("not-the-password"));
}

void TestCliDbLogin::loginLogout()
{
    if (m_serverUrl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the team-mode tests, but QALAM_TEST_PG_URL is empty");
        QSKIP(
            "QALAM_TEST_PG_URL is not set (scripts/postgres.sh start; eval \"$(scripts/postgres.sh env)\")");
    }
    const QByteArray password = m_password.toUtf8();
    // Before: libpq has no password for the role.
    CliRun r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.err.contains("refused the login"), r.describe());

    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("login"),
             QStringLiteral("--json")},
            password + "\r\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QUrl server(m_serverUrl);
    QCOMPARE(json.value(QStringLiteral("key")).toString(), QStringLiteral("postgresql://%1@%2:%3/%4")
                                                               .arg(m_role, server.host())
                                                               .arg(server.port())
                                                               .arg(m_database));
    QCOMPARE(json.value(QStringLiteral("secret_backend")).toString(), QStringLiteral("file"));
    QCOMPARE(json.value(QStringLiteral("tls")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 0); // empty: Qalam creates its tables
    // Kept in the private file, under the key, without the line break.
    const QString secretsPath = m_home + QStringLiteral("/.local/share/Qalam/Qalam/secrets.json");
    QCOMPARE((QFile::permissions(secretsPath) & 0x0077).toInt(), 0);
    const QJsonObject secrets =
        QJsonDocument::fromJson(secretsBytes()).object().value(QStringLiteral("secrets")).toObject();
    QCOMPARE(secrets.value(json.value(QStringLiteral("key")).toString()).toString(), m_password);

    // Every command now logs in with it, whatever the sslmode.
    r = run({QStringLiteral("--db"), url(QStringLiteral("sslmode=disable")), QStringLiteral("db"),
             QStringLiteral("migrate")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run({QStringLiteral("--db"), url(), QStringLiteral("new"), QStringLiteral("--headline"),
             QStringLiteral("Қарағандыда жаңа мектеп")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run({QStringLiteral("--db"), url(QStringLiteral("sslmode=prefer")), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Қарағандыда"), r.describe());
    // The text form says where it went and what the server holds.
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("login")}, password + "\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    const QByteArray schema = "schema " + QByteArray::number(Qalam::Database::latestSchemaVersion());
    QVERIFY2(r.out.contains("fallback file") && r.out.contains(schema), r.describe());
    QVERIFY(!r.out.contains(password) && !r.err.contains(password));

    // Logged out: libpq alone is refused again.
    r = run({QStringLiteral("--db"), url(QStringLiteral("sslmode=disable")), QStringLiteral("db"),
             QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(!secretsBytes().contains(password));
    r = run({QStringLiteral("--db"), url(), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.err.contains("refused the login"), r.describe());
    // Logging out twice is no error.
    r = run({QStringLiteral("--db"), url(), QStringLiteral("db"), QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, r.describe());
}

QTEST_GUILESS_MAIN(TestCliDbLogin)
#include "tst_cli_dblogin.moc"
