#pragma once

#include "app/people/password.h"
#include "app/people/user.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Qalam {

class Database;

// Sign-in at start for a newsroom that has user accounts: login and
// password, the last login remembered (QSettings), the core's refusal shown
// inline under the fields. The password is checked by UserStore::signIn on a
// worker thread (PBKDF2 takes a moment); meanwhile the dialog shows that it
// is busy and the window stays responsive.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setLogin(const QString &login);
    // Shows a message under the fields (e.g. a refused --user from main()).
    void showError(const QString &message);
    // Who signed in; valid once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    bool isBusy() const { return m_busy; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

    // The login remembered from the last successful sign-in.
    static QString lastLogin();
    static void rememberLogin(const QString &login);

    // Tests lower the work factor of the hash computed for unknown logins.
    void setPasswordIterations(int iterations) { m_iterations = iterations; }

public slots:
    // Starts checking the password; the dialog closes only when it matches.
    void accept() override;
    void reject() override;

signals:
    // The check finished: `signedIn` false leaves the dialog open with the
    // message shown.
    void checked(bool signedIn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void updateButtons();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QLabel *m_title;
    QLabel *m_newsroom;
    QLabel *m_loginLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_busyLabel;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    quint64 m_generation = 0;
    int m_iterations = Password::DefaultIterations;
};

} // namespace Qalam
