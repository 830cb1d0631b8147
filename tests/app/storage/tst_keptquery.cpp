// KeptQuery: a statement prepared once per connection and reused. It must
// give the right rows with each new binding, never let two users of the same
// text trample on each other, heal after a failure, and go with its
// connection (closed, lost or removed).

#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/keptquery.h"
#include "tests/support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qalam;

namespace {

const QString s_select = QStringLiteral("SELECT value FROM editor_state WHERE key = :key");
const QString s_prefixSelect =
    QStringLiteral("SELECT key, value FROM editor_state WHERE key LIKE :prefix ORDER BY key");

void put(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO editor_state (key, value) VALUES (:key, :value)"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QString valueOf(QSqlDatabase db, const QString &key)
{
    KeptQuery q(db, s_select);
    q->bindValue(QStringLiteral(":key"), key);
    if (!q->exec())
        return QStringLiteral("<failed: %1>").arg(q->lastError().text());
    return q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

// PostgreSQL: how many statements this session has prepared with `text` in them.
int serverPrepared(QSqlDatabase db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE strpos(statement, :text) > 0"
                             " AND statement NOT LIKE '%pg_prepared_statements%'"));
    q.bindValue(QStringLiteral(":text"), text);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestKeptQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keptAndReusedWithNewBindings();
    void aSecondUserOfTheSameTextGetsItsOwn();
    void aFailedStatementIsNotKept();
    void aChangedTableHealsAfterAtMostOneFailure();
    void theDatabaseTakesItsStatementsAlong();
    void aLostConnectionTakesItsStatementsAlong();
    void anSqliteReadEndsWhenTheQueryIsDone();
    void autosavesPrepareNothingAfterTheFirst();

private:
    QSqlDatabase connection(const std::shared_ptr<Database> &db);

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
};

void TestKeptQuery::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestKeptQuery::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestKeptQuery::cleanup()
{
    m_db.reset();
    m_file.reset();
}

QSqlDatabase TestKeptQuery::connection(const std::shared_ptr<Database> &db)
{
    auto conn = db->connection();
    if (!conn)
        qWarning() << conn.error().message << conn.error().detail;
    return conn ? *conn : QSqlDatabase();
}

void TestKeptQuery::keptAndReusedWithNewBindings()
{
    QSqlDatabase db = connection(m_db);
    put(db, QStringLiteral("kq.a"), QStringLiteral("Алматы"));
    put(db, QStringLiteral("kq.b"), QStringLiteral("Шымкент"));

    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 0);
    QCOMPARE(valueOf(db, QStringLiteral("kq.a")), QStringLiteral("Алматы"));
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 1);
    // The same statement, new bindings: each use sees its own.
    QCOMPARE(valueOf(db, QStringLiteral("kq.b")), QStringLiteral("Шымкент"));
    QCOMPARE(valueOf(db, QStringLiteral("kq.none")), QStringLiteral("<none>"));
    QCOMPARE(valueOf(db, QStringLiteral("kq.a")), QStringLiteral("Алматы"));
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 1);
    // On the server it was prepared once and is still there (a statement
    // prepared per use is deallocated when the query goes).
    if (m_db->isPostgres())
        QCOMPARE(serverPrepared(db, QStringLiteral("FROM editor_state WHERE key = $1")), 1);
}

void TestKeptQuery::aSecondUserOfTheSameTextGetsItsOwn()
{
    QSqlDatabase db = connection(m_db);
    for (int i = 0; i < 5; ++i)
        put(db, QStringLiteral("kq.outer.%1").arg(i), QString::number(i));
    for (int i = 0; i < 3; ++i)
        put(db, QStringLiteral("kq.inner.%1").arg(i), QString::number(100 + i));

    QStringList outer, inner;
    {
        KeptQuery first(db, s_prefixSelect);
        first->bindValue(QStringLiteral(":prefix"), QStringLiteral("kq.outer.%"));
        QVERIFY(first->exec());
        while (first->next()) {
            outer.append(first->value(1).toString());
            // Nested use of the same text while the first is being read.
            KeptQuery second(db, s_prefixSelect);
            second->bindValue(QStringLiteral(":prefix"), QStringLiteral("kq.inner.%"));
            QVERIFY(second->exec());
            QStringList seen;
            while (second->next())
                seen.append(second->value(1).toString());
            inner = seen;
        }
    }
    QCOMPARE(outer, QStringLiteral("0 1 2 3 4").split(u' '));
    QCOMPARE(inner, QStringLiteral("100 101 102").split(u' '));
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 1); // one copy kept, the other dropped
}

void TestKeptQuery::aFailedStatementIsNotKept()
{
    QSqlDatabase db = connection(m_db);
    {
        KeptQuery q(db, QStringLiteral("SELECT nothing FROM no_such_table WHERE id = :id"));
        q->bindValue(QStringLiteral(":id"), 1);
        QVERIFY(!q->exec());
    }
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 0);
    // The connection still works for everyone else.
    put(db, QStringLiteral("kq.after"), QStringLiteral("ok"));
    QCOMPARE(valueOf(db, QStringLiteral("kq.after")), QStringLiteral("ok"));
}

