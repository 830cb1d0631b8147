#include "ui/mainwindow/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/core/textstats.h"
#include "app/media/photofile.h"
#include "app/media/photorules.h"
#include "app/model/articledocument.h"
#include "app/model/articlelistmodel.h"
#include "app/storage/database.h"
#include "app/storage/dictionarystore.h"
#include "app/storage/photostore.h"
#include "app/text/textchecks.h"
#include "ui/checks/checksdock.h"
#include "ui/desk/deskpanel.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyedit.h"
#include "ui/editor/paragraphedit.h"
#include "ui/photos/photosdock.h"
#include "ui/quotes/quotesdock.h"
#include "ui/revisions/revisionsdock.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace Qalam {

namespace {
// Runs `work` on the thread pool and hands its value to `done` on the
// receiver's thread; nothing happens if the receiver is gone by then.
template <typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done,
                     QThreadPool *pool = QThreadPool::globalInstance())
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

// Spellcheckers of the checks thread, one per language: Hunspell objects
// are not thread-safe and take a moment to load.
SpellChecker *checksThreadSpeller(const QString &language, const QStringList &newsroomWords)
{
    thread_local std::map<QString, std::unique_ptr<SpellChecker>> s_spellers;
    thread_local std::map<QString, QStringList> s_added;
    auto &speller = s_spellers[language];
    if (!speller)
        speller = std::make_unique<SpellChecker>(language);
    QStringList &added = s_added[language];
    if (added != newsroomWords) {
        speller->addNewsroomWords(newsroomWords);
        added = newsroomWords;
    }
    return speller.get();
}

