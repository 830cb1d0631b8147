#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qalam;

namespace {

void typeAtEnd(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

// Finds the Autosaver's QFutureWatcher through the call-out events Qt posts
// to it, so that a test can wait for the worker itself (not for the watcher's
// queued notification) and act in between the two.
class WatcherFinder : public QObject
{
public:
    QPointer<QFutureWatcherBase> watcher;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FutureCallOut && !watcher)
            watcher = qobject_cast<QFutureWatcherBase *>(watched);
        return false;
    }
};

// Holds the database's write lock from another connection (another desktop):
// the autosave worker waits at the start of its write transaction until
// release() (SQLite's busy timeout, PostgreSQL's lock_timeout: 5 s).
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            return;
        m_database = *db;
        auto conn = m_database->connection();
        if (!conn)
            return;
        m_connection = *conn;
        QSqlQuery q(m_connection);
        m_locked = true;
        for (const QString &sql : m_database->dialect().beginWrite())
            m_locked = m_locked && q.exec(sql);
    }
    ~WriteLock() { release(); }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!m_locked)
            return;
        QSqlQuery(m_connection).exec(QStringLiteral("COMMIT"));
        m_locked = false;
    }

private:
    std::shared_ptr<Database> m_database;
    QSqlDatabase m_connection;
    bool m_locked = false;
};

} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingSavesOnceAfterDebounce();
    void fieldEditsAreSavedToo();
    void saveNowRecordsRevision();
    void revisionIntervalMakesAutosaveARevision();
    void typingWhileSavingEndsWithEverythingStored();
    void conflictStopsAutosave();
    void flushWritesPendingEditsSynchronously();
    void flushWithNothingPending();
    void cursorPositionIsRemembered();
    void replaceContentLeavesNothingPending();
    void failedSaveIsRetried();
    void flushRightAfterWorkerFinished();
    void saveNowRightAfterWorkerFinished();

private:
    // Leaves a save finished on the worker but not yet reported to the
    // Autosaver (its watcher's notification still queued), with " Два."
    // typed while it ran.
    bool finishSaveWithoutReporting();

private:
    int revisionCount() { return int(m_store->revisions(m_article.id)->size()); }
    Article stored() { return *m_store->load(m_article.id); }

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    Article m_article;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<Autosaver> m_saver;
};

void TestAutosaver::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestAutosaver::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_store = std::make_unique<ArticleStore>(m_db, &Clock::system(),
                                             Actor::singleDeskAccount(QStringLiteral("kolmakova")));
    Article draft;
    draft.headline = QStringLiteral("Токаев провел совещание");
    draft.bodyHtml = QStringLiteral("<p>Начало.</p>");
    auto created = m_store->create(draft);
    QVERIFY(created);
    m_article = *created;
    m_document = std::make_unique<ArticleDocument>(m_article);
    m_saver = std::make_unique<Autosaver>(*m_store, m_document.get());
    m_saver->setDelay(50);
}

void TestAutosaver::cleanup()
{
    m_saver.reset();
    m_document.reset();
    m_store.reset();
    m_db.reset();
    m_file.reset();
}

void TestAutosaver::typingSavesOnceAfterDebounce()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy stateSpy(m_saver.get(), &Autosaver::stateChanged);
    const QStringList words = {QStringLiteral(" Глава"), QStringLiteral(" государства"),
                               QStringLiteral(" Қасым-Жомарт"), QStringLiteral(" Тоқаев"),
                               QStringLiteral(" провёл.")};
    for (const QString &w : words)
        typeAtEnd(m_document->body(), w);
    QCOMPARE(m_saver->state(), Autosaver::State::Pending);
    QCOMPARE(savedSpy.count(), 0); // nothing before the debounce

    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    // Saved and nothing modified: no timer is left to fire another save.
    QVERIFY(!m_document->isModified());
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.at(0).at(1).toBool(), false); // not a revision
    QCOMPARE(savedSpy.at(0).at(0).value<Article>().version, 2);

    const Article a = stored();
    QCOMPARE(a.version, 2);
    QCOMPARE(a.bodyText, QStringLiteral("Начало. Глава государства Қасым-Жомарт Тоқаев провёл."));
    QCOMPARE(revisionCount(), 1); // autosaves record no snapshot
    QCOMPARE(m_document->version(), 2);
    QVERIFY(stateSpy.count() >= 2);
}

