#include "app/publish/outbox.h"

#include "app/publish/endpoint.h"
#include "app/storage/database.h"
#include "app/workflow/permissions.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace Qalam {

namespace {

const char *s_jobColumns =
    "id, article_id, endpoint, action, state, created_by, created, updated, not_before,"
    " attempts, last_error, comment, remote_url, claimed_by, claimed_until";

OutboxJob jobFromRow(const QSqlQuery &q)
{
    OutboxJob j;
    j.id = q.value(0).toLongLong();
    j.articleId = q.value(1).toString();
    j.endpoint = q.value(2).toString();
    j.action = q.value(3).toString();
    j.state = q.value(4).toString();
    j.createdBy = q.value(5).toString();
    j.created = fromDbTime(q.value(6));
    j.updated = fromDbTime(q.value(7));
    j.notBefore = fromDbTime(q.value(8));
    j.attempts = q.value(9).toInt();
    j.lastError = q.value(10).toString();
    j.comment = q.value(11).toString();
    j.remoteUrl = q.value(12).toString();
    j.claimedBy = q.value(13).toString();
    j.claimedUntil = fromDbTime(q.value(14));
    return j;
}

QString toDb(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromDb(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

Action actionOf(const QString &action)
{
    return action == u"unpublish" ? Action::Unpublish : Action::Publish;
}

QMutex s_runnersMutex;
QSet<QString> s_liveRunners; // the runners of this process that exist now

// The process id in a runner id ("desk:pid/token"); 0 when unreadable.
qint64 processOf(const QString &runner)
{
    const qsizetype slash = runner.lastIndexOf(u'/');
    const qsizetype colon = runner.lastIndexOf(u':', slash);
    if (slash < 0 || colon < 0)
        return 0;
    return runner.mid(colon + 1, slash - colon - 1).toLongLong();
}

// A claim of `holder` can be taken at once, before its lease runs out: it
// was made on this same desk by a process that has ended, or by a runner of
// this process that no longer exists. Another desk's processes cannot be
// seen from here; their claims run out with their lease.
bool holderIsGone(const QString &holder, const QString &me)
{
    if (holder.isEmpty() || Outbox::deskOf(holder) != Outbox::deskOf(me))
        return false;
    const qint64 pid = processOf(holder);
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid()) {
        QMutexLocker lock(&s_runnersMutex);
        return !s_liveRunners.contains(holder);
    }
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

} // namespace

bool OutboxJob::isActive() const
{
    return state == u"queued" || state == u"running" || state == u"waiting";
}

bool OutboxJob::isClaimedAt(const QDateTime &now) const
{
    return !claimedBy.isEmpty() && claimedUntil.isValid() && claimedUntil >= now;
}

QJsonObject OutboxJob::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("article_id"), articleId},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("created"), iso(created)},
                       {QStringLiteral("updated"), iso(updated)},
                       {QStringLiteral("not_before"), iso(notBefore)},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("comment"), comment},
                       {QStringLiteral("remote_url"), remoteUrl},
                       {QStringLiteral("claimed_by"), claimedBy},
                       {QStringLiteral("claimed_until"), iso(claimedUntil)}};
}

