#include "app/publish/endpoint.h"

#include "app/storage/database.h"
#include "app/workflow/permissions.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

namespace Qalam {

namespace {

QString objectToDb(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromDb(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const char *s_endpointColumns =
    "id, name, type, url, auth, login, header_name, timeout_seconds, concurrency, category_map, author_map,"
    " renditions, trash_on_unpublish, ca_certificate_file, ninjs_version, created, updated";

EndpointProfile profileFromRow(const QSqlQuery &q)
{
    EndpointProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.type = q.value(2).toString();
    p.url = q.value(3).toString();
    p.auth = q.value(4).toString();
    p.login = q.value(5).toString();
    p.headerName = q.value(6).toString();
    p.timeoutSeconds = q.value(7).toInt();
    p.concurrency = q.value(8).toInt();
    p.categoryMap = objectFromDb(q.value(9));
    p.authorMap = objectFromDb(q.value(10));
    p.renditions = q.value(11).toBool();
    p.trashOnUnpublish = q.value(12).toBool();
    p.caCertificateFile = q.value(13).toString();
    p.ninjsVersion = q.value(14).toString();
    p.created = fromDbTime(q.value(15));
    p.updated = fromDbTime(q.value(16));
    return p;
}

void bindProfile(QSqlQuery &q, const EndpointProfile &p)
{
    q.bindValue(QStringLiteral(":type"), p.type);
    q.bindValue(QStringLiteral(":url"), p.url);
    q.bindValue(QStringLiteral(":auth"), p.auth);
    q.bindValue(QStringLiteral(":login"), nn(p.login));
    q.bindValue(QStringLiteral(":header_name"), nn(p.headerName));
    q.bindValue(QStringLiteral(":timeout_seconds"), p.timeoutSeconds);
    q.bindValue(QStringLiteral(":concurrency"), p.concurrency);
    q.bindValue(QStringLiteral(":category_map"), objectToDb(p.categoryMap));
    q.bindValue(QStringLiteral(":author_map"), objectToDb(p.authorMap));
    q.bindValue(QStringLiteral(":renditions"), p.renditions ? 1 : 0);
    q.bindValue(QStringLiteral(":trash_on_unpublish"), p.trashOnUnpublish ? 1 : 0);
    q.bindValue(QStringLiteral(":ca_certificate_file"), nn(p.caCertificateFile));
    q.bindValue(QStringLiteral(":ninjs_version"), p.ninjsVersion);
    q.bindValue(QStringLiteral(":updated"), toDbTime(p.updated));
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message, {}};
}

// An HTTP header name: a token (RFC 9110), e.g. X-Api-Key.
bool isHeaderToken(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

Result<void> readAllowed(Database &database, const Actor &actor)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return Permissions::authorize(db, actor, Action::Read);
}

} // namespace

const QStringList &EndpointProfile::types()
{
    static const QStringList s_types{QStringLiteral("wordpress"), QStringLiteral("ninjs-http"),
                                     QStringLiteral("folder")};
    return s_types;
}

const QStringList &EndpointProfile::authKinds()
{
    static const QStringList s_auth{QStringLiteral("app-password"), QStringLiteral("bearer"),
                                    QStringLiteral("header"), QStringLiteral("none")};
    return s_auth;
}

QString EndpointProfile::defaultAuth(const QString &type)
{
    if (type == u"wordpress")
        return QStringLiteral("app-password");
    if (type == u"ninjs-http")
        return QStringLiteral("bearer");
    return QStringLiteral("none");
}

QJsonObject EndpointProfile::toJson() const
{
    auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("auth"), auth},
                       {QStringLiteral("login"), login},
                       {QStringLiteral("header_name"), headerName},
                       {QStringLiteral("timeout_seconds"), timeoutSeconds},
                       {QStringLiteral("concurrency"), concurrency},
                       {QStringLiteral("category_map"), categoryMap},
                       {QStringLiteral("author_map"), authorMap},
                       {QStringLiteral("renditions"), renditions},
                       {QStringLiteral("trash_on_unpublish"), trashOnUnpublish},
                       {QStringLiteral("ca_certificate_file"), caCertificateFile},
                       {QStringLiteral("ninjs_version"), ninjsVersion},
                       {QStringLiteral("created"), iso(created)},
                       {QStringLiteral("updated"), iso(updated)}};
}

