// qalam-cli's users, authors and review workflow, run as a child process on
// a temporary database: the "done when" story through the cli.
#include "tests/support/testfiles.h"

#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Qalam::Test::writeFile;

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

// Who runs a command: a login and the password its process gets in
// QALAM_PASSWORD (never on the command line). An empty login: no --user.
struct As
{
    QString login;
    QString password;
};

const QString s_adminPassword = QStringLiteral("admin-пароль-1");
const QString s_editorPassword = QStringLiteral("редактор-2026");
const QString s_photoPassword = QStringLiteral("photo-desk-77");
const QString s_chiefPassword = QStringLiteral("chief-approves-1");

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void helpListsTheNewCommands();
    void usageErrors_data();
    void usageErrors();
    void singleDeskRecordsTheAccount();
    void firstAdministratorOnly();
    void reviewStory();
    void accountsAndProfiles();

private:
    CliRun run(const As &as, const QStringList &arguments, const QProcessEnvironment &extra = {});
    // Adds a user as the administrator; the new password in QALAM_NEW_PASSWORD.
    bool addUser(const QString &login, const QString &password, const QStringList &options);
    QJsonArray logOf(const QString &articleId);
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_home;
    int m_runs = 0;
    qint64 m_childMs = 0;
};

void TestCliWorkflow::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QALAM_CLI_PATH)), QALAM_CLI_PATH);
}

void TestCliWorkflow::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = file(QStringLiteral("qalam.sqlite"));
    m_home = file(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
}

void TestCliWorkflow::cleanup()
{
    m_dir.reset();
}

void TestCliWorkflow::cleanupTestCase()
{
    // Each sign-in and each new password costs a PBKDF2 run at the default
    // work factor: say what the suite spent in the cli.
    qInfo("%d qalam-cli runs, %lld ms in all", m_runs, m_childMs);
}

CliRun TestCliWorkflow::run(const As &as, const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("deskuser"));
    if (!as.password.isEmpty())
        env.insert(QStringLiteral("QALAM_PASSWORD"), as.password);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));

    QStringList line{QStringLiteral("--db"), m_dbPath};
    if (!as.login.isEmpty())
        line += QStringList{QStringLiteral("--user"), as.login};
    line += arguments;

    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(QALAM_CLI_PATH), line);
    if (process.waitForStarted(30000))
        process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "qalam-cli did not run: " + process.errorString().toUtf8();
        return result;
    }
    ++m_runs;
    m_childMs += timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool TestCliWorkflow::addUser(const QString &login, const QString &password, const QStringList &options)
{
    QProcessEnvironment fresh;
    fresh.insert(QStringLiteral("QALAM_NEW_PASSWORD"), password);
    const CliRun r = run({QStringLiteral("admin"), s_adminPassword},
                         QStringList{QStringLiteral("user"), QStringLiteral("add"), login} + options, fresh);
    if (r.exitCode != 0 || r.outText().trimmed().toLongLong() <= 0) {
        qWarning("user add %s failed: %s", qPrintable(login), r.describe().constData());
        return false;
    }
    return true;
}

