#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/sqldialect.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <unistd.h>

using namespace Qalam;
using Qalam::Test::checksum;
using Qalam::Test::writeFile;

namespace {

// A raw connection, outside Database, to build files as older (or newer)
// versions of Qalam left them. Removed when the object goes.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    void close() { QSqlDatabase::database(m_name, false).close(); }

private:
    QString m_name;
    bool m_open = false;
};

// A file exactly as a Qalam with schema `version` wrote it, holding one article
// (from schema 1 on) that later versions must keep and index.
QString buildSchema(const QString &path, int version)
{
    RawConnection raw(path);
    if (!raw.isOpen())
        return QStringLiteral("cannot open %1").arg(path);
    const SqliteDialect dialect;
    for (int v = 1; v <= version; ++v) {
        for (const QString &sql : dialect.migration(v))
            if (const QString error = raw.exec(sql); !error.isEmpty())
                return error;
    }
    if (version >= 1) {
        for (const QString &sql : {
                 QStringLiteral(
                     "INSERT INTO articles (id, headline, lead, body_html, body_text, region, language,"
                     " status, word_count, created, updated, version) VALUES"
                     " ('0b0e7c43-2b5e-4a57-9d1c-000000000001', 'Токаев провел совещание с акимами',"
                     " 'Лид: ёлка на площади', '<p>Қазақстан әкімдері жиналды.</p>', 'Қазақстан әкімдері "
                     "жиналды.',"
                     " 'Астана', 'ru', 'in_review', 3, '2024-01-10T09:00:00.000Z',"
                     " '2024-01-10T09:05:00.000Z', 4)"),
                 QStringLiteral("INSERT INTO authors (name, position, created)"
                                " VALUES ('Колмакова Виктория', 'Редактор', '2024-01-10T09:00:00.000Z')"),
                 QStringLiteral("INSERT INTO article_authors (article_id, author_id, ord)"
                                " VALUES ('0b0e7c43-2b5e-4a57-9d1c-000000000001', 1, 0)"),
             }) {
            if (const QString error = raw.exec(sql); !error.isEmpty())
                return error;
        }
    }
    return raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// A raw connection to a test's server database, outside Database: to build
// what other programs (or another Qalam) left there.
class RawServer
{
public:
    explicit RawServer(const QString &url)
        : m_name(QStringLiteral("raw-server-%1").arg(QRandomGenerator::global()->generate()))
    {
        m_open = bool(Database::openServerConnection(url, m_name));
    }
    ~RawServer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
};

// The test database's URL with something added: a password, options.
QString withPassword(const QString &url, const QString &password)
{
    QUrl u(url);
    u.setPassword(password);
    return u.toString();
}

} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newFileGetsLatestSchema();
    void emptyFileGetsLatestSchema();
    void reopenIsNoMigration();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refuseMigrationLeavesFileAlone();
    void walAndForeignKeys();
    void foreignKeysOnEveryThread();
    void notADatabase_data();
    void notADatabase();
    void schemaTooNew();
    void otherProgramsSqliteFile();
    void folderIsNotADatabase();
    void unwritableFolder();
    void parentIsARegularFile();
    void readOnlyFile();
    void integrityCheck();
    // Team mode (PostgreSQL); the URL checks run on both backends.
    void serverUrlRefused_data();
    void serverUrlRefused();
    void serverPasswordNeverShown();
    void serverConnectOptions();
    void serverSchemaTooNew();
    void serverOtherProgramsDatabase();
    void serverRefusedMigrationThenMigrated();
    void serverMigratesOnceFromTwoDesktops();
    void serverIntegrityCheckFindsMissingTable();
};

void TestDatabaseFile::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QCOMPARE(Database::latestSchemaVersion(), SqliteDialect().latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
}

