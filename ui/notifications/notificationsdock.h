#pragma once

#include "app/people/user.h"
#include "app/workflow/workflow.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;

namespace Qalam {

class Database;

// The signed-in user's notifications: new submissions for a chief editor,
// returns and approvals for a writer, overdue scheduled publications for
// everyone. Unread ones are bold; activating one opens its article and marks
// it read. Every 30 seconds a worker thread tells the core to notify of
// overdue publications and fetches the list (team mode's live updates come
// later); when the unread count grows, a desktop notification is shown where
// the platform has a system tray. The bell action (toolbar) shows the unread
// count and brings the dock up. GUI thread.
class NotificationsDock : public QDockWidget
{
    Q_OBJECT

public:
    NotificationsDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);

    // Fetches now (and restarts the 30-second rhythm).
    void poll();
    void setPollInterval(int milliseconds);
    int unreadCount() const { return m_unread; }
    const QList<Notification> &notifications() const { return m_notifications; }
    QListWidget *list() const { return m_list; }
    QAction *bellAction() const { return m_bell; }
    // Marks the notification read and asks for its article.
    void activate(qint64 notificationId);
    void markAllRead();

signals:
    void articleRequested(const QString &articleId);
    void unreadCountChanged(int count);
    // After every fetch; `arrived` counts unread notifications that are new since the last one.
    void polled(int arrived);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const QList<Notification> &notifications);
    void markRead(const QList<qint64> &ids);
    void tellDesktop(const QList<Notification> &fresh);
    static QString kindText(const QString &kind);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_markAll;
    QAction *m_bell;
    QPointer<QSystemTrayIcon> m_tray;
    QTimer m_timer;
    QList<Notification> m_notifications;
    QSet<qint64> m_seenUnread; // unread ids already announced
    int m_unread = 0;
    bool m_polling = false;
};

} // namespace Qalam
