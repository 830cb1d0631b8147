#include "ui/notifications/notificationsdock.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {
enum Roles { IdRole = Qt::UserRole + 1, ArticleRole };

template <typename Work, typename Done> void inBackground(QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
} // namespace

NotificationsDock::NotificationsDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDockWidget(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_list(new QListWidget(this)), m_summary(new QLabel(this)), m_markAll(new QPushButton(this)),
      m_bell(new QAction(QIcon(QStringLiteral(":/icons/bell.svg")), QString(), this))
{
    setObjectName(QStringLiteral("notificationsDock"));
    m_bell->setObjectName(QStringLiteral("actionNotifications"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_markAll);
    layout->addLayout(row);
    setWidget(content);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(item->data(IdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(item->data(IdRole).toLongLong()); });
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsDock::markAllRead);
    connect(m_bell, &QAction::triggered, this, [this] {
        show();
        raise();
        m_list->setFocus();
    });
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NotificationsDock::poll);
    retranslate();
}

void NotificationsDock::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_markAll->setText(tr("Mark all read"));
    m_bell->setText(m_unread > 0 ? tr("Notifications (%n unread)", nullptr, m_unread) : tr("Notifications"));
    m_bell->setIconText(m_unread > 0 ? QString::number(m_unread) : QString());
    m_bell->setToolTip(m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread)
                                    : tr("Notifications: nothing unread"));
    m_summary->setText(m_notifications.isEmpty() ? tr("No notifications.")
                                                 : tr("%n unread", nullptr, m_unread));
}

void NotificationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill(m_notifications);
    }
    QDockWidget::changeEvent(event);
}

void NotificationsDock::setPollInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_timer.isActive())
        m_timer.start();
}

void NotificationsDock::poll()
{
    m_timer.start();
    if (m_polling)
        return; // the previous fetch is still on its way
    m_polling = true;
    Workflow workflow(m_database, m_actor);
    inBackground(
        this,
        [workflow]() mutable {
            // Overdue scheduled publications become notifications first.
            if (auto overdue = workflow.notifyOverdue(); !overdue)
                qWarning("could not check overdue publications: %s", qPrintable(overdue.error().detail));
            return workflow.notifications();
        },
        [this](const Result<QList<Notification>> &notifications) {
            m_polling = false;
            if (!notifications) {
                // An unreachable server is the status bar's news; what was
                // fetched last stays shown.
                if (notifications.error().code != Error::Code::Unavailable)
                    m_summary->setText(notifications.error().message);
                emit polled(0);
                return;
            }
            QList<Notification> fresh;
            for (const Notification &n : *notifications)
                if (!n.read && !m_seenUnread.contains(n.id))
                    fresh.append(n);
            for (const Notification &n : std::as_const(fresh))
                m_seenUnread.insert(n.id);
            const int before = m_unread;
            fill(*notifications);
            if (m_unread > before && !fresh.isEmpty())
                tellDesktop(fresh);
            emit polled(int(fresh.size()));
        });
}

QString NotificationsDock::kindText(const QString &kind)
{
    if (kind == QLatin1String("submitted"))
        return tr("Submitted for review");
    if (kind == QLatin1String("returned"))
        return tr("Returned");
    if (kind == QLatin1String("approved"))
        return tr("Approved");
    if (kind == QLatin1String("overdue"))
        return tr("Publication overdue");
    return kind;
}

void NotificationsDock::fill(const QList<Notification> &notifications)
{
    m_notifications = notifications;
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    m_list->clear();
    int unread = 0;
    for (const Notification &n : notifications) {
        const QString when = QLocale().toString(n.at.toLocalTime(), QLocale::ShortFormat);
        QString text = n.text.isEmpty() ? kindText(n.kind) : n.text;
        if (!n.headline.isEmpty() && !text.contains(n.headline))
            text += QStringLiteral("\n«%1»").arg(n.headline);
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(text, when), m_list);
        item->setData(IdRole, n.id);
        item->setData(ArticleRole, n.articleId);
        if (!n.read) {
            ++unread;
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setIcon(QIcon(QStringLiteral(":/icons/bell.svg")));
        }
        item->setToolTip(n.read ? tr("Open the article") : tr("Unread: open the article and mark it read"));
        if (n.id == current)
            m_list->setCurrentItem(item);
    }
    const bool changed = unread != m_unread;
    m_unread = unread;
    m_markAll->setEnabled(unread > 0);
    retranslate();
    if (changed)
        emit unreadCountChanged(unread);
}

void NotificationsDock::activate(qint64 notificationId)
{
    for (const Notification &n : std::as_const(m_notifications)) {
        if (n.id != notificationId)
            continue;
        const Notification chosen = n; // markRead() refills the list
        if (!chosen.read)
            markRead({chosen.id});
        if (!chosen.articleId.isEmpty())
            emit articleRequested(chosen.articleId);
        return;
    }
}

void NotificationsDock::markAllRead()
{
    QList<qint64> ids;
    for (const Notification &n : std::as_const(m_notifications))
        if (!n.read)
            ids.append(n.id);
    if (!ids.isEmpty())
        markRead(ids);
}

void NotificationsDock::markRead(const QList<qint64> &ids)
{
    // Shown as read at once; the core is told on a worker thread.
    QList<Notification> updated = m_notifications;
    for (Notification &n : updated)
        if (ids.contains(n.id))
            n.read = true;
    fill(updated);
    Workflow workflow(m_database, m_actor);
    inBackground(
        this,
        [workflow, ids]() mutable {
            for (qint64 id : ids)
                if (auto marked = workflow.markRead(id); !marked)
                    return marked;
            return Result<void>();
        },
        [this](const Result<void> &marked) {
            if (!marked)
                m_summary->setText(marked.error().message);
        });
}

void NotificationsDock::tellDesktop(const QList<Notification> &fresh)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Qalam"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget *window = this->window()) {
                window->show();
                window->raise();
                window->activateWindow();
            }
            show();
            raise();
        });
        m_tray->show();
    }
    const Notification &newest = fresh.first();
    const QString title =
        fresh.size() == 1 ? kindText(newest.kind) : tr("%n new notification(s)", nullptr, int(fresh.size()));
    QString body = newest.text.isEmpty() ? newest.headline : newest.text;
    if (fresh.size() > 1)
        body = tr("%1 and %n more", nullptr, int(fresh.size() - 1)).arg(body);
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
}

} // namespace Qalam