void TestAutosaver::fieldEditsAreSavedToo()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    m_document->setField(ArticleDocument::Field::Headline, QStringLiteral("Тоқаев әкімдермен кездесті"));
    m_document->setField(ArticleDocument::Field::Language, QStringLiteral("kk"));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(stored().headline, QStringLiteral("Тоқаев әкімдермен кездесті"));
    QCOMPARE(stored().language, QStringLiteral("kk"));
}

void TestAutosaver::saveNowRecordsRevision()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    typeAtEnd(m_document->body(), QStringLiteral(" Сдано."));
    m_saver->saveNow(QStringLiteral("save"));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.at(0).at(1).toBool(), true);

    const auto revs = *m_store->revisions(m_article.id);
    QCOMPARE(revs.size(), 2);
    QCOMPARE(revs.first().reason, QStringLiteral("save"));
    QCOMPARE(revs.first().who, QStringLiteral("kolmakova"));
    QCOMPARE(revs.first().version, 2);
    QCOMPARE(revs.first().snapshot.bodyText, QStringLiteral("Начало. Сдано."));

    // Ctrl+S on an unchanged article still records a snapshot.
    m_saver->saveNow(QStringLiteral("перед сдачей"));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(revisionCount(), 3);
    QCOMPARE(m_store->revisions(m_article.id)->first().reason, QStringLiteral("перед сдачей"));
}

void TestAutosaver::revisionIntervalMakesAutosaveARevision()
{
    m_saver->setRevisionInterval(0);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    typeAtEnd(m_document->body(), QStringLiteral(" Прошло пять минут."));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.at(0).at(1).toBool(), true);
    const auto revs = *m_store->revisions(m_article.id);
    QCOMPARE(revs.size(), 2);
    QCOMPARE(revs.first().reason, QStringLiteral("autosave-interval"));
    QCOMPARE(revs.first().snapshot.bodyText, QStringLiteral("Начало. Прошло пять минут."));
}

void TestAutosaver::typingWhileSavingEndsWithEverythingStored()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    typeAtEnd(m_document->body(), QStringLiteral(" Один."));
    m_saver->saveNow(); // the write starts on the worker now
    typeAtEnd(m_document->body(), QStringLiteral(" Два."));
    typeAtEnd(m_document->body(), QStringLiteral(" Три."));
    QTRY_VERIFY(m_saver->state() == Autosaver::State::Saved && !m_document->isModified());
    QCOMPARE(stored().bodyText, QStringLiteral("Начало. Один. Два. Три."));
    QCOMPARE(stored().version, m_document->version());
    QVERIFY(savedSpy.count() >= 1);
    QCOMPARE(m_saver->lastError().message, QString());
}

void TestAutosaver::conflictStopsAutosave()
{
    // Someone else saves the article first.
    auto other = Database::open(m_file->path());
    QVERIFY(other);
    ArticleStore otherStore(*other, &Clock::system(), Actor::singleDeskAccount(QStringLiteral("seitkali")));
    Article theirs = *otherStore.load(m_article.id);
    theirs.bodyHtml = QStringLiteral("<p>Их правка.</p>");
    QVERIFY(otherStore.save(theirs));

    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy failedSpy(m_saver.get(), &Autosaver::saveFailed);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^save failed: .*changed elsewhere")));
    typeAtEnd(m_document->body(), QStringLiteral(" Моя правка."));
    QVERIFY(conflictSpy.wait());
    QCOMPARE(conflictSpy.count(), 1);
    QCOMPARE(conflictSpy.at(0).at(0).value<Error>().code, Error::Code::Conflict);
    QCOMPARE(m_saver->state(), Autosaver::State::Conflict);
    QCOMPARE(m_saver->lastError().code, Error::Code::Conflict);
    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(failedSpy.count(), 0);

    // Nothing was overwritten, and nothing typed was lost.
    QCOMPARE(stored().bodyText, QStringLiteral("Их правка."));
    QCOMPARE(m_document->body()->toPlainText(), QStringLiteral("Начало. Моя правка."));
    QVERIFY(m_document->isModified());

    // Further typing does not retry the doomed save.
    typeAtEnd(m_document->body(), QStringLiteral(" Ещё."));
    QCOMPARE(m_saver->state(), Autosaver::State::Conflict);
    m_saver->saveNow();
    QCOMPARE(m_saver->state(), Autosaver::State::Conflict);
    QVERIFY(!m_saver->flush());
    QCOMPARE(stored().bodyText, QStringLiteral("Их правка."));
    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(m_document->body()->toPlainText(), QStringLiteral("Начало. Моя правка. Ещё."));

    // After a reload the document saves again.
    m_document->replaceContent(stored());
    m_saver->resume();
    QCOMPARE(m_saver->state(), Autosaver::State::Saved);
    typeAtEnd(m_document->body(), QStringLiteral(" Заново."));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(stored().bodyText, QStringLiteral("Их правка. Заново."));
}