void TestDatabaseFile::newFileGetsLatestSchema()
{
    Qalam::Test::TestDatabase file;
    const bool server = Qalam::Test::TestDatabase::isPostgres();
    QVERIFY(server || !QFile::exists(file.path()));
    auto db = file.open();
    QVERIFY(db);
    QVERIFY(server || QFile::exists(file.path()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->path(), server ? file.path() : QFileInfo(file.path()).absoluteFilePath());
    QCOMPARE(db->isPostgres(), server);

    auto conn = db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                           " WHERE table_schema = current_schema()"
                                           " UNION SELECT trigger_name FROM information_schema.triggers")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
                                           " ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    const QStringList expected = server ? QStringList{QStringLiteral("articles"),
                                                      QStringLiteral("authors"),
                                                      QStringLiteral("article_authors"),
                                                      QStringLiteral("article_revisions"),
                                                      QStringLiteral("editor_state"),
                                                      QStringLiteral("photo_originals"),
                                                      QStringLiteral("outbox_jobs"),
                                                      QStringLiteral("remote_posts"),
                                                      QStringLiteral("audit_log_no_update"),
                                                      QStringLiteral("photo_uses_count_insert")}
                                        : QStringList{QStringLiteral("articles"),
                                                      QStringLiteral("authors"),
                                                      QStringLiteral("article_authors"),
                                                      QStringLiteral("article_revisions"),
                                                      QStringLiteral("articles_fts"),
                                                      QStringLiteral("editor_state"),
                                                      QStringLiteral("articles_fts_insert"),
                                                      QStringLiteral("articles_fts_update"),
                                                      QStringLiteral("articles_fts_delete")};
    for (const QString &table : expected)
        QVERIFY2(names.contains(table), qPrintable(table));

    ArticleStore store(db);
    auto count = store.count();
    QVERIFY(count);
    QCOMPARE(*count, 0);
}

void TestDatabaseFile::emptyFileGetsLatestSchema()
{
    // A zero-byte file (touch qalam.sqlite) is a new database, not garbage.
    QALAM_SQLITE_ONLY("a file's bytes");
    Qalam::Test::TestDatabase file;
    QVERIFY(writeFile(file.path(), QByteArray()));
    auto db = Database::open(file.path());
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseFile::reopenIsNoMigration()
{
    Qalam::Test::TestDatabase file;
    {
        auto db = file.open();
        QVERIFY(db);
        ArticleStore store(db);
        Article a;
        a.headline = QStringLiteral("Первый");
        QVERIFY(store.create(a));
    }
    auto again = Database::open(file.path(), Database::Migration::Refuse);
    QVERIFY2(again, qPrintable(again.error().message));
    ArticleStore store(*again);
    QCOMPARE(*store.count(), 1);
}

void TestDatabaseFile::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("from schema %d", v) << v;
}

void TestDatabaseFile::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    if (from > 0)
        QALAM_SQLITE_ONLY("a PostgreSQL database starts at the schema-9 baseline");
    Qalam::Test::TestDatabase file;
    if (from > 0) {
        const QString error = buildSchema(file.path(), from);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    auto db = Database::open(file.path());
    QVERIFY2(db, qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    auto problems = (*db)->integrityCheck();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList{QStringLiteral("ok")});

    ArticleStore store(*db);
    if (from == 0) {
        QCOMPARE(*store.count(), 0);
        return;
    }
    // The article written before the upgrade is kept, whole, and searchable.
    const QString id = QStringLiteral("0b0e7c43-2b5e-4a57-9d1c-000000000001");
    auto loaded = store.load(id);
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    QCOMPARE(loaded->headline, QStringLiteral("Токаев провел совещание с акимами"));
    QCOMPARE(loaded->version, 4);
    QCOMPARE(loaded->status, ArticleStatus::InReview);
    QCOMPARE(loaded->authors.size(), 1);
    QCOMPARE(loaded->authors.first().name, QStringLiteral("Колмакова Виктория"));

    for (const QString &query :
         {QStringLiteral("токаев"), QStringLiteral("ТОКАЕ"), QStringLiteral("әкімдері"),
          QStringLiteral("лид"), QStringLiteral("ёлка"), QStringLiteral("елка")}) {
        ArticleFilter filter;
        filter.search = query;
        auto found = store.list(filter);
        QVERIFY2(found, qPrintable(found.error().detail));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, id);
    }
    // And the index follows later edits.
    Article edited = *loaded;
    edited.headline = QStringLiteral("Аким отчитался");
    QVERIFY(store.save(edited));
    ArticleFilter old;
    old.search = QStringLiteral("совещание");
    QCOMPARE(store.list(old)->size(), 0);
    ArticleFilter renewed;
    renewed.search = QStringLiteral("аким отчит");
    QCOMPARE(store.list(renewed)->size(), 1);
}