Outbox::Outbox(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<OutboxJob> Outbox::enqueue(const QString &articleId, const QString &endpoint, const QString &action,
                                  const QString &comment)
{
    if (action != u"publish" && action != u"unpublish")
        return Error{
            Error::Code::InvalidInput, tr("A job publishes or unpublishes, not \"%1\".").arg(action), {}};
    if (action == u"unpublish" && comment.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("Give the reason: unpublishing an article needs one. Nothing was changed."),
                     {}};
    auto profile = EndpointStore(m_database, m_actor, m_clock).byName(endpoint);
    if (!profile)
        return profile.error();

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(db, m_actor, actionOf(action), &*facts); !r)
        return r.error();
    if (action == u"publish" && facts->status != ArticleStatus::Approved)
        return Error{Error::Code::Conflict,
                     tr("This article is %1: only an approved article can be published. Nothing was sent.")
                         .arg(statusDisplayName(facts->status).toLower()),
                     QStringLiteral("publish")};
    if (action == u"unpublish" && facts->status != ArticleStatus::Published &&
        facts->status != ArticleStatus::Updated)
        return Error{
            Error::Code::Conflict,
            tr("This article is %1: only a published article can be unpublished. Nothing was removed.")
                .arg(statusDisplayName(facts->status).toLower()),
            QStringLiteral("unpublish")};

    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT %1 FROM outbox_jobs WHERE article_id = :article AND endpoint = :endpoint"
                       " AND state IN ('queued','running','waiting')")
            .arg(QLatin1String(s_jobColumns)));
    existing.bindValue(QStringLiteral(":article"), articleId);
    existing.bindValue(QStringLiteral(":endpoint"), profile->name);
    if (auto r = execChecked(existing, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    if (existing.next()) {
        OutboxJob job = jobFromRow(existing);
        if (job.action == action)
            return job;
        return Error{
            Error::Code::Conflict,
            tr("Job %1 (%2) for this article at %3 is not finished yet: wait for it or cancel it first.")
                .arg(job.id)
                .arg(job.action, profile->name),
            {}};
    }

    // A scheduled approval waits for its time.
    QDateTime notBefore;
    if (action == u"publish") {
        QSqlQuery when(db);
        when.prepare(QStringLiteral("SELECT publish_at FROM articles WHERE id = :id"));
        when.bindValue(QStringLiteral(":id"), articleId);
        if (auto r = execChecked(when, tr("The publishing outbox could not be read.")); !r)
            return r.error();
        if (when.next())
            notBefore = fromDbTime(when.value(0));
        if (notBefore.isValid() && notBefore <= m_clock->nowUtc())
            notBefore = {};
    }

    const QString now = toDbTime(m_clock->nowUtc());
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO outbox_jobs (article_id, endpoint, action, state, created_by, created, updated, "
        "not_before,"
        " comment) VALUES (:article, :endpoint, :action, :state, :by, :now, :now2, :not_before, :comment)"
        " RETURNING id"));
    ins.bindValue(QStringLiteral(":article"), articleId);
    ins.bindValue(QStringLiteral(":endpoint"), profile->name);
    ins.bindValue(QStringLiteral(":action"), action);
    ins.bindValue(QStringLiteral(":state"),
                  notBefore.isValid() ? QStringLiteral("waiting") : QStringLiteral("queued"));
    ins.bindValue(QStringLiteral(":by"), m_actor.login);
    ins.bindValue(QStringLiteral(":now"), now);
    ins.bindValue(QStringLiteral(":now2"), now);
    ins.bindValue(QStringLiteral(":not_before"), toDbTime(notBefore));
    ins.bindValue(QStringLiteral(":comment"), nn(comment.trimmed()));
    if (auto r = execChecked(ins, tr("The job could not be put into the publishing outbox.")); !r)
        return r.error();
    if (!ins.next())
        return Error{Error::Code::Database, tr("The job could not be put into the publishing outbox."), {}};
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    if (auto r = tx.commit(); !r)
        return r.error();
    return job(id);
}

Result<OutboxJob> Outbox::job(qint64 id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox_jobs WHERE id = :id").arg(QLatin1String(s_jobColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no publishing job %1.").arg(id), {}};
    return jobFromRow(q);
}

Result<QList<OutboxJob>> Outbox::list(bool activeOnly, const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM outbox_jobs WHERE (:active = 0 OR state IN ('queued','running','waiting'))"
                  " AND (:article = '' OR article_id = :article2) ORDER BY id DESC")
                  .arg(QLatin1String(s_jobColumns)));
    q.bindValue(QStringLiteral(":active"), activeOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":article"), nn(articleId));
    q.bindValue(QStringLiteral(":article2"), nn(articleId));
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    QList<OutboxJob> jobs;
    while (q.next())
        jobs.append(jobFromRow(q));
    return jobs;
}

Result<QList<OutboxJob>> Outbox::due()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    // ISO text with milliseconds in UTC compares as time does.
    q.prepare(QStringLiteral("SELECT %1 FROM outbox_jobs WHERE state IN ('queued','running','waiting')"
                             " AND (not_before = '' OR not_before <= :now) ORDER BY id")
                  .arg(QLatin1String(s_jobColumns)));
    q.bindValue(QStringLiteral(":now"), toDbTime(m_clock->nowUtc()));
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    QList<OutboxJob> jobs;
    while (q.next())
        jobs.append(jobFromRow(q));
    return jobs;
}

Result<QDateTime> Outbox::nextWakeUp()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral(
        "SELECT MIN(not_before) FROM outbox_jobs WHERE state = 'waiting' AND not_before <> ''"));
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    if (q.next())
        return fromDbTime(q.value(0));
    return QDateTime();
}

