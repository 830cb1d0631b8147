#pragma once

#include "app/core/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QSqlDatabase;
class QThread;

namespace Qalam {

class Database;

// Tells the app about changes other desktops (or processes such as
// qalam-cli) made to its database, so that lists and open articles refresh
// without a manual refresh. On PostgreSQL it LISTENs on `qalam_changes`,
// which schema 10's triggers notify on every article save, state change,
// lock change and audit entry (and PhotoStore, through announce(), on
// every change to an article's photos); on an SQLite file it polls PRAGMA
// data_version once a second (a change says only that something changed).
// Its connection belongs to a private thread; the signals arrive on the
// thread that owns the feed (the GUI). A lost server connection (a dropped
// one tells nobody: a health check asks every second) is opened again after
// 0.25 s, 0.5 s, 1 s, then every 2 s, so that live updates resume within
// about two seconds of a server's restart; then listChanged() says that
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

    // Announces a change that no trigger announces (a photo's caption, the
    // order of an article's photos) inside the caller's write transaction on
    // `db`: delivered at commit, forgotten at a rollback. Nothing to do on an
    // SQLite file (its feed polls). `what` as in articleChanged().
    static Result<void> announce(QSqlDatabase &db, const QString &articleId, const QString &what,
                                 const QString &byLogin);

signals:
    // One article changed. `what`: "created", "saved", "status", "lock",
    // "log" or "photos" (its photos: added, removed, reordered, a new lead,
    // a caption or credit changed; PhotoStore announces it); `byLogin` is who did it where the database
    // records that (the creator, the lock holder, the audit entry's author), else empty; `version` is the
    // article's version after a "created", "saved" or "status" change (0 for the others). Changes of this
    // process come too: refreshing on them is harmless.
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
    int m_healthMs = 1000;
    bool m_listening = false;
};

} // namespace Qalam
