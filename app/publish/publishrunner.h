#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/people/user.h"
#include "app/publish/endpoint.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Qalam {

class Database;
class JobRun;

// How often and how patiently a step is retried after a connection error, a
// timeout, a 5xx, a 408 or a 429: exponential backoff with jitter, capped,
// a 429's or 503's Retry-After honoured (up to maxDelayMs).
struct RetryPolicy
{
    int maxAttempts = 6; // per step, the first try included
    int baseDelayMs = 1000;
    int maxDelayMs = 120000;
};

// Where the secret of an endpoint comes from. Blocking; called on a worker
// thread. Default: SecretStore.
using SecretLookup = std::function<Result<std::optional<QString>>(const QString &endpoint)>;

// Runs jobs of the publishing Outbox: builds the publication and its photo
// renditions on a worker thread, then talks to the endpoint asynchronously
// (WordPress REST, ninjs over HTTP) or writes the folder package. Each
// completed step is stored at once, so a job cut short by a crash, a kill or
// a reboot resumes without repeating an upload; before re-creating anything
// after an ambiguous failure it looks the post or media up (by slug, uri or
// the recorded id) so that nothing is created twice. The article becomes
// `published` only after the endpoint confirmed. Lives on the thread that
// owns the QNetworkAccessManager (the GUI thread is fine: nothing here
// blocks it).
//
// Desks sharing one database (and `qalam-cli outbox run` from cron) never
// run a job twice at once: the runner claims a job before it starts it
// (Outbox::claim), renews the claim on a timer and after every step, and
// releases it when the job ends. A job claimed by another live runner is
// left alone and reported as finished with the state "elsewhere". A runner
// that loses its claim (the job was cancelled on another desk, or taken over
// after its lease ran out) stops at its next renewal or step. Destroying a
// runner mid-job is a crash as far as the claim goes: it stays until its
// lease runs out, or until a later process of the same desk sees the
// holder's process has ended.

class PublishRunner : public QObject
{
    Q_OBJECT

public:
    PublishRunner(std::shared_ptr<Database> database, Actor actor, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~PublishRunner() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setSecretLookup(SecretLookup lookup) { m_secrets = std::move(lookup); }
    void setClock(const Clock *clock) { m_clock = clock; }
    // Where renditions are prepared, one sub-folder per job (default: a
    // "publishing" folder next to the database, or the temp folder).
    void setWorkFolder(const QString &folder) { m_workFolder = folder; }
    // How this runner names its desk in claims (default: login@host), and a
    // new runner id for it.
    void setDesk(const QString &desk);
    // How long a claim holds without renewal, and how often a running job
    // renews it (default 120 s and 30 s). The renewal runs on a timer, so the
    // lease needs to outlast a stall of the event loop, not the longest
    // upload.
    void setLease(qint64 leaseMs, qint64 renewEveryMs);
    QString runnerId() const { return m_runnerId; }
    qint64 leaseMs() const { return m_leaseMs; }
    // Retries that must wait longer than this end the run instead: the job
    // stays in the outbox as "waiting" with its time (qalam-cli without
    // --wait). Default: wait in-process however long.
    void setLongestInlineWait(qint64 milliseconds) { m_longestInlineWaitMs = milliseconds; }
    QString workFolder() const;

    // Starts the job unless it runs already, after claiming it. Its time must
    // have come (see Outbox::due); the result arrives through finished().
    void run(qint64 jobId);
    // Runs every due job of the outbox, one after another; `idle()` when none
    // is left running.
    void runDue();
    // Stops a running job (aborts its transfers) and marks it cancelled.
    void cancel(qint64 jobId);
    bool isRunning(qint64 jobId) const { return m_runs.contains(jobId); }
    bool isBusy() const { return !m_runs.isEmpty(); }

    // The secret lookup used by default: SecretStore.
    static SecretLookup defaultSecretLookup();

signals:
    void started(qint64 jobId);
    // Bytes of the whole job and of the file now being sent.
    void progress(qint64 jobId, qint64 sent, qint64 total, const QString &file, qint64 fileSent,
                  qint64 fileTotal);
    // A human-readable line: "Uploading photo 2 of 5", "Waiting 4 s to retry: 502 Bad Gateway".
    void status(qint64 jobId, const QString &message);
    // state "done" (text: the post's address), "failed" or "cancelled" (text:
    // the reason), "waiting" (left in the outbox for a later retry or its
    // scheduled time; text: why), or "elsewhere" (another runner holds the
    // job: it was not started here, or this runner lost it; text: which desk).
    void finished(qint64 jobId, const QString &state, const QString &text);
    void idle();

private:
    friend class JobRun;
    void runFinished(qint64 jobId, const QString &state, const QString &text);
    void startNextDue();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QNetworkAccessManager *m_network;
    const Clock *m_clock = &Clock::system();
    RetryPolicy m_policy;
    SecretLookup m_secrets;
    QString m_workFolder;
    qint64 m_longestInlineWaitMs = -1;
    QString m_runnerId;
    qint64 m_leaseMs = 120000;
    qint64 m_renewEveryMs = 30000;
    QHash<qint64, JobRun *> m_runs;
    QList<qint64> m_dueQueue;
};

// "Test connection" for an endpoint profile: reachability, authentication
// and the permissions publishing needs, with the CMS's own error text.
// WordPress: GET users/me?context=edit and its capabilities (a wrong
// application password is silently anonymous there); ninjs: a lookup that
// must not be refused; folder: writable. Asynchronous; the answer arrives
// through `done`.
class EndpointTester : public QObject
{
    Q_OBJECT

public:
    EndpointTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    // `secret` may be empty for auth "none".
    void test(const EndpointProfile &profile, const QString &secret);

signals:
    // ok with a summary ("Signed in to WordPress as Qalam (id 1): may upload files and publish posts."),
    // or the problem.
    void done(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_network;
};

} // namespace Qalam
