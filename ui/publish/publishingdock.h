#pragma once

#include "app/people/user.h"
#include "app/publish/outbox.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Qalam {

class Database;
class PublishRunner;

// The "Publishing" dock: the jobs of the publishing outbox, newest first —
// state, article, endpoint, attempts, the last error or what is being done,
// and the published address as a link. A running job has a progress bar
// (bytes of the whole job) and the file being sent with its own bytes.
// Cancel stops a queued, running or waiting job; Retry queues a failed or
// cancelled one again and runs it. Lists on a worker thread, refreshes on
// the runner's signals; progress is updated in place.
class PublishingDock : public QDockWidget
{
    Q_OBJECT

public:
    PublishingDock(std::shared_ptr<Database> database, Actor actor, PublishRunner *runner,
                   QWidget *parent = nullptr);

    void reload();
    const QList<OutboxJob> &jobs() const { return m_jobs; }
    QTreeWidget *jobList() const { return m_list; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *summaryLabel() const { return m_summary; }

    // What the dock shows for a job (for the window and the tests).
    QProgressBar *progressBar(qint64 jobId) const;
    QLabel *addressLabel(qint64 jobId) const;
    QString messageText(qint64 jobId) const;
    qint64 selectedJob() const;
    void selectJob(qint64 jobId);
    void cancelSelected();
    void retrySelected();

    // The columns of the job list.
    enum Column {
        StateColumn,
        ArticleColumn,
        EndpointColumn,
        AttemptsColumn,
        ProgressColumn,
        MessageColumn,
        AddressColumn,
        ColumnCount
    };

signals:
    void reloaded();
    // A progress report of the runner reached the dock (and its bar, when shown).
    void progressShown(qint64 jobId, qint64 sent, qint64 total);
    void articleRequested(const QString &articleId);
    // For the status bar: a refused cancel or retry, a retried job that waits.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Live
    {
        qint64 sent = 0;
        qint64 total = 0;
        QString file;
        qint64 fileSent = 0;
        qint64 fileTotal = 0;
        QString status;
    };

    void retranslate();
    void fill();
    QTreeWidgetItem *itemOf(qint64 jobId) const;
    void showLive(qint64 jobId);
    QString liveText(const Live &live) const;
    void updateButtons();
    QString stateText(const OutboxJob &job) const;

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QPointer<PublishRunner> m_runner;
    QList<OutboxJob> m_jobs;
    QHash<QString, QString> m_headlines; // article id → headline
    QHash<qint64, Live> m_live;          // running jobs, from the runner's signals
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_refresh;
    QLabel *m_error;
    quint64 m_generation = 0;
};

// An address as a link: web addresses as they are, a package folder as a
// file:// link showing its path.
QString remoteLinkHtml(const QString &remoteUrl);

} // namespace Qalam
