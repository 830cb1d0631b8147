#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/people/password.h"
#include "app/people/user.h"

#include <QCoreApplication>

#include <memory>

namespace Qalam {

class Database;

// The newsroom's user accounts. Adding, changing and deactivating users is
// the administrator's (Permissions, Action::ManageUsers); while the database
// has no user at all, anyone may add the first one, and it must be an
// administrator. A value type like ArticleStore.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::UserStore)

public:
    explicit UserStore(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                       const Clock *clock = &Clock::system());

    Result<bool> hasUsers();
    // Adds a user with this password (hashed; never stored or logged in clear).
    // Login: 2–64 characters of letters, digits, '.', '_' or '-'. Passwords
    // shorter than 8 characters are refused.
    Result<User> add(User user, const QString &password);
    // Display name, roles, regions, active flag and author link.
    Result<User> update(const User &user);
    // An administrator sets anyone's password; a user their own.
    Result<void> setPassword(const QString &login, const QString &password);
    Result<QList<User>> list();
    Result<User> user(const QString &login);
    Result<User> userById(qint64 id);
    // Checks login and password. Unknown login, wrong password and an
    // inactive account are refused with the same message (nothing to guess
    // from). The hash is computed for unknown logins too.
    Result<Actor> signIn(const QString &login, const QString &password);

    // Tests lower the work factor; the stored hash records it either way.
    void setPasswordIterations(int iterations) { m_iterations = iterations; }

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
    int m_iterations = Password::DefaultIterations;
};

} // namespace Qalam
