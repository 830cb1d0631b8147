// Offscreen GUI tests: the real main window on a real database file. What is
// typed into the editor must land in the database; pastes keep only the
// allowed formatting; a large paste does not hold the GUI thread.

#include "app/model/articledocument.h"
#include "app/model/articlelistmodel.h"
#include "app/storage/articlestore.h"
#include "app/storage/dictionarystore.h"
#include "app/text/htmlsanitizer.h"
#include "app/text/spellchecker.h"
#include "tests/support/testdatabase.h"
#include "ui/checks/checksdock.h"
#include "ui/desk/deskpanel.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyedit.h"
#include "ui/editor/paragraphedit.h"
#include "ui/editor/quotehighlighter.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/quotes/quotesdock.h"
#include "ui/quotes/quotetablemodel.h"
#include "ui/revisions/revisionsdock.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Qalam;

namespace {
// QTest::keyClicks takes Latin-1 only; this types any text, one key event per
// character, through the same event path a keyboard uses.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier,
                        QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier,
                          QString(c));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

class TestArticleEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingLandsInDatabase();
    void undoCoversHeadlineAndBody();
    void pasteKeepsOnlyAllowedFormatting();
    void largePasteRunsOffTheGuiThread();
    void searchFiltersTheDesk();
    void reopensLastArticleAtCursor();
    void conflictKeepsBothTexts();
    void restoreRevisionFromDock();
    void dockLayoutPersists();
    void highlightingIsNoEdit();
    void quotesDockFollowsTheText();
    void spellingUnderlinesAndNewsroomDictionary();
    void sampleArticleInTheQuotesDock();
    void checksDockListsFindings();

private:
    MainWindow *openWindow(const QString &articleId);

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    QString m_id;
    QString m_otherId;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_settingsDir;
};

void TestArticleEditor::initTestCase()
{
    // Window layout goes to QSettings: keep it in a folder of the test's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestArticleEditor::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    ArticleStore store(m_db);
    Article a;
    a.headline = QStringLiteral("Аким Шымкента открыл новый маршрут");
    a.bodyHtml = QStringLiteral("<p>Первый абзац.</p>");
    a.region = QStringLiteral("Шымкент");
    auto created = store.create(a);
    QVERIFY(created.ok());
    m_id = created->id;
    Article b;
    b.headline = QStringLiteral("Қарағандыда су құбыры жөнделді");
    b.bodyHtml = QStringLiteral("<p>Тұрғындар қуанышты.</p>");
    b.language = QStringLiteral("kk");
    auto other = store.create(b);
    QVERIFY(other.ok());
    m_otherId = other->id;
}

void TestArticleEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_db.reset();
    m_file.reset();
}

MainWindow *TestArticleEditor::openWindow(const QString &articleId)
{
    delete m_window;
    m_window = new MainWindow(m_db);
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy opened(m_window, &MainWindow::articleOpened);
    m_window->openArticle(articleId);
    if (opened.isEmpty() && !opened.wait(10000))
        return nullptr;
    m_window->autosaver()->setDelay(50);
    return m_window;
}

void TestArticleEditor::typingLandsInDatabase()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("Жители Шымкента ждали этот автобус."));
    ParagraphEdit *headline = window->editor()->headlineEdit();
    headline->selectAll();
    typeText(headline, QStringLiteral("Новый маршрут в Шымкенте"));

    QTRY_VERIFY_WITH_TIMEOUT(!window->document()->isModified(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 10000);

    ArticleStore store(m_db);
    auto stored = store.load(m_id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->headline, QStringLiteral("Новый маршрут в Шымкенте"));
    QVERIFY2(stored->bodyText.contains(QStringLiteral("Жители Шымкента ждали этот автобус.")),
             qPrintable(stored->bodyText));
    QVERIFY(stored->bodyText.contains(QStringLiteral("Первый абзац.")));
    QVERIFY(stored->version > 1);
    // Autosave alone records no revision: only the creation one.
    QCOMPARE(store.revisions(m_id)->size(), 1);

    // Ctrl+S records a revision.
    QSignalSpy saved(window->autosaver(), &Autosaver::articleSaved);
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().at(1).toBool(), true);
    QCOMPARE(store.revisions(m_id)->size(), 2);
    // The list shows the saved headline.
    const int row = window->listModel()->rowOf(m_id);
    QVERIFY(row >= 0);
    QCOMPARE(window->listModel()->index(row).data().toString(), QStringLiteral("Новый маршрут в Шымкенте"));
}

