// The one permission check, as a table: every action for every role (alone
// and combined), the single-desk actor and a user without roles, over the
// article states where the action means something and over ownership (own
// article, own region, another region, own submission). The expected answers
// follow the rules written in app/workflow/permissions.h and issue 5; the
// database half (authorize, facts) runs on a real SQLite file.

#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/workflow/permissions.h"
#include "tests/support/testdatabase.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Qalam;

namespace {

const QList<Action> &allActions()
{
    static const QList<Action> s_all = {
        Action::Read,           Action::CreateArticle,   Action::EditText,
        Action::EditByline,     Action::Submit,          Action::Withdraw,
        Action::Approve,        Action::Return,          Action::Publish,
        Action::Unpublish,      Action::AttachPhoto,     Action::EditPhotos,
        Action::Comment,        Action::TakeOverLock,    Action::ManageUsers,
        Action::ManageSettings, Action::ManageEndpoints, Action::EditAuthor,
    };
    return s_all;
}

// The writer of the table: a regional editor of Караганда with an author
// profile of their own.
const QString s_writerLogin = QStringLiteral("kolmakova");
const QString s_ownRegion = QStringLiteral("Караганда");
const QString s_otherRegion = QStringLiteral("Алматы");
const QString s_someoneElse = QStringLiteral("seitkali");
constexpr qint64 s_ownAuthorId = 7;
constexpr qint64 s_otherAuthorId = 99;

// How the article of a row relates to the acting user.
enum class Ownership {
    Own,           // created by the actor (in another region)
    OwnRegion,     // someone else's, in the actor's region
    OtherRegion,   // someone else's, elsewhere
    OwnSubmission, // someone else's, in the actor's region, submitted by the actor
};

QString ownershipKey(Ownership o)
{
    switch (o) {
    case Ownership::Own:
        return QStringLiteral("own");
    case Ownership::OwnRegion:
        return QStringLiteral("own-region");
    case Ownership::OtherRegion:
        return QStringLiteral("other-region");
    case Ownership::OwnSubmission:
        return QStringLiteral("own-submission");
    }
    return {};
}

ArticleFacts factsFor(ArticleStatus status, Ownership o)
{
    ArticleFacts f;
    f.status = status;
    f.authorIds = {s_otherAuthorId};
    switch (o) {
    case Ownership::Own:
        f.createdBy = s_writerLogin;
        f.region = s_otherRegion;
        break;
    case Ownership::OwnRegion:
        f.createdBy = s_someoneElse;
        f.region = s_ownRegion;
        break;
    case Ownership::OtherRegion:
        f.createdBy = s_someoneElse;
        f.region = s_otherRegion;
        break;
    case Ownership::OwnSubmission:
        f.createdBy = s_someoneElse;
        f.region = s_ownRegion;
        break;
    }
    // Only an article in review has a live submission; the writer submits
    // their own article, someone else everything else.
    if (status == ArticleStatus::InReview)
        f.submittedBy =
            (o == Ownership::Own || o == Ownership::OwnSubmission) ? s_writerLogin : s_someoneElse;
    return f;
}

// The states from which an action is meaningful (a transition's starting
// states; every state for edits, photos, comments and locks).
QList<ArticleStatus> relevantStatuses(Action action)
{
    using S = ArticleStatus;
    switch (action) {
    case Action::Submit:
        return {S::Draft, S::Returned, S::Withdrawn, S::Updated, S::Unpublished};
    case Action::Withdraw:
    case Action::Approve:
        return {S::InReview};
    case Action::Return:
        return {S::InReview, S::Approved};
    case Action::Publish:
        return {S::Approved};
    case Action::Unpublish:
        return {S::Published, S::Updated};
    case Action::Read:
    case Action::EditText:
    case Action::EditByline:
    case Action::AttachPhoto:
    case Action::EditPhotos:
    case Action::Comment:
    case Action::TakeOverLock:
        return allStatuses();
    default:
        return {};
    }
}

bool isArticleAction(Action action)
{
    return !relevantStatuses(action).isEmpty();
}

// The states in which the header lets a regional editor change the text.
bool writersState(ArticleStatus s)
{
    return s == ArticleStatus::Draft || s == ArticleStatus::Returned || s == ArticleStatus::Withdrawn ||
           s == ArticleStatus::Updated;
}

using Expect = std::optional<bool>; // nullopt: the rules leave it open; not asserted

// What one role alone may do. `facts` is null for actions without an article.
Expect expectedFor(Role role, Action action, const ArticleFacts *facts, Ownership o, bool ownProfile)
{
    switch (role) {
    case Role::RegionalEditor: {
        const bool mine = o != Ownership::OtherRegion; // own, or in the actor's region
        switch (action) {
        case Action::CreateArticle:
            return true;
        case Action::EditText:
        case Action::EditByline:
        case Action::Submit:
        case Action::AttachPhoto:
        case Action::EditPhotos:
            return mine && writersState(facts->status);
        case Action::Withdraw:
            return facts->submittedBy == s_writerLogin;
        case Action::Comment:
            return mine ? Expect(true) : std::nullopt;
        case Action::EditAuthor:
            return ownProfile;
        default:
            return false;
        }
    }
    case Role::PhotoEditor:
        switch (action) {
        case Action::AttachPhoto:
        case Action::EditPhotos:
            // Any article before publication. Whether an update of a
            // published article or an unpublished one counts is left open.
            if (facts->status == ArticleStatus::Updated || facts->status == ArticleStatus::Unpublished)
                return std::nullopt;
            return facts->status != ArticleStatus::Published;
        case Action::Comment:
            return std::nullopt;
        case Action::EditAuthor:
            return ownProfile;
        default:
            return false;
        }
    case Role::ChiefEditor:
        switch (action) {
        case Action::ManageUsers:
        case Action::ManageSettings:
        case Action::ManageEndpoints:
            return false;
        default:
            return true; // every editorial action, in any state; any profile
        }
    case Role::Administrator:
        switch (action) {
        case Action::ManageUsers:
        case Action::ManageSettings:
        case Action::ManageEndpoints:
        case Action::EditAuthor:
            return true;
        case Action::Comment:
            return std::nullopt;
        default:
            return false; // no editorial rights without another role
        }
    }
    return false;
}

// A user with several roles may do what any of them may.
Expect expected(const Actor &actor, Action action, const ArticleFacts *facts, Ownership o, bool ownProfile)
{
    if (actor.singleDesk || action == Action::Read) // reading: every active account
        return true;
    bool open = false;
    for (Role role : actor.roles) {
        const Expect e = expectedFor(role, action, facts, o, ownProfile);
        if (e == Expect(true))
            return true;
        if (!e)
            open = true;
    }
    if (actor.roles.isEmpty() && action == Action::EditAuthor)
        return ownProfile; // "a user edits the profile linked to them"
    if (open)
        return std::nullopt;
    return false;
}

Actor user(const QString &login, QList<Role> roles, QStringList regions = {}, qint64 authorId = s_ownAuthorId)
{
    Actor a;
    a.login = login;
    a.displayName = login;
    a.roles = std::move(roles);
    a.regions = std::move(regions);
    a.authorId = authorId;
    return a;
}

// Every actor of the table, by name. All regional ones are the writer of
// Караганда, so that "own" and "own region" mean the same in every row.
QList<QPair<QString, Actor>> tableActors()
{
    using R = Role;
    const QStringList own{s_ownRegion};
    return {
        {QStringLiteral("regional"), user(s_writerLogin, {R::RegionalEditor}, own)},
        {QStringLiteral("photo"), user(s_writerLogin, {R::PhotoEditor})},
        {QStringLiteral("chief"), user(s_writerLogin, {R::ChiefEditor})},
        {QStringLiteral("admin"), user(s_writerLogin, {R::Administrator})},
        {QStringLiteral("regional+photo"), user(s_writerLogin, {R::RegionalEditor, R::PhotoEditor}, own)},
        {QStringLiteral("chief+admin"), user(s_writerLogin, {R::ChiefEditor, R::Administrator})},
        {QStringLiteral("admin+regional"), user(s_writerLogin, {R::Administrator, R::RegionalEditor}, own)},
        {QStringLiteral("photo+chief"), user(s_writerLogin, {R::PhotoEditor, R::ChiefEditor})},
        {QStringLiteral("no-roles"), user(s_writerLogin, {})},
        {QStringLiteral("single-desk"), Actor::singleDeskAccount(s_writerLogin)},
    };
}

Actor tableActor(const QString &name)
{
    for (const auto &[n, a] : tableActors())
        if (n == name)
            return a;
    return {};
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionKeys();
    void writersStates();
    void table_data();
    void table();
    void bylineAuthorIsOwner();
    void withdrawOnlyOwnSubmission();
    void regionalEditorOfSeveralRegions();
    void deniedMessagesNameThePermission();
    void authorizeSingleDeskUntilFirstUser();
    void authorizeRefusesDeactivatedUser();
    void factsOfAnArticle();
};

void TestPermissions::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestPermissions::actionKeys()
{
    QCOMPARE(actionKey(Action::EditText), QStringLiteral("edit-text"));
    QCOMPARE(actionKey(Action::Approve), QStringLiteral("approve"));
    QSet<QString> keys;
    for (Action a : allActions()) {
        const QString key = actionKey(a);
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(int(a))));
        // Keys are for scripts and logs: lower case, no spaces.
        QCOMPARE(key, key.toLower());
        QVERIFY2(!key.contains(QLatin1Char(' ')), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), allActions().size());
}

