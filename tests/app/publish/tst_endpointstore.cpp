// Endpoint profiles, the publish log and the secrets of endpoints: profiles
// in the database (administrators only), secrets never in it.
#include "app/core/secretstore.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/storage/database.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qalam;

namespace {

constexpr int s_testIterations = 500;

EndpointProfile folderProfile(const QString &name, const QString &folder)
{
    EndpointProfile p;
    p.name = name;
    p.type = QStringLiteral("folder");
    p.url = folder;
    return p;
}

EndpointProfile wordpressProfile(const QString &name)
{
    EndpointProfile p;
    p.name = name;
    p.type = QStringLiteral("wordpress");
    p.url = QStringLiteral("https://news.example.kz");
    p.login = QStringLiteral("qalam-bot");
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The permission bits as chmod writes them; -1 when the file is absent.
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

class TestEndpointStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void schemaHasTheTables();
    void addListUpdateRemove();
    void defaultsByType();
    void namesAreUnique();
    void nameNeverChanges();
    void validation_data();
    void validation();
    void onlyAdministratorsManageEndpoints_data();
    void onlyAdministratorsManageEndpoints();
    void singleDeskRefusedOnceTheNewsroomHasUsers();
    void publishLogRecordsAndIsAppendOnly();

    void fileBackendRoundTrip();
    void backendChosenByEnvironment();
    void fallbackFileIsPrivate();
    void fallbackFileRefusedWhenWider_data();
    void fallbackFileRefusedWhenWider();
    void damagedFallbackFileRefused();
    void automaticBackendFallsBackOrUsesTheKeychain();
    void secretsNeverReachTheDatabase();

private:
    Actor addUser(const QString &login, QList<Role> roles, QStringList regions = {});

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
    Actor m_admin;
};

void TestEndpointStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestEndpointStore::init()
{
    qunsetenv("QALAM_SECRETS_BACKEND");
    qunsetenv("QALAM_SECRETS_FILE");
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_admin = addUser(QStringLiteral("admin"), {Role::Administrator});
}

void TestEndpointStore::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_dir.reset();
}

Actor TestEndpointStore::addUser(const QString &login, QList<Role> roles, QStringList regions)
{
    // The first account is added by the single desk, the others by the administrator.
    UserStore users(m_db, login == u"admin" ? Actor::local() : m_admin, &m_clock);
    users.setPasswordIterations(s_testIterations);
    User u;
    u.login = login;
    u.displayName = login;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    auto added = users.add(u, QStringLiteral("password-of-") + login);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return {};
    }
    return Actor::fromUser(*added);
}

void TestEndpointStore::schemaHasTheTables()
{
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    const bool server = m_db->isPostgres();
    QVERIFY(
        q.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                       " WHERE table_schema = current_schema()")
                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QVERIFY2(tables.contains(QStringLiteral("endpoints")), qPrintable(tables.join(u' ')));
    QVERIFY(tables.contains(QStringLiteral("publish_log")));
    // No column could hold a secret.
    QVERIFY(q.exec(server ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                           " WHERE table_name = 'endpoints'")
                          : QStringLiteral("SELECT name FROM pragma_table_info('endpoints')")));
    while (q.next()) {
        const QString column = q.value(0).toString();
        QVERIFY2(!column.contains(QLatin1String("secret")) && !column.contains(QLatin1String("password")) &&
                     !column.contains(QLatin1String("token")),
                 qPrintable(column));
    }
}