void TestAutosaver::flushWritesPendingEditsSynchronously()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    m_saver->setDelay(60 * 60 * 1000); // the debounce would never come in this test
    typeAtEnd(m_document->body(), QStringLiteral(" Закрываю окно."));
    m_document->setField(ArticleDocument::Field::Lead, QStringLiteral("Лид перед закрытием"));
    QCOMPARE(m_saver->state(), Autosaver::State::Pending);

    QVERIFY(m_saver->flush());
    // Synchronous: stored before any event is processed.
    QCOMPARE(savedSpy.count(), 1);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_saver->state(), Autosaver::State::Saved);
    const Article a = stored();
    QCOMPARE(a.bodyText, QStringLiteral("Начало. Закрываю окно."));
    QCOMPARE(a.lead, QStringLiteral("Лид перед закрытием"));
    QCOMPARE(a.version, 2);
    QCOMPARE(revisionCount(), 1);

    // The watcher's own finished signal, delivered later, changes nothing.
    QCoreApplication::processEvents();
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(stored().version, 2);
}

void TestAutosaver::flushWithNothingPending()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QVERIFY(m_saver->flush());
    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(stored().version, 1);

    // A save already running is waited for.
    typeAtEnd(m_document->body(), QStringLiteral(" Бегущее сохранение."));
    m_saver->saveNow();
    QVERIFY(m_saver->flush());
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(stored().bodyText, QStringLiteral("Начало. Бегущее сохранение."));
}

void TestAutosaver::cursorPositionIsRemembered()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    m_saver->setCursorPosition(7);
    typeAtEnd(m_document->body(), QStringLiteral(" Курсор."));
    QVERIFY(savedSpy.wait());
    QCOMPARE(*m_store->editorState(QStringLiteral("last_article")), m_article.id);
    QCOMPARE(*m_store->editorState(QStringLiteral("cursor:") + m_article.id), QStringLiteral("7"));
}

void TestAutosaver::replaceContentLeavesNothingPending()
{
    // After a restore the window shows the stored article; there is nothing
    // to save, and the save indicator must come back to "saved".
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    typeAtEnd(m_document->body(), QStringLiteral(" Правка."));
    QVERIFY(savedSpy.wait());
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);

    const qint64 firstRevision = m_store->revisions(m_article.id)->last().id;
    auto restored = m_store->restore(firstRevision, m_document->version());
    QVERIFY(restored);
    QSignalSpy stateSpy(m_saver.get(), &Autosaver::stateChanged);
    m_document->replaceContent(*restored);
    QVERIFY(!m_document->isModified());
    // Whatever the Autosaver does with the change signal, it ends at Saved
    // (the debounce is 50 ms; two seconds is plenty).
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 2000);
    if (!stateSpy.isEmpty()) // it went through Pending: the debounce must have settled it
        QCOMPARE(stateSpy.last().at(0).value<Autosaver::State>(), Autosaver::State::Saved);
    QCOMPARE(savedSpy.count(), 1); // and it wrote nothing
    QCOMPARE(stored().version, restored->version);
}

