#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Qalam {

class Database;

// Tells the app about changes other desktops (or processes such as
// qalam-cli) made to its database, so that lists and open articles refresh
// without a manual refresh. On PostgreSQL it LISTENs on `qalam_changes`,
// which schema 10's triggers notify on every article save, state change,
// lock change and audit entry; on an SQLite file it polls PRAGMA
// data_version once a second (a change says only that something changed).
// Its connection belongs to a private thread; the signals arrive on the
// thread that owns the feed (the GUI). A lost server connection is opened
// again with a growing pause (1 s up to 30 s), then listChanged() says that
// changes may have been missed meanwhile.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~ChangeFeed() override; // stops the thread and closes its connection

    // Before start(): how often an SQLite file is polled, and how often the
    // server connection is checked (a dropped one tells nobody).
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    void setHealthCheckInterval(int milliseconds) { m_healthMs = milliseconds; }
    void start();
    // The feed's connection is open and subscribed (or polling the file).
    bool isListening() const { return m_listening; }

signals:
    // One article changed. `what`: "created", "saved", "status", "lock" or
    // "log"; `byLogin` is who did it where the database records that (the
    // creator, the lock holder, the audit entry's author), else empty;
    // `version` is the article's version after a "created", "saved" or
    // "status" change (0 for the others). Changes of this process come too:
    // refreshing on them is harmless.
    void articleChanged(const QString &articleId, const QString &what, const QString &byLogin, int version);
    // Something changed and the feed cannot say what (an SQLite file, or
    // after a lost connection): refresh whatever is shown.
    void listChanged();
    // Listening began, or the connection was lost (`listening` false).
    void listeningChanged(bool listening);

private:
    class Listener;
    class Thread;
    void deliver(const QString &articleId, const QString &what, const QString &byLogin, int version);
    void setListening(bool listening);

    std::shared_ptr<Database> m_database;
    Thread *m_thread = nullptr;
    int m_pollMs = 1000;
    int m_healthMs = 5000;
    bool m_listening = false;
};

} // namespace Qalam