void TestEndpointStore::addListUpdateRemove()
{
    EndpointStore store(m_db, m_admin, &m_clock);
    auto empty = store.list();
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());

    EndpointProfile wp = wordpressProfile(QStringLiteral("site"));
    wp.timeoutSeconds = 45;
    wp.concurrency = 3;
    wp.categoryMap = QJsonObject{{QStringLiteral("Караганда"), 12}, {QStringLiteral("rubric:Политика"), 4}};
    wp.authorMap =
        QJsonObject{{QStringLiteral("3"), 7}, {QStringLiteral("5"), QStringLiteral("Колмакова В.")}};
    wp.trashOnUnpublish = true;
    auto added = store.add(wp);
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->auth, QStringLiteral("app-password"));
    QCOMPARE(added->created, m_clock.nowUtc());

    const QString folder = m_dir->filePath(QStringLiteral("выпуск"));
    auto folderAdded = store.add(folderProfile(QStringLiteral("archive"), folder + QStringLiteral("/./")));
    QVERIFY2(folderAdded, qPrintable(folderAdded.error().message));
    QCOMPARE(folderAdded->url, QDir::cleanPath(folder));
    QCOMPARE(folderAdded->auth, QStringLiteral("none"));

    auto all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("archive"));
    const EndpointProfile read = all->at(1);
    QCOMPARE(read.name, QStringLiteral("site"));
    QCOMPARE(read.type, QStringLiteral("wordpress"));
    QCOMPARE(read.url, QStringLiteral("https://news.example.kz"));
    QCOMPARE(read.login, QStringLiteral("qalam-bot"));
    QCOMPARE(read.timeoutSeconds, 45);
    QCOMPARE(read.concurrency, 3);
    QCOMPARE(read.categoryMap, wp.categoryMap);
    QCOMPARE(read.authorMap, wp.authorMap);
    QVERIFY(read.trashOnUnpublish);
    QVERIFY(read.renditions);
    QCOMPARE(read.ninjsVersion, QStringLiteral("3.1"));

    auto byName = store.byName(QStringLiteral("SITE")); // ASCII case does not matter
    QVERIFY(byName);
    QCOMPARE(byName->id, added->id);

    m_clock.advance(60 * 1000);
    EndpointProfile changed = *byName;
    changed.url = QStringLiteral("https://news.example.kz/wp-json/");
    changed.timeoutSeconds = 90;
    changed.renditions = false;
    changed.ninjsVersion = QStringLiteral("2.2");
    auto updated = store.update(changed);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->updated, m_clock.nowUtc());
    auto reread = store.byName(QStringLiteral("site"));
    QVERIFY(reread);
    QCOMPARE(reread->url, QStringLiteral("https://news.example.kz/wp-json/"));
    QCOMPARE(reread->timeoutSeconds, 90);
    QVERIFY(!reread->renditions);
    QCOMPARE(reread->ninjsVersion, QStringLiteral("2.2"));
    QCOMPARE(reread->created, added->created);

    QVERIFY(store.remove(QStringLiteral("site")));
    auto gone = store.byName(QStringLiteral("site"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    auto again = store.remove(QStringLiteral("site"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(store.list()->size(), 1);

    // A profile as JSON: everything but a secret, which it does not have.
    const QJsonObject json = folderAdded->toJson();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("archive"));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("folder"));
    QVERIFY(!json.contains(QStringLiteral("secret")));
}

void TestEndpointStore::defaultsByType()
{
    QCOMPARE(EndpointProfile::defaultAuth(QStringLiteral("wordpress")), QStringLiteral("app-password"));
    QCOMPARE(EndpointProfile::defaultAuth(QStringLiteral("ninjs-http")), QStringLiteral("bearer"));
    QCOMPARE(EndpointProfile::defaultAuth(QStringLiteral("folder")), QStringLiteral("none"));
    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("cms");
    ninjs.type = QStringLiteral("NINJS-HTTP");
    ninjs.url = QStringLiteral(" http://127.0.0.1:8080/api ");
    auto clean = EndpointStore::validated(ninjs);
    QVERIFY2(clean, qPrintable(clean.error().message));
    QCOMPARE(clean->type, QStringLiteral("ninjs-http"));
    QCOMPARE(clean->auth, QStringLiteral("bearer"));
    QCOMPARE(clean->url, QStringLiteral("http://127.0.0.1:8080/api"));
    QVERIFY(clean->isHttp());
}

void TestEndpointStore::namesAreUnique()
{
    EndpointStore store(m_db, m_admin, &m_clock);
    QVERIFY(store.add(wordpressProfile(QStringLiteral("site"))));
    auto twice = store.add(folderProfile(QStringLiteral("Site"), m_dir->path()));
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QVERIFY(twice.error().message.contains(QLatin1String("site")));
    QCOMPARE(store.list()->size(), 1);
}

void TestEndpointStore::nameNeverChanges()
{
    EndpointStore store(m_db, m_admin, &m_clock);
    auto added = store.add(wordpressProfile(QStringLiteral("site")));
    QVERIFY(added);
    EndpointProfile renamed = *added;
    renamed.name = QStringLiteral("other");
    auto refused = store.update(renamed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY(store.byName(QStringLiteral("site")));
    QVERIFY(!store.byName(QStringLiteral("other")));

    EndpointProfile unknown = wordpressProfile(QStringLiteral("nowhere"));
    auto missing = store.update(unknown);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    // An invalid change leaves the stored profile as it was.
    EndpointProfile broken = *added;
    broken.timeoutSeconds = 0;
    QVERIFY(!store.update(broken));
    QCOMPARE(store.byName(QStringLiteral("site"))->timeoutSeconds, 30);
}

void TestEndpointStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<bool>("valid");

    const QString wp = QStringLiteral("wordpress");
    const QString nj = QStringLiteral("ninjs-http");
    const QString fo = QStringLiteral("folder");
    const QString site = QStringLiteral("https://news.example.kz");
    const QString bot = QStringLiteral("bot");
    const QString none;
    // clang-format off
    QTest::newRow("wordpress") << "site" << wp << site << none << bot << none << 30 << true;
    QTest::newRow("http ok") << "site" << nj << "http://127.0.0.1:8080/ninjs" << none << none << none << 30 << true;
    QTest::newRow("folder") << "archive" << fo << "/srv/qalam/out" << none << none << none << 30 << true;
    QTest::newRow("cyrillic name") << "сайт-1" << fo << "/srv/out" << none << none << none << 30 << true;
    QTest::newRow("timeout 1") << "site" << wp << site << none << bot << none << 1 << true;
    QTest::newRow("timeout 600") << "site" << wp << site << none << bot << none << 600 << true;
    QTest::newRow("header") << "site" << nj << site << "header" << none << "X-Api-Key" << 30 << true;
    QTest::newRow("no auth") << "site" << nj << site << "none" << none << none << 30 << true;

    QTest::newRow("empty name") << "" << wp << site << none << bot << none << 30 << false;
    QTest::newRow("space in name") << "my site" << wp << site << none << bot << none << 30 << false;
    QTest::newRow("name too long") << QString(65, u'a') << wp << site << none << bot << none << 30 << false;
    QTest::newRow("unknown type") << "site" << "drupal" << site << none << bot << none << 30 << false;
    QTest::newRow("no type") << "site" << "" << site << none << bot << none << 30 << false;
    QTest::newRow("ftp url") << "site" << wp << "ftp://news.example.kz" << none << bot << none << 30 << false;
    QTest::newRow("no scheme") << "site" << wp << "news.example.kz" << none << bot << none << 30 << false;
    QTest::newRow("no host") << "site" << nj << "https://" << none << none << none << 30 << false;
    QTest::newRow("empty url") << "site" << nj << "" << none << none << none << 30 << false;
    QTest::newRow("password in url") << "site" << wp << "https://bot:hunter2@news.example.kz" << none << bot << none << 30 << false;
    QTest::newRow("query in url") << "site" << wp << "https://news.example.kz/?token=abc" << none << bot << none << 30 << false;
    QTest::newRow("folder as url") << "site" << wp << "/srv/out" << none << bot << none << 30 << false;
    QTest::newRow("relative folder") << "archive" << fo << "out/articles" << none << none << none << 30 << false;
    QTest::newRow("url as folder") << "archive" << fo << "https://news.example.kz" << none << none << none << 30 << false;
    QTest::newRow("folder with auth") << "archive" << fo << "/srv/out" << "bearer" << none << none << 30 << false;
    QTest::newRow("unknown auth") << "site" << wp << site << "oauth" << bot << none << 30 << false;
    QTest::newRow("app password without login") << "site" << wp << site << none << none << none << 30 << false;
    QTest::newRow("header without name") << "site" << nj << site << "header" << none << none << 30 << false;
    QTest::newRow("header name with space") << "site" << nj << site << "header" << none << "X Api" << 30 << false;
    QTest::newRow("timeout 0") << "site" << wp << site << none << bot << none << 0 << false;
    QTest::newRow("timeout 601") << "site" << wp << site << none << bot << none << 601 << false;
    QTest::newRow("negative timeout") << "site" << wp << site << none << bot << none << -5 << false;
    // clang-format on
}

void TestEndpointStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, url);
    QFETCH(QString, auth);
    QFETCH(QString, login);
    QFETCH(QString, header);
    QFETCH(int, timeout);
    QFETCH(bool, valid);
    EndpointProfile p;
    p.name = name;
    p.type = type;
    p.url = url;
    p.auth = auth;
    p.login = login;
    p.headerName = header;
    p.timeoutSeconds = timeout;

    EndpointStore store(m_db, m_admin, &m_clock);
    auto added = store.add(p);
    QCOMPARE(added.ok(), valid);
    if (valid) {
        QCOMPARE(store.list()->size(), 1);
        return;
    }
    QCOMPARE(added.error().code, Error::Code::InvalidInput);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(store.list()->isEmpty());
    // What the address carried never comes back in the message.
    QVERIFY(!added.error().message.contains(QLatin1String("hunter2")));
}