struct Opened
{
    std::optional<Article> article;
    Error error;
    QList<Revision> revisions;
    int cursor = -1;
};
} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_database(std::move(database)),
      m_store(m_database), m_listModel(new ArticleListModel(this)), m_desk(new DeskPanel(m_listModel, this)),
      m_editor(new ArticleEditor(this)), m_revisionsDock(new RevisionsDock(this)),
      m_quotesDock(new QuotesDock(this)), m_checksDock(new ChecksDock(this)),
      m_photosDock(new PhotosDock(m_database, this)), m_wordsLabel(new QLabel(this)),
      m_charsLabel(new QLabel(this)), m_readingLabel(new QLabel(this)), m_saveLabel(new QLabel(this)),
      m_statusLabel(new QLabel(this)), m_quotesLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/qalam.svg")));
    m_ui->splitter->addWidget(m_desk);
    m_ui->splitter->addWidget(m_editor);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({340, 900});
    m_desk->setMinimumWidth(240);

    // Right dock area, tabbed: quotes and revisions now; photos, author and
    // checks panels of later work tab in beside them.
    addDockWidget(Qt::RightDockWidgetArea, m_quotesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_photosDock);
    addDockWidget(Qt::RightDockWidgetArea, m_checksDock);
    addDockWidget(Qt::RightDockWidgetArea, m_revisionsDock);
    tabifyDockWidget(m_quotesDock, m_photosDock);
    tabifyDockWidget(m_photosDock, m_checksDock);
    tabifyDockWidget(m_checksDock, m_revisionsDock);
    m_quotesDock->raise();
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    m_quotesDock->setMinimumWidth(300);
    resizeDocks({m_quotesDock}, {380}, Qt::Horizontal);

    for (QLabel *label :
         {m_wordsLabel, m_charsLabel, m_readingLabel, m_quotesLabel, m_saveLabel, m_statusLabel})
        statusBar()->addPermanentWidget(label);
    m_checksPool.setMaxThreadCount(1);
    m_checksPool.setExpiryTimeout(-1); // keeps its spellcheckers
    connect(m_editor, &ArticleEditor::addToDictionaryRequested, this, [this](const QString &word) {
        if (!m_document)
            return;
        const QString language = m_document->field(ArticleDocument::Field::Language);
        DictionaryStore dictionary(m_database);
        runInBackground(
            this, [dictionary, language, word]() mutable { return dictionary.addWord(language, word); },
            [this, word](const Result<void> &added) {
                showMessage(added ? tr("«%1» is now in the newsroom dictionary.").arg(word)
                                  : added.error().message);
                analyseQuotes();
            });
    });
    m_quoteDelay.setSingleShot(true);
    m_quoteDelay.setInterval(300);
    connect(&m_quoteDelay, &QTimer::timeout, this, &MainWindow::analyseQuotes);
    connect(m_quotesDock, &QuotesDock::quoteActivated, this,
            [this](const Quote &q) { m_editor->selectRange(q.start, q.end, m_checkedText); });
    connect(m_photosDock, &PhotosDock::message, this, &MainWindow::showMessage);
    connect(m_photosDock, &PhotosDock::insertRequested, m_editor, &ArticleEditor::insertPhoto);
    // Pictures in the text are decoded on the pool at display size.
    connect(m_editor->bodyEdit(), &BodyEdit::photoImageNeeded, this, [this](qint64 id) {
        PhotoStore store(m_database);
        runInBackground(
            this,
            [store, id]() mutable -> Result<QImage> {
                auto photo = store.photo(id);
                if (!photo)
                    return photo.error();
                return PhotoFile::thumbnail(store.originalPath(photo->sha256), 480);
            },
            [this, id](const Result<QImage> &image) {
                if (image)
                    m_editor->bodyEdit()->setPhotoImage(id, *image);
            });
    });
    connect(m_photosDock, &PhotosDock::photosChanged, this, [this](const QList<Photo> &photos) {
        m_photos = photos;
        analyseQuotes(); // the Checks list includes the photo rules
    });
    connect(m_checksDock, &ChecksDock::findingActivated, this,
            [this](int start, int end) { m_editor->selectRange(start, end, m_checkedText); });
    connect(m_quotesDock, &QuotesDock::pullQuoteAdded, this, [this](const PullQuote &pull) {
        if (!m_document)
            return;
        QList<PullQuote> pulls = m_document->pullQuotes();
        if (!pulls.contains(pull))
            pulls.append(pull);
        m_document->setPullQuotes(pulls);
    });
    connect(m_quotesDock, &QuotesDock::pullQuoteRemoved, this, [this](int index) {
        if (!m_document)
            return;
        QList<PullQuote> pulls = m_document->pullQuotes();
        if (index >= 0 && index < pulls.size())
            pulls.removeAt(index);
        m_document->setPullQuotes(pulls);
    });
    m_statsDelay.setSingleShot(true);
    m_statsDelay.setInterval(250);
    connect(&m_statsDelay, &QTimer::timeout, this, &MainWindow::updateStats);

    setupActions();
    retranslate();

    connect(m_desk, &DeskPanel::filterChanged, this, &MainWindow::refreshList);
    connect(m_desk, &DeskPanel::articleActivated, this, [this](const QString &id) { openArticle(id); });
    connect(m_revisionsDock, &RevisionsDock::restoreRequested, this, &MainWindow::restoreRevision);
    connect(m_editor, &ArticleEditor::reloadRequested, this, &MainWindow::reloadAfterConflict);
    connect(m_editor->bodyEdit(), &BodyEdit::pasteStarted, this,
            [this] { statusBar()->showMessage(tr("Cleaning the pasted text…")); });
    connect(m_editor->bodyEdit(), &BodyEdit::pasteFinished, this, [this] { statusBar()->clearMessage(); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    refreshAuthorsAndRegions();
    refreshList();
    updateStats();
    updateSaveState();
}

MainWindow::~MainWindow()
{
    closeDocument(Leave::Force);
}

void MainWindow::setupActions()
{
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newArticle);
    connect(m_ui->actionSave, &QAction::triggered, this, [this] {
        if (m_autosaver)
            m_autosaver->saveNow();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionUndo, &QAction::triggered, &m_undoGroup, &QUndoGroup::undo);
    connect(m_ui->actionRedo, &QAction::triggered, &m_undoGroup, &QUndoGroup::redo);
    connect(&m_undoGroup, &QUndoGroup::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);
    connect(m_ui->actionPastePlain, &QAction::triggered, m_editor->bodyEdit(), &BodyEdit::pastePlainText);
    connect(m_ui->actionBold, &QAction::triggered, m_editor, &ArticleEditor::toggleBold);
    connect(m_ui->actionItalic, &QAction::triggered, m_editor, &ArticleEditor::toggleItalic);
    connect(m_ui->actionHeading, &QAction::triggered, m_editor, &ArticleEditor::toggleHeading);
    connect(m_ui->actionBlockquote, &QAction::triggered, m_editor, &ArticleEditor::toggleBlockquote);
    connect(m_ui->actionLink, &QAction::triggered, m_editor, &ArticleEditor::insertLink);
    connect(m_ui->actionBulletList, &QAction::triggered, m_editor, &ArticleEditor::toggleBulletList);
    connect(m_ui->actionNumberedList, &QAction::triggered, m_editor, &ArticleEditor::toggleNumberedList);
    connect(m_ui->actionRevisions, &QAction::triggered, this, [this] {
        m_revisionsDock->show();
        m_revisionsDock->raise();
    });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Qalam"),
            tr("<h3>Qalam %1</h3><p>A newsroom editor for regional editors, photo editors and "
               "chief editors.</p><p>Database: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_database->path().toHtmlEscaped()));
    });
    connect(m_ui->actionTypography, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        Typography::Options options;
        options.language = m_document->field(ArticleDocument::Field::Language);
        options.dash = m_ui->actionEnDash->isChecked() ? Typography::Dash::En : Typography::Dash::Em;
        m_editor->applyTypography(options);
    });
    QSettings settings;
    m_ui->actionTypographyOnPaste->setChecked(
        settings.value(QStringLiteral("typography/onPaste"), false).toBool());
    m_ui->actionEnDash->setChecked(settings.value(QStringLiteral("typography/enDash"), false).toBool());
    connect(m_ui->actionTypographyOnPaste, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("typography/onPaste"), on); });
    connect(m_ui->actionEnDash, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("typography/enDash"), on); });
    connect(m_editor->bodyEdit(), &BodyEdit::pasteFinished, this, [this] {
        if (m_ui->actionTypographyOnPaste->isChecked())
            m_ui->actionTypography->trigger();
    });
    m_ui->menuView->addAction(m_quotesDock->toggleViewAction());
    m_ui->menuView->addAction(m_photosDock->toggleViewAction());
    m_ui->menuView->addAction(m_checksDock->toggleViewAction());
    m_ui->menuView->addAction(m_revisionsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
    for (QAction *a :
         {m_ui->actionSave, m_ui->actionBold, m_ui->actionItalic, m_ui->actionHeading, m_ui->actionBlockquote,
          m_ui->actionLink, m_ui->actionBulletList, m_ui->actionNumberedList, m_ui->actionPastePlain})
        a->setEnabled(false);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    // Tooltips name the shortcut, so that the keyboard is learnt from the mouse.
    for (QAction *a : findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty() && !a->toolTip().isEmpty() &&
            !a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)))
            a->setToolTip(tr("%1 (%2)").arg(a->toolTip(), a->shortcut().toString(QKeySequence::NativeText)));
    }
    updateTitle();
    updateStats();
    updateSaveState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::refreshList()
{
    const ArticleFilter filter = m_desk->filter();
    const quint64 generation = ++m_listGeneration;
    ArticleStore store = m_store;
    runInBackground(
        this, [store, filter]() mutable { return store.list(filter); },
        [this, generation](const Result<QList<ArticleSummary>> &rows) {
            if (generation != m_listGeneration)
                return; // a newer query is on its way
            if (!rows) {
                showMessage(rows.error().message);
                return;
            }
            m_listModel->setArticles(*rows);
            m_desk->showCount(int(rows->size()));
            if (m_document)
                m_desk->selectArticle(m_document->id());
            emit listRefreshed();
        });
}

