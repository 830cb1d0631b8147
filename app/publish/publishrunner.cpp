#include "app/publish/publishrunner.h"

#include "app/core/logging.h"
#include "app/core/secretstore.h"
#include "app/publish/outbox.h"
#include "app/publish/publication.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {

// What one HTTP exchange came to.
struct Outcome
{
    enum Kind { Ok, Retry, Fatal };
    Kind kind = Fatal;
    int status = 0;
    QJsonValue json;
    QString message; // for Retry and Fatal: what went wrong, in the CMS's own words where it gave any
    qint64 retryAfterMs = -1;
    QUrl location;
};

// Seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(at));
}

// The CMS's own words: WordPress {"code","message"}, ninjs {"error"}.
QString cmsMessage(const QJsonValue &json, const QByteArray &body)
{
    const QJsonObject o = json.toObject();
    QString text = o.value(QStringLiteral("message")).toString();
    const QString code = o.value(QStringLiteral("code")).toString();
    if (text.isEmpty())
        text = o.value(QStringLiteral("error")).toString();
    if (!text.isEmpty())
        return code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, code);
    return QString::fromUtf8(body.left(200)).simplified();
}

Outcome classify(QNetworkReply *reply, const QDateTime &now)
{
    Outcome o;
    o.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool isJson = contentType.contains(QStringLiteral("json"), Qt::CaseInsensitive);
    QJsonParseError parseError{};
    if (isJson && !body.isEmpty())
        o.json = QJsonDocument::fromJson(body, &parseError).isObject()
                     ? QJsonValue(QJsonDocument::fromJson(body).object())
                     : QJsonValue(QJsonDocument::fromJson(body).array());
    o.location = reply->header(QNetworkRequest::LocationHeader).toUrl();

    if (o.status == 0) {
        // No answer at all: refused, reset, timed out, or the answer was lost
        // after the server acted on the request.
        o.kind = Outcome::Retry;
        o.message = reply->error() == QNetworkReply::OperationCanceledError
                        ? PublishRunner::tr("no answer within the time limit")
                        : reply->errorString();
        return o;
    }
    if (o.status == 408 || o.status == 429 || o.status >= 500) {
        o.kind = Outcome::Retry;
        o.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), now);
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString words = cmsMessage(o.json, isJson ? body : QByteArray());
        o.message =
            QStringLiteral("%1 %2%3").arg(o.status).arg(reason, words.isEmpty() ? QString() : u": " + words);
        return o;
    }
    if (o.status >= 400) {
        o.kind = Outcome::Fatal;
        if (!isJson)
            o.message =
                PublishRunner::tr("the server answered %1 with a %2 page instead of the API: check the "
                                  "address (for a local WordPress use 127.0.0.1, not localhost)")
                    .arg(o.status)
                    .arg(contentType.isEmpty() ? QStringLiteral("non-JSON")
                                               : contentType.section(u';', 0, 0));
        else
            o.message = QStringLiteral("%1: %2").arg(o.status).arg(cmsMessage(o.json, body));
        return o;
    }
    if (!isJson || parseError.error != QJsonParseError::NoError || o.json.isUndefined() || o.json.isNull()) {
        // A success that cannot be read: the server may have acted on it.
        o.kind = Outcome::Retry;
        o.message = PublishRunner::tr("the server answered %1 but not with readable JSON (%2)")
                        .arg(o.status)
                        .arg(isJson ? parseError.errorString() : contentType);
        return o;
    }
    o.kind = Outcome::Ok;
    return o;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A request to an endpoint: its timeout, its authentication and its extra
// CA; the same for publishing and for Test connection.
QNetworkRequest endpointRequest(const EndpointProfile &profile, const QString &secret, const QUrl &url)
{
    QNetworkRequest r(url);
    r.setTransferTimeout(profile.timeoutSeconds * 1000);
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QStringLiteral("Qalam/%1").arg(QStringLiteral(QALAM_VERSION)));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (profile.auth == u"app-password")
        r.setRawHeader("Authorization", "Basic " + (profile.login + u':' + secret).toUtf8().toBase64());
    else if (profile.auth == u"bearer")
        r.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    else if (profile.auth == u"header")
        r.setRawHeader(profile.headerName.toLatin1(), secret.toUtf8());
    if (!profile.caCertificateFile.isEmpty()) {
        // Verification stays on; the in-house CA is trusted in addition.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(profile.caCertificateFile);
        r.setSslConfiguration(tls);
    }
    return r;
}

// A request body read once, front to back (see JobRun::sendBody).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(std::unique_ptr<QIODevice> inner) : m_inner(std::move(inner))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_inner->bytesAvailable() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_inner->atEnd() && QIODevice::bytesAvailable() == 0; }
    // Refused quietly: this is what keeps Qt from sending it a second time.
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_inner->read(data, maxSize);
        return n == 0 && m_inner->atEnd() ? -1 : n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_inner;
};

// The rendition of one photo, ready to send.
struct PreparedPhoto
{
    qint64 photoId = 0;
    QString path;
    QString sha256;
    qint64 size = 0;
    QString uploadName; // unique: "<slug>-p<id>-<sha8>.jpg"
};

struct Prepared
{
    std::optional<Error> error;
    Publication publication;
    QList<PreparedPhoto> photos;
    std::optional<QString> secret;
    QString folderResult; // folder endpoints: the package written (or removed)
};

} // namespace

// One job being run: a small state machine over asynchronous requests.
class JobRun : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PublishRunner)

public:
    JobRun(PublishRunner *runner, OutboxJob job, QString takeoverNote)
        : QObject(runner), m_runner(runner), m_job(std::move(job)),
          m_outbox(runner->m_database, runner->m_actor, runner->m_clock),
          m_takeoverNote(std::move(takeoverNote))
    {
        m_outbox.setRunner(runner->m_runnerId);
    }

    void start();
    void cancel();

