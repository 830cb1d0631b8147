#include "app/people/user.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Qalam {

namespace {

struct RoleName
{
    Role role;
    const char *key;
    const char *display;
};

const RoleName s_roleNames[] = {
    {Role::RegionalEditor, "regional-editor", QT_TRANSLATE_NOOP("Qalam::Role", "Regional editor")},
    {Role::PhotoEditor, "photo-editor", QT_TRANSLATE_NOOP("Qalam::Role", "Photo editor")},
    {Role::ChiefEditor, "chief-editor", QT_TRANSLATE_NOOP("Qalam::Role", "Chief editor")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Qalam::Role", "Administrator")},
};

} // namespace

QString roleKey(Role role)
{
    for (const auto &n : s_roleNames)
        if (n.role == role)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &n : s_roleNames)
        if (key == QLatin1String(n.key))
            return n.role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const auto &n : s_roleNames)
        if (n.role == role)
            return QCoreApplication::translate("Qalam::Role", n.display);
    return {};
}

const QList<Role> &allRoles()
{
    static const QList<Role> s_all = {Role::RegionalEditor, Role::PhotoEditor, Role::ChiefEditor,
                                      Role::Administrator};
    return s_all;
}

QString operatingSystemAccount()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

Actor Actor::local()
{
    return singleDeskAccount(operatingSystemAccount());
}

Actor Actor::singleDeskAccount(const QString &account)
{
    Actor actor;
    actor.login = account;
    actor.displayName = account;
    actor.singleDesk = true;
    return actor;
}

Actor Actor::fromUser(const User &user)
{
    Actor actor;
    actor.login = user.login;
    actor.displayName = user.displayName.isEmpty() ? user.login : user.displayName;
    actor.roles = user.roles;
    actor.regions = user.regions;
    actor.authorId = user.authorId;
    return actor;
}

} // namespace Qalam
