#pragma once

#include "app/import/importer.h"
#include "app/model/article.h"
#include "app/people/user.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextDocument;
class QToolButton;

namespace Qalam {

class Database;

// File → Import… and Import from clipboard: reads agency copy or a web page,
// shows what the importer recognised as what (headline, lead, byline,
// source, dateline, language, body paragraphs, photo slots, quotes, the
// site chrome it left out, its findings and the original text) and lets the
// editor correct every field before the draft is created. Reading,
// recognising and creating run on worker threads; the window stays
// responsive, and a running recognition can be stopped or the dialog closed.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The draft is created as `actor` (DraftCreator checks the permissions).
    ImportDialog(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file (text or HTML, encoding detected) and recognises it.
    void loadFile(const QString &path);
    // `format`: "text", "html", or empty to tell from the text itself.
    void loadText(const QString &text, const QString &format = {}, const QString &sourceName = {});
    // text/html when the clipboard has it, else its plain text.
    void loadClipboard();
    // Drops the running recognition's result; the fields stay as they were.
    void stop();
    bool isBusy() const { return m_busy; }
    bool hasDraft() const { return m_loaded; }

    // The draft as the fields now hold it, with the editor's corrections.
    ImportedDraft draft() const;
    // Creates the draft on a worker thread; draftCreated() or failed() follows.
    void create();
    // Puts a left-out line back into the body, where it stood in the original.
    void restoreDropped(int row);
    // "Pick the line that is the headline": a body paragraph or a left-out
    // line becomes the headline; a headline already there is left out.
    void takeHeadlineFromBody(int paragraph);
    void takeHeadlineFromDropped(int row);

    QLineEdit *headlineEdit() const { return m_headline; }
    QPlainTextEdit *leadEdit() const { return m_lead; }
    QTableWidget *authorsTable() const { return m_authors; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *attributionEdit() const { return m_attribution; }
    QLineEdit *datelineEdit() const { return m_dateline; }
    QComboBox *languageBox() const { return m_language; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTableWidget *photosTable() const { return m_photos; }
    QListWidget *quotesList() const { return m_quotes; }
    QListWidget *droppedList() const { return m_dropped; }
    QListWidget *findingsList() const { return m_findings; }
    QLabel *headlineWarning() const { return m_headlineWarning; }
    QPlainTextEdit *originalView() const { return m_original; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *stopButton() const { return m_stop; }

    // The body as one paragraph per block (blank lines between blocks).
    static QStringList paragraphsOf(const QString &bodyText);

signals:
    void recognised();
    void failed(const QString &message);
    void draftCreated(const Qalam::Article &article);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void setBusy(bool busy, const QString &what = {});
    void recognise(std::function<Result<ImportedDraft>()> work, quint64 generation);
    void fillFields(const ImportedDraft &draft, const std::shared_ptr<QTextDocument> &body = {},
                    const std::shared_ptr<QTextDocument> &original = {});
    void fillPhotos();
    void fillDropped();
    void addAuthorRow(const ImportedAuthor &author);
    void updateState();
    void showError(const QString &message);
    void setDroppedExpanded(bool expanded);
    QComboBox *creditTypeBox(const std::optional<CreditType> &type);
    static QList<QPair<QString, QString>> creditTypeNames(); // key, translated name
    QString placeText(const PhotoSlot &slot) const;
    QComboBox *typeBox(int row) const;   // the credit type of a photo row
    int paragraphAt(int position) const; // the body paragraph at a text position, -1 on a blank line

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    ImportedDraft m_draft; // as recognised; the fields hold the corrections
    QStringList m_droppedLeft;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_creating = false; // busy creating the draft (no stopping that)
    bool m_filling = false;
    bool m_bodyEdited = false;
    quint64 m_generation = 0;
    QString m_sourceName;

    QLabel *m_sourceLabel;
    QWidget *m_busyRow;
    QLabel *m_busyLabel;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QLabel *m_error;
    QLabel *m_findingsTitle;
    QListWidget *m_findings;
    QTabWidget *m_tabs;
    QLabel *m_headlineWarning;
    QLineEdit *m_headline;
    QPlainTextEdit *m_lead;
    QTableWidget *m_authors;
    QPushButton *m_addAuthor;
    QPushButton *m_removeAuthor;
    QLineEdit *m_source;
    QLineEdit *m_attribution;
    QLineEdit *m_dateline;
    QComboBox *m_language;
    QLabel *m_bodyTitle;
    QPlainTextEdit *m_body;
    QToolButton *m_droppedToggle;
    QWidget *m_droppedPanel;
    QListWidget *m_dropped;
    QPushButton *m_restore;
    QPushButton *m_droppedAsHeadline;
    QTableWidget *m_photos;
    QLabel *m_photosHint;
    QPushButton *m_removePhoto;
    QListWidget *m_quotes;
    QPlainTextEdit *m_original;
    QLabel *m_originalNote;
    QPushButton *m_create;
    QPushButton *m_close;
    QList<QLabel *> m_formLabels;
};

} // namespace Qalam
