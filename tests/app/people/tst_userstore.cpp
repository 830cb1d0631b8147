#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/database.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qalam;

namespace {

// Low enough for quick tests; defaultIterations() checks the real one.
constexpr int s_testIterations = 500;

const QString s_adminPassword = QStringLiteral("Админ-пароль-1");

User makeUser(const QString &login, QList<Role> roles, QStringList regions = {})
{
    User u;
    u.login = login;
    u.displayName = login;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    return u;
}

} // namespace

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithoutUsers();
    void firstUserMustBeAdministrator();
    void singleDeskRefusedOnceAUserExists();
    void addUpdateAndList();
    void signIn();
    void signInRefusalsLookAlike();
    void unknownLoginTakesAsLongAsAWrongPassword();
    void inactiveAccountRefused();
    void duplicateLoginRefused();
    void invalidInput_data();
    void invalidInput();
    void regionalEditorCannotManageUsers();
    void setPassword();
    void singleDeskAccountCannotSetAUsersPassword();
    void lastAdministratorStays();
    void authorLink();
    void passwordNeverStoredInClear();
    void passwordNeverInErrors();
    void defaultIterations();

private:
    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;

    UserStore store(const Actor &actor);
    UserStore desk();
    // Adds the first administrator ("admin") and returns a store acting as them.
    User addAdmin();
    int rowCount(const QString &table);
};

void TestUserStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestUserStore::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
}

void TestUserStore::cleanup()
{
    m_db.reset();
    m_clock.reset();
    m_file.reset();
}

UserStore TestUserStore::store(const Actor &actor)
{
    UserStore s(m_db, actor, m_clock.get());
    s.setPasswordIterations(s_testIterations);
    return s;
}

UserStore TestUserStore::desk()
{
    return store(Actor::singleDeskAccount(QStringLiteral("desk")));
}

User TestUserStore::addAdmin()
{
    auto added = desk().add(makeUser(QStringLiteral("admin"), {Role::Administrator}), s_adminPassword);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    return *added;
}

int TestUserStore::rowCount(const QString &table)
{
    auto conn = m_db->connection();
    if (!conn)
        return -1;
    QSqlQuery q(*conn);
    // The table name is one of ours, never input.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestUserStore::startsWithoutUsers()
{
    auto users = desk();
    QCOMPARE(*users.hasUsers(), false);
    QCOMPARE(users.list()->size(), 0);
    QCOMPARE(users.user(QStringLiteral("admin")).error().code, Error::Code::NotFound);
}

void TestUserStore::firstUserMustBeAdministrator()
{
    auto users = desk();
    const auto refused = users.add(makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}),
                                   QStringLiteral("Пароль-редактора"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("administrator")),
             qPrintable(refused.error().message));
    QCOMPARE(*users.hasUsers(), false);
    QCOMPARE(rowCount(QStringLiteral("users")), 0);

    const auto admin = users.add(makeUser(QStringLiteral("admin"), {Role::Administrator, Role::ChiefEditor}),
                                 s_adminPassword);
    QVERIFY2(admin, qPrintable(admin.error().message));
    QVERIFY(admin->id > 0);
    QCOMPARE(*users.hasUsers(), true);
}