void MainWindow::refreshAuthorsAndRegions()
{
    ArticleStore store = m_store;
    runInBackground(
        this, [store]() mutable { return std::make_pair(store.authors(), store.regions()); },
        [this](const std::pair<Result<QList<Author>>, Result<QStringList>> &lists) {
            if (lists.first) {
                m_desk->setAuthors(*lists.first);
                m_editor->setAuthors(*lists.first);
            }
            if (lists.second) {
                m_desk->setRegions(*lists.second);
                m_editor->setRegions(*lists.second);
            }
        });
}

bool MainWindow::closeDocument(Leave leave)
{
    if (m_autosaver) {
        // An article whose changes cannot be stored (a version conflict, a
        // failing disk) stays open unless the caller says otherwise.
        if (!m_autosaver->flush() && leave == Leave::IfSaved)
            return false;
        delete m_autosaver;
    }
    if (m_document) {
        m_undoGroup.removeStack(m_document->undoStack());
        m_editor->setDocument(nullptr);
        delete m_document;
    }
    return true;
}

QString MainWindow::unsavedReason() const
{
    if (!m_autosaver)
        return {};
    return m_autosaver->state() == Autosaver::State::Conflict ? tr("it was changed elsewhere in the meantime")
                                                              : m_autosaver->lastError().message;
}

