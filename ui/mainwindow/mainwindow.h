#pragma once

#include "app/media/photo.h"
#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "ui/editor/articleeditor.h"

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUndoGroup>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace Qalam {

class ArticleDocument;
class ArticleEditor;
class ArticleListModel;
class Database;
class DeskPanel;
class ChecksDock;
class PhotosDock;
class QuotesDock;
class RevisionsDock;

// Qalam's main window: the desk on the left, the open article in the centre,
// docks on the right, counts and save state in the status bar. Owns the one
// open ArticleDocument and its Autosaver. All database work runs on worker
// threads; results come back here as values.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget *parent = nullptr);
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

signals:
    void articleOpened(const QString &id);
    void listRefreshed();
    void quotesAnalysed();
    void openFailed(const QString &message);

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

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_database;
    ArticleStore m_store;
    ArticleListModel *m_listModel;
    DeskPanel *m_desk;
    ArticleEditor *m_editor;
    RevisionsDock *m_revisionsDock;
    QuotesDock *m_quotesDock;
    ChecksDock *m_checksDock;
    PhotosDock *m_photosDock;
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
    QString m_openingId;

    QLabel *m_wordsLabel;
    QLabel *m_charsLabel;
    QLabel *m_readingLabel;
    QLabel *m_saveLabel;
    QLabel *m_statusLabel;
    QLabel *m_quotesLabel;
};

} // namespace Qalam
