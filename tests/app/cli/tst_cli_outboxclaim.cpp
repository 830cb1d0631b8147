// Two `qalam-cli outbox run --wait` processes started at once on the same
// database (a file, and a PostgreSQL database when QALAM_TEST_PG_URL names a
// server) publish the job once: one claims it and sends it, the other sees
// it running on another desk, waits for it and reports the same address.
// The newsroom is prepared in this process; the fake CMS answers from this
// process's event loop, so the test waits with QSignalSpy and QTRY_*.

#include "app/core/secretstore.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/workflow/workflow.h"
#include "tests/support/fakecms.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qalam;
using Qalam::Test::FakeCms;

namespace {

template <typename T> const char *why(const Result<T> &r)
{
    static QByteArray text;
    text = (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
    return text.constData();
}

const QString s_sampleHeadline =
    QStringLiteral("«Работать надо с людьми, а не с бумагами»: Президент – акимам");

} // namespace

class TestCliOutboxClaim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void twoProcessesPublishOnce_data();
    void twoProcessesPublishOnce();

private:
    QProcessEnvironment cliEnvironment() const;
    QProcess *startCli(const QString &db, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QPointer<QProcess>> m_processes;
};

void TestCliOutboxClaim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(QALAM_CLI_PATH)), QALAM_CLI_PATH);
}

void TestCliOutboxClaim::cleanup()
{
    for (const QPointer<QProcess> &process : std::as_const(m_processes)) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(30000);
        }
        delete process;
    }
    m_processes.clear();
    m_dir.reset();
    qunsetenv("QALAM_TEST_BACKEND");
}

QProcessEnvironment TestCliOutboxClaim::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD", "QALAM_SECRETS_FILE",
                             "QALAM_SECRETS_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "QALAM_TEST_BACKEND"})
        env.remove(QString::fromLatin1(name));
    const QString home = m_dir->filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QALAM_SECRETS_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("QALAM_SECRETS_FILE"), m_dir->filePath(QStringLiteral("secrets.json")));
    env.insert(QStringLiteral("QALAM_PASSWORD"), QString::fromLatin1(SampleNewsroom::SamplePassword));
    return env;
}

QProcess *TestCliOutboxClaim::startCli(const QString &db, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(cliEnvironment());
    process->setWorkingDirectory(m_dir->path());
    process->start(
        QStringLiteral(QALAM_CLI_PATH),
        QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("omarov")} +
            arguments);
    m_processes.append(process);
    return process;
}

void TestCliOutboxClaim::twoProcessesPublishOnce_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestCliOutboxClaim::twoProcessesPublishOnce()
{
    QFETCH(QString, backend);
    if (backend == u"postgresql") {
        if (qEnvironmentVariableIsEmpty("QALAM_TEST_PG_URL")) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("QALAM_TEST_PG_URL is not set (scripts/postgres.sh start)");
            QSKIP("QALAM_TEST_PG_URL is not set: no PostgreSQL server to run on");
        }
        qputenv("QALAM_TEST_BACKEND", "postgresql");
    } else {
        qunsetenv("QALAM_TEST_BACKEND");
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
    Test::TestDatabase file;
    std::shared_ptr<Database> db = file.open();
    QVERIFY(db);

    // The sample newsroom; its sample article approved, with its photos.
    ArticleStore desk(db, &Clock::system(), Actor::local());
    auto loaded = SampleNewsroom::load(desk, SampleNewsroom::bundled());
    QVERIFY2(loaded, why(loaded));
    auto chief = UserStore(db).user(QStringLiteral("omarov"));
    QVERIFY2(chief, why(chief));
    const Actor chiefActor = Actor::fromUser(*chief);
    auto admin = UserStore(db).user(QStringLiteral("admin"));
    QVERIFY2(admin, why(admin));
    QString articleId;
    for (const ArticleSummary &s : *ArticleStore(db, &Clock::system(), chiefActor).list())
        if (s.headline == s_sampleHeadline)
            articleId = s.id;
    QVERIFY(!articleId.isEmpty());
    auto approved = Workflow(db, chiefActor).approve(articleId);
    QVERIFY2(approved, why(approved));
    const int photos = int(PhotoStore(db, &Clock::system(), chiefActor).photosOf(articleId)->size());
    QVERIFY(photos > 0);

    FakeCms cms;
    QVERIFY(cms.listen());
    const QString password = QStringLiteral("Ab1c D2ef G3hi J4kl M5no P6qr");
    cms.setWordPressCredentials(QStringLiteral("qalam"), password);
    EndpointProfile profile;
    profile.name = QStringLiteral("cms");
    profile.type = QStringLiteral("wordpress");
    profile.url = cms.url().toString();
    profile.login = QStringLiteral("qalam");
    profile.timeoutSeconds = 2;
    auto added = EndpointStore(db, Actor::fromUser(*admin)).add(profile);
    QVERIFY2(added, why(added));
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    secrets.setFilePath(m_dir->filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets.store(profile.name, password));
    // The post's first answer never comes (the request is not applied): the
    // job lasts at least one timeout, so the two processes overlap.
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), FakeCms::Fault::Stall);
    auto job = Outbox(db, chiefActor).enqueue(articleId, profile.name, QStringLiteral("publish"));
    QVERIFY2(job, why(job));

    const QStringList run{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--wait")};
    QProcess *first = startCli(file.path(), run);
    QProcess *second = startCli(file.path(), run);
    QSignalSpy firstEnded(first, &QProcess::finished);
    QSignalSpy secondEnded(second, &QProcess::finished);
    QTRY_VERIFY_WITH_TIMEOUT(!firstEnded.isEmpty() && !secondEnded.isEmpty(), 90000);
    const QByteArray out1 = first->readAllStandardOutput(), err1 = first->readAllStandardError();
    const QByteArray out2 = second->readAllStandardOutput(), err2 = second->readAllStandardError();
    const QByteArray described = "--- first:\n" + out1 + err1 + "\n--- second:\n" + out2 + err2;
    QVERIFY2(first->exitStatus() == QProcess::NormalExit && first->exitCode() == 0, described.constData());
    QVERIFY2(second->exitStatus() == QProcess::NormalExit && second->exitCode() == 0, described.constData());

    // One post, one media item per photo, each photo sent once.
    QCOMPARE(cms.posts().size(), 1);
    QCOMPARE(cms.media().size(), photos);
    QCOMPARE(cms.count(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$")), photos);
    // One process ran it; the other waited for it and names the same address.
    const OutboxJob done = *Outbox(db, chiefActor).job(job->id);
    QCOMPARE(done.state, QStringLiteral("done"));
    QCOMPARE(done.claimedBy, QString());
    QVERIFY2(QString::fromUtf8(out1) == done.remoteUrl + u'\n', described.constData());
    QVERIFY2(QString::fromUtf8(out2) == done.remoteUrl + u'\n', described.constData());
    const bool firstWaited = err1.contains("is running on another desk");
    const bool secondWaited = err2.contains("is running on another desk");
    QVERIFY2(firstWaited != secondWaited, described.constData());
    QCOMPARE(ArticleStore(db, &Clock::system(), chiefActor).load(articleId)->status,
             ArticleStatus::Published);
}

QTEST_GUILESS_MAIN(TestCliOutboxClaim)
#include "tst_cli_outboxclaim.moc"
