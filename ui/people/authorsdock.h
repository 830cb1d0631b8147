#pragma once

#include "app/model/article.h"
#include "app/people/user.h"
#include "ui/people/authorpickerdialog.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Qalam {

class ArticleDocument;
class Database;

// The Authors dock: the byline of the open article with each author's
// profile (avatar, name in the newsroom's order, position, region and desk,
// the short bio in the article's language). Authors are added (a picker with
// search), removed and reordered through the ArticleDocument, so every change
// is one undo step and reaches the database with the next autosave. Read-only
// when Permissions does not let the actor change this byline, or when the
// window says the article is read-only (the core refuses such saves anyway).
// Profiles are read on worker threads.
class AuthorsDock : public QDockWidget
{
    Q_OBJECT

public:
    AuthorsDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);
    ~AuthorsDock() override;

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    // The article is read-only for another reason (someone else is editing
    // it, …); `reason` is shown in the dock.
    void setReadOnly(bool readOnly, const QString &reason = {});
    // Whether the byline can be changed here now.
    bool isEditable() const { return m_editable; }

    // Opens the picker; the chosen author joins the end of the byline.
    void addAuthor();
    void removeSelected();
    // Moves the selected author `delta` places (-1 up, +1 down).
    void moveSelected(int delta);
    void editSelectedProfile();
    // Reads the byline authors' profiles again (after an edit elsewhere).
    void reloadProfiles();

    QListWidget *list() const { return m_list; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }
    QPushButton *editProfileButton() const { return m_editProfile; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *bioLabel() const { return m_bio; }
    AuthorPickerDialog *picker() const { return m_picker; }

signals:
    // A profile was saved from here; other author lists may refresh.
    void profilesChanged();
    void profilesLoaded();
    // "All authors…": the window opens the directory.
    void directoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshCard();
    void updateEditable();
    qint64 selectedId() const;
    Author profileOf(const Author &bylineAuthor) const;

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QPointer<ArticleDocument> m_document;
    QString m_createdBy;
    QHash<qint64, Author> m_profiles;
    NameOrder m_order = NameOrder::FamilyGiven;
    quint64 m_generation = 0;
    bool m_externalReadOnly = false;
    QString m_readOnlyReason;
    bool m_editable = false;
    bool m_refreshing = false;
    qint64 m_selected = 0;
    QPointer<AuthorPickerDialog> m_picker;

    QLabel *m_notice;
    QLabel *m_bylineLabel;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QWidget *m_card;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_position;
    QLabel *m_place;
    QLabel *m_status;
    QLabel *m_bio;
    QLabel *m_contacts;
    QLabel *m_empty;
    QPushButton *m_editProfile;
    QPushButton *m_directory;
};

} // namespace Qalam
