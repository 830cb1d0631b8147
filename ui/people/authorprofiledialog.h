#pragma once

#include "app/model/article.h"
#include "app/people/user.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Qalam {

class Database;

// Edits an author profile: name parts, position, region, desk, the short bio
// in Russian, Kazakh and English, the avatar, e-mail, phone, social links and
// whether the author still works in the newsroom. Loads and saves through
// AuthorStore on worker threads; the core's refusals are shown inline. Opens
// read-only when Permissions does not let the actor edit this profile.
class AuthorProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `authorId` 0 creates a new profile.
    AuthorProfileDialog(std::shared_ptr<Database> database, Actor actor, qint64 authorId = 0,
                        QWidget *parent = nullptr);

    // The saved profile; valid once the dialog was accepted.
    const Author &author() const { return m_author; }
    bool isLoaded() const { return m_loaded; }
    bool isReadOnly() const { return m_readOnly; }
    // Reads a picture file as a small square PNG avatar (worker thread).
    void loadAvatar(const QString &path);

    QLineEdit *familyNameEdit() const { return m_familyName; }
    QLineEdit *givenNameEdit() const { return m_givenName; }
    QLineEdit *positionEdit() const { return m_position; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *deskEdit() const { return m_desk; }
    QPlainTextEdit *bioEdit(const QString &language) const;
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPlainTextEdit *linksEdit() const { return m_links; }
    QCheckBox *leftBox() const { return m_left; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *avatarLabel() const { return m_avatar; }

    // Edge of the stored avatar in pixels.
    static constexpr int AvatarEdge = 192;

public slots:
    void accept() override;

signals:
    void loaded();
    void avatarLoaded(bool ok);
    void saveFinished(bool saved);

private:
    void fill(const Author &author);
    void showAvatar();
    void updateBylinePreview();
    void setReadOnly(bool readOnly, const QString &reason);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    qint64 m_authorId;
    Author m_author;
    NameOrder m_order = NameOrder::FamilyGiven;
    QByteArray m_avatarPng;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_busy = false;

    QLabel *m_notice;
    QLabel *m_avatar;
    QPushButton *m_chooseAvatar;
    QPushButton *m_removeAvatar;
    QLabel *m_bylinePreview;
    QLineEdit *m_familyName;
    QLineEdit *m_givenName;
    QLineEdit *m_position;
    QComboBox *m_region;
    QLineEdit *m_desk;
    QTabWidget *m_bioTabs;
    QPlainTextEdit *m_bioRu;
    QPlainTextEdit *m_bioKk;
    QPlainTextEdit *m_bioEn;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_links;
    QCheckBox *m_left;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Qalam
