// qalam-cli db copy, run as a child process: the sample newsroom from an
// SQLite file into another file, and into a PostgreSQL database and back
// (QALAM_TEST_PG_URL; skipped without it, failed on CI), with the refusals a
// user meets: no administrator, a target with rows, a password in the URL.
#include "app/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

const QString s_password = QStringLiteral("qalam-sample");

} // namespace

class TestCliDbCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileToFile();
    void refusals();
    void throughPostgres();

private:
    CliRun run(const QStringList &arguments, const QString &user = QStringLiteral("admin"));
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // The articles as `list --json` shows them to the chief editor.
    QJsonArray articlesOf(const QString &location);
    int rowsOf(const QJsonObject &report, const QString &table);

    QTemporaryDir m_dir;
    QString m_sample;
};

CliRun TestCliDbCopy::run(const QStringList &arguments, const QString &user)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    const QString home = file(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QALAM_PASSWORD"), s_password);
    QStringList line = arguments;
    if (!user.isEmpty())
        line += QStringList{QStringLiteral("--user"), user};
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(QALAM_CLI_PATH), line);
    if (process.waitForStarted(30000))
        process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "qalam-cli did not run: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonArray TestCliDbCopy::articlesOf(const QString &location)
{
    const CliRun r = run({QStringLiteral("--db"), location, QStringLiteral("--json"), QStringLiteral("list")},
                         QStringLiteral("omarov"));
    if (r.exitCode != 0)
        QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
    return r.json().array();
}

int TestCliDbCopy::rowsOf(const QJsonObject &report, const QString &table)
{
    for (const auto &t : report.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("name")).toString() == table)
            return t.toObject().value(QStringLiteral("rows")).toInt();
    return -1;
}

void TestCliDbCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(file(QStringLiteral("home"))));
    m_sample = file(QStringLiteral("sample.sqlite"));
    const CliRun init = run({QStringLiteral("--db"), m_sample, QStringLiteral("db"), QStringLiteral("init"),
                             QStringLiteral("--sample")},
                            QString());
    QVERIFY2(init.exitCode == 0, init.describe());
}

void TestCliDbCopy::fileToFile()
{
    const QString copy = file(QStringLiteral("copy.sqlite"));
    const CliRun r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_sample,
                          QStringLiteral("--to"), copy});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("Verified")), r.describe());
    QVERIFY(text.contains(QLatin1String("articles")));
    QVERIFY(text.contains(QLatin1String("audit_log")));
    QVERIFY(text.contains(QLatin1String("photo originals: 3")));
    QCOMPARE(articlesOf(copy), articlesOf(m_sample));
    // The copy is a newsroom of its own: the same accounts sign in there.
    const CliRun check = run({QStringLiteral("--db"), copy, QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.describe());
}

void TestCliDbCopy::refusals()
{
    const QString target = file(QStringLiteral("refused.sqlite"));
    const QStringList copy = {QStringLiteral("db"),     QStringLiteral("copy"),
                              QStringLiteral("--from"), m_sample,
                              QStringLiteral("--to"),   target};
    // The source has accounts: somebody must sign in, and be an administrator.
    CliRun r = run(copy, QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--user"), r.describe());
    r = run(copy, QStringLiteral("omarov"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("administrator"), r.describe());
    QVERIFY(!QFileInfo::exists(target));
    // Usage.
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_sample});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--to"), r.describe());
    // A target with rows is named and left alone.
    r = run(copy);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run(copy);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not empty") && r.err.contains("articles"), r.describe());
    QVERIFY(r.err.startsWith("qalam-cli: ") && r.err.count('\n') == 1);
    // A password in a server URL never shows, not even when it fails.
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_sample,
             QStringLiteral("--to"),
             QStringLiteral("postgresql://qalam:Sekr3t-pw@127.0.0.1:1/newsroom?connect_timeout=2")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(!r.err.contains("Sekr3t") && !r.out.contains("Sekr3t"), r.describe());
}

void TestCliDbCopy::throughPostgres()
{
    const QString server = qEnvironmentVariable("QALAM_TEST_PG_URL");
    if (server.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the PostgreSQL tests too, but QALAM_TEST_PG_URL is empty");
        QSKIP("QALAM_TEST_PG_URL is not set (scripts/postgres.sh start)");
    }
    // A database of the test's own on the server.
    const QString name = QStringLiteral("qalam_cli_copy_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("tst-cli-dbcopy");
    auto maintenance = Qalam::Database::openServerConnection(server, connection);
    QVERIFY2(maintenance, qPrintable(maintenance.error().message));
    {
        QSqlQuery q(*maintenance);
        QVERIFY(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    }
    const auto drop = qScopeGuard([&]() {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    });
    QUrl url(server);
    url.setPath(u'/' + name);
    const QString team = url.toString();

    CliRun r = run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("copy"),
                    QStringLiteral("--from"), m_sample, QStringLiteral("--to"), team});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject there = r.json().object();
    QCOMPARE(there.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(there.value(QStringLiteral("to")).toString(), team);
    QCOMPARE(rowsOf(there, QStringLiteral("articles")), int(articlesOf(m_sample).size()));
    QVERIFY(rowsOf(there, QStringLiteral("users")) >= 7);
    QVERIFY(rowsOf(there, QStringLiteral("audit_log")) > 10);
    QCOMPARE(there.value(QStringLiteral("photo_originals")).toObject().value(QStringLiteral("count")).toInt(),
             3);
    QCOMPARE(articlesOf(team), articlesOf(m_sample));

    // And back into a new file: the same tables, rows and photos.
    const QString back = file(QStringLiteral("back.sqlite"));
    r = run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
             team, QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject again = r.json().object();
    QCOMPARE(again.value(QStringLiteral("tables")), there.value(QStringLiteral("tables")));
    QCOMPARE(again.value(QStringLiteral("photo_originals")), there.value(QStringLiteral("photo_originals")));
    QCOMPARE(articlesOf(back), articlesOf(m_sample));

    // The team database now has rows: a second copy into it is refused.
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_sample,
             QStringLiteral("--to"), team});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not empty"), r.describe());
}

QTEST_GUILESS_MAIN(TestCliDbCopy)
#include "tst_cli_dbcopy.moc"
