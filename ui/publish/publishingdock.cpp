#include "ui/publish/publishingdock.h"

#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "ui/people/peoplecommon.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Qalam {

namespace {

constexpr int s_shownJobs = 200; // the newest; older ones stay in the outbox
enum Roles { JobIdRole = Qt::UserRole + 1 };

struct Loaded
{
    Result<QList<OutboxJob>> jobs = QList<OutboxJob>();
    QHash<QString, QString> headlines;
};

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString remoteLinkHtml(const QString &remoteUrl)
{
    if (remoteUrl.isEmpty())
        return {};
    const bool web =
        remoteUrl.startsWith(QLatin1String("http://")) || remoteUrl.startsWith(QLatin1String("https://"));
    const QString href = web ? remoteUrl : QUrl::fromLocalFile(remoteUrl).toString(QUrl::FullyEncoded);
    const QString shown = web ? remoteUrl : QDir::toNativeSeparators(remoteUrl);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), shown.toHtmlEscaped());
}

PublishingDock::PublishingDock(std::shared_ptr<Database> database, Actor actor, PublishRunner *runner,
                               QWidget *parent)
    : QDockWidget(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_runner(runner),
      m_summary(new QLabel(this)), m_list(new QTreeWidget(this)), m_cancel(new QPushButton(this)),
      m_retry(new QPushButton(this)), m_refresh(new QPushButton(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("publishingDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(QStringLiteral("publishingSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("publishingJobs"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(ArticleColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(StateColumn, 120);
    m_list->setColumnWidth(ArticleColumn, 260);
    m_list->setColumnWidth(EndpointColumn, 100);
    m_list->setColumnWidth(AttemptsColumn, 70);
    m_list->setColumnWidth(ProgressColumn, 190);
    m_list->setColumnWidth(MessageColumn, 340);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_retry->setObjectName(QStringLiteral("retryJob"));
    m_error->setObjectName(QStringLiteral("publishingError"));
    People::makeErrorLabel(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_cancel, &QPushButton::clicked, this, &PublishingDock::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &PublishingDock::retrySelected);
    connect(m_refresh, &QPushButton::clicked, this, &PublishingDock::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PublishingDock::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, JobIdRole).toLongLong();
        for (const OutboxJob &j : std::as_const(m_jobs))
            if (j.id == id)
                emit articleRequested(j.articleId);
    });

    if (m_runner) {
        connect(m_runner, &PublishRunner::started, this, [this](qint64 jobId) {
            m_live.insert(jobId, Live());
            // The job just started is the one to watch (and to cancel).
            connect(
                this, &PublishingDock::reloaded, this, [this, jobId] { selectJob(jobId); },
                Qt::SingleShotConnection);
            reload();
        });
        connect(m_runner, &PublishRunner::progress, this,
                [this](qint64 jobId, qint64 sent, qint64 total, const QString &file, qint64 fileSent,
                       qint64 fileTotal) {
                    Live &live = m_live[jobId];
                    live.sent = sent;
                    live.total = total;
                    live.file = file;
                    live.fileSent = fileSent;
                    live.fileTotal = fileTotal;
                    showLive(jobId);
                    emit progressShown(jobId, sent, total);
                });
        connect(m_runner, &PublishRunner::status, this, [this](qint64 jobId, const QString &text) {
            m_live[jobId].status = text;
            showLive(jobId);
        });
        connect(m_runner, &PublishRunner::finished, this, [this](qint64 jobId) {
            m_live.remove(jobId);
            reload();
        });
    }
    retranslate();
    updateButtons();
}

void PublishingDock::retranslate()
{
    setWindowTitle(tr("Publishing"));
    m_list->setHeaderLabels({tr("State"), tr("Article"), tr("Endpoint"), tr("Attempts"), tr("Progress"),
                             tr("Last error or step"), tr("Address")});
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the job; it stays in the list and can be retried"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Send a failed or cancelled job again; steps already done are not repeated"));
    m_refresh->setText(tr("Refresh"));
    fill();
}

void PublishingDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void PublishingDock::reload()
{
    Outbox outbox(m_database, m_actor);
    ArticleStore articles(m_database, &Clock::system(), m_actor);
    const QHash<QString, QString> known = m_headlines;
    const quint64 generation = ++m_generation;
    People::inBackground(
        this,
        [outbox, articles, known]() mutable {
            Loaded loaded;
            auto jobs = outbox.list(false);
            if (!jobs) {
                loaded.jobs = jobs.error();
                return loaded;
            }
            QList<OutboxJob> shown = *jobs;
            if (shown.size() > s_shownJobs)
                shown.resize(s_shownJobs);
            loaded.jobs = shown;
            loaded.headlines = known;
            for (const OutboxJob &j : std::as_const(shown)) {
                if (loaded.headlines.contains(j.articleId))
                    continue;
                auto article = articles.load(j.articleId);
                loaded.headlines.insert(j.articleId, article ? article->headline : QString());
            }
            return loaded;
        },
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (!loaded.jobs) {
                People::showInlineError(m_error, loaded.jobs.error().message);
                return;
            }
            m_jobs = *loaded.jobs;
            m_headlines = loaded.headlines;
            fill();
            emit reloaded();
        });
}

