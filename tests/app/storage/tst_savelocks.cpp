// How saves take the write lock. On either backend two desks saving the same
// article from the same version never both win. On PostgreSQL a save shares
// the write lock with saves of other articles (fifty desks do not queue
// behind each other) and still waits for a save of the same article and for
// every other write transaction; each wait is seen in the server's pg_locks,
// not guessed from timing.

#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <chrono>
#include <future>
#include <latch>

using namespace Qalam;

namespace {

template <typename T> QByteArray why(const Result<T> &r)
{
    return (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

bool isDone(std::future<Result<Article>> &f)
{
    return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

class TestSaveLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sameArticleFromTheSameVersionHasOneWinner();
    void savesOfOtherArticlesRunSideBySide();

private:
    Article createArticle(const QString &headline);
    // Advisory locks some other backend of this database waits for.
    int waitingForAdvisoryLocks();

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
};

void TestSaveLocks::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestSaveLocks::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestSaveLocks::cleanup()
{
    m_db.reset();
    m_file.reset();
}

Article TestSaveLocks::createArticle(const QString &headline)
{
    Article draft;
    draft.headline = headline;
    draft.bodyHtml = QStringLiteral("<p>Первый вариант текста.</p>");
    auto created = ArticleStore(m_db).create(draft);
    if (!created) {
        QTest::qFail(why(created).constData(), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

int TestSaveLocks::waitingForAdvisoryLocks()
{
    auto conn = m_db->connection();
    if (!conn)
        return -1;
    QSqlQuery q(*conn);
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestSaveLocks::sameArticleFromTheSameVersionHasOneWinner()
{
    const Article base = createArticle(QStringLiteral("Одна статья, два стола"));
    QVERIFY(!base.id.isEmpty());
    for (int round = 0; round < 5; ++round) {
        auto stored = ArticleStore(m_db).load(base.id);
        QVERIFY(stored);
        std::latch start(2);
        auto saveAs = [&](const QString &text) {
            return std::async(std::launch::async, [&, text]() {
                Article edited = *stored;
                edited.bodyHtml = QStringLiteral("<p>%1</p>").arg(text);
                ArticleStore store(m_db);
                start.arrive_and_wait();
                return store.save(edited);
            });
        };
        auto first = saveAs(QStringLiteral("Текст первого стола %1").arg(round));
        auto second = saveAs(QStringLiteral("Текст второго стола %1").arg(round));
        const Result<Article> a = first.get();
        const Result<Article> b = second.get();
        QVERIFY2(a.ok() != b.ok(), a.ok() ? "both saves won" : why(a).constData());
        const Result<Article> &lost = a.ok() ? b : a;
        const Result<Article> &won = a.ok() ? a : b;
        QCOMPARE(lost.error().code, Error::Code::Conflict);
        auto now = ArticleStore(m_db).load(base.id);
        QVERIFY(now);
        QCOMPARE(now->version, stored->version + 1);
        QCOMPARE(now->bodyText, won->bodyText);
    }
}

void TestSaveLocks::savesOfOtherArticlesRunSideBySide()
{
    if (!m_db->isPostgres())
        QSKIP("an SQLite file has one write lock for every transaction");
    const Article held = createArticle(QStringLiteral("Статья, которую сохраняют"));
    const Article other = createArticle(QStringLiteral("Другая статья"));
    QVERIFY(!held.id.isEmpty() && !other.id.isEmpty());

    // A save of `held` in progress: its transaction holds the locks a save takes.
    auto conn = m_db->connection();
    QVERIFY(conn);
    WriteTransaction tx(*conn);
    QVERIFY(tx.begin(m_db->dialect().beginArticleWrite(held.id)));
    QCOMPARE(waitingForAdvisoryLocks(), 0);

    auto saveOf = [this](const Article &article, const QString &text) {
        return std::async(std::launch::async, [this, article, text]() {
            Article edited = article;
            edited.bodyHtml = QStringLiteral("<p>%1</p>").arg(text);
            return ArticleStore(m_db).save(edited);
        });
    };
    // Another article's save goes through at once.
    auto otherSave = saveOf(other, QStringLiteral("Правка другой статьи"));
    QTRY_VERIFY_WITH_TIMEOUT(isDone(otherSave), 20000);
    const Result<Article> otherSaved = otherSave.get();
    QVERIFY2(otherSaved.ok(), why(otherSaved).constData());
    QCOMPARE(otherSaved->version, 2);

    // The same article's save waits for the one in progress …
    auto sameSave = saveOf(held, QStringLiteral("Правка той же статьи"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingForAdvisoryLocks(), 1, 20000);
    QVERIFY(!isDone(sameSave));
    // … and so does any other write transaction (here: a new article).
    auto create = std::async(std::launch::async, [this]() {
        Article draft;
        draft.headline = QStringLiteral("Новая статья");
        return ArticleStore(m_db).create(draft);
    });
    QTRY_COMPARE_WITH_TIMEOUT(waitingForAdvisoryLocks(), 2, 20000);
    QVERIFY(!isDone(sameSave));
    QVERIFY(create.wait_for(std::chrono::seconds(0)) != std::future_status::ready);

    QVERIFY(tx.commit());
    QTRY_VERIFY_WITH_TIMEOUT(isDone(sameSave), 20000);
    const Result<Article> sameSaved = sameSave.get();
    QVERIFY2(sameSaved.ok(), why(sameSaved).constData());
    QCOMPARE(sameSaved->version, 2);
    const Result<Article> created = create.get();
    QVERIFY2(created.ok(), why(created).constData());
}

QTEST_GUILESS_MAIN(TestSaveLocks)
#include "tst_savelocks.moc"
