#pragma once

#include "app/media/photo.h"
#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/storage/localcopies.h"
#include "app/workflow/permissions.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/mergedialog.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUndoGroup>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace Qalam {

class ArticleDocument;
class ArticleEditor;
class ArticleListModel;
class ChangeFeed;
class Database;
class DeskPanel;
class ChecksDock;
class PhotosDock;
class QuotesDock;
class RevisionsDock;
class LockKeeper;
class NotificationsDock;
class ReviewQueueDock;
class ReviewView;
class AuthorsDock;
class PeopleMenu;
class ImportDialog;
class PublishingController;
class ServerWatch;

// Qalam's main window: the desk on the left, the open article in the centre,
// docks on the right, counts and save state in the status bar. Owns the one
// open ArticleDocument and its Autosaver. All database work runs on worker
// threads; results come back here as values.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `actor` is who signed in (or the single-desk OS account); every store
    // the window uses acts as them.
    explicit MainWindow(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                        QWidget *parent = nullptr);
    const Actor &actor() const { return m_actor; }
    ~MainWindow() override;

    // Opens an article; the cursor goes to `cursorPosition` when given, else to
    // where it was last time.
    void openArticle(const QString &id, int cursorPosition = -1);
    // Reopens the article that was open last, at its cursor position.
    void restoreLastSession();
    void refreshList();

    ArticleDocument *document() const { return m_document; }
    ArticleEditor *editor() const { return m_editor; }
    DeskPanel *desk() const { return m_desk; }
    Autosaver *autosaver() const { return m_autosaver; }
    ArticleListModel *listModel() const { return m_listModel; }
    QuotesDock *quotesDock() const { return m_quotesDock; }
    ChecksDock *checksDock() const { return m_checksDock; }
    PhotosDock *photosDock() const { return m_photosDock; }
    ReviewQueueDock *reviewQueueDock() const { return m_reviewQueueDock; }
    NotificationsDock *notificationsDock() const { return m_notificationsDock; }
    LockKeeper *lockKeeper() const { return m_lockKeeper; }
    // The open article may not be changed: locked by someone else, or its
    // state does not let the signed-in user edit the text.
    bool isArticleReadOnly() const;
    // The review view of an article (chief editors); one at a time.
    void openReview(const QString &articleId);
    ReviewView *reviewView() const;
    AuthorsDock *authorsDock() const { return m_authorsDock; }
    PeopleMenu *peopleMenu() const { return m_peopleMenu; }
    // File → Import…: the preview of one source (ui/import), as this
    // window's actor; the created draft opens here and the desk refreshes.
    ImportDialog *startImport();
    void importFile(); // asks for the file first
    void importClipboard();
    // Article → Show original…: the text the open article was imported from.
    void showOriginal();
    // The window's one network manager (publishing, connection tests).
    QNetworkAccessManager *network() const { return m_network; }
    // Publishing (ui/publish): the runner, the Publishing dock, the actions.
    PublishingController *publishing() const { return m_publishing; }
    // The status bar's word on an unreachable team server.
    ServerWatch *serverWatch() const { return m_serverWatch; }
    // Live updates: other desks' changes refresh the desk, the review queue
    // and the open article (a conflict banner when it has unsaved changes).
    ChangeFeed *changeFeed() const { return m_changeFeed; }
    // Compare and merge… of the conflict banner: their stored version against
    // the editor's text (ui/editor/mergedialog); the open dialog, if any.
    void compareAndMerge();
    MergeDialog *mergeDialog() const { return m_mergeDialog; }

