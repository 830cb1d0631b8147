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
};

void TestDatabaseFile::initTestCase()
{
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QCOMPARE(Database::latestSchemaVersion(), SqliteDialect().latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
}

void TestDatabaseFile::newFileGetsLatestSchema()
{
    Qalam::Test::TestDatabase file;
    QVERIFY(!QFile::exists(file.path()));
    auto db = file.open();
    QVERIFY(db);
    QVERIFY(QFile::exists(file.path()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->path(), QFileInfo(file.path()).absoluteFilePath());

    auto conn = db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    for (const char *expected :
         {"articles", "authors", "article_authors", "article_revisions", "articles_fts", "editor_state",
          "articles_fts_insert", "articles_fts_update", "articles_fts_delete"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    ArticleStore store(db);
    auto count = store.count();
    QVERIFY(count);
    QCOMPARE(*count, 0);
}

void TestDatabaseFile::emptyFileGetsLatestSchema()
{
    // A zero-byte file (touch qalam.sqlite) is a new database, not garbage.
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
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    q.finish();

    // Foreign keys are enforced: a byline row for no article is refused.
    QSqlQuery orphan(*conn);
    QVERIFY(!orphan.exec(
        QStringLiteral("INSERT INTO article_authors (article_id, author_id, ord) VALUES ('none', 1, 0)")));

    // WAL is a property of the file: a second process sees it too.
    RawConnection raw(file.path());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDatabaseFile::foreignKeysOnEveryThread()
{
    Qalam::Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    int foreignKeys = -1;
    bool sameConnection = true;
    const QString mainName = db->connection()->connectionName();
    QThread *worker = QThread::create([&] {
        auto conn = db->connection();
        if (!conn)
            return;
        sameConnection = conn->connectionName() == mainName;
        QSqlQuery q(*conn);
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            foreignKeys = q.value(0).toInt();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(!sameConnection);
    QCOMPARE(foreignKeys, 1);
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
    Qalam::Test::TestDatabase file;
    QVERIFY(QDir().mkpath(file.path()));
    auto db = Database::open(file.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.error().message.contains(file.path()), qPrintable(db.error().message));
}

void TestDatabaseFile::unwritableFolder()
{
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

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database.moc"