void MainWindow::openArticle(const QString &id, int cursorPosition)
{
    if (id.isEmpty() || (m_document && m_document->id() == id) || m_openingId == id)
        return;
    m_openingId = id;
    ArticleStore store = m_store;
    runInBackground(
        this,
        [store, id, cursorPosition]() mutable {
            Opened opened;
            auto article = store.load(id);
            if (!article) {
                opened.error = article.error();
                return opened;
            }
            opened.article = *article;
            if (auto revisions = store.revisions(id))
                opened.revisions = *revisions;
            opened.cursor = cursorPosition;
            if (opened.cursor < 0) {
                if (auto stored = store.editorState(QStringLiteral("cursor:") + id))
                    opened.cursor = stored->isEmpty() ? -1 : stored->toInt();
            }
            // Remember the open article at once: a crash before the first save
            // still reopens it.
            if (!store.setEditorState(QStringLiteral("last_article"), id))
                qWarning("could not remember the open article");
            return opened;
        },
        [this, id](const Opened &opened) {
            if (m_openingId != id)
                return;
            m_openingId.clear();
            if (!opened.article) {
                showMessage(opened.error.message);
                emit openFailed(opened.error.message);
                return;
            }
            if (!closeDocument()) {
                showMessage(tr("The open article has changes that could not be saved (%1). Nothing was "
                               "discarded; resolve that before opening another article.")
                                .arg(unsavedReason()));
                m_desk->selectArticle(m_document->id());
                return;
            }
            m_document = new ArticleDocument(*opened.article, this);
            m_undoGroup.addStack(m_document->undoStack());
            m_undoGroup.setActiveStack(m_document->undoStack());
            m_autosaver = new Autosaver(m_store, m_document, this);
            m_editor->setDocument(m_document);
            m_revisionsDock->setRevisions(opened.revisions);
            m_photos.clear();
            m_photosDock->setArticle(id);

            connect(m_document, &ArticleDocument::contentChanged, this, [this] {
                m_statsDelay.start();
                m_quoteDelay.start();
            });
            connect(m_document, &ArticleDocument::pullQuotesChanged, this,
                    [this] { m_quotesDock->setPullQuotes(m_document->pullQuotes()); });
            m_quotesDock->setPullQuotes(m_document->pullQuotes());
            analyseQuotes();
            connect(m_document, &ArticleDocument::fieldChanged, this, &MainWindow::updateTitle);
            connect(m_autosaver, &Autosaver::stateChanged, this, &MainWindow::updateSaveState);
            connect(m_autosaver, &Autosaver::articleSaved, this, [this](const Article &saved, bool revision) {
                m_listModel->updateArticle(saved);
                if (revision)
                    refreshRevisions();
                updateSaveState();
            });
            connect(m_autosaver, &Autosaver::saveFailed, this,
                    [this](const Error &e) { showMessage(e.message); });
            connect(m_autosaver, &Autosaver::conflictDetected, this,
                    [this](const Error &e) { m_editor->showConflict(e.message); });
            BodyEdit *body = m_editor->bodyEdit();
            connect(body, &QTextEdit::cursorPositionChanged, m_autosaver,
                    [this, body] { m_autosaver->setCursorPosition(body->textCursor().position()); });
            if (opened.cursor >= 0) {
                QTextCursor cursor = body->textCursor();
                cursor.setPosition(qBound(0, opened.cursor, m_document->body()->characterCount() - 1));
                body->setTextCursor(cursor);
                body->setFocus();
                body->ensureCursorVisible();
            }
            for (QAction *a : {m_ui->actionSave, m_ui->actionBold, m_ui->actionItalic, m_ui->actionHeading,
                               m_ui->actionBlockquote, m_ui->actionLink, m_ui->actionBulletList,
                               m_ui->actionNumberedList, m_ui->actionPastePlain, m_ui->actionTypography})
                a->setEnabled(true);
            m_desk->selectArticle(id);
            updateTitle();
            updateStats();
            updateSaveState();
            emit articleOpened(id);
        });
}

