#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/people/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Qalam {

class Database;

// A named place articles are published to: a WordPress site, a CMS that
// takes ninjs JSON over HTTP, or a folder. A plain value; its secret
// (application password, token, header value) is never part of it: that
// lives in SecretStore under the profile's name.
struct EndpointProfile
{
    qint64 id = 0;
    QString name;
    QString type;       // "wordpress", "ninjs-http", "folder"
    QString url;        // base URL, or the folder (an absolute path)
    QString auth;       // "app-password", "bearer", "header", "none"
    QString login;      // CMS user for application passwords
    QString headerName; // for auth "header"
    int timeoutSeconds = 30;
    int concurrency = 2;
    QJsonObject categoryMap; // Qalam region/rubric → CMS category/tag
    QJsonObject authorMap;   // Qalam author id → CMS user id or byline text
    bool renditions = true;
    bool trashOnUnpublish = false;
    QString caCertificateFile; // an extra CA for an in-house CMS (absolute path)
    QString ninjsVersion = QStringLiteral("3.1");
    QDateTime created; // UTC
    QDateTime updated; // UTC

    bool isHttp() const { return type != folderType(); }
    // Everything above, as `endpoint list --json` prints it (no secret: there is none here).
    QJsonObject toJson() const;

    static QString folderType() { return QStringLiteral("folder"); }
    static const QStringList &types();     // wordpress, ninjs-http, folder
    static const QStringList &authKinds(); // app-password, bearer, header, none
    // The authentication a type uses when none is given.
    static QString defaultAuth(const QString &type);
    // Whether an authentication kind needs a secret at all.
    static bool needsSecret(const QString &auth) { return auth != QStringLiteral("none"); }
};

// The newsroom's endpoint profiles. Reading them is everyone's; adding,
// changing and removing them is the administrator's (Action::ManageEndpoints).
// Names are unique (case-insensitive). A value type like the other stores;
// any thread.
class EndpointStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::EndpointStore)

public:
    explicit EndpointStore(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                           const Clock *clock = &Clock::system());

    Result<QList<EndpointProfile>> list(); // by name
    Result<EndpointProfile> byName(const QString &name);
    Result<EndpointProfile> add(EndpointProfile profile);
    // Found by id (or by name when the id is 0); the name itself never
    // changes, since the secret is filed under it.
    Result<EndpointProfile> update(const EndpointProfile &profile);
    Result<void> remove(const QString &name);

    // Trims and fills defaults (auth by type); then checks: name, type known,
    // an http(s) URL without credentials for the HTTP types and an absolute
    // folder for `folder`, the authentication and what it needs, timeout
    // 1..600 s, concurrency 1..16, ninjs 3.1 or 2.2.
    static Result<EndpointProfile> validated(EndpointProfile profile);

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

// One attempt to publish or unpublish an article at an endpoint.
struct PublishLogEntry
{
    qint64 id = 0;
    QString articleId;
    QDateTime at; // UTC
    QString who;  // login
    QString endpoint;
    QString action; // "publish", "unpublish"
    QString remoteUrl;
    QString result; // "ok" or the error text

    bool succeeded() const { return result == QStringLiteral("ok"); }
    QJsonObject toJson() const;
};

// The per-article publish log: every attempt, whoever made it and however
// it ended (refusals too). Append-only, like the audit log. Any thread.
class PublishLog
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PublishLog)

public:
    explicit PublishLog(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                        const Clock *clock = &Clock::system());

    // Records an attempt as the actor, now; returns its id. `at` and `who`
    // of the entry are ignored.
    Result<qint64> record(const PublishLogEntry &entry);
    // Oldest first.
    Result<QList<PublishLogEntry>> entries(const QString &articleId);

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

} // namespace Qalam
