#pragma once

#include "app/model/article.h"
#include "app/people/password.h"
#include "app/people/user.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Qalam {

class Database;

// The administrator's list of newsroom accounts: add a user (roles, regions,
// author profile, password), change roles, regions and the active flag,
// reset a password. Everything goes through UserStore on worker threads; the
// core checks that the actor may manage users and its refusals are shown
// inline.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);

    void reload();
    void setPasswordIterations(int iterations) { m_iterations = iterations; }
    QTableWidget *table() const { return m_table; }
    const QList<User> &users() const { return m_users; }

signals:
    void reloaded();

private:
    void addUser();
    void editUser();
    void resetPassword();
    const User *selectedUser() const;

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QList<User> m_users;
    QList<Author> m_authors;
    QStringList m_regions;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QLabel *m_error;
    int m_iterations = Password::DefaultIterations;
};

// Adds a user, or edits one (everything but the login and the password).
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `user.id == 0` adds a new account.
    UserEditDialog(std::shared_ptr<Database> database, Actor actor, const User &user,
                   const QList<Author> &authors, const QStringList &regions, QWidget *parent = nullptr);

    const User &user() const { return m_user; }
    void setPasswordIterations(int iterations) { m_iterations = iterations; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QCheckBox *roleBox(Role role) const;
    QListWidget *regionList() const { return m_regions; }
    QComboBox *authorBox() const { return m_author; }
    QCheckBox *activeBox() const { return m_active; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

signals:
    void saveFinished(bool saved);

private:
    void addRegion(const QString &region, bool checked);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    User m_user;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QList<QPair<Role, QCheckBox *>> m_roles;
    QListWidget *m_regions;
    QLineEdit *m_newRegion;
    QComboBox *m_author;
    QCheckBox *m_active;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_iterations = Password::DefaultIterations;
};

// Sets a new password for one account (typed twice).
class PasswordResetDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordResetDialog(std::shared_ptr<Database> database, Actor actor, const QString &login,
                        QWidget *parent = nullptr);

    void setPasswordIterations(int iterations) { m_iterations = iterations; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QString m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_iterations = Password::DefaultIterations;
};

} // namespace Qalam
