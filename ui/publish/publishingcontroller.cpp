#include "ui/publish/publishingcontroller.h"

#include "app/publish/endpoint.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "ui/people/peoplecommon.h"
#include "ui/publish/endpointsdialog.h"
#include "ui/publish/publishingdock.h"
#include "ui/publish/publishtargetdialog.h"
#include "ui/review/editrights.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>

namespace Qalam {

namespace {

struct Targets
{
    Result<QList<EndpointProfile>> endpoints = QList<EndpointProfile>();
    QStringList publishedAt; // endpoints the article is published at, newest first
};

struct Finished
{
    std::optional<OutboxJob> job;
    std::optional<Article> article;
};

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// Watches the window for a change of the interface language.
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject *watched, std::function<void()> changed)
        : QObject(watched), m_changed(std::move(changed))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_changed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

} // namespace

PublishingController::PublishingController(std::shared_ptr<Database> database, Actor actor,
                                           QNetworkAccessManager *network, QMainWindow *window)
    : QObject(window), m_database(std::move(database)), m_actor(std::move(actor)), m_window(window),
      m_network(network), m_runner(new PublishRunner(m_database, m_actor, network, this)),
      m_dock(new PublishingDock(m_database, m_actor, m_runner, window)),
      m_endpointsAction(new QAction(window)), m_publishAction(new QAction(window)),
      m_unpublishAction(new QAction(window)), m_detailsRow(new QWidget(window)),
      m_detailsCaption(new QLabel(m_detailsRow)), m_publishedLabel(new QLabel(m_detailsRow))
{
    m_endpointsAction->setObjectName(QStringLiteral("actionPublishingEndpoints"));
    m_publishAction->setObjectName(QStringLiteral("actionPublishTo"));
    m_unpublishAction->setObjectName(QStringLiteral("actionUnpublishFrom"));
    connect(m_endpointsAction, &QAction::triggered, this, &PublishingController::openEndpoints);
    connect(m_publishAction, &QAction::triggered, this, &PublishingController::askPublish);
    connect(m_unpublishAction, &QAction::triggered, this, &PublishingController::askUnpublish);

    // The details strip's line: caption, then the links.
    m_detailsRow->setObjectName(QStringLiteral("publishedRow"));
    auto *row = new QHBoxLayout(m_detailsRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_detailsCaption);
    m_publishedLabel->setObjectName(QStringLiteral("publishedLabel"));
    m_publishedLabel->setTextFormat(Qt::RichText);
    m_publishedLabel->setOpenExternalLinks(true);
    m_publishedLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_publishedLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_publishedLabel, 1);
    m_detailsRow->hide();

    connect(m_runner, &PublishRunner::finished, this, &PublishingController::jobDone);
    connect(m_dock, &PublishingDock::message, this, &PublishingController::message);

    // Resume after sign-in, then every 30 seconds.
    m_dueTimer.setInterval(dueCheckIntervalMs);
    connect(&m_dueTimer, &QTimer::timeout, this, &PublishingController::runDueJobs);
    m_dueTimer.start();
    QTimer::singleShot(0, this, &PublishingController::runDueJobs);
    m_dock->reload();

    new LanguageWatcher(window, [this] { retranslate(); });
    retranslate();
    updateActions();
}

PublishingController::~PublishingController() = default;

PublishTargetDialog *PublishingController::targetDialog() const
{
    return m_target;
}

EndpointsDialog *PublishingController::endpointsDialog() const
{
    return m_endpoints;
}

void PublishingController::retranslate()
{
    m_endpointsAction->setText(tr("Publishing &endpoints…"));
    m_endpointsAction->setToolTip(
        m_actor.singleDesk || m_actor.has(Role::Administrator)
            ? tr("Where articles are published: folders, WordPress sites, ninjs CMSs, and their secrets")
            : tr("Where articles are published (only an administrator changes them)"));
    m_publishAction->setText(tr("&Publish to…"));
    m_publishAction->setToolTip(tr("Send the approved article to a publishing endpoint"));
    m_unpublishAction->setText(tr("Unpublish &from…"));
    m_unpublishAction->setToolTip(tr("Take the published article off an endpoint, with the reason"));
    m_detailsCaption->setText(tr("Published"));
    if (!m_remotes.isEmpty() || !m_articleId.isEmpty())
        refreshRemotes();
}

