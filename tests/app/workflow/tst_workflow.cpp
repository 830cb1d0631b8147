// The approval workflow through the real API on a real SQLite file, with
// users made through UserStore: every transition for every role from every
// state (a refusal changes nothing in the file), approvals voided by text
// edits and kept by a photo editor's credits, updates of published stories,
// the append-only audit log, editing locks, the photo rules at submission,
// scheduled publication, notifications, the comment thread, the review diff
// and the single-desk newsroom.

#include "app/media/photorules.h"
#include "app/people/userstore.h"
#include "app/publish/articleexporter.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qalam;

namespace {

constexpr qint64 s_minute = 60 * 1000;
const QString s_password = QStringLiteral("пароль-редакции-1");
const QString s_region = QStringLiteral("Караганда");

// The transitions a client asks the Workflow for.
enum class Step { Submit, Withdraw, Approve, Return, Publish, Unpublish };

const QList<Step> s_steps{Step::Submit, Step::Withdraw, Step::Approve,
                          Step::Return, Step::Publish,  Step::Unpublish};

QString stepKey(Step step)
{
    switch (step) {
    case Step::Submit:
        return QStringLiteral("submit");
    case Step::Withdraw:
        return QStringLiteral("withdraw");
    case Step::Approve:
        return QStringLiteral("approve");
    case Step::Return:
        return QStringLiteral("return");
    case Step::Publish:
        return QStringLiteral("publish");
    case Step::Unpublish:
        return QStringLiteral("unpublish");
    }
    return {};
}

// The starting states of each transition (the state machine in workflow.h).
QList<ArticleStatus> validFrom(Step step)
{
    using S = ArticleStatus;
    switch (step) {
    case Step::Submit:
        return {S::Draft, S::Returned, S::Withdrawn, S::Updated, S::Unpublished};
    case Step::Withdraw:
    case Step::Approve:
        return {S::InReview};
    case Step::Return:
        return {S::InReview, S::Approved};
    case Step::Publish:
        return {S::Approved};
    case Step::Unpublish:
        return {S::Published, S::Updated};
    }
    return {};
}

ArticleStatus target(Step step)
{
    switch (step) {
    case Step::Submit:
        return ArticleStatus::InReview;
    case Step::Withdraw:
        return ArticleStatus::Withdrawn;
    case Step::Approve:
        return ArticleStatus::Approved;
    case Step::Return:
        return ArticleStatus::Returned;
    case Step::Publish:
        return ArticleStatus::Published;
    case Step::Unpublish:
        return ArticleStatus::Unpublished;
    }
    return ArticleStatus::Draft;
}

// The comment each step is given in the table (publish takes none).
QString commentFor(Step step)
{
    switch (step) {
    case Step::Return:
        return QStringLiteral("Уточните цифры по району");
    case Step::Unpublish:
        return QStringLiteral("Ошибка в фамилии акима");
    case Step::Publish:
        return {};
    default:
        return QStringLiteral("Комментарий к шагу ") + stepKey(step);
    }
}

// The states in which permissions.h lets a regional editor change the text
// and submit it.
bool writersState(ArticleStatus s)
{
    return s == ArticleStatus::Draft || s == ArticleStatus::Returned || s == ArticleStatus::Withdrawn ||
           s == ArticleStatus::Updated;
}

template <typename T> bool passed(const Result<T> &r, const QString &what)
{
    if (!r.ok())
        qWarning().noquote() << what << "failed:" << r.error().message << r.error().detail;
    return r.ok();
}

QString status(const std::optional<ArticleStatus> &s)
{
    return s ? statusKey(*s) : QStringLiteral("(none)");
}

QStringList actions(const QList<AuditEntry> &log)
{
    QStringList list;
    for (const AuditEntry &e : log)
        list.append(e.action);
    return list;
}

QStringList segmentsOf(const FieldDiff &diff, DiffSegment::Kind kind)
{
    QStringList list;
    for (const DiffSegment &s : diff.segments)
        if (s.kind == kind)
            list.append(s.text);
    return list;
}

std::optional<FieldDiff> field(const QList<FieldDiff> &diff, const QString &name)
{
    for (const FieldDiff &f : diff)
        if (f.field == name)
            return f;
    return std::nullopt;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void deactivatedUserIsRefused();
    void storesAskPermissions();
    void textEditVoidsApproval();
    void photoEditorKeepsApproval();
    void editingPublishedStartsUpdate();
    void auditLogIsAppendOnly();
    void lockExpiresAndIsTakenOver();
    void lockRenewedAndReleased();
    void photoRulesGateSubmission_data();
    void photoRulesGateSubmission();
    void returnNeedsComment();
    void unpublishNeedsReason();
    void scheduledPublication();
    void overdueNotifiedOnce();
    void notifications();
    void commentsAreNeverPublished();
    void diffAfterReturnAndResubmission();
    void reviewQueueOldestFirst();
    void singleDeskNewsroom();

private:
    bool createUsers();
    Actor addUser(const QString &login, const QString &name, QList<Role> roles, QStringList regions = {});
    Actor actorNamed(const QString &name) const;
    Workflow workflow(const Actor &actor) const { return Workflow(m_db, actor, m_clock.get()); }
    ArticleStore articles(const Actor &actor) const { return ArticleStore(m_db, m_clock.get(), actor); }
    PhotoStore photos(const Actor &actor) const { return PhotoStore(m_db, m_clock.get(), actor); }
    Result<Article> run(Step step, const Actor &actor, const QString &id);

    // A new article by the writer in their region; "" on failure.
    QString newArticle(const QString &headline = QStringLiteral("Токаев встретился с акимами областей"));
    // Drives the article to `status` through the real transitions.
    bool reach(const QString &id, ArticleStatus status);
    // An edit of the body saved by `actor` as a revision.
    Result<Article> editBody(const Actor &actor, const QString &id, const QString &body);
    // A complete photo (caption, alt, credit source and type) attached by the writer.
    qint64 attachCompletePhoto(const QString &id, const QString &caption = QStringLiteral("Акимы в Акорде"));
    QString makeJpeg(QColor colour);
    ArticleStatus statusOf(const QString &id);
    QList<AuditEntry> logOf(const QString &id);
    QList<Notification> notificationsOf(const Actor &actor, const QString &kind, const QString &articleId);
    // A digest of every row of every table: proves a refusal wrote nothing.
    QByteArray contentChecksum();

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;
    int m_jpegs = 0;

    Actor m_admin;   // administrator only
    Actor m_writer;  // regional editor of Караганда
    Actor m_writer2; // regional editor of Алматы
    Actor m_writer3; // another regional editor of Караганда
    Actor m_photo;   // photo editor
    Actor m_chief;   // chief editor
    Actor m_chief2;  // another chief editor
    Actor m_reader;  // reads for the checks: the desk, then a chief editor
    QList<Actor> m_everyone;
};

void TestWorkflow::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestWorkflow::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
    m_everyone.clear();
    m_reader = Actor::local();
}

void TestWorkflow::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_clock.reset();
}