Result<EndpointProfile> EndpointStore::validated(EndpointProfile p)
{
    p.name = nn(p.name.trimmed());
    p.type = nn(p.type.trimmed().toLower());
    p.url = nn(p.url.trimmed());
    p.auth = nn(p.auth.trimmed().toLower());
    p.login = nn(p.login.trimmed());
    p.headerName = nn(p.headerName.trimmed());
    p.caCertificateFile = nn(p.caCertificateFile.trimmed());
    p.ninjsVersion = nn(p.ninjsVersion.trimmed());
    if (p.ninjsVersion.isEmpty())
        p.ninjsVersion = QStringLiteral("3.1");

    bool nameOk = !p.name.isEmpty() && p.name.size() <= 64;
    for (QChar c : std::as_const(p.name))
        nameOk = nameOk && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
    if (!nameOk)
        return invalid(tr("\"%1\" cannot be an endpoint name: use 1 to 64 letters, digits, dots, underscores "
                          "or hyphens, without spaces.")
                           .arg(p.name));
    if (!EndpointProfile::types().contains(p.type))
        return invalid(tr("Unknown endpoint type \"%1\": use wordpress, ninjs-http or folder.").arg(p.type));
    if (p.auth.isEmpty())
        p.auth = EndpointProfile::defaultAuth(p.type);
    if (!EndpointProfile::authKinds().contains(p.auth))
        return invalid(
            tr("Unknown authentication \"%1\": use app-password, bearer, header or none.").arg(p.auth));

    if (p.type == EndpointProfile::folderType()) {
        if (p.url.isEmpty() || !QDir::isAbsolutePath(p.url))
            return invalid(tr("A folder endpoint needs an absolute folder path, such as /srv/qalam/outbox; "
                              "\"%1\" is not one.")
                               .arg(p.url));
        p.url = QDir::cleanPath(p.url);
        if (p.auth != u"none")
            return invalid(tr("A folder endpoint has no authentication: use --auth none."));
    } else {
        const QUrl url(p.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return invalid(tr("The %1 endpoint \"%2\" needs an http:// or https:// address, such as "
                              "https://news.example.kz; \"%3\" is not one.")
                               .arg(p.type, p.name, p.url));
        // A password in the address would end up in the database.
        if (!url.userInfo().isEmpty())
            return invalid(tr("The address of \"%1\" carries a user name or password. Give the address "
                              "without them, the CMS user with --login and the password with "
                              "--secret-stdin, which keeps it in the keychain.")
                               .arg(p.name));
        if (!url.query().isEmpty() || !url.fragment().isEmpty())
            return invalid(
                tr("The address of \"%1\" must be the site's base address, without ? or #.").arg(p.name));
    }
    if (p.auth == u"app-password" && p.login.isEmpty())
        return invalid(tr("An application password belongs to a CMS user: give it with --login."));
    if (p.auth == u"header" && !isHeaderToken(p.headerName))
        return invalid(tr("Authentication by header needs the header's name, such as X-Api-Key (--header)."));
    if (p.auth != u"header")
        p.headerName.clear();
    if (p.timeoutSeconds < 1 || p.timeoutSeconds > 600)
        return invalid(tr("The timeout is %1 seconds; use 1 to 600.").arg(p.timeoutSeconds));
    if (p.concurrency < 1 || p.concurrency > 16)
        return invalid(tr("The number of parallel uploads is %1; use 1 to 16.").arg(p.concurrency));
    if (p.ninjsVersion != u"3.1" && p.ninjsVersion != u"2.2")
        return invalid(tr("ninjs version \"%1\" is not supported: use 3.1 or 2.2.").arg(p.ninjsVersion));
    if (!p.caCertificateFile.isEmpty() && !QDir::isAbsolutePath(p.caCertificateFile))
        return invalid(tr("The CA certificate file must be given as an absolute path; \"%1\" is not one.")
                           .arg(p.caCertificateFile));
    return p;
}

EndpointStore::EndpointStore(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<EndpointProfile>> EndpointStore::list()
{
    if (auto r = readAllowed(*m_database, m_actor); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM endpoints ORDER BY lower(name)")
                  .arg(QLatin1String(s_endpointColumns)));
    if (auto r = execChecked(q, tr("The publishing endpoints could not be read.")); !r)
        return r.error();
    QList<EndpointProfile> profiles;
    while (q.next())
        profiles.append(profileFromRow(q));
    return profiles;
}

Result<EndpointProfile> EndpointStore::byName(const QString &name)
{
    if (auto r = readAllowed(*m_database, m_actor); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM endpoints WHERE lower(name) = lower(:name)")
                  .arg(QLatin1String(s_endpointColumns)));
    q.bindValue(QStringLiteral(":name"), name.trimmed());
    if (auto r = execChecked(q, tr("The publishing endpoints could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{
            Error::Code::NotFound,
            tr("There is no publishing endpoint named \"%1\" (see \"qalam-cli endpoint list\").").arg(name),
            {}};
    return profileFromRow(q);
}

Result<EndpointProfile> EndpointStore::add(EndpointProfile profile)
{
    auto clean = validated(std::move(profile));
    if (!clean)
        return clean.error();
    EndpointProfile p = std::move(clean).value();

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageEndpoints); !r)
        return r.error();

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT name FROM endpoints WHERE lower(name) = lower(:name)"));
    existing.bindValue(QStringLiteral(":name"), p.name);
    if (auto r = execChecked(existing, tr("The publishing endpoints could not be read.")); !r)
        return r.error();
    if (existing.next())
        return Error{Error::Code::Conflict,
                     tr("There is already an endpoint named \"%1\"; choose another name or change that one.")
                         .arg(existing.value(0).toString()),
                     {}};

    p.created = m_clock->nowUtc();
    p.updated = p.created;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO endpoints (name, type, url, auth, login, header_name, timeout_seconds, concurrency,"
        " category_map, author_map, renditions, trash_on_unpublish, ca_certificate_file, ninjs_version,"
        " created, updated)"
        " VALUES (:name, :type, :url, :auth, :login, :header_name, :timeout_seconds, :concurrency,"
        " :category_map, :author_map, :renditions, :trash_on_unpublish, :ca_certificate_file, :ninjs_version,"
        " :created, :updated) RETURNING id"));
    ins.bindValue(QStringLiteral(":name"), p.name);
    ins.bindValue(QStringLiteral(":created"), toDbTime(p.created));
    bindProfile(ins, p);
    auto id = execInsert(ins, tr("The endpoint \"%1\" could not be added.").arg(p.name));
    if (!id)
        return id.error();
    p.id = *id;
    if (auto r = tx.commit(); !r)
        return r.error();
    p.created = fromDbTime(toDbTime(p.created));
    p.updated = p.created;
    return p;
}

Result<EndpointProfile> EndpointStore::update(const EndpointProfile &profile)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageEndpoints); !r)
        return r.error();

    QSqlQuery find(db);
    if (profile.id > 0) {
        find.prepare(
            QStringLiteral("SELECT %1 FROM endpoints WHERE id = :id").arg(QLatin1String(s_endpointColumns)));
        find.bindValue(QStringLiteral(":id"), profile.id);
    } else {
        find.prepare(QStringLiteral("SELECT %1 FROM endpoints WHERE lower(name) = lower(:name)")
                         .arg(QLatin1String(s_endpointColumns)));
        find.bindValue(QStringLiteral(":name"), profile.name.trimmed());
    }
    if (auto r = execChecked(find, tr("The publishing endpoints could not be read.")); !r)
        return r.error();
    if (!find.next())
        return Error{Error::Code::NotFound,
                     tr("There is no publishing endpoint named \"%1\" (see \"qalam-cli endpoint list\").")
                         .arg(profile.id > 0 ? QString::number(profile.id) : profile.name),
                     {}};
    const EndpointProfile stored = profileFromRow(find);
    if (!profile.name.trimmed().isEmpty() &&
        profile.name.trimmed().compare(stored.name, Qt::CaseInsensitive) != 0)
        return invalid(tr("An endpoint's name cannot be changed (\"%1\" stays \"%1\"): its secret is filed "
                          "under it. Add a new endpoint instead.")
                           .arg(stored.name));
    EndpointProfile changed = profile;
    changed.id = stored.id;
    changed.name = stored.name;
    auto clean = validated(changed);
    if (!clean)
        return clean.error();
    EndpointProfile p = std::move(clean).value();
    p.created = stored.created;
    p.updated = m_clock->nowUtc();

    QSqlQuery upd(db);
    upd.prepare(QStringLiteral(
        "UPDATE endpoints SET type = :type, url = :url, auth = :auth, login = :login,"
        " header_name = :header_name, timeout_seconds = :timeout_seconds, concurrency = :concurrency,"
        " category_map = :category_map, author_map = :author_map, renditions = :renditions,"
        " trash_on_unpublish = :trash_on_unpublish, ca_certificate_file = :ca_certificate_file,"
        " ninjs_version = :ninjs_version, updated = :updated WHERE id = :id"));
    bindProfile(upd, p);
    upd.bindValue(QStringLiteral(":id"), p.id);
    if (auto r = execChecked(upd, tr("The endpoint \"%1\" could not be changed.").arg(p.name)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    p.updated = fromDbTime(toDbTime(p.updated));
    return p;
}

Result<void> EndpointStore::remove(const QString &name)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageEndpoints); !r)
        return r;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM endpoints WHERE lower(name) = lower(:name)"));
    del.bindValue(QStringLiteral(":name"), name.trimmed());
    if (auto r = execChecked(del, tr("The endpoint \"%1\" could not be removed.").arg(name)); !r)
        return r;
    if (del.numRowsAffected() < 1)
        return Error{
            Error::Code::NotFound,
            tr("There is no publishing endpoint named \"%1\" (see \"qalam-cli endpoint list\").").arg(name),
            {}};
    return tx.commit();
}

