#include "app/people/userstore.h"

#include "app/storage/database.h"
#include "app/workflow/permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Qalam {

namespace {

QString rolesToDb(const QList<Role> &roles)
{
    QStringList keys;
    for (Role role : roles)
        keys.append(roleKey(role));
    return stringListToDb(keys);
}

QList<Role> rolesFromDb(const QVariant &v)
{
    QList<Role> roles;
    for (const QString &key : stringListFromDb(v))
        if (const auto role = roleFromKey(key); role && !roles.contains(*role))
            roles.append(*role);
    return roles;
}

const char *s_userColumns = "id, login, display_name, roles, regions, active, author_id, created";

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = rolesFromDb(q.value(3));
    u.regions = stringListFromDb(q.value(4));
    u.active = q.value(5).toBool();
    u.authorId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    u.created = fromDbTime(q.value(7));
    return u;
}

Result<void> checkLogin(const QString &login)
{
    bool valid = login.size() >= 2 && login.size() <= 64;
    for (QChar c : login)
        valid = valid && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
    if (valid)
        return {};
    return Error{Error::Code::InvalidInput,
                 UserStore::tr("\"%1\" cannot be a login: use 2 to 64 letters, digits, dots, underscores or "
                               "hyphens, without spaces.")
                     .arg(login),
                 {}};
}

// Never puts the password itself into a message or a detail.
Result<void> checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Error{Error::Code::InvalidInput,
                     UserStore::tr("The password is too short: use at least 8 characters."),
                     {}};
    if (password.size() > 1024)
        return Error{Error::Code::InvalidInput,
                     UserStore::tr("The password is too long: use at most 1024 characters."),
                     {}};
    return {};
}

// Cleans what the caller gave: roles once each, regions trimmed.
Result<User> normalized(User user)
{
    user.displayName = nn(user.displayName.simplified());
    if (user.displayName.isEmpty())
        user.displayName = user.login;
    QList<Role> roles;
    for (Role role : std::as_const(user.roles))
        if (!roles.contains(role))
            roles.append(role);
    user.roles = roles;
    if (user.roles.isEmpty())
        return Error{Error::Code::InvalidInput,
                     UserStore::tr("%1 needs at least one role: regional editor, photo editor, chief editor "
                                   "or administrator.")
                         .arg(user.login),
                     {}};
    QStringList regions;
    for (const QString &region : std::as_const(user.regions)) {
        const QString clean = region.simplified();
        if (!clean.isEmpty() && !regions.contains(clean, Qt::CaseInsensitive))
            regions.append(clean);
    }
    user.regions = regions;
    if (user.authorId < 0)
        user.authorId = 0;
    return user;
}

Result<void> checkAuthorExists(QSqlDatabase &db, qint64 authorId)
{
    if (authorId == 0)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM authors WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), authorId);
    if (auto r = execChecked(q, UserStore::tr("The author profiles could not be read.")); !r)
        return r;
    if (!q.next())
        return Error{Error::Code::NotFound,
                     UserStore::tr("There is no author profile %1 to link the account to.").arg(authorId),
                     {}};
    return {};
}

void bindProfile(QSqlQuery &q, const User &u)
{
    q.bindValue(QStringLiteral(":display_name"), u.displayName);
    q.bindValue(QStringLiteral(":roles"), rolesToDb(u.roles));
    q.bindValue(QStringLiteral(":regions"), stringListToDb(u.regions));
    q.bindValue(QStringLiteral(":active"), u.active ? 1 : 0);
    q.bindValue(QStringLiteral(":author_id"), u.authorId > 0 ? QVariant(u.authorId) : QVariant());
}

Error signInRefused()
{
    return Error{Error::Code::Denied,
                 UserStore::tr("The login or the password is not right, or the account is no longer active. "
                               "Check both and try again; an administrator can reset the password."),
                 {}};
}

// The same work as checking a real password: an unknown login takes as long
// to refuse as a wrong password. The key can never match (a derived key of
// all zeros would need a break of SHA-512).
QByteArray dummyHash(int iterations)
{
    return QByteArrayLiteral("pbkdf2-sha512$") + QByteArray::number(qMax(1, iterations)) + '$' +
           QByteArrayLiteral("cWFsYW0tbm8tc3VjaC11c2Vy") + '$' + QByteArray(64, '\0').toBase64();
}

} // namespace

