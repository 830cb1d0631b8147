// The team server goes away in the middle of autosaves and comes back: the
// text is kept on this computer meanwhile, the Autosaver saves by itself once
// the server answers, nothing is lost and nothing is saved twice. Runs its
// own PostgreSQL server (scripts/postgres.sh with a private folder and port),
// which it stops and starts; the shared test server is not touched.

#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/storage/database.h"
#include "app/storage/localcopies.h"
#include "tests/support/privatepostgres.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

#include <atomic>

using namespace Qalam;

namespace {

void typeAtEnd(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

// A TCP relay between the client and the server on loopback that can lose
// the answer to one COMMIT: it passes the COMMIT on, waits for the server's
// answer (the transaction is committed by then), swallows it and cuts both
// connections. The client cannot know whether its save went in. Runs on a
// thread of its own, so that a client blocked in libpq on the test's thread
// does not stop it.
class CommitAnswerLoser : public QObject
{
public:
    explicit CommitAnswerLoser(quint16 serverPort) : m_serverPort(serverPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_listener = new QTcpServer(this);
                connect(m_listener, &QTcpServer::newConnection, this, &CommitAnswerLoser::accept);
                m_listener->listen(QHostAddress::LocalHost);
                m_port = m_listener->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~CommitAnswerLoser() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    // The next COMMIT that passes loses its answer.
    void arm() { m_armed = true; }
    int answersLost() const { return m_lost; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener->nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            auto pending = std::make_shared<QByteArray>();
            auto seen = std::make_shared<QByteArray>();
            auto losing = std::make_shared<bool>(false);
            // A simple-protocol query: 'Q', its length (4 + 7), "COMMIT\0".
            static const QByteArray commit = QByteArray("Q\0\0\0\x0b"
                                                        "COMMIT\0",
                                                        12);
            connect(client, &QTcpSocket::readyRead, this, [=, this] {
                const QByteArray bytes = client->readAll();
                if (m_armed) {
                    seen->append(bytes);
                    if (seen->contains(commit)) {
                        m_armed = false;
                        *losing = true;
                    }
                    *seen = seen->right(commit.size());
                }
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(bytes);
                else
                    pending->append(bytes);
            });
            connect(server, &QTcpSocket::connected, this, [=] {
                server->write(*pending);
                pending->clear();
            });
            connect(server, &QTcpSocket::readyRead, this, [=, this] {
                const QByteArray bytes = server->readAll();
                if (*losing) {
                    ++m_lost;
                    server->abort();
                    client->abort();
                    return;
                }
                client->write(bytes);
            });
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }

    QThread m_thread;
    QTcpServer *m_listener = nullptr;
    quint16 m_serverPort;
    quint16 m_port = 0;
    std::atomic<bool> m_armed{false};
    std::atomic<int> m_lost{0};
};

} // namespace

class TestConnectionLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lostConnectionIsReplaced();
    void failedStatementDoesNotAbortTheConnection();
    void serverStopsAndComesBack();
    void serverCrashesInTheMiddleOfAutosaves();
    void lostCommitAnswerIsNotSavedTwice();
    void keptTextComesBackAfterARestart();

private:
    // Types until a save is on its way to the server, then stops the server.
    void stopServerWhileSaving(bool crash);
    QString keptBody() const;

    Test::PrivatePostgres m_server;
    int m_databases = 0;
    QString m_url;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<Autosaver> m_saver;
    Article m_article;
};

void TestConnectionLoss::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Test::quietHeadingFontWarnings();
    QALAM_START_PRIVATE_POSTGRES(m_server);
}

void TestConnectionLoss::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    m_url = m_server.createDatabase(QStringLiteral("connloss_%1").arg(++m_databases));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.output()));
    auto db = Database::open(m_url);
    QVERIFY2(db, qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail));
    m_db = *db;
    m_store = std::make_unique<ArticleStore>(m_db, &Clock::system(),
                                             Actor::singleDeskAccount(QStringLiteral("kolmakova")));
    Article draft;
    draft.headline = QStringLiteral("Сервер ушел и вернулся");
    draft.bodyHtml = QStringLiteral("<p>Начало.</p>");
    auto created = m_store->create(draft);
    QVERIFY(created);
    m_article = *created;
    m_document = std::make_unique<ArticleDocument>(m_article);
    m_saver = std::make_unique<Autosaver>(*m_store, m_document.get());
    m_saver->setDelay(50);
    m_saver->setMaxRetryInterval(1000);
}

