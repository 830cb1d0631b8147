// Two desks, two processes, one article: a regional editor and a chief
// editor, each in a child process of its own (this executable run again),
// work on the same article at the same time through the real stores, on the
// same SQLite file or PostgreSQL database. Both save in tight loops as an
// autosave does (load, add a sentence, save with the loaded version; a
// refused save is reloaded and applied again); the editor submits, the chief
// takes the review lock, edits, returns with a comment, the editor takes the
// lock, revises and resubmits, the chief approves. Each waits for the other
// through its own ChangeFeed, never by sleeping, and reports what it did as
// JSON on stdout. The parent checks: no accepted save is lost or doubled, the
// accepted versions are exactly the revision history, every refused save was
// told why, the lock was never held by both, and each desk heard the other's
// submission, return and approval within two seconds.

#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/changefeed.h"
#include "app/storage/database.h"
#include "app/workflow/workflow.h"
#include "tests/support/childtest.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <tuple>

using namespace Qalam;

namespace {

const char *s_childVariable = "QALAM_TWODESKS_CHILD";
const QString s_dbVariable = QStringLiteral("QALAM_TWODESKS_DB");
const QString s_articleVariable = QStringLiteral("QALAM_TWODESKS_ARTICLE");
const QByteArray s_ready = "TWODESKS-READY";
const QByteArray s_report = "TWODESKS-REPORT ";

const QString s_password = QStringLiteral("пароль-редакции-1");
const QString s_region = QStringLiteral("Караганда");
const QString s_editorLogin = QStringLiteral("sokolova");
const QString s_chiefLogin = QStringLiteral("omarov");
const QString s_returnComment = QStringLiteral("Уточните цифры по району");

// Accepted saves per desk while the article is a draft (both desks race),
// the chief's edits under the review lock, the editor's after the return.
constexpr int s_draftSaves = 200;
constexpr int s_reviewEdits = 10;
constexpr int s_revisionSaves = 10;
// Another desk's submission, return or approval shows within this time.
constexpr qint64 s_noticeMs = 2000;
constexpr int s_deskDeadlineMs = 90 * 1000;

bool inChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch(); // one clock for both processes: the machine's
}

QString codeKey(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::Conflict:
        return QStringLiteral("conflict");
    case Error::Code::NotADatabase:
        return QStringLiteral("not-a-database");
    case Error::Code::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::Database:
        return QStringLiteral("database");
    case Error::Code::Denied:
        return QStringLiteral("denied");
    case Error::Code::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("code"), codeKey(error.code)},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("detail"), error.detail}};
}

// "E-17." and "C-5." in the order the text holds them.
QStringList markersIn(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\b([EC]-\\d+)\\."));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1) + u'.');
    return found;
}

// One desk in a child process: drives the article through its part of the
// story, one step per event-loop turn, so that the ChangeFeed's signals are
// handled between saves as they are in the app.
class Desk : public QObject
{
    Q_OBJECT

public:
    enum class Role { Editor, Chief };

    Desk(Role role, std::shared_ptr<Database> database, const Actor &actor, const QString &articleId)
        : m_role(role), m_store(database, &Clock::system(), actor), m_workflow(database, actor),
          m_articleId(articleId), m_login(actor.login)
    {
    }

    void start()
    {
        m_started = now();
        observe(QStringLiteral("start"));
        schedule();
    }
    bool isDone() const { return m_done; }
    QString failure() const { return m_failure; }

    // The feed's signals: something changed, maybe what this desk waits for.
    void articleChanged(const QString &articleId, const QString &what)
    {
        // Saves are news to an open article, not to a desk waiting for a step
        // of the workflow or a lock.
        if (articleId == m_articleId && what != u"saved")
            observe(QStringLiteral("article-changed:") + what);
    }
    void listChanged() { observe(QStringLiteral("list-changed")); }