Actor TestWorkflow::addUser(const QString &login, const QString &name, QList<Role> roles, QStringList regions)
{
    UserStore users(m_db, m_admin, m_clock.get());
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = name;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    if (!passed(users.add(u, s_password), QStringLiteral("add ") + login))
        return {};
    auto actor = users.signIn(login, s_password);
    if (!passed(actor, QStringLiteral("sign in ") + login))
        return {};
    m_everyone.append(*actor);
    return *actor;
}

bool TestWorkflow::createUsers()
{
    // The first user is the administrator, added while the newsroom is a
    // single desk; the others are added by that administrator.
    UserStore first(m_db, Actor::local(), m_clock.get());
    first.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Администратор Редакции");
    admin.roles = {Role::Administrator};
    if (!passed(first.add(admin, s_password), QStringLiteral("add admin")))
        return false;
    auto signedIn = first.signIn(admin.login, s_password);
    if (!passed(signedIn, QStringLiteral("sign in admin")))
        return false;
    m_admin = *signedIn;
    m_everyone.append(m_admin);

    m_writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                       {Role::RegionalEditor}, {s_region});
    m_writer2 = addUser(QStringLiteral("seitkali"), QStringLiteral("Сейткали Нурлан"), {Role::RegionalEditor},
                        {QStringLiteral("Алматы")});
    m_writer3 =
        addUser(QStringLiteral("abenov"), QStringLiteral("Абенов Ержан"), {Role::RegionalEditor}, {s_region});
    m_photo = addUser(QStringLiteral("ivanova"), QStringLiteral("Иванова Анна"), {Role::PhotoEditor});
    m_chief = addUser(QStringLiteral("zhumabaev"), QStringLiteral("Жумабаев Ерлан"), {Role::ChiefEditor});
    m_chief2 = addUser(QStringLiteral("petrova"), QStringLiteral("Петрова Ольга"), {Role::ChiefEditor});
    if (m_everyone.size() != 7)
        return false;
    m_reader = m_chief;
    for (const Actor &a : std::as_const(m_everyone))
        if (a.login.isEmpty() || a.singleDesk)
            return false;
    // signIn gives the account's roles and regions.
    return m_writer.regions == QStringList{s_region} && m_writer.has(Role::RegionalEditor) &&
           m_chief.has(Role::ChiefEditor) && m_writer.displayName == QStringLiteral("Колмакова Виктория");
}

Actor TestWorkflow::actorNamed(const QString &name) const
{
    if (name == QLatin1String("writer"))
        return m_writer;
    if (name == QLatin1String("writer-other-region"))
        return m_writer2;
    if (name == QLatin1String("photo"))
        return m_photo;
    if (name == QLatin1String("chief"))
        return m_chief;
    if (name == QLatin1String("admin"))
        return m_admin;
    if (name == QLatin1String("single-desk"))
        return Actor::local();
    return {};
}