void TestConnectionLoss::cleanup()
{
    const QString copies = LocalCopies(m_db ? m_db->path() : QString(), QStringLiteral("kolmakova")).folder();
    m_saver.reset();
    m_document.reset();
    m_store.reset();
    m_db.reset();
    QDir(copies).removeRecursively();
}

QString TestConnectionLoss::keptBody() const
{
    QFile file(m_saver->localCopyPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("body_text")).toString();
}

void TestConnectionLoss::lostConnectionIsReplaced()
{
    auto conn = m_db->connection();
    QVERIFY(conn);
    QSqlQuery prepared(*conn);
    QVERIFY(prepared.prepare(QStringLiteral("SELECT count(*) FROM articles")));
    QVERIFY(m_db->isReachable());

    QVERIFY2(m_server.pause(), qPrintable(m_server.output()));
    // The connection still looks open; the first statement finds it gone.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("connection to the database lost")));
    auto read = m_store->load(m_article.id);
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::Unavailable);
    QVERIFY(!m_db->isReachable());
    // Connecting again is refused: still Unavailable, not an I/O error.
    auto again = m_store->load(m_article.id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Unavailable);
    QVERIFY(!m_db->ping());

    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    // (Qt's driver lets go of the statement prepared on the lost connection.)
    QTest::ignoreMessage(QtWarningMsg, "Unable to free statement: connection pointer is NULL\n");
    auto back = m_store->load(m_article.id);
    QVERIFY2(back, qPrintable(back.error().detail));
    QCOMPARE(back->bodyText, QStringLiteral("Начало."));
    QVERIFY(m_db->isReachable());
    QVERIFY(m_db->ping());
    // A statement prepared on the lost connection is not run on the new one.
    QVERIFY(!prepared.exec());
}

void TestConnectionLoss::failedStatementDoesNotAbortTheConnection()
{
    auto conn = m_db->connection();
    QVERIFY(conn);
    {
        WriteTransaction tx(*conn);
        QVERIFY(tx.begin(m_db->dialect().beginWrite()));
        QSqlQuery bad(*conn);
        bad.prepare(QStringLiteral("SELECT no_such_column FROM articles"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
        auto failed = execChecked(bad, QStringLiteral("refused"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Database);
        // PostgreSQL would answer COMMIT with a quiet rollback: not a commit.
        QVERIFY(!tx.commit());
    }
    // The same connection takes the next save.
    typeAtEnd(m_document->body(), QStringLiteral(" Дальше."));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(m_store->load(m_article.id)->bodyText, QStringLiteral("Начало. Дальше."));
    QCOMPARE(m_db->connection()->driver(), conn->driver());
}

void TestConnectionLoss::stopServerWhileSaving(bool crash)
{
    // Saves go in while the server runs.
    typeAtEnd(m_document->body(), QStringLiteral(" Один."));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    QCOMPARE(m_store->load(m_article.id)->bodyText, QStringLiteral("Начало. Один."));

    // The server goes away while the next save is on its way (or just after).
    QSignalSpy states(m_saver.get(), &Autosaver::stateChanged);
    typeAtEnd(m_document->body(), QStringLiteral(" Два."));
    QTRY_VERIFY(states.contains(QVariantList{QVariant::fromValue(Autosaver::State::Saving)}));
    QVERIFY2(m_server.pause(crash), qPrintable(m_server.output()));
}

void TestConnectionLoss::serverStopsAndComesBack()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QSignalSpy failedSpy(m_saver.get(), &Autosaver::saveFailed);
    stopServerWhileSaving(false);

    // Typing goes on; the next save finds the server gone.
    typeAtEnd(m_document->body(), QStringLiteral(" Три."));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Offline);
    QCOMPARE(m_saver->lastError().code, Error::Code::Unavailable);
    QVERIFY(!m_db->isReachable());
    // The text is on this computer, the newest included.
    QTRY_COMPARE(keptBody(), QStringLiteral("Начало. Один. Два. Три."));
    typeAtEnd(m_document->body(), QStringLiteral(" Четыре."));
    QTRY_COMPARE(keptBody(), QStringLiteral("Начало. Один. Два. Три. Четыре."));
    QCOMPARE(m_saver->state(), Autosaver::State::Offline);
    // The window may close now: nothing is lost, and it does not wait for the server.
    QElapsedTimer flushing;
    flushing.start();
    QVERIFY(!m_saver->flush());
    QVERIFY2(flushing.elapsed() < 5000, "flush() waited for an unreachable server");

    // The server comes back; the Autosaver saves by itself.
    const int savedBefore = int(savedSpy.count());
    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 20000);
    QVERIFY(!m_document->isModified());
    const Article stored = *m_store->load(m_article.id);
    QCOMPARE(stored.bodyText, QStringLiteral("Начало. Один. Два. Три. Четыре."));
    QVERIFY(savedSpy.count() > savedBefore);
    // Every save went in once: one version per save, no conflict, no failure
    // reported as anything but the server being away.
    QCOMPARE(stored.version, m_article.version + int(savedSpy.count()));
    QCOMPARE(m_document->version(), stored.version);
    QCOMPARE(conflictSpy.count(), 0);
    QCOMPARE(failedSpy.count(), 0);
    QCOMPARE(m_store->revisions(m_article.id)->size(), qsizetype(1)); // the first one, nothing doubled
    // Stored, so no longer kept here.
    QTRY_VERIFY(!QFile::exists(m_saver->localCopyPath()));
}