void TestUserStore::singleDeskRefusedOnceAUserExists()
{
    addAdmin();
    auto users = desk();
    const auto refused = users.add(makeUser(QStringLiteral("second"), {Role::Administrator}),
                                   QStringLiteral("Пароль-второго"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Denied);
    QCOMPARE(rowCount(QStringLiteral("users")), 1);
    User admin = *users.user(QStringLiteral("admin"));
    admin.displayName = QStringLiteral("Захвачен");
    QCOMPARE(users.update(admin).error().code, Error::Code::Denied);
    QCOMPARE(users.user(QStringLiteral("admin"))->displayName, QStringLiteral("admin"));
}

void TestUserStore::addUpdateAndList()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    QCOMPARE(admin.created, m_clock->nowUtc());
    QCOMPARE(admin.roles, QList<Role>{Role::Administrator});

    m_clock->advance(60 * 1000);
    User kolmakova = makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor, Role::RegionalEditor},
                              {QStringLiteral("  Карагандинская   область "), QString()});
    kolmakova.displayName = QStringLiteral("  Колмакова   Виктория ");
    const auto added = users.add(kolmakova, QStringLiteral("Пароль-редактора"));
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(added->login, QStringLiteral("kolmakova"));
    QCOMPARE(added->displayName, QStringLiteral("Колмакова Виктория"));
    QCOMPARE(added->roles, QList<Role>{Role::RegionalEditor});
    QCOMPARE(added->regions, QStringList{QStringLiteral("Карагандинская область")});
    QCOMPARE(added->created, m_clock->nowUtc());
    QVERIFY(added->active);

    const auto chief =
        users.add(makeUser(QStringLiteral("chief"), {Role::ChiefEditor}), QStringLiteral("Пароль-главреда"));
    QVERIFY2(chief, qPrintable(chief.error().message));

    // Read back exactly as returned.
    QCOMPARE(*users.user(QStringLiteral("kolmakova")), *added);
    QCOMPARE(*users.userById(added->id), *added);
    const auto all = users.list();
    QVERIFY(all);
    QStringList logins;
    for (const User &u : *all)
        logins.append(u.login);
    QCOMPARE(logins,
             (QStringList{QStringLiteral("admin"), QStringLiteral("chief"), QStringLiteral("kolmakova")}));

    User changed = *added;
    changed.displayName = QStringLiteral("Колмакова В.");
    changed.roles = {Role::RegionalEditor, Role::PhotoEditor};
    changed.regions = {QStringLiteral("Карагандинская область"), QStringLiteral("Абайская область")};
    changed.active = false;
    const auto updated = users.update(changed);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(*updated, changed);
    QCOMPARE(*users.user(QStringLiteral("kolmakova")), changed);

    // By login when no id is given; the login itself never changes.
    User byLogin = changed;
    byLogin.id = 0;
    byLogin.active = true;
    QVERIFY(users.update(byLogin));
    QVERIFY(users.user(QStringLiteral("kolmakova"))->active);
    User renamed = changed;
    renamed.login = QStringLiteral("victoria");
    QCOMPARE(users.update(renamed).error().code, Error::Code::InvalidInput);
    User missing = changed;
    missing.id = 999;
    QCOMPARE(users.update(missing).error().code, Error::Code::NotFound);
}

void TestUserStore::signIn()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    User regional = makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}, {QStringLiteral("Абай")});
    regional.displayName = QStringLiteral("Колмакова Виктория");
    QVERIFY(users.add(regional, QStringLiteral("Пароль-редактора")));

    const auto actor = desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-редактора"));
    QVERIFY2(actor, qPrintable(actor.error().message));
    QCOMPARE(actor->login, QStringLiteral("kolmakova"));
    QCOMPARE(actor->displayName, QStringLiteral("Колмакова Виктория"));
    QCOMPARE(actor->roles, QList<Role>{Role::RegionalEditor});
    QCOMPARE(actor->regions, QStringList{QStringLiteral("Абай")});
    QVERIFY(!actor->singleDesk);

    const auto wrong = desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("пароль-редактора"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::Denied);
}

void TestUserStore::signInRefusalsLookAlike()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    User gone = makeUser(QStringLiteral("gone"), {Role::RegionalEditor});
    QVERIFY(users.add(gone, QStringLiteral("Пароль-ушедшего")));
    gone = *users.user(QStringLiteral("gone"));
    gone.active = false;
    QVERIFY(users.update(gone));

    const Error wrongPassword =
        desk().signIn(QStringLiteral("admin"), QStringLiteral("не тот пароль")).error();
    const Error unknownLogin = desk().signIn(QStringLiteral("nobody"), s_adminPassword).error();
    const Error inactive = desk().signIn(QStringLiteral("gone"), QStringLiteral("Пароль-ушедшего")).error();
    QVERIFY(!wrongPassword.message.isEmpty());
    QCOMPARE(unknownLogin.code, wrongPassword.code);
    QCOMPARE(unknownLogin.message, wrongPassword.message);
    QCOMPARE(unknownLogin.detail, wrongPassword.detail);
    QCOMPARE(inactive.code, wrongPassword.code);
    QCOMPARE(inactive.message, wrongPassword.message);
    QCOMPARE(inactive.detail, wrongPassword.detail);
}

