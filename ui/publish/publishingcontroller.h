#pragma once

#include "app/model/article.h"
#include "app/people/user.h"
#include "app/publish/outbox.h"
#include "app/workflow/permissions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QNetworkAccessManager;

namespace Qalam {

class Database;
class EndpointsDialog;
class PublishRunner;
class PublishTargetDialog;
class PublishingDock;

// Publishing in the main window: one PublishRunner for the signed-in actor
// (on the GUI thread, with the window's network manager), the Publishing
// dock, Workflow → Publish to… / Unpublish from…, Newsroom → Publishing
// endpoints…, and the "Published" line of the open article's details.
// After sign-in and then every 30 seconds it resumes the actor's due jobs
// (left running by a crash, retries whose time has come, scheduled
// approvals). Store calls run on worker threads; the runner itself never
// blocks the window.
class PublishingController : public QObject
{
    Q_OBJECT

public:
    PublishingController(std::shared_ptr<Database> database, Actor actor, QNetworkAccessManager *network,
                         QMainWindow *window);
    ~PublishingController() override;

    PublishRunner *runner() const { return m_runner; }
    PublishingDock *dock() const { return m_dock; }
    QAction *endpointsAction() const { return m_endpointsAction; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *unpublishAction() const { return m_unpublishAction; }
    // "Published: <link> (site-export, 12 March 12:04)", for the details strip.
    QWidget *detailsRow() const { return m_detailsRow; }
    QLabel *publishedLabel() const { return m_publishedLabel; }
    const QList<RemotePost> &remotes() const { return m_remotes; }

    // Called before a job is queued; returns false when the article could
    // not be stored first (the window says why).
    void setBeforeSend(std::function<bool()> callback) { m_beforeSend = std::move(callback); }
    // The open article ("" for none), its facts and headline: enables the
    // actions and shows where it is published.
    void setArticle(const QString &articleId, const ArticleFacts &facts, const QString &headline);
    QString articleId() const { return m_articleId; }
    // Reads where the open article is published again.
    void refreshRemotes();

    // Asks for the endpoint (and, unpublishing, the reason), then queues and runs.
    void askPublish();
    void askUnpublish();
    PublishTargetDialog *targetDialog() const;
    // Queues the job (the core checks role, state and endpoint) and runs it
    // unless it waits for its scheduled time.
    void publish(const QString &articleId, const QString &endpoint);
    void unpublish(const QString &articleId, const QString &endpoint, const QString &reason);
    // Resumes the actor's due jobs, if there are any (checked on a worker thread).
    void runDueJobs();
    EndpointsDialog *openEndpoints();
    EndpointsDialog *endpointsDialog() const;

    static constexpr int dueCheckIntervalMs = 30000;

signals:
    // For the status bar: "Published: https://…", a refusal, an error.
    void message(const QString &text);
    // A job changed an article's state (published, unpublished).
    void articleChanged(const Article &article);
    void jobQueued(qint64 jobId);
    void jobFinished(qint64 jobId, const QString &state, const QString &text);
    void remotesShown(const QString &articleId);

private:
    void queue(const QString &articleId, const QString &endpoint, const QString &action,
               const QString &comment);
    void ask(bool publishing);
    void jobDone(qint64 jobId, const QString &state, const QString &text);
    void updateActions();
    void retranslate();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QMainWindow *m_window;
    QNetworkAccessManager *m_network;
    PublishRunner *m_runner;
    PublishingDock *m_dock;
    QAction *m_endpointsAction;
    QAction *m_publishAction;
    QAction *m_unpublishAction;
    QWidget *m_detailsRow;
    QLabel *m_detailsCaption;
    QLabel *m_publishedLabel;
    QTimer m_dueTimer;
    std::function<bool()> m_beforeSend;
    QString m_articleId;
    QString m_headline;
    ArticleFacts m_facts;
    QList<RemotePost> m_remotes;
    quint64 m_remotesGeneration = 0;
    bool m_checkingDue = false;
    QPointer<PublishTargetDialog> m_target;
    QPointer<EndpointsDialog> m_endpoints;
};

} // namespace Qalam