void TestArticleEditor::undoCoversHeadlineAndBody()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    ArticleDocument *doc = window->document();
    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Ещё"));
    doc->setField(ArticleDocument::Field::Headline, QStringLiteral("Другой заголовок"));
    QCOMPARE(window->editor()->headlineEdit()->text(), QStringLiteral("Другой заголовок"));
    doc->undoStack()->undo();
    QCOMPARE(window->editor()->headlineEdit()->text(), QStringLiteral("Аким Шымкента открыл новый маршрут"));
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(body->toPlainText(), QStringLiteral("Первый абзац."));
}

void TestArticleEditor::pasteKeepsOnlyAllowedFormatting()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    auto *mime = new QMimeData;
    mime->setHtml(
        QStringLiteral("<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
                       "<p style=\"font-size:40px\" onclick=\"steal()\">Текст с <b>жирным</b> и "
                       "<a href=\"https://example.com/a?utm_source=fb&amp;id=7\">ссылкой</a></p>"
                       "<img src=\"x.png\" onerror=\"steal()\"><iframe src=\"https://evil.example\"></iframe>"
                       "<a href=\"javascript:steal()\">плохая ссылка</a></body></html>"));
    QGuiApplication::clipboard()->setMimeData(mime);
    body->paste();
    QTRY_VERIFY(!body->isPasting());
    const Article snapshot = window->document()->snapshot();
    QVERIFY2(snapshot.bodyHtml.contains(QStringLiteral("<strong>жирным</strong>")),
             qPrintable(snapshot.bodyHtml));
    QVERIFY(snapshot.bodyHtml.contains(QStringLiteral("href=\"https://example.com/a?id=7\"")));
    QVERIFY(!snapshot.bodyHtml.contains(QStringLiteral("utm_")));
    QVERIFY(!snapshot.bodyHtml.contains(QStringLiteral("alert")));
    QVERIFY(!snapshot.bodyHtml.contains(QStringLiteral("javascript")));
    QVERIFY(!snapshot.bodyHtml.contains(QStringLiteral("steal")));
    QVERIFY(!snapshot.bodyHtml.contains(QStringLiteral("color")));
    QVERIFY(snapshot.bodyText.contains(QStringLiteral("плохая ссылка")));

    // Ctrl+Shift+V: the same clipboard as plain text, no formatting at all.
    body->moveCursor(QTextCursor::End);
    auto *plain = new QMimeData;
    plain->setHtml(QStringLiteral("<p><b>Только текст</b></p>"));
    plain->setText(QStringLiteral("Только текст"));
    QGuiApplication::clipboard()->setMimeData(plain);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!body->isPasting());
    const Article after = window->document()->snapshot();
    QVERIFY(after.bodyText.contains(QStringLiteral("Только текст")));
    QVERIFY(!after.bodyHtml.contains(QStringLiteral("<strong>Только текст")));
}

void TestArticleEditor::largePasteRunsOffTheGuiThread()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    // About 10 MB of text in 100,000 lines.
    QString big;
    const QString line =
        QStringLiteral("Строка вставки номер %1 с текстом для проверки отзывчивости редактора. ");
    while (big.size() < 10 * 1024 * 1024 / 2)
        big += line.arg(big.size()) + u'\n';
    auto *mime = new QMimeData;
    mime->setText(big);
    QGuiApplication::clipboard()->setMimeData(mime);
    QSignalSpy finished(body, &BodyEdit::pasteFinished);
    body->moveCursor(QTextCursor::End);
    body->paste();
    // paste() returned to the event loop before the work was done: the GUI
    // thread keeps running while the text is cleaned and inserted.
    QVERIFY(body->isPasting());
    QVERIFY(body->isReadOnly());
    QVERIFY(finished.wait(240000));
    QVERIFY(!body->isReadOnly());
    QVERIFY(body->document()->blockCount() > 50000);
    QVERIFY(body->toPlainText().contains(QStringLiteral("Строка вставки номер 0 ")));
}