    // What the desk did, and the article as it sees it at the end.
    QJsonObject report()
    {
        auto article = m_store.load(m_articleId);
        return {{QStringLiteral("login"), m_login},
                {QStringLiteral("attempts"), m_attempts},
                {QStringLiteral("accepted"), m_accepted},
                {QStringLiteral("refused"), m_refused},
                {QStringLiteral("lockRefusals"), m_lockRefusals},
                {QStringLiteral("locks"), m_locks},
                {QStringLiteral("transitions"), m_transitions},
                {QStringLiteral("seen"), m_seen},
                {QStringLiteral("finalStatus"),
                 article ? statusKey(article->status) : QStringLiteral("(unreadable)")},
                {QStringLiteral("finalVersion"), article ? article->version : 0},
                {QStringLiteral("milliseconds"), m_finished - m_started},
                {QStringLiteral("failure"), m_failure}};
    }

signals:
    void finished();

private:
    enum class Phase {
        Draft,         // both: racing saves
        Submitted,     // editor: one save after submitting (the state refuses it)
        AwaitReturn,   // editor
        ReviseLock,    // editor: takes the lock after the return
        Revise,        // editor: saves, then resubmits and lets the lock go
        AwaitApproval, // editor
        AwaitSubmit,   // chief: the first submission
        ReviewLock,    // chief
        Review,        // chief: edits, then returns and lets the lock go
        AwaitResubmit, // chief
        ApproveLock,   // chief: takes the lock again, approves, lets it go
    };

    void schedule() { QTimer::singleShot(0, this, &Desk::step); }
    // Waits for the next change the feed reports.
    void waitForChange() { m_waiting = true; }

    void step()
    {
        if (m_done)
            return;
        if (m_attempts > 20 * (s_draftSaves + s_reviewEdits + s_revisionSaves))
            return fail(QStringLiteral("too many refused saves: no progress"));
        switch (m_phase) {
        case Phase::Draft:
            if (m_acceptedCount < s_draftSaves) {
                trySave(QStringLiteral("draft"));
                return schedule();
            }
            if (m_role == Role::Editor) {
                if (!transition(QStringLiteral("submit"), [this] { return m_workflow.submit(m_articleId); }))
                    return;
                m_phase = Phase::Submitted;
            } else {
                m_phase = Phase::AwaitSubmit;
            }
            return schedule();
        case Phase::Submitted:
            // The desk's autosave still had a change pending: in review the
            // text is no longer the writer's, and the save says so.
            if (trySave(QStringLiteral("submitted")))
                qInfo("the editor's save after the submission went in (the chief was quick)");
            m_phase = Phase::AwaitReturn;
            return schedule();
        case Phase::AwaitReturn:
            if (!seen(QStringLiteral("return#1")))
                return waitForChange();
            m_phase = Phase::ReviseLock;
            return schedule();
        case Phase::ReviseLock:
            if (!takeLock(QStringLiteral("revise")))
                return waitForChange();
            m_phase = Phase::Revise;
            return schedule();
        case Phase::Revise:
            if (m_acceptedCount < s_draftSaves + s_revisionSaves) {
                trySave(QStringLiteral("revise"));
                return schedule();
            }
            if (!transition(QStringLiteral("submit"), [this] { return m_workflow.submit(m_articleId); }))
                return;
            if (!letLockGo())
                return;
            m_phase = Phase::AwaitApproval;
            return schedule();
        case Phase::AwaitApproval:
            if (!seen(QStringLiteral("approve#1")))
                return waitForChange();
            return finish();
        case Phase::AwaitSubmit:
            if (!seen(QStringLiteral("submit#1")))
                return waitForChange();
            m_phase = Phase::ReviewLock;
            return schedule();
        case Phase::ReviewLock:
            if (!takeLock(QStringLiteral("review")))
                return waitForChange();
            m_phase = Phase::Review;
            return schedule();
        case Phase::Review:
            if (m_acceptedCount < s_draftSaves + s_reviewEdits) {
                trySave(QStringLiteral("review"));
                return schedule();
            }
            if (!transition(QStringLiteral("return"),
                            [this] { return m_workflow.returnToWriter(m_articleId, s_returnComment); }))
                return;
            if (!letLockGo())
                return;
            m_phase = Phase::AwaitResubmit;
            return schedule();
        case Phase::AwaitResubmit:
            if (!seen(QStringLiteral("submit#2")))
                return waitForChange();
            m_phase = Phase::ApproveLock;
            return schedule();
        case Phase::ApproveLock:
            if (!takeLock(QStringLiteral("approve")))
                return waitForChange();
            if (!transition(QStringLiteral("approve"), [this] { return m_workflow.approve(m_articleId); }))
                return;
            if (!letLockGo())
                return;
            return finish();
        }
    }

