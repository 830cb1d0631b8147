#pragma once

#include "app/people/password.h"
#include "app/people/user.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Qalam {

class Database;

// The first-run step of a single-desk newsroom: creates the administrator
// account (login, display name, password twice). From then on everyone signs
// in. The account is added by UserStore on a worker thread; the core's
// refusal (a taken login, a short password) is shown under the fields.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdministratorDialog(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);

    // The account created; valid once the dialog was accepted.
    const User &administrator() const { return m_created; }
    void setPasswordIterations(int iterations) { m_iterations = iterations; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QCheckBox *chiefEditorBox() const { return m_chiefEditor; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

signals:
    void addFinished(bool created);

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    User m_created;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QCheckBox *m_chiefEditor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_iterations = Password::DefaultIterations;
};

} // namespace Qalam
