// qalam-cli: publishing endpoints (profiles and their secrets), publishing
// and unpublishing an article at an endpoint, and the publish log. The
// permission to publish is checked before any file is written; the
// article's state changes only after the endpoint has the story.
#include "app/cli/cliapp.h"

#include "app/core/secretstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/publish/publication.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryFile>
#include <QTimer>

#include <cstdio>
#include <functional>
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
    if (profile->isHttp()) {
        QString secret;
        if (EndpointProfile::needsSecret(profile->auth)) {
            SecretStore secrets;
            auto stored = secrets.read(profile->name);
            if (!stored)
                return fail(stored.error());
            if (!stored->has_value()) {
                err(tr("No secret is stored for endpoint %1: add it again with --secret-stdin.")
                        .arg(profile->name));
                return Failed;
            }
            secret = **stored;
        }
        QNetworkAccessManager network;
        EndpointTester tester(&network);
        QEventLoop loop;
        bool passed = false;
        QString message;
        QObject::connect(&tester, &EndpointTester::done, &loop, [&](bool ok, const QString &text) {
            passed = ok;
            message = text;
            loop.quit();
        });
        tester.test(*profile, secret);
        loop.exec();
        if (m_json)
            outJson(QJsonObject{{QStringLiteral("endpoint"), profile->name},
                                {QStringLiteral("ok"), passed},
                                {QStringLiteral("message"), message}});
        else if (passed)
            out(tr("ok: %1").arg(message) + u'\n');
        else
            err(message);
        return passed ? Ok : Failed;
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
    return queueAndRun(QStringLiteral("publish"));
}

int CliApp::cmdUnpublish()
{
    if (!hasOption("endpoint"))
        return cmdStep(Step::Unpublish);
    if (optionValue("comment").trimmed().isEmpty())
        return usageError(tr("Unpublishing an article needs --comment with the reason."),
                          findCommand({QStringLiteral("unpublish")}));
    return queueAndRun(QStringLiteral("unpublish"));
}

// Puts the job into the outbox (the rules are checked there, before anything
// is sent) and runs it here.
int CliApp::queueAndRun(const QString &action)
{
    const QString id = m_positionals.at(0);
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto article = ArticleStore(*db, &Clock::system(), m_actor).load(id);
    if (!article)
        return fail(article.error());
    const QString endpointName = optionValue("endpoint");
    auto job = Outbox(*db, m_actor).enqueue(article->id, endpointName, action, optionValue("comment"));
    if (!job) {
        // Every attempt goes into the publish log, refusals too.
        PublishLog log(*db, m_actor);
        recordAttempt(log, article->id, endpointName, action, job.error().message.simplified(), {});
        return fail(job.error());
    }
    return runJobs(*db, {job->id});
}