// An unknown login runs the same key derivation as a wrong password, so the
// answer's timing does not tell which logins exist. Without it the refusal
// would be hundreds of times faster; best of several runs keeps it steady.
void TestUserStore::unknownLoginTakesAsLongAsAWrongPassword()
{
    addAdmin();
    auto users = desk();
    users.setPasswordIterations(40000);
    const auto best = [&users](const QString &login) {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)users.signIn(login, QStringLiteral("не тот пароль"));
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        return bestNs;
    };
    // The admin's hash was made with s_testIterations: compare against an
    // account hashed at the same cost as the dummy.
    UserStore slow(m_db, Actor::fromUser(*users.user(QStringLiteral("admin"))), m_clock.get());
    slow.setPasswordIterations(40000);
    QVERIFY(
        slow.add(makeUser(QStringLiteral("slow"), {Role::ChiefEditor}), QStringLiteral("Пароль-медленный")));
    const qint64 known = best(QStringLiteral("slow"));
    const qint64 unknown = best(QStringLiteral("nobody"));
    qInfo("wrong password %lld ms, unknown login %lld ms", known / 1000000, unknown / 1000000);
    QVERIFY2(unknown * 2 > known, "an unknown login is refused much faster than a wrong password");
}

void TestUserStore::inactiveAccountRefused()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    QVERIFY(users.add(makeUser(QStringLiteral("admin2"), {Role::Administrator}),
                      QStringLiteral("Пароль-второго")));
    const User second = *users.user(QStringLiteral("admin2"));
    User off = second;
    off.active = false;
    QVERIFY(users.update(off));

    QVERIFY(!desk().signIn(QStringLiteral("admin2"), QStringLiteral("Пароль-второго")));
    // An actor signed in before the deactivation can no longer act.
    auto stale = store(Actor::fromUser(second));
    const auto refused =
        stale.add(makeUser(QStringLiteral("third"), {Role::ChiefEditor}), QStringLiteral("Пароль-третьего"));
    QCOMPARE(refused.error().code, Error::Code::Denied);
    QCOMPARE(rowCount(QStringLiteral("users")), 2);
}

void TestUserStore::duplicateLoginRefused()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    QVERIFY(users.add(makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}),
                      QStringLiteral("Пароль-один")));
    for (const QString &login : {QStringLiteral("kolmakova"), QStringLiteral("Kolmakova")}) {
        const auto dup = users.add(makeUser(login, {Role::PhotoEditor}), QStringLiteral("Пароль-два"));
        QVERIFY2(!dup, qPrintable(login));
        QCOMPARE(dup.error().code, Error::Code::Conflict);
    }
    QCOMPARE(rowCount(QStringLiteral("users")), 2);
    // The first account is untouched, password included.
    QCOMPARE(users.user(QStringLiteral("kolmakova"))->roles, QList<Role>{Role::RegionalEditor});
    QVERIFY(desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-один")));
}

void TestUserStore::invalidInput_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("withRoles");
    const QString good = QStringLiteral("Хороший-пароль");
    QTest::newRow("one letter") << QStringLiteral("a") << good << true;
    QTest::newRow("65 letters") << QString(65, u'a') << good << true;
    QTest::newRow("space") << QStringLiteral("kolmakova v") << good << true;
    QTest::newRow("semicolon") << QStringLiteral("k;drop") << good << true;
    QTest::newRow("at sign") << QStringLiteral("k@example.kz") << good << true;
    QTest::newRow("empty login") << QString() << good << true;
    QTest::newRow("7-character password") << QStringLiteral("kolmakova") << QStringLiteral("1234567") << true;
    QTest::newRow("empty password") << QStringLiteral("kolmakova") << QString() << true;
    QTest::newRow("no role") << QStringLiteral("kolmakova") << good << false;
}