QString PublishingDock::stateText(const OutboxJob &job) const
{
    const bool publishing = job.action == u"publish";
    // Claimed by a live runner that is not this window's: another desk (or
    // qalam-cli) works on it, and this desk leaves it alone.
    if (job.isActive() && job.isClaimedAt(QDateTime::currentDateTimeUtc()) &&
        (!m_runner || job.claimedBy != m_runner->runnerId()))
        return tr("Running on another desk");
    if (job.state == u"queued")
        return tr("Queued");
    if (job.state == u"running")
        return publishing ? tr("Publishing") : tr("Unpublishing");
    if (job.state == u"waiting")
        return job.notBefore.isValid() ? tr("Waiting until %1").arg(localTime(job.notBefore)) : tr("Waiting");
    if (job.state == u"failed")
        return tr("Failed");
    if (job.state == u"cancelled")
        return tr("Cancelled");
    if (job.state == u"done")
        return publishing ? tr("Published") : tr("Unpublished");
    return job.state;
}

void PublishingDock::fill()
{
    const qint64 selected = selectedJob();
    m_list->clear();
    int active = 0;
    int failed = 0;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x16, 0x1e);
    const QColor green = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
    for (const OutboxJob &j : std::as_const(m_jobs)) {
        active += j.isActive() ? 1 : 0;
        failed += j.state == u"failed" ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, JobIdRole, j.id);
        item->setText(StateColumn, stateText(j));
        if (j.isActive() && !j.claimedBy.isEmpty())
            item->setToolTip(
                StateColumn,
                tr("Claimed by %1 until %2").arg(Outbox::deskOf(j.claimedBy), localTime(j.claimedUntil)));
        const QString headline = m_headlines.value(j.articleId);
        item->setText(ArticleColumn, headline.isEmpty() ? tr("(no headline)") : headline);
        item->setToolTip(
            ArticleColumn,
            tr("%1\nQueued %2 by %3").arg(item->text(ArticleColumn), localTime(j.created), j.createdBy));
        item->setText(EndpointColumn, j.endpoint);
        item->setText(AttemptsColumn, QString::number(j.attempts));
        item->setTextAlignment(AttemptsColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString message = j.lastError.simplified();
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn, j.lastError);
        if (j.state == u"failed") {
            item->setForeground(StateColumn, red);
            item->setForeground(MessageColumn, red);
        } else if (j.state == u"done") {
            item->setForeground(StateColumn, green);
        }
        if (!j.remoteUrl.isEmpty() && (j.state == u"done" || j.action == u"publish")) {
            auto *link = new QLabel(remoteLinkHtml(j.remoteUrl), m_list);
            link->setObjectName(QStringLiteral("jobAddress"));
            link->setTextFormat(Qt::RichText);
            link->setOpenExternalLinks(true);
            link->setTextInteractionFlags(Qt::TextBrowserInteraction);
            link->setToolTip(j.remoteUrl);
            link->setContentsMargins(4, 0, 4, 0);
            link->setAutoFillBackground(false);
            m_list->setItemWidget(item, AddressColumn, link);
        }
        if (j.id == selected)
            m_list->setCurrentItem(item);
        if (m_live.contains(j.id))
            showLive(j.id);
    }
    // A longer state («Running on another desk», «Waiting until 14:05», in
    // whatever language) widens its column instead of being cut.
    const int stateWidth = m_list->columnWidth(StateColumn);
    m_list->resizeColumnToContents(StateColumn);
    if (m_list->columnWidth(StateColumn) < stateWidth)
        m_list->setColumnWidth(StateColumn, stateWidth); // never narrower than the user left it
    if (m_jobs.isEmpty())
        m_summary->setText(tr("No publishing jobs yet. Workflow → Publish to… sends an approved article."));
    else if (active > 0)
        m_summary->setText(
            tr("%n job(s) unfinished", nullptr, active) +
            (failed > 0 ? QStringLiteral(" · ") + tr("%n failed", nullptr, failed) : QString()));
    else if (failed > 0)
        m_summary->setText(tr("%n failed job(s): fix the cause, then Retry.", nullptr, failed));
    else
        m_summary->setText(tr("Every job is finished."));
    updateButtons();
}

QTreeWidgetItem *PublishingDock::itemOf(qint64 jobId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, JobIdRole).toLongLong() == jobId)
            return m_list->topLevelItem(i);
    return nullptr;
}

