#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/dictionarystore.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QFuture>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qalam;

class TestDictionaryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmpty();
    void addAndList();
    void addTrimsTheWord();
    void addTwiceIsNotAnError();
    void caseMatters();
    void remove();
    void removeAbsentWordIsNotAnError();
    void invalidInput_data();
    void invalidInput();
    void languagesAreSeparate();
    void recordsWhoAndWhen();
    void whoDefaultsToTheAccount();
    void twoConnectionsSeeEachOthersWords();
    void worksFromAnotherThread();

private:
    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<DictionaryStore> m_store;

    QStringList words(const QString &language);
};

void TestDictionaryStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestDictionaryStore::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
    m_store = std::make_unique<DictionaryStore>(m_db, m_clock.get(), QStringLiteral("kolmakova"));
}

void TestDictionaryStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_file.reset();
}

QStringList TestDictionaryStore::words(const QString &language)
{
    const auto r = m_store->words(language);
    if (!r) {
        qWarning("%s / %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        return {QStringLiteral("<error>")};
    }
    return *r;
}

void TestDictionaryStore::startsEmpty()
{
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")})
        QCOMPARE(words(language), QStringList());
}

void TestDictionaryStore::addAndList()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Акорда")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Касым-Жомарт")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("аким")));
    QCOMPARE(words(QStringLiteral("ru")),
             (QStringList{QStringLiteral("Акорда"), QStringLiteral("Касым-Жомарт"), QStringLiteral("Шымкент"),
                          QStringLiteral("аким")}));
}

void TestDictionaryStore::addTrimsTheWord()
{
    QVERIFY(m_store->addWord(QStringLiteral("kk"), QStringLiteral("  Тоқаев\t\n")));
    QVERIFY(m_store->addWord(QStringLiteral("kk"), QStringLiteral("Тоқаев ")));
    QCOMPARE(words(QStringLiteral("kk")), QStringList{QStringLiteral("Тоқаев")});
}

void TestDictionaryStore::addTwiceIsNotAnError()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    m_clock->advance(60'000);
    const auto again = m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент"));
    QVERIFY2(again, qPrintable(again.error().detail));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Шымкент")});
}

// The spellchecker folds the first letter itself; the store keeps what the
// editor added.
void TestDictionaryStore::caseMatters()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("шымкент")));
    QCOMPARE(words(QStringLiteral("ru")).size(), 2);
    QVERIFY(m_store->removeWord(QStringLiteral("ru"), QStringLiteral("шымкент")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Шымкент")});
}

void TestDictionaryStore::remove()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Акорда")));
    QVERIFY(m_store->removeWord(QStringLiteral("ru"), QStringLiteral(" Шымкент ")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Акорда")});
    QVERIFY(m_store->removeWord(QStringLiteral("ru"), QStringLiteral("Акорда")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList());
    // Removed words can come back.
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Акорда")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Акорда")});
}

void TestDictionaryStore::removeAbsentWordIsNotAnError()
{
    QVERIFY(m_store->removeWord(QStringLiteral("en"), QStringLiteral("Shymkent")));
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->removeWord(QStringLiteral("kk"), QStringLiteral("Шымкент")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Шымкент")});
}

void TestDictionaryStore::invalidInput_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");

    QTest::newRow("add empty word") << QStringLiteral("add") << QStringLiteral("ru") << QString();
    QTest::newRow("add blank word") << QStringLiteral("add") << QStringLiteral("ru")
                                    << QStringLiteral(" \t\n");
    QTest::newRow("add two words") << QStringLiteral("add") << QStringLiteral("ru")
                                   << QStringLiteral("Нур Отан");
    QTest::newRow("add unknown language")
        << QStringLiteral("add") << QStringLiteral("de") << QStringLiteral("Rechtschreibung");
    QTest::newRow("add empty language") << QStringLiteral("add") << QString() << QStringLiteral("Шымкент");
    QTest::newRow("add language in capitals")
        << QStringLiteral("add") << QStringLiteral("RU") << QStringLiteral("Шымкент");
    QTest::newRow("remove empty word")
        << QStringLiteral("remove") << QStringLiteral("ru") << QStringLiteral(" ");
    QTest::newRow("remove unknown language")
        << QStringLiteral("remove") << QStringLiteral("tr") << QStringLiteral("Şımkent");
    QTest::newRow("list unknown language") << QStringLiteral("words") << QStringLiteral("ru_RU") << QString();
}