void TestEndpointStore::onlyAdministratorsManageEndpoints_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("roleKeys");
    QTest::newRow("chief editor") << "omarov" << QStringList{QStringLiteral("chief-editor")};
    QTest::newRow("regional editor") << "sokolova" << QStringList{QStringLiteral("regional-editor")};
    QTest::newRow("photo editor") << "kim" << QStringList{QStringLiteral("photo-editor")};
    QTest::newRow("chief and photo editor")
        << "boss" << QStringList{QStringLiteral("chief-editor"), QStringLiteral("photo-editor")};
}

void TestEndpointStore::onlyAdministratorsManageEndpoints()
{
    QFETCH(QString, login);
    QFETCH(QStringList, roleKeys);
    QList<Role> roles;
    for (const QString &key : std::as_const(roleKeys))
        roles.append(*roleFromKey(key));
    const Actor someone = addUser(login, roles, {QStringLiteral("Алматы")});
    QVERIFY(!someone.login.isEmpty());
    QVERIFY(EndpointStore(m_db, m_admin, &m_clock).add(wordpressProfile(QStringLiteral("site"))));

    EndpointStore theirs(m_db, someone, &m_clock);
    // Everyone reads the profiles.
    auto list = theirs.list();
    QVERIFY2(list, qPrintable(list.error().message));
    QCOMPARE(list->size(), 1);
    QVERIFY(theirs.byName(QStringLiteral("site")));

    auto added = theirs.add(folderProfile(QStringLiteral("mine"), m_dir->path()));
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Denied);
    EndpointProfile changed = list->first();
    changed.url = QStringLiteral("https://evil.example.com");
    auto updated = theirs.update(changed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Denied);
    auto removed = theirs.remove(QStringLiteral("site"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Denied);

    auto after = EndpointStore(m_db, m_admin, &m_clock).list();
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().url, QStringLiteral("https://news.example.kz"));

    // Roles are read from the database: made administrator, they may.
    UserStore users(m_db, m_admin, &m_clock);
    auto user = users.user(login);
    QVERIFY(user);
    User promoted = *user;
    promoted.roles.append(Role::Administrator);
    QVERIFY(users.update(promoted));
    QVERIFY(theirs.add(folderProfile(QStringLiteral("mine"), m_dir->path())));
}