private:
    using Done = std::function<void(const Outcome &)>;

    // Plumbing.
    QNetworkRequest request(const QUrl &url) const;
    QUrl wpUrl(const QString &route, const QList<QPair<QString, QString>> &query = {}) const;
    QNetworkReply *track(QNetworkReply *reply, const QString &file = {}, qint64 fileSize = 0);
    void await(QNetworkReply *reply, Done done);
    void sendBody(const QByteArray &verb, QNetworkRequest request, std::unique_ptr<QIODevice> body,
                  qint64 size, const QString &file, Done done);
    void sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body, Done done);
    void get(const QUrl &url, Done done);
    void sendFile(const QByteArray &verb, const QUrl &url, const PreparedPhoto &photo,
                  const QList<QPair<QByteArray, QByteArray>> &headers, Done done);
    // Runs attempt(n, done) until it succeeds, fails for good or runs out of
    // tries; `what` names the step in messages.
    void withRetry(const QString &what, std::function<void(int attempt, Done done)> attempt, Done onOk);
    void finish(const QString &state, const QString &text);
    void fail(const QString &message) { finish(QStringLiteral("failed"), message); }
    bool recordStep(const QString &step, const QJsonObject &result);
    // Renews the claim; false (and the run stopped) when it is lost.
    bool holdClaim();
    // The job was cancelled, finished or taken over by another runner: stop
    // without writing to it.
    void lostClaim();
    // A bookkeeping write failed: the claim is gone (Conflict), or the database.
    void bookkeepingFailed(const Error &error);

    // The job.
    void prepared(Prepared prepared);
    void publishFolder();
    void wpPublish();
    void wpMediaNext();
    void wpMedia(const PreparedPhoto &photo);
    void wpMediaMeta(const PreparedPhoto &photo, const QJsonObject &media);
    void wpPost();
    void wpUnpublish();
    void ninjsPublish();
    void ninjsMediaNext();
    void ninjsDocument();
    void ninjsUnpublish();
    void confirmPublished(const QString &remoteId, const QString &remoteUrl);
    void confirmUnpublished();

    QString photoStep(qint64 photoId) const { return QStringLiteral("media:%1").arg(photoId); }
    QJsonObject wpPostBody() const;

    PublishRunner *m_runner;
    OutboxJob m_job;
    Outbox m_outbox;
    QString m_takeoverNote;
    QTimer *m_renewal = nullptr;
    bool m_lost = false; // the claim is gone: the job is not ours to write any more
    EndpointProfile m_profile;
    std::optional<QString> m_secret;
    Publication m_publication;
    QList<PreparedPhoto> m_photos;
    QJsonObject m_steps;                // completed steps (read at start, added to as they complete)
    std::optional<RemotePost> m_remote; // where an earlier publication put the article
    bool m_resumed = false;             // an earlier run of this job may have sent requests
    QList<PreparedPhoto> m_pending;     // media still to send
    int m_inFlight = 0;
    bool m_failed = false;
    bool m_finished = false;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<QTimer *> m_timers;
    qint64 m_total = 0;
    qint64 m_sentDone = 0;
    QHash<QNetworkReply *, qint64> m_sentNow;
};

// ---------------------------------------------------------------- plumbing

QNetworkRequest JobRun::request(const QUrl &url) const
{
    return endpointRequest(m_profile, m_secret.value_or(QString()), url);
}

QUrl JobRun::wpUrl(const QString &route, const QList<QPair<QString, QString>> &query) const
{
    // ?rest_route= works with and without pretty permalinks.
    QUrl url(m_profile.url.endsWith(u'/') ? m_profile.url : m_profile.url + u'/');
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("rest_route"), route);
    for (const auto &[k, v] : query)
        q.addQueryItem(k, v);
    url.setQuery(q);
    return url;
}

QNetworkReply *JobRun::track(QNetworkReply *reply, const QString &file, qint64 fileSize)
{
    m_replies.append(reply);
    if (!file.isEmpty()) {
        QObject::connect(
            reply, &QNetworkReply::uploadProgress, this, [this, reply, file, fileSize](qint64 sent, qint64) {
                m_sentNow.insert(reply, sent);
                qint64 all = m_sentDone;
                for (qint64 v : std::as_const(m_sentNow))
                    all += v;
                emit m_runner->progress(m_job.id, std::min(all, m_total), m_total, file, sent, fileSize);
            });
    }
    return reply;
}

void JobRun::await(QNetworkReply *reply, Done done)
{
    QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)]() {
        reply->deleteLater();
        m_replies.removeAll(reply);
        m_sentNow.remove(reply);
        if (m_finished)
            return;
        done(classify(reply, m_runner->m_clock->nowUtc()));
    });
}

void JobRun::sendBody(const QByteArray &verb, QNetworkRequest r, std::unique_ptr<QIODevice> body, qint64 size,
                      const QString &file, Done done)
{
    // Qt resends a request on its own when a connection drops before the
    // answer, which would create a post or a media item twice when only the
    // answer was lost. A body that cannot be rewound stops that: the failure
    // comes back here, and the retry looks up what exists first. Not
    // buffered either: a photo is read from disk as it is sent.
    r.setHeader(QNetworkRequest::ContentLengthHeader, size);
    r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(std::move(body));
    QNetworkReply *reply = m_runner->m_network->sendCustomRequest(r, verb, device);
    device->setParent(reply);
    track(reply, file, size);
    await(reply, std::move(done));
}

void JobRun::sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body, Done done)
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(compact(body));
    buffer->open(QIODevice::ReadOnly);
    const qint64 size = buffer->size();
    sendBody(verb, r, std::move(buffer), size, {}, std::move(done));
}

void JobRun::get(const QUrl &url, Done done)
{
    await(track(m_runner->m_network->get(request(url))), std::move(done));
}

void JobRun::sendFile(const QByteArray &verb, const QUrl &url, const PreparedPhoto &photo,
                      const QList<QPair<QByteArray, QByteArray>> &headers, Done done)
{
    auto file = std::make_unique<QFile>(photo.path);
    if (!file->open(QIODevice::ReadOnly)) {
        Outcome o;
        o.message = tr("the prepared photo %1 could not be read").arg(QDir::toNativeSeparators(photo.path));
        done(o);
        return;
    }
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/jpeg"));
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    const qint64 size = file->size();
    sendBody(verb, r, std::move(file), size, photo.uploadName, std::move(done));
}

