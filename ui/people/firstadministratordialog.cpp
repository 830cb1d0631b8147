#include "ui/people/firstadministratordialog.h"

#include "app/people/userstore.h"
#include "ui/people/peoplecommon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qalam {

FirstAdministratorDialog::FirstAdministratorDialog(std::shared_ptr<Database> database, Actor actor,
                                                   QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_login(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_chiefEditor(new QCheckBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Newsroom accounts"));
    auto *intro = new QLabel(
        tr("This newsroom has no accounts yet, so Qalam works as a single desk: everything is allowed "
           "and recorded under the computer's account name (%1).\n\n"
           "Create the administrator's account to start using accounts and roles. From then on everyone "
           "signs in, and Qalam asks you to sign in right after this step.")
            .arg(m_actor.login),
        this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_login->setPlaceholderText(tr("letters, digits, . _ -"));
    m_displayName->setPlaceholderText(tr("e.g. Омаров Серик"));
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_chiefEditor->setText(tr("Also a chief editor (approves and publishes articles)"));
    m_chiefEditor->setChecked(true);
    People::makeErrorLabel(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the administrator"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    form->addRow(QString(), m_chiefEditor);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void FirstAdministratorDialog::accept()
{
    if (m_busy)
        return;
    if (m_password->text() != m_repeat->text()) {
        People::showInlineError(m_error, tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User user;
    user.login = m_login->text().trimmed();
    user.displayName = m_displayName->text().simplified();
    user.roles = {Role::Administrator};
    if (m_chiefEditor->isChecked())
        user.roles.append(Role::ChiefEditor);
    const QString password = m_password->text();
    m_busy = true;
    setCursor(Qt::BusyCursor);
    m_buttons->setEnabled(false);
    People::showInlineError(m_error, {});
    UserStore store(m_database, m_actor);
    store.setPasswordIterations(m_iterations);
    People::inBackground(
        this, [store, user, password]() mutable { return store.add(user, password); },
        [this](const Result<User> &added) {
            m_busy = false;
            unsetCursor();
            m_buttons->setEnabled(true);
            if (!added) {
                People::showInlineError(m_error, added.error().message);
                emit addFinished(false);
                return;
            }
            m_created = *added;
            emit addFinished(true);
            QDialog::accept();
        });
}

} // namespace Qalam