void TestEndpointStore::singleDeskRefusedOnceTheNewsroomHasUsers()
{
    EndpointStore desk(m_db, Actor::singleDeskAccount(QStringLiteral("desk")), &m_clock);
    auto added = desk.add(wordpressProfile(QStringLiteral("site")));
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Denied);

    // A newsroom with no accounts at all: the single desk manages its endpoints.
    Test::TestDatabase other;
    auto fresh = other.open();
    QVERIFY(fresh);
    EndpointStore alone(fresh, Actor::singleDeskAccount(QStringLiteral("desk")), &m_clock);
    QVERIFY(alone.add(wordpressProfile(QStringLiteral("site"))));
    QVERIFY(alone.remove(QStringLiteral("site")));
}

void TestEndpointStore::publishLogRecordsAndIsAppendOnly()
{
    const Actor chief = addUser(QStringLiteral("omarov"), {Role::ChiefEditor});
    const Actor writer =
        addUser(QStringLiteral("sokolova"), {Role::RegionalEditor}, {QStringLiteral("Астана")});
    PublishLogEntry refused;
    refused.articleId = QStringLiteral("a1");
    refused.endpoint = QStringLiteral("site");
    refused.action = QStringLiteral("publish");
    refused.result = QStringLiteral("Permission denied");
    refused.who = QStringLiteral("someone-else"); // ignored: the actor is recorded
    QVERIFY(PublishLog(m_db, writer, &m_clock).record(refused));
    m_clock.advance(1000);
    PublishLogEntry ok = refused;
    ok.result = QStringLiteral("ok");
    ok.remoteUrl = QStringLiteral("/srv/out/slug-a1");
    QVERIFY(PublishLog(m_db, chief, &m_clock).record(ok));
    PublishLogEntry other = ok;
    other.articleId = QStringLiteral("a2");
    QVERIFY(PublishLog(m_db, chief, &m_clock).record(other));
    PublishLogEntry bogus = ok;
    bogus.action = QStringLiteral("delete");
    QVERIFY(!PublishLog(m_db, chief, &m_clock).record(bogus));

    auto entries = PublishLog(m_db, writer, &m_clock).entries(QStringLiteral("a1"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).who, QStringLiteral("sokolova"));
    QVERIFY(!entries->at(0).succeeded());
    QCOMPARE(entries->at(1).who, QStringLiteral("omarov"));
    QVERIFY(entries->at(1).succeeded());
    QCOMPARE(entries->at(1).remoteUrl, QStringLiteral("/srv/out/slug-a1"));
    QCOMPARE(entries->at(1).at, m_clock.nowUtc());
    QCOMPARE(entries->at(1).toJson().value(QStringLiteral("ok")).toBool(), true);

    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(!q.exec(QStringLiteral("UPDATE publish_log SET result = 'ok'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM publish_log")));
    QCOMPARE(PublishLog(m_db, chief, &m_clock).entries(QStringLiteral("a1"))->size(), 2);
}

