#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/people/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Qalam {

class Database;

// One press of Publish or Unpublish for one article at one endpoint. It stays
// in the outbox until it is done, fails for good or is cancelled, so a crash,
// a kill or a reboot resumes it (see PublishRunner).
struct OutboxJob
{
    qint64 id = 0;
    QString articleId;
    QString endpoint; // profile name
    QString action;   // "publish", "unpublish"
    QString state; // "queued", "running", "waiting" (for a retry or its time), "failed", "done", "cancelled"
    QString createdBy;
    QDateTime created;   // UTC
    QDateTime updated;   // UTC
    QDateTime notBefore; // a scheduled publication or the next retry; invalid: at once
    int attempts = 0;    // runs and retries so far
    QString lastError;   // the CMS's own error text, or the network's
    QString comment;     // the reason of an unpublishing
    QString remoteUrl;   // once done
    // The runner that runs it (see Outbox::claim) and until when its lease
    // holds; empty and invalid when nobody runs it.
    QString claimedBy;
    QDateTime claimedUntil; // UTC

    // Claimed by a runner whose lease has not run out at `now`.
    bool isClaimedAt(const QDateTime &now) const;

    // Queued, running or waiting: someone still has to finish it.
    bool isActive() const;
    QJsonObject toJson() const;
};

// Where an article lives at an endpoint: the post (or package, or ninjs
// item) and the media uploaded with it, so an update changes the same post
// and re-uploads only the photos that changed.
struct RemotePost
{
    QString articleId;
    QString endpoint;
    QString remoteId; // WordPress post id, ninjs uri, package folder
    QString remoteUrl;
    QString slug;
    // photo id (as text) → {"id": remote media id, "url": …, "sha256": of the rendition}
    QJsonObject media;
    QString state = QStringLiteral("published"); // or "unpublished"
    QDateTime publishedAt;                       // UTC
};

// What Outbox::claim came to.
struct OutboxClaim
{
    bool taken = false; // this runner holds the job now
    QString state;      // the job's state as the claim found it
    QString holder;     // who holds it: this runner when taken, else the other one ("" when nobody)
    QDateTime until;    // the holder's lease (UTC)
    // A takeover from a runner that stopped renewing its claim, or whose
    // process on this desk has ended: who it was, and the sentence recorded
    // in the job ("Taken over from omarov@astana-1 (no sign of life since 14:05).").
    QString takenOverFrom;
    QString note;
};

// The persistent publishing outbox. Queuing, retrying and cancelling need
// the permission the job's action needs (Action::Publish or ::Unpublish:
// chief editors); the rest is bookkeeping for PublishRunner. Any thread.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Outbox)

public:
    explicit Outbox(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                    const Clock *clock = &Clock::system());

    // Queues a job after checking the actor's permission, the endpoint and the
    // article's state (approved to publish; published or updated to
    // unpublish, with a reason). A scheduled approval waits for its time. An
    // unfinished job for the same article and endpoint is returned instead of
    // a second one.
    Result<OutboxJob> enqueue(const QString &articleId, const QString &endpoint, const QString &action,
                              const QString &comment = {});
    Result<OutboxJob> job(qint64 id);
    // Newest first; only unfinished ones when activeOnly; one article's when given.
    Result<QList<OutboxJob>> list(bool activeOnly = false, const QString &articleId = {});
    // Unfinished jobs whose time has come (a job left "running" by a crash
    // counts), oldest first.
    Result<QList<OutboxJob>> due();
    // The earliest time an unfinished job waits for (invalid: none waits).
    Result<QDateTime> nextWakeUp();

    // A failed or cancelled job is queued again; the steps it completed are kept.
    Result<OutboxJob> retry(qint64 id);
    // Stops a job: it stays in the outbox as cancelled and can be retried.
    Result<OutboxJob> cancel(qint64 id);

    // One runner at a time runs a job, also across desks sharing a server:
    // it claims the job for a lease (one conditional UPDATE whose row count
    // decides), renews the claim while it works and releases it when the job
    // ends. A claim may be taken when it is free, already this runner's, its
    // lease has run out (the holder stopped renewing: crashed, asleep, cut
    // off), or its holder was a process of this same desk that has ended; a
    // takeover is recorded in the job's steps ("takeover") and returned as
    // a note. `runner` is a runner id (newRunnerId).
    Result<OutboxClaim> claim(qint64 id, const QString &runner, qint64 leaseMs);
    // Extends this runner's lease; false when it holds the job no longer
    // (cancelled, finished or taken over meanwhile).
    Result<bool> renewClaim(qint64 id, const QString &runner, qint64 leaseMs);
    Result<void> releaseClaim(qint64 id, const QString &runner);
    // With a runner set, markRunning, markWaiting and markFailed change the
    // job only while that runner holds its claim and the job is unfinished;
    // otherwise they change nothing and answer Error::Code::Conflict.
    void setRunner(const QString &runner) { m_runner = runner; }

    // A runner's identity: "<desk>:<process id>/<random token>". The desk
    // (login@host) names it to people; the process id lets a later process
    // of the same desk see that it has ended; the token keeps two runners of
    // one process (or a reused process id) apart.
    static QString newRunnerId(const QString &desk);
    // "omarov@astana-1" of a runner id.
    static QString deskOf(const QString &runner);
    // Runners of this process announce themselves while they exist, so that
    // a claim left by a runner destroyed here is known to be dead.
    static void runnerStarted(const QString &runner);
    static void runnerEnded(const QString &runner);

    // Bookkeeping for the runner (no permission check: the job was checked
    // when it was queued, and the final state change is the Workflow's).
    // `note` becomes the job's last message (a takeover), else it is cleared.
    Result<void> markRunning(qint64 id, const QString &note = {});
    Result<void> markWaiting(qint64 id, const QDateTime &until, const QString &error);
    Result<void> markFailed(qint64 id, const QString &error);
    Result<void> markDone(qint64 id, const QString &remoteUrl);
    // The results of the steps a job has completed: step name → result.
    Result<QJsonObject> steps(qint64 id);
    Result<void> recordStep(qint64 id, const QString &step, const QJsonObject &result);

    Result<std::optional<RemotePost>> remote(const QString &articleId, const QString &endpoint);
    // Every endpoint the article was published to, newest publication first.
    Result<QList<RemotePost>> remotes(const QString &articleId);
    Result<void> saveRemote(const RemotePost &post);

private:
    enum class ClaimRule { Keep, Release, Guard, GuardRelease };
    Result<void> setState(qint64 id, const QString &state, const QString &error, const QDateTime &notBefore,
                          const QString &remoteUrl, bool countAttempt, ClaimRule claim = ClaimRule::Keep);
    Result<OutboxJob> checkedJob(qint64 id, bool forRetry);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
    QString m_runner;
};

} // namespace Qalam