void TestDatabaseFile::refuseMigrationLeavesFileAlone()
{
    QALAM_SQLITE_ONLY("older SQLite files (serverRefusedMigrationThenMigrated on a server)");
    Qalam::Test::TestDatabase file;
    const QString error = buildSchema(file.path(), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = checksum(file.path());

    auto db = Database::open(file.path(), Database::Migration::Refuse);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::InvalidInput);
    QCOMPARE(checksum(file.path()), before);

    RawConnection raw(file.path());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestDatabaseFile::walAndForeignKeys()
{
    Qalam::Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto conn = db->connection();
    QVERIFY(conn);
    // Foreign keys are enforced: a byline row for no article is refused.
    {
        QSqlQuery orphan(*conn);
        QVERIFY(!orphan.exec(QStringLiteral(
            "INSERT INTO article_authors (article_id, author_id, ord) VALUES ('none', 1, 0)")));
    }
    QALAM_SQLITE_ONLY("WAL and SQLite's pragmas");
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    q.finish();

    // WAL is a property of the file: a second process sees it too.
    RawConnection raw(file.path());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDatabaseFile::foreignKeysOnEveryThread()
{
    Qalam::Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    int orphanRefused = -1;
    bool sameConnection = true;
    const QString mainName = db->connection()->connectionName();
    QThread *worker = QThread::create([&] {
        auto conn = db->connection();
        if (!conn)
            return;
        sameConnection = conn->connectionName() == mainName;
        // Enforced foreign keys refuse a byline row for no article.
        QSqlQuery q(*conn);
        orphanRefused = q.exec(QStringLiteral(
                            "INSERT INTO article_authors (article_id, author_id, ord) VALUES ('none', 1, 0)"))
                            ? 0
                            : 1;
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(!sameConnection);
    QCOMPARE(orphanRefused, 1);
}

void TestDatabaseFile::notADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261128);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file")
        << QStringLiteral("Это не база данных, а заметка редактора.\nҚазақша мәтін.\n").toUtf8();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("json") << QByteArray("{\"articles\": []}\n");
    // The right magic, then garbage: SQLite itself has to refuse it.
    QTest::newRow("sqlite header, garbage after")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4096 - 16, '\xAB');
}

void TestDatabaseFile::notADatabase()
{
    QFETCH(QByteArray, bytes);
    QALAM_SQLITE_ONLY("a file's bytes");
    Qalam::Test::TestDatabase file;
    QVERIFY(writeFile(file.path(), bytes));
    const QByteArray before = checksum(file.path());

    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));

    QCOMPARE(checksum(file.path()), before);
    QCOMPARE(QFileInfo(file.path()).size(), qint64(bytes.size()));
    // Nothing was created next to it either.
    QVERIFY(!QFile::exists(file.path() + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file.path() + QStringLiteral("-journal")));
}