void TestEndpointStore::fileBackendRoundTrip()
{
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    const QString path = m_dir->filePath(QStringLiteral("data/secrets.json"));
    secrets.setFilePath(path);
    QCOMPARE(secrets.backend(), QStringLiteral("file"));

    auto nothing = secrets.read(QStringLiteral("site"));
    QVERIFY(nothing);
    QVERIFY(!nothing->has_value());
    QVERIFY(!QFileInfo::exists(path)); // reading creates nothing

    const QString password = QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX");
    QVERIFY(secrets.store(QStringLiteral("site"), password));
    QVERIFY(secrets.store(QStringLiteral("cms"), QStringLiteral("токен-42")));
    QCOMPARE(secrets.backend(), QStringLiteral("file"));
    QVERIFY(secrets.fallbackReason().isEmpty()); // asked for the file: no fallback

    SecretStore again; // another instance, same file
    again.setBackend(SecretStore::Backend::File);
    again.setFilePath(path);
    QCOMPARE(again.read(QStringLiteral("site"))->value_or(QString()), password);
    QCOMPARE(again.read(QStringLiteral("cms"))->value_or(QString()), QStringLiteral("токен-42"));

    QVERIFY(again.store(QStringLiteral("site"), QStringLiteral("new-password")));
    QCOMPARE(secrets.read(QStringLiteral("site"))->value_or(QString()), QStringLiteral("new-password"));
    QVERIFY(!fileBytes(path).contains(password.toUtf8()));

    QVERIFY(secrets.remove(QStringLiteral("site")));
    QVERIFY(!secrets.read(QStringLiteral("site"))->has_value());
    QVERIFY(secrets.remove(QStringLiteral("site"))); // absent: no error
    QVERIFY(secrets.read(QStringLiteral("cms"))->has_value());

    // The file says what it is.
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QVERIFY(root.value(QStringLiteral("about")).toString().contains(QLatin1String("no keychain")));

    // Empty secrets and nameless endpoints are refused, quoting nothing.
    auto empty = secrets.store(QStringLiteral("site"), QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::InvalidInput);
    QVERIFY(!secrets.store(QString(), QStringLiteral("x")));
}