signals:
    void articleOpened(const QString &id);
    void listRefreshed();
    void quotesAnalysed();
    void openFailed(const QString &message);
    // The open article became read-only or editable (lock, state, rights).
    void editabilityChanged(bool readOnly);
    // A workflow step from the window's menu finished (ok or refused).
    void workflowActionFinished(bool ok);
    // "Sign out" (or the first administrator created): the window has closed,
    // and whoever started it asks who signs in next.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void retranslate();
    void newArticle();
    enum class Leave { IfSaved, Force };
    // Stores what is typed and closes the article; with Leave::IfSaved an
    // article that cannot be stored stays open and false is returned.
    bool closeDocument(Leave leave = Leave::IfSaved);
    QString unsavedReason() const;
    void refreshRevisions();
    void refreshAuthorsAndRegions();
    void restoreRevision(qint64 revisionId);
    void reloadAfterConflict();
    void updateStats();
    void analyseQuotes();
    void updateSaveState();
    void updateTitle();
    void showShortcuts();
    void showMessage(const QString &message);
    // Workflow: rights, the editing lock and the menu's transitions.
    void setupWorkflow();
    void applyRights();
    void updateWorkflowActions();
    void runTransition(Action action);
    void adoptArticle(const Article &article); // the core changed the open article's state
    void adoptFacts(const Article &article);   // its state, rights and lock only
    void reloadOpenArticle(const QString &why);
    // Puts text kept on this computer (the server was away) into the article
    // just opened; `needed` false: the database holds it already.
    void restoreKeptText(const LocalCopies::Copy &kept, bool needed);
    // Authors dock and the Newsroom menu (ui/people).
    void setupPeople();
    // File → Import…, Import from clipboard, Article → Show original… (ui/import).
    void setupImport();
    // Publish to…, Unpublish from…, Publishing endpoints…, the Publishing dock (ui/publish).
    void setupPublishing();
    // Live updates (app/storage/changefeed) and conflicts (ui/editor/mergedialog).
    void setupLiveUpdates();
    void noteLiveChange(const QString &articleId, const QString &what, const QString &byLogin);
    void scheduleLiveRefresh();
    void applyLiveChanges();
    void refreshListKeepingView();
    void checkOpenArticle();
    void resolveConflict(const QString &articleId, MergeDialog::Choice choice, const Article &theirs);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_database;
    ArticleStore m_store;
    Actor m_actor;
    ArticleListModel *m_listModel;
    DeskPanel *m_desk;
    ArticleEditor *m_editor;
    RevisionsDock *m_revisionsDock;
    QuotesDock *m_quotesDock;
    ChecksDock *m_checksDock;
    PhotosDock *m_photosDock;
    ReviewQueueDock *m_reviewQueueDock;
    NotificationsDock *m_notificationsDock;
    LockKeeper *m_lockKeeper;
    QPointer<ReviewView> m_reviewView;
    AuthorsDock *m_authorsDock = nullptr;
    PeopleMenu *m_peopleMenu = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    PublishingController *m_publishing = nullptr;
    ServerWatch *m_serverWatch = nullptr;
    ArticleFacts m_facts; // of the open article, for Permissions::check
    QString m_lockNotice; // "Редактирует Колмакова В. с 12:03" while someone else holds it
    bool m_lockedElsewhere = false;
    QList<Photo> m_photos; // of the open article, for the checks
    QTimer m_quoteDelay;
    QThreadPool m_checksPool; // quotations and spelling, one thread
    quint64 m_quoteGeneration = 0;
    ArticleEditor::CheckText m_checkedText;
    QUndoGroup m_undoGroup;
    QPointer<ArticleDocument> m_document;
    QPointer<Autosaver> m_autosaver;
    QTimer m_statsDelay;
    quint64 m_listGeneration = 0;
    ChangeFeed *m_changeFeed = nullptr;
    QTimer m_liveDelay; // gathers a burst of changes into one refresh
    QElapsedTimer m_lastLiveRefresh;
    QSet<QString> m_liveArticles;
    bool m_liveEverything = false;
    bool m_liveStates = false;
    bool m_liveLock = false;
    QPointer<MergeDialog> m_mergeDialog;
    QString m_openingId;

    QLabel *m_wordsLabel;
    QLabel *m_charsLabel;
    QLabel *m_readingLabel;
    QLabel *m_saveLabel;
    QLabel *m_statusLabel;
    QLabel *m_quotesLabel;
    QLabel *m_userLabel;
};

} // namespace Qalam