// Runs the jobs (all due ones when `jobs` is empty) and reports each. Without
// --wait a retry that must wait long, a job whose time has not come, or a
// job another desk (or another qalam-cli) is running stays in the outbox
// (exit 3); with --wait this one waits for them, and for the other desk's
// job to end (or to be taken over when that desk stops renewing its claim).
int CliApp::runJobs(const std::shared_ptr<Database> &db, QList<qint64> jobs)
{
    QNetworkAccessManager network;
    PublishRunner runner(db, m_actor, &network);
    const bool wait = hasOption("wait");
    if (!wait)
        runner.setLongestInlineWait(15000);
    Outbox outbox(db, m_actor);
    const bool all = jobs.isEmpty();
    int exit = Ok;
    QJsonArray results;
    QEventLoop loop;
    QTimer wakeUp;
    wakeUp.setSingleShot(true);

    auto report = [&](qint64 jobId, const QString &state, const QString &text) {
        auto job = outbox.job(jobId);
        if (m_json) {
            QJsonObject o = job ? job->toJson() : QJsonObject{{QStringLiteral("id"), jobId}};
            o.insert(QStringLiteral("state"), state);
            if (state == u"done")
                o.insert(QStringLiteral("remote_url"), text);
            else
                o.insert(QStringLiteral("message"), text);
            if (job) {
                if (auto a = ArticleStore(db, &Clock::system(), m_actor).load(job->articleId)) {
                    o.insert(QStringLiteral("status"), statusKey(a->status));
                    o.insert(QStringLiteral("published_at"), isoOrNull(a->publishedAt));
                }
            }
            results.append(o);
        } else if (state == u"done" && job && job->action == u"unpublish") {
            auto a = ArticleStore(db, &Clock::system(), m_actor).load(job->articleId);
            out((a ? statusKey(a->status) : state) + u'\n');
        } else if (state == u"done") {
            out(text + u'\n');
        } else if (state == u"waiting") {
            out(tr("Job %1 waits in the outbox: %2 Qalam or `qalam-cli outbox run` finishes it.")
                    .arg(jobId)
                    .arg(text) +
                u'\n');
        } else if (state == u"elsewhere") {
            out(text + u'\n');
        } else {
            err(tr("Job %1 %2: %3").arg(jobId).arg(state, text));
        }
        if (state == u"failed" || state == u"cancelled")
            exit = Failed;
        else if ((state == u"waiting" || state == u"elsewhere") && exit == Ok)
            exit = Waiting;
    };

    // A job another desk runs, with --wait: look again every second until
    // it has ended there (report how) or can be claimed here.
    QSet<qint64> toldElsewhere;
    QSet<qint64> watching;
    std::function<void()> startDue;
    auto watchElsewhere = [&](qint64 jobId, const QString &text) {
        if (!toldElsewhere.contains(jobId)) {
            toldElsewhere.insert(jobId);
            err(text + u' ' + tr("Waiting for it."));
        }
        if (watching.contains(jobId))
            return;
        watching.insert(jobId);
        QTimer::singleShot(1000, &loop, [&, jobId]() {
            watching.remove(jobId);
            auto j = outbox.job(jobId);
            if (j && !j->isActive()) {
                report(jobId, j->state, j->state == u"done" ? j->remoteUrl : j->lastError);
                jobs.removeAll(jobId);
            }
            startDue();
        });
    };

    // Jobs not due yet (a scheduled publication): with --wait, sleep until due.
    startDue = [&]() {
        auto due = outbox.due();
        if (!due) {
            err(due.error().message);
            exit = Failed;
            loop.quit();
            return;
        }
        QList<qint64> dueIds;
        for (const OutboxJob &j : *due)
            dueIds.append(j.id);
        bool started = false;
        // A copy: run() may report at once (another desk has the job), and
        // reporting changes `jobs`.
        const QList<qint64> candidates = jobs;
        for (qint64 jobId : candidates) {
            if (runner.isRunning(jobId) || watching.contains(jobId))
                continue;
            if (dueIds.contains(jobId)) {
                runner.run(jobId);
                started = true;
            }
        }
        if (runner.isBusy() || started || !watching.isEmpty())
            return;
        // Nothing can run now: what is left waits for its time.
        QList<qint64> left;
        for (qint64 jobId : std::as_const(jobs)) {
            auto j = outbox.job(jobId);
            if (j && j->isActive())
                left.append(jobId);
            else if (j) // it ended on another desk meanwhile
                report(jobId, j->state, j->state == u"done" ? j->remoteUrl : j->lastError);
        }
        jobs = left;
        if (left.isEmpty()) {
            loop.quit();
            return;
        }
        auto next = outbox.nextWakeUp();
        if (!wait || !next || !next->isValid()) {
            for (qint64 jobId : std::as_const(left)) {
                auto j = outbox.job(jobId);
                report(jobId, QStringLiteral("waiting"),
                       j && j->notBefore.isValid() ? tr("it runs at %1.").arg(localMinute(j->notBefore))
                                                   : tr("it runs later."));
                jobs.removeAll(jobId);
            }
            loop.quit();
            return;
        }
        wakeUp.start(int(std::clamp<qint64>(Clock::system().nowUtc().msecsTo(*next) + 50, 0, 3600 * 1000)));
    };
    QObject::connect(&wakeUp, &QTimer::timeout, &loop, startDue);
    QObject::connect(&runner, &PublishRunner::status, &loop, [&](qint64 jobId, const QString &message) {
        err(tr("Job %1: %2").arg(jobId).arg(message));
    });
    QObject::connect(&runner, &PublishRunner::finished, &loop,
                     [&](qint64 jobId, const QString &state, const QString &text) {
                         if (state == u"waiting" && wait) {
                             QTimer::singleShot(0, &loop, startDue);
                             return;
                         }
                         if (state == u"elsewhere" && wait)
                             return watchElsewhere(jobId, text);
                         report(jobId, state, text);
                         jobs.removeAll(jobId);
                         QTimer::singleShot(0, &loop, startDue);
                     });
    if (all) {
        auto active = outbox.list(true);
        if (!active)
            return fail(active.error());
        for (const OutboxJob &j : *active)
            if (j.createdBy == m_actor.login)
                jobs.prepend(j.id);
        if (jobs.isEmpty()) {
            if (m_json)
                outJson(QJsonArray());
            else
                out(tr("The outbox has no unfinished job of yours.") + u'\n');
            return Ok;
        }
    }
    QTimer::singleShot(0, &loop, startDue);
    loop.exec();
    if (m_json)
        outJson(all || results.size() != 1 ? QJsonValue(results) : QJsonValue(results.first()));
    return exit;
}

