// qalam-cli: publishing endpoints (profiles and their secrets), publishing
// and unpublishing an article at an endpoint, and the publish log. The
// permission to publish is checked before any file is written; the
// article's state changes only after the endpoint has the story.
#include "app/cli/cliapp.h"

#include "app/publish/endpoint.h"
#include "app/publish/publication.h"
#include "app/publish/secretstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QTemporaryFile>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Qalam {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localMinute(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The secret of `endpoint add --secret-stdin`: everything on standard input
// without the final line break, or, on a terminal, one line typed without
// echo. Never an argument or an environment variable.
std::optional<QString> readSecretFromStdin(const QString &prompt)
{
    std::string bytes;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        const QByteArray promptBytes = prompt.toUtf8();
        std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (terminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            bytes.push_back(char(c));
        if (terminal)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    } else
#else
    Q_UNUSED(prompt)
#endif
    {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0 && bytes.size() < 64 * 1024)
            bytes.append(buffer, n);
    }
    while (!bytes.empty() && (bytes.back() == '\n' || bytes.back() == '\r'))
        bytes.pop_back();
    if (bytes.empty())
        return std::nullopt;
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Whether `folder` exists and takes files, or can be created. Writes and
// removes one probe file; creates nothing else.
Result<QString> checkFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{Error::Code::Io, CliApp::tr("%1 exists but is not a folder.").arg(folder), {}};
    QString probeDir = folder;
    QString state;
    if (info.exists()) {
        state = CliApp::tr("%1 exists and is writable.").arg(folder);
    } else {
        // The nearest folder that exists must let us create the rest.
        QDir up(folder);
        while (!up.exists() && up.cdUp()) {
        }
        if (!up.exists())
            return Error{Error::Code::Io, CliApp::tr("No part of %1 exists.").arg(folder), {}};
        probeDir = up.absolutePath();
        state = CliApp::tr("%1 does not exist yet; it will be created on the first publication.").arg(folder);
    }
    QTemporaryFile probe(QDir(probeDir).filePath(QStringLiteral(".qalam-endpoint-test-XXXXXX")));
    if (!probe.open() || probe.write("qalam") != 5)
        return Error{
            Error::Code::Io,
            CliApp::tr("Qalam cannot write into %1: check the folder's owner and permissions.").arg(probeDir),
            probe.errorString()};
    return state;
}

} // namespace