void JobRun::withRetry(const QString &what, std::function<void(int, Done)> attempt, Done onOk)
{
    struct State
    {
        int attempt = 0;
    };
    auto state = std::make_shared<State>();
    auto tryOnce = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakTry = tryOnce;
    *tryOnce = [this, what, attempt, onOk, state, weakTry]() {
        ++state->attempt;
        auto self = weakTry.lock();
        attempt(state->attempt, [this, what, onOk, state, self](const Outcome &o) {
            if (m_finished)
                return;
            if (o.kind == Outcome::Ok) {
                onOk(o);
                return;
            }
            const RetryPolicy &policy = m_runner->m_policy;
            if (o.kind == Outcome::Fatal || state->attempt >= policy.maxAttempts) {
                fail(o.kind == Outcome::Fatal ? tr("%1: %2").arg(what, o.message)
                                              : tr("%1 failed %2 times; the last answer: %3")
                                                    .arg(what)
                                                    .arg(state->attempt)
                                                    .arg(o.message));
                return;
            }
            // Exponential backoff with jitter; the server's Retry-After wins.
            qint64 delay = qint64(policy.baseDelayMs) << std::min(state->attempt - 1, 16);
            delay = std::min<qint64>(delay, policy.maxDelayMs);
            delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
            if (o.retryAfterMs >= 0)
                delay = std::min<qint64>(o.retryAfterMs, 24 * 3600 * 1000);
            const QString why = tr("%1: %2").arg(what, o.message);
            const QDateTime until = m_runner->m_clock->nowUtc().addMSecs(delay);
            if (auto r = m_outbox.markWaiting(m_job.id, until, why); !r)
                return bookkeepingFailed(r.error());
            const qint64 longest = m_runner->m_longestInlineWaitMs;
            if (longest >= 0 && delay > longest) {
                finish(QStringLiteral("waiting"),
                       tr("%1; it is retried at %2.")
                           .arg(why, until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
                return;
            }
            emit m_runner->status(m_job.id,
                                  tr("Waiting %1 s to retry. %2").arg((delay + 999) / 1000).arg(why));
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            m_timers.append(timer);
            QObject::connect(timer, &QTimer::timeout, this, [this, timer, self]() {
                m_timers.removeAll(timer);
                timer->deleteLater();
                if (auto r = m_outbox.markRunning(m_job.id); !r)
                    return bookkeepingFailed(r.error());
                (*self)();
            });
            timer->start(int(delay));
        });
    };
    (*tryOnce)();
    // The chain keeps itself alive through the callbacks it hands out.
    Q_UNUSED(tryOnce)
}

bool JobRun::recordStep(const QString &step, const QJsonObject &result)
{
    m_steps.insert(step, result);
    // Recorded even when the claim is gone: it is what the endpoint has now,
    // and whoever runs the job next needs to know it.
    if (auto r = m_outbox.recordStep(m_job.id, step, result); !r) {
        fail(r.error().message);
        return false;
    }
    // Before the next step: is the job still ours?
    return holdClaim();
}

bool JobRun::holdClaim()
{
    if (m_finished)
        return false;
    auto held = m_outbox.renewClaim(m_job.id, m_runner->m_runnerId, m_runner->m_leaseMs);
    if (!held) {
        // Cannot tell (the server is away, say): the lease covers a while,
        // and the next renewal asks again.
        qCWarning(lcStorage) << "outbox: job" << m_job.id << "claim not renewed:" << held.error().message;
        return true;
    }
    if (!*held) {
        lostClaim();
        return false;
    }
    return true;
}

void JobRun::bookkeepingFailed(const Error &error)
{
    if (error.code == Error::Code::Conflict)
        return lostClaim();
    fail(error.message);
}

void JobRun::lostClaim()
{
    if (m_finished)
        return;
    m_lost = true;
    auto job = m_outbox.job(m_job.id);
    if (!job)
        return finish(QStringLiteral("elsewhere"), job.error().message);
    if (job->state == u"cancelled")
        return finish(QStringLiteral("cancelled"), job->lastError);
    if (!job->isActive())
        return finish(job->state, job->state == u"done" ? job->remoteUrl : job->lastError);
    finish(QStringLiteral("elsewhere"),
           job->claimedBy.isEmpty()
               ? tr("Job %1 is no longer claimed by this desk; it was stopped here.").arg(m_job.id)
               : tr("Job %1 was taken over by %2; it was stopped here.")
                     .arg(m_job.id)
                     .arg(Outbox::deskOf(job->claimedBy)));
}

void JobRun::finish(const QString &state, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies))
        if (reply)
            reply->abort();
    for (QTimer *t : std::as_const(m_timers))
        t->stop();
    if (m_renewal)
        m_renewal->stop();
    if (m_lost) {
        // Someone else decides about the job now.
    } else if (state == u"failed") {
        (void)m_outbox.markFailed(m_job.id, text);
        PublishLogEntry entry;
        entry.articleId = m_job.articleId;
        entry.endpoint = m_job.endpoint;
        entry.action = m_job.action;
        entry.result = text.simplified();
        (void)PublishLog(m_runner->m_database, m_runner->m_actor, m_runner->m_clock).record(entry);
    } else if (state == u"cancelled") {
        (void)m_outbox.cancel(m_job.id);
    }
    if (!m_lost)
        (void)m_outbox.releaseClaim(m_job.id, m_runner->m_runnerId);
    m_runner->runFinished(m_job.id, state, text);
}

void JobRun::cancel()
{
    finish(QStringLiteral("cancelled"), tr("Cancelled."));
}

// ---------------------------------------------------------------- start

