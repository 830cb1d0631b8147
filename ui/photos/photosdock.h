#pragma once

#include "app/media/photo.h"
#include "app/media/photorules.h"
#include "app/storage/photostore.h"

#include <QDockWidget>
#include <QHash>
#include <QIcon>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Qalam {

// The Photos dock: the open article's pictures as thumbnails, the lead photo
// marked; caption, alt text, credit and the UGC consent record of the
// selected one, with its credit line as it will be printed; import by button
// or by dropping files. Files are read, thumbnailed and stored on worker
// threads; a bad file gets its own message and the rest still import.
// Another desk's changes come in through refreshSoon() (MainWindow calls it
// on the change feed's word): rows are updated in place, and the selected
// photo's fields take their values unless they are being edited here; a
// field changed on both sides keeps this desk's text and shows a notice
// (keep mine / take theirs), the way the article editor does. Saves apply
// only the fields typed here onto the photo as stored, so another desk's
// change to the other fields survives them.
class PhotosDock : public QDockWidget
{
    Q_OBJECT

public:
    // Every change is made as `actor` (PhotoStore checks the permissions).
    PhotosDock(std::shared_ptr<Database> database, Actor actor = Actor::local(), QWidget *parent = nullptr);

    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    // Reads the article's photos again soon; calls within a tenth of a
    // second make one reading.
    void refreshSoon();
    // The pause in typing after which the selected photo is saved (0.5 s).
    void setSaveDelay(int milliseconds) { m_saveDelay.setInterval(milliseconds); }
    // Another desk changed a field that is being edited here.
    bool isConflictShown() const { return m_conflictShown; }
    QLabel *conflictLabel() const { return m_conflictLabel; }
    void keepMine();   // this desk's text is saved over theirs
    void takeTheirs(); // the contested fields take the stored values
    void importFiles(const QStringList &paths);
    QListWidget *list() const { return m_list; }
    const QList<PhotoUse> &photos() const { return m_uses; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QLabel *creditLineLabel() const { return m_creditLine; }
    // Batch work: the current photo's credit, creator and consent record onto
    // every other selected photo (ten UGC pictures from one sender).
    void copyCreditToSelection();
    // The library across articles: search by caption, credit or sender, and
    // use a found picture in this article.
    QLineEdit *librarySearch() const { return m_librarySearch; }
    QListWidget *libraryList() const { return m_library; }
    void reuseSelectedLibraryPhoto();
    // Slots of an imported article (a caption and credit line waiting for
    // their file), shown as tiles after the thumbnails.
    const QList<StoredPhotoSlot> &waitingSlots() const { return m_waitingSlots; }
    void fillSlot(qint64 slotId, const QString &filePath); // on a worker; the photo takes the slot's place
    void removeSlot(qint64 slotId);
    QPushButton *fillSlotButton() const { return m_fillSlot; }

signals:
    void photosChanged(const QList<Qalam::Photo> &photos);
    // "Insert into text": the photo and its caption line as printed.
    void insertRequested(qint64 photoId, const QString &captionLine);
    void importFinished(const QStringList &errors);
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What was typed for one photo, and the photo as stored when typing began.
    struct Edit
    {
        Photo base;
        Photo mine;
    };
    void retranslate();
    void reload();
    void showSelected();
    Photo formPhoto() const; // m_base with the form's values
    void fillForm(const Photo &photo);
    void syncForm(const Photo &stored);
    void leaveForm(); // the form goes to another photo: what was typed is saved (or kept)
    void saveForm();
    void saveEdit(const Edit &edit);
    void showConflict(const Photo &theirs, const QList<int> &fields);
    void hideConflict();
    const PhotoUse *selected() const;
    const StoredPhotoSlot *selectedSlot() const;

    PhotoStore m_store;
    QString m_articleId;
    QList<PhotoUse> m_uses;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_lead;
    QPushButton *m_remove;
    QPushButton *m_insert;
    QPushButton *m_copyCredit;
    QLineEdit *m_librarySearch;
    QListWidget *m_library;
    QPushButton *m_reuse;
    QList<Photo> m_libraryResults;
    QList<StoredPhotoSlot> m_waitingSlots; // tiles after the photos' in m_list
    QWidget *m_slotButtons;
    QPushButton *m_fillSlot;
    QPushButton *m_removeSlot;
    QString m_creditTemplate = PhotoRules::defaultCreditTemplate();
    void searchLibrary();
    QPlainTextEdit *m_caption;
    QLineEdit *m_alt;
    QLineEdit *m_creditSource;
    QComboBox *m_creditType;
    QLineEdit *m_creator;
    QLineEdit *m_contributor;
    QLineEdit *m_contact;
    QLineEdit *m_channel;
    QCheckBox *m_permission;
    QLabel *m_creditLine;
    QLabel *m_privacy;
    QList<QLabel *> m_labels;
    QWidget *m_conflictBanner;
    QLabel *m_conflictLabel;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QTimer m_saveDelay;
    QTimer m_refreshDelay;
    bool m_filling = false;
    bool m_rebuilding = false; // the list is rebuilt: its selection changes mean nothing
    bool m_saving = false;
    bool m_conflictShown = false;
    bool m_photosAnnounced = false; // photosChanged() went out for this article
    quint64 m_generation = 0;
    Photo m_base;   // the photo the form shows, as stored when the form last took it
    Photo m_theirs; // in a conflict: the stored photo
    QList<int> m_conflictFields;
    QHash<qint64, Edit> m_drafts;       // left in a conflict; shown again with their photo
    QHash<qint64, Edit> m_queued;       // waiting for the save on its way
    QHash<QString, QIcon> m_thumbnails; // by SHA-256
    QList<Photo> m_announced;
};

} // namespace Qalam