Result<OutboxJob> Outbox::checkedJob(qint64 id, bool forRetry)
{
    auto found = job(id);
    if (!found)
        return found.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto facts = Permissions::facts(*conn, found->articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(*conn, m_actor, actionOf(found->action), &*facts); !r)
        return r.error();
    if (forRetry && (found->state == u"done" || found->isActive()))
        return Error{
            Error::Code::Conflict,
            tr("Job %1 is %2: only a failed or cancelled job can be retried.").arg(id).arg(found->state),
            {}};
    if (!forRetry && !found->isActive())
        return Error{Error::Code::Conflict,
                     tr("Job %1 is %2 already: there is nothing to cancel.").arg(id).arg(found->state),
                     {}};
    return found;
}

Result<OutboxJob> Outbox::retry(qint64 id)
{
    auto found = checkedJob(id, true);
    if (!found)
        return found.error();
    if (auto r = setState(id, QStringLiteral("queued"), found->lastError, {}, {}, false, ClaimRule::Release);
        !r) {
        if (r.error().detail.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive) ||
            r.error().detail.contains(QStringLiteral("unique"), Qt::CaseInsensitive))
            return Error{Error::Code::Conflict,
                         tr("Another job for this article at %1 is not finished yet.").arg(found->endpoint),
                         r.error().detail};
        return r.error();
    }
    return job(id);
}

Result<OutboxJob> Outbox::cancel(qint64 id)
{
    auto found = checkedJob(id, false);
    if (!found)
        return found.error();
    // The claim goes with it: a runner working on it (on any desk) finds
    // out at its next renewal or step and stops.
    if (auto r = setState(id, QStringLiteral("cancelled"), tr("Cancelled by %1.").arg(m_actor.displayName),
                          {}, {}, false, ClaimRule::Release);
        !r)
        return r.error();
    return job(id);
}

Result<void> Outbox::setState(qint64 id, const QString &state, const QString &error,
                              const QDateTime &notBefore, const QString &remoteUrl, bool countAttempt,
                              ClaimRule claim)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const bool guard = !m_runner.isEmpty() && (claim == ClaimRule::Guard || claim == ClaimRule::GuardRelease);
    const bool release = claim == ClaimRule::Release || claim == ClaimRule::GuardRelease;
    QSqlQuery q(*conn);
    q.prepare(
        QStringLiteral("UPDATE outbox_jobs SET state = :state, last_error = :error, not_before = :not_before,"
                       " remote_url = CASE WHEN :url = '' THEN remote_url ELSE :url2 END,"
                       " attempts = attempts + :count, updated = :now,"
                       " claimed_by = CASE WHEN :release = 1 THEN '' ELSE claimed_by END,"
                       " claimed_until = CASE WHEN :release2 = 1 THEN '' ELSE claimed_until END"
                       " WHERE id = :id AND (:guard = 0 OR (claimed_by = :runner AND state IN "
                       "('queued','running','waiting')))"));
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":error"), nn(error));
    q.bindValue(QStringLiteral(":not_before"), toDbTime(notBefore));
    q.bindValue(QStringLiteral(":url"), nn(remoteUrl));
    q.bindValue(QStringLiteral(":url2"), nn(remoteUrl));
    q.bindValue(QStringLiteral(":count"), countAttempt ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), toDbTime(m_clock->nowUtc()));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":release"), release ? 1 : 0);
    q.bindValue(QStringLiteral(":release2"), release ? 1 : 0);
    q.bindValue(QStringLiteral(":guard"), guard ? 1 : 0);
    q.bindValue(QStringLiteral(":runner"), nn(m_runner));
    if (auto r = execChecked(q, tr("The publishing outbox could not be updated.")); !r)
        return r;
    if (guard && q.numRowsAffected() < 1)
        return Error{
            Error::Code::Conflict,
            tr("Job %1 is no longer run from here: it was cancelled, finished or taken over.").arg(id),
            QStringLiteral("claim lost")};
    return {};
}

Result<void> Outbox::markRunning(qint64 id, const QString &note)
{
    return setState(id, QStringLiteral("running"), note, {}, {}, true, ClaimRule::Guard);
}

Result<void> Outbox::markWaiting(qint64 id, const QDateTime &until, const QString &error)
{
    return setState(id, QStringLiteral("waiting"), error, until, {}, false, ClaimRule::Guard);
}