void JobRun::start()
{
    auto steps = m_outbox.steps(m_job.id);
    if (!steps)
        return fail(steps.error().message);
    m_steps = *steps;
    m_resumed = m_job.attempts > 0 || !m_steps.isEmpty();
    auto profile =
        EndpointStore(m_runner->m_database, m_runner->m_actor, m_runner->m_clock).byName(m_job.endpoint);
    if (!profile)
        return fail(profile.error().message);
    m_profile = *profile;
    auto remote = m_outbox.remote(m_job.articleId, m_profile.name);
    if (!remote)
        return fail(remote.error().message);
    m_remote = *remote;
    if (auto r = m_outbox.markRunning(m_job.id, m_takeoverNote); !r)
        return bookkeepingFailed(r.error());
    // Renewed on a timer, not only between steps: one step (a big upload on
    // a slow line) may take longer than any lease worth waiting for after a
    // crash. The event loop keeps running during uploads.
    m_renewal = new QTimer(this);
    m_renewal->setInterval(int(std::clamp<qint64>(m_runner->m_renewEveryMs, 10, 3600 * 1000)));
    QObject::connect(m_renewal, &QTimer::timeout, this, [this]() { (void)holdClaim(); });
    m_renewal->start();
    emit m_runner->started(m_job.id);
    if (!m_takeoverNote.isEmpty())
        emit m_runner->status(m_job.id, m_takeoverNote);
    emit m_runner->status(m_job.id, tr("Preparing the article and its photos…"));

    // Building the publication, the renditions and reading the secret block:
    // a worker thread does them.
    const auto database = m_runner->m_database;
    const Actor actor = m_runner->m_actor;
    const OutboxJob job = m_job;
    const EndpointProfile profile2 = m_profile;
    const std::optional<RemotePost> remote2 = m_remote;
    const SecretLookup secrets =
        m_runner->m_secrets ? m_runner->m_secrets : PublishRunner::defaultSecretLookup();
    const QString folder = QDir(m_runner->workFolder()).filePath(QStringLiteral("job-%1").arg(m_job.id));
    auto *watcher = new QFutureWatcher<Prepared>(this);
    QObject::connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        if (!m_finished)
            prepared(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([=]() -> Prepared {
        Prepared p;
        if (EndpointProfile::needsSecret(profile2.auth) && profile2.isHttp()) {
            auto secret = secrets(profile2.name);
            if (!secret) {
                p.error = secret.error();
                return p;
            }
            if (!secret->has_value()) {
                p.error =
                    Error{Error::Code::NotFound,
                          tr("No secret is stored for endpoint %1: add it again with its password or token.")
                              .arg(profile2.name),
                          {}};
                return p;
            }
            p.secret = *secret;
        }
        auto built = PublicationBuilder::build(database, actor, job.articleId);
        if (!built) {
            p.error = built.error();
            return p;
        }
        p.publication = *built;
        if (remote2 && !remote2->slug.isEmpty())
            PublicationBuilder::useSlug(p.publication, remote2->slug);
        if (job.action == u"unpublish") {
            if (profile2.type == EndpointProfile::folderType()) {
                const QString package = QDir(profile2.url).filePath(p.publication.slug);
                if (QFileInfo::exists(package)) {
                    if (auto r = FolderPublisher::unpublish(p.publication, profile2.url); !r)
                        p.error = r.error();
                }
                p.folderResult = package;
            }
            return p;
        }
        if (profile2.type == EndpointProfile::folderType()) {
            auto package = FolderPublisher::publish(database, p.publication, profile2.url);
            if (!package)
                p.error = package.error();
            else
                p.folderResult = *package;
            return p;
        }
        if (!QDir().mkpath(folder)) {
            p.error = Error{Error::Code::Io, tr("The folder %1 could not be created.").arg(folder), {}};
            return p;
        }
        // The newsroom's rendition, or with `renditions` off the original as
        // it is (JPEGs only); a reader's photo always leaves as a stripped
        // rendition.
        Publication needsRendition = p.publication;
        needsRendition.photos.clear();
        for (const PublishedPhoto &photo : std::as_const(p.publication.photos))
            if (profile2.renditions || photo.stripPrivate || photo.photo.creditType == CreditType::Ugc ||
                photo.photo.mimeType != u"image/jpeg")
                needsRendition.photos.append(photo);
        if (auto r = PublicationBuilder::writeRenditions(database, needsRendition, folder); !r) {
            p.error = r.error();
            return p;
        }
        const PhotoStore photoStore(database);
        // Unique per article and photo (the id part of a long slug would be
        // cut off), so a lookup after a lost answer can only find this
        // article's upload.
        QString stem = p.publication.slug.left(32);
        while (stem.endsWith(u'-'))
            stem.chop(1);
        stem += u'-' + p.publication.article.id.left(8);
        for (const PublishedPhoto &photo : std::as_const(p.publication.photos)) {
            PreparedPhoto prepared;
            prepared.photoId = photo.photo.id;
            const bool rendered =
                std::any_of(needsRendition.photos.cbegin(), needsRendition.photos.cend(),
                            [&](const PublishedPhoto &r) { return r.photo.id == photo.photo.id; });
            if (rendered) {
                prepared.path = QDir(folder).filePath(photo.fileName);
                prepared.sha256 = sha256Of(prepared.path);
            } else {
                prepared.path = photoStore.originalPath(photo.photo.sha256);
                prepared.sha256 = photo.photo.sha256; // the store names originals by it
            }
            prepared.size = QFileInfo(prepared.path).size();
            prepared.uploadName =
                QStringLiteral("%1-p%2-%3.jpg").arg(stem).arg(photo.photo.id).arg(prepared.sha256.left(8));
            p.photos.append(prepared);
        }
        return p;
    }));
}

void JobRun::prepared(Prepared prepared)
{
    if (prepared.error)
        return fail(prepared.error->message);
    m_secret = prepared.secret;
    m_publication = std::move(prepared.publication);
    m_photos = std::move(prepared.photos);
    const ArticleStatus status = m_publication.article.status;

    if (m_job.action == u"publish") {
        // A run cut short after the endpoint confirmed and the article was
        // marked published only has the bookkeeping left.
        if (m_steps.contains(QStringLiteral("confirmed")))
            return finish(QStringLiteral("done"), m_steps.value(QStringLiteral("confirmed"))
                                                      .toObject()
                                                      .value(QStringLiteral("url"))
                                                      .toString());
        if (status != ArticleStatus::Approved)
            return fail(
                tr("The article is %1 now: only an approved article can be published. Nothing more was sent.")
                    .arg(statusDisplayName(status).toLower()));
        if (m_profile.type == EndpointProfile::folderType())
            return confirmPublished(prepared.folderResult, prepared.folderResult);
        for (const PreparedPhoto &p : std::as_const(m_photos))
            m_total += p.size;
        if (m_profile.type == u"wordpress")
            return wpPublish();
        return ninjsPublish();
    }
    if (m_steps.contains(QStringLiteral("confirmed")))
        return finish(QStringLiteral("done"), QString());
    if (status != ArticleStatus::Published && status != ArticleStatus::Updated)
        return fail(tr("The article is %1 now: only a published article can be unpublished.")
                        .arg(statusDisplayName(status).toLower()));
    if (m_profile.type == EndpointProfile::folderType())
        return confirmUnpublished();
    if (m_profile.type == u"wordpress")
        return wpUnpublish();
    return ninjsUnpublish();
}

// ---------------------------------------------------------------- WordPress

void JobRun::wpPublish()
{
    m_pending.clear();
    for (const PreparedPhoto &p : std::as_const(m_photos)) {
        const QJsonObject done = m_steps.value(photoStep(p.photoId)).toObject();
        if (done.value(QStringLiteral("sha256")).toString() == p.sha256) {
            m_sentDone += p.size;
            continue; // uploaded by an earlier run of this job
        }
        m_pending.append(p);
    }
    if (m_pending.isEmpty())
        return wpPost();
    emit m_runner->status(m_job.id, tr("Uploading %n photo(s)…", nullptr, int(m_pending.size())));
    wpMediaNext();
}

void JobRun::wpMediaNext()
{
    if (m_finished)
        return;
    while (m_inFlight < std::max(1, m_profile.concurrency) && !m_pending.isEmpty()) {
        ++m_inFlight;
        wpMedia(m_pending.takeFirst());
    }
    if (m_inFlight == 0 && m_pending.isEmpty())
        wpPost();
}