UserStore::UserStore(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<bool> UserStore::hasUsers()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    if (auto r = execChecked(q, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    return q.next() && q.value(0).toBool();
}

Result<User> UserStore::add(User user, const QString &password)
{
    user.login = user.login.trimmed();
    if (auto r = checkLogin(user.login); !r)
        return r.error();
    if (auto r = checkPassword(password); !r)
        return r.error();
    auto clean = normalized(std::move(user));
    if (!clean)
        return clean.error();
    User u = std::move(clean).value();
    // The slow part before the write lock is taken.
    const QByteArray hash = Password::hash(password, m_iterations);

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();

    QSqlQuery logins(db);
    logins.prepare(QStringLiteral("SELECT login FROM users"));
    if (auto r = execChecked(logins, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    bool first = true;
    while (logins.next()) {
        first = false;
        // "Kolmakova" and "kolmakova" would be two accounts nobody can tell apart.
        if (logins.value(0).toString().compare(u.login, Qt::CaseInsensitive) == 0)
            return Error{Error::Code::Conflict,
                         tr("There is already an account with the login %1; choose another login.")
                             .arg(logins.value(0).toString()),
                         {}};
    }
    if (first) {
        // A newsroom's first account: anyone may create it (that is how the
        // newsroom leaves single-desk mode), but it must be able to manage
        // the others.
        if (!u.has(Role::Administrator))
            return Error{Error::Code::InvalidInput,
                         tr("The first account of a newsroom must be an administrator, so that someone can "
                            "add and manage the others. Add the administrator role to %1.")
                             .arg(u.login),
                         {}};
    } else if (auto r = Permissions::authorize(db, m_actor, Action::ManageUsers); !r) {
        return r.error();
    }
    if (auto r = checkAuthorExists(db, u.authorId); !r)
        return r.error();

    u.created = m_clock->nowUtc();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO users (login, display_name, roles, regions, active, author_id,"
                               " password_hash, created)"
                               " VALUES (:login, :display_name, :roles, :regions, :active, :author_id,"
                               " :password_hash, :created) RETURNING id"));
    ins.bindValue(QStringLiteral(":login"), u.login);
    bindProfile(ins, u);
    ins.bindValue(QStringLiteral(":password_hash"), QString::fromLatin1(hash));
    ins.bindValue(QStringLiteral(":created"), toDbTime(u.created));
    auto id = execInsert(ins, tr("The account %1 could not be added.").arg(u.login));
    if (!id)
        return id.error();
    u.id = *id;
    if (auto r = tx.commit(); !r)
        return r.error();
    u.created = fromDbTime(toDbTime(u.created)); // as read back
    return u;
}

Result<User> UserStore::update(const User &user)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageUsers); !r)
        return r.error();

    // The account is found by id, or by login when no id is given; the login
    // itself never changes (it is the "who" of the history).
    QSqlQuery find(db);
    if (user.id > 0) {
        find.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(QLatin1String(s_userColumns)));
        find.bindValue(QStringLiteral(":id"), user.id);
    } else {
        find.prepare(
            QStringLiteral("SELECT %1 FROM users WHERE login = :login").arg(QLatin1String(s_userColumns)));
        find.bindValue(QStringLiteral(":login"), user.login);
    }
    if (auto r = execChecked(find, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    if (!find.next())
        return Error{Error::Code::NotFound,
                     user.id > 0 ? tr("There is no account with id %1.").arg(user.id)
                                 : tr("There is no account with the login %1.").arg(user.login),
                     {}};
    const User stored = userFromRow(find);
    if (!user.login.isEmpty() && user.login != stored.login)
        return Error{
            Error::Code::InvalidInput,
            tr("A login cannot be changed (%1 stays %1); add a new account instead.").arg(stored.login),
            {}};
    User changed = user;
    changed.id = stored.id;
    changed.login = stored.login;
    changed.created = stored.created;
    auto clean = normalized(changed);
    if (!clean)
        return clean.error();
    User u = std::move(clean).value();
    if (auto r = checkAuthorExists(db, u.authorId); !r)
        return r.error();

    // Someone must still be able to manage the accounts afterwards.
    if (stored.active && stored.has(Role::Administrator) && !(u.active && u.has(Role::Administrator))) {
        QSqlQuery admins(db);
        admins.prepare(QStringLiteral("SELECT roles FROM users WHERE active = 1 AND id <> :id"));
        admins.bindValue(QStringLiteral(":id"), u.id);
        if (auto r = execChecked(admins, tr("The newsroom's accounts could not be read.")); !r)
            return r.error();
        bool another = false;
        while (admins.next())
            another = another || rolesFromDb(admins.value(0)).contains(Role::Administrator);
        if (!another)
            return Error{Error::Code::InvalidInput,
                         tr("%1 is the newsroom's last active administrator: give another account the "
                            "administrator role first. Nothing was changed.")
                             .arg(u.login),
                         {}};
    }

    QSqlQuery upd(db);
    upd.prepare(
        QStringLiteral("UPDATE users SET display_name = :display_name, roles = :roles,"
                       " regions = :regions, active = :active, author_id = :author_id WHERE id = :id"));
    bindProfile(upd, u);
    upd.bindValue(QStringLiteral(":id"), u.id);
    if (auto r = execChecked(upd, tr("The account %1 could not be changed.").arg(u.login)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return u;
}

Result<void> UserStore::setPassword(const QString &login, const QString &password)
{
    if (auto r = checkPassword(password); !r)
        return r;
    const QByteArray hash = Password::hash(password, m_iterations);

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT active FROM users WHERE login = :login"));
    find.bindValue(QStringLiteral(":login"), login);
    if (auto r = execChecked(find, tr("The newsroom's accounts could not be read.")); !r)
        return r;
    const bool exists = find.next();
    const bool own = exists && !m_actor.singleDesk && m_actor.login == login && find.value(0).toBool();
    if (!own) {
        if (auto r = Permissions::authorize(db, m_actor, Action::ManageUsers); !r)
            return r;
    }
    if (!exists)
        return Error{Error::Code::NotFound, tr("There is no account with the login %1.").arg(login), {}};

    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE users SET password_hash = :hash WHERE login = :login"));
    upd.bindValue(QStringLiteral(":hash"), QString::fromLatin1(hash));
    upd.bindValue(QStringLiteral(":login"), login);
    if (auto r = execChecked(upd, tr("The password of %1 could not be changed.").arg(login)); !r)
        return r;
    return tx.commit();
}

Result<QList<User>> UserStore::list()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(QLatin1String(s_userColumns)));
    if (auto r = execChecked(q, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    QList<User> users;
    while (q.next())
        users.append(userFromRow(q));
    return users;
}

Result<User> UserStore::user(const QString &login)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = :login").arg(QLatin1String(s_userColumns)));
    q.bindValue(QStringLiteral(":login"), login);
    if (auto r = execChecked(q, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no account with the login %1.").arg(login), {}};
    return userFromRow(q);
}

Result<User> UserStore::userById(qint64 id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(QLatin1String(s_userColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(q, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no account with id %1.").arg(id), {}};
    return userFromRow(q);
}

Result<Actor> UserStore::signIn(const QString &login, const QString &password)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1, password_hash FROM users WHERE login = :login")
                  .arg(QLatin1String(s_userColumns)));
    q.bindValue(QStringLiteral(":login"), login);
    if (auto r = execChecked(q, tr("The newsroom's accounts could not be read.")); !r)
        return r.error();
    if (!q.next()) {
        // As slow as a wrong password, so the answer tells nothing about
        // which logins exist.
        (void)Password::verify(password, dummyHash(m_iterations));
        return signInRefused();
    }
    const User u = userFromRow(q);
    const QByteArray stored = q.value(8).toString().toLatin1();
    const bool matches = Password::verify(password, stored);
    if (!matches || !u.active)
        return signInRefused();
    return Actor::fromUser(u);
}

} // namespace Qalam