Result<Article> TestWorkflow::run(Step step, const Actor &actor, const QString &id)
{
    Workflow wf = workflow(actor);
    switch (step) {
    case Step::Submit:
        return wf.submit(id, commentFor(step));
    case Step::Withdraw:
        return wf.withdraw(id, commentFor(step));
    case Step::Approve:
        return wf.approve(id, commentFor(step));
    case Step::Return:
        return wf.returnToWriter(id, commentFor(step));
    case Step::Publish:
        return wf.publish(id,
                          QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.kz/news/1")}});
    case Step::Unpublish:
        return wf.unpublish(id, commentFor(step));
    }
    return Error{Error::Code::InvalidInput, QStringLiteral("unknown step"), {}};
}

QString TestWorkflow::newArticle(const QString &headline)
{
    Article a;
    a.headline = headline;
    a.lead = QStringLiteral("Глава государства провёл совещание с акимами.");
    a.bodyHtml = QStringLiteral("<p>Аким Карагандинской области доложил о подготовке к зиме.</p>");
    a.region = s_region;
    auto created = articles(m_writer).create(a);
    if (!passed(created, QStringLiteral("create")))
        return {};
    return created->id;
}

Result<Article> TestWorkflow::editBody(const Actor &actor, const QString &id, const QString &body)
{
    ArticleStore store = articles(actor);
    auto loaded = store.load(id);
    if (!loaded)
        return loaded.error();
    Article edited = *loaded;
    edited.bodyHtml = body;
    return store.save(edited, ArticleStore::SaveKind::Revision, QStringLiteral("save"));
}

bool TestWorkflow::reach(const QString &id, ArticleStatus wanted)
{
    using S = ArticleStatus;
    auto step = [&](Step s, const Actor &who) {
        m_clock->advance(s_minute);
        return passed(run(s, who, id), QStringLiteral("reach: ") + stepKey(s));
    };
    bool ok = true;
    switch (wanted) {
    case S::Draft:
        break;
    case S::InReview:
        ok = step(Step::Submit, m_writer);
        break;
    case S::Returned:
        ok = step(Step::Submit, m_writer) && step(Step::Return, m_chief);
        break;
    case S::Approved:
        ok = step(Step::Submit, m_writer) && step(Step::Approve, m_chief);
        break;
    case S::Withdrawn:
        ok = step(Step::Submit, m_writer) && step(Step::Withdraw, m_writer);
        break;
    case S::Published:
        ok = reach(id, S::Approved) && step(Step::Publish, m_chief);
        break;
    case S::Updated:
        ok = reach(id, S::Published) &&
             passed(editBody(m_chief, id, QStringLiteral("<p>Аким области доложил о готовности к зиме.</p>")),
                    QStringLiteral("reach: edit published"));
        break;
    case S::Unpublished:
        ok = reach(id, S::Published) && step(Step::Unpublish, m_chief);
        break;
    }
    if (!ok)
        return false;
    const ArticleStatus now = statusOf(id);
    if (now != wanted) {
        qWarning().noquote() << "reach: wanted" << statusKey(wanted) << "got" << statusKey(now);
        return false;
    }
    return true;
}

QString TestWorkflow::makeJpeg(QColor colour)
{
    QImage image(QSize(320, 240), QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(0, 0, 80, 60 + m_jpegs, Qt::white); // every picture different
    painter.end();
    const QString path = QDir(m_file->dir()).filePath(QStringLiteral("photo-%1.jpg").arg(++m_jpegs));
    if (!image.save(path, "JPEG", 90))
        return {};
    return path;
}

qint64 TestWorkflow::attachCompletePhoto(const QString &id, const QString &caption)
{
    PhotoStore store = photos(m_writer);
    const QString path = makeJpeg(QColor::fromHsv((m_jpegs * 47) % 360, 200, 180));
    auto imported = store.importFile(path);
    if (!passed(imported, QStringLiteral("import photo")))
        return 0;
    if (!passed(store.attach(id, imported->id, true), QStringLiteral("attach photo")))
        return 0;
    Photo p = *imported;
    p.caption = caption;
    p.alt = QStringLiteral("Аким выступает на совещании");
    p.creditSource = QStringLiteral("Акорда");
    p.creditType = CreditType::PressService;
    if (!passed(store.update(p), QStringLiteral("caption photo")))
        return 0;
    return p.id;
}

ArticleStatus TestWorkflow::statusOf(const QString &id)
{
    auto loaded = articles(m_reader).load(id);
    if (!passed(loaded, QStringLiteral("load")))
        return ArticleStatus::Draft;
    return loaded->status;
}

QList<AuditEntry> TestWorkflow::logOf(const QString &id)
{
    auto log = workflow(m_chief).log(id);
    if (!passed(log, QStringLiteral("log")))
        return {};
    return *log;
}

QList<Notification> TestWorkflow::notificationsOf(const Actor &actor, const QString &kind,
                                                  const QString &articleId)
{
    auto all = workflow(actor).notifications();
    if (!passed(all, QStringLiteral("notifications of ") + actor.login))
        return {};
    QList<Notification> list;
    for (const Notification &n : *all)
        if (n.kind == kind && n.articleId == articleId)
            list.append(n);
    return list;
}

QByteArray TestWorkflow::contentChecksum()
{
    auto conn = m_db->connection();
    if (!conn)
        return {};
    QSqlDatabase db = *conn;
    QSqlQuery tables(db);
    if (!tables.exec(
            m_db->isPostgres()
                ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                 " WHERE table_schema = current_schema() ORDER BY table_name")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name))) {
            qWarning().noquote() << "checksum: cannot read" << name;
            return {};
        }
        QStringList dump;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = rows.value(i);
                if (v.isNull())
                    cells.append(QStringLiteral("NULL"));
                else if (v.typeId() == QMetaType::QByteArray)
                    cells.append(QString::fromLatin1(v.toByteArray().toHex()));
                else
                    cells.append(v.toString());
            }
            dump.append(cells.join(QChar(0x1f)));
        }
        dump.sort(); // rows in any order: shadow tables of the index have no rowid
        hash.addData(name.toUtf8());
        for (const QString &line : std::as_const(dump))
            hash.addData(QByteArray(line.toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

// ---------------------------------------------------------------------------
// 1. Every transition × every role × every starting state.

void TestWorkflow::transitions_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("expected"); // 1 allowed, 0 denied, 2 not from this state

    const QStringList actorNames{QStringLiteral("writer"), QStringLiteral("writer-other-region"),
                                 QStringLiteral("photo"),  QStringLiteral("chief"),
                                 QStringLiteral("admin"),  QStringLiteral("single-desk")};
    for (Step step : s_steps) {
        for (ArticleStatus start : allStatuses()) {
            const QString prefix = stepKey(step) + QLatin1Char('/') + statusKey(start) + QLatin1Char('/');
            if (!validFrom(step).contains(start)) {
                // The chief editor may do everything, so only the state
                // machine can refuse.
                QTest::newRow(qPrintable(prefix + QStringLiteral("chief")))
                    << int(step) << QStringLiteral("chief") << int(start) << 2;
                continue;
            }
            for (const QString &name : actorNames) {
                bool allowed = name == QLatin1String("chief");
                if (name == QLatin1String("writer")) {
                    // Their own article, in their region; they submitted it.
                    if (step == Step::Submit)
                        allowed = writersState(start);
                    if (step == Step::Withdraw)
                        allowed = true;
                }
                QTest::newRow(qPrintable(prefix + name)) << int(step) << name << int(start) << int(allowed);
            }
        }
    }
}

void TestWorkflow::transitions()
{
    QFETCH(int, step);
    QFETCH(QString, actorName);
    QFETCH(int, start);
    QFETCH(int, expected);
    const Step s = Step(step);
    const ArticleStatus from = ArticleStatus(start);

    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(reach(id, from));
    const Actor actor = actorNamed(actorName);
    QVERIFY(!actor.login.isEmpty());

    m_clock->advance(s_minute);
    const QByteArray before = contentChecksum();
    QVERIFY(!before.isEmpty());
    const int logSize = logOf(id).size();
    const Result<Article> r = run(s, actor, id);

    if (expected != 1) {
        QVERIFY2(!r.ok(), "the transition was allowed");
        if (expected == 0)
            QCOMPARE(r.error().code, Error::Code::Denied);
        else
            QVERIFY2(r.error().code != Error::Code::Denied,
                     "a chief editor is refused by the state, not by a missing permission");
        QVERIFY(!r.error().message.trimmed().isEmpty());
        QCOMPARE(contentChecksum(), before);
        QCOMPARE(statusOf(id), from);
        QCOMPARE(logOf(id).size(), logSize);
        return;
    }

    QVERIFY2(r.ok(), qPrintable(r.error().message + QStringLiteral(" / ") + r.error().detail));
    QCOMPARE(r->status, target(s));
    QCOMPARE(statusOf(id), target(s));
    QVERIFY(contentChecksum() != before); // the checksum sees what a transition writes
    const QList<AuditEntry> log = logOf(id);
    QCOMPARE(log.size(), logSize + 1);
    const AuditEntry &e = log.last();
    QCOMPARE(e.articleId, id);
    QCOMPARE(e.who, actor.login);
    QCOMPARE(e.action, stepKey(s));
    QCOMPARE(status(e.from), statusKey(from));
    QCOMPARE(status(e.to), statusKey(target(s)));
    QCOMPARE(e.comment, commentFor(s));
    QCOMPARE(e.at, m_clock->nowUtc());
    QVERIFY(e.revisionId > 0);
    auto revision = articles(m_chief).revision(e.revisionId);
    QVERIFY2(revision.ok(), qPrintable(revision.error().message));
    QCOMPARE(revision->articleId, id);
    if (s == Step::Publish) {
        QCOMPARE(r->publishedAt, m_clock->nowUtc());
        QCOMPARE(e.detail.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.kz/news/1"));
    }
}

void TestWorkflow::deactivatedUserIsRefused()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    UserStore users(m_db, m_admin, m_clock.get());
    auto writer = users.user(m_writer.login);
    QVERIFY(writer.ok());
    User left = *writer;
    left.active = false;
    QVERIFY(users.update(left).ok());

    const QByteArray before = contentChecksum();
    auto r = workflow(m_writer).submit(id);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Denied);
    QCOMPARE(contentChecksum(), before);
    QCOMPARE(statusOf(id), ArticleStatus::Draft);
}

