#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
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

} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT

private slots:
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

void TestAutosaver::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_store = std::make_unique<ArticleStore>(m_db, &Clock::system(), QStringLiteral("kolmakova"));
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
    const QStringList words = {QStringLiteral(" Глава"), QStringLiteral(" государства"), QStringLiteral(" Қасым-Жомарт"),
                               QStringLiteral(" Тоқаев"), QStringLiteral(" провёл.")};
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
    ArticleStore otherStore(*other, &Clock::system(), QStringLiteral("seitkali"));
    Article theirs = *otherStore.load(m_article.id);
    theirs.bodyHtml = QStringLiteral("<p>Их правка.</p>");
    QVERIFY(otherStore.save(theirs));

    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy failedSpy(m_saver.get(), &Autosaver::saveFailed);
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

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