void TestUserStore::invalidInput()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(bool, withRoles);
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    const auto r =
        users.add(makeUser(login, withRoles ? QList<Role>{Role::RegionalEditor} : QList<Role>{}), password);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(rowCount(QStringLiteral("users")), 1);
}

void TestUserStore::regionalEditorCannotManageUsers()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    const auto regional = users.add(makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}),
                                    QStringLiteral("Пароль-редактора"));
    QVERIFY(regional);
    const auto chief =
        users.add(makeUser(QStringLiteral("chief"), {Role::ChiefEditor}), QStringLiteral("Пароль-главреда"));
    QVERIFY(chief);

    for (const User &who : {*regional, *chief}) {
        auto as = store(Actor::fromUser(who));
        const auto add = as.add(makeUser(QStringLiteral("intruder"), {Role::Administrator}),
                                QStringLiteral("Пароль-чужака"));
        QVERIFY(!add);
        QCOMPARE(add.error().code, Error::Code::Denied);
        QVERIFY(!add.error().message.isEmpty());
        User promoted = who;
        promoted.roles.append(Role::Administrator);
        QCOMPARE(as.update(promoted).error().code, Error::Code::Denied);
        QCOMPARE(as.setPassword(QStringLiteral("admin"), QStringLiteral("Новый-пароль-админа")).error().code,
                 Error::Code::Denied);
    }
    // Nothing was written.
    QCOMPARE(rowCount(QStringLiteral("users")), 3);
    QCOMPARE(users.user(QStringLiteral("intruder")).error().code, Error::Code::NotFound);
    QCOMPARE(users.user(QStringLiteral("kolmakova"))->roles, QList<Role>{Role::RegionalEditor});
    QCOMPARE(users.user(QStringLiteral("chief"))->roles, QList<Role>{Role::ChiefEditor});
    QVERIFY(desk().signIn(QStringLiteral("admin"), s_adminPassword));
}

void TestUserStore::setPassword()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    const auto regional = users.add(makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}),
                                    QStringLiteral("Пароль-старый"));
    QVERIFY(regional);

    // A user changes their own password.
    auto self = store(Actor::fromUser(*regional));
    QVERIFY(self.setPassword(QStringLiteral("kolmakova"), QStringLiteral("Пароль-новый")));
    QVERIFY(!desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-старый")));
    QVERIFY(desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-новый")));
    QCOMPARE(self.setPassword(QStringLiteral("kolmakova"), QStringLiteral("short")).error().code,
             Error::Code::InvalidInput);

    // The administrator sets anyone's.
    QVERIFY(users.setPassword(QStringLiteral("kolmakova"), QStringLiteral("Пароль-от-админа")));
    QVERIFY(desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-от-админа")));
    QCOMPARE(users.setPassword(QStringLiteral("nobody"), QStringLiteral("Пароль-никому")).error().code,
             Error::Code::NotFound);
}

// The operating-system account may share a user's login: that is no proof of
// being that user once the newsroom has accounts.
void TestUserStore::singleDeskAccountCannotSetAUsersPassword()
{
    addAdmin();
    auto osAccount = store(Actor::singleDeskAccount(QStringLiteral("admin")));
    const auto r = osAccount.setPassword(QStringLiteral("admin"), QStringLiteral("Захваченный-пароль"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Denied);
    QVERIFY(desk().signIn(QStringLiteral("admin"), s_adminPassword));
}

void TestUserStore::lastAdministratorStays()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    User demoted = admin;
    demoted.roles = {Role::ChiefEditor};
    QCOMPARE(users.update(demoted).error().code, Error::Code::InvalidInput);
    User off = admin;
    off.active = false;
    QCOMPARE(users.update(off).error().code, Error::Code::InvalidInput);
    QCOMPARE(users.user(QStringLiteral("admin"))->roles, QList<Role>{Role::Administrator});

    // With a second administrator the first may step down.
    QVERIFY(users.add(makeUser(QStringLiteral("admin2"), {Role::Administrator}),
                      QStringLiteral("Пароль-второго")));
    QVERIFY(users.update(demoted));
    QCOMPARE(users.user(QStringLiteral("admin"))->roles, QList<Role>{Role::ChiefEditor});
}

void TestUserStore::authorLink()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    AuthorStore authors(m_db, Actor::fromUser(admin), m_clock.get());
    const auto profile = authors.add(Author(0, QStringLiteral("Колмакова Виктория")));
    QVERIFY2(profile, qPrintable(profile.error().message));

    User linked = makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor});
    linked.authorId = profile->id;
    const auto added = users.add(linked, QStringLiteral("Пароль-редактора"));
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(added->authorId, profile->id);
    QCOMPARE(desk().signIn(QStringLiteral("kolmakova"), QStringLiteral("Пароль-редактора"))->authorId,
             profile->id);

    User unlinked = *added;
    unlinked.authorId = 0;
    QVERIFY(users.update(unlinked));
    QCOMPARE(users.user(QStringLiteral("kolmakova"))->authorId, 0);

    User broken = *added;
    broken.authorId = profile->id + 100;
    QCOMPARE(users.update(broken).error().code, Error::Code::NotFound);
    QCOMPARE(users.user(QStringLiteral("kolmakova"))->authorId, 0);
}