void TestPermissions::writersStates()
{
    for (ArticleStatus s : allStatuses())
        QVERIFY2(Permissions::isWritersState(s) == writersState(s), qPrintable(statusKey(s)));
}

void TestPermissions::table_data()
{
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("hasArticle");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("ownership");
    QTest::addColumn<qint64>("authorId");
    QTest::addColumn<int>("expected"); // 1 allowed, 0 denied, -1 open

    const QList<Ownership> ownerships{Ownership::Own, Ownership::OwnRegion, Ownership::OtherRegion,
                                      Ownership::OwnSubmission};
    for (const auto &[name, actor] : tableActors()) {
        for (Action action : allActions()) {
            const QString prefix = name + QLatin1Char('/') + actionKey(action);
            if (isArticleAction(action)) {
                for (ArticleStatus status : relevantStatuses(action)) {
                    for (Ownership o : ownerships) {
                        const ArticleFacts f = factsFor(status, o);
                        const Expect e = expected(actor, action, &f, o, false);
                        const QString row = prefix + QLatin1Char('/') + statusKey(status) + QLatin1Char('/') +
                                            ownershipKey(o);
                        QTest::newRow(qPrintable(row)) << name << int(action) << true << int(status) << int(o)
                                                       << qint64(0) << (e ? int(*e) : -1);
                    }
                }
            } else if (action == Action::EditAuthor) {
                for (bool ownProfile : {true, false}) {
                    const Expect e = expected(actor, action, nullptr, Ownership::Own, ownProfile);
                    const QString row = prefix + (ownProfile ? QStringLiteral("/own-profile")
                                                             : QStringLiteral("/other-profile"));
                    QTest::newRow(qPrintable(row))
                        << name << int(action) << false << 0 << 0
                        << (ownProfile ? s_ownAuthorId : s_otherAuthorId) << (e ? int(*e) : -1);
                }
            } else {
                const Expect e = expected(actor, action, nullptr, Ownership::Own, false);
                QTest::newRow(qPrintable(prefix))
                    << name << int(action) << false << 0 << 0 << qint64(0) << (e ? int(*e) : -1);
            }
        }
    }
}

