#include "ui/people/peoplemenu.h"

#include "ui/people/authordirectory.h"
#include "ui/people/firstadministratordialog.h"
#include "ui/people/signindialog.h"
#include "ui/people/usersdialog.h"

#include <QEvent>

namespace Qalam {

PeopleMenu::PeopleMenu(std::shared_ptr<Database> database, Actor actor, QWidget *window)
    : QMenu(window), m_database(std::move(database)), m_actor(std::move(actor)), m_window(window),
      m_directory(addAction(QString())), m_accounts(nullptr), m_password(nullptr), m_signOut(nullptr)
{
    setObjectName(QStringLiteral("menuNewsroom"));
    m_directory->setObjectName(QStringLiteral("actionAuthorDirectory"));
    addSeparator();
    m_accounts = addAction(QString());
    m_accounts->setObjectName(QStringLiteral("actionAccounts"));
    m_password = addAction(QString());
    m_password->setObjectName(QStringLiteral("actionChangePassword"));
    addSeparator();
    m_signOut = addAction(QString());
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));

    // A single desk has nobody signed in: no password, no signing out; its
    // "accounts" step creates the administrator.
    m_accounts->setEnabled(m_actor.singleDesk || m_actor.has(Role::Administrator));
    m_password->setVisible(!m_actor.singleDesk);
    m_signOut->setVisible(!m_actor.singleDesk);

    connect(m_directory, &QAction::triggered, this, &PeopleMenu::openDirectory);
    connect(m_accounts, &QAction::triggered, this, &PeopleMenu::openAccounts);
    connect(m_password, &QAction::triggered, this, [this] {
        auto *dialog = new PasswordResetDialog(m_database, m_actor, m_actor.login, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_signOut, &QAction::triggered, this, &PeopleMenu::signOutRequested);
    retranslate();
}

void PeopleMenu::retranslate()
{
    setTitle(tr("&Newsroom"));
    m_directory->setText(tr("&Authors…"));
    m_directory->setToolTip(tr("Every author with their article counts; profiles"));
    m_accounts->setText(tr("Newsroom &accounts…"));
    m_accounts->setToolTip(
        m_actor.singleDesk                 ? tr("Create the administrator's account; then everyone signs in")
        : m_actor.has(Role::Administrator) ? tr("Users, roles, regions and passwords")
                                           : tr("Only an administrator manages the newsroom's accounts"));
    m_password->setText(tr("Change my &password…"));
    m_signOut->setText(tr("Sign &out (%1)").arg(m_actor.displayName));
    m_signOut->setToolTip(tr("Store everything, close the window and sign in as someone else"));
}

void PeopleMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void PeopleMenu::openDirectory()
{
    auto *directory = new AuthorDirectory(m_database, m_actor, m_window);
    directory->setAttribute(Qt::WA_DeleteOnClose);
    connect(directory, &AuthorDirectory::profilesChanged, this, &PeopleMenu::profilesChanged);
    directory->show();
}

void PeopleMenu::openAccounts()
{
    if (m_actor.singleDesk) {
        if (m_beforeFirstAccount)
            m_beforeFirstAccount();
        auto *dialog = new FirstAdministratorDialog(m_database, m_actor, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            // The next sign-in offers the new account.
            SignInDialog::rememberLogin(dialog->administrator().login);
            emit signOutRequested();
        });
        dialog->open();
        return;
    }
    auto *dialog = new UsersDialog(m_database, m_actor, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Qalam