void TestWorkflow::storesAskPermissions()
{
    // The stores refuse through the same check as the Workflow, and a
    // refusal writes nothing.
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    const QString photoPath = makeJpeg(Qt::darkGreen);
    QVERIFY(!photoPath.isEmpty());
    auto imported = photos(m_photo).importFile(photoPath);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));

    const QByteArray before = contentChecksum();
    Article draft;
    draft.headline = QStringLiteral("Заметка без права");
    draft.region = s_region;
    for (const Actor &refused : {m_photo, m_admin, Actor::local()}) {
        auto r = articles(refused).create(draft);
        QVERIFY2(!r.ok(), qPrintable(refused.login));
        QCOMPARE(r.error().code, Error::Code::Denied);
    }
    auto otherRegion = editBody(m_writer2, id, QStringLiteral("<p>Правка из Алматы.</p>"));
    QVERIFY(!otherRegion.ok());
    QCOMPARE(otherRegion.error().code, Error::Code::Denied);
    auto attach = photos(m_writer2).attach(id, imported->id);
    QVERIFY(!attach.ok());
    QCOMPARE(attach.error().code, Error::Code::Denied);
    QCOMPARE(contentChecksum(), before);

    // The writer's colleague in the same region may edit; the photo editor
    // may add the picture.
    QVERIFY(editBody(m_writer3, id, QStringLiteral("<p>Правка коллеги из Караганды.</p>")).ok());
    QVERIFY(photos(m_photo).attach(id, imported->id).ok());

    // After publication the photo editor no longer changes credits.
    Photo p = *photos(m_photo).photo(imported->id);
    p.caption = QStringLiteral("Подпись");
    p.alt = QStringLiteral("Описание");
    p.creditSource = QStringLiteral("Акорда");
    p.creditType = CreditType::PressService;
    QVERIFY(photos(m_photo).update(p).ok());
    QVERIFY(reach(id, ArticleStatus::Published));
    const QByteArray published = contentChecksum();
    p.caption = QStringLiteral("Поздняя подпись");
    auto late = photos(m_photo).update(p);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, Error::Code::Denied);
    QCOMPARE(contentChecksum(), published);
}

// ---------------------------------------------------------------------------
// 2. Approval voided by text, kept by a photo editor's credits.

void TestWorkflow::textEditVoidsApproval()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(attachCompletePhoto(id) > 0);
    QVERIFY(reach(id, ArticleStatus::Approved));

    // The writer may no longer change an approved text, nor may the photo
    // editor change any text; nothing is written.
    const QByteArray before = contentChecksum();
    for (const Actor &refused : {m_writer, m_photo}) {
        auto r = editBody(refused, id, QStringLiteral("<p>Чужая правка.</p>"));
        QVERIFY2(!r.ok(), qPrintable(refused.login));
        QCOMPARE(r.error().code, Error::Code::Denied);
        QCOMPARE(contentChecksum(), before);
    }

    // Saving without a change keeps the approval.
    ArticleStore chiefStore = articles(m_chief);
    auto unchanged = chiefStore.save(*chiefStore.load(id), ArticleStore::SaveKind::Autosave);
    QVERIFY2(unchanged.ok(), qPrintable(unchanged.error().message));
    QCOMPARE(statusOf(id), ArticleStatus::Approved);
    QVERIFY(!actions(logOf(id)).contains(QStringLiteral("approval-voided")));

    m_clock->advance(s_minute);
    auto edited =
        editBody(m_chief, id, QStringLiteral("<p>Аким Карагандинской области доложил о готовности.</p>"));
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));
    QCOMPARE(edited->status, ArticleStatus::InReview);
    QCOMPARE(statusOf(id), ArticleStatus::InReview);
    const AuditEntry e = logOf(id).last();
    QCOMPARE(e.action, QStringLiteral("approval-voided"));
    QCOMPARE(e.who, m_chief.login);
    QCOMPARE(status(e.from), statusKey(ArticleStatus::Approved));
    QCOMPARE(status(e.to), statusKey(ArticleStatus::InReview));
    QVERIFY(e.revisionId > 0);
    QCOMPARE(e.at, m_clock->nowUtc());
}

void TestWorkflow::photoEditorKeepsApproval()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    const qint64 photoId = attachCompletePhoto(id);
    QVERIFY(photoId > 0);
    QVERIFY(reach(id, ArticleStatus::Approved));

    auto settings = workflow(m_chief).settings();
    QVERIFY(settings.ok());
    QVERIFY(settings->photoEditsKeepApproval); // the default

    // A photo editor's new caption and credit keep the approval.
    PhotoStore store = photos(m_photo);
    Photo p = *store.photo(photoId);
    p.caption = QStringLiteral("Аким Карагандинской области на совещании");
    p.creditSource = QStringLiteral("Пресс-служба акимата");
    m_clock->advance(s_minute);
    auto updated = store.update(p);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
    QCOMPARE(statusOf(id), ArticleStatus::Approved);
    QVERIFY(!actions(logOf(id)).contains(QStringLiteral("approval-voided")));

    // Only an administrator changes the workflow settings.
    WorkflowSettings strict = *settings;
    strict.photoEditsKeepApproval = false;
    const QByteArray before = contentChecksum();
    for (const Actor &refused : {m_writer, m_photo}) {
        auto r = workflow(refused).setSettings(strict);
        QVERIFY2(!r.ok(), qPrintable(refused.login));
        QCOMPARE(r.error().code, Error::Code::Denied);
    }
    QCOMPARE(contentChecksum(), before);
    QVERIFY(workflow(m_admin).setSettings(strict).ok());
    QCOMPARE(*workflow(m_photo).settings(), strict);

    // With the setting off, the same kind of edit voids it.
    p.caption = QStringLiteral("Аким области и его заместители");
    m_clock->advance(s_minute);
    updated = store.update(p);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
    QCOMPARE(statusOf(id), ArticleStatus::InReview);
    const AuditEntry e = logOf(id).last();
    QCOMPARE(e.action, QStringLiteral("approval-voided"));
    QCOMPARE(e.who, m_photo.login);
    QCOMPARE(status(e.from), statusKey(ArticleStatus::Approved));
    QCOMPARE(status(e.to), statusKey(ArticleStatus::InReview));
}

// ---------------------------------------------------------------------------
// 3. A published article edited becomes an update that needs approval again.

void TestWorkflow::editingPublishedStartsUpdate()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(reach(id, ArticleStatus::Published));
    const QDateTime firstPublication = articles(m_chief).load(id)->publishedAt;
    QVERIFY(firstPublication.isValid());

    m_clock->advance(10 * s_minute);
    auto edited =
        editBody(m_chief, id, QStringLiteral("<p>Аким Карагандинской области доложил: всё готово.</p>"));
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));
    QCOMPARE(edited->status, ArticleStatus::Updated);
    const AuditEntry e = logOf(id).last();
    QCOMPARE(e.action, QStringLiteral("update-started"));
    QCOMPARE(e.who, m_chief.login);
    QCOMPARE(status(e.from), statusKey(ArticleStatus::Published));
    QCOMPARE(status(e.to), statusKey(ArticleStatus::Updated));
    // The site keeps the published text until the update is approved.
    QCOMPARE(articles(m_chief).load(id)->publishedAt, firstPublication);

    // Not republished without a new approval.
    const QByteArray before = contentChecksum();
    auto early = workflow(m_chief).publish(id);
    QVERIFY(!early.ok());
    QCOMPARE(contentChecksum(), before);
    QCOMPARE(statusOf(id), ArticleStatus::Updated);

    // The writer may work on the update and submit it again.
    m_clock->advance(s_minute);
    QVERIFY(editBody(m_writer, id,
                     QStringLiteral("<p>Аким Карагандинской области доложил: всё готово к зиме.</p>"))
                .ok());
    QCOMPARE(statusOf(id), ArticleStatus::Updated);
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_writer).submit(id).ok());
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_chief).approve(id).ok());
    m_clock->advance(s_minute);
    auto published = workflow(m_chief).publish(id);
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    QCOMPARE(published->status, ArticleStatus::Published);
    QCOMPARE(published->publishedAt, m_clock->nowUtc());
    QVERIFY(published->publishedAt > firstPublication);
    QCOMPARE(articles(m_chief).load(id)->publishedAt, m_clock->nowUtc());
}