Result<void> Outbox::markFailed(qint64 id, const QString &error)
{
    return setState(id, QStringLiteral("failed"), error, {}, {}, false, ClaimRule::GuardRelease);
}

Result<void> Outbox::markDone(qint64 id, const QString &remoteUrl)
{
    // Recorded whoever holds the claim: the endpoint has confirmed.
    return setState(id, QStringLiteral("done"), {}, {}, remoteUrl, false, ClaimRule::Release);
}

QString Outbox::newRunnerId(const QString &desk)
{
    return QStringLiteral("%1:%2/%3")
        .arg(desk)
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QString Outbox::deskOf(const QString &runner)
{
    const qsizetype slash = runner.lastIndexOf(u'/');
    const qsizetype colon = runner.lastIndexOf(u':', slash);
    return slash < 0 || colon < 0 ? runner : runner.left(colon);
}

void Outbox::runnerStarted(const QString &runner)
{
    QMutexLocker lock(&s_runnersMutex);
    s_liveRunners.insert(runner);
}

void Outbox::runnerEnded(const QString &runner)
{
    QMutexLocker lock(&s_runnersMutex);
    s_liveRunners.remove(runner);
}

Result<OutboxClaim> Outbox::claim(qint64 id, const QString &runner, qint64 leaseMs)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    // Read first only to tell a takeover (and from whom); the UPDATE's row
    // count alone decides who runs the job.
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT state, claimed_by, claimed_until FROM outbox_jobs WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(read, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    if (!read.next())
        return Error{Error::Code::NotFound, tr("There is no publishing job %1.").arg(id), {}};
    OutboxClaim result;
    result.state = read.value(0).toString();
    const QString holder = read.value(1).toString();
    const QDateTime holderUntil = fromDbTime(read.value(2));
    read.finish();
    const QDateTime now = m_clock->nowUtc();
    const bool gone = !holder.isEmpty() && holder != runner && holderIsGone(holder, runner);

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox_jobs SET claimed_by = :me, claimed_until = :until"
        " WHERE id = :id AND state IN ('queued','running','waiting')"
        " AND (claimed_by = '' OR claimed_by = :me2 OR claimed_until < :now OR claimed_by = :gone)"));
    q.bindValue(QStringLiteral(":me"), runner);
    q.bindValue(QStringLiteral(":until"), toDbTime(now.addMSecs(leaseMs)));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":me2"), runner);
    q.bindValue(QStringLiteral(":now"), toDbTime(now));
    q.bindValue(QStringLiteral(":gone"), gone ? holder : QStringLiteral(""));
    if (auto r = execChecked(q, tr("The publishing job could not be claimed.")); !r)
        return r.error();
    result.taken = q.numRowsAffected() == 1;
    if (!result.taken) {
        result.holder = holder;
        result.until = holderUntil;
        return result;
    }
    result.holder = runner;
    result.until = now.addMSecs(leaseMs);
    if (!holder.isEmpty() && holder != runner) {
        result.takenOverFrom = holder;
        const QDateTime lastSign = holderUntil.isValid() ? holderUntil.addMSecs(-leaseMs) : QDateTime();
        result.note =
            gone && holderUntil >= now
                ? tr("Taken over from %1: its program (process %2) has ended.")
                      .arg(deskOf(holder))
                      .arg(processOf(holder))
                : tr("Taken over from %1 (no sign of life since %2).")
                      .arg(deskOf(holder), lastSign.toLocalTime().toString(QStringLiteral("HH:mm")));
        QSqlQuery step(db);
        step.prepare(QStringLiteral(
            "INSERT INTO outbox_steps (job_id, step, result, at) VALUES (:id, 'takeover', :result, :at)"
            " ON CONFLICT (job_id, step) DO UPDATE SET result = excluded.result, at = excluded.at"));
        step.bindValue(QStringLiteral(":id"), id);
        step.bindValue(QStringLiteral(":result"),
                       toDb(QJsonObject{{QStringLiteral("from"), holder},
                                        {QStringLiteral("claimed_until"), iso(holderUntil)},
                                        {QStringLiteral("by"), runner},
                                        {QStringLiteral("note"), result.note}}));
        step.bindValue(QStringLiteral(":at"), toDbTime(now));
        if (auto r = execChecked(step, tr("A completed publishing step could not be recorded.")); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<bool> Outbox::renewClaim(qint64 id, const QString &runner, qint64 leaseMs)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("UPDATE outbox_jobs SET claimed_until = :until WHERE id = :id"
                             " AND claimed_by = :me AND state IN ('queued','running','waiting')"));
    q.bindValue(QStringLiteral(":until"), toDbTime(m_clock->nowUtc().addMSecs(leaseMs)));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":me"), runner);
    if (auto r = execChecked(q, tr("The claim on a publishing job could not be renewed.")); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<void> Outbox::releaseClaim(qint64 id, const QString &runner)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("UPDATE outbox_jobs SET claimed_by = '', claimed_until = ''"
                             " WHERE id = :id AND claimed_by = :me"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":me"), runner);
    return execChecked(q, tr("The claim on a publishing job could not be released."));
}