    QString nextMarker() const
    {
        return QStringLiteral("%1-%2.")
            .arg(m_role == Role::Editor ? QStringLiteral("E") : QStringLiteral("C"))
            .arg(m_acceptedCount + 1);
    }

    // One save as the desk's autosave makes it: the stored article plus this
    // desk's next sentence, saved as based on the version loaded. A refused
    // sentence is applied again to a fresh load on the next attempt.
    bool trySave(const QString &phase)
    {
        auto loaded = m_store.load(m_articleId);
        if (!loaded) {
            fail(QStringLiteral("load failed: ") + loaded.error().message + u' ' + loaded.error().detail);
            return false;
        }
        const QString marker = nextMarker();
        Article edited = *loaded;
        edited.bodyHtml += QStringLiteral("<p>%1</p>").arg(marker);
        ++m_attempts;
        const qint64 before = now();
        auto saved = m_store.save(edited, ArticleStore::SaveKind::Revision, marker);
        if (saved) {
            ++m_acceptedCount;
            m_accepted.append(QJsonObject{{QStringLiteral("marker"), marker},
                                          {QStringLiteral("version"), saved->version},
                                          {QStringLiteral("base"), loaded->version},
                                          {QStringLiteral("phase"), phase},
                                          {QStringLiteral("at"), before}});
            return true;
        }
        QJsonObject refusal = errorJson(saved.error());
        refusal.insert(QStringLiteral("marker"), marker);
        refusal.insert(QStringLiteral("base"), loaded->version);
        refusal.insert(QStringLiteral("phase"), phase);
        m_refused.append(refusal);
        return false;
    }

    bool takeLock(const QString &purpose)
    {
        auto lock = m_workflow.acquireLock(m_articleId);
        if (!lock) {
            QJsonObject refusal = errorJson(lock.error());
            refusal.insert(QStringLiteral("purpose"), purpose);
            m_lockRefusals.append(refusal);
            if (lock.error().code != Error::Code::Conflict)
                fail(QStringLiteral("the lock was refused for another reason: ") + lock.error().message);
            return false;
        }
        m_lockFrom = now();
        m_lockPurpose = purpose;
        return true;
    }

    bool letLockGo()
    {
        // Still this desk's, or the lock was shared.
        auto held = m_workflow.lockOf(m_articleId);
        const QString holder = held && *held && (*held)->live ? (*held)->holder : QString();
        const qint64 to = now();
        m_locks.append(QJsonObject{{QStringLiteral("purpose"), m_lockPurpose},
                                   {QStringLiteral("from"), m_lockFrom},
                                   {QStringLiteral("to"), to},
                                   {QStringLiteral("holderAtRelease"), holder}});
        if (auto r = m_workflow.releaseLock(m_articleId); !r) {
            fail(QStringLiteral("releasing the lock failed: ") + r.error().message);
            return false;
        }
        return true;
    }