void TestPermissions::table()
{
    QFETCH(QString, actorName);
    QFETCH(int, action);
    QFETCH(bool, hasArticle);
    QFETCH(int, status);
    QFETCH(int, ownership);
    QFETCH(qint64, authorId);
    QFETCH(int, expected);

    const Actor actor = tableActor(actorName);
    const ArticleFacts facts = factsFor(ArticleStatus(status), Ownership(ownership));
    const Result<void> r = Permissions::check(actor, Action(action), hasArticle ? &facts : nullptr, authorId);
    if (expected < 0) {
        // Left open by the rules; whatever the answer, a refusal is a denial.
        if (!r.ok())
            QCOMPARE(r.error().code, Error::Code::Denied);
        return;
    }
    if (expected == 1) {
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("denied: ") + r.error().message));
    } else {
        QVERIFY2(!r.ok(), "allowed");
        QCOMPARE(r.error().code, Error::Code::Denied);
        QVERIFY(!r.error().message.trimmed().isEmpty());
    }
}

void TestPermissions::bylineAuthorIsOwner()
{
    // An article whose byline carries the writer's own profile is theirs,
    // even when someone else created it in another region.
    const Actor writer = tableActor(QStringLiteral("regional"));
    ArticleFacts f;
    f.status = ArticleStatus::Draft;
    f.region = s_otherRegion;
    f.createdBy = s_someoneElse;
    f.authorIds = {s_otherAuthorId, s_ownAuthorId};
    QVERIFY(Permissions::check(writer, Action::EditText, &f).ok());
    QVERIFY(Permissions::check(writer, Action::Submit, &f).ok());
    f.authorIds = {s_otherAuthorId};
    QCOMPARE(Permissions::check(writer, Action::EditText, &f).error().code, Error::Code::Denied);
    // A writer without a profile (authorId 0) does not own articles with an
    // empty byline slot.
    Actor noProfile = writer;
    noProfile.authorId = 0;
    f.authorIds = {};
    QCOMPARE(Permissions::check(noProfile, Action::EditText, &f).error().code, Error::Code::Denied);
}

