#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace Qalam::Test {

// A PostgreSQL server of the test's own: scripts/postgres.sh with a private
// state folder, so its own port, data and password. The test may stop it (as
// a shutdown or as a crash) and start it again without disturbing tests
// that run on the shared server meanwhile. Stopped and deleted with the
// object. Sets PGPASSFILE in this process.
class PrivatePostgres
{
public:
    PrivatePostgres() = default;
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    // Empty when a server can run here; otherwise why not (no PostgreSQL
    // binaries, no Qt driver).
    static QString unavailableReason();

    // initdb and start; false (with output()) when that fails.
    bool start();
    // Stops the server, keeping its data and port; `crash`: at once, as a
    // crash or a pulled cable would (pg_ctl -m immediate).
    bool pause(bool crash = false);
    bool resume();
    bool isRunning() const { return m_running; }

    // postgresql://qalam@127.0.0.1:PORT/postgres (the password is in PGPASSFILE).
    QString url() const { return m_url; }
    int port() const;
    // A fresh database on the server; its URL. Its commits are durable: an
    // answered commit survives pause(true).
    QString createDatabase(const QString &name);
    // Lets clients that reach the server through `port` (a relay on
    // loopback) sign in with the same password.
    bool admitThrough(int port);
    QString output() const { return m_output; }

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_url;
    QString m_output;
    bool m_started = false;
    bool m_running = false;
};

} // namespace Qalam::Test

// In initTestCase(): skips when PostgreSQL cannot run here (not on CI, which
// must run it: fails there), fails when it can but does not start.
#define QALAM_START_PRIVATE_POSTGRES(server)                                                                 \
    do {                                                                                                     \
        const QString qalamWhy = Qalam::Test::PrivatePostgres::unavailableReason();                          \
        if (!qalamWhy.isEmpty()) {                                                                           \
            if (qEnvironmentVariableIsSet("CI"))                                                             \
                QFAIL(qPrintable(qalamWhy));                                                                 \
            QSKIP(qPrintable(qalamWhy));                                                                     \
        }                                                                                                    \
        QVERIFY2((server).start(), qPrintable((server).output()));                                           \
    } while (false)