void TestEndpointStore::backendChosenByEnvironment()
{
    const QString path = m_dir->filePath(QStringLiteral("elsewhere.json"));
    qputenv("QALAM_SECRETS_BACKEND", "file");
    qputenv("QALAM_SECRETS_FILE", QFile::encodeName(path));
    SecretStore fromEnvironment;
    QCOMPARE(fromEnvironment.requestedBackend(), SecretStore::Backend::File);
    QCOMPARE(fromEnvironment.filePath(), path);
    QVERIFY(fromEnvironment.store(QStringLiteral("site"), QStringLiteral("s3cr3t")));
    QVERIFY(fileBytes(path).contains("s3cr3t"));

    qputenv("QALAM_SECRETS_BACKEND", "keychain");
    QCOMPARE(SecretStore().requestedBackend(), SecretStore::Backend::Keychain);
    qunsetenv("QALAM_SECRETS_BACKEND");
    qunsetenv("QALAM_SECRETS_FILE");
    SecretStore automatic;
    QCOMPARE(automatic.requestedBackend(), SecretStore::Backend::Automatic);
    QCOMPARE(automatic.filePath(), SecretStore::defaultFilePath());
    QVERIFY(SecretStore::defaultFilePath().endsWith(QLatin1String("/secrets.json")));
}

void TestEndpointStore::fallbackFileIsPrivate()
{
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    secrets.setFilePath(path);
    QVERIFY(secrets.store(QStringLiteral("site"), QStringLiteral("first")));
    QCOMPARE(unixMode(path), 0600);
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    QVERIFY(p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                   QFileDevice::WriteOther)));

    // Rewritten (a new file renamed into place): still private.
    QVERIFY(secrets.store(QStringLiteral("cms"), QStringLiteral("second")));
    QCOMPARE(unixMode(path), 0600);
    QVERIFY(secrets.remove(QStringLiteral("site")));
    QCOMPARE(unixMode(path), 0600);
    // No stray temporary files with secrets next to it.
    const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(beside, QStringList{QStringLiteral("secrets.json")});
}

void TestEndpointStore::fallbackFileRefusedWhenWider_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0660") << 0660;
    QTest::newRow("0666") << 0666;
}

void TestEndpointStore::fallbackFileRefusedWhenWider()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are a Unix matter");
#else
    QFETCH(int, mode);
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    secrets.setFilePath(path);
    const QString secret = QStringLiteral("do-not-leak-this");
    QVERIFY(secrets.store(QStringLiteral("site"), secret));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
    const QByteArray before = fileBytes(path);

    auto read = secrets.read(QStringLiteral("site"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::Denied);
    QVERIFY2(read.error().message.contains(QStringLiteral("chmod 600")), qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(secret));
    QVERIFY(!read.error().detail.contains(secret));

    // Neither written to nor made private behind the user's back.
    QVERIFY(!secrets.store(QStringLiteral("cms"), QStringLiteral("another")));
    QVERIFY(!secrets.remove(QStringLiteral("site")));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(unixMode(path), mode);

    // Made private again, it is used again.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QCOMPARE(secrets.read(QStringLiteral("site"))->value_or(QString()), secret);
#endif
}