QJsonArray TestCliWorkflow::logOf(const QString &articleId)
{
    const CliRun r = run({QStringLiteral("chief"), s_chiefPassword},
                         {QStringLiteral("log"), articleId, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("log failed: %s", r.describe().constData());
    return r.json().array();
}

void TestCliWorkflow::helpListsTheNewCommands()
{
    const CliRun overview = run({}, {QStringLiteral("help")});
    QVERIFY2(overview.exitCode == 0, overview.describe());
    for (const char *command :
         {"set",         "byline",      "submit",     "withdraw",    "approve",       "return",
          "publish",     "unpublish",   "comment",    "comments",    "log",           "diff",
          "inbox",       "user add",    "user list",  "user set",    "user password", "author add",
          "author list", "author show", "author set", "--user LOGIN"})
        QVERIFY2(overview.outText().contains(QLatin1String(command)), command);

    const CliRun approve = run({}, {QStringLiteral("help"), QStringLiteral("approve")});
    QVERIFY2(approve.exitCode == 0, approve.describe());
    QVERIFY(approve.outText().startsWith(QStringLiteral("Usage: qalam-cli approve ID")));
    for (const char *option : {"--at", "--comment", "--user", "--db"})
        QVERIFY2(approve.outText().contains(QLatin1String(option)), option);
    const CliRun userAdd = run({}, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY2(userAdd.exitCode == 0, userAdd.describe());
    for (const char *option : {"--role", "--region", "--name", "--author", "QALAM_NEW_PASSWORD"})
        QVERIFY2(userAdd.outText().contains(QLatin1String(option)), option);
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestCliWorkflow::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QTest::newRow("user without subcommand") << QStringList{QStringLiteral("user")};
    QTest::newRow("author without subcommand") << QStringList{QStringLiteral("author")};
    QTest::newRow("return without comment") << QStringList{QStringLiteral("return"), id};
    QTest::newRow("unpublish without reason") << QStringList{QStringLiteral("unpublish"), id};
    QTest::newRow("approve at no time")
        << QStringList{QStringLiteral("approve"), id, QStringLiteral("--at"), QStringLiteral("tomorrow")};
    QTest::newRow("submit without id") << QStringList{QStringLiteral("submit")};
    QTest::newRow("comment without text") << QStringList{QStringLiteral("comment"), id};
    QTest::newRow("unknown role") << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                 QStringLiteral("bob"), QStringLiteral("--role"),
                                                 QStringLiteral("wizard")};
    QTest::newRow("user without role")
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")};
    QTest::newRow("byline without author") << QStringList{QStringLiteral("byline"), id};
    QTest::newRow("byline with a name")
        << QStringList{QStringLiteral("byline"), id, QStringLiteral("--author"), QStringLiteral("Колмакова")};
    QTest::newRow("diff from no revision")
        << QStringList{QStringLiteral("diff"), id, QStringLiteral("--from"), QStringLiteral("first")};
    QTest::newRow("set nothing") << QStringList{QStringLiteral("set"), id};
    QTest::newRow("author left and active")
        << QStringList{QStringLiteral("author"), QStringLiteral("set"), QStringLiteral("3"),
                       QStringLiteral("--left"), QStringLiteral("--active")};
    QTest::newRow("user set active maybe")
        << QStringList{QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("bob"),
                       QStringLiteral("--active"), QStringLiteral("maybe")};
    QTest::newRow("submit unknown id") << QStringList{QStringLiteral("submit"), id};
    QTest::newRow("log unknown id") << QStringList{QStringLiteral("log"), id};
}

void TestCliWorkflow::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun r = run({}, arguments);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errIsOneLine(), r.describe());
    QCOMPARE(r.out, QByteArray());
}