int CliApp::cmdEndpointAdd()
{
    EndpointProfile profile;
    profile.name = m_positionals.at(0);
    profile.type = optionValue("type");
    profile.url = optionValue("url");
    profile.login = optionValue("login");
    profile.auth = optionValue("auth");
    profile.headerName = optionValue("header");
    if (profile.type.isEmpty() || profile.url.isEmpty())
        return usageError(tr("An endpoint needs --type and --url."),
                          findCommand({QStringLiteral("endpoint"), QStringLiteral("add")}));
    const bool withSecret = hasOption("secret-stdin");
    if (profile.auth.isEmpty() && profile.type == u"ninjs-http" && !withSecret)
        profile.auth = QStringLiteral("none");
    auto number = [this](const char *option, int *target) {
        if (!hasOption(option))
            return true;
        bool ok = false;
        *target = optionValue(option).toInt(&ok);
        return ok;
    };
    if (!number("timeout", &profile.timeoutSeconds))
        return usageError(tr("--timeout takes a number of seconds (1 to 600)."));
    if (!number("concurrency", &profile.concurrency))
        return usageError(tr("--concurrency takes a number of parallel uploads (1 to 16)."));
    if (hasOption("ca-certificate"))
        profile.caCertificateFile = QFileInfo(optionValue("ca-certificate")).absoluteFilePath();
    if (hasOption("ninjs-version"))
        profile.ninjsVersion = optionValue("ninjs-version");
    if (hasOption("trash-on-unpublish"))
        profile.trashOnUnpublish = true;
    if (profile.type == EndpointProfile::folderType() && !profile.url.isEmpty())
        profile.url = QFileInfo(profile.url).absoluteFilePath(); // relative to where the command runs

    // Everything checked before the secret is read or anything is stored.
    auto checked = EndpointStore::validated(profile);
    if (!checked)
        return fail(checked.error());
    profile = *checked;
    if (withSecret && !EndpointProfile::needsSecret(profile.auth))
        return usageError(
            tr("The endpoint \"%1\" uses no authentication: --secret-stdin has nothing to store.")
                .arg(profile.name));

    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    std::optional<QString> secretText;
    if (withSecret) {
        secretText = readSecretFromStdin(tr("Secret for %1: ").arg(profile.name));
        if (!secretText)
            return usageError(tr("--secret-stdin read nothing: pipe the password or token into qalam-cli."));
    }
    EndpointStore store(*db, m_actor);
    auto added = store.add(profile);
    if (!added)
        return fail(added.error());

    QJsonObject json = added->toJson();
    QString secretNote;
    if (secretText) {
        SecretStore secrets;
        if (auto stored = secrets.store(added->name, *secretText); !stored) {
            // No endpoint without the secret it was given: take it back.
            if (auto removed = store.remove(added->name); !removed)
                err(removed.error().message);
            return fail(stored.error());
        }
        json.insert(QStringLiteral("secret_backend"), secrets.backend());
        if (secrets.backend() == u"file")
            secretNote =
                tr("Its secret is in the fallback file %1 (readable only by you), because no keychain "
                   "service answered%2.")
                    .arg(secrets.filePath(), secrets.fallbackReason().isEmpty()
                                                 ? QString()
                                                 : QStringLiteral(": ") + secrets.fallbackReason());
        else
            secretNote = tr("Its secret is in the keychain.");
    } else if (EndpointProfile::needsSecret(added->auth)) {
        secretNote =
            tr("No secret was given: remove the endpoint and add it again with --secret-stdin before "
               "publishing to it.");
    }
    if (m_json) {
        outJson(json);
        return Ok;
    }
    out(tr("Endpoint %1 added: %2 %3.").arg(added->name, added->type, added->url) + u'\n');
    if (!secretNote.isEmpty())
        out(secretNote + u'\n');
    return Ok;
}

int CliApp::cmdEndpointList()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto profiles = EndpointStore(*db, m_actor).list();
    if (!profiles)
        return fail(profiles.error());
    SecretStore secrets;
    QJsonArray array;
    for (const EndpointProfile &p : *profiles) {
        // Only whether a secret is stored, and where; never the secret.
        QString where;
        if (EndpointProfile::needsSecret(p.auth)) {
            auto found = secrets.read(p.name);
            if (!found)
                where = tr("unreadable: %1").arg(found.error().message);
            else if (found->has_value())
                where = secrets.backend();
            else
                where = QStringLiteral("none");
        } else {
            where = QStringLiteral("not-needed");
        }
        if (m_json) {
            QJsonObject o = p.toJson();
            o.insert(QStringLiteral("secret"), where);
            array.append(o);
        } else {
            QString line = p.name + u'\t' + p.type + u'\t' + p.url + u'\t' + p.auth;
            if (!p.login.isEmpty())
                line += u' ' + p.login;
            line += u'\t' + tr("secret: %1").arg(where);
            out(line + u'\n');
        }
    }
    if (m_json)
        outJson(array);
    return Ok;
}

int CliApp::cmdEndpointRemove()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString name = m_positionals.at(0);
    auto profile = EndpointStore(*db, m_actor).byName(name);
    if (!profile)
        return fail(profile.error());
    if (auto removed = EndpointStore(*db, m_actor).remove(profile->name); !removed)
        return fail(removed.error());
    SecretStore secrets;
    if (auto gone = secrets.remove(profile->name); !gone) {
        err(tr("The endpoint %1 was removed, but its secret could not be.").arg(profile->name));
        return fail(gone.error());
    }
    if (!m_json)
        out(tr("Endpoint %1 removed.").arg(profile->name) + u'\n');
    else
        outJson(QJsonObject{{QStringLiteral("removed"), profile->name}});
    return Ok;
}

int CliApp::cmdEndpointTest()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto profile = EndpointStore(*db, m_actor).byName(m_positionals.at(0));
    if (!profile)
        return fail(profile.error());
    if (profile->type != EndpointProfile::folderType()) {
        err(tr("Testing a %1 endpoint is not implemented yet: only folder endpoints can be tested and "
               "published to so far.")
                .arg(profile->type));
        return Failed;
    }
    auto state = checkFolder(profile->url);
    if (!state)
        return fail(state.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("endpoint"), profile->name},
                            {QStringLiteral("ok"), true},
                            {QStringLiteral("message"), *state}});
    else
        out(tr("ok: %1").arg(*state) + u'\n');
    return Ok;
}