void TestUserStore::passwordNeverStoredInClear()
{
    addAdmin();
    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM users")));
    QVERIFY(q.next());
    bool sawHash = false;
    for (int i = 0; i < q.record().count(); ++i) {
        const QString value = q.value(i).toString();
        QVERIFY2(!value.contains(s_adminPassword), "the password is stored in clear");
        QVERIFY(!value.contains(QStringLiteral("Админ-пароль")));
        if (value.startsWith(QStringLiteral("pbkdf2-sha512$"))) {
            sawHash = true;
            QVERIFY(Password::verify(s_adminPassword, value.toLatin1()));
            QCOMPARE(Password::iterationsOf(value.toLatin1()), s_testIterations);
        }
    }
    QVERIFY(sawHash);
    // Nor anywhere else in the file (and its WAL), or on a server in any row.
    QVERIFY(!m_file->storedBytes().isEmpty());
    QVERIFY(!m_file->storedBytes().contains(s_adminPassword.toUtf8()));
}

void TestUserStore::passwordNeverInErrors()
{
    const User admin = addAdmin();
    auto users = store(Actor::fromUser(admin));
    const QString shortPassword = QStringLiteral("Тайна7");
    const QString goodPassword = QStringLiteral("Длинная-тайна-77");
    QList<Error> errors;
    errors.append(
        users.add(makeUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}), shortPassword).error());
    errors.append(
        users.add(makeUser(QStringLiteral("bad login"), {Role::RegionalEditor}), goodPassword).error());
    errors.append(users.add(makeUser(QStringLiteral("admin"), {Role::RegionalEditor}), goodPassword).error());
    errors.append(users.setPassword(QStringLiteral("admin"), shortPassword).error());
    errors.append(users.setPassword(QStringLiteral("nobody"), goodPassword).error());
    errors.append(desk().signIn(QStringLiteral("admin"), goodPassword).error());
    errors.append(desk().signIn(QStringLiteral("nobody"), goodPassword).error());
    for (const Error &e : errors) {
        QVERIFY(!e.message.isEmpty());
        for (const QString &secret : {shortPassword, goodPassword}) {
            QVERIFY2(!e.message.contains(secret), qPrintable(e.message));
            QVERIFY2(!e.detail.contains(secret), qPrintable(e.detail));
        }
    }
}

// The one test with the real work factor.
void TestUserStore::defaultIterations()
{
    UserStore users(m_db, Actor::singleDeskAccount(QStringLiteral("desk")), m_clock.get());
    QVERIFY(users.add(makeUser(QStringLiteral("admin"), {Role::Administrator}), s_adminPassword));
    auto conn = m_db->connection();
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    QVERIFY(q.next());
    QCOMPARE(Password::iterationsOf(q.value(0).toString().toLatin1()), Password::DefaultIterations);
    QVERIFY(users.signIn(QStringLiteral("admin"), s_adminPassword));
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