void JobRun::wpMedia(const PreparedPhoto &photo)
{
    const QString what = tr("Uploading photo %1").arg(photo.uploadName);
    const QString mediaSlug = QFileInfo(photo.uploadName).completeBaseName().toLower();
    // The media uploaded with an earlier publication, when the file is the same.
    const QJsonObject earlier =
        m_remote ? m_remote->media.value(QString::number(photo.photoId)).toObject() : QJsonObject();
    const bool reuse = earlier.value(QStringLiteral("sha256")).toString() == photo.sha256 &&
                       earlier.value(QStringLiteral("id")).toInteger() > 0;

    auto upload = [this, photo, mediaSlug, reuse, earlier](int attempt, Done done) {
        auto post = [this, photo, mediaSlug, done]() {
            // The slug is named, or WordPress would take it from the IPTC
            // caption and the lookup by slug would miss the upload.
            sendFile("POST",
                     wpUrl(QStringLiteral("/wp/v2/media"),
                           {{QStringLiteral("slug"), mediaSlug}, {QStringLiteral("title"), mediaSlug}}),
                     photo,
                     {{"Content-Disposition",
                       QByteArray("attachment; filename=\"") + photo.uploadName.toUtf8() + '"'}},
                     done);
        };
        auto bySlug = [this, mediaSlug, post, done]() {
            get(wpUrl(QStringLiteral("/wp/v2/media"), {{QStringLiteral("slug"), mediaSlug},
                                                       {QStringLiteral("context"), QStringLiteral("edit")}}),
                [post, done](const Outcome &o) {
                    if (o.kind == Outcome::Ok && o.json.isArray() && !o.json.toArray().isEmpty()) {
                        Outcome found = o;
                        found.json = o.json.toArray().first();
                        return done(found);
                    }
                    if (o.kind != Outcome::Ok)
                        return done(o);
                    post();
                });
        };
        if (reuse) {
            // The recorded id, if WordPress still has it.
            get(wpUrl(QStringLiteral("/wp/v2/media/%1").arg(earlier.value(QStringLiteral("id")).toInteger()),
                      {{QStringLiteral("context"), QStringLiteral("edit")}}),
                [bySlug, done](const Outcome &o) {
                    if (o.kind == Outcome::Ok && o.json.isObject())
                        return done(o);
                    if (o.kind == Outcome::Fatal && o.status == 404)
                        return bySlug();
                    done(o);
                });
            return;
        }
        // After an ambiguous failure (or in a resumed job) the upload may
        // have arrived: look for it before sending it again.
        if (attempt > 1 || m_resumed)
            return bySlug();
        post();
    };
    withRetry(what, upload, [this, photo](const Outcome &o) {
        const QJsonObject media = o.json.toObject();
        if (media.value(QStringLiteral("id")).toInteger() <= 0)
            return fail(tr("WordPress accepted photo %1 but gave no media id.").arg(photo.uploadName));
        m_sentDone += photo.size;
        wpMediaMeta(photo, media);
    });
}

void JobRun::wpMediaMeta(const PreparedPhoto &photo, const QJsonObject &media)
{
    const qint64 id = media.value(QStringLiteral("id")).toInteger();
    const QString url = media.value(QStringLiteral("source_url")).toString();
    const PublishedPhoto *published = nullptr;
    for (const PublishedPhoto &p : std::as_const(m_publication.photos))
        if (p.photo.id == photo.photoId)
            published = &p;
    Q_ASSERT(published);
    // WordPress has no credit field: the credit goes into the caption shown
    // under the image (and is in the JPEG's IPTC already).
    const QString caption = published->photo.caption.isEmpty()
                                ? published->creditLine
                                : published->photo.caption + u' ' + published->creditLine;
    const QJsonObject meta{{QStringLiteral("caption"), caption.toHtmlEscaped()},
                           {QStringLiteral("alt_text"), published->photo.alt},
                           {QStringLiteral("description"), published->creditLine.toHtmlEscaped()},
                           {QStringLiteral("title"), published->photo.caption.left(120)}};
    const QUrl target = wpUrl(QStringLiteral("/wp/v2/media/%1").arg(id));
    withRetry(
        tr("Captioning photo %1").arg(photo.uploadName),
        [this, target, meta](int, Done done) { sendJson("POST", target, meta, done); },
        [this, photo, id, url](const Outcome &) {
            if (!recordStep(photoStep(photo.photoId), QJsonObject{{QStringLiteral("id"), id},
                                                                  {QStringLiteral("url"), url},
                                                                  {QStringLiteral("sha256"), photo.sha256}}))
                return;
            --m_inFlight;
            wpMediaNext();
        });
}

QJsonObject JobRun::wpPostBody() const
{
    const Article &a = m_publication.article;
    auto mediaOf = [this](qint64 photoId) { return m_steps.value(photoStep(photoId)).toObject(); };
    QJsonObject body{
        {QStringLiteral("title"), a.headline},
        {QStringLiteral("content"),
         PublicationBuilder::bodyHtml(
             m_publication, [&](qint64 id) { return mediaOf(id).value(QStringLiteral("url")).toString(); })},
        {QStringLiteral("excerpt"), a.lead},
        {QStringLiteral("slug"), m_publication.slug},
        {QStringLiteral("status"), QStringLiteral("publish")}};
    for (const PublishedPhoto &p : m_publication.photos)
        if (p.lead)
            body.insert(QStringLiteral("featured_media"),
                        mediaOf(p.photo.id).value(QStringLiteral("id")).toInteger());
    if (!body.contains(QStringLiteral("featured_media")) && !m_publication.photos.isEmpty())
        body.insert(QStringLiteral("featured_media"),
                    mediaOf(m_publication.photos.first().photo.id).value(QStringLiteral("id")).toInteger());
    // Region, rubric and tags mapped to categories ("12") or tags ("tag:7").
    QJsonArray categories, tags;
    QStringList keys{a.region, a.rubric};
    keys += a.tags;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = m_profile.categoryMap.value(key);
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (text.startsWith(QStringLiteral("tag:")) && text.mid(4).toLongLong() > 0)
            tags.append(text.mid(4).toLongLong());
        else if (text.toLongLong() > 0 && !categories.contains(text.toLongLong()))
            categories.append(text.toLongLong());
    }
    if (!categories.isEmpty())
        body.insert(QStringLiteral("categories"), categories);
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tags);
    // The first author with a WordPress user; the byline text is in the content anyway.
    for (const Author &author : a.authors) {
        const QJsonValue v = m_profile.authorMap.value(QString::number(author.id));
        if (v.isDouble() && v.toInteger() > 0) {
            body.insert(QStringLiteral("author"), v.toInteger());
            break;
        }
    }
    return body;
}