void TestCliWorkflow::singleDeskRecordsTheAccount()
{
    // No user account yet: one desk, every step allowed, recorded under the
    // operating-system account.
    const CliRun created = run({}, {QStringLiteral("new"), QStringLiteral("--headline"),
                                    QStringLiteral("Аким Алматы встретился с жителями")});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString id = created.outText().trimmed();
    const CliRun submitted = run({}, {QStringLiteral("submit"), id});
    QVERIFY2(submitted.exitCode == 0, submitted.describe());
    QCOMPARE(submitted.outText(), QStringLiteral("in_review\n"));
    const CliRun withdrawn = run(
        {}, {QStringLiteral("withdraw"), id, QStringLiteral("--comment"), QStringLiteral("Нужна цитата")});
    QVERIFY2(withdrawn.exitCode == 0, withdrawn.describe());
    QCOMPARE(withdrawn.outText(), QStringLiteral("withdrawn\n"));
    // Approving a withdrawn article: the wrong state, refused on one line.
    const CliRun early = run({}, {QStringLiteral("approve"), id});
    QVERIFY2(early.exitCode == 1 && early.errIsOneLine(), early.describe());
    const CliRun comment = run({}, {QStringLiteral("comment"), id, QStringLiteral("Цитата акима добавлена")});
    QVERIFY2(comment.exitCode == 0 && comment.outText().trimmed().toLongLong() > 0, comment.describe());
    const CliRun comments = run({}, {QStringLiteral("comments"), id, QStringLiteral("--json")});
    QVERIFY2(comments.exitCode == 0, comments.describe());
    QCOMPARE(comments.json().array().size(), 1);
    QCOMPARE(comments.json().array().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Цитата акима добавлена"));
    QCOMPARE(comments.json().array().first().toObject().value(QStringLiteral("who")).toString(),
             QStringLiteral("deskuser"));
    QVERIFY2(run({}, {QStringLiteral("submit"), id}).exitCode == 0, "second submit");
    const CliRun approved = run({}, {QStringLiteral("approve"), id});
    QVERIFY2(approved.exitCode == 0, approved.describe());
    const CliRun published = run({}, {QStringLiteral("publish"), id});
    QVERIFY2(published.exitCode == 0, published.describe());
    QCOMPARE(published.outText(), QStringLiteral("published\n"));
    const CliRun unpublished = run(
        {}, {QStringLiteral("unpublish"), id, QStringLiteral("--comment"), QStringLiteral("Ошибка в имени")});
    QVERIFY2(unpublished.exitCode == 0, unpublished.describe());
    QCOMPARE(unpublished.outText(), QStringLiteral("unpublished\n"));

    const CliRun shown = run({}, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject article = shown.json().object();
    QCOMPARE(article.value(QStringLiteral("status")).toString(), QStringLiteral("unpublished"));
    QCOMPARE(article.value(QStringLiteral("created_by")).toString(), QStringLiteral("deskuser"));
    QVERIFY(article.value(QStringLiteral("publish_at")).isNull());
    QVERIFY(QDateTime::fromString(article.value(QStringLiteral("published_at")).toString(), Qt::ISODateWithMs)
                .isValid());

    const CliRun log = run({}, {QStringLiteral("log"), id});
    QVERIFY2(log.exitCode == 0, log.describe());
    QStringList steps;
    for (const QString &line : log.outText().split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(1), QStringLiteral("deskuser"));
        steps.append(fields.at(2) + u' ' + fields.at(3));
    }
    QCOMPARE(steps.join(u'\n'),
             QStringList({QStringLiteral("created →draft"), QStringLiteral("submit draft→in_review"),
                          QStringLiteral("withdraw in_review→withdrawn"), QStringLiteral("comment "),
                          QStringLiteral("submit withdrawn→in_review"),
                          QStringLiteral("approve in_review→approved"),
                          QStringLiteral("publish approved→published"),
                          QStringLiteral("unpublish published→unpublished")})
                 .join(u'\n'));
    QVERIFY(log.outText().contains(QStringLiteral("\tНужна цитата\t")));
    QVERIFY(log.outText().contains(QStringLiteral("\tОшибка в имени\t")));
}

void TestCliWorkflow::firstAdministratorOnly()
{
    // The first account must be an administrator (bad input: exit 2).
    const CliRun chiefFirst = run({QString(), s_chiefPassword},
                                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chief"),
                                   QStringLiteral("--role"), QStringLiteral("chief-editor")});
    QVERIFY2(chiefFirst.exitCode == 2, chiefFirst.describe());
    QVERIFY2(chiefFirst.errIsOneLine(), chiefFirst.describe());

    // No password and no terminal: one line naming where it comes from.
    const CliRun noPassword = run({}, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                       QStringLiteral("--role"), QStringLiteral("administrator")});
    QVERIFY2(noPassword.exitCode == 2, noPassword.describe());
    QVERIFY2(noPassword.errIsOneLine(), noPassword.describe());
    QVERIFY2(noPassword.errText().contains(QStringLiteral("QALAM_")), noPassword.describe());

    const CliRun admin =
        run({QString(), s_adminPassword},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
             QStringLiteral("administrator"), QStringLiteral("--name"), QStringLiteral("Администратор")});
    QVERIFY2(admin.exitCode == 0, admin.describe());
    QVERIFY(admin.outText().trimmed().toLongLong() > 0);

    // Only the first one: now an account is needed, and the message says how.
    const CliRun second = run({QString(), s_adminPassword},
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin2"),
                               QStringLiteral("--role"), QStringLiteral("administrator")});
    QVERIFY2(second.exitCode == 1, second.describe());
    QVERIFY2(second.errIsOneLine(), second.describe());
    QVERIFY2(second.errText().contains(QStringLiteral("--user LOGIN")), second.describe());

    const CliRun listed = run({QStringLiteral("admin"), s_adminPassword},
                              {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray users = listed.json().array();
    QCOMPARE(users.size(), 1);
    const QJsonObject only = users.first().toObject();
    QCOMPARE(only.value(QStringLiteral("login")).toString(), QStringLiteral("admin"));
    QCOMPARE(only.value(QStringLiteral("display_name")).toString(), QStringLiteral("Администратор"));
    QCOMPARE(only.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("administrator")}));
    // The password never shows.
    QVERIFY(!listed.outText().contains(s_adminPassword));
    QVERIFY(!listed.outText().contains(QStringLiteral("pbkdf2")));
}

