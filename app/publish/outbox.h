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

    // Bookkeeping for the runner (no permission check: the job was checked
    // when it was queued, and the final state change is the Workflow's).
    Result<void> markRunning(qint64 id);
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
    Result<void> setState(qint64 id, const QString &state, const QString &error, const QDateTime &notBefore,
                          const QString &remoteUrl, bool countAttempt);
    Result<OutboxJob> checkedJob(qint64 id, bool forRetry);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

} // namespace Qalam