void CliApp::recordAttempt(PublishLog &log, const QString &articleId, const QString &endpoint,
                           const QString &action, const QString &result, const QString &remoteUrl)
{
    PublishLogEntry entry;
    entry.articleId = articleId;
    entry.endpoint = endpoint;
    entry.action = action;
    entry.remoteUrl = remoteUrl;
    entry.result = result;
    if (auto r = log.record(entry); !r)
        err(tr("The attempt could not be recorded in the publish log: %1").arg(r.error().message));
}

int CliApp::cmdPublish()
{
    if (!hasOption("endpoint"))
        return cmdStep(Step::Publish);
    const QString id = m_positionals.at(0);
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto article = ArticleStore(*db, &Clock::system(), m_actor).load(id);
    if (!article)
        return fail(article.error());

    // Every attempt goes into the publish log, however it ends.
    const QString endpointName = optionValue("endpoint");
    PublishLog log(*db, m_actor);
    auto record = [&](const QString &result, const QString &remoteUrl = {}) {
        recordAttempt(log, article->id, endpointName, QStringLiteral("publish"), result, remoteUrl);
    };
    auto refuse = [&](const Error &error) {
        record(error.message.simplified());
        return fail(error);
    };

    auto profile = EndpointStore(*db, m_actor).byName(endpointName);
    if (!profile)
        return refuse(profile.error());
    if (profile->type != EndpointProfile::folderType()) {
        const QString message =
            tr("Publishing to a %1 endpoint is not implemented yet: only folder endpoints "
               "work so far. Nothing was sent and the article is unchanged.")
                .arg(profile->type);
        record(message);
        err(message);
        return Failed;
    }

    // The rules first, before any file is written: only a chief editor, only
    // an approved article, not before its scheduled time. Workflow::publish
    // checks the same again when it records the publication.
    {
        auto connection = (*db)->connection();
        if (!connection)
            return refuse(connection.error());
        QSqlDatabase sql = *connection;
        auto facts = Permissions::facts(sql, id);
        if (!facts)
            return refuse(facts.error());
        if (auto allowed = Permissions::authorize(sql, m_actor, Action::Publish, &*facts); !allowed)
            return refuse(allowed.error());
        if (facts->status != ArticleStatus::Approved)
            return refuse(
                Error{Error::Code::Conflict,
                      tr("This article is %1: only an approved article can be published. Nothing was "
                         "written.")
                          .arg(statusDisplayName(facts->status).toLower()),
                      QStringLiteral("publish")});
        if (article->publishAt.isValid() && article->publishAt > Clock::system().nowUtc())
            return refuse(
                Error{Error::Code::Conflict,
                      tr("This article is scheduled for %1 and cannot be published before then. Nothing was "
                         "written.")
                          .arg(QLocale().toString(article->publishAt.toLocalTime(), QLocale::ShortFormat)),
                      QStringLiteral("publish")});
    }

    auto publication = PublicationBuilder::build(*db, m_actor, id);
    if (!publication)
        return refuse(publication.error());
    auto package = FolderPublisher::publish(*db, *publication, profile->url);
    if (!package)
        return refuse(package.error());

    const QJsonObject detail{{QStringLiteral("endpoint"), profile->name},
                             {QStringLiteral("type"), profile->type},
                             {QStringLiteral("remote_url"), *package}};
    auto published = Workflow(*db, m_actor).publish(id, detail);
    if (!published) {
        // Not published in Qalam: the package does not stay out there either.
        if (auto removed = FolderPublisher::unpublish(*publication, profile->url); !removed)
            err(tr("The package %1 could not be removed again: %2").arg(*package, removed.error().message));
        return refuse(published.error());
    }
    record(QStringLiteral("ok"), *package);
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("id"), published->id},
                            {QStringLiteral("status"), statusKey(published->status)},
                            {QStringLiteral("endpoint"), profile->name},
                            {QStringLiteral("remote_url"), *package},
                            {QStringLiteral("published_at"), isoOrNull(published->publishedAt)}});
        return Ok;
    }
    out(*package + u'\n');
    return Ok;
}