bool TestAutosaver::finishSaveWithoutReporting()
{
    m_saver->setDelay(60 * 60 * 1000); // no debounce in between
    WriteLock lock(m_file->path());
    if (!lock.isLocked())
        return false;
    WatcherFinder finder;
    QCoreApplication::instance()->installEventFilter(&finder);
    typeAtEnd(m_document->body(), QStringLiteral(" Один."));
    m_saver->saveNow(); // the worker starts and waits for the lock
    typeAtEnd(m_document->body(), QStringLiteral(" Два."));
    // The watcher's "started" notification names it; the worker cannot finish yet.
    if (!QTest::qWaitFor([&] { return !finder.watcher.isNull(); }, 5000))
        return false;
    QCoreApplication::instance()->removeEventFilter(&finder);
    if (finder.watcher->isFinished())
        return false;
    lock.release();
    // Wait for the worker itself, processing no events: its result is now
    // ready while the watcher's "finished" notification is still queued.
    finder.watcher->waitForFinished();
    return finder.watcher->isFinished() && stored().version == 2;
}

void TestAutosaver::failedSaveIsRetried()
{
    // Another connection makes every update fail for a while, as a full or
    // broken disk would: the text stays in the document and the save is tried
    // again without anyone typing.
    auto blocker = Database::open(m_file->path());
    QVERIFY(blocker);
    auto conn = (*blocker)->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    const bool server = (*blocker)->isPostgres();
    if (server) {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION refuse_updates() RETURNS trigger LANGUAGE plpgsql AS"
                                      " $$ BEGIN RAISE EXCEPTION 'disk trouble'; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_updates BEFORE UPDATE ON articles"
                                      " FOR EACH ROW EXECUTE FUNCTION refuse_updates()")));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_updates BEFORE UPDATE ON articles BEGIN"
                                      " SELECT RAISE(ABORT, 'disk trouble'); END")));
    }

    QSignalSpy failedSpy(m_saver.get(), &Autosaver::saveFailed);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("disk trouble")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^save failed: .*disk trouble")));
    typeAtEnd(m_document->body(), QStringLiteral(" Не потеряно."));
    m_saver->saveNow(QStringLiteral("перед сдачей"));
    QVERIFY(failedSpy.wait());
    QCOMPARE(m_saver->state(), Autosaver::State::Failed);
    QVERIFY(m_saver->lastError().detail.contains(QStringLiteral("disk trouble")));
    QCOMPARE(stored().version, 1);
    QVERIFY(m_document->isModified());

    // The trouble ends; the retry (about a second later) stores the text and
    // the revision that was asked for.
    QVERIFY(q.exec(server ? QStringLiteral("DROP TRIGGER refuse_updates ON articles")
                          : QStringLiteral("DROP TRIGGER refuse_updates")));
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 10000);
    QVERIFY(!m_document->isModified());
    QCOMPARE(stored().bodyText, QStringLiteral("Начало. Не потеряно."));
    QCOMPARE(m_store->revisions(m_article.id)->first().reason, QStringLiteral("перед сдачей"));
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(failedSpy.count(), 1);
}

void TestAutosaver::flushRightAfterWorkerFinished()
{
    // Closing the window just after an autosave finished on the worker, before
    // the event loop reported it: flush() must take that result into account
    // instead of saving again from the old version.
    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QVERIFY(finishSaveWithoutReporting());

    const bool flushed = m_saver->flush();
    QCOMPARE(conflictSpy.count(), 0);
    QCOMPARE(m_saver->state(), Autosaver::State::Saved);
    QVERIFY(flushed);
    QCOMPARE(stored().bodyText, QStringLiteral("Начало. Один. Два."));
    QCOMPARE(stored().version, 3);
    QVERIFY(!m_document->isModified());
}

void TestAutosaver::saveNowRightAfterWorkerFinished()
{
    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QVERIFY(finishSaveWithoutReporting());

    m_saver->saveNow(QStringLiteral("второе сохранение"));
    QTRY_VERIFY(!m_document->isModified() || !conflictSpy.isEmpty());
    QTRY_VERIFY(m_saver->state() == Autosaver::State::Saved || !conflictSpy.isEmpty());
    QCOMPARE(conflictSpy.count(), 0);
    QCOMPARE(stored().bodyText, QStringLiteral("Начало. Один. Два."));
    QCOMPARE(m_store->revisions(m_article.id)->first().reason, QStringLiteral("второе сохранение"));
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