Result<QJsonObject> Outbox::steps(qint64 id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT step, result FROM outbox_steps WHERE job_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    QJsonObject steps;
    while (q.next())
        steps.insert(q.value(0).toString(), fromDb(q.value(1)));
    return steps;
}

Result<void> Outbox::recordStep(qint64 id, const QString &step, const QJsonObject &result)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_steps (job_id, step, result, at) VALUES (:id, :step, :result, :at)"
        " ON CONFLICT (job_id, step) DO UPDATE SET result = excluded.result, at = excluded.at"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":step"), step);
    q.bindValue(QStringLiteral(":result"), toDb(result));
    q.bindValue(QStringLiteral(":at"), toDbTime(m_clock->nowUtc()));
    return execChecked(q, tr("A completed publishing step could not be recorded."));
}

namespace {
const char *s_remoteColumns = "article_id, endpoint, remote_id, remote_url, slug, media, state, published_at";

RemotePost remoteFromRow(const QSqlQuery &q)
{
    RemotePost p;
    p.articleId = q.value(0).toString();
    p.endpoint = q.value(1).toString();
    p.remoteId = q.value(2).toString();
    p.remoteUrl = q.value(3).toString();
    p.slug = q.value(4).toString();
    p.media = fromDb(q.value(5));
    p.state = q.value(6).toString();
    p.publishedAt = fromDbTime(q.value(7));
    return p;
}
} // namespace

Result<std::optional<RemotePost>> Outbox::remote(const QString &articleId, const QString &endpoint)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(
        QStringLiteral("SELECT %1 FROM remote_posts WHERE article_id = :article AND endpoint = :endpoint")
            .arg(QLatin1String(s_remoteColumns)));
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":endpoint"), endpoint);
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    if (!q.next())
        return std::optional<RemotePost>();
    return std::optional<RemotePost>(remoteFromRow(q));
}

Result<QList<RemotePost>> Outbox::remotes(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(
        QStringLiteral("SELECT %1 FROM remote_posts WHERE article_id = :article ORDER BY published_at DESC")
            .arg(QLatin1String(s_remoteColumns)));
    q.bindValue(QStringLiteral(":article"), articleId);
    if (auto r = execChecked(q, tr("The publishing outbox could not be read.")); !r)
        return r.error();
    QList<RemotePost> posts;
    while (q.next())
        posts.append(remoteFromRow(q));
    return posts;
}

Result<void> Outbox::saveRemote(const RemotePost &post)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral(
        "INSERT INTO remote_posts (article_id, endpoint, remote_id, remote_url, slug, media, state, "
        "published_at)"
        " VALUES (:article, :endpoint, :remote_id, :remote_url, :slug, :media, :state, :published_at)"
        " ON CONFLICT (article_id, endpoint) DO UPDATE SET remote_id = excluded.remote_id,"
        " remote_url = excluded.remote_url, slug = excluded.slug, media = excluded.media, state = "
        "excluded.state,"
        " published_at = excluded.published_at"));
    q.bindValue(QStringLiteral(":article"), post.articleId);
    q.bindValue(QStringLiteral(":endpoint"), post.endpoint);
    q.bindValue(QStringLiteral(":remote_id"), nn(post.remoteId));
    q.bindValue(QStringLiteral(":remote_url"), nn(post.remoteUrl));
    q.bindValue(QStringLiteral(":slug"), nn(post.slug));
    q.bindValue(QStringLiteral(":media"), toDb(post.media));
    q.bindValue(QStringLiteral(":state"), post.state);
    q.bindValue(QStringLiteral(":published_at"), toDbTime(post.publishedAt));
    return execChecked(q, tr("Where the article was published could not be recorded."));
}

} // namespace Qalam
