#include "ui/mainwindow/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/core/textstats.h"
#include "app/media/photofile.h"
#include "app/media/photorules.h"
#include "app/model/articledocument.h"
#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/changefeed.h"
#include "app/storage/database.h"
#include "app/storage/dictionarystore.h"
#include "app/storage/localcopies.h"
#include "app/storage/photostore.h"
#include "app/text/textchecks.h"
#include "app/workflow/workflow.h"
#include "ui/checks/checksdock.h"
#include "ui/desk/deskpanel.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyedit.h"
#include "ui/editor/paragraphedit.h"
#include "ui/import/importdialog.h"
#include "ui/import/originaldialog.h"
#include "ui/mainwindow/serverwatch.h"
#include "ui/notifications/notificationsdock.h"
#include "ui/people/authorsdock.h"
#include "ui/people/peoplemenu.h"
#include "ui/photos/photosdock.h"
#include "ui/publish/publishingcontroller.h"
#include "ui/publish/publishingdock.h"
#include "ui/quotes/quotesdock.h"
#include "ui/review/editrights.h"
#include "ui/review/lockkeeper.h"
#include "ui/review/reviewqueuedock.h"
#include "ui/review/reviewview.h"
#include "ui/review/workflowdialogs.h"
#include "ui/revisions/revisionsdock.h"
#include "ui/settings/databasechooser.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
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
    // Rights and the editing lock, decided while opening.
    QString submittedBy;
    QString returnNote;              // the chief editor's comment on a returned article
    std::optional<ArticleLock> lock; // taken for this window
    QString lockNotice; // held by someone else: "Редактирует Колмакова В. с 12:03"
    std::optional<LocalCopies::Copy> kept; // typed while the server was away, not stored yet
};
} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_database(std::move(database)),
      m_store(m_database, &Clock::system(), actor), m_actor(actor), m_listModel(new ArticleListModel(this)),
      m_desk(new DeskPanel(m_listModel, this)), m_editor(new ArticleEditor(this)),
      m_revisionsDock(new RevisionsDock(this)), m_quotesDock(new QuotesDock(this)),
      m_checksDock(new ChecksDock(this)), m_photosDock(new PhotosDock(m_database, actor, this)),
      m_reviewQueueDock(new ReviewQueueDock(m_database, actor, this)),
      m_notificationsDock(new NotificationsDock(m_database, actor, this)),
      m_lockKeeper(new LockKeeper(m_database, actor, this)), m_wordsLabel(new QLabel(this)),
      m_charsLabel(new QLabel(this)), m_readingLabel(new QLabel(this)), m_saveLabel(new QLabel(this)),
      m_statusLabel(new QLabel(this)), m_quotesLabel(new QLabel(this)), m_userLabel(new QLabel(this))
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
    addDockWidget(Qt::RightDockWidgetArea, m_reviewQueueDock);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsDock);
    tabifyDockWidget(m_revisionsDock, m_reviewQueueDock);
    tabifyDockWidget(m_reviewQueueDock, m_notificationsDock);
    m_notificationsDock->hide(); // the toolbar's bell brings it up
    m_quotesDock->raise();
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    m_quotesDock->setMinimumWidth(300);
    resizeDocks({m_quotesDock}, {380}, Qt::Horizontal);

    for (QLabel *label :
         {m_wordsLabel, m_charsLabel, m_readingLabel, m_quotesLabel, m_saveLabel, m_statusLabel})
        statusBar()->addPermanentWidget(label);
    // Who is signed in, leftmost of the permanent labels.
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(EditRights::actorLine(m_actor));
    m_userLabel->setToolTip(
        m_actor.regions.isEmpty()
            ? m_actor.login
            : tr("%1 · regions: %2").arg(m_actor.login, m_actor.regions.join(QStringLiteral(", "))));
    statusBar()->insertPermanentWidget(0, m_userLabel);
    // A team server that cannot be reached: one line in the status bar, and
    // what went stale is refreshed when it answers again.
    m_serverWatch = new ServerWatch(m_database, statusBar(), this);
    connect(m_serverWatch, &ServerWatch::reachableAgain, this, [this] {
        refreshList();
        m_notificationsDock->poll();
        m_lockKeeper->checkNow();
        showMessage(tr("The server answers again."));
    });
    m_checksPool.setMaxThreadCount(1);
    m_checksPool.setExpiryTimeout(-1); // keeps its spellcheckers
    connect(m_editor, &ArticleEditor::addToDictionaryRequested, this, [this](const QString &word) {
        if (!m_document)
            return;
        const QString language = m_document->field(ArticleDocument::Field::Language);
        DictionaryStore dictionary(m_database, &Clock::system(), m_actor.login);
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
    connect(m_photosDock, &PhotosDock::insertRequested, this,
            [this](qint64 photoId, const QString &captionLine) {
                if (!isArticleReadOnly())
                    m_editor->insertPhoto(photoId, captionLine);
            });
    // Pictures in the text are decoded on the pool at display size.
    connect(m_editor->bodyEdit(), &BodyEdit::photoImageNeeded, this, [this](qint64 id) {
        PhotoStore store(m_database, &Clock::system(), m_actor);
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
        if (!m_document || isArticleReadOnly())
            return;
        QList<PullQuote> pulls = m_document->pullQuotes();
        if (!pulls.contains(pull))
            pulls.append(pull);
        m_document->setPullQuotes(pulls);
    });
    connect(m_quotesDock, &QuotesDock::pullQuoteRemoved, this, [this](int index) {
        if (!m_document || isArticleReadOnly())
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
    setupWorkflow();
    setupPeople();
    setupImport();
    setupPublishing();
    setupLiveUpdates();
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
    // A running publishing job stops before the network manager goes; it
    // stays in the outbox and the next start resumes it.
    delete m_publishing;
    m_publishing = nullptr;
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
                if (rows.error().code == Error::Code::Unavailable)
                    m_serverWatch->noteError(rows.error()); // said once, in the status bar
                else
                    showMessage(rows.error().message);
                return;
            }
            const QList<ArticleSummary> shown = m_desk->narrow(*rows, QDateTime::currentDateTimeUtc());
            m_desk->setSummaries(shown);
            m_listModel->setArticles(shown);
            m_desk->showCount(int(shown.size()));
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
    // The lock goes back as the article closes (on the keeper's thread).
    m_lockKeeper->release();
    m_facts = {};
    m_lockedElsewhere = false;
    m_lockNotice.clear();
    applyRights();
    return true;
}

QString MainWindow::unsavedReason() const
{
    if (!m_autosaver)
        return {};
    if (m_autosaver->state() == Autosaver::State::Offline)
        return tr("the server cannot be reached; your text is kept on this computer and is saved when you "
                  "open the article again");
    return m_autosaver->state() == Autosaver::State::Conflict ? tr("it was changed elsewhere in the meantime")
                                                              : m_autosaver->lastError().message;
}

void MainWindow::openArticle(const QString &id, int cursorPosition)
{
    if (id.isEmpty() || (m_document && m_document->id() == id) || m_openingId == id)
        return;
    m_openingId = id;
    ArticleStore store = m_store;
    Workflow workflow(m_database, m_actor);
    const Actor actor = m_actor;
    runInBackground(
        this,
        [store, workflow, actor, id, cursorPosition]() mutable {
            Opened opened;
            auto article = store.load(id);
            if (!article) {
                opened.error = article.error();
                return opened;
            }
            opened.article = *article;
            if (auto kept = LocalCopies(store.database()->path(), actor.login).find(id))
                opened.kept = *kept;
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
            // Who may change it, and the editing lock for those who may. This
            // runs on the lock keeper's thread, after the release of the
            // article open before.
            if (auto log = workflow.log(id)) {
                opened.submittedBy = EditRights::lastSubmitter(*log);
                if (article->status == ArticleStatus::Returned) {
                    for (auto it = log->crbegin(); it != log->crend(); ++it) {
                        if (it->action != QLatin1String("return"))
                            continue;
                        auto chief = UserStore(store.database(), actor).user(it->who);
                        opened.returnNote =
                            MainWindow::tr("Returned by %1 (%2): %3")
                                .arg(chief ? chief->displayName : it->who,
                                     QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat),
                                     it->comment);
                        break;
                    }
                }
            }
            const ArticleFacts facts = EditRights::factsOf(*article, opened.submittedBy);
            if (EditRights::readOnlyReason(actor, facts).isEmpty()) {
                auto lock = workflow.acquireLock(id);
                if (lock)
                    opened.lock = *lock;
                else if (lock.error().code == Error::Code::Conflict)
                    opened.lockNotice = lock.error().message;
                else
                    qWarning("could not take the editing lock: %s", qPrintable(lock.error().detail));
            }
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
                if (opened.lock) { // not opened after all: the lock goes back
                    Workflow unlock(m_database, m_actor);
                    m_lockKeeper->pool()->start([unlock, id]() mutable { (void)unlock.releaseLock(id); });
                }
                return;
            }
            // Text kept on this computer goes in on top of what it was based on.
            const std::optional<Article> keptBase =
                opened.kept ? LocalCopies::restoreBase(*opened.kept, *opened.article) : std::nullopt;
            m_document = new ArticleDocument(keptBase ? *keptBase : *opened.article, this);
            m_undoGroup.addStack(m_document->undoStack());
            m_undoGroup.setActiveStack(m_document->undoStack());
            m_autosaver = new Autosaver(m_store, m_document, this);
            m_serverWatch->setAutosaver(m_autosaver);
            m_editor->setDocument(m_document);
            m_authorsDock->setDocument(m_document);
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
            connect(m_autosaver, &Autosaver::saveFailed, this, [this](const Error &e) {
                showMessage(e.message);
                // A save the core refused (rights, someone else's lock): the
                // text stays in the editor and the reason over it.
                if (e.code == Error::Code::Denied)
                    m_editor->showMessage(e.message);
            });
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
            m_facts = EditRights::factsOf(*opened.article, opened.submittedBy);
            m_lockNotice = opened.lockNotice;
            m_lockedElsewhere = !opened.lockNotice.isEmpty();
            if (opened.lock)
                m_lockKeeper->adopt(id, LockKeeper::State::Held);
            else if (m_lockedElsewhere)
                m_lockKeeper->adopt(id, LockKeeper::State::Waiting);
            applyRights();
            if (!opened.returnNote.isEmpty())
                m_editor->showMessage(opened.returnNote, false);
            if (opened.kept)
                restoreKeptText(*opened.kept, keptBase.has_value());
            m_desk->selectArticle(id);
            updateTitle();
            updateStats();
            updateSaveState();
            emit articleOpened(id);
        },
        m_lockKeeper->pool());
}

