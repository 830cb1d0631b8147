#include "tests/support/privatepostgres.h"

#include "app/storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Qalam::Test {

namespace {

QString script()
{
    return QDir(QStringLiteral(QALAM_SOURCE_DIR)).filePath(QStringLiteral("scripts/postgres.sh"));
}

QString serverBinaries()
{
    // The script's default.
    const QString configured = qEnvironmentVariable("QALAM_PG_BIN");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

} // namespace

QString PrivatePostgres::unavailableReason()
{
    if (!QFile::exists(serverBinaries() + QStringLiteral("/initdb")) ||
        !QFile::exists(serverBinaries() + QStringLiteral("/pg_ctl")))
        return QStringLiteral("no PostgreSQL server binaries in %1 (Debian package postgresql)")
            .arg(serverBinaries());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
    return {};
}

PrivatePostgres::~PrivatePostgres()
{
    if (m_started)
        run({QStringLiteral("stop")});
}

bool PrivatePostgres::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QALAM_PG_DIR"), m_dir.path());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{script()} + arguments);
    if (!process.waitForFinished(120 * 1000)) {
        process.kill();
        process.waitForFinished();
        m_output = QStringLiteral("scripts/postgres.sh %1 did not finish").arg(arguments.join(u' '));
        return false;
    }
    m_output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PrivatePostgres::start()
{
    if (!m_dir.isValid()) {
        m_output = QStringLiteral("no temporary folder");
        return false;
    }
    m_started = true;
    if (!run({QStringLiteral("start")}) || !run({QStringLiteral("env")}))
        return false;
    // export QALAM_TEST_PG_URL=…, export PGPASSFILE=…
    for (const QString &line : m_output.split(u'\n')) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^export (\\w+)=(.*)$")).match(line.trimmed());
        if (!m.hasMatch())
            continue;
        if (m.captured(1) == u"QALAM_TEST_PG_URL")
            m_url = m.captured(2);
        else if (m.captured(1) == u"PGPASSFILE")
            qputenv("PGPASSFILE", m.captured(2).toLocal8Bit());
    }
    m_running = !m_url.isEmpty();
    return m_running;
}

bool PrivatePostgres::pause(bool crash)
{
    if (!run({QStringLiteral("pause"), crash ? QStringLiteral("immediate") : QStringLiteral("fast")}))
        return false;
    m_running = false;
    return true;
}

bool PrivatePostgres::resume()
{
    if (!run({QStringLiteral("resume")}))
        return false;
    m_running = true;
    return true;
}

bool PrivatePostgres::admitThrough(int port)
{
    const QString passFile = qEnvironmentVariable("PGPASSFILE");
    QFile file(passFile);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    // host:port:database:user:password
    QByteArray line = file.readLine().trimmed();
    const QByteArray serverPort = QByteArray(":") + QByteArray::number(this->port()) + QByteArray(":");
    const QByteArray relayPort = QByteArray(":") + QByteArray::number(port) + QByteArray(":");
    if (!line.contains(serverPort))
        return false;
    line.replace(serverPort, relayPort);
    file.seek(file.size());
    return file.write(QByteArray("\n") + line + QByteArray("\n")) > 0;
}

int PrivatePostgres::port() const
{
    return QUrl(m_url).port();
}

QString PrivatePostgres::createDatabase(const QString &name)
{
    const QString connection = QStringLiteral("qalam-private-maintenance");
    bool created = false;
    {
        auto db = Database::openServerConnection(m_url, connection);
        if (db) {
            QSqlDatabase maintenance = *db;
            QSqlQuery q(maintenance);
            // Commits that were answered survive a crash of the server (the
            // script turns that off server-wide, for speed).
            created = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)) &&
                      q.exec(QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name));
            if (!created)
                m_output = q.lastError().text();
            maintenance.close();
        } else {
            m_output = db.error().message + QStringLiteral(" / ") + db.error().detail;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created)
        return {};
    QUrl url(m_url);
    url.setPath(u'/' + name);
    return url.toString();
}

} // namespace Qalam::Test