    template <typename Call> bool transition(const QString &action, Call call)
    {
        const qint64 before = now();
        Result<Article> r = call();
        const qint64 after = now();
        const int n = ++m_ownActions[action];
        m_transitions.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("%1#%2").arg(action).arg(n)},
                                         {QStringLiteral("before"), before},
                                         {QStringLiteral("after"), after},
                                         {QStringLiteral("ok"), r.ok()}});
        if (!r) {
            fail(action + QStringLiteral(" failed: ") + r.error().message + u' ' + r.error().detail);
            return false;
        }
        return true;
    }

    // Reads the article's history on a change the feed reported and notes
    // the other desk's steps it shows for the first time.
    void observe(const QString &via)
    {
        if (m_done)
            return;
        const qint64 at = now();
        auto log = m_workflow.log(m_articleId);
        if (!log)
            return fail(QStringLiteral("reading the history failed: ") + log.error().message);
        QHash<QString, int> counts;
        for (const AuditEntry &entry : *log) {
            if (entry.action != u"submit" && entry.action != u"return" && entry.action != u"approve")
                continue;
            const QString key = QStringLiteral("%1#%2").arg(entry.action).arg(++counts[entry.action]);
            if (entry.who == m_login || m_seenKeys.contains(key))
                continue;
            m_seenKeys.insert(key);
            m_seen.append(QJsonObject{{QStringLiteral("key"), key},
                                      {QStringLiteral("who"), entry.who},
                                      {QStringLiteral("seenAt"), at},
                                      {QStringLiteral("via"), via}});
        }
        if (m_waiting) {
            m_waiting = false;
            schedule();
        }
    }
    bool seen(const QString &key) const { return m_seenKeys.contains(key); }

    void fail(const QString &why)
    {
        if (m_failure.isEmpty())
            m_failure = why;
        finish();
    }
    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_finished = now();
        emit finished();
    }

    Role m_role;
    ArticleStore m_store;
    Workflow m_workflow;
    QString m_articleId;
    QString m_login;
    Phase m_phase = Phase::Draft;
    bool m_waiting = false;
    bool m_done = false;
    QString m_failure;
    int m_attempts = 0;
    int m_acceptedCount = 0;
    qint64 m_started = 0;
    qint64 m_finished = 0;
    qint64 m_lockFrom = 0;
    QString m_lockPurpose;
    QHash<QString, int> m_ownActions;
    QSet<QString> m_seenKeys;
    QJsonArray m_accepted, m_refused, m_lockRefusals, m_locks, m_transitions, m_seen;
};

// A desk's report with lookups for the checks.
struct DeskReport
{
    QJsonObject json;
    QString login;

    static DeskReport from(const QByteArray &output)
    {
        DeskReport r;
        for (const QByteArray &line : output.split('\n'))
            if (line.startsWith(s_report))
                r.json = QJsonDocument::fromJson(line.mid(s_report.size())).object();
        r.login = r.json.value(QStringLiteral("login")).toString();
        return r;
    }
    QJsonArray array(const char *name) const { return json.value(QLatin1String(name)).toArray(); }
    int count(const char *name) const { return int(array(name).size()); }
    int refusedWith(const QString &code) const
    {
        int n = 0;
        for (const QJsonValue &v : array("refused"))
            n += v.toObject().value(QStringLiteral("code")).toString() == code;
        return n;
    }
    QJsonObject transition(const QString &key) const
    {
        for (const QJsonValue &v : array("transitions"))
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return v.toObject();
        return {};
    }
    QJsonObject seen(const QString &key) const
    {
        for (const QJsonValue &v : array("seen"))
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return v.toObject();
        return {};
    }
};

// A running child desk and everything it printed.
struct DeskProcess
{
    explicit DeskProcess(std::unique_ptr<QProcess> child) : process(std::move(child)) {}

    std::unique_ptr<QProcess> process;
    QByteArray out;
    QByteArray err;

    void collect()
    {
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
    }
    bool running() const { return process->state() != QProcess::NotRunning; }
    QString tail() const
    {
        return QString::fromUtf8(out.right(3000)) + QStringLiteral("\n--- stderr ---\n") +
               QString::fromUtf8(err.right(2000));
    }
};

} // namespace

class TestTwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void editSubmitReturnApproveTogether();

    // The two desks; each runs in the child process the test above starts.
    void child_editorDesk();
    void child_chiefDesk();

private:
    void runDesk(Desk::Role role, const QString &login);
};

void TestTwoDesks::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
    QStandardPaths::setTestModeEnabled(true); // the children too
}

void TestTwoDesks::child_editorDesk()
{
    runDesk(Desk::Role::Editor, s_editorLogin);
}

void TestTwoDesks::child_chiefDesk()
{
    runDesk(Desk::Role::Chief, s_chiefLogin);
}