QString PublishingDock::liveText(const Live &live) const
{
    QStringList parts;
    if (!live.status.isEmpty())
        parts.append(live.status);
    if (!live.file.isEmpty())
        parts.append(tr("%1: %2 of %3")
                         .arg(live.file, QLocale().formattedDataSize(live.fileSent, 1),
                              QLocale().formattedDataSize(live.fileTotal, 1)));
    return parts.join(QStringLiteral(" · "));
}

void PublishingDock::showLive(qint64 jobId)
{
    QTreeWidgetItem *item = itemOf(jobId);
    if (!item)
        return;
    const Live live = m_live.value(jobId);
    auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn));
    if (!bar) {
        bar = new QProgressBar(m_list);
        bar->setObjectName(QStringLiteral("jobProgress"));
        bar->setTextVisible(true);
        bar->setMaximumHeight(m_list->fontMetrics().height() + 4);
        m_list->setItemWidget(item, ProgressColumn, bar);
    }
    if (live.total > 0) {
        // Per mille: byte counts do not fit an int.
        bar->setRange(0, 1000);
        bar->setValue(int(std::clamp<qint64>(live.sent * 1000 / live.total, 0, 1000)));
        bar->setFormat(
            tr("%1 of %2")
                .arg(QLocale().formattedDataSize(live.sent, 1), QLocale().formattedDataSize(live.total, 1)));
    } else {
        bar->setRange(0, 0); // preparing, or a job without uploads
        bar->setFormat(QString());
    }
    bar->setProperty("sent", live.sent);
    bar->setProperty("total", live.total);
    const QString text = liveText(live);
    if (!text.isEmpty()) {
        item->setText(MessageColumn, text);
        item->setToolTip(MessageColumn, text);
        item->setForeground(MessageColumn, palette().color(QPalette::Text));
    }
}

QProgressBar *PublishingDock::progressBar(qint64 jobId) const
{
    QTreeWidgetItem *item = itemOf(jobId);
    return item ? qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn)) : nullptr;
}

QLabel *PublishingDock::addressLabel(qint64 jobId) const
{
    QTreeWidgetItem *item = itemOf(jobId);
    return item ? qobject_cast<QLabel *>(m_list->itemWidget(item, AddressColumn)) : nullptr;
}

QString PublishingDock::messageText(qint64 jobId) const
{
    QTreeWidgetItem *item = itemOf(jobId);
    return item ? item->text(MessageColumn) : QString();
}

qint64 PublishingDock::selectedJob() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, JobIdRole).toLongLong() : 0;
}

void PublishingDock::selectJob(qint64 jobId)
{
    if (QTreeWidgetItem *item = itemOf(jobId)) {
        m_list->setCurrentItem(item);
        item->setSelected(true);
    }
}

void PublishingDock::updateButtons()
{
    const qint64 id = selectedJob();
    QString state;
    for (const OutboxJob &j : std::as_const(m_jobs))
        if (j.id == id)
            state = j.state;
    const bool running = id != 0 && m_runner && m_runner->isRunning(id);
    m_cancel->setEnabled(running || state == u"queued" || state == u"running" || state == u"waiting");
    m_retry->setEnabled(!running && (state == u"failed" || state == u"cancelled"));
}

void PublishingDock::cancelSelected()
{
    const qint64 id = selectedJob();
    if (id == 0)
        return;
    People::showInlineError(m_error, {});
    if (m_runner && m_runner->isRunning(id)) {
        m_runner->cancel(id); // aborts the transfers; finished() follows
        return;
    }
    Outbox outbox(m_database, m_actor);
    People::inBackground(
        this, [outbox, id]() mutable { return outbox.cancel(id); },
        [this](const Result<OutboxJob> &cancelled) {
            if (!cancelled) {
                People::showInlineError(m_error, cancelled.error().message);
                emit message(cancelled.error().message);
            }
            reload();
        });
}

void PublishingDock::retrySelected()
{
    const qint64 id = selectedJob();
    if (id == 0)
        return;
    People::showInlineError(m_error, {});
    Outbox outbox(m_database, m_actor);
    People::inBackground(
        this, [outbox, id]() mutable { return outbox.retry(id); },
        [this](const Result<OutboxJob> &job) {
            if (!job) {
                People::showInlineError(m_error, job.error().message);
                emit message(job.error().message);
                reload();
                return;
            }
            if (job->notBefore.isValid() && job->notBefore > QDateTime::currentDateTimeUtc()) {
                emit message(
                    tr("The job waits until %1; Qalam sends it then.").arg(localTime(job->notBefore)));
                reload();
                return;
            }
            if (m_runner)
                m_runner->run(job->id); // started() reloads
            else
                reload();
        });
}

} // namespace Qalam
