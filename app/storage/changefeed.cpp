#include "app/storage/changefeed.h"

#include "app/core/logging.h"
#include "app/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace Qalam {

namespace {
const QString s_channel = QStringLiteral("qalam_changes");
} // namespace

// Lives on the feed's thread: opens the connection, listens or polls, and
// hands what it learns to the feed on the feed's thread.
class ChangeFeed::Listener : public QObject
{
public:
    Listener(ChangeFeed *feed, std::shared_ptr<Database> database, int pollMs, int healthMs)
        : m_feed(feed), m_database(std::move(database)), m_pollMs(pollMs), m_healthMs(healthMs)
    {
        m_check.setParent(this);
        m_retry.setParent(this);
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { open(); });
        connect(&m_check, &QTimer::timeout, this, [this] {
            if (m_database->isPostgres())
                checkServer();
            else
                pollFile();
        });
    }

    ~Listener() override { close(); }

    void open()
    {
        auto conn = m_database->connection();
        if (!conn) {
            qCWarning(lcStorage) << "change feed: no connection:" << conn.error().message;
            retryLater();
            return;
        }
        m_connectionName = conn->connectionName();
        if (m_database->isPostgres()) {
            QSqlDatabase db = *conn;
            // The server's administrators see what this connection is for.
            QSqlQuery(db).exec(QStringLiteral("SET application_name TO 'qalam-changes'"));
            QSqlDriver *driver = db.driver();
            if (!driver->subscribeToNotification(s_channel)) {
                qCWarning(lcStorage) << "change feed: LISTEN failed:" << driver->lastError().text();
                dropConnection();
                retryLater();
                return;
            }
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                        if (name == s_channel)
                            notified(payload.toString());
                    });
            m_check.start(m_healthMs);
        } else {
            const qint64 version = dataVersion();
            if (version < 0) {
                dropConnection();
                retryLater();
                return;
            }
            m_dataVersion = version;
            m_check.start(m_pollMs);
        }
        m_failures = 0;
        const bool again = m_everListened;
        m_everListened = true;
        post([](ChangeFeed *feed) { feed->setListening(true); });
        // Whatever happened while the connection was down went unannounced.
        if (again)
            post([](ChangeFeed *feed) { emit feed->listChanged(); });
    }

    void close()
    {
        m_check.stop();
        m_retry.stop();
        dropConnection(true);
    }

private:
    void notified(const QString &payload)
    {
        const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        const QString article = o.value(QStringLiteral("article")).toString();
        const QString what = o.value(QStringLiteral("what")).toString();
        const QString by = o.value(QStringLiteral("by")).toString();
        const int version = o.value(QStringLiteral("version")).toInt();
        if (article.isEmpty() || what.isEmpty()) {
            qCWarning(lcStorage) << "change feed: unreadable notification" << payload;
            post([](ChangeFeed *feed) { emit feed->listChanged(); });
            return;
        }
        post([article, what, by, version](ChangeFeed *feed) { feed->deliver(article, what, by, version); });
    }

    // A dropped server connection tells nobody; a query finds out.
    void checkServer()
    {
        if (m_connectionName.isEmpty())
            return; // already found lost
        bool alive = false;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            QSqlQuery q(db);
            alive = db.isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next();
            // The Database's other connections (the desk's list, the open
            // article) went with the server too: they are asked before their
            // next use instead of failing the refresh that follows.
            if (!alive)
                Database::noteConnectionLost(db.driver());
        }
        if (alive)
            return;
        qCWarning(lcStorage) << "change feed: lost the server connection; opening it again";
        lost();
    }

    void pollFile()
    {
        const qint64 version = dataVersion();
        if (version < 0) {
            lost();
            return;
        }
        if (version != m_dataVersion) {
            m_dataVersion = version;
            post([](ChangeFeed *feed) { emit feed->listChanged(); });
        }
    }

    // Changes whenever another connection (another process, or another
    // thread of this one) commits to the file.
    qint64 dataVersion()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
            qCWarning(lcStorage) << "change feed: PRAGMA data_version failed:" << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    void lost()
    {
        m_check.stop();
        dropConnection();
        post([](ChangeFeed *feed) { feed->setListening(false); });
        retryLater();
    }

    void retryLater()
    {
        // 0.25 s, 0.5 s, 1 s, then every 2 s: live updates are promised
        // within two seconds, also after a server's restart, and a refused
        // connection costs the server nothing.
        const int pause = qMin(2000, 250 << qMin(m_failures, 3));
        ++m_failures;
        m_retry.start(pause);
    }

    // Closes the feed's connection. A lost one stays registered, closed,
    // and Database::connection() opens a new one beside it; when the feed
    // stops (`forget`), its connection goes with its thread.
    void dropConnection(bool forget = false)
    {
        if (m_connectionName.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (forget && db.isOpen() && m_database->isPostgres())
                db.driver()->unsubscribeFromNotification(s_channel);
            db.close();
        }
        if (forget)
            QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }

    template <typename F> void post(F f)
    {
        ChangeFeed *feed = m_feed;
        QMetaObject::invokeMethod(
            feed, [feed, f] { f(feed); }, Qt::QueuedConnection);
    }

    ChangeFeed *m_feed;
    std::shared_ptr<Database> m_database;
    int m_pollMs;
    int m_healthMs;
    QTimer m_check; // PostgreSQL: the connection check; SQLite: the poll
    QTimer m_retry;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    int m_failures = 0;
    bool m_everListened = false;
};

class ChangeFeed::Thread : public QThread
{
public:
    Thread(ChangeFeed *feed, std::shared_ptr<Database> database, int pollMs, int healthMs)
        : m_feed(feed), m_database(std::move(database)), m_pollMs(pollMs), m_healthMs(healthMs)
    {
        setObjectName(QStringLiteral("qalam-changes"));
    }

protected:
    void run() override
    {
        // Created and destroyed here: the connection, its driver and its
        // socket notifier belong to this thread.
        Listener listener(m_feed, m_database, m_pollMs, m_healthMs);
        listener.open();
        exec();
        listener.close();
    }

private:
    ChangeFeed *m_feed;
    std::shared_ptr<Database> m_database;
    int m_pollMs;
    int m_healthMs;
};

ChangeFeed::ChangeFeed(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
}

ChangeFeed::~ChangeFeed()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void ChangeFeed::start()
{
    if (m_thread || !m_database)
        return;
    m_thread = new Thread(this, m_database, m_pollMs, m_healthMs);
    m_thread->start();
}

Result<void> ChangeFeed::announce(QSqlDatabase &db, const QString &articleId, const QString &what,
                                  const QString &byLogin)
{
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return {};
    // The payload the triggers of schema 10 send (postgresdialect.cpp).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(:channel, json_build_object('article', CAST(:article AS TEXT),"
                             " 'what', CAST(:what AS TEXT), 'by', CAST(:by AS TEXT), 'version', 0, 'pid', "
                             "pg_backend_pid())::text)"));
    q.bindValue(QStringLiteral(":channel"), s_channel);
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":what"), what);
    q.bindValue(QStringLiteral(":by"), byLogin);
    return execChecked(q, tr("The change could not be announced to the other desks."));
}

void ChangeFeed::deliver(const QString &articleId, const QString &what, const QString &byLogin, int version)
{
    emit articleChanged(articleId, what, byLogin, version);
}

void ChangeFeed::setListening(bool listening)
{
    if (m_listening == listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

} // namespace Qalam
