// qalam-cli's publishing endpoints and publishing to a folder, run as a child
// process on the sample newsroom: the administrator sets up the endpoints,
// the chief editor publishes, nobody else can, and secrets stay secret.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <functional>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    bool errIsOneLine() const
    {
        return err.startsWith("qalam-cli: ") && err.endsWith('\n') && err.count('\n') == 1;
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

const QString s_samplePassword = QStringLiteral("qalam-sample");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int unixMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    return QFileInfo::exists(path) ? 0600 : -1;
#endif
}

} // namespace

class TestCliPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpListsTheCommands();
    void usageErrors_data();
    void usageErrors();
    void chiefEditorPublishesToAFolder();
    void onlyAdministratorsManageEndpoints();
    void unpublishWithoutEndpointStillWorks();
    void secretFromStdinStaysSecret();
    void widerSecretsFileRefused();

private:
    // Runs qalam-cli as `login` ("" for no --user), with `input` on stdin.
    // `whileRunning` sees the process once it started, before its input.
    CliRun run(const QString &login, const QStringList &arguments, const QByteArray &input = {},
               const std::function<void(qint64 pid)> &whileRunning = {});
    QString firstArticle(const QString &status);
    QString statusOf(const QString &id);
    QJsonArray publishLog(const QString &id);
    QString secretsFile() const; // "" when none was written
    QString file(const QString &name) const { return m_dir->filePath(name); }

    QTemporaryDir m_sample;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_home;
};