void PublishingController::setArticle(const QString &articleId, const ArticleFacts &facts,
                                      const QString &headline)
{
    const bool changed = articleId != m_articleId;
    const bool statusChanged = facts.status != m_facts.status;
    m_articleId = articleId;
    m_facts = facts;
    m_headline = headline;
    updateActions();
    if (changed) {
        m_remotes.clear();
        m_detailsRow->hide();
        m_publishedLabel->clear();
    }
    if (!articleId.isEmpty() && (changed || statusChanged))
        refreshRemotes();
}

void PublishingController::updateActions()
{
    const bool open = !m_articleId.isEmpty();
    const ArticleStatus s = m_facts.status;
    m_publishAction->setEnabled(open && s == ArticleStatus::Approved &&
                                EditRights::allows(m_actor, Action::Publish, m_facts));
    m_unpublishAction->setEnabled(open && (s == ArticleStatus::Published || s == ArticleStatus::Updated) &&
                                  EditRights::allows(m_actor, Action::Unpublish, m_facts));
}

void PublishingController::refreshRemotes()
{
    const QString id = m_articleId;
    const quint64 generation = ++m_remotesGeneration;
    if (id.isEmpty())
        return;
    Outbox outbox(m_database, m_actor);
    People::inBackground(
        this, [outbox, id]() mutable { return outbox.remotes(id); },
        [this, id, generation](const Result<QList<RemotePost>> &remotes) {
            if (generation != m_remotesGeneration || id != m_articleId)
                return;
            m_remotes.clear();
            if (remotes)
                for (const RemotePost &r : *remotes)
                    if (r.state == u"published")
                        m_remotes.append(r);
            QStringList lines;
            for (const RemotePost &r : std::as_const(m_remotes))
                lines.append(tr("%1, %2: %3")
                                 .arg(r.endpoint.toHtmlEscaped(), localTime(r.publishedAt).toHtmlEscaped(),
                                      remoteLinkHtml(r.remoteUrl)));
            m_publishedLabel->setText(lines.join(QStringLiteral(" · ")));
            QStringList plain;
            for (const RemotePost &r : std::as_const(m_remotes))
                plain.append(r.remoteUrl);
            m_publishedLabel->setToolTip(plain.join(u'\n'));
            m_detailsRow->setVisible(!m_remotes.isEmpty());
            emit remotesShown(id);
        });
}

void PublishingController::askPublish()
{
    ask(true);
}

void PublishingController::askUnpublish()
{
    ask(false);
}

void PublishingController::ask(bool publishing)
{
    if (m_articleId.isEmpty())
        return;
    if (m_beforeSend && !m_beforeSend())
        return;
    const QString id = m_articleId;
    EndpointStore endpoints(m_database, m_actor);
    Outbox outbox(m_database, m_actor);
    People::inBackground(
        this,
        [endpoints, outbox, id, publishing]() mutable {
            Targets t;
            t.endpoints = endpoints.list();
            if (!publishing)
                if (auto remotes = outbox.remotes(id))
                    for (const RemotePost &r : *remotes)
                        if (r.state == u"published")
                            t.publishedAt.append(r.endpoint);
            return t;
        },
        [this, id, publishing](const Targets &t) {
            if (id != m_articleId)
                return; // another article was opened meanwhile
            if (!t.endpoints) {
                emit message(t.endpoints.error().message);
                return;
            }
            if (t.endpoints->isEmpty()) {
                emit message(tr("No publishing endpoint is set up yet: an administrator adds one in "
                                "Newsroom → Publishing endpoints…"));
                return;
            }
            if (m_target)
                m_target->close();
            const QStringList preferred =
                publishing ? QStringList{PublishTargetDialog::lastEndpoint()} : t.publishedAt;
            m_target = new PublishTargetDialog(publishing ? PublishTargetDialog::Mode::Publish
                                                          : PublishTargetDialog::Mode::Unpublish,
                                               m_headline, *t.endpoints, preferred, m_window);
            m_target->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_target, &QDialog::accepted, this, [this, id, publishing] {
                if (!m_target)
                    return;
                if (publishing)
                    publish(id, m_target->endpoint());
                else
                    unpublish(id, m_target->endpoint(), m_target->reason());
            });
            m_target->open();
        });
}