void MainWindow::restoreLastSession()
{
    ArticleStore store = m_store;
    runInBackground(
        this,
        [store]() mutable {
            auto id = store.editorState(QStringLiteral("last_article"));
            return id ? *id : QString();
        },
        [this](const QString &id) {
            if (!id.isEmpty())
                openArticle(id);
        });
}

void MainWindow::newArticle()
{
    Article draft;
    draft.region = m_desk->filter().region;
    ArticleStore store = m_store;
    runInBackground(
        this, [store, draft]() mutable { return store.create(draft); },
        [this](const Result<Article> &created) {
            if (!created) {
                showMessage(created.error().message);
                return;
            }
            const QString id = created->id;
            connect(
                this, &MainWindow::articleOpened, this,
                [this, id](const QString &opened) {
                    if (opened == id)
                        m_editor->headlineEdit()->setFocus();
                },
                Qt::SingleShotConnection);
            openArticle(id);
            refreshList();
        });
}

void MainWindow::refreshRevisions()
{
    if (!m_document)
        return;
    const QString id = m_document->id();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, id]() mutable { return store.revisions(id); },
        [this, id](const Result<QList<Revision>> &revisions) {
            if (revisions && m_document && m_document->id() == id)
                m_revisionsDock->setRevisions(*revisions);
        });
}

void MainWindow::restoreRevision(qint64 revisionId)
{
    if (!m_document || !m_autosaver)
        return;
    // Everything typed so far is stored first, so that the restore is based on
    // it; the store keeps that text as a revision before replacing it.
    m_autosaver->flush();
    const int base = m_document->version();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, revisionId, base]() mutable { return store.restore(revisionId, base); },
        [this](const Result<Article> &restored) {
            if (!restored) {
                showMessage(restored.error().message);
                return;
            }
            if (!m_document || m_document->id() != restored->id)
                return;
            m_document->replaceContent(*restored);
            m_listModel->updateArticle(*restored);
            refreshRevisions();
            showMessage(tr("Revision restored; the previous text is kept as a revision."));
        });
}

void MainWindow::reloadAfterConflict()
{
    if (!m_document)
        return;
    const QString id = m_document->id();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, id]() mutable { return store.load(id); },
        [this](const Result<Article> &article) {
            if (!article || !m_document) {
                if (!article)
                    showMessage(article.error().message);
                return;
            }
            m_document->replaceContent(*article);
            m_autosaver->resume();
            m_editor->hideConflict();
            refreshRevisions();
            showMessage(tr("Reloaded the stored version; your text is on the clipboard."));
        });
}

