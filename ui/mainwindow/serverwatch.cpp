#include "ui/mainwindow/serverwatch.h"

#include "app/storage/autosaver.h"
#include "app/storage/database.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

ServerWatch::ServerWatch(std::shared_ptr<Database> database, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_label(new QLabel(statusBar))
{
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    m_label->hide();
    statusBar->addPermanentWidget(m_label);
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &ServerWatch::probe);
    // A file is always there; a server is looked at every second (a flag the
    // database keeps, no query), and the countdown needs the tick anyway.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ServerWatch::update);
    if (m_database->isPostgres())
        m_tick.start();
}

void ServerWatch::setAutosaver(Autosaver *autosaver)
{
    if (m_autosaver)
        disconnect(m_autosaver, nullptr, this, nullptr);
    m_autosaver = autosaver;
    if (m_autosaver)
        connect(m_autosaver, &Autosaver::stateChanged, this, &ServerWatch::update);
    update();
}

void ServerWatch::noteError(const Error &error)
{
    if (error.code == Error::Code::Unavailable)
        update();
}

QString ServerWatch::message() const
{
    if (!m_offline)
        return {};
    const bool saverTrying = m_autosaver && m_autosaver->state() == Autosaver::State::Offline;
    const int retryMs =
        saverTrying ? m_autosaver->retryIn() : (m_probe.isActive() ? m_probe.remainingTime() : -1);
    const bool textKept = saverTrying;
    if (retryMs < 0)
        return textKept ? tr("Server unreachable — your text is kept on this computer; retrying now…")
                        : tr("Server unreachable; retrying now…");
    const int seconds = qMax(1, (retryMs + 999) / 1000);
    return textKept ? tr("Server unreachable — your text is kept on this computer; retrying in %n s", nullptr,
                         seconds)
                    : tr("Server unreachable; retrying in %n s", nullptr, seconds);
}

void ServerWatch::update()
{
    const bool saverTrying = m_autosaver && m_autosaver->state() == Autosaver::State::Offline;
    const bool offline = saverTrying || !m_database->isReachable();
    if (offline && !saverTrying && !m_probe.isActive() && !m_probing) {
        // Nobody else asks: 1 s, 2 s, 4 s … up to 30 s.
        m_probe.start(qMin(30000, 1000 << qMin(m_probeFailures, 5)));
    } else if (!offline || saverTrying) {
        m_probe.stop();
    }
    if (!offline)
        m_probeFailures = 0;
    const bool changed = offline != m_offline;
    m_offline = offline;
    if (offline && !m_tick.isActive())
        m_tick.start();
    m_label->setText(message());
    m_label->setVisible(offline);
    if (!changed)
        return;
    emit offlineChanged(offline);
    if (!offline)
        emit reachableAgain();
}

void ServerWatch::probe()
{
    m_probing = true;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_probing = false;
        if (!watcher->result())
            ++m_probeFailures;
        update();
    });
    std::shared_ptr<Database> database = m_database;
    watcher->setFuture(QtConcurrent::run([database] { return database->ping().ok(); }));
    update(); // "retrying now…"
}

} // namespace Qalam