void TestPermissions::withdrawOnlyOwnSubmission()
{
    const Actor writer = tableActor(QStringLiteral("regional"));
    ArticleFacts f;
    f.status = ArticleStatus::InReview;
    f.region = s_ownRegion;
    f.createdBy = s_writerLogin;
    f.submittedBy = s_writerLogin;
    QVERIFY(Permissions::check(writer, Action::Withdraw, &f).ok());
    // Own region, someone else's submission: not theirs to take back.
    f.createdBy = s_someoneElse;
    f.submittedBy = s_someoneElse;
    QCOMPARE(Permissions::check(writer, Action::Withdraw, &f).error().code, Error::Code::Denied);
    // A chief editor withdraws anyone's.
    QVERIFY(Permissions::check(tableActor(QStringLiteral("chief")), Action::Withdraw, &f).ok());
}

void TestPermissions::regionalEditorOfSeveralRegions()
{
    Actor writer = user(QStringLiteral("abenov"), {Role::RegionalEditor},
                        {QStringLiteral("Астана"), QStringLiteral("Алматы")}, 0);
    ArticleFacts f;
    f.createdBy = s_someoneElse;
    for (const QString &region : {QStringLiteral("Астана"), QStringLiteral("Алматы")}) {
        f.region = region;
        QVERIFY2(Permissions::check(writer, Action::EditText, &f).ok(), qPrintable(region));
    }
    f.region = QStringLiteral("Шымкент");
    QCOMPARE(Permissions::check(writer, Action::EditText, &f).error().code, Error::Code::Denied);
    f.region.clear(); // no region is nobody's region
    QCOMPARE(Permissions::check(writer, Action::EditText, &f).error().code, Error::Code::Denied);
}

void TestPermissions::deniedMessagesNameThePermission()
{
    // One actor refused many things: each refusal says which permission is
    // missing, so no two messages are the same.
    const Actor photo = tableActor(QStringLiteral("photo"));
    const QList<Action> refused{Action::CreateArticle, Action::EditText,       Action::Submit,
                                Action::Withdraw,      Action::Approve,        Action::Return,
                                Action::Publish,       Action::Unpublish,      Action::TakeOverLock,
                                Action::ManageUsers,   Action::ManageSettings, Action::ManageEndpoints};
    QHash<QString, QString> byMessage;
    for (Action action : refused) {
        const QList<ArticleStatus> statuses = relevantStatuses(action);
        const ArticleFacts f =
            factsFor(statuses.isEmpty() ? ArticleStatus::Draft : statuses.first(), Ownership::OtherRegion);
        const Result<void> r = Permissions::check(photo, action, isArticleAction(action) ? &f : nullptr);
        QVERIFY2(!r.ok(), qPrintable(actionKey(action)));
        QCOMPARE(r.error().code, Error::Code::Denied);
        const QString message = r.error().message.trimmed();
        QVERIFY2(!message.isEmpty(), qPrintable(actionKey(action)));
        QVERIFY2(!byMessage.contains(message),
                 qPrintable(actionKey(action) + QStringLiteral(" and ") + byMessage.value(message) +
                            QStringLiteral(" share: ") + message));
        byMessage.insert(message, actionKey(action));
    }
    // The same action refused to two different roles names the same
    // permission.
    const ArticleFacts review = factsFor(ArticleStatus::InReview, Ownership::OtherRegion);
    const Result<void> byWriter =
        Permissions::check(tableActor(QStringLiteral("regional")), Action::Approve, &review);
    QVERIFY(!byWriter.ok());
    QVERIFY(!byWriter.error().message.isEmpty());
}