void TestArticleEditor::searchFiltersTheDesk()
{
    delete m_window;
    m_window = new MainWindow(m_db);
    m_window->show();
    QTRY_COMPARE(m_window->listModel()->rowCount(), 2);
    QSignalSpy refreshed(m_window, &MainWindow::listRefreshed);
    typeText(m_window->desk()->searchEdit(), QStringLiteral("ҚАРАҒ"));
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_window->listModel()->rowCount(), 1);
    QCOMPARE(m_window->listModel()->idAt(0), m_otherId);
}

void TestArticleEditor::reopensLastArticleAtCursor()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Конец"));
    QTextCursor c = body->textCursor();
    c.setPosition(5);
    body->setTextCursor(c);
    typeText(body, QStringLiteral("X"));
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 10000);
    QTRY_VERIFY(!window->document()->isModified());

    delete m_window;
    m_window = new MainWindow(m_db);
    m_window->show();
    QSignalSpy opened(m_window, &MainWindow::articleOpened);
    m_window->restoreLastSession();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().first().toString(), m_id);
    QCOMPARE(m_window->editor()->bodyEdit()->textCursor().position(), 6);
}

void TestArticleEditor::conflictKeepsBothTexts()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    // Another Qalam (its own connection) saves the same article first.
    auto otherDb = Database::open(m_file->path());
    QVERIFY(otherDb.ok());
    ArticleStore other(*otherDb);
    Article theirs = *other.load(m_id);
    theirs.bodyHtml = QStringLiteral("<p>Их версия.</p>");
    QVERIFY(other.save(theirs).ok());

    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Моя правка."));
    QSignalSpy conflict(window->autosaver(), &Autosaver::conflictDetected);
    QVERIFY(conflict.wait(10000));
    QCOMPARE(window->autosaver()->state(), Autosaver::State::Conflict);
    auto *banner = window->editor()->findChild<QWidget *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    // Nothing was overwritten, and my text is still in the editor.
    QCOMPARE(other.load(m_id)->bodyText, QStringLiteral("Их версия."));
    QVERIFY(body->toPlainText().contains(QStringLiteral("Моя правка.")));

    // Opening another article now would drop my text: the window refuses.
    window->openArticle(m_otherId);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Nothing was discarded")));
    QCOMPARE(window->document()->id(), m_id);
    QVERIFY(body->toPlainText().contains(QStringLiteral("Моя правка.")));

    // Reload: theirs in the editor, mine on the clipboard.
    auto *reload = window->editor()->findChild<QPushButton *>(QStringLiteral("reloadButton"));
    QVERIFY(reload);
    reload->click();
    QTRY_COMPARE(body->toPlainText(), QStringLiteral("Их версия."));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Моя правка.")));
    QVERIFY(!banner->isVisible());
    // Editing goes on from their version.
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Снова моя."));
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 10000);
    QTRY_VERIFY(!window->document()->isModified());
    QCOMPARE(other.load(m_id)->bodyText, QStringLiteral("Их версия. Снова моя."));
}

void TestArticleEditor::restoreRevisionFromDock()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->selectAll();
    typeText(body, QStringLiteral("Совсем другой текст."));
    QSignalSpy saved(window->autosaver(), &Autosaver::articleSaved);
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));

    auto *dock = window->findChild<RevisionsDock *>();
    QVERIFY(dock);
    QTRY_COMPARE(dock->list()->count(), 2); // the new one first, then "created"
    dock->list()->setCurrentRow(1);
    auto *restore = dock->findChild<QPushButton *>();
    QVERIFY(restore && restore->isEnabled());
    restore->click();
    QTRY_COMPARE(body->toPlainText(), QStringLiteral("Первый абзац."));
    QTRY_COMPARE(dock->list()->count(), 3);
    ArticleStore store(m_db);
    auto revisions = store.revisions(m_id);
    QVERIFY(revisions->first().reason.startsWith(QStringLiteral("restore of #")));
    QCOMPARE(store.load(m_id)->bodyText, QStringLiteral("Первый абзац."));
    // The text that was replaced stays as a revision.
    QCOMPARE(revisions->at(1).snapshot.bodyText, QStringLiteral("Совсем другой текст."));
}

