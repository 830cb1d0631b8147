#pragma once

#include "app/core/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QStatusBar;

namespace Qalam {

class Autosaver;
class Database;

// The window's one word on a team server that cannot be reached: a line in
// the status bar ("Server unreachable — your text is kept on this computer;
// retrying in 8 s") while the open article's Autosaver is Offline or the
// database has found the server away, gone when it answers again. While no
// Autosaver is trying, it asks the server itself, with a growing pause. The
// window's periodic users of the database (desk refresh, notifications, the
// lock keeper) stay quiet about Unavailable errors and hand them here. GUI
// thread; owned by the window.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    ServerWatch(std::shared_ptr<Database> database, QStatusBar *statusBar, QObject *parent = nullptr);

    // The open article's Autosaver (none: nullptr).
    void setAutosaver(Autosaver *autosaver);
    // A database call failed: an Unavailable error means the server is away.
    void noteError(const Error &error);
    bool isOffline() const { return m_offline; }
    // The status bar's line while offline; empty otherwise.
    QString message() const;
    QLabel *label() const { return m_label; }

signals:
    void offlineChanged(bool offline);
    // The server answers again: refresh what was left stale.
    void reachableAgain();

public slots:
    void update();

private:
    void probe();

    std::shared_ptr<Database> m_database;
    QPointer<Autosaver> m_autosaver;
    QLabel *m_label;
    QTimer m_tick;  // the countdown, and a look at the database
    QTimer m_probe; // asks the server while no Autosaver does
    int m_probeFailures = 0;
    bool m_probing = false;
    bool m_offline = false;
};

} // namespace Qalam