void MainWindow::restoreKeptText(const LocalCopies::Copy &kept, bool needed)
{
    if (!needed) {
        // The database holds that text already (its save went in after all).
        LocalCopies copies(m_database->path(), m_actor.login);
        const QString id = kept.article.id;
        (void)QtConcurrent::run([copies, id]() mutable { copies.remove(id); });
        return;
    }
    const QString when = QLocale().toString(kept.keptAt.toLocalTime(), QLocale::ShortFormat);
    if (isArticleReadOnly()) {
        m_editor->showMessage(tr("What you typed while the server could not be reached (%1) is kept on this "
                                 "computer; it comes back when you can edit this article again.")
                                  .arg(when),
                              false);
        return;
    }
    LocalCopies::applyTo(*m_document, kept.article); // one Undo takes it out again
    m_editor->showMessage(tr("Restored what you typed while the server could not be reached (kept on this "
                             "computer at %1). It is being saved.")
                              .arg(when),
                          false);
}

void MainWindow::restoreLastSession()
{
    ArticleStore store = m_store;
    const QString login = m_actor.login;
    runInBackground(
        this,
        [store, login]() mutable {
            // Text kept on this computer while the server was away comes
            // first: opening its article puts it back.
            const auto kept = LocalCopies(store.database()->path(), login).all();
            if (!kept.isEmpty())
                return kept.first().article.id;
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
    DictionaryStore dictionary(m_database, &Clock::system(), m_actor.login);
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
    m_statusLabel->setText(m_document ? statusDisplayName(m_facts.status) : QString());
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
    case Autosaver::State::Offline:
        text = tr("Not saved yet: kept on this computer");
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

// ---- workflow: rights, the editing lock, transitions, review, notifications --

void MainWindow::setupWorkflow()
{
    m_desk->setActor(m_actor);
    connect(m_ui->actionSubmit, &QAction::triggered, this, [this] { runTransition(Action::Submit); });
    connect(m_ui->actionWithdraw, &QAction::triggered, this, [this] { runTransition(Action::Withdraw); });
    connect(m_ui->actionApprove, &QAction::triggered, this, [this] { runTransition(Action::Approve); });
    connect(m_ui->actionReturn, &QAction::triggered, this, [this] { runTransition(Action::Return); });
    connect(m_ui->actionUnpublish, &QAction::triggered, this, [this] { runTransition(Action::Unpublish); });
    connect(m_ui->actionReview, &QAction::triggered, this, [this] {
        if (m_document)
            openReview(m_document->id());
    });

    // The editing lock: taken while opening (openArticle), renewed and given
    // back by the keeper, taken over by a chief editor from the banner.
    connect(m_editor, &ArticleEditor::takeOverRequested, m_lockKeeper, &LockKeeper::takeOver);
    connect(m_lockKeeper, &LockKeeper::acquired, this, [this](const ArticleLock &lock) {
        if (!m_document || m_document->id() != lock.articleId)
            return;
        const bool wasElsewhere = m_lockedElsewhere;
        m_lockedElsewhere = false;
        m_lockNotice.clear();
        if (wasElsewhere) // the other editor may have saved meanwhile
            reloadOpenArticle(tr("The article is yours to edit now."));
        else
            applyRights();
    });
    connect(m_lockKeeper, &LockKeeper::refused, this, [this](const QString &notice) {
        m_lockedElsewhere = true;
        m_lockNotice = notice;
        applyRights();
    });
    connect(m_lockKeeper, &LockKeeper::lost, this, [this](const QString &notice) {
        m_lockedElsewhere = true;
        m_lockNotice = notice;
        applyRights();
        m_editor->showMessage(
            tr("Someone else took this article over. What you see stays here; copy anything "
               "you typed since the last save."));
    });
    connect(m_lockKeeper, &LockKeeper::failed, this, [this](const Error &e) {
        if (e.code == Error::Code::Unavailable)
            m_serverWatch->noteError(e); // the status bar says it; the keeper tries again
        else
            m_editor->showMessage(e.message);
    });

    // Review queue (chief editors) and notifications (everyone).
    const bool reviews = m_actor.singleDesk || m_actor.has(Role::ChiefEditor);
    m_reviewQueueDock->toggleViewAction()->setVisible(reviews);
    if (!reviews)
        m_reviewQueueDock->hide();
    connect(m_reviewQueueDock, &ReviewQueueDock::reviewRequested, this, &MainWindow::openReview);
    connect(m_notificationsDock, &NotificationsDock::articleRequested, this,
            [this](const QString &id) { openArticle(id); });
    connect(m_notificationsDock, &NotificationsDock::polled, this, [this, reviews](int arrived) {
        if (reviews && m_reviewQueueDock->isVisible())
            m_reviewQueueDock->reload();
        if (arrived > 0)
            refreshList(); // new states on the desk
    });
    m_ui->menuView->addAction(m_reviewQueueDock->toggleViewAction());
    m_ui->menuView->addAction(m_notificationsDock->toggleViewAction());
    m_ui->menuWorkflow->addSeparator();
    m_ui->menuWorkflow->addAction(m_notificationsDock->bellAction());

    // The bell sits at the right end of the toolbar with the unread count.
    auto *spacer = new QWidget(m_ui->mainToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    auto *bell = new QToolButton(m_ui->mainToolBar);
    bell->setObjectName(QStringLiteral("notificationsButton"));
    bell->setDefaultAction(m_notificationsDock->bellAction());
    bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bell->setAutoRaise(true);
    m_ui->mainToolBar->addWidget(bell);

    if (reviews)
        m_reviewQueueDock->reload();
    m_notificationsDock->poll(); // and every 30 seconds
    Workflow workflow(m_database, m_actor);
    runInBackground(
        this, [workflow]() mutable { return workflow.settings(); },
        [this](const Result<WorkflowSettings> &settings) {
            if (settings)
                m_desk->setLockIdleMinutes(settings->lockIdleMinutes);
        });
    updateWorkflowActions();
}

bool MainWindow::isArticleReadOnly() const
{
    return m_document && m_editor->isReadOnly();
}

void MainWindow::applyRights()
{
    bool readOnly = false;
    QString reason;
    bool offerTakeOver = false;
    if (m_document) {
        reason = EditRights::readOnlyReason(m_actor, m_facts);
        readOnly = !reason.isEmpty();
        if (!readOnly && m_lockedElsewhere) {
            readOnly = true;
            reason = m_lockNotice;
            offerTakeOver = EditRights::allows(m_actor, Action::TakeOverLock, m_facts);
        }
    }
    m_editor->setReadOnly(readOnly, reason, offerTakeOver);
    const bool editable = m_document && !readOnly;
    // No undoing into an article one may not change.
    m_undoGroup.setActiveStack(editable ? m_document->undoStack() : nullptr);
    for (QAction *a : {m_ui->actionSave, m_ui->actionBold, m_ui->actionItalic, m_ui->actionHeading,
                       m_ui->actionBlockquote, m_ui->actionLink, m_ui->actionBulletList,
                       m_ui->actionNumberedList, m_ui->actionPastePlain, m_ui->actionTypography})
        a->setEnabled(editable);
    m_ui->actionShowOriginal->setEnabled(!m_document.isNull()); // read-only articles too
    updateWorkflowActions();
    updateStats();
    if (m_document)
        emit editabilityChanged(readOnly);
}

void MainWindow::updateWorkflowActions()
{
    const bool open = m_document;
    const ArticleStatus status = m_facts.status;
    auto may = [this, open](Action action) { return open && EditRights::allows(m_actor, action, m_facts); };
    const bool submittable = status == ArticleStatus::Draft || status == ArticleStatus::Returned ||
                             status == ArticleStatus::Withdrawn || status == ArticleStatus::Updated ||
                             status == ArticleStatus::Unpublished;
    m_ui->actionSubmit->setEnabled(may(Action::Submit) && submittable);
    m_ui->actionWithdraw->setEnabled(may(Action::Withdraw) && status == ArticleStatus::InReview);
    m_ui->actionApprove->setEnabled(may(Action::Approve) && status == ArticleStatus::InReview);
    m_ui->actionReturn->setEnabled(may(Action::Return) &&
                                   (status == ArticleStatus::InReview || status == ArticleStatus::Approved));
    m_ui->actionUnpublish->setEnabled(
        may(Action::Unpublish) && (status == ArticleStatus::Published || status == ArticleStatus::Updated));
    // Everyone may read the changes and the comment thread.
    m_ui->actionReview->setEnabled(open);
    if (m_publishing)
        m_publishing->setArticle(open ? m_document->id() : QString(), m_facts,
                                 open ? m_document->field(ArticleDocument::Field::Headline) : QString());
}

void MainWindow::runTransition(Action action)
{
    if (!m_document)
        return;
    QString comment;
    QDateTime publishAt;
    if (action == Action::Approve) {
        ApprovalDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        comment = dialog.comment();
        publishAt = dialog.publishAt();
    } else if (action == Action::Return || action == Action::Unpublish) {
        const bool returning = action == Action::Return;
        CommentDialog dialog(returning ? tr("Return to the writer") : tr("Unpublish the article"),
                             returning
                                 ? tr("What should the writer change? The comment goes to the writer and "
                                      "into the article's log.")
                                 : tr("Why is the article taken off the site? The reason is recorded in "
                                      "the article's log."),
                             returning ? tr("Return") : tr("Unpublish"), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        comment = dialog.text();
    }
    // What is typed goes in first: the step applies to the stored revision.
    if (m_autosaver && !m_editor->isReadOnly() && m_document->isModified() && !m_autosaver->flush()) {
        m_editor->showMessage(tr("Save the article first: %1").arg(unsavedReason()));
        emit workflowActionFinished(false);
        return;
    }
    const quint64 savedCount = m_document->changeCount();
    const QString id = m_document->id();
    Workflow workflow(m_database, m_actor);
    runInBackground(
        this,
        [workflow, action, id, comment, publishAt]() mutable -> Result<Article> {
            switch (action) {
            case Action::Submit:
                return workflow.submit(id);
            case Action::Withdraw:
                return workflow.withdraw(id);
            case Action::Approve:
                return workflow.approve(id, comment, publishAt);
            case Action::Return:
                return ReviewView::returnWithComment(workflow, id, comment);
            case Action::Unpublish:
                return workflow.unpublish(id, comment);
            default:
                return Error{Error::Code::InvalidInput, QString(), QStringLiteral("not a transition")};
            }
        },
        [this, action, id, savedCount](const Result<Article> &result) {
            const bool current = m_document && m_document->id() == id;
            if (!result) {
                // A finding over the article, not a message box.
                if (current)
                    m_editor->showMessage(result.error().message);
                else
                    showMessage(result.error().message);
                if (action == Action::Submit && result.error().code == Error::Code::InvalidInput) {
                    m_checksDock->show();
                    m_checksDock->raise();
                }
                emit workflowActionFinished(false);
                return;
            }
            if (current) {
                if (result->version != m_document->version())
                    m_document->markSaved(*result, savedCount);
                m_facts = EditRights::factsOf(*result,
                                              action == Action::Submit ? m_actor.login : m_facts.submittedBy);
            }
            adoptArticle(*result);
            QString done;
            switch (action) {
            case Action::Submit:
                done = tr("Submitted for review.");
                break;
            case Action::Withdraw:
                done = tr("Withdrawn from review: you can edit it again.");
                break;
            case Action::Approve:
                done =
                    result->publishAt.isValid()
                        ? tr("Approved for publication at %1.")
                              .arg(QLocale().toString(result->publishAt.toLocalTime(), QLocale::ShortFormat))
                        : tr("Approved.");
                break;
            case Action::Return:
                done = tr("Returned to the writer with your comment.");
                break;
            case Action::Unpublish:
                done = tr("Unpublished.");
                break;
            default:
                break;
            }
            if (current)
                m_editor->showMessage(done, false);
            showMessage(done);
            emit workflowActionFinished(true);
        });
}

void MainWindow::adoptArticle(const Article &article)
{
    m_listModel->updateArticle(article);
    refreshList();
    if (m_reviewQueueDock->toggleViewAction()->isVisible()) // a reviewer's window
        m_reviewQueueDock->reload();
    adoptFacts(article);
}

void MainWindow::adoptFacts(const Article &article)
{
    if (!m_document || m_document->id() != article.id)
        return;
    if (m_facts.status != article.status || m_facts.region != article.region)
        m_facts = EditRights::factsOf(article, m_facts.submittedBy);
    // The new state decides again who may change the text, and so who
    // should hold the lock.
    const bool mayEdit = EditRights::readOnlyReason(m_actor, m_facts).isEmpty();
    if (!mayEdit && m_lockKeeper->state() != LockKeeper::State::Idle) {
        m_lockKeeper->release();
        m_lockedElsewhere = false;
        m_lockNotice.clear();
    } else if (mayEdit && m_lockKeeper->state() == LockKeeper::State::Idle) {
        m_lockKeeper->acquire(article.id);
    }
    applyRights();
}

void MainWindow::reloadOpenArticle(const QString &why)
{
    if (!m_document)
        return;
    const QString id = m_document->id();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, id]() mutable { return store.load(id); },
        [this, id, why](const Result<Article> &article) {
            if (!m_document || m_document->id() != id)
                return;
            if (!article) {
                showMessage(article.error().message);
                return;
            }
            m_document->replaceContent(*article);
            if (m_autosaver)
                m_autosaver->resume();
            m_editor->hideConflict();
            m_facts = EditRights::factsOf(*article, m_facts.submittedBy);
            applyRights();
            refreshRevisions();
            m_editor->showMessage(why, false);
        });
}

ReviewView *MainWindow::reviewView() const
{
    return m_reviewView;
}

void MainWindow::openReview(const QString &articleId)
{
    if (articleId.isEmpty())
        return;
    if (m_reviewView && m_reviewView->articleId() != articleId) {
        m_reviewView->close();
        m_reviewView->deleteLater();
    }
    if (!m_reviewView || m_reviewView->articleId() != articleId) {
        m_reviewView = new ReviewView(m_database, m_actor, articleId, this);
        m_reviewView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_reviewView, &ReviewView::articleChanged, this, [this](const Article &article) {
            if (m_document && m_document->id() == article.id) {
                if (article.version != m_document->version() && !m_document->isModified())
                    m_document->markSaved(article, m_document->changeCount());
            }
            adoptArticle(article);
        });
        connect(m_reviewView, &ReviewView::openRequested, this,
                [this](const QString &id) { openArticle(id); });
    }
    m_reviewView->show();
    m_reviewView->raise();
    m_reviewView->activateWindow();
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

void MainWindow::setupPeople()
{
    // The Authors dock tabs in beside Photos, as in the sketch.
    m_authorsDock = new AuthorsDock(m_database, m_actor, this);
    addDockWidget(Qt::RightDockWidgetArea, m_authorsDock);
    tabifyDockWidget(m_photosDock, m_authorsDock);
    // Tabs in the sketch's order: Quotes | Photos | Authors | Checks | …
    QDockWidget *previous = m_authorsDock;
    for (QDockWidget *dock : tabifiedDockWidgets(m_photosDock)) {
        if (dock == m_quotesDock || dock == m_authorsDock)
            continue;
        tabifyDockWidget(previous, dock);
        previous = dock;
    }
    m_quotesDock->raise();
    m_ui->menuView->addAction(m_authorsDock->toggleViewAction());
    // The byline follows the lock like the text; the dock asks Permissions
    // about the byline itself.
    connect(this, &MainWindow::editabilityChanged, m_authorsDock,
            [this] { m_authorsDock->setReadOnly(m_lockedElsewhere, m_lockNotice); });

    m_peopleMenu = new PeopleMenu(m_database, m_actor, this);
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_peopleMenu);
    // Once the first account exists the single desk may no longer save.
    m_peopleMenu->setBeforeFirstAccount([this] {
        if (m_autosaver)
            m_autosaver->flush();
    });
    connect(m_peopleMenu, &PeopleMenu::signOutRequested, this, [this] {
        if (close())
            emit signOutRequested();
    });
    connect(m_peopleMenu, &PeopleMenu::profilesChanged, this, [this] {
        refreshAuthorsAndRegions();
        m_authorsDock->reloadProfiles();
    });
    connect(m_authorsDock, &AuthorsDock::profilesChanged, this, &MainWindow::refreshAuthorsAndRegions);
    connect(m_authorsDock, &AuthorsDock::directoryRequested, m_peopleMenu, &PeopleMenu::openDirectory);
}

// ---- import (ui/import) ---------------------------------------------------

void MainWindow::setupImport()
{
    const bool mayCreate = EditRights::allows(m_actor, Action::CreateArticle, {});
    m_ui->actionImport->setEnabled(mayCreate);
    m_ui->actionImportClipboard->setEnabled(mayCreate);
    m_ui->actionShowOriginal->setEnabled(false);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_ui->actionImportClipboard, &QAction::triggered, this, &MainWindow::importClipboard);
    connect(m_ui->actionShowOriginal, &QAction::triggered, this, &MainWindow::showOriginal);
}

ImportDialog *MainWindow::startImport()
{
    auto *dialog = new ImportDialog(m_database, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::draftCreated, this, [this](const Article &article) {
        showMessage(tr("Draft created from the import: %1").arg(article.headline));
        openArticle(article.id);
        refreshList();
    });
    dialog->show();
    return dialog;
}

void MainWindow::importFile()
{
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import agency copy or a web page"),
                                     settings.value(QStringLiteral("import/folder")).toString(),
                                     tr("Text and web pages (*.txt *.html *.htm);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    startImport()->loadFile(path);
}

void MainWindow::importClipboard()
{
    startImport()->loadClipboard();
}

void MainWindow::showOriginal()
{
    if (!m_document)
        return;
    auto *dialog = new OriginalDialog(m_database, m_actor, m_document->id(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// ---- publishing (ui/publish) ----------------------------------------------

void MainWindow::setupPublishing()
{
    // One network manager for the window; publishing and connection tests share it.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_publishing = new PublishingController(m_database, m_actor, m_network, this);
    PublishingDock *dock = m_publishing->dock();
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide(); // Publish to… and View bring it up
    m_ui->menuView->addAction(dock->toggleViewAction());

    // Workflow: after Unpublish…, before the notifications.
    const QList<QAction *> workflow = m_ui->menuWorkflow->actions();
    QAction *before = workflow.value(workflow.indexOf(m_ui->actionUnpublish) + 1);
    m_ui->menuWorkflow->insertActions(before,
                                      {m_publishing->publishAction(), m_publishing->unpublishAction()});
    // Newsroom: beside the accounts.
    m_peopleMenu->insertAction(m_peopleMenu->passwordAction(), m_publishing->endpointsAction());
    // Which database this desk works on (ui/settings); main() reopens on another.
    m_peopleMenu->insertAction(m_peopleMenu->passwordAction(),
                               (new DatabaseChooser(m_database, this))->action());

    // Where the open article is published, in its details strip.
    if (auto *strip = m_editor->findChild<QWidget *>(QStringLiteral("metadataStrip"));
        strip && strip->layout())
        strip->layout()->addWidget(m_publishing->detailsRow());

    m_publishing->setBeforeSend([this] {
        // What is typed goes in first: the job publishes the stored article.
        if (m_autosaver && m_document && !m_editor->isReadOnly() && m_document->isModified() &&
            !m_autosaver->flush()) {
            m_editor->showMessage(tr("Save the article first: %1").arg(unsavedReason()));
            return false;
        }
        return true;
    });
    connect(m_publishing, &PublishingController::message, this, &MainWindow::showMessage);
    connect(m_publishing, &PublishingController::articleChanged, this, [this](const Article &article) {
        if (m_document && m_document->id() == article.id && article.version != m_document->version() &&
            !m_document->isModified())
            m_document->markSaved(article, m_document->changeCount());
        adoptArticle(article);
    });
    connect(dock, &PublishingDock::articleRequested, this, [this](const QString &id) { openArticle(id); });
    updateWorkflowActions();
}

// ---- live updates and conflicts (app/storage/changefeed, ui/editor/mergedialog) --

void MainWindow::setupLiveUpdates()
{
    connect(m_editor, &ArticleEditor::mergeRequested, this, &MainWindow::compareAndMerge);
    m_liveDelay.setSingleShot(true);
    connect(&m_liveDelay, &QTimer::timeout, this, &MainWindow::applyLiveChanges);
    m_changeFeed = new ChangeFeed(m_database, this);
    connect(m_changeFeed, &ChangeFeed::articleChanged, this,
            [this](const QString &id, const QString &what, const QString &by, int) {
                // Photos of the open article: the dock reads them again,
                // keeping what is being typed there (the desk's photo count
                // comes with the article's own "saved").
                if (what == u"photos") {
                    if (id == m_photosDock->articleId())
                        m_photosDock->refreshSoon();
                    return;
                }
                noteLiveChange(id, what, by);
            });
    connect(m_changeFeed, &ChangeFeed::listChanged, this, [this] {
        m_liveEverything = true;
        scheduleLiveRefresh();
        m_photosDock->refreshSoon();
    });
    m_changeFeed->start();
}

void MainWindow::noteLiveChange(const QString &articleId, const QString &what, const QString &byLogin)
{
    if (what == u"lock") {
        // This window's own lock comes and goes with the articles it opens.
        if (byLogin == m_actor.login && !m_actor.login.isEmpty())
            return;
        if (m_document && m_document->id() == articleId)
            m_liveLock = true;
    } else {
        m_liveArticles.insert(articleId);
    }
    if (what == u"status" || what == u"created")
        m_liveStates = true;
    scheduleLiveRefresh();
}

void MainWindow::scheduleLiveRefresh()
{
    // A burst (a desk autosaving every second, fifty desks at once) makes one
    // refresh, at most two a second, and the first within a tenth of one.
    if (m_liveDelay.isActive())
        return;
    const qint64 since = m_lastLiveRefresh.isValid() ? m_lastLiveRefresh.elapsed() : 500;
    m_liveDelay.start(int(qBound(qint64(100), 500 - since, qint64(500))));
}

void MainWindow::applyLiveChanges()
{
    m_lastLiveRefresh.start();
    const bool everything = std::exchange(m_liveEverything, false);
    const QSet<QString> articles = std::exchange(m_liveArticles, {});
    const bool states = std::exchange(m_liveStates, false);
    const bool lock = std::exchange(m_liveLock, false);

    refreshListKeepingView(); // states, lock badges, photo counts, new articles
    if (m_reviewQueueDock->toggleViewAction()->isVisible())
        m_reviewQueueDock->reload();
    // The bell at once instead of in 30 s. (An SQLite file changes with
    // every save of this window too; its bell keeps its own pace.)
    const bool server = m_database->isPostgres();
    if (states || (everything && server))
        m_notificationsDock->poll();
    if (m_reviewView && articles.contains(m_reviewView->articleId()))
        m_reviewView->reload();
    if (m_document && (everything || articles.contains(m_document->id())))
        checkOpenArticle();
    if (m_document && (lock || (everything && server)))
        m_lockKeeper->checkNow(); // taken over, or given back to those waiting
}

void MainWindow::refreshListKeepingView()
{
    // The list is rebuilt; the open article stays selected and the list
    // where the user scrolled it.
    QListView *view = m_desk->listView();
    const int scroll = view->verticalScrollBar()->value();
    connect(
        this, &MainWindow::listRefreshed, view,
        [view, scroll] {
            view->doItemsLayout();
            view->verticalScrollBar()->setValue(scroll);
        },
        Qt::SingleShotConnection);
    refreshList();
}

void MainWindow::checkOpenArticle()
{
    if (!m_document)
        return;
    const QString id = m_document->id();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, id]() mutable { return store.load(id); },
        [this, id](const Result<Article> &stored) {
            if (!stored || !m_document || m_document->id() != id)
                return;
            if (m_autosaver && m_autosaver->state() == Autosaver::State::Saving) {
                // Perhaps this window's own save: look again once it is stored.
                m_liveArticles.insert(id);
                scheduleLiveRefresh();
                return;
            }
            if (stored->version <= m_document->version()) {
                // The text is the same; a new state or region decides the
                // rights and the lock again.
                if (stored->status != m_facts.status || stored->region != m_facts.region)
                    adoptFacts(*stored);
                return;
            }
            const bool conflict = m_document->isModified() ||
                                  (m_autosaver && m_autosaver->state() == Autosaver::State::Conflict);
            if (conflict) {
                // Never overwritten silently: the user chooses.
                m_editor->showConflict(
                    tr("This article was saved elsewhere (version %1) while you were editing. Your changes "
                       "are not saved yet: compare and merge, or reload theirs.")
                        .arg(stored->version));
                return;
            }
            // Nothing of this window's to lose: show the stored version where
            // the reader was.
            BodyEdit *body = m_editor->bodyEdit();
            const int cursor = body->textCursor().position();
            const int scroll = body->verticalScrollBar()->value();
            m_document->replaceContent(*stored);
            QTextCursor moved = body->textCursor();
            moved.setPosition(qBound(0, cursor, m_document->body()->characterCount() - 1));
            body->setTextCursor(moved);
            body->verticalScrollBar()->setValue(scroll);
            if (m_autosaver)
                m_autosaver->resume();
            m_editor->hideConflict();
            adoptFacts(*stored);
            refreshRevisions();
            updateTitle();
            updateStats();
            updateSaveState();
            showMessage(
                tr("The article was changed elsewhere; this is the stored version %1.").arg(stored->version));
        });
}

void MainWindow::compareAndMerge()
{
    if (!m_document)
        return;
    const QString id = m_document->id();
    ArticleStore store = m_store;
    runInBackground(
        this, [store, id]() mutable { return store.load(id); },
        [this, id](const Result<Article> &stored) {
            if (!m_document || m_document->id() != id)
                return;
            if (!stored) {
                m_editor->showMessage(stored.error().message);
                return;
            }
            if (m_mergeDialog)
                m_mergeDialog->close();
            auto *dialog = new MergeDialog(*stored, m_document->snapshot(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_mergeDialog = dialog;
            const Article theirs = *stored;
            connect(dialog, &MergeDialog::chosen, this,
                    [this, id, theirs](MergeDialog::Choice choice) { resolveConflict(id, choice, theirs); });
            dialog->open();
        });
}

void MainWindow::resolveConflict(const QString &articleId, MergeDialog::Choice choice, const Article &theirs)
{
    if (!m_document || m_document->id() != articleId || !m_autosaver || choice == MergeDialog::Choice::None)
        return;
    if (choice == MergeDialog::Choice::CopyMineAndReload)
        QGuiApplication::clipboard()->setText(MergeDialog::plainText(m_document->snapshot()));
    // A save still on its way settles first (it is refused as stale, or it
    // went in, and then "theirs" is older than what is stored).
    m_autosaver->flush();
    if (m_document->version() >= theirs.version) {
        ArticleStore store = m_store;
        runInBackground(
            this, [store, articleId]() mutable { return store.load(articleId); },
            [this, articleId, choice, theirs](const Result<Article> &stored) {
                if (!stored)
                    showMessage(stored.error().message);
                else if (stored->version > theirs.version)
                    resolveConflict(articleId, choice, *stored);
                else if (m_document && m_document->id() == articleId) {
                    m_editor->hideConflict();
                    if (m_autosaver)
                        m_autosaver->resume();
                }
            });
        return;
    }

    switch (choice) {
    case MergeDialog::Choice::KeepMine: {
        // Their version is recorded as a revision first, so that keeping
        // mine overwrites nothing for good; then mine goes on top as a
        // revision of its own.
        ArticleStore store = m_store;
        runInBackground(
            this,
            [store, theirs]() mutable {
                return store.save(theirs, ArticleStore::SaveKind::Revision,
                                  QStringLiteral("their version, kept before a merge"));
            },
            [this, articleId](const Result<Article> &recorded) {
                if (!m_document || m_document->id() != articleId || !m_autosaver)
                    return;
                if (!recorded) {
                    m_editor->showConflict(recorded.error().message);
                    return;
                }
                MergeDialog::rebaseOnTheirs(m_document, *recorded);
                m_autosaver->resume();
                m_editor->hideConflict();
                m_autosaver->saveNow(QStringLiteral("kept mine after a conflict"));
                adoptFacts(*recorded);
                refreshRevisions();
                showMessage(tr("Your version is saved on top of theirs; theirs is kept in the revisions."));
            });
        return;
    }
    case MergeDialog::Choice::KeepTheirs:
    case MergeDialog::Choice::CopyMineAndReload: {
        const bool undoable = choice == MergeDialog::Choice::KeepTheirs
                                  ? MergeDialog::adoptTheirs(m_document, theirs)
                                  : (m_document->replaceContent(theirs), false);
        m_autosaver->resume();
        m_editor->hideConflict();
        m_listModel->updateArticle(theirs);
        adoptFacts(theirs);
        refreshRevisions();
        updateTitle();
        updateStats();
        updateSaveState();
        showMessage(choice == MergeDialog::Choice::CopyMineAndReload
                        ? tr("Their version is shown; yours is on the clipboard.")
                    : undoable ? tr("Their version is shown; Edit → Undo brings yours back.")
                               : tr("Their version is shown."));
        return;
    }
    case MergeDialog::Choice::None:
        return;
    }
}

} // namespace Qalam