int CliApp::cmdOutboxList()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto jobs = Outbox(*db, m_actor).list(!hasOption("all"), optionValue("article"));
    if (!jobs)
        return fail(jobs.error());
    if (m_json) {
        QJsonArray array;
        for (const OutboxJob &j : *jobs)
            array.append(j.toJson());
        outJson(array);
        return Ok;
    }
    for (const OutboxJob &j : *jobs) {
        QStringList fields{QString::number(j.id),
                           j.state,
                           j.action,
                           j.articleId.left(8),
                           j.endpoint,
                           j.createdBy,
                           localMinute(j.updated),
                           tr("attempts: %1").arg(j.attempts)};
        if (j.notBefore.isValid() && j.isActive())
            fields << tr("next: %1").arg(localMinute(j.notBefore));
        if (j.isActive() && j.isClaimedAt(Clock::system().nowUtc()))
            fields << tr("run by: %1").arg(Outbox::deskOf(j.claimedBy));
        if (!j.remoteUrl.isEmpty())
            fields << j.remoteUrl;
        if (!j.lastError.isEmpty())
            fields << j.lastError.simplified();
        out(fields.join(u'\t') + u'\n');
    }
    return Ok;
}

int CliApp::cmdOutboxRetry()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    bool ok = false;
    const qint64 jobId = m_positionals.at(0).toLongLong(&ok);
    if (!ok)
        return usageError(tr("JOB is the number `outbox list` shows."),
                          findCommand({QStringLiteral("outbox retry")}));
    auto job = Outbox(*db, m_actor).retry(jobId);
    if (!job)
        return fail(job.error());
    return runJobs(*db, {jobId});
}

int CliApp::cmdOutboxCancel()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    bool ok = false;
    const qint64 jobId = m_positionals.at(0).toLongLong(&ok);
    if (!ok)
        return usageError(tr("JOB is the number `outbox list` shows."),
                          findCommand({QStringLiteral("outbox cancel")}));
    auto job = Outbox(*db, m_actor).cancel(jobId);
    if (!job)
        return fail(job.error());
    if (m_json)
        outJson(job->toJson());
    else
        out(tr("Job %1 cancelled; `qalam-cli outbox retry %1` starts it again.").arg(jobId) + u'\n');
    return Ok;
}

int CliApp::cmdOutboxRun()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    return runJobs(*db, {});
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