void JobRun::wpPost()
{
    if (m_finished)
        return;
    emit m_runner->status(m_job.id, tr("Sending the post…"));
    const QJsonObject body = wpPostBody();
    const QString knownId = m_steps.value(QStringLiteral("post"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString(m_remote ? m_remote->remoteId : QString());
    auto attempt = [this, body, knownId](int tryNumber, Done done) {
        auto create = [this, body, done]() {
            sendJson("POST", wpUrl(QStringLiteral("/wp/v2/posts")), body, done);
        };
        auto update = [this, body, done, create](const QString &id) {
            sendJson("POST", wpUrl(QStringLiteral("/wp/v2/posts/%1").arg(id)), body,
                     [done, create](const Outcome &o) {
                         if (o.kind == Outcome::Fatal && o.status == 404)
                             return create(); // deleted at the CMS: a new post
                         done(o);
                     });
        };
        if (!knownId.isEmpty())
            return update(knownId);
        if (tryNumber == 1 && !m_resumed)
            return create();
        // The post may exist from an attempt whose answer was lost.
        get(wpUrl(QStringLiteral("/wp/v2/posts"), {{QStringLiteral("slug"), m_publication.slug},
                                                   {QStringLiteral("status"), QStringLiteral("any")},
                                                   {QStringLiteral("context"), QStringLiteral("edit")}}),
            [done, create, update](const Outcome &o) {
                if (o.kind != Outcome::Ok)
                    return done(o);
                const QJsonArray found = o.json.toArray();
                if (found.isEmpty())
                    return create();
                update(QString::number(found.first().toObject().value(QStringLiteral("id")).toInteger()));
            });
    };
    withRetry(tr("Sending the post"), attempt, [this, body](const Outcome &o) {
        const QJsonObject post = o.json.toObject();
        const QString id = QString::number(post.value(QStringLiteral("id")).toInteger());
        const QString link = post.value(QStringLiteral("link")).toString();
        if (id == u"0" || link.isEmpty())
            return fail(tr("WordPress answered without the post's id or address."));
        // WordPress drops what it does not like without a word: compare.
        const qint64 featured = body.value(QStringLiteral("featured_media")).toInteger();
        if (featured > 0 && post.value(QStringLiteral("featured_media")).toInteger() != featured)
            return fail(tr("WordPress did not keep the featured image (media %1); the post is %2.")
                            .arg(featured)
                            .arg(link));
        if (post.value(QStringLiteral("status")).toString() != u"publish")
            return fail(tr("WordPress keeps the post as \"%1\", not published; see %2.")
                            .arg(post.value(QStringLiteral("status")).toString(), link));
        const QString slug = post.value(QStringLiteral("slug")).toString();
        if (!slug.isEmpty() && slug != m_publication.slug)
            m_publication.slug = slug; // another post had the address: keep the one WordPress gave
        if (!recordStep(QStringLiteral("post"),
                        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("url"), link}}))
            return;
        confirmPublished(id, link);
    });
}

void JobRun::wpUnpublish()
{
    if (!m_remote || m_remote->remoteId.isEmpty())
        return fail(tr("Qalam has no record of this article at %1: there is nothing to unpublish there.")
                        .arg(m_profile.name));
    const QString id = m_remote->remoteId;
    const bool trash = m_profile.trashOnUnpublish;
    withRetry(
        tr("Unpublishing the post"),
        [this, id, trash](int, Done done) {
            const QUrl url = wpUrl(QStringLiteral("/wp/v2/posts/%1").arg(id));
            auto treatGoneAsDone = [done](const Outcome &o) {
                if (o.kind == Outcome::Fatal && (o.status == 404 || o.status == 410)) {
                    Outcome gone = o;
                    gone.kind = Outcome::Ok;
                    return done(gone);
                }
                done(o);
            };
            if (trash)
                await(track(m_runner->m_network->deleteResource(request(url))), treatGoneAsDone);
            else
                sendJson("POST", url, QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}},
                         treatGoneAsDone);
        },
        [this](const Outcome &) { confirmUnpublished(); });
}

// ---------------------------------------------------------------- ninjs

void JobRun::ninjsPublish()
{
    m_pending.clear();
    for (const PreparedPhoto &p : std::as_const(m_photos)) {
        const QJsonObject done = m_steps.value(photoStep(p.photoId)).toObject();
        const QJsonObject earlier =
            m_remote ? m_remote->media.value(QString::number(p.photoId)).toObject() : QJsonObject();
        if (done.value(QStringLiteral("sha256")).toString() == p.sha256) {
            m_sentDone += p.size;
            continue;
        }
        if (earlier.value(QStringLiteral("sha256")).toString() == p.sha256) {
            m_sentDone += p.size;
            m_steps.insert(photoStep(p.photoId), earlier); // unchanged since the last publication
            continue;
        }
        m_pending.append(p);
    }
    if (!m_pending.isEmpty())
        emit m_runner->status(m_job.id, tr("Uploading %n photo(s)…", nullptr, int(m_pending.size())));
    ninjsMediaNext();
}

void JobRun::ninjsMediaNext()
{
    if (m_finished)
        return;
    while (m_inFlight < std::max(1, m_profile.concurrency) && !m_pending.isEmpty()) {
        ++m_inFlight;
        const PreparedPhoto photo = m_pending.takeFirst();
        QUrl target(m_profile.url + QStringLiteral("/media/") + photo.uploadName);
        // A PUT to the file's own name is idempotent: a retry cannot duplicate it.
        withRetry(
            tr("Uploading photo %1").arg(photo.uploadName),
            [this, target, photo](int, Done done) { sendFile("PUT", target, photo, {}, done); },
            [this, photo, target](const Outcome &o) {
                m_sentDone += photo.size;
                QString href = o.json.toObject().value(QStringLiteral("href")).toString();
                if (href.isEmpty())
                    href = target.toString();
                if (!recordStep(
                        photoStep(photo.photoId),
                        QJsonObject{{QStringLiteral("url"), href}, {QStringLiteral("sha256"), photo.sha256}}))
                    return;
                --m_inFlight;
                ninjsMediaNext();
            });
    }
    if (m_inFlight == 0 && m_pending.isEmpty())
        ninjsDocument();
}