// ---------------------------------------------------------------------------
// 4. The audit log only grows.

void TestWorkflow::auditLogIsAppendOnly()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    Workflow writer = workflow(m_writer);
    Workflow chief = workflow(m_chief);
    m_clock->advance(s_minute);
    QVERIFY(writer.submit(id, QStringLiteral("Готово")).ok());
    m_clock->advance(s_minute);
    QVERIFY(chief.returnToWriter(id, QStringLiteral("Добавьте цитату акима")).ok());
    m_clock->advance(s_minute);
    QVERIFY(writer.submit(id, QStringLiteral("Добавила")).ok());
    m_clock->advance(s_minute);
    QVERIFY(chief.approve(id).ok());

    const QList<AuditEntry> first = logOf(id);
    QStringList steps;
    for (const AuditEntry &e : first)
        if (e.action != QLatin1String("created"))
            steps.append(e.action);
    QCOMPARE(steps, (QStringList{QStringLiteral("submit"), QStringLiteral("return"), QStringLiteral("submit"),
                                 QStringLiteral("approve")}));
    for (qsizetype i = 1; i < first.size(); ++i) {
        QVERIFY(first.at(i).id > first.at(i - 1).id);
        QVERIFY(first.at(i).at >= first.at(i - 1).at);
    }

    m_clock->advance(s_minute);
    QVERIFY(chief.publish(id).ok());
    m_clock->advance(s_minute);
    QVERIFY(chief.unpublish(id, QStringLiteral("Ошибка в заголовке")).ok());
    const QList<AuditEntry> later = logOf(id);
    QCOMPARE(later.size(), first.size() + 2);
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(later.at(i).toJson(), first.at(i).toJson());
    QCOMPARE(later.at(later.size() - 2).action, QStringLiteral("publish"));
    QCOMPARE(later.last().action, QStringLiteral("unpublish"));

    // Below the API, the schema refuses to rewrite history.
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlDatabase db = *conn;
    const QByteArray before = contentChecksum();
    for (const QString &sql :
         {QStringLiteral("UPDATE audit_log SET comment = 'переписано'"),
          QStringLiteral("UPDATE audit_log SET who = 'nobody' WHERE id = (SELECT MIN(id) FROM audit_log)"),
          QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"),
          QStringLiteral("DELETE FROM audit_log")}) {
        QSqlQuery q(db);
        QVERIFY2(!q.exec(sql), qPrintable(sql));
    }
    QCOMPARE(contentChecksum(), before);
    const QList<AuditEntry> after = logOf(id);
    QCOMPARE(after.size(), later.size());
    for (qsizetype i = 0; i < later.size(); ++i)
        QCOMPARE(after.at(i).toJson(), later.at(i).toJson());
}

// ---------------------------------------------------------------------------
// 5. Editing locks.

void TestWorkflow::lockExpiresAndIsTakenOver()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    const int idleMinutes = workflow(m_chief).settings()->lockIdleMinutes;
    QVERIFY(idleMinutes > 0);

    Workflow a = workflow(m_writer);
    Workflow b = workflow(m_writer3);
    auto lock = a.acquireLock(id);
    QVERIFY2(lock.ok(), qPrintable(lock.error().message));
    QCOMPARE(lock->holder, m_writer.login);
    QCOMPARE(lock->holderName, m_writer.displayName);
    QCOMPARE(lock->taken, m_clock->nowUtc());
    QVERIFY(lock->live);

    // B is told who is editing, and since when.
    m_clock->advance(s_minute);
    auto refused = b.acquireLock(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    auto held = b.lockOf(id);
    QVERIFY(held.ok() && held->has_value());
    QCOMPARE((*held)->holder, m_writer.login);
    QVERIFY((*held)->live);
    QCOMPARE(refused.error().message, (*held)->notice());
    QVERIFY2(refused.error().message.contains(QStringLiteral("Колмакова")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(lock->taken.toLocalTime().toString(QStringLiteral("HH:mm"))),
             qPrintable(refused.error().message));

    // B's saves are refused while A's lock is live; A's go through.
    const QByteArray before = contentChecksum();
    auto blocked = editBody(m_writer3, id, QStringLiteral("<p>Правка Абенова.</p>"));
    QVERIFY(!blocked.ok());
    QVERIFY(!blocked.error().message.isEmpty());
    QCOMPARE(contentChecksum(), before);
    QVERIFY(editBody(m_writer, id, QStringLiteral("<p>Правка Колмаковой.</p>")).ok());

    // After the idle time, B takes it.
    m_clock->advance((idleMinutes + 1) * s_minute);
    auto stale = b.lockOf(id);
    QVERIFY(stale.ok());
    QVERIFY(!stale->has_value() || !(*stale)->live);
    auto taken = b.acquireLock(id);
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QCOMPARE(taken->holder, m_writer3.login);
    QVERIFY(taken->live);
    QVERIFY(editBody(m_writer3, id, QStringLiteral("<p>Правка Абенова.</p>")).ok());
    QCOMPARE(a.acquireLock(id).error().code, Error::Code::Conflict);

    // A regional editor cannot take a live lock over; a chief editor can,
    // and the log says so.
    const QByteArray beforeTakeover = contentChecksum();
    auto denied = a.takeOverLock(id);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Code::Denied);
    QCOMPARE(contentChecksum(), beforeTakeover);
    QCOMPARE((*b.lockOf(id))->holder, m_writer3.login);

    m_clock->advance(s_minute);
    auto takeover = workflow(m_chief).takeOverLock(id);
    QVERIFY2(takeover.ok(), qPrintable(takeover.error().message));
    QCOMPARE(takeover->holder, m_chief.login);
    QVERIFY(takeover->live);
    QCOMPARE((*b.lockOf(id))->holder, m_chief.login);
    const AuditEntry e = logOf(id).last();
    QCOMPARE(e.action, QStringLiteral("lock-takeover"));
    QCOMPARE(e.who, m_chief.login);
    QCOMPARE(e.at, m_clock->nowUtc());
    // The one who lost it can no longer save.
    QVERIFY(!editBody(m_writer3, id, QStringLiteral("<p>Ещё одна правка Абенова.</p>")).ok());
    QVERIFY(editBody(m_chief, id, QStringLiteral("<p>Правка главного редактора.</p>")).ok());
}