void TestCliPublish::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QALAM_CLI_PATH)), QALAM_CLI_PATH);
    // The sample newsroom is made once (its accounts' password hashes take
    // a while) and copied for every test.
    QVERIFY(m_sample.isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = file(QStringLiteral("home"));
    m_dbPath = m_sample.filePath(QStringLiteral("qalam.sqlite"));
    const CliRun sample = run({}, {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample")});
    QVERIFY2(sample.exitCode == 0, sample.describe());
    QVERIFY(!QFileInfo::exists(m_dbPath + QStringLiteral("-wal")) ||
            QFileInfo(m_dbPath + QStringLiteral("-wal")).size() == 0);
    m_dir.reset();
}

void TestCliPublish::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = file(QStringLiteral("qalam.sqlite"));
    m_home = file(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QDirIterator it(m_sample.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = file(QDir(m_sample.path()).relativeFilePath(from));
        QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
        QVERIFY2(QFile::copy(from, to), qPrintable(from));
    }
    QVERIFY(QFileInfo::exists(m_dbPath));
}

void TestCliPublish::cleanup()
{
    m_dir.reset();
}

CliRun TestCliPublish::run(const QString &login, const QStringList &arguments, const QByteArray &input,
                           const std::function<void(qint64 pid)> &whileRunning)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD", "QALAM_SECRETS_FILE",
                             "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("deskuser"));
    // Never the developer's real keychain: the labelled fallback file in
    // the temporary home.
    env.insert(QStringLiteral("QALAM_SECRETS_BACKEND"), QStringLiteral("file"));
    if (!login.isEmpty())
        env.insert(QStringLiteral("QALAM_PASSWORD"), s_samplePassword);

    QStringList line{QStringLiteral("--db"), m_dbPath};
    if (!login.isEmpty())
        line += QStringList{QStringLiteral("--user"), login};
    line += arguments;

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(QALAM_CLI_PATH), line);
    if (process.waitForStarted(30000)) {
        if (whileRunning)
            whileRunning(process.processId());
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
    }
    CliRun result;
    if (!process.waitForFinished(60000)) {
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

QString TestCliPublish::firstArticle(const QString &status)
{
    const CliRun r = run(QStringLiteral("omarov"), {QStringLiteral("list"), QStringLiteral("--status"),
                                                    status, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("list failed: %s", r.describe().constData());
    return r.json().array().first().toObject().value(QStringLiteral("id")).toString();
}

QString TestCliPublish::statusOf(const QString &id)
{
    const CliRun r = run(QStringLiteral("omarov"), {QStringLiteral("show"), id, QStringLiteral("--json")});
    return r.json().object().value(QStringLiteral("status")).toString();
}

QJsonArray TestCliPublish::publishLog(const QString &id)
{
    const CliRun r =
        run(QStringLiteral("sokolova"), {QStringLiteral("publish-log"), id, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("publish-log failed: %s", r.describe().constData());
    return r.json().array();
}

QString TestCliPublish::secretsFile() const
{
    QDirIterator it(m_home, {QStringLiteral("secrets.json")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void TestCliPublish::helpListsTheCommands()
{
    const CliRun overview = run({}, {QStringLiteral("help")});
    QVERIFY2(overview.exitCode == 0, overview.describe());
    for (const char *command :
         {"endpoint add", "endpoint list", "endpoint remove", "endpoint test", "publish-log", "publish"})
        QVERIFY2(overview.outText().contains(QLatin1String(command)), command);
    const CliRun add = run({}, {QStringLiteral("help"), QStringLiteral("endpoint"), QStringLiteral("add")});
    QVERIFY2(add.exitCode == 0, add.describe());
    for (const char *option :
         {"--type", "--url", "--login", "--auth", "--header", "--timeout", "--secret-stdin"})
        QVERIFY2(add.outText().contains(QLatin1String(option)), option);
    // There is no option that would put a secret on the command line.
    for (const char *option : {"--secret ", "--password", "--token"})
        QVERIFY2(!add.outText().contains(QLatin1String(option)), option);
    const CliRun publish = run({}, {QStringLiteral("help"), QStringLiteral("publish")});
    QVERIFY(publish.outText().contains(QLatin1String("--endpoint")));
}

void TestCliPublish::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const QString e = QStringLiteral("endpoint");
    const QString add = QStringLiteral("add");
    QTest::newRow("endpoint without subcommand") << QStringList{e};
    QTest::newRow("add without name") << QStringList{e, add};
    QTest::newRow("add without type")
        << QStringList{e, add, QStringLiteral("site"), QStringLiteral("--url"), QStringLiteral("/tmp/x")};
    QTest::newRow("add without url") << QStringList{e, add, QStringLiteral("site"), QStringLiteral("--type"),
                                                    QStringLiteral("folder")};
    QTest::newRow("unknown type") << QStringList{e,
                                                 add,
                                                 QStringLiteral("site"),
                                                 QStringLiteral("--type"),
                                                 QStringLiteral("drupal"),
                                                 QStringLiteral("--url"),
                                                 QStringLiteral("https://x.kz")};
    QTest::newRow("timeout not a number") << QStringList{e,
                                                         add,
                                                         QStringLiteral("site"),
                                                         QStringLiteral("--type"),
                                                         QStringLiteral("folder"),
                                                         QStringLiteral("--url"),
                                                         QStringLiteral("/tmp/x"),
                                                         QStringLiteral("--timeout"),
                                                         QStringLiteral("soon")};
    QTest::newRow("timeout too long") << QStringList{e,
                                                     add,
                                                     QStringLiteral("site"),
                                                     QStringLiteral("--type"),
                                                     QStringLiteral("folder"),
                                                     QStringLiteral("--url"),
                                                     QStringLiteral("/tmp/x"),
                                                     QStringLiteral("--timeout"),
                                                     QStringLiteral("601")};
    QTest::newRow("secret given as a value") << QStringList{e,
                                                            add,
                                                            QStringLiteral("site"),
                                                            QStringLiteral("--type"),
                                                            QStringLiteral("wordpress"),
                                                            QStringLiteral("--url"),
                                                            QStringLiteral("https://x.kz"),
                                                            QStringLiteral("--secret-stdin=hunter2")};
    QTest::newRow("unpublish at endpoint without reason")
        << QStringList{QStringLiteral("unpublish"), id, QStringLiteral("--endpoint"), QStringLiteral("site")};
    QTest::newRow("publish-log unknown id") << QStringList{QStringLiteral("publish-log"), id};
}

void TestCliPublish::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun r = run(QStringLiteral("admin"), arguments);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errIsOneLine(), r.describe());
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!r.err.contains("hunter2"));
}

void TestCliPublish::chiefEditorPublishesToAFolder()
{
    const QString parent = file(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(parent));
    const QString out = parent + QStringLiteral("/публикации"); // created on the first publication
    const CliRun added =
        run(QStringLiteral("admin"),
            {QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("site"),
             QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--url"), out});
    QVERIFY2(added.exitCode == 0, added.describe());
    const CliRun tested = run(QStringLiteral("omarov"),
                              {QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("site")});
    QVERIFY2(tested.exitCode == 0, tested.describe());
    QVERIFY(tested.outText().startsWith(QLatin1String("ok: ")));
    QVERIFY(!QFileInfo::exists(out)); // a test creates nothing

    const QString approved = firstArticle(QStringLiteral("approved"));
    const QString draft = firstArticle(QStringLiteral("draft"));
    QVERIFY(!approved.isEmpty() && !draft.isEmpty());
    auto nothingWritten = [&]() {
        return QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
    };

    // A regional editor cannot publish: refused before any file is written.
    const CliRun writer =
        run(QStringLiteral("sokolova"),
            {QStringLiteral("publish"), approved, QStringLiteral("--endpoint"), QStringLiteral("site")});
    QVERIFY2(writer.exitCode == 1, writer.describe());
    QVERIFY2(writer.errIsOneLine(), writer.describe());
    QVERIFY(writer.out.isEmpty());
    QVERIFY(nothingWritten());
    QCOMPARE(statusOf(approved), QStringLiteral("approved"));

    // A draft cannot be published, even by the chief editor.
    const CliRun early =
        run(QStringLiteral("omarov"),
            {QStringLiteral("publish"), draft, QStringLiteral("--endpoint"), QStringLiteral("site")});
    QVERIFY2(early.exitCode == 1, early.describe());
    QVERIFY(nothingWritten());
    QCOMPARE(statusOf(draft), QStringLiteral("draft"));

    const CliRun published =
        run(QStringLiteral("omarov"),
            {QStringLiteral("publish"), approved, QStringLiteral("--endpoint"), QStringLiteral("site")});
    QVERIFY2(published.exitCode == 0, published.describe());
    const QString package = published.outText().trimmed();
    QVERIFY2(QFileInfo(package).isDir(), qPrintable(package));
    QCOMPARE(QFileInfo(package).absolutePath(), out);
    QVERIFY(package.endsWith(approved.left(8)));
    const QJsonObject ninjs =
        QJsonDocument::fromJson(fileBytes(package + QStringLiteral("/article.json"))).object();
    QVERIFY2(!ninjs.isEmpty(), qPrintable(package));
    QVERIFY(ninjs.contains(QStringLiteral("headlines")));
    QVERIFY(QFileInfo(package + QStringLiteral("/article.html")).size() > 0);
    // Only the package: no half-written siblings.
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    QCOMPARE(statusOf(approved), QStringLiteral("published"));

    const CliRun log =
        run(QStringLiteral("omarov"), {QStringLiteral("log"), approved, QStringLiteral("--json")});
    QVERIFY2(log.exitCode == 0, log.describe());
    const QJsonObject last = log.json().array().last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("publish"));
    QCOMPARE(last.value(QStringLiteral("who")).toString(), QStringLiteral("omarov"));

    // Every attempt is in the publish log, the refusal too.
    QJsonArray attempts = publishLog(approved);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("sokolova"));
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("omarov"));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("remote_url")).toString(), package);
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("endpoint")).toString(), QStringLiteral("site"));
    QCOMPARE(publishLog(draft).size(), 1);
    const CliRun text = run(QStringLiteral("kim"), {QStringLiteral("publish-log"), approved});
    QVERIFY2(text.exitCode == 0, text.describe());
    QCOMPARE(text.outText().count(u'\n'), 2);
    QVERIFY(text.outText().contains(package));

    // Only the chief editor takes it off again, with a reason.
    const CliRun refused =
        run(QStringLiteral("sokolova"),
            {QStringLiteral("unpublish"), approved, QStringLiteral("--endpoint"), QStringLiteral("site"),
             QStringLiteral("--comment"), QStringLiteral("Ошибка")});
    QVERIFY2(refused.exitCode == 1, refused.describe());
    QVERIFY(QFileInfo(package).isDir());
    const CliRun unpublished =
        run(QStringLiteral("omarov"),
            {QStringLiteral("unpublish"), approved, QStringLiteral("--endpoint"), QStringLiteral("site"),
             QStringLiteral("--comment"), QStringLiteral("Ошибка в заголовке")});
    QVERIFY2(unpublished.exitCode == 0, unpublished.describe());
    QCOMPARE(unpublished.outText(), QStringLiteral("unpublished\n"));
    QVERIFY(!QFileInfo::exists(package));
    QCOMPARE(statusOf(approved), QStringLiteral("unpublished"));
    attempts = publishLog(approved);
    QCOMPARE(attempts.size(), 4);
    QCOMPARE(attempts.at(3).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("unpublish"));
    QCOMPARE(attempts.at(3).toObject().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(attempts.at(3).toObject().value(QStringLiteral("remote_url")).toString(), package);

    // An endpoint that does not exist.
    const CliRun nowhere =
        run(QStringLiteral("omarov"),
            {QStringLiteral("publish"), approved, QStringLiteral("--endpoint"), QStringLiteral("nowhere")});
    QVERIFY2(nowhere.exitCode == 2, nowhere.describe());
}

void TestCliPublish::onlyAdministratorsManageEndpoints()
{
    const QStringList add{QStringLiteral("endpoint"),  QStringLiteral("add"),    QStringLiteral("mine"),
                          QStringLiteral("--type"),    QStringLiteral("folder"), QStringLiteral("--url"),
                          file(QStringLiteral("mine"))};
    for (const char *login : {"omarov", "sokolova", "kim"}) {
        const CliRun r = run(QString::fromLatin1(login), add);
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.errIsOneLine(), r.describe());
    }
    const CliRun admin = run(QStringLiteral("admin"), add);
    QVERIFY2(admin.exitCode == 0, admin.describe());
    const CliRun listed =
        run(QStringLiteral("sokolova"), {QStringLiteral("endpoint"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QVERIFY(listed.outText().startsWith(QLatin1String("mine\tfolder\t")));
    const CliRun removeByChief =
        run(QStringLiteral("omarov"),
            {QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("mine")});
    QVERIFY2(removeByChief.exitCode == 1, removeByChief.describe());
    const CliRun removed = run(QStringLiteral("admin"), {QStringLiteral("endpoint"), QStringLiteral("remove"),
                                                         QStringLiteral("mine")});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const CliRun empty = run(QStringLiteral("admin"),
                             {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.json().array().size(), 0);
}

void TestCliPublish::unpublishWithoutEndpointStillWorks()
{
    const QString published = firstArticle(QStringLiteral("published"));
    QVERIFY(!published.isEmpty());
    const CliRun r = run(QStringLiteral("omarov"), {QStringLiteral("unpublish"), published,
                                                    QStringLiteral("--comment"), QStringLiteral("Устарело")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), QStringLiteral("unpublished\n"));
    QCOMPARE(statusOf(published), QStringLiteral("unpublished"));
    QCOMPARE(publishLog(published).size(), 0); // no endpoint, no publish attempt
}

void TestCliPublish::secretFromStdinStaysSecret()
{
    const QByteArray secret = "tok-7f3a9c-Секрет-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QStringList add{QStringLiteral("endpoint"),
                          QStringLiteral("add"),
                          QStringLiteral("cms"),
                          QStringLiteral("--type"),
                          QStringLiteral("ninjs-http"),
                          QStringLiteral("--url"),
                          QStringLiteral("http://127.0.0.1:9/api"),
                          QStringLiteral("--secret-stdin")};

    // Not an administrator: refused, and the secret is stored nowhere.
    const CliRun refused = run(QStringLiteral("omarov"), add, secret + '\n');
    QVERIFY2(refused.exitCode == 1, refused.describe());
    QVERIFY(secretsFile().isEmpty() || !fileBytes(secretsFile()).contains(secret));
    // Nothing on stdin: a usage error, no endpoint.
    const CliRun empty = run(QStringLiteral("admin"), add);
    QVERIFY2(empty.exitCode == 2, empty.describe());

    QByteArray cmdline, environment;
    const CliRun added = run(QStringLiteral("admin"), add, secret + '\n', [&](qint64 pid) {
        // "started" can come a moment before the kernel shows the new
        // program's arguments: wait for them (the child waits for stdin).
        const QString proc = QStringLiteral("/proc/%1/").arg(pid);
        // (The assertions after run() say whether it came.)
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [&] {
                cmdline = fileBytes(proc + QStringLiteral("cmdline"));
                return cmdline.contains("--secret-stdin");
            },
            10000);
        environment = fileBytes(proc + QStringLiteral("environ"));
    });
    QVERIFY2(added.exitCode == 0, added.describe());
#ifdef Q_OS_LINUX
    QVERIFY(cmdline.contains("--secret-stdin"));
    QVERIFY(!cmdline.contains(secret));
    QVERIFY(!environment.isEmpty());
    QVERIFY(!environment.contains(secret));
#endif
    QVERIFY(!added.out.contains(secret) && !added.err.contains(secret));
    QVERIFY2(added.outText().contains(QLatin1String("fallback file")), added.describe());

    // Stored in the private fallback file, nowhere else.
    const QString secrets = secretsFile();
    QVERIFY(!secrets.isEmpty());
    QVERIFY(fileBytes(secrets).contains(secret));
    QCOMPARE(unixMode(secrets), 0600);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(!fileBytes(m_dbPath + suffix).contains(secret), qPrintable(suffix));

    for (const char *login : {"admin", "sokolova"}) {
        const CliRun listed =
            run(QString::fromLatin1(login),
                {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.describe());
        QVERIFY(!listed.out.contains(secret) && !listed.err.contains(secret));
        const QJsonObject cms = listed.json().array().first().toObject();
        QCOMPARE(cms.value(QStringLiteral("name")).toString(), QStringLiteral("cms"));
        QCOMPARE(cms.value(QStringLiteral("auth")).toString(), QStringLiteral("bearer"));
        QCOMPARE(cms.value(QStringLiteral("secret")).toString(), QStringLiteral("file"));
    }

    // Nothing listens there: the test says so in one line, and the secret
    // (sent as the bearer token) appears nowhere.
    const CliRun tested = run(QStringLiteral("admin"),
                              {QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("cms")});
    QVERIFY2(tested.exitCode == 1, tested.describe());
    QVERIFY2(tested.errText().contains(QLatin1String("refused")), tested.describe().constData());
    QVERIFY(!tested.out.contains(secret) && !tested.err.contains(secret));

    // Removing the endpoint removes its secret.
    const CliRun removed = run(QStringLiteral("admin"),
                               {QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("cms")});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    QVERIFY(!fileBytes(secrets).contains(secret));
    QCOMPARE(unixMode(secrets), 0600);
}

void TestCliPublish::widerSecretsFileRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are a Unix matter");
#else
    const QByteArray secret = "app-pass-Zq9x-Lm2v";
    const CliRun added = run(QStringLiteral("admin"),
                             {QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("wp"),
                              QStringLiteral("--type"), QStringLiteral("wordpress"), QStringLiteral("--url"),
                              QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--login"),
                              QStringLiteral("qalam"), QStringLiteral("--secret-stdin")},
                             secret);
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString secrets = secretsFile();
    QVERIFY(::chmod(QFile::encodeName(secrets).constData(), 0644) == 0);

    // Listed, but the secret's file is not used.
    const CliRun listed = run(QStringLiteral("admin"),
                              {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QString where = listed.json().array().first().toObject().value(QStringLiteral("secret")).toString();
    QVERIFY2(where.startsWith(QLatin1String("unreadable")) && where.contains(QLatin1String("chmod 600")),
             qPrintable(where));
    QVERIFY(!listed.out.contains(secret));

    // A new secret is not added to it, and the endpoint is not kept without it.
    const CliRun another =
        run(QStringLiteral("admin"),
            {QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("cms"),
             QStringLiteral("--type"), QStringLiteral("ninjs-http"), QStringLiteral("--url"),
             QStringLiteral("https://cms.example.kz"), QStringLiteral("--secret-stdin")},
            "another-token");
    QVERIFY2(another.exitCode == 1, another.describe());
    QVERIFY(!fileBytes(secrets).contains("another-token"));
    QCOMPARE(unixMode(secrets), 0644);
    const CliRun after = run(QStringLiteral("admin"),
                             {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(after.json().array().size(), 1);
#endif
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_cli_publish.moc"
