#pragma once

#include "app/people/user.h"

#include <QMenu>

#include <functional>
#include <memory>

namespace Qalam {

class Database;

// The window's "Newsroom" menu: the author directory, the newsroom's
// accounts (the first administrator in a single-desk newsroom, the users
// dialog for an administrator), one's own password and signing out. The
// window decides what signing out means (it closes and main() asks who
// signs in next).
class PeopleMenu : public QMenu
{
    Q_OBJECT

public:
    PeopleMenu(std::shared_ptr<Database> database, Actor actor, QWidget *window);

    // Called before the first account is created: once it exists, the
    // single-desk account may no longer save, so everything typed must be
    // stored first.
    void setBeforeFirstAccount(std::function<void()> callback) { m_beforeFirstAccount = std::move(callback); }

    QAction *directoryAction() const { return m_directory; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *passwordAction() const { return m_password; }
    QAction *signOutAction() const { return m_signOut; }

    void openDirectory();
    void openAccounts();

signals:
    void signOutRequested();
    // A profile was added or changed; author pickers may refresh.
    void profilesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QWidget *m_window;
    std::function<void()> m_beforeFirstAccount;
    QAction *m_directory;
    QAction *m_accounts;
    QAction *m_password;
    QAction *m_signOut;
};

} // namespace Qalam