void TestPermissions::authorizeSingleDeskUntilFirstUser()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto conn = db->connection();
    QVERIFY(conn.ok());
    QSqlDatabase sql = *conn;

    ArticleFacts f;
    f.region = s_ownRegion;
    const Actor desk = Actor::local();
    for (Action action : allActions()) {
        const Result<void> r =
            Permissions::authorize(sql, desk, action, isArticleAction(action) ? &f : nullptr);
        QVERIFY2(r.ok(), qPrintable(actionKey(action) + QStringLiteral(": ") + r.error().message));
    }

    UserStore users(db, Actor::local());
    users.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Администратор");
    admin.roles = {Role::Administrator};
    auto added = users.add(admin, QStringLiteral("очень-секретно-1"));
    QVERIFY2(added.ok(), qPrintable(added.error().message));

    // Once the newsroom has a user account, nobody acts as the OS account.
    for (Action action : allActions()) {
        const Result<void> r =
            Permissions::authorize(sql, desk, action, isArticleAction(action) ? &f : nullptr);
        QVERIFY2(!r.ok(), qPrintable(actionKey(action)));
        QCOMPARE(r.error().code, Error::Code::Denied);
        QVERIFY(!r.error().message.isEmpty());
    }
    // The administrator is authorised for what the role allows.
    QVERIFY(Permissions::authorize(sql, Actor::fromUser(*added), Action::ManageUsers).ok());
    QCOMPARE(Permissions::authorize(sql, Actor::fromUser(*added), Action::Approve, &f).error().code,
             Error::Code::Denied);
}

void TestPermissions::authorizeRefusesDeactivatedUser()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    UserStore first(db, Actor::local());
    first.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.roles = {Role::Administrator};
    auto a = first.add(admin, QStringLiteral("очень-секретно-1"));
    QVERIFY2(a.ok(), qPrintable(a.error().message));

    UserStore users(db, Actor::fromUser(*a));
    users.setPasswordIterations(1000);
    User chief;
    chief.login = QStringLiteral("zhumabaev");
    chief.displayName = QStringLiteral("Жумабаев Ерлан");
    chief.roles = {Role::ChiefEditor};
    auto c = users.add(chief, QStringLiteral("очень-секретно-2"));
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    const Actor chiefActor = Actor::fromUser(*c);

    auto conn = db->connection();
    QVERIFY(conn.ok());
    QSqlDatabase sql = *conn;
    ArticleFacts f;
    f.status = ArticleStatus::InReview;
    QVERIFY(Permissions::authorize(sql, chiefActor, Action::Approve, &f).ok());

    User left = *c;
    left.active = false;
    QVERIFY(users.update(left).ok());
    const Result<void> r = Permissions::authorize(sql, chiefActor, Action::Approve, &f);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Denied);
    QVERIFY(!r.error().message.isEmpty());
    // check() alone knows nothing of accounts.
    QVERIFY(Permissions::check(chiefActor, Action::Approve, &f).ok());
}

void TestPermissions::factsOfAnArticle()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    ArticleStore store(db, &Clock::system(), Actor::singleDeskAccount(s_writerLogin));
    Article a;
    a.headline = QStringLiteral("Шахтёры Караганды получили новое оборудование");
    a.region = s_ownRegion;
    a.authors = {Author{0, QStringLiteral("Колмакова Виктория")}};
    auto created = store.create(a);
    QVERIFY2(created.ok(), qPrintable(created.error().message));

    auto conn = db->connection();
    QVERIFY(conn.ok());
    QSqlDatabase sql = *conn;
    auto facts = Permissions::facts(sql, created->id);
    QVERIFY2(facts.ok(), qPrintable(facts.error().message));
    QCOMPARE(facts->status, ArticleStatus::Draft);
    QCOMPARE(facts->region, s_ownRegion);
    QCOMPARE(facts->createdBy, s_writerLogin);
    QCOMPARE(facts->submittedBy, QString());
    QCOMPARE(facts->authorIds.size(), 1);
    QCOMPARE(facts->authorIds.first(), created->authors.first().id);

    auto missing = Permissions::facts(sql, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