void TestDatabaseFile::schemaTooNew()
{
    QALAM_SQLITE_ONLY("raw SQLite (serverSchemaTooNew on a server)");
    Qalam::Test::TestDatabase file;
    {
        RawConnection raw(file.path());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE future (x TEXT)")), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO future VALUES ('из будущего')")), QString());
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
        raw.close();
    }
    const QByteArray before = checksum(file.path());

    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
    QVERIFY2(db.error().message.contains(QStringLiteral("99")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
    QCOMPARE(checksum(file.path()), before);

    RawConnection raw(file.path());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void TestDatabaseFile::otherProgramsSqliteFile()
{
    QALAM_SQLITE_ONLY("raw SQLite (serverOtherProgramsDatabase on a server)");
    // --db or QALAM_DB pointing at another program's SQLite file (user_version
    // 0, tables of its own) must not get Qalam's tables or WAL mode added.
    Qalam::Test::TestDatabase file;
    {
        RawConnection raw(file.path());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('заметка другой программы')")),
                 QString());
        raw.close();
    }
    const QByteArray before = checksum(file.path());

    auto db = Database::open(file.path());
    QVERIFY2(!db, "another program's database was opened (and migrated) as a Qalam database");
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QCOMPARE(checksum(file.path()), before);
}

void TestDatabaseFile::folderIsNotADatabase()
{
    QALAM_SQLITE_ONLY("file permissions and paths");
    Qalam::Test::TestDatabase file;
    QVERIFY(QDir().mkpath(file.path()));
    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
}

void TestDatabaseFile::unwritableFolder()
{
    QALAM_SQLITE_ONLY("file permissions and paths");
    Qalam::Test::TestDatabase file;
    const QString readOnly = QDir(file.dir()).filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther)); // 0555
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(readOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (::access(QFile::encodeName(readOnly).constData(), W_OK) == 0)
        QSKIP(
            "running with privileges that ignore folder permissions (root); parentIsARegularFile covers Io");

    const QString path = QDir(readOnly).filePath(QStringLiteral("qalam.sqlite"));
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(readOnly), qPrintable(db.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseFile::parentIsARegularFile()
{
    QALAM_SQLITE_ONLY("file permissions and paths");
    // Fails for root too: no folder can be made where a file stands.
    Qalam::Test::TestDatabase file;
    const QString notAFolder = QDir(file.dir()).filePath(QStringLiteral("заметка.txt"));
    QVERIFY(writeFile(notAFolder, "текст"));
    const QString path = notAFolder + QStringLiteral("/qalam.sqlite");
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(notAFolder), qPrintable(db.error().message));
    QCOMPARE(QFileInfo(notAFolder).size(), qint64(QByteArray("текст").size()));
}

void TestDatabaseFile::readOnlyFile()
{
    QALAM_SQLITE_ONLY("file permissions and paths");
    Qalam::Test::TestDatabase file;
    QVERIFY(file.open());
    QVERIFY(QFile::setPermissions(file.path(),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto restore = qScopeGuard(
        [&] { QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    if (::access(QFile::encodeName(file.path()).constData(), W_OK) == 0)
        QSKIP("running with privileges that ignore file permissions (root)");
    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
}

void TestDatabaseFile::integrityCheck()
{
    Qalam::Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    ArticleStore store(db);
    Article a;
    a.headline = QStringLiteral("Проверка");
    a.bodyHtml = QStringLiteral("<p>Текст</p>");
    QVERIFY(store.create(a));
    auto problems = db->integrityCheck();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList{QStringLiteral("ok")});
}

void TestDatabaseFile::serverUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("port is not a number")
        << QStringLiteral("postgresql://qalam:s3cret@127.0.0.1:port/newsroom");
    QTest::newRow("slash in the database name")
        << QStringLiteral("postgresql://qalam:s3cret@127.0.0.1:5432/news/room");
    QTest::newRow("not an option name")
        << QStringLiteral("postgresql://qalam:s3cret@127.0.0.1:5432/newsroom?ssl%20mode=require");
    QTest::newRow("option smuggling another")
        << QStringLiteral("postgres://qalam:s3cret@127.0.0.1:5432/newsroom?sslmode=disable;host=elsewhere");
}

void TestDatabaseFile::serverUrlRefused()
{
    QFETCH(QString, url);
    QVERIFY(Database::isServerUrl(url));
    auto db = Database::open(url);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::InvalidInput);
    QVERIFY2(!db.error().message.contains(QStringLiteral("s3cret")), qPrintable(db.error().message));
    QVERIFY(!db.error().detail.contains(QStringLiteral("s3cret")));
}

void TestDatabaseFile::serverPasswordNeverShown()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    const QString wrong = QStringLiteral("wrong-Пароль-42");
    auto db = Database::open(withPassword(file.path(), wrong));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
    QVERIFY2(!db.error().message.contains(wrong) && !db.error().detail.contains(wrong),
             qPrintable(db.error().message + db.error().detail));
    QVERIFY(!db.error().message.contains(QString::fromLatin1(QUrl::toPercentEncoding(wrong))));
}

void TestDatabaseFile::serverConnectOptions()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    const QString url =
        file.path() + QStringLiteral("?sslmode=disable&connect_timeout=5&application_name=desk-7");
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->path(), url);
    auto conn = (*db)->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(
        QStringLiteral("SELECT current_setting('application_name'), current_setting('lock_timeout')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("desk-7"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("5s"));
}

void TestDatabaseFile::serverSchemaTooNew()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    RawServer raw(file.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")),
             QString());
    QCOMPARE(raw.exec(QStringLiteral("INSERT INTO schema_meta VALUES ('schema_version', '99')")), QString());
    QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE future (x TEXT)")), QString());

    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
    QVERIFY2(db.error().message.contains(QStringLiteral("99")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
    QCOMPARE(raw.value(QStringLiteral("SELECT value FROM schema_meta")).toString(), QStringLiteral("99"));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"))
                 .toInt(),
             2);
}

void TestDatabaseFile::serverOtherProgramsDatabase()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    RawServer raw(file.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)")), QString());

    auto db = Database::open(file.path());
    QVERIFY2(!db, "another program's database was opened (and migrated) as a Qalam database");
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"))
                 .toInt(),
             1);
}