void TestWorkflow::lockRenewedAndReleased()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    const int idleMinutes = workflow(m_chief).settings()->lockIdleMinutes;
    Workflow a = workflow(m_writer);
    Workflow b = workflow(m_writer3);

    // Taking the lock again renews it: it stays live as long as A is active.
    QVERIFY(a.acquireLock(id).ok());
    m_clock->advance((idleMinutes - 1) * s_minute);
    auto renewed = a.acquireLock(id);
    QVERIFY(renewed.ok());
    QCOMPARE(renewed->lastSeen, m_clock->nowUtc());
    m_clock->advance((idleMinutes - 1) * s_minute);
    QCOMPARE(b.acquireLock(id).error().code, Error::Code::Conflict);

    // Only the holder releases it: B's release leaves A's lock in place
    // (refused or ignored).
    (void)b.releaseLock(id);
    QCOMPARE((*a.lockOf(id))->holder, m_writer.login);
    QVERIFY((*a.lockOf(id))->live);
    QCOMPARE(b.acquireLock(id).error().code, Error::Code::Conflict);
    QVERIFY(a.releaseLock(id).ok());
    auto none = b.lockOf(id);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value() || !(*none)->live);
    auto taken = b.acquireLock(id);
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QCOMPARE(taken->holder, m_writer3.login);
}

// ---------------------------------------------------------------------------
// 6. Photos must be captioned and credited before review.

void TestWorkflow::photoRulesGateSubmission_data()
{
    QTest::addColumn<QString>("flaw");
    for (const char *flaw :
         {"photo.caption", "photo.alt", "photo.credit-source", "photo.credit-type", "photo.ugc-permission"})
        QTest::newRow(flaw) << QString::fromLatin1(flaw);
}

void TestWorkflow::photoRulesGateSubmission()
{
    QFETCH(QString, flaw);
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    PhotoStore store = photos(m_writer);
    const qint64 photoId = attachCompletePhoto(id);
    QVERIFY(photoId > 0);
    const Photo complete = *store.photo(photoId);

    Photo broken = complete;
    if (flaw == QLatin1String("photo.caption"))
        broken.caption.clear();
    else if (flaw == QLatin1String("photo.alt"))
        broken.alt = QStringLiteral("   ");
    else if (flaw == QLatin1String("photo.credit-source"))
        broken.creditSource.clear();
    else if (flaw == QLatin1String("photo.credit-type"))
        broken.creditType.reset();
    else if (flaw == QLatin1String("photo.ugc-permission")) {
        broken.creditType = CreditType::Ugc;
        broken.consent.contributor = QStringLiteral("Ержан С.");
        broken.consent.contact = QStringLiteral("+7 701 000 00 00");
        broken.consent.channel = QStringLiteral("WhatsApp");
        broken.consent.granted = false;
    }
    QVERIFY(store.update(broken).ok());

    // What the rules say about the article's photos, in its order.
    QList<Photo> attached;
    for (const PhotoUse &use : *store.photosOf(id))
        attached.append(use.photo);
    const QList<Finding> findings = PhotoRules::check(attached);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, flaw);

    const QByteArray before = contentChecksum();
    auto refused = workflow(m_writer).submit(id);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().code != Error::Code::Denied);
    QVERIFY2(refused.error().message.contains(findings.first().message),
             qPrintable(refused.error().message + QStringLiteral(" / expected to name: ") +
                        findings.first().message));
    QCOMPARE(contentChecksum(), before);
    QCOMPARE(statusOf(id), ArticleStatus::Draft);

    // Fixed (for UGC: the sender's permission recorded), it goes.
    Photo fixed = broken;
    if (flaw == QLatin1String("photo.ugc-permission")) {
        fixed.consent.granted = true;
        fixed.consent.permission = QStringLiteral("Разрешаю публикацию, сообщение от 28.11");
        fixed.consent.date = QDate(2026, 11, 28);
    } else {
        fixed = complete;
    }
    QVERIFY(store.update(fixed).ok());
    auto submitted = workflow(m_writer).submit(id);
    QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
    QCOMPARE(submitted->status, ArticleStatus::InReview);
}

// ---------------------------------------------------------------------------
// 7. Comments required, scheduled publication, overdue notices.

void TestWorkflow::returnNeedsComment()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(reach(id, ArticleStatus::InReview));
    const QByteArray before = contentChecksum();
    for (const QString &empty : {QString(), QStringLiteral("  \n ")}) {
        auto r = workflow(m_chief).returnToWriter(id, empty);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(contentChecksum(), before);
    }
    auto r = workflow(m_chief).returnToWriter(id, QStringLiteral("Нет подписи к фото"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(logOf(id).last().comment, QStringLiteral("Нет подписи к фото"));
}

void TestWorkflow::unpublishNeedsReason()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(reach(id, ArticleStatus::Published));
    const QByteArray before = contentChecksum();
    for (const QString &empty : {QString(), QStringLiteral("   ")}) {
        auto r = workflow(m_chief).unpublish(id, empty);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(contentChecksum(), before);
    }
    auto r = workflow(m_chief).unpublish(id, QStringLiteral("Требование суда"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, ArticleStatus::Unpublished);
    QCOMPARE(logOf(id).last().comment, QStringLiteral("Требование суда"));
}

void TestWorkflow::scheduledPublication()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    QVERIFY(reach(id, ArticleStatus::InReview));

    const QDateTime publishAt = m_clock->nowUtc().addSecs(2 * 3600);
    auto approved = workflow(m_chief).approve(id, QStringLiteral("В утренний выпуск"), publishAt);
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->publishAt, publishAt);
    QCOMPARE(articles(m_chief).load(id)->publishAt, publishAt);
    const AuditEntry e = logOf(id).last();
    QCOMPARE(e.action, QStringLiteral("approve"));
    QVERIFY2(e.detail.contains(QStringLiteral("publish_at")), QJsonDocument(e.detail).toJson().constData());

    // Before its time it is refused, and nothing changes.
    m_clock->advance(60 * s_minute);
    const QByteArray before = contentChecksum();
    auto early = workflow(m_chief).publish(id);
    QVERIFY(!early.ok());
    QVERIFY(early.error().code != Error::Code::Denied);
    QVERIFY(!early.error().message.isEmpty());
    QCOMPARE(contentChecksum(), before);
    QCOMPARE(statusOf(id), ArticleStatus::Approved);

    m_clock->advance(61 * s_minute);
    auto published = workflow(m_chief).publish(id);
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    QCOMPARE(published->status, ArticleStatus::Published);
    QCOMPARE(published->publishedAt, m_clock->nowUtc());
}

void TestWorkflow::overdueNotifiedOnce()
{
    QVERIFY(createUsers());
    const QString id = newArticle(QStringLiteral("Новый мост через Нуру откроют в декабре"));
    QVERIFY(!id.isEmpty());
    const QString onTime = newArticle(QStringLiteral("Зимний фестиваль в Темиртау"));
    QVERIFY(!onTime.isEmpty());
    QVERIFY(reach(id, ArticleStatus::InReview));
    QVERIFY(reach(onTime, ArticleStatus::InReview));
    QVERIFY(workflow(m_chief).approve(id, {}, m_clock->nowUtc().addSecs(3600)).ok());
    QVERIFY(workflow(m_chief).approve(onTime, {}, m_clock->nowUtc().addDays(2)).ok());

    // Not yet due: nobody is told.
    auto none = workflow(m_chief).notifyOverdue();
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    for (const Actor &a : std::as_const(m_everyone))
        QVERIFY(notificationsOf(a, QStringLiteral("overdue"), id).isEmpty());

    m_clock->advance(2 * 3600 * 1000);
    auto overdue = workflow(m_chief).notifyOverdue();
    QVERIFY2(overdue.ok(), qPrintable(overdue.error().message));
    QCOMPARE(*overdue, 1);
    QVERIFY(workflow(m_writer2).notifyOverdue().ok()); // a second run, from another desk

    for (const Actor &a : std::as_const(m_everyone)) {
        const QList<Notification> told = notificationsOf(a, QStringLiteral("overdue"), id);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().recipient, a.login);
        QCOMPARE(told.first().headline, QStringLiteral("Новый мост через Нуру откроют в декабре"));
        QVERIFY(!told.first().text.isEmpty());
        QVERIFY(!told.first().read);
        QVERIFY(notificationsOf(a, QStringLiteral("overdue"), onTime).isEmpty());
    }
}