void PublishingController::publish(const QString &articleId, const QString &endpoint)
{
    queue(articleId, endpoint, QStringLiteral("publish"), {});
}

void PublishingController::unpublish(const QString &articleId, const QString &endpoint, const QString &reason)
{
    queue(articleId, endpoint, QStringLiteral("unpublish"), reason);
}

void PublishingController::queue(const QString &articleId, const QString &endpoint, const QString &action,
                                 const QString &comment)
{
    Outbox outbox(m_database, m_actor);
    PublishLog log(m_database, m_actor);
    People::inBackground(
        this,
        [outbox, log, articleId, endpoint, action, comment]() mutable {
            auto job = outbox.enqueue(articleId, endpoint, action, comment);
            if (!job) {
                // Every attempt goes into the publish log, refusals too.
                PublishLogEntry entry;
                entry.articleId = articleId;
                entry.endpoint = endpoint;
                entry.action = action;
                entry.result = job.error().message.simplified();
                (void)log.record(entry);
            }
            return job;
        },
        [this, action](const Result<OutboxJob> &job) {
            if (!job) {
                emit message(job.error().message);
                return;
            }
            m_dock->show();
            m_dock->raise();
            emit jobQueued(job->id);
            if (job->notBefore.isValid() && job->notBefore > QDateTime::currentDateTimeUtc()) {
                emit message(tr("Scheduled: the article goes to %1 at %2.")
                                 .arg(job->endpoint, localTime(job->notBefore)));
                m_dock->reload();
                return;
            }
            emit message(action == u"publish" ? tr("Publishing to %1…").arg(job->endpoint)
                                              : tr("Unpublishing from %1…").arg(job->endpoint));
            m_runner->run(job->id);
        });
}

void PublishingController::jobDone(qint64 jobId, const QString &state, const QString &text)
{
    Outbox outbox(m_database, m_actor);
    ArticleStore store(m_database, &Clock::system(), m_actor);
    People::inBackground(
        this,
        [outbox, store, jobId]() mutable {
            Finished f;
            if (auto job = outbox.job(jobId)) {
                f.job = *job;
                if (auto article = store.load(job->articleId))
                    f.article = *article;
            }
            return f;
        },
        [this, jobId, state, text](const Finished &f) {
            const bool publishing = !f.job || f.job->action == u"publish";
            const QString endpoint = f.job ? f.job->endpoint : QString();
            if (state == u"done")
                emit message(publishing ? tr("Published: %1").arg(text)
                                        : tr("Unpublished from %1.").arg(endpoint));
            else if (state == u"failed")
                emit message(publishing ? tr("Publishing to %1 failed: %2").arg(endpoint, text)
                                        : tr("Unpublishing from %1 failed: %2").arg(endpoint, text));
            else if (state == u"cancelled")
                emit message(tr("Publishing job %1 cancelled.").arg(jobId));
            else if (state == u"waiting")
                emit message(tr("The publishing job waits: %1").arg(text));
            if (f.article) {
                emit articleChanged(*f.article);
                if (f.article->id == m_articleId)
                    refreshRemotes();
            }
            emit jobFinished(jobId, state, text);
        });
}

void PublishingController::runDueJobs()
{
    if (m_checkingDue)
        return;
    m_checkingDue = true;
    Outbox outbox(m_database, m_actor);
    const QString login = m_actor.login;
    People::inBackground(
        this,
        [outbox, login]() mutable {
            int mine = 0;
            if (auto due = outbox.due())
                for (const OutboxJob &j : *due)
                    mine += j.createdBy == login ? 1 : 0;
            return mine;
        },
        [this](int mine) {
            m_checkingDue = false;
            if (mine > 0)
                m_runner->runDue(); // skips the jobs already running
        });
}

EndpointsDialog *PublishingController::openEndpoints()
{
    if (m_endpoints) {
        m_endpoints->raise();
        m_endpoints->activateWindow();
        return m_endpoints;
    }
    m_endpoints = new EndpointsDialog(m_database, m_actor, m_network, m_window);
    m_endpoints->setAttribute(Qt::WA_DeleteOnClose);
    m_endpoints->show();
    return m_endpoints;
}

} // namespace Qalam