void TestKeptQuery::aChangedTableHealsAfterAtMostOneFailure()
{
    QSqlDatabase db = connection(m_db);
    QSqlQuery plain(db);
    QVERIFY2(plain.exec(QStringLiteral("CREATE TABLE kq_probe (id INTEGER PRIMARY KEY, v TEXT)")),
             qPrintable(plain.lastError().text()));
    QVERIFY(plain.exec(QStringLiteral("INSERT INTO kq_probe (id, v) VALUES (1, 'one')")));
    const QString sql = QStringLiteral("SELECT * FROM kq_probe WHERE id = :id");
    const auto columns = [&db, &sql]() -> int {
        KeptQuery q(db, sql);
        q->bindValue(QStringLiteral(":id"), 1);
        if (!q->exec() || !q->next())
            return -1;
        return q->record().count();
    };
    QCOMPARE(columns(), 2);
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 1);

    // Another desk changes the table under the kept statement (as a newer
    // Qalam's migration would).
    auto other = Database::open(m_file->path());
    QVERIFY(other);
    {
        QSqlDatabase odb = connection(*other);
        QSqlQuery alter(odb);
        QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE kq_probe ADD COLUMN w TEXT")),
                 qPrintable(alter.lastError().text()));
    }
    // PostgreSQL refuses a kept plan whose result changed; the failed
    // statement is dropped and the next use prepares afresh. SQLite prepares
    // again by itself.
    int seen = columns();
    if (seen != 3)
        seen = columns();
    QCOMPARE(seen, 3);
}

void TestKeptQuery::theDatabaseTakesItsStatementsAlong()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QString name;
    {
        auto db = Database::open(m_file->path());
        QVERIFY(db);
        QSqlDatabase conn = connection(*db);
        name = conn.connectionName();
        put(conn, QStringLiteral("kq.gone"), QStringLiteral("x"));
        QCOMPARE(valueOf(conn, QStringLiteral("kq.gone")), QStringLiteral("x"));
        QCOMPARE(KeptQuery::keptCount(name), 1);
    }
    QCOMPARE(KeptQuery::keptCount(name), 0);
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestKeptQuery::aLostConnectionTakesItsStatementsAlong()
{
    if (!m_db->isPostgres())
        QSKIP("a connection the server drops: PostgreSQL only");
    QSqlDatabase db = connection(m_db);
    put(db, QStringLiteral("kq.lost"), QStringLiteral("before"));
    QCOMPARE(valueOf(db, QStringLiteral("kq.lost")), QStringLiteral("before"));
    const QString oldName = db.connectionName();
    QCOMPARE(KeptQuery::keptCount(oldName), 1);

    QSqlQuery pid(db);
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    auto other = Database::open(m_file->path());
    QVERIFY(other);
    {
        QSqlQuery kill(connection(*other));
        kill.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
        kill.bindValue(QStringLiteral(":pid"), backend);
        QVERIFY2(kill.exec() && kill.next() && kill.value(0).toBool(), qPrintable(kill.lastError().text()));
    }
    // The kept statement fails on the dead connection (reported as lost)...
    {
        KeptQuery q(db, s_select);
        q->bindValue(QStringLiteral(":key"), QStringLiteral("kq.lost"));
        QVERIFY(!q->exec());
        QVERIFY(Database::isConnectionError(q->lastError()));
        Database::noteConnectionLost(db.driver());
    }
    // ...and the next connection starts without the old one's statements.
    QSqlDatabase fresh = connection(m_db);
    QVERIFY(fresh.isValid());
    QVERIFY(fresh.connectionName() != oldName);
    QCOMPARE(KeptQuery::keptCount(oldName), 0);
    QCOMPARE(valueOf(fresh, QStringLiteral("kq.lost")), QStringLiteral("before"));
    QCOMPARE(KeptQuery::keptCount(fresh.connectionName()), 1);
}

void TestKeptQuery::anSqliteReadEndsWhenTheQueryIsDone()
{
    QALAM_SQLITE_ONLY("an open SQLite read holds back the write-ahead log");
    QSqlDatabase db = connection(m_db);
    for (int i = 0; i < 50; ++i)
        put(db, QStringLiteral("kq.row.%1").arg(i, 2, 10, QLatin1Char('0')), QString::number(i));
    {
        KeptQuery q(db, s_prefixSelect);
        q->bindValue(QStringLiteral(":prefix"), QStringLiteral("kq.row.%"));
        QVERIFY(q->exec());
        QVERIFY(q->next()); // read one row of fifty, then let go
    }
    QCOMPARE(KeptQuery::keptCount(db.connectionName()), 1);
    // Another desk writes and truncates the log: impossible while a read of
    // this connection were still open (the checkpoint would report busy).
    auto other = Database::open(m_file->path());
    QVERIFY(other);
    QSqlDatabase odb = connection(*other);
    put(odb, QStringLiteral("kq.other"), QStringLiteral("x"));
    QSqlQuery checkpoint(odb);
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0); // not busy
}

void TestKeptQuery::autosavesPrepareNothingAfterTheFirst()
{
    if (!m_db->isPostgres())
        QSKIP("the server's list of prepared statements: PostgreSQL only");
    ArticleStore store(m_db);
    Article draft;
    draft.headline = QStringLiteral("Автосохранение");
    draft.bodyHtml = QStringLiteral("<p>Первый абзац.</p>");
    auto created = store.create(draft);
    QVERIFY2(created, qPrintable(created.error().message));
    Article article = *created;
    QSqlDatabase db = connection(m_db);
    QList<int> prepared;
    for (int i = 0; i < 4; ++i) {
        article.bodyHtml += QStringLiteral("<p>Ещё абзац %1.</p>").arg(i);
        auto saved = store.save(article);
        QVERIFY2(saved, qPrintable(saved.error().message));
        article = *saved;
        prepared.append(serverPrepared(db, QStringLiteral("SELECT")) +
                        serverPrepared(db, QStringLiteral("UPDATE")));
    }
    // The first save prepares the statements of the save path; the next ones
    // only execute them (one round trip each instead of three).
    QVERIFY(prepared.first() >= 5);
    QCOMPARE(prepared.last(), prepared.first());
    QCOMPARE(prepared.at(1), prepared.first());
    QCOMPARE(article.version, 5);
}

QTEST_GUILESS_MAIN(TestKeptQuery)
#include "tst_keptquery.moc"