void JobRun::ninjsDocument()
{
    emit m_runner->status(m_job.id, tr("Sending the story…"));
    const QJsonObject doc = Ninjs::document(
        m_publication,
        [this](qint64 id) {
            return m_steps.value(photoStep(id)).toObject().value(QStringLiteral("url")).toString();
        },
        QString(), m_profile.ninjsVersion);
    const QString uri = doc.value(QStringLiteral("uri")).toString();
    QUrl byUri(m_profile.url);
    byUri.setQuery(QUrlQuery{{QStringLiteral("uri"), uri}});
    const bool known = m_remote && !m_remote->remoteId.isEmpty();
    auto attempt = [this, doc, byUri, known](int tryNumber, Done done) {
        auto put = [this, doc, byUri, done]() { sendJson("PUT", byUri, doc, done); };
        auto create = [this, doc, put, done]() {
            sendJson("POST", QUrl(m_profile.url), doc, [put, done](const Outcome &o) {
                if (o.kind == Outcome::Fatal && o.status == 409)
                    return put(); // it is there already: replace it
                done(o);
            });
        };
        if (known)
            return sendJson("PUT", byUri, doc, [create, done](const Outcome &o) {
                if (o.kind == Outcome::Fatal && o.status == 404)
                    return create();
                done(o);
            });
        if (tryNumber == 1 && !m_resumed)
            return create();
        get(byUri, [put, create, done](const Outcome &o) {
            if (o.kind == Outcome::Ok)
                return put();
            if (o.kind == Outcome::Fatal && o.status == 404)
                return create();
            done(o);
        });
    };
    withRetry(tr("Sending the story"), attempt, [this, uri, byUri](const Outcome &o) {
        QString url = o.json.toObject().value(QStringLiteral("url")).toString();
        if (url.isEmpty() && o.location.isValid())
            url = QUrl(m_profile.url).resolved(o.location).toString();
        if (url.isEmpty())
            url = byUri.toString();
        if (!recordStep(QStringLiteral("post"),
                        QJsonObject{{QStringLiteral("id"), uri}, {QStringLiteral("url"), url}}))
            return;
        confirmPublished(uri, url);
    });
}

void JobRun::ninjsUnpublish()
{
    const QJsonObject doc = Ninjs::document(
        m_publication,
        [this](qint64 id) {
            return m_remote ? m_remote->media.value(QString::number(id))
                                  .toObject()
                                  .value(QStringLiteral("url"))
                                  .toString()
                            : QString();
        },
        QString(), m_profile.ninjsVersion, QStringLiteral("withheld"));
    QUrl byUri(m_profile.url);
    byUri.setQuery(QUrlQuery{{QStringLiteral("uri"), doc.value(QStringLiteral("uri")).toString()}});
    withRetry(
        tr("Withholding the story"),
        [this, doc, byUri](int, Done done) { sendJson("PUT", byUri, doc, done); },
        [this](const Outcome &) { confirmUnpublished(); });
}

// ---------------------------------------------------------------- the end

void JobRun::confirmPublished(const QString &remoteId, const QString &remoteUrl)
{
    RemotePost post;
    post.articleId = m_job.articleId;
    post.endpoint = m_profile.name;
    post.remoteId = remoteId;
    post.remoteUrl = remoteUrl;
    post.slug = m_publication.slug;
    for (const PreparedPhoto &p : std::as_const(m_photos))
        post.media.insert(QString::number(p.photoId), m_steps.value(photoStep(p.photoId)));
    post.publishedAt = m_runner->m_clock->nowUtc();
    if (auto r = m_outbox.saveRemote(post); !r)
        return fail(r.error().message);
    auto published = Workflow(m_runner->m_database, m_runner->m_actor, m_runner->m_clock)
                         .publish(m_job.articleId, QJsonObject{{QStringLiteral("endpoint"), m_profile.name},
                                                               {QStringLiteral("remote_url"), remoteUrl}});
    if (!published)
        return fail(tr("The endpoint has the story at %1, but Qalam could not mark it published: %2")
                        .arg(remoteUrl, published.error().message));
    (void)recordStep(QStringLiteral("confirmed"), QJsonObject{{QStringLiteral("url"), remoteUrl}});
    PublishLogEntry entry;
    entry.articleId = m_job.articleId;
    entry.endpoint = m_profile.name;
    entry.action = m_job.action;
    entry.remoteUrl = remoteUrl;
    entry.result = QStringLiteral("ok");
    (void)PublishLog(m_runner->m_database, m_runner->m_actor, m_runner->m_clock).record(entry);
    (void)m_outbox.markDone(m_job.id, remoteUrl);
    emit m_runner->progress(m_job.id, m_total, m_total, QString(), 0, 0);
    finish(QStringLiteral("done"), remoteUrl);
}

void JobRun::confirmUnpublished()
{
    if (m_remote) {
        RemotePost post = *m_remote;
        post.state = QStringLiteral("unpublished");
        if (auto r = m_outbox.saveRemote(post); !r)
            return fail(r.error().message);
    }
    auto done = Workflow(m_runner->m_database, m_runner->m_actor, m_runner->m_clock)
                    .unpublish(m_job.articleId, m_job.comment);
    if (!done)
        return fail(done.error().message);
    (void)recordStep(QStringLiteral("confirmed"), {});
    const QString where = m_remote ? m_remote->remoteUrl : QString();
    PublishLogEntry entry;
    entry.articleId = m_job.articleId;
    entry.endpoint = m_profile.name;
    entry.action = m_job.action;
    entry.remoteUrl = where;
    entry.result = QStringLiteral("ok");
    (void)PublishLog(m_runner->m_database, m_runner->m_actor, m_runner->m_clock).record(entry);
    (void)m_outbox.markDone(m_job.id, where);
    finish(QStringLiteral("done"), where);
}

// ---------------------------------------------------------------- runner