void TestArticleEditor::dockLayoutPersists()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    auto *dock = window->findChild<RevisionsDock *>();
    QVERIFY(dock && dock->isVisible());
    dock->hide();
    window->resize(1100, 700);
    QVERIFY(window->close());

    delete m_window;
    m_window = new MainWindow(m_db);
    m_window->show();
    auto *again = m_window->findChild<RevisionsDock *>();
    QVERIFY(again);
    QVERIFY(!again->isVisible());
    QCOMPARE(m_window->size(), QSize(1100, 700));
}

void TestArticleEditor::highlightingIsNoEdit()
{
    // Colouring quotations must not count as a change: no save, no new version.
    ArticleStore store(m_db);
    Article a = *store.load(m_id);
    a.bodyHtml = QStringLiteral("<p>«Работа пойдет быстрее», – сказал аким.</p>");
    QVERIFY(store.save(a).ok());
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    QSignalSpy analysed(window, &MainWindow::quotesAnalysed);
    QVERIFY(analysed.wait(5000));
    window->editor()->bodyHighlighter()->rehighlight();
    QCoreApplication::processEvents();
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->autosaver()->state(), Autosaver::State::Saved);
    QCOMPARE(store.load(m_id)->version, 2);
}

void TestArticleEditor::quotesDockFollowsTheText()
{
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QSignalSpy analysed(window, &MainWindow::quotesAnalysed);
    typeText(body, QStringLiteral("«Мы откроем маршрут в мае», – заявил аким Шымкента."));
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 5000);
    QuoteTableModel *model = window->quotesDock()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->quotes().first().text, QStringLiteral("Мы откроем маршрут в мае"));
    QCOMPARE(model->quotes().first().speaker, QStringLiteral("аким Шымкента"));
    QCOMPARE(model->quotes().first().verb, QStringLiteral("заявил"));

    // The highlighter coloured the quotation and the speaker in the editor.
    const QTextBlock block = body->document()->lastBlock();
    const auto &expected = window->editor()->bodyHighlighter()->formats();
    // The colour at every character of a range, from the highlighter's layout formats.
    auto colouredAs = [&block](const QString &part, const QTextCharFormat &format) {
        const int from = int(block.text().indexOf(part));
        if (from < 0)
            return false;
        for (int i = from; i < from + part.size(); ++i) {
            bool found = false;
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (i >= r.start && i < r.start + r.length && r.format.foreground() == format.foreground())
                    found = true;
            if (!found)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(colouredAs(QStringLiteral("«Мы откроем маршрут в мае»"), expected.quote));
    QVERIFY(colouredAs(QStringLiteral("аким Шымкента"), expected.speaker));
    QVERIFY(colouredAs(QStringLiteral("заявил"), expected.verb));

    // Clicking the quote selects it in the body; marking it a pull quote
    // stores it with the article.
    window->quotesDock()->table()->setCurrentIndex(window->quotesDock()->table()->model()->index(0, 0));
    emit window->quotesDock()->quoteActivated(model->quotes().first());
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("«Мы откроем маршрут в мае»"));
    emit window->quotesDock()->pullQuoteAdded(
        PullQuote{QStringLiteral("Мы откроем маршрут в мае"), QStringLiteral("аким Шымкента")});
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 10000);
    QTRY_VERIFY(!window->document()->isModified());
    ArticleStore store(m_db);
    QCOMPARE(store.load(m_id)->pullQuotes.size(), 1);
    QCOMPARE(store.load(m_id)->pullQuotes.first().speaker, QStringLiteral("аким Шымкента"));
}