void TestDictionaryStore::invalidInput()
{
    QFETCH(QString, operation);
    QFETCH(QString, language);
    QFETCH(QString, word);

    Error error;
    if (operation == u"add") {
        const auto r = m_store->addWord(language, word);
        QVERIFY(!r);
        error = r.error();
    } else if (operation == u"remove") {
        const auto r = m_store->removeWord(language, word);
        QVERIFY(!r);
        error = r.error();
    } else {
        const auto r = m_store->words(language);
        QVERIFY(!r);
        error = r.error();
    }
    QCOMPARE(error.code, Error::Code::InvalidInput);
    QVERIFY(!error.message.isEmpty());
    // Nothing was written.
    for (const QString &l : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")})
        QCOMPARE(words(l), QStringList());
}

void TestDictionaryStore::languagesAreSeparate()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->addWord(QStringLiteral("kk"), QStringLiteral("Шымкент")));
    QVERIFY(m_store->addWord(QStringLiteral("kk"), QStringLiteral("Ақорда")));
    QVERIFY(m_store->addWord(QStringLiteral("en"), QStringLiteral("Shymkent")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Шымкент")});
    QCOMPARE(words(QStringLiteral("kk")), (QStringList{QStringLiteral("Ақорда"), QStringLiteral("Шымкент")}));
    QCOMPARE(words(QStringLiteral("en")), QStringList{QStringLiteral("Shymkent")});

    QVERIFY(m_store->removeWord(QStringLiteral("kk"), QStringLiteral("Шымкент")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Шымкент")});
    QCOMPARE(words(QStringLiteral("kk")), QStringList{QStringLiteral("Ақорда")});
}

void TestDictionaryStore::recordsWhoAndWhen()
{
    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    m_clock->advance(3'600'000);
    // The first addition is what counts.
    DictionaryStore other(m_db, m_clock.get(), QStringLiteral("seitkali"));
    QVERIFY(other.addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QVERIFY(other.addWord(QStringLiteral("ru"), QStringLiteral("Акорда")));

    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT word, added_by, created FROM newsroom_dictionary ORDER BY word")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Акорда"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("seitkali"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-28T10:00:00.000Z"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Шымкент"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("kolmakova"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-28T09:00:00.000Z"));
    QVERIFY(!q.next());
}

void TestDictionaryStore::whoDefaultsToTheAccount()
{
    DictionaryStore store(m_db, m_clock.get());
    QVERIFY(store.addWord(QStringLiteral("en"), QStringLiteral("Shymkent")));
    DictionaryStore explicitlyEmpty(m_db, m_clock.get(), QString());
    QVERIFY(explicitlyEmpty.addWord(QStringLiteral("en"), QStringLiteral("Akorda")));
    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT added_by FROM newsroom_dictionary")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), ArticleStore::currentAccount());
    QVERIFY(!q.value(0).toString().isEmpty());
    QVERIFY(!q.next());
}

// Two editors on one shared file: each Database has its own connection.
void TestDictionaryStore::twoConnectionsSeeEachOthersWords()
{
    auto second = Database::open(m_file->path());
    QVERIFY(second);
    DictionaryStore theirs(*second, m_clock.get(), QStringLiteral("seitkali"));

    QVERIFY(m_store->addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    auto seen = theirs.words(QStringLiteral("ru"));
    QVERIFY(seen);
    QCOMPARE(*seen, QStringList{QStringLiteral("Шымкент")});

    QVERIFY(theirs.addWord(QStringLiteral("ru"), QStringLiteral("Акорда")));
    QVERIFY(theirs.addWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QCOMPARE(words(QStringLiteral("ru")), (QStringList{QStringLiteral("Акорда"), QStringLiteral("Шымкент")}));

    QVERIFY(theirs.removeWord(QStringLiteral("ru"), QStringLiteral("Шымкент")));
    QCOMPARE(words(QStringLiteral("ru")), QStringList{QStringLiteral("Акорда")});
}

// A value type: copied to a worker thread, it uses that thread's connection.
void TestDictionaryStore::worksFromAnotherThread()
{
    QVERIFY(m_store->addWord(QStringLiteral("kk"), QStringLiteral("Ақорда")));
    DictionaryStore copy = *m_store;
    QFuture<QStringList> future = QtConcurrent::run([copy]() mutable {
        if (!copy.addWord(QStringLiteral("kk"), QStringLiteral("Тоқаев")))
            return QStringList{QStringLiteral("<add failed>")};
        auto r = copy.words(QStringLiteral("kk"));
        return r ? *r : QStringList{QStringLiteral("<read failed>")};
    });
    QCOMPARE(future.result(), (QStringList{QStringLiteral("Ақорда"), QStringLiteral("Тоқаев")}));
    QCOMPARE(words(QStringLiteral("kk")), (QStringList{QStringLiteral("Ақорда"), QStringLiteral("Тоқаев")}));
}

QTEST_GUILESS_MAIN(TestDictionaryStore)
#include "tst_dictionarystore.moc"