// ---------------------------------------------------------------------------
// 8. Notifications.

void TestWorkflow::notifications()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_writer).submit(id).ok());

    // Every chief editor is told of a submission; nobody else.
    for (const Actor &chief : {m_chief, m_chief2}) {
        const QList<Notification> told = notificationsOf(chief, QStringLiteral("submitted"), id);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().recipient, chief.login);
        QCOMPARE(told.first().at, m_clock->nowUtc());
        QCOMPARE(told.first().headline, QStringLiteral("Токаев встретился с акимами областей"));
        QVERIFY(!told.first().text.isEmpty());
        QVERIFY(!told.first().read);
    }
    for (const Actor &other : {m_writer, m_writer2, m_photo, m_admin})
        QVERIFY2(notificationsOf(other, QStringLiteral("submitted"), id).isEmpty(), qPrintable(other.login));

    // The writer is told of a return and of an approval.
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_chief).returnToWriter(id, QStringLiteral("Добавьте цитату")).ok());
    QList<Notification> returned = notificationsOf(m_writer, QStringLiteral("returned"), id);
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.first().recipient, m_writer.login);
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_writer).submit(id).ok());
    QCOMPARE(notificationsOf(m_chief, QStringLiteral("submitted"), id).size(), 2);
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_chief).approve(id).ok());
    const QList<Notification> approved = notificationsOf(m_writer, QStringLiteral("approved"), id);
    QCOMPARE(approved.size(), 1);
    QCOMPARE(approved.first().recipient, m_writer.login);
    for (const Actor &other : {m_writer2, m_photo, m_admin})
        QVERIFY(notificationsOf(other, QStringLiteral("approved"), id).isEmpty());

    // Newest first.
    auto all = workflow(m_writer).notifications();
    QVERIFY(all.ok());
    QVERIFY(all->size() >= 2);
    QCOMPARE(all->first().kind, QStringLiteral("approved"));
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).at >= all->at(i).at);

    // Read marks belong to the recipient.
    const qint64 returnedId = returned.first().id;
    QVERIFY(!workflow(m_chief).markRead(returnedId).ok());
    QVERIFY(!notificationsOf(m_writer, QStringLiteral("returned"), id).first().read);
    QVERIFY(workflow(m_writer).markRead(returnedId).ok());
    QVERIFY(notificationsOf(m_writer, QStringLiteral("returned"), id).first().read);
    auto unread = workflow(m_writer).notifications(true);
    QVERIFY(unread.ok());
    for (const Notification &n : *unread) {
        QVERIFY(n.id != returnedId);
        QVERIFY(!n.read);
    }
    QCOMPARE(unread->size(), all->size() - 1);
}

// ---------------------------------------------------------------------------
// 9. The comment thread stays in the newsroom.

void TestWorkflow::commentsAreNeverPublished()
{
    QVERIFY(createUsers());
    const QString id = newArticle();
    QVERIFY(!id.isEmpty());
    const QString question = QStringLiteral("Откуда цифра в 40 миллиардов? Нужна ссылка (note-7731).");
    const QString answer = QStringLiteral("Из доклада акимата, ссылку добавила (note-7732).");
    m_clock->advance(s_minute);
    auto c1 = workflow(m_chief).addComment(id, question);
    QVERIFY2(c1.ok(), qPrintable(c1.error().message));
    m_clock->advance(s_minute);
    auto c2 = workflow(m_writer).addComment(id, answer);
    QVERIFY2(c2.ok(), qPrintable(c2.error().message));

    auto thread = workflow(m_photo).comments(id);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 2);
    QCOMPARE(thread->at(0).text, question);
    QCOMPARE(thread->at(0).who, m_chief.login);
    QCOMPARE(thread->at(0).whoName, m_chief.displayName);
    QCOMPARE(thread->at(0).articleId, id);
    QCOMPARE(thread->at(1).text, answer);
    QCOMPARE(thread->at(1).who, m_writer.login);
    QCOMPARE(thread->at(1).at, m_clock->nowUtc());
    QVERIFY(thread->at(0).at < thread->at(1).at);

    QVERIFY(reach(id, ArticleStatus::Published));
    auto article = articles(m_chief).load(id);
    QVERIFY(article.ok());
    for (const QString &format : ArticleExporter::formatNames()) {
        auto exporter = ArticleExporter::create(format);
        QVERIFY(exporter);
        const QByteArray out = exporter->exportArticle(*article);
        QVERIFY2(!out.isEmpty(), qPrintable(exporter->errorString()));
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(QStringLiteral("акимами")), qPrintable(format)); // the story itself is there
        for (const QString &comment : {question, answer})
            QVERIFY2(!text.contains(comment), qPrintable(format));
        QVERIFY2(!out.contains("note-773"), qPrintable(format));
        QVERIFY2(!text.contains(QStringLiteral("миллиардов")), qPrintable(format));
    }
    QVERIFY(!QJsonDocument(article->toJson()).toJson().contains("note-773"));
}

// ---------------------------------------------------------------------------
// 10. The review diff.