void TestConnectionLoss::serverCrashesInTheMiddleOfAutosaves()
{
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);
    QSignalSpy states(m_saver.get(), &Autosaver::stateChanged);
    stopServerWhileSaving(true);
    // An explicit save while the server is down is kept for later, as a revision.
    typeAtEnd(m_document->body(), QStringLiteral(" Три."));
    m_saver->saveNow(QStringLiteral("перед сдачей"));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Offline);
    QTRY_COMPARE(keptBody(), QStringLiteral("Начало. Один. Два. Три."));
    QVERIFY(!m_db->isReachable());
    // Typing while offline is kept too, quietly: the state stays Offline.
    const qsizetype offlineAt = states.count();
    typeAtEnd(m_document->body(), QStringLiteral(" Пять."));
    QTRY_COMPARE(keptBody(), QStringLiteral("Начало. Один. Два. Три. Пять."));
    QCOMPARE(states.count(), offlineAt);

    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 20000);
    const Article stored = *m_store->load(m_article.id);
    QCOMPARE(stored.bodyText, QStringLiteral("Начало. Один. Два. Три. Пять."));
    QCOMPARE(stored.version, m_article.version + int(savedSpy.count()));
    QCOMPARE(conflictSpy.count(), 0);
    QVERIFY(m_db->isReachable());
    // The revision asked for while offline, once.
    const auto revisions = *m_store->revisions(m_article.id);
    QCOMPARE(revisions.size(), qsizetype(2));
    QCOMPARE(revisions.first().reason, QStringLiteral("перед сдачей"));
    QTRY_VERIFY(!QFile::exists(m_saver->localCopyPath()));
}

void TestConnectionLoss::lostCommitAnswerIsNotSavedTwice()
{
    // The desk talks to the server through a relay that loses one COMMIT's
    // answer: the save is committed, the desk hears only that the
    // connection broke.
    CommitAnswerLoser relay(quint16(m_server.port()));
    QVERIFY(m_server.admitThrough(relay.port()));
    QUrl relayed(m_url);
    relayed.setPort(relay.port());
    auto desk = Database::open(relayed.toString());
    QVERIFY2(desk, qPrintable(desk.error().detail));
    ArticleStore deskStore(*desk, &Clock::system(), Actor::singleDeskAccount(QStringLiteral("kolmakova")));
    m_saver.reset();
    m_saver = std::make_unique<Autosaver>(deskStore, m_document.get());
    m_saver->setDelay(50);
    m_saver->setMaxRetryInterval(1000);
    QSignalSpy savedSpy(m_saver.get(), &Autosaver::articleSaved);
    QSignalSpy conflictSpy(m_saver.get(), &Autosaver::conflictDetected);

    typeAtEnd(m_document->body(), QStringLiteral(" Один."));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Saved);
    const int before = m_store->load(m_article.id)->version;

    // An explicit save (a revision) whose COMMIT answer is lost.
    relay.arm();
    typeAtEnd(m_document->body(), QStringLiteral(" Два."));
    m_saver->saveNow(QStringLiteral("перед сдачей"));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Offline);
    QCOMPARE(relay.answersLost(), 1);
    // It went in (read past the relay), once.
    Article stored = *m_store->load(m_article.id);
    QCOMPARE(stored.bodyText, QStringLiteral("Начало. Один. Два."));
    QCOMPARE(stored.version, before + 1);
    QCOMPARE(m_store->revisions(m_article.id)->size(), qsizetype(2));
    // More typing before the retry.
    typeAtEnd(m_document->body(), QStringLiteral(" Три."));

    // The retry finds version before + 1 holding what was sent: saved, not a
    // conflict; then the newer text goes in as the next version.
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 20000);
    QCOMPARE(conflictSpy.count(), 0);
    stored = *m_store->load(m_article.id);
    QCOMPARE(stored.bodyText, QStringLiteral("Начало. Один. Два. Три."));
    QCOMPARE(stored.version, before + 2);
    QCOMPARE(m_document->version(), before + 2);
    const auto revisions = *m_store->revisions(m_article.id);
    QCOMPARE(revisions.size(), qsizetype(2)); // the revision of the lost answer, not a second one
    QCOMPARE(revisions.first().reason, QStringLiteral("перед сдачей"));
    QCOMPARE(revisions.first().snapshot.bodyText, QStringLiteral("Начало. Один. Два."));
    QVERIFY(!m_document->isModified());
    m_saver.reset(); // before the relay's connections go
}