void TestArticleEditor::spellingUnderlinesAndNewsroomDictionary()
{
    if (!SpellChecker(QStringLiteral("ru")).isValid())
        QSKIP("hunspell-ru is not installed");
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    BodyEdit *body = window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QSignalSpy analysed(window, &MainWindow::quotesAnalysed);
    typeText(body, QStringLiteral(" Превет жайлауда."));
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 5000);
    const int misspelt = int(body->toPlainText().indexOf(QStringLiteral("Превет")));
    const int known = int(body->toPlainText().indexOf(QStringLiteral("абзац")));
    QuoteHighlighter *highlighter = window->editor()->bodyHighlighter();
    QTRY_VERIFY(highlighter->findingAt(misspelt + 1).contains(QStringLiteral("Spelling")));
    QVERIFY(highlighter->findingAt(known + 1).isEmpty());
    const int local = int(body->toPlainText().indexOf(QStringLiteral("жайлауда")));
    QTRY_VERIFY(highlighter->findingAt(local + 1).contains(QStringLiteral("Spelling")));

    // Added to the newsroom dictionary, the word is accepted, for everyone.
    analysed.clear();
    emit window->editor()->addToDictionaryRequested(QStringLiteral("жайлауда"));
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 5000);
    QTRY_VERIFY(highlighter->findingAt(local + 1).isEmpty());
    QVERIFY(highlighter->findingAt(misspelt + 1).contains(QStringLiteral("Spelling")));
    DictionaryStore dictionary(m_db);
    QVERIFY(dictionary.words(QStringLiteral("ru"))->contains(QStringLiteral("жайлауда")));
}

void TestArticleEditor::sampleArticleInTheQuotesDock()
{
    // The page the product was designed around, as an editor would file it:
    // its headline line as the headline, its story paragraphs as the body.
    QFile fixture(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (!fixture.open(QIODevice::ReadOnly))
        QSKIP("the shared fixtures are not beside this checkout");
    const QStringList lines = QString::fromUtf8(fixture.readAll()).split(u'\n');
    QString headline;
    QStringList body;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (headline.isEmpty() && line.contains(QStringLiteral("царить закон")))
            headline = line;
        else if (!headline.isEmpty() && line.size() > 60 && !line.startsWith(QStringLiteral("Подпишитесь")))
            body.append(line);
    }
    QVERIFY(!headline.isEmpty());
    ArticleStore store(m_db);
    Article a;
    a.headline = headline;
    a.bodyHtml = HtmlSanitizer::fromPlainText(body.join(u'\n')).html;
    auto created = store.create(a);
    QVERIFY(created.ok());

    MainWindow *window = openWindow(created->id);
    QVERIFY(window);
    QuoteTableModel *model = window->quotesDock()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, 5000);
    QList<Quote> speech;
    for (const Quote &q : model->quotes())
        if (q.kind == Quote::Kind::Speech && q.level == 0)
            speech.append(q);
    QCOMPARE(speech.size(), 3);
    QCOMPARE(speech.at(0).text, QStringLiteral("В стране должен царить закон"));
    QCOMPARE(speech.at(0).paragraph, 0); // the headline
    QCOMPARE(speech.at(0).speaker, QStringLiteral("Токаев"));
    QVERIFY(speech.at(1).text.startsWith(
        QStringLiteral("В стране должен царить закон. Перед законом все равны")));
    QCOMPARE(speech.at(1).speaker, QStringLiteral("Касым-Жомарт Токаев"));
    QCOMPARE(speech.at(1).verb, QStringLiteral("заявил"));
    QVERIFY(speech.at(2).text.startsWith(QStringLiteral("По моему поручению")));
    QCOMPARE(speech.at(2).speaker, QStringLiteral("Касым-Жомарт Токаев"));
    QCOMPARE(speech.at(2).verb, QStringLiteral("сказал"));
}

void TestArticleEditor::checksDockListsFindings()
{
    ArticleStore store(m_db);
    Article a = *store.load(m_id);
    a.bodyHtml = QStringLiteral("<p>Аким пообещал открыть маршрут TK.</p><p>«Без автора и без даты».</p>");
    QVERIFY(store.save(a).ok());
    MainWindow *window = openWindow(m_id);
    QVERIFY(window);
    QTreeWidget *list = window->checksDock()->list();
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 2, 5000);
    // Errors first: the placeholder, then the unattributed quotation.
    QVERIFY2(list->topLevelItem(0)->text(0).contains(QStringLiteral("TK")),
             qPrintable(list->topLevelItem(0)->text(0)));
    bool unattributed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        unattributed = unattributed || list->topLevelItem(i)->text(0).contains(QStringLiteral("Без автора"));
    QVERIFY(unattributed);
    // A click selects the place in the text.
    emit list->itemClicked(list->topLevelItem(0), 0);
    QCOMPARE(window->editor()->bodyEdit()->textCursor().selectedText(), QStringLiteral("TK"));
}

QTEST_MAIN(TestArticleEditor)
#include "tst_articleeditor.moc"