void TestDatabaseFile::serverRefusedMigrationThenMigrated()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    {
        RawServer raw(file.path());
        QVERIFY(raw.isOpen());
        for (const QString &sql : PostgresDialect().migration(1))
            QCOMPARE(raw.exec(sql), QString());
        QCOMPARE(raw.exec(PostgresDialect().setSchemaVersion(1)), QString());
    }
    auto refused = Database::open(file.path(), Database::Migration::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    {
        RawServer raw(file.path());
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM schema_meta")).toString(), QStringLiteral("1"));
    }

    auto db = Database::open(file.path());
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(*(*db)->integrityCheck(), QStringList{QStringLiteral("ok")});
    ArticleStore store(*db);
    Article a;
    a.headline = QStringLiteral("Токаев провел совещание");
    QVERIFY(store.create(a));
    ArticleFilter filter;
    filter.search = QStringLiteral("ТОКАЕ");
    QCOMPARE(store.list(filter)->size(), 1);
}

void TestDatabaseFile::serverMigratesOnceFromTwoDesktops()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    // Two desktops open a new team database at the same moment: one of them
    // builds the schema, the other waits for it and finds it done.
    Qalam::Test::TestDatabase file;
    QString errors[2];
    int versions[2] = {-1, -1};
    QList<QThread *> desktops;
    for (int i = 0; i < 2; ++i) {
        desktops.append(QThread::create([&, i] {
            auto db = Database::open(file.path());
            if (!db) {
                errors[i] = db.error().message + db.error().detail;
                return;
            }
            versions[i] = (*db)->schemaVersion();
        }));
    }
    for (QThread *t : desktops)
        t->start();
    for (QThread *t : desktops) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    QCOMPARE(versions[0], Database::latestSchemaVersion());
    QCOMPARE(versions[1], Database::latestSchemaVersion());
}

void TestDatabaseFile::serverIntegrityCheckFindsMissingTable()
{
    if (!Qalam::Test::TestDatabase::isPostgres())
        QSKIP("PostgreSQL only");
    Qalam::Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    {
        RawServer raw(file.path());
        QCOMPARE(raw.exec(QStringLiteral("DROP TABLE article_locks")), QString());
    }
    auto problems = db->integrityCheck();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList{QStringLiteral("missing table article_locks")});
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database.moc"