void TestConnectionLoss::keptTextComesBackAfterARestart()
{
    stopServerWhileSaving(true);
    typeAtEnd(m_document->body(), QStringLiteral(" Три."));
    QTRY_COMPARE(m_saver->state(), Autosaver::State::Offline);
    typeAtEnd(m_document->body(), QStringLiteral(" Четыре."));
    // The window closes while the server is away (the text was kept).
    const QString kept = m_saver->localCopyPath();
    QVERIFY(!m_saver->flush());
    m_saver.reset();
    m_document.reset();
    QVERIFY(QFile::exists(kept));

    // The next start: the server is back, the article opens, the kept text
    // goes into it as an unsaved change and is saved.
    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    LocalCopies copies(m_db->path(), QStringLiteral("kolmakova"));
    const auto copy = copies.find(m_article.id);
    QVERIFY(copy);
    QCOMPARE(copy->article.bodyText, QStringLiteral("Начало. Один. Два. Три. Четыре."));
    QCOMPARE(copies.all().size(), qsizetype(1));
    auto stored = m_store->load(m_article.id);
    QVERIFY2(stored, qPrintable(stored.error().detail));
    QVERIFY(stored->bodyText != copy->article.bodyText);
    const auto base = LocalCopies::restoreBase(*copy, *stored);
    QVERIFY(base);
    QCOMPARE(base->version, stored->version); // nobody else saved since
    m_document = std::make_unique<ArticleDocument>(*base);
    LocalCopies::applyTo(*m_document, copy->article);
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->snapshot().bodyHtml, copy->article.bodyHtml);
    m_saver = std::make_unique<Autosaver>(*m_store, m_document.get());
    m_saver->setDelay(50);
    m_saver->saveNow(QStringLiteral("restored"));
    QTRY_COMPARE_WITH_TIMEOUT(m_saver->state(), Autosaver::State::Saved, 20000);
    QCOMPARE(m_store->load(m_article.id)->bodyText, QStringLiteral("Начало. Один. Два. Три. Четыре."));
    QTRY_VERIFY(!QFile::exists(kept));
    // One Undo takes the restored text out again.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->body()->toPlainText(), stored->bodyText);

    // A copy the database holds already is spent; one based on a version
    // someone else has replaced since opens at its own version, so that
    // saving it meets the version check instead of overwriting theirs.
    const Article now = *m_store->load(m_article.id);
    QVERIFY(!LocalCopies::restoreBase(*copy, now));
    LocalCopies::Copy old = *copy;
    old.article.bodyHtml = QStringLiteral("<p>Начало. Мое.</p>");
    const auto conflicting = LocalCopies::restoreBase(old, now);
    QVERIFY(conflicting);
    QCOMPARE(conflicting->version, copy->article.version);
    QVERIFY(conflicting->version < now.version);
    // Unless that later version is a save of this copy whose answer was lost.
    old.sent.append(ArticleStore::contentKey(now));
    QCOMPARE(LocalCopies::restoreBase(old, now)->version, now.version);
}

QTEST_GUILESS_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