PublishRunner::PublishRunner(std::shared_ptr<Database> database, Actor actor, QNetworkAccessManager *network,
                             QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_network(network)
{
    setDesk({});
}

PublishRunner::~PublishRunner()
{
    // The claims stay, as after a crash (see the class comment).
    Outbox::runnerEnded(m_runnerId);
}

void PublishRunner::setDesk(const QString &desk)
{
    if (!m_runnerId.isEmpty())
        Outbox::runnerEnded(m_runnerId);
    m_runnerId = Outbox::newRunnerId(
        desk.isEmpty() ? QStringLiteral("%1@%2").arg(m_actor.login, QSysInfo::machineHostName()) : desk);
    Outbox::runnerStarted(m_runnerId);
}

void PublishRunner::setLease(qint64 leaseMs, qint64 renewEveryMs)
{
    m_leaseMs = leaseMs;
    m_renewEveryMs = renewEveryMs;
}

QString PublishRunner::workFolder() const
{
    if (!m_workFolder.isEmpty())
        return m_workFolder;
    const QFileInfo db(m_database->path());
    if (db.isAbsolute() && QFileInfo(db.absolutePath()).isWritable())
        return db.absoluteDir().filePath(QStringLiteral("publishing"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("qalam-publishing"));
}

SecretLookup PublishRunner::defaultSecretLookup()
{
    return [](const QString &endpoint) {
        SecretStore store;
        return store.read(endpoint);
    };
}

void PublishRunner::run(qint64 jobId)
{
    if (m_runs.contains(jobId))
        return;
    auto job = Outbox(m_database, m_actor, m_clock).job(jobId);
    if (!job) {
        emit finished(jobId, QStringLiteral("failed"), job.error().message);
        return;
    }
    if (!job->isActive()) {
        emit finished(jobId, job->state, job->state == u"done" ? job->remoteUrl : job->lastError);
        return;
    }
    Outbox outbox(m_database, m_actor, m_clock);
    auto claim = outbox.claim(jobId, m_runnerId, m_leaseMs);
    if (!claim) {
        emit finished(jobId, QStringLiteral("failed"), claim.error().message);
        return;
    }
    if (!claim->taken) {
        const bool active =
            claim->state == u"queued" || claim->state == u"running" || claim->state == u"waiting";
        if (!active) {
            // Finished meanwhile (on another desk).
            auto now = outbox.job(jobId);
            emit finished(jobId, claim->state,
                          now ? (claim->state == u"done" ? now->remoteUrl : now->lastError) : QString());
            return;
        }
        emit finished(
            jobId, QStringLiteral("elsewhere"),
            tr("Job %1 is running on another desk, %2; it is left to it (its claim holds until %3).")
                .arg(jobId)
                .arg(Outbox::deskOf(claim->holder),
                     claim->until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    auto *run = new JobRun(this, *job, claim->note);
    m_runs.insert(jobId, run);
    run->start();
}

void PublishRunner::runDue()
{
    auto due = Outbox(m_database, m_actor, m_clock).due();
    if (!due) {
        qCWarning(lcStorage) << "outbox:" << due.error().message;
        return;
    }
    for (const OutboxJob &job : *due)
        if (job.createdBy == m_actor.login && !m_runs.contains(job.id) && !m_dueQueue.contains(job.id))
            m_dueQueue.append(job.id);
    startNextDue();
}

void PublishRunner::startNextDue()
{
    while (m_runs.isEmpty() && !m_dueQueue.isEmpty())
        run(m_dueQueue.takeFirst());
    if (m_runs.isEmpty() && m_dueQueue.isEmpty())
        emit idle();
}

void PublishRunner::cancel(qint64 jobId)
{
    if (JobRun *run = m_runs.value(jobId)) {
        run->cancel();
        return;
    }
    (void)Outbox(m_database, m_actor, m_clock).cancel(jobId);
}

void PublishRunner::runFinished(qint64 jobId, const QString &state, const QString &text)
{
    if (JobRun *run = m_runs.take(jobId))
        run->deleteLater();
    if (state == u"done") {
        // The renditions were only needed for sending.
        QDir(QDir(workFolder()).filePath(QStringLiteral("job-%1").arg(jobId))).removeRecursively();
    }
    emit finished(jobId, state, text);
    startNextDue();
}

// ---------------------------------------------------------------- test connection

EndpointTester::EndpointTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

void EndpointTester::test(const EndpointProfile &profile, const QString &secret)
{
    if (profile.type == EndpointProfile::folderType()) {
        QDir dir(profile.url);
        QString probe = profile.url;
        while (!QFileInfo::exists(probe) && QDir(probe).cdUp())
            probe = QFileInfo(probe).absolutePath();
        const QFileInfo info(probe);
        if (info.isDir() && info.isWritable())
            emit done(true, QFileInfo::exists(profile.url)
                                ? tr("%1 exists and is writable.").arg(QDir::toNativeSeparators(profile.url))
                                : tr("%1 does not exist yet; it will be created on the first publication.")
                                      .arg(QDir::toNativeSeparators(profile.url)));
        else
            emit done(false, tr("Qalam cannot write into %1: check the folder's owner and permissions.")
                                 .arg(QDir::toNativeSeparators(probe)));
        return;
    }
    QUrl url;
    if (profile.type == u"wordpress") {
        url = QUrl(profile.url.endsWith(u'/') ? profile.url : profile.url + u'/');
        url.setQuery(QUrlQuery{{QStringLiteral("rest_route"), QStringLiteral("/wp/v2/users/me")},
                               {QStringLiteral("context"), QStringLiteral("edit")}});
    } else {
        url = QUrl(profile.url);
        url.setQuery(QUrlQuery{{QStringLiteral("uri"), QStringLiteral("urn:qalam:connection-test")}});
    }
    const QNetworkRequest r = endpointRequest(profile, secret, url);
    QNetworkReply *reply = m_network->get(r);
    const bool wordpress = profile.type == u"wordpress";
    connect(reply, &QNetworkReply::finished, this, [this, reply, wordpress, profile]() {
        reply->deleteLater();
        const Outcome o = classify(reply, QDateTime::currentDateTimeUtc());
        if (!wordpress) {
            if (o.kind == Outcome::Ok || (o.kind == Outcome::Fatal && o.status == 404 && o.json.isObject()))
                return emit done(
                    true,
                    tr("The ninjs endpoint at %1 answers and accepts the credentials.").arg(profile.url));
            return emit done(false, tr("The ninjs endpoint at %1 refused: %2").arg(profile.url, o.message));
        }
        if (o.kind == Outcome::Fatal && o.status == 401)
            return emit done(false,
                             tr("WordPress did not accept the login %1 with this application password (it "
                                "treats a wrong one as no login at all): %2")
                                 .arg(profile.login, o.message));
        if (o.kind != Outcome::Ok)
            return emit done(false,
                             tr("WordPress at %1 could not be reached: %2").arg(profile.url, o.message));
        const QJsonObject me = o.json.toObject();
        const QJsonObject caps = me.value(QStringLiteral("capabilities")).toObject();
        QStringList missing;
        for (const char *cap : {"upload_files", "publish_posts", "edit_posts"})
            if (!caps.value(QLatin1String(cap)).toBool())
                missing << QLatin1String(cap);
        const QString who = tr("%1 (id %2)")
                                .arg(me.value(QStringLiteral("name")).toString())
                                .arg(me.value(QStringLiteral("id")).toInteger());
        if (!missing.isEmpty())
            return emit done(false,
                             tr("Signed in to WordPress as %1, but the account may not: %2. Give it the "
                                "Editor or Author role.")
                                 .arg(who, missing.join(QStringLiteral(", "))));
        emit done(true, tr("Signed in to WordPress as %1: may upload files and publish posts.").arg(who));
    });
}

} // namespace Qalam