void TestTwoDesks::runDesk(Desk::Role role, const QString &login)
{
    if (!inChild())
        QSKIP("runs in the child process that editSubmitReturnApproveTogether() starts");
    auto db = Database::open(qEnvironmentVariable(qPrintable(s_dbVariable)));
    QVERIFY2(db, qPrintable(db.error().message + u' ' + db.error().detail));
    auto actor = UserStore(*db).signIn(login, s_password);
    QVERIFY2(actor, qPrintable(actor.error().message));

    // The desk's own feed, listening before the race begins.
    ChangeFeed feed(*db);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 10000);
    Desk desk(role, *db, *actor, qEnvironmentVariable(qPrintable(s_articleVariable)));
    connect(&feed, &ChangeFeed::articleChanged, &desk,
            [&desk](const QString &id, const QString &what) { desk.articleChanged(id, what); });
    connect(&feed, &ChangeFeed::listChanged, &desk, &Desk::listChanged);

    std::fputs(s_ready.constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    QFile in;
    QVERIFY(in.open(stdin, QIODevice::ReadOnly));
    QCOMPARE(in.readLine().trimmed(), QByteArray("GO"));

    QEventLoop loop;
    connect(&desk, &Desk::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(s_deskDeadlineMs);
    desk.start();
    if (!desk.isDone())
        loop.exec();

    const QByteArray report = QJsonDocument(desk.report()).toJson(QJsonDocument::Compact);
    std::fputs(s_report.constData(), stdout);
    std::fputs(report.constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    QVERIFY2(desk.isDone(), "the desk did not finish in time");
    QVERIFY2(desk.failure().isEmpty(), qPrintable(desk.failure()));
}

void TestTwoDesks::editSubmitReturnApproveTogether()
{
    if (inChild())
        QSKIP("the parent's test");
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);

    // The newsroom: an administrator adds a regional editor and a chief editor.
    UserStore first(db);
    first.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Администратор Редакции");
    admin.roles = {Role::Administrator};
    QVERIFY(first.add(admin, s_password));
    auto adminActor = first.signIn(admin.login, s_password);
    QVERIFY(adminActor);
    UserStore users(db, *adminActor);
    users.setPasswordIterations(1000);
    User editorUser;
    editorUser.login = s_editorLogin;
    editorUser.displayName = QStringLiteral("Соколова Анна");
    editorUser.roles = {Role::RegionalEditor};
    editorUser.regions = {s_region};
    QVERIFY(users.add(editorUser, s_password));
    User chiefUser;
    chiefUser.login = s_chiefLogin;
    chiefUser.displayName = QStringLiteral("Омаров Ерлан");
    chiefUser.roles = {Role::ChiefEditor};
    QVERIFY(users.add(chiefUser, s_password));
    auto editor = users.signIn(s_editorLogin, s_password);
    auto chief = users.signIn(s_chiefLogin, s_password);
    QVERIFY(editor && chief);

    ArticleStore editorStore(db, &Clock::system(), *editor);
    Article draft;
    draft.headline = QStringLiteral("Паводок в Караганде: жители получат компенсации");
    draft.lead = QStringLiteral("Аким области встретился с жителями подтопленных домов.");
    draft.bodyHtml = QStringLiteral("<p>Вода поднялась за одну ночь.</p>");
    draft.region = s_region;
    draft.language = QStringLiteral("ru");
    auto created = editorStore.create(draft);
    QVERIFY2(created, qPrintable(created.error().message));
    const QString id = created->id;

    // Both desks start, open the database and listen; then both go at once.
    QElapsedTimer clock;
    clock.start();
    QProcessEnvironment extra;
    extra.insert(s_dbVariable, file.path());
    extra.insert(s_articleVariable, id);
    DeskProcess editorDesk{
        Test::startChildTestFunction(QStringLiteral("child_editorDesk"), s_childVariable, extra)};
    DeskProcess chiefDesk{
        Test::startChildTestFunction(QStringLiteral("child_chiefDesk"), s_childVariable, extra)};
    for (DeskProcess *desk : {&editorDesk, &chiefDesk}) {
        QVERIFY2(desk->process->waitForStarted(), qPrintable(desk->process->errorString()));
        QObject::connect(desk->process.get(), &QProcess::readyReadStandardOutput, desk->process.get(),
                         [desk] { desk->collect(); });
        QObject::connect(desk->process.get(), &QProcess::readyReadStandardError, desk->process.get(),
                         [desk] { desk->collect(); });
    }
    const auto ready = [](const DeskProcess &d) { return d.out.contains(s_ready); };
    (void)QTest::qWaitFor(
        [&] {
            return (ready(editorDesk) || !editorDesk.running()) && (ready(chiefDesk) || !chiefDesk.running());
        },
        60000);
    QVERIFY2(ready(editorDesk), qPrintable(editorDesk.tail()));
    QVERIFY2(ready(chiefDesk), qPrintable(chiefDesk.tail()));
    const qint64 startupMs = clock.restart();
    for (DeskProcess *desk : {&editorDesk, &chiefDesk}) {
        desk->process->write("GO\n");
        desk->process->closeWriteChannel();
    }
    // A desk that fails stops the test at once (the other one would wait for
    // it until its deadline; it is killed with its QProcess).
    const auto failed = [](const DeskProcess &d) {
        return !d.running() &&
               (d.process->exitStatus() != QProcess::NormalExit || d.process->exitCode() != 0);
    };
    (void)QTest::qWaitFor(
        [&] {
            return (!editorDesk.running() && !chiefDesk.running()) || failed(editorDesk) || failed(chiefDesk);
        },
        2 * s_deskDeadlineMs);
    const qint64 raceMs = clock.elapsed();
    for (DeskProcess *desk : {&editorDesk, &chiefDesk}) {
        desk->collect();
        QVERIFY2(!failed(*desk), qPrintable(QStringLiteral("a desk failed:\n") + desk->tail()));
    }
    for (DeskProcess *desk : {&editorDesk, &chiefDesk})
        QVERIFY2(!desk->running(), qPrintable(QStringLiteral("a desk did not finish:\n") + desk->tail()));
    QVERIFY2(editorDesk.out.contains("PASS   : TestTwoDesks::child_editorDesk"),
             qPrintable(editorDesk.tail()));
    QVERIFY2(chiefDesk.out.contains("PASS   : TestTwoDesks::child_chiefDesk"), qPrintable(chiefDesk.tail()));
    const DeskReport e = DeskReport::from(editorDesk.out);
    const DeskReport c = DeskReport::from(chiefDesk.out);
    QCOMPARE(e.login, s_editorLogin);
    QCOMPARE(c.login, s_chiefLogin);

    // Every save was either accepted or refused, and every refusal said why:
    // a stale version (Conflict), or, after the submission, the state.
    for (const DeskReport *r : {&e, &c}) {
        QCOMPARE(r->json.value(QStringLiteral("attempts")).toInt(),
                 r->count("accepted") + r->count("refused"));
        for (const QJsonValue &v : r->array("refused")) {
            const QJsonObject refusal = v.toObject();
            const QString code = refusal.value(QStringLiteral("code")).toString();
            const bool afterSubmission = refusal.value(QStringLiteral("phase")).toString() == u"submitted";
            QVERIFY2(code == u"conflict" || (afterSubmission && code == u"denied"),
                     qPrintable(r->login + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(refusal).toJson())));
            QVERIFY2(!refusal.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(r->login));
        }
        for (const QJsonValue &v : r->array("lockRefusals")) {
            const QJsonObject refusal = v.toObject();
            QCOMPARE(refusal.value(QStringLiteral("code")).toString(), QStringLiteral("conflict"));
            QVERIFY(!refusal.value(QStringLiteral("message")).toString().isEmpty());
            // The lock's holder is the other desk.
            QCOMPARE(refusal.value(QStringLiteral("detail")).toString(),
                     r == &e ? s_chiefLogin : s_editorLogin);
        }
    }
    // The desks really raced: both had saves refused for a stale version.
    QVERIFY2(e.refusedWith(QStringLiteral("conflict")) > 0, "the editor's saves never collided");
    QVERIFY2(c.refusedWith(QStringLiteral("conflict")) > 0, "the chief's saves never collided");

    // The accepted saves are the article's history: versions 2…N, each once,
    // each a revision of its desk with its sentence, and nothing else.
    auto article = editorStore.load(id);
    QVERIFY(article);
    QHash<int, QPair<QString, QString>> claimed; // version → (login, marker)
    QHash<QString, int> versionOfMarker;
    for (const DeskReport *r : {&e, &c}) {
        for (const QJsonValue &v : r->array("accepted")) {
            const QJsonObject save = v.toObject();
            const int version = save.value(QStringLiteral("version")).toInt();
            const QString marker = save.value(QStringLiteral("marker")).toString();
            QVERIFY2(!claimed.contains(version),
                     qPrintable(QStringLiteral("version %1 was accepted twice: %2 and %3")
                                    .arg(version)
                                    .arg(claimed.value(version).second, marker)));
            QCOMPARE(version, save.value(QStringLiteral("base")).toInt() + 1);
            claimed.insert(version, {r->login, marker});
            versionOfMarker.insert(marker, version);
        }
    }
    const int accepted = e.count("accepted") + c.count("accepted");
    QCOMPARE(accepted, 2 * s_draftSaves + s_reviewEdits + s_revisionSaves);
    QCOMPARE(article->version, 1 + accepted);
    for (int v = 2; v <= article->version; ++v)
        QVERIFY2(claimed.contains(v), qPrintable(QStringLiteral("no desk reports version %1").arg(v)));
    auto revisions = editorStore.revisions(id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 1 + accepted);
    for (const Revision &rev : *revisions) {
        if (rev.version == 1) {
            QCOMPARE(rev.who, s_editorLogin);
            continue;
        }
        QVERIFY2(claimed.contains(rev.version),
                 qPrintable(QStringLiteral("revision of version %1 (%2, %3) that no "
                                           "desk reported as saved")
                                .arg(rev.version)
                                .arg(rev.who, rev.reason)));
        QCOMPARE(rev.who, claimed.value(rev.version).first);
        QCOMPARE(rev.reason, claimed.value(rev.version).second);
    }

    // No lost update, nothing doubled: the final text holds every accepted
    // sentence once, in the order of the versions that added them.
    QStringList expected(accepted);
    for (auto it = versionOfMarker.cbegin(); it != versionOfMarker.cend(); ++it)
        expected[it.value() - 2] = it.key();
    const QStringList inText = markersIn(article->bodyText);
    for (const QString &marker : std::as_const(expected))
        QVERIFY2(inText.count(marker) == 1,
                 qPrintable(QStringLiteral("%1 (version %2) is in the final text %3 times")
                                .arg(marker)
                                .arg(versionOfMarker.value(marker))
                                .arg(inText.count(marker))));
    QCOMPARE(inText, expected);

    // The story: submitted, returned, resubmitted, approved, each by its desk,
    // no lock taken over, and approved in the end as both desks saw it.
    Workflow chiefWorkflow(db, *chief);
    auto log = chiefWorkflow.log(id);
    QVERIFY(log);
    QStringList steps;
    for (const AuditEntry &entry : *log)
        if (entry.action != u"created")
            steps.append(entry.action + u':' + entry.who);
    QCOMPARE(
        steps,
        (QStringList{QStringLiteral("submit:") + s_editorLogin, QStringLiteral("return:") + s_chiefLogin,
                     QStringLiteral("submit:") + s_editorLogin, QStringLiteral("approve:") + s_chiefLogin}));
    QCOMPARE(article->status, ArticleStatus::Approved);
    QCOMPARE(e.json.value(QStringLiteral("finalStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(c.json.value(QStringLiteral("finalStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(e.json.value(QStringLiteral("finalVersion")).toInt(), article->version);
    QCOMPARE(c.json.value(QStringLiteral("finalVersion")).toInt(), article->version);

    // The lock: each desk held it alone (still its own when it let it go),
    // never at the same time as the other, and nobody holds it now.
    QCOMPARE(e.count("locks"), 1);
    QCOMPARE(c.count("locks"), 2);
    for (const DeskReport *r : {&e, &c})
        for (const QJsonValue &v : r->array("locks"))
            QCOMPARE(v.toObject().value(QStringLiteral("holderAtRelease")).toString(), r->login);
    for (const QJsonValue &mine : e.array("locks"))
        for (const QJsonValue &theirs : c.array("locks")) {
            const qint64 aFrom = qint64(mine.toObject().value(QStringLiteral("from")).toDouble());
            const qint64 aTo = qint64(mine.toObject().value(QStringLiteral("to")).toDouble());
            const qint64 bFrom = qint64(theirs.toObject().value(QStringLiteral("from")).toDouble());
            const qint64 bTo = qint64(theirs.toObject().value(QStringLiteral("to")).toDouble());
            QVERIFY2(aTo <= bFrom || bTo <= aFrom,
                     qPrintable(QStringLiteral("both desks held the lock: editor %1–%2, chief %3–%4")
                                    .arg(aFrom)
                                    .arg(aTo)
                                    .arg(bFrom)
                                    .arg(bTo)));
        }
    auto lock = chiefWorkflow.lockOf(id);
    QVERIFY(lock);
    QVERIFY(!*lock || !(*lock)->live);

    // Each desk heard the other's steps through its own feed within two
    // seconds of the other desk's commit (the step began `before`).
    const auto heard = [](const DeskReport &listener, const DeskReport &actor, const QString &key) -> qint64 {
        const QJsonObject seen = listener.seen(key);
        const QJsonObject done = actor.transition(key);
        if (seen.isEmpty() || done.isEmpty())
            return -1;
        return qint64(seen.value(QStringLiteral("seenAt")).toDouble()) -
               qint64(done.value(QStringLiteral("before")).toDouble());
    };
    QStringList delays;
    for (const auto &[listener, actor, key] :
         {std::tuple{&c, &e, QStringLiteral("submit#1")}, std::tuple{&e, &c, QStringLiteral("return#1")},
          std::tuple{&c, &e, QStringLiteral("submit#2")}, std::tuple{&e, &c, QStringLiteral("approve#1")}}) {
        const qint64 delay = heard(*listener, *actor, key);
        QVERIFY2(delay >= 0, qPrintable(listener->login + QStringLiteral(" never heard ") + key));
        QVERIFY2(delay <= s_noticeMs,
                 qPrintable(QStringLiteral("%1 heard %2 after %3 ms").arg(listener->login, key).arg(delay)));
        QVERIFY2(listener->seen(key).value(QStringLiteral("via")).toString() != u"start",
                 qPrintable(listener->login + QStringLiteral(" knew of ") + key +
                            QStringLiteral(" without the feed")));
        delays.append(QStringLiteral("%1 %2 ms").arg(key).arg(delay));
    }

    // The bell: the chief was told of both submissions, the editor of the
    // return and the approval.
    const auto told = [&db, &id](const Actor &who, const QString &kind) {
        int n = 0;
        auto list = Workflow(db, who).notifications();
        if (list)
            for (const Notification &note : *list)
                n += note.articleId == id && note.kind == kind;
        return n;
    };
    QCOMPARE(told(*chief, QStringLiteral("submitted")), 2);
    QCOMPARE(told(*editor, QStringLiteral("returned")), 1);
    QCOMPARE(told(*editor, QStringLiteral("approved")), 1);

    qInfo().noquote() << QStringLiteral(
                             "%1: start-up %2 ms, race %3 ms; editor %4 attempts, %5 accepted, %6 "
                             "conflicts, %7 refused by the state, %8 lock refusals; chief %9 attempts, "
                             "%10 accepted, %11 conflicts, %12 lock refusals; heard: %13")
                             .arg(db->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                             .arg(startupMs)
                             .arg(raceMs)
                             .arg(e.json.value(QStringLiteral("attempts")).toInt())
                             .arg(e.count("accepted"))
                             .arg(e.refusedWith(QStringLiteral("conflict")))
                             .arg(e.refusedWith(QStringLiteral("denied")))
                             .arg(e.count("lockRefusals"))
                             .arg(c.json.value(QStringLiteral("attempts")).toInt())
                             .arg(c.count("accepted"))
                             .arg(c.refusedWith(QStringLiteral("conflict")))
                             .arg(c.count("lockRefusals"))
                             .arg(delays.join(QStringLiteral(", ")));
}

QTEST_GUILESS_MAIN(TestTwoDesks)
#include "tst_twodesks.moc"