void MainWindow::analyseQuotes()
{
    if (!m_document) {
        m_quotesDock->setAnalysis({});
        m_quotesLabel->clear();
        return;
    }
    // The text is copied here; the analysis runs on the pool and only the
    // newest result is shown.
    const ArticleEditor::CheckText checked = m_editor->checkText();
    const quint64 generation = ++m_quoteGeneration;
    TextChecks::Input input;
    input.text = checked.text;
    input.headlineFirst = true;
    input.language = m_document->field(ArticleDocument::Field::Language);
    input.typography = true;
    input.dash = m_ui->actionEnDash->isChecked() ? Typography::Dash::En : Typography::Dash::Em;
    DictionaryStore dictionary(m_database);
    runInBackground(
        this,
        [input, dictionary]() mutable {
            const auto words = dictionary.words(input.language);
            const SpellChecker *speller = checksThreadSpeller(input.language, words ? *words : QStringList());
            return TextChecks::run(input, speller);
        },
        [this, checked, generation](const TextChecks::Output &output) {
            if (generation != m_quoteGeneration || !m_document)
                return;
            const QuoteAnalyzer::Analysis &analysis = output.quotes;
            m_checkedText = checked;
            m_quotesDock->setAnalysis(analysis);
            m_editor->showFindings(analysis.findings, checked);
            m_editor->showMisspellings(output.misspellings, checked);
            // Every finding in the Checks list; typography hints about
            // non-breaking spaces stay out of it (the command fixes them all).
            QList<Finding> listed;
            for (const Finding &f : output.findings())
                if (f.severity != Finding::Severity::Info || !f.code.startsWith(QLatin1String("typography.")))
                    listed.append(f);
            listed = PhotoRules::check(m_photos) + listed;
            m_checksDock->setFindings(listed, checked);
            int speech = 0;
            for (const Quote &q : analysis.quotes)
                speech += q.kind == Quote::Kind::Speech && q.level == 0 ? 1 : 0;
            const int unattributed = analysis.unattributedCount();
            m_quotesLabel->setText(unattributed > 0
                                       ? tr("%n quotation(s)", nullptr, speech) + QStringLiteral(" · ") +
                                             tr("%n unattributed", nullptr, unattributed)
                                       : tr("%n quotation(s)", nullptr, speech));
            emit quotesAnalysed();
        },
        &m_checksPool);
}

void MainWindow::updateStats()
{
    const QString text = m_document ? m_document->body()->toPlainText() : QString();
    const TextStats stats = TextStats::of(text);
    m_wordsLabel->setText(tr("%n word(s)", nullptr, stats.words));
    m_charsLabel->setText(tr("%1 characters with spaces · %2 without")
                              .arg(QLocale().toString(stats.charactersWithSpaces),
                                   QLocale().toString(stats.charactersWithoutSpaces)));
    m_readingLabel->setText(tr("%n min reading", nullptr, stats.readingMinutes));
    m_statusLabel->setText(m_document ? statusDisplayName(m_document->status()) : QString());
}

void MainWindow::updateSaveState()
{
    if (!m_autosaver) {
        m_saveLabel->setText(tr("No article open"));
        return;
    }
    QString text;
    switch (m_autosaver->state()) {
    case Autosaver::State::Saved: {
        const QDateTime updated = m_document ? m_document->updated() : QDateTime();
        text = tr("Saved %1").arg(QLocale().toString(updated.toLocalTime().time(), QLocale::ShortFormat));
        break;
    }
    case Autosaver::State::Pending:
        text = tr("Not saved yet");
        break;
    case Autosaver::State::Saving:
        text = tr("Saving…");
        break;
    case Autosaver::State::Failed:
        text = tr("Not saved: %1").arg(m_autosaver->lastError().message);
        break;
    case Autosaver::State::Conflict:
        text = tr("Version conflict: not saved");
        break;
    }
    m_saveLabel->setText(text);
}

void MainWindow::updateTitle()
{
    const QString headline = m_document ? m_document->field(ArticleDocument::Field::Headline) : QString();
    setWindowTitle(headline.isEmpty() ? tr("Qalam") : tr("%1 — Qalam").arg(headline));
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->icon(), a->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 460);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeDocument()) {
        const auto answer =
            QMessageBox::warning(this, tr("Unsaved changes"),
                                 tr("The article could not be saved: %1\n\nClose anyway? Your text will be "
                                    "copied to the clipboard.")
                                     .arg(unsavedReason()),
                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
        QGuiApplication::clipboard()->setText(m_document->body()->toPlainText());
        closeDocument(Leave::Force);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace Qalam