void TestWorkflow::diffAfterReturnAndResubmission()
{
    QVERIFY(createUsers());
    const QString id = newArticle(QStringLiteral("Токаев встретился с акимами областей"));
    QVERIFY(!id.isEmpty());
    const qint64 photoId = attachCompletePhoto(id, QStringLiteral("Акимы в Акорде"));
    QVERIFY(photoId > 0);
    Workflow writer = workflow(m_writer);
    Workflow chief = workflow(m_chief);

    m_clock->advance(s_minute);
    QVERIFY(writer.submit(id).ok());
    const qint64 firstSubmission = *chief.lastSubmittedRevision(id);
    QVERIFY(firstSubmission > 0);
    QCOMPARE(*chief.lastApprovedRevision(id), qint64(0));
    m_clock->advance(s_minute);
    QVERIFY(chief.returnToWriter(id, QStringLiteral("Не акимы, а губернаторы?")).ok());

    // The writer changes one word of the headline and of the body, and the caption.
    ArticleStore store = articles(m_writer);
    Article a = *store.load(id);
    a.headline = QStringLiteral("Токаев встретился с губернаторами областей");
    a.bodyHtml = QStringLiteral("<p>Аким Карагандинской области доложил о готовности к зиме.</p>");
    m_clock->advance(s_minute);
    QVERIFY(store.save(a, ArticleStore::SaveKind::Revision).ok());
    PhotoStore photoStore = photos(m_writer);
    Photo p = *photoStore.photo(photoId);
    p.caption = QStringLiteral("Губернаторы в Акорде");
    QVERIFY(photoStore.update(p).ok());
    m_clock->advance(s_minute);
    QVERIFY(writer.submit(id).ok());
    const qint64 secondSubmission = *chief.lastSubmittedRevision(id);
    QVERIFY(secondSubmission > firstSubmission);

    auto diff = chief.diff(id, firstSubmission, secondSubmission);
    QVERIFY2(diff.ok(), qPrintable(diff.error().message));
    const auto headline = field(*diff, QStringLiteral("headline"));
    QVERIFY(headline);
    QVERIFY(headline->changed);
    QVERIFY(!headline->label.isEmpty());
    QCOMPARE(segmentsOf(*headline, DiffSegment::Kind::Removed), QStringList{QStringLiteral("акимами")});
    QCOMPARE(segmentsOf(*headline, DiffSegment::Kind::Added), QStringList{QStringLiteral("губернаторами")});
    const auto body = field(*diff, QStringLiteral("body"));
    QVERIFY(body);
    QVERIFY(body->changed);
    QCOMPARE(segmentsOf(*body, DiffSegment::Kind::Removed), QStringList{QStringLiteral("подготовке")});
    QCOMPARE(segmentsOf(*body, DiffSegment::Kind::Added), QStringList{QStringLiteral("готовности")});
    const auto lead = field(*diff, QStringLiteral("lead"));
    QVERIFY(lead);
    QVERIFY(!lead->changed);
    const auto caption = field(*diff, QStringLiteral("photo:%1:caption").arg(photoId));
    QVERIFY2(caption, qPrintable(ArticleDiff::toText(*diff)));
    QVERIFY(caption->changed);
    QCOMPARE(segmentsOf(*caption, DiffSegment::Kind::Removed), QStringList{QStringLiteral("Акимы")});
    QCOMPARE(segmentsOf(*caption, DiffSegment::Kind::Added), QStringList{QStringLiteral("Губернаторы")});
    const auto credit = field(*diff, QStringLiteral("photo:%1:credit").arg(photoId));
    QVERIFY(credit);
    QVERIFY(!credit->changed);

    // By default: from the first revision (never approved) to now.
    auto byDefault = chief.diff(id);
    QVERIFY(byDefault.ok());
    const auto headlineNow = field(*byDefault, QStringLiteral("headline"));
    QVERIFY(headlineNow && headlineNow->changed);
    QCOMPARE(segmentsOf(*headlineNow, DiffSegment::Kind::Added),
             QStringList{QStringLiteral("губернаторами")});

    // After approval, the default diff starts at the approved revision.
    m_clock->advance(s_minute);
    QVERIFY(chief.approve(id).ok());
    QVERIFY(*chief.lastApprovedRevision(id) >= secondSubmission);
    auto sinceApproval = chief.diff(id);
    QVERIFY(sinceApproval.ok());
    for (const FieldDiff &f : *sinceApproval)
        QVERIFY2(!f.changed, qPrintable(f.field));
}

void TestWorkflow::reviewQueueOldestFirst()
{
    QVERIFY(createUsers());
    const QString first = newArticle(QStringLiteral("Первая заметка"));
    const QString second = newArticle(QStringLiteral("Вторая заметка"));
    const QString draft = newArticle(QStringLiteral("Черновик"));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !draft.isEmpty());
    QVERIFY(attachCompletePhoto(second) > 0);
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_writer).submit(first).ok());
    const QDateTime firstAt = m_clock->nowUtc();
    m_clock->advance(s_minute);
    QVERIFY(workflow(m_writer).submit(second).ok());

    auto queue = workflow(m_chief).reviewQueue();
    QVERIFY2(queue.ok(), qPrintable(queue.error().message));
    QCOMPARE(queue->size(), 2);
    QCOMPARE(queue->at(0).article.id, first);
    QCOMPARE(queue->at(0).submitted, firstAt);
    QCOMPARE(queue->at(0).submittedBy, m_writer.login);
    QCOMPARE(queue->at(0).photos, 0);
    QCOMPARE(queue->at(1).article.id, second);
    QCOMPARE(queue->at(1).photos, 1);
    QCOMPARE(queue->at(1).openFindings, 0);
}

// ---------------------------------------------------------------------------
// 11. A newsroom without users: one desk, everything allowed, recorded under
// the operating-system account.

void TestWorkflow::singleDeskNewsroom()
{
    QCOMPARE(*UserStore(m_db).hasUsers(), false);
    const Actor desk = Actor::local();
    QVERIFY(desk.singleDesk);
    QVERIFY(!desk.login.isEmpty());

    ArticleStore store(m_db, m_clock.get());
    Article draft;
    draft.headline = QStringLiteral("Редакция из одного человека");
    draft.region = s_region;
    auto created = store.create(draft);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(created->createdBy, desk.login);
    const QString id = created->id;

    Workflow wf(m_db, desk, m_clock.get());
    auto step = [&](const Result<Article> &r, ArticleStatus expected) {
        if (!passed(r, QStringLiteral("single desk")))
            return false;
        return r->status == expected;
    };
    m_clock->advance(s_minute);
    QVERIFY(step(wf.submit(id), ArticleStatus::InReview));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.returnToWriter(id, QStringLiteral("Сам себе редактор")), ArticleStatus::Returned));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.submit(id), ArticleStatus::InReview));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.withdraw(id), ArticleStatus::Withdrawn));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.submit(id), ArticleStatus::InReview));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.approve(id), ArticleStatus::Approved));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.publish(id), ArticleStatus::Published));
    m_clock->advance(s_minute);
    Article edited = *store.load(id);
    edited.lead = QStringLiteral("Дополнение.");
    QVERIFY(step(store.save(edited, ArticleStore::SaveKind::Revision), ArticleStatus::Updated));
    m_clock->advance(s_minute);
    QVERIFY(step(wf.unpublish(id, QStringLiteral("Устарело")), ArticleStatus::Unpublished));
    QVERIFY(wf.addComment(id, QStringLiteral("Заметка себе")).ok());
    QVERIFY(wf.acquireLock(id).ok());
    WorkflowSettings settings = *wf.settings();
    settings.lockIdleMinutes = 15;
    QVERIFY(wf.setSettings(settings).ok());
    QCOMPARE(wf.settings()->lockIdleMinutes, 15);

    auto log = wf.log(id);
    QVERIFY(log.ok());
    const QStringList steps = actions(*log);
    for (const QString &expected :
         {QStringLiteral("submit"), QStringLiteral("return"), QStringLiteral("withdraw"),
          QStringLiteral("approve"), QStringLiteral("publish"), QStringLiteral("update-started"),
          QStringLiteral("unpublish")})
        QVERIFY2(steps.contains(expected), qPrintable(steps.join(QLatin1Char(','))));
    for (const AuditEntry &e : *log)
        QCOMPARE(e.who, desk.login);
    QCOMPARE(wf.comments(id)->first().who, desk.login);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