int CliApp::cmdUnpublish()
{
    if (!hasOption("endpoint"))
        return cmdStep(Step::Unpublish);
    const QString id = m_positionals.at(0);
    const QString comment = optionValue("comment").trimmed();
    if (comment.isEmpty())
        return usageError(tr("Unpublishing an article needs --comment with the reason."),
                          findCommand({QStringLiteral("unpublish")}));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto article = ArticleStore(*db, &Clock::system(), m_actor).load(id);
    if (!article)
        return fail(article.error());

    const QString endpointName = optionValue("endpoint");
    PublishLog log(*db, m_actor);
    auto record = [&](const QString &result, const QString &remoteUrl = {}) {
        recordAttempt(log, article->id, endpointName, QStringLiteral("unpublish"), result, remoteUrl);
    };
    auto refuse = [&](const Error &error) {
        record(error.message.simplified());
        return fail(error);
    };

    auto profile = EndpointStore(*db, m_actor).byName(endpointName);
    if (!profile)
        return refuse(profile.error());
    if (profile->type != EndpointProfile::folderType()) {
        const QString message = tr("Unpublishing from a %1 endpoint is not implemented yet: only folder "
                                   "endpoints work so far. Nothing was changed.")
                                    .arg(profile->type);
        record(message);
        err(message);
        return Failed;
    }
    {
        auto connection = (*db)->connection();
        if (!connection)
            return refuse(connection.error());
        QSqlDatabase sql = *connection;
        auto facts = Permissions::facts(sql, id);
        if (!facts)
            return refuse(facts.error());
        if (auto allowed = Permissions::authorize(sql, m_actor, Action::Unpublish, &*facts); !allowed)
            return refuse(allowed.error());
        if (facts->status != ArticleStatus::Published && facts->status != ArticleStatus::Updated)
            return refuse(Error{Error::Code::Conflict,
                                tr("This article is %1: only a published article can be unpublished. Nothing "
                                   "was removed.")
                                    .arg(statusDisplayName(facts->status).toLower()),
                                QStringLiteral("unpublish")});
    }

    // The package where the last publication to this endpoint put it: the
    // headline (and so the slug) may have changed since.
    const QString folder = QDir::cleanPath(profile->url);
    Publication publication;
    publication.article = *article;
    publication.slug = PublicationBuilder::slugFor(*article);
    if (auto entries = log.entries(id)) {
        for (const PublishLogEntry &e : *entries) {
            const QFileInfo where(e.remoteUrl);
            if (e.action == u"publish" && e.succeeded() &&
                e.endpoint.compare(profile->name, Qt::CaseInsensitive) == 0 &&
                QDir::cleanPath(where.absolutePath()) == folder && !where.fileName().isEmpty())
                publication.slug = where.fileName();
        }
    }
    const QString package = QDir(folder).filePath(publication.slug);
    if (QFileInfo::exists(package)) {
        if (auto removed = FolderPublisher::unpublish(publication, folder); !removed)
            return refuse(removed.error());
    }
    auto done = Workflow(*db, m_actor).unpublish(id, comment);
    if (!done)
        return refuse(done.error());
    record(QStringLiteral("ok"), package);
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("id"), done->id},
                            {QStringLiteral("status"), statusKey(done->status)},
                            {QStringLiteral("endpoint"), profile->name},
                            {QStringLiteral("removed"), package}});
        return Ok;
    }
    out(statusKey(done->status) + u'\n');
    return Ok;
}

int CliApp::cmdPublishLog()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    if (auto exists = ArticleStore(*db, &Clock::system(), m_actor).load(id); !exists)
        return fail(exists.error());
    auto entries = PublishLog(*db, m_actor).entries(id);
    if (!entries)
        return fail(entries.error());
    if (m_json) {
        QJsonArray array;
        for (const PublishLogEntry &e : *entries)
            array.append(e.toJson());
        outJson(array);
        return Ok;
    }
    for (const PublishLogEntry &e : *entries)
        out(QStringList{localMinute(e.at), e.who, e.action, e.endpoint, e.result.simplified(), e.remoteUrl}
                .join(u'\t') +
            u'\n');
    return Ok;
}

} // namespace Qalam