QJsonObject PublishLogEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("article_id"), articleId},
                       {QStringLiteral("at"),
                        at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("who"), who},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("remote_url"), remoteUrl},
                       {QStringLiteral("result"), result},
                       {QStringLiteral("ok"), succeeded()}};
}

PublishLog::PublishLog(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<qint64> PublishLog::record(const PublishLogEntry &entry)
{
    if (entry.action != u"publish" && entry.action != u"unpublish")
        return invalid(tr("A publish log entry is a publish or an unpublish, not \"%1\".").arg(entry.action));
    if (entry.articleId.isEmpty() || entry.result.isEmpty())
        return invalid(tr("A publish log entry needs the article and the result."));
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    // Every active account's attempts are recorded, refused ones included.
    if (auto r = Permissions::authorize(db, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO publish_log (article_id, at, who, endpoint, action, remote_url, result)"
                       " VALUES (:article_id, :at, :who, :endpoint, :action, :remote_url, :result)"
                       " RETURNING id"));
    ins.bindValue(QStringLiteral(":article_id"), entry.articleId);
    ins.bindValue(QStringLiteral(":at"), toDbTime(m_clock->nowUtc()));
    ins.bindValue(QStringLiteral(":who"), m_actor.login);
    ins.bindValue(QStringLiteral(":endpoint"), nn(entry.endpoint));
    ins.bindValue(QStringLiteral(":action"), entry.action);
    ins.bindValue(QStringLiteral(":remote_url"), nn(entry.remoteUrl));
    ins.bindValue(QStringLiteral(":result"), entry.result);
    auto inserted = execInsert(ins, tr("The publish log could not be written."));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<PublishLogEntry>> PublishLog::entries(const QString &articleId)
{
    if (auto r = readAllowed(*m_database, m_actor); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT id, article_id, at, who, endpoint, action, remote_url, result"
                             " FROM publish_log WHERE article_id = :article_id ORDER BY id"));
    q.bindValue(QStringLiteral(":article_id"), articleId);
    if (auto r = execChecked(q, tr("The publish log could not be read.")); !r)
        return r.error();
    QList<PublishLogEntry> list;
    while (q.next()) {
        PublishLogEntry e;
        e.id = q.value(0).toLongLong();
        e.articleId = q.value(1).toString();
        e.at = fromDbTime(q.value(2));
        e.who = q.value(3).toString();
        e.endpoint = q.value(4).toString();
        e.action = q.value(5).toString();
        e.remoteUrl = q.value(6).toString();
        e.result = q.value(7).toString();
        list.append(e);
    }
    return list;
}

} // namespace Qalam