void TestEndpointStore::damagedFallbackFileRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        f.write("{\"secrets\": {\"site\": \"half-a-tok");
    }
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    secrets.setFilePath(path);
    auto read = secrets.read(QStringLiteral("site"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::Io);
    QVERIFY(!read.error().message.contains(QLatin1String("half-a-tok")));
    QVERIFY(!read.error().detail.contains(QLatin1String("half-a-tok")));
    // Not overwritten (the other secrets might still be rescued by hand).
    QVERIFY(!secrets.store(QStringLiteral("cms"), QStringLiteral("x")));
    QVERIFY(fileBytes(path).contains("half-a-tok"));
}

void TestEndpointStore::automaticBackendFallsBackOrUsesTheKeychain()
{
    // A desktop session's keychain may prompt to unlock: only with consent.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        qEnvironmentVariableIsEmpty("QALAM_TEST_KEYCHAIN"))
        QSKIP("A session bus runs: set QALAM_TEST_KEYCHAIN=1 to let the test use the real keychain");
    SecretStore secrets;
    secrets.setKeychainTimeout(10000);
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    secrets.setFilePath(path);
    QCOMPARE(secrets.requestedBackend(), SecretStore::Backend::Automatic);
    const QString name = QStringLiteral("qalam-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("auto-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(secrets.store(name, secret));
    const QString used = secrets.backend();
    qInfo("secret backend on this machine: %s%s", qPrintable(used),
          secrets.fallbackReason().isEmpty()
              ? ""
              : qPrintable(QStringLiteral(" (keychain: ") + secrets.fallbackReason() + u')'));
    QVERIFY(used == u"keychain" || used == u"file");
    if (used == u"file") {
        QVERIFY(!secrets.fallbackReason().isEmpty());
        QCOMPARE(unixMode(path), 0600);
        QVERIFY(fileBytes(path).contains(secret.toUtf8()));
    } else {
        QVERIFY(!fileBytes(path).contains(secret.toUtf8()));
    }
    auto read = secrets.read(name);
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(read->value_or(QString()), secret);
    QCOMPARE(secrets.backend(), used);
    QVERIFY(secrets.remove(name));
    QVERIFY(!secrets.read(name)->has_value());
    QVERIFY(!fileBytes(path).contains(secret.toUtf8()));
}

void TestEndpointStore::secretsNeverReachTheDatabase()
{
    const QString secretsPath = m_dir->filePath(QStringLiteral("secrets.json"));
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    secrets.setFilePath(secretsPath);
    EndpointStore store(m_db, m_admin, &m_clock);

    const QString appPassword = QStringLiteral("Zq9x Lm2v Pp0r Tt7y Uu1i Oo3e");
    const QString token = QStringLiteral("токен-Bearer-7f3a9c");
    auto wp = store.add(wordpressProfile(QStringLiteral("site")));
    QVERIFY(wp);
    QVERIFY(secrets.store(wp->name, appPassword));
    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("cms");
    ninjs.type = QStringLiteral("ninjs-http");
    ninjs.url = QStringLiteral("https://cms.example.kz/api");
    auto nj = store.add(ninjs);
    QVERIFY(nj);
    QVERIFY(secrets.store(nj->name, token));
    EndpointProfile touched = *nj;
    touched.timeoutSeconds = 60;
    QVERIFY(store.update(touched));

    // The raw bytes of the database and its write-ahead log, open and closed
    // (on a server, every row).
    auto scan = [&]() {
        const QByteArray bytes = m_file->storedBytes();
        QVERIFY(!bytes.isEmpty());
        for (const QString &secret : {appPassword, token}) {
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        }
    };
    if (!m_db->isPostgres()) {
        QVERIFY(QFileInfo::exists(m_file->path()));
        QVERIFY(QFileInfo(m_file->path() + QStringLiteral("-wal")).size() > 0); // the latest writes are there
    }
    scan();
    if (QTest::currentTestFailed())
        return;
    m_db.reset();
    scan();
    if (QTest::currentTestFailed())
        return;
    // They are where they were put.
    QVERIFY(fileBytes(secretsPath).contains(appPassword.toUtf8()));
    QVERIFY(fileBytes(secretsPath).contains(token.toUtf8()));
}

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
