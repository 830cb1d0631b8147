#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Qalam {

// What a user may do in the newsroom; a user holds one or more.
enum class Role { RegionalEditor, PhotoEditor, ChiefEditor, Administrator };

QString roleKey(Role role); // "regional-editor", "photo-editor", "chief-editor", "administrator"
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role); // translated
const QList<Role> &allRoles();

// A newsroom account. The password hash never leaves UserStore.
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName; // "Колмакова Виктория"
    QList<Role> roles;
    QStringList regions; // for regional editors: the regions whose articles they may edit
    bool active = true;
    qint64 authorId = 0; // the byline profile of this user; 0: none
    QDateTime created;

    bool has(Role role) const { return roles.contains(role); }
    bool operator==(const User &) const = default;
};

// Who is doing something: a signed-in user, or, in a newsroom that has no
// user accounts yet (a single desk), the operating-system account, which may
// do everything. Every store and the Workflow take an Actor and ask
// Permissions before they write.
struct Actor
{
    QString login;       // recorded as "who" in revisions and the audit log
    QString displayName; // for messages and lock notices
    QList<Role> roles;
    QStringList regions;
    qint64 authorId = 0;
    bool singleDesk = false;

    bool has(Role role) const { return roles.contains(role); }

    // The operating-system account as a single-desk actor.
    static Actor local();
    static Actor singleDeskAccount(const QString &account);
    static Actor fromUser(const User &user);
};

// The operating-system account name ("unknown" when it cannot be read).
QString operatingSystemAccount();

} // namespace Qalam