void TestCliWorkflow::reviewStory()
{
    QElapsedTimer timer;
    timer.start();
    const As admin{QStringLiteral("admin"), s_adminPassword};
    const As editor{QStringLiteral("kolmakova"), s_editorPassword};
    const As photo{QStringLiteral("photo"), s_photoPassword};
    const As chief{QStringLiteral("chief"), s_chiefPassword};

    // The newsroom: an administrator first, then the profiles and the people.
    const CliRun first = run({QString(), s_adminPassword},
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                              QStringLiteral("--role"), QStringLiteral("administrator")});
    QVERIFY2(first.exitCode == 0, first.describe());
    const CliRun profile =
        run(admin, {QStringLiteral("author"), QStringLiteral("add"), QStringLiteral("Колмакова Виктория"),
                    QStringLiteral("--position"), QStringLiteral("Редактор региональных новостей"),
                    QStringLiteral("--region"), QStringLiteral("Алматы"), QStringLiteral("--email"),
                    QStringLiteral("v.kolmakova@example.kz"), QStringLiteral("--link"),
                    QStringLiteral("https://t.me/kolmakova")});
    QVERIFY2(profile.exitCode == 0, profile.describe());
    const QString kolmakovaId = profile.outText().trimmed();
    QVERIFY(kolmakovaId.toLongLong() > 0);
    const CliRun second =
        run(admin, {QStringLiteral("author"), QStringLiteral("add"), QStringLiteral("Сейтқали Айгүл"),
                    QStringLiteral("--position"), QStringLiteral("Фотокорреспондент")});
    QVERIFY2(second.exitCode == 0, second.describe());
    const QString seitkaliId = second.outText().trimmed();
    QVERIFY(addUser(editor.login, editor.password,
                    {QStringLiteral("--role"), QStringLiteral("regional-editor"), QStringLiteral("--region"),
                     QStringLiteral("Алматы"), QStringLiteral("--name"), QStringLiteral("Колмакова Виктория"),
                     QStringLiteral("--author"), kolmakovaId}));
    QVERIFY(addUser(photo.login, photo.password, {QStringLiteral("--role"), QStringLiteral("photo-editor")}));
    QVERIFY(addUser(chief.login, chief.password, {QStringLiteral("--role"), QStringLiteral("chief-editor")}));

    // The regional editor writes; the byline defaults to her profile.
    QVERIFY(writeFile(file(QStringLiteral("body.txt")),
                      QStringLiteral("Аким города провел встречу с жителями микрорайона.\n"
                                     "«Мы отремонтируем дороги до зимы», – сказал он.\n")
                          .toUtf8()));
    const CliRun created =
        run(editor, {QStringLiteral("new"), QStringLiteral("--headline"),
                     QStringLiteral("Аким Алматы пообещал отремонтировать дороги"), QStringLiteral("--lead"),
                     QStringLiteral("Встреча прошла в Медеуском районе."), QStringLiteral("--body-file"),
                     file(QStringLiteral("body.txt")), QStringLiteral("--region"), QStringLiteral("Алматы")});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString id = created.outText().trimmed();

    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QVERIFY(image.save(file(QStringLiteral("meeting.jpg")), "JPEG", 90));
    const CliRun photoAdded =
        run(editor, {QStringLiteral("photo"), QStringLiteral("add"), id, file(QStringLiteral("meeting.jpg")),
                     QStringLiteral("--caption"), QStringLiteral("Аким на встрече с жителями"),
                     QStringLiteral("--lead")});
    QVERIFY2(photoAdded.exitCode == 0, photoAdded.describe());
    const QString photoId = photoAdded.outText().trimmed();

    // Refused: the photo has no credit (nor alt text) yet.
    const QJsonArray createdLog = logOf(id);
    const CliRun early = run(editor, {QStringLiteral("submit"), id});
    QVERIFY2(early.exitCode == 1, early.describe());
    QVERIFY2(early.errIsOneLine(), early.describe());
    QVERIFY2(early.errText().contains(QStringLiteral("photo"), Qt::CaseInsensitive), early.describe());
    QCOMPARE(logOf(id), createdLog);

    // The photo editor credits the picture; now it goes to review.
    const CliRun credited =
        run(photo, {QStringLiteral("photo"), QStringLiteral("set"), photoId,
                    QStringLiteral("--credit-source"), QStringLiteral("Акимат Алматы"),
                    QStringLiteral("--credit-type"), QStringLiteral("press-service"), QStringLiteral("--alt"),
                    QStringLiteral("Мужчина в костюме говорит с жителями во дворе")});
    QVERIFY2(credited.exitCode == 0, credited.describe());
    const CliRun submitted = run(editor, {QStringLiteral("submit"), id, QStringLiteral("--comment"),
                                          QStringLiteral("Готово к проверке")});
    QVERIFY2(submitted.exitCode == 0, submitted.describe());
    QCOMPARE(submitted.outText(), QStringLiteral("in_review\n"));

    // Refusals change nothing and say why, on one line.
    const QJsonArray inReviewLog = logOf(id);
    QVERIFY(!inReviewLog.isEmpty());
    struct Refusal
    {
        const char *name;
        As as;
        int exitCode;
        QString mentions;
    };
    const QList<Refusal> refusals = {
        {"photo editor approves", photo, 1, QStringLiteral("approv")},
        {"regional editor approves", editor, 1, QStringLiteral("approv")},
        {"no --user once users exist", As{}, 1, QStringLiteral("--user LOGIN")},
        {"wrong password", As{chief.login, QStringLiteral("not-the-password")}, 1,
         QStringLiteral("password")},
        {"no password", As{chief.login, QString()}, 2, QStringLiteral("QALAM_PASSWORD")},
    };
    for (const Refusal &refusal : refusals) {
        const CliRun r = run(refusal.as, {QStringLiteral("approve"), id});
        const QByteArray what = QByteArray(refusal.name) + '\n' + r.describe();
        QVERIFY2(r.exitCode == refusal.exitCode, what.constData());
        QVERIFY2(r.errIsOneLine(), what.constData());
        QVERIFY2(r.errText().contains(refusal.mentions, Qt::CaseInsensitive), what.constData());
        QCOMPARE(r.out, QByteArray());
    }
    const CliRun editorEdits =
        run(photo, {QStringLiteral("set"), id, QStringLiteral("--headline"), QStringLiteral("Фоторедактор")});
    QVERIFY2(editorEdits.exitCode == 1 && editorEdits.errIsOneLine(), editorEdits.describe());
    QCOMPARE(logOf(id), inReviewLog);

    // The chief editor reads the diff (never approved: against the first
    // revision, which is the submitted one) and returns the article.
    const CliRun firstDiff = run(chief, {QStringLiteral("diff"), id});
    QVERIFY2(firstDiff.exitCode == 0, firstDiff.describe());
    QVERIFY2(firstDiff.err.isEmpty() && !firstDiff.out.isEmpty(), firstDiff.describe());
    const CliRun returned = run(chief, {QStringLiteral("return"), id, QStringLiteral("--comment"),
                                        QStringLiteral("Уточните в заголовке, какие дороги")});
    QVERIFY2(returned.exitCode == 0, returned.describe());
    QCOMPARE(returned.outText(), QStringLiteral("returned\n"));

    // The editor fixes the headline and the byline, and submits again.
    const CliRun fixed =
        run(editor, {QStringLiteral("set"), id, QStringLiteral("--headline"),
                     QStringLiteral("Аким Алматы пообещал отремонтировать дороги Медеуского района")});
    QVERIFY2(fixed.exitCode == 0, fixed.describe());
    const CliRun byline = run(editor, {QStringLiteral("byline"), id, QStringLiteral("--author"), kolmakovaId,
                                       QStringLiteral("--author"), seitkaliId, QStringLiteral("--json")});
    QVERIFY2(byline.exitCode == 0, byline.describe());
    const QJsonArray authors = byline.json().object().value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Колмакова Виктория"));
    QCOMPARE(authors.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Сейтқали Айгүл"));
    const CliRun resubmitted = run(editor, {QStringLiteral("submit"), id});
    QVERIFY2(resubmitted.exitCode == 0, resubmitted.describe());

    // The diff against the first submission shows the fix word by word.
    qint64 firstSubmission = 0;
    for (const QJsonValue &v : inReviewLog)
        if (v.toObject().value(QStringLiteral("action")).toString() == u"submit")
            firstSubmission = v.toObject().value(QStringLiteral("revision")).toInteger();
    QVERIFY(firstSubmission > 0);
    const CliRun diff = run(chief, {QStringLiteral("diff"), id, QStringLiteral("--from"),
                                    QString::number(firstSubmission), QStringLiteral("--json")});
    QVERIFY2(diff.exitCode == 0, diff.describe());
    QJsonObject headline;
    for (const QJsonValue &v : diff.json().array())
        if (v.toObject().value(QStringLiteral("field")).toString() == u"headline")
            headline = v.toObject();
    QVERIFY2(headline.value(QStringLiteral("changed")).toBool(), diff.describe());
    QString added;
    QString same;
    for (const QJsonValue &s : headline.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject segment = s.toObject();
        if (segment.value(QStringLiteral("kind")).toString() == u"added")
            added += segment.value(QStringLiteral("text")).toString();
        if (segment.value(QStringLiteral("kind")).toString() == u"same")
            same += segment.value(QStringLiteral("text")).toString();
    }
    QCOMPARE(added.simplified(), QStringLiteral("Медеуского района"));
    QVERIFY(same.contains(QStringLiteral("Аким Алматы пообещал")));
    const CliRun diffText =
        run(chief, {QStringLiteral("diff"), id, QStringLiteral("--from"), QString::number(firstSubmission)});
    QVERIFY2(diffText.exitCode == 0, diffText.describe());
    QVERIFY2(diffText.outText().contains(QStringLiteral("{+Медеуского района+}")) ||
                 diffText.outText().contains(QStringLiteral("{+ Медеуского района+}")),
             diffText.describe());
    QVERIFY2(diffText.outText().contains(QStringLiteral("Сейтқали Айгүл")), diffText.describe());

    // Approved for a set time; the story is whole in the log.
    const CliRun approved =
        run(chief, {QStringLiteral("approve"), id, QStringLiteral("--at"), QStringLiteral("2030-01-15 09:30"),
                    QStringLiteral("--comment"), QStringLiteral("В номер")});
    QVERIFY2(approved.exitCode == 0, approved.describe());
    QCOMPARE(approved.outText(), QStringLiteral("approved\tpublishes 2030-01-15 09:30\n"));

    const CliRun shown = run(chief, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject article = shown.json().object();
    QCOMPARE(article.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(article.value(QStringLiteral("created_by")).toString(), editor.login);
    QCOMPARE(QDateTime::fromString(article.value(QStringLiteral("publish_at")).toString(), Qt::ISODateWithMs),
             QDateTime(QDate(2030, 1, 15), QTime(9, 30)).toUTC());
    QVERIFY(article.value(QStringLiteral("published_at")).isNull());

    const CliRun log = run(chief, {QStringLiteral("log"), id});
    QVERIFY2(log.exitCode == 0, log.describe());
    QStringList story;
    QString returnLine;
    static const QRegularExpression minute(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
    static const QRegularExpression revision(QStringLiteral("^#\\d+$"));
    for (const QString &line : log.outText().split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        QVERIFY2(fields.size() == 6, qPrintable(line));
        QVERIFY2(minute.match(fields.at(0)).hasMatch(), qPrintable(line));
        if (fields.at(2) == u"return")
            returnLine = line;
        if (!fields.at(3).isEmpty()) {
            QVERIFY2(revision.match(fields.at(5)).hasMatch(), qPrintable(line));
            story.append(fields.at(1) + u' ' + fields.at(2) + u' ' + fields.at(3));
        }
    }
    QCOMPARE(story.join(u'\n'), QStringList({QStringLiteral("kolmakova created →draft"),
                                             QStringLiteral("kolmakova submit draft→in_review"),
                                             QStringLiteral("chief return in_review→returned"),
                                             QStringLiteral("kolmakova submit returned→in_review"),
                                             QStringLiteral("chief approve in_review→approved")})
                                    .join(u'\n'));
    QVERIFY2(returnLine.contains(QStringLiteral("Уточните в заголовке, какие дороги")),
             qPrintable(returnLine));
    QVERIFY(log.outText().contains(QStringLiteral("Готово к проверке")));

    // The editor was told of the return and the approval.
    const CliRun inbox = run(editor, {QStringLiteral("inbox"), QStringLiteral("--json")});
    QVERIFY2(inbox.exitCode == 0, inbox.describe());
    QStringList kinds;
    for (const QJsonValue &v : inbox.json().array()) {
        QCOMPARE(v.toObject().value(QStringLiteral("recipient")).toString(), editor.login);
        kinds.append(v.toObject().value(QStringLiteral("kind")).toString());
    }
    QVERIFY2(kinds.contains(QStringLiteral("returned")) && kinds.contains(QStringLiteral("approved")),
             inbox.describe());

    // The directory counts her draft.
    const CliRun directory =
        run(chief, {QStringLiteral("author"), QStringLiteral("list"), QStringLiteral("--search"),
                    QStringLiteral("Колмакова"), QStringLiteral("--json")});
    QVERIFY2(directory.exitCode == 0, directory.describe());
    QCOMPARE(directory.json().array().size(), 1);
    const QJsonObject kolmakova = directory.json().array().first().toObject();
    QCOMPARE(kolmakova.value(QStringLiteral("id")).toInteger(), kolmakovaId.toLongLong());
    QCOMPARE(kolmakova.value(QStringLiteral("drafted")).toInt(), 1);
    QCOMPARE(kolmakova.value(QStringLiteral("links")).toArray(),
             QJsonArray({QStringLiteral("https://t.me/kolmakova")}));
    qInfo("the review story took %lld ms", timer.elapsed());
}

void TestCliWorkflow::accountsAndProfiles()
{
    const As admin{QStringLiteral("admin"), s_adminPassword};
    const CliRun first = run({QString(), s_adminPassword},
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                              QStringLiteral("--role"), QStringLiteral("administrator")});
    QVERIFY2(first.exitCode == 0, first.describe());

    // A profile, changed and marked as departed.
    const CliRun added =
        run(admin,
            {QStringLiteral("author"), QStringLiteral("add"), QStringLiteral("Виктория Колмакова"),
             QStringLiteral("--family"), QStringLiteral("Колмакова"), QStringLiteral("--given"),
             QStringLiteral("Виктория"), QStringLiteral("--bio-kk"),
             QStringLiteral("Алматы өңірінің тілшісі"), QStringLiteral("--desk"), QStringLiteral("Регионы")});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString authorId = added.outText().trimmed();
    const CliRun changed =
        run(admin, {QStringLiteral("author"), QStringLiteral("set"), authorId, QStringLiteral("--phone"),
                    QStringLiteral("+7 727 000 00 00"), QStringLiteral("--left")});
    QVERIFY2(changed.exitCode == 0, changed.describe());
    const CliRun shown =
        run(admin, {QStringLiteral("author"), QStringLiteral("show"), authorId, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject profile = shown.json().object();
    QCOMPARE(profile.value(QStringLiteral("family_name")).toString(), QStringLiteral("Колмакова"));
    QCOMPARE(profile.value(QStringLiteral("given_name")).toString(), QStringLiteral("Виктория"));
    QCOMPARE(profile.value(QStringLiteral("bio_kk")).toString(), QStringLiteral("Алматы өңірінің тілшісі"));
    QCOMPARE(profile.value(QStringLiteral("desk")).toString(), QStringLiteral("Регионы"));
    QCOMPARE(profile.value(QStringLiteral("phone")).toString(), QStringLiteral("+7 727 000 00 00"));
    QCOMPARE(profile.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(profile.value(QStringLiteral("drafted")).toInt(), 0);
    QVERIFY(profile.value(QStringLiteral("last_published")).isNull());

    // An account: its roles changed, deactivated, its password reset.
    QVERIFY(addUser(
        QStringLiteral("ed"), s_editorPassword,
        {QStringLiteral("--role"), QStringLiteral("regional-editor"), QStringLiteral("--author"), authorId}));
    const CliRun off = run(admin, {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ed"),
                                   QStringLiteral("--role"), QStringLiteral("photo-editor"),
                                   QStringLiteral("--active"), QStringLiteral("no")});
    QVERIFY2(off.exitCode == 0, off.describe());
    const CliRun inactive = run({QStringLiteral("ed"), s_editorPassword}, {QStringLiteral("inbox")});
    QVERIFY2(inactive.exitCode == 1 && inactive.errIsOneLine(), inactive.describe());

    const CliRun on = run(admin, {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ed"),
                                  QStringLiteral("--active"), QStringLiteral("yes")});
    QVERIFY2(on.exitCode == 0, on.describe());
    QProcessEnvironment fresh;
    fresh.insert(QStringLiteral("QALAM_NEW_PASSWORD"), QStringLiteral("новый-пароль-9"));
    const CliRun reset =
        run(admin, {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("ed")}, fresh);
    QVERIFY2(reset.exitCode == 0, reset.describe());
    const CliRun old = run({QStringLiteral("ed"), s_editorPassword}, {QStringLiteral("inbox")});
    QVERIFY2(old.exitCode == 1 && old.errIsOneLine(), old.describe());
    const CliRun now = run({QStringLiteral("ed"), QStringLiteral("новый-пароль-9")},
                           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(now.exitCode == 0, now.describe());
    QJsonObject ed;
    for (const QJsonValue &v : now.json().array())
        if (v.toObject().value(QStringLiteral("login")).toString() == u"ed")
            ed = v.toObject();
    QCOMPARE(ed.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("photo-editor")}));
    QCOMPARE(ed.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(ed.value(QStringLiteral("author_id")).toInteger(), authorId.toLongLong());

    // Only an administrator manages accounts.
    const CliRun notAdmin = run({QStringLiteral("ed"), QStringLiteral("новый-пароль-9")},
                                {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ed"),
                                 QStringLiteral("--role"), QStringLiteral("chief-editor")});
    QVERIFY2(notAdmin.exitCode == 1 && notAdmin.errIsOneLine(), notAdmin.describe());
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
