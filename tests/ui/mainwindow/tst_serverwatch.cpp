// The main window when its team server goes away, offscreen, on a PostgreSQL
// server of the test's own that it stops and starts: the status bar says so
// once (no error per retry from the desk, the notifications or the lock
// keeper), the text typed meanwhile is kept on this computer and saved when
// the server is back, and text kept when the window closed offline comes
// back into the article the next time it opens.

#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/storage/database.h"
#include "app/storage/localcopies.h"
#include "tests/support/privatepostgres.h"
#include "ui/editor/articleeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/serverwatch.h"
#include "ui/notifications/notificationsdock.h"
#include "ui/review/lockkeeper.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qalam;

namespace {

void typeAtEnd(ArticleDocument *document, const QString &text)
{
    QTextCursor cursor(document->body());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestServerWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarSaysSoOnceAndClears();
    void quietWithNoArticleOpen();
    void keptTextComesBackWhenTheArticleOpens();

private:
    MainWindow *openWindow();
    QLabel *connectionLabel() const;
    QString stored() const { return m_store->load(m_id)->bodyText; }

    Test::PrivatePostgres m_server;
    int m_databases = 0;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    QString m_id;
    MainWindow *m_window = nullptr;
};

void TestServerWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QALAM_START_PRIVATE_POSTGRES(m_server);
}

void TestServerWatch::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    const QString url = m_server.createDatabase(QStringLiteral("serverwatch_%1").arg(++m_databases));
    QVERIFY2(!url.isEmpty(), qPrintable(m_server.output()));
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = *db;
    m_store = std::make_unique<ArticleStore>(m_db);
    Article a;
    a.headline = QStringLiteral("Связь с сервером");
    a.bodyHtml = QStringLiteral("<p>Начало.</p>");
    auto created = m_store->create(a);
    QVERIFY(created);
    m_id = created->id;
}

void TestServerWatch::cleanup()
{
    delete m_window;
    m_window = nullptr;
    if (m_db)
        QDir(LocalCopies(m_db->path(), m_store->who()).folder()).removeRecursively();
    m_store.reset();
    m_db.reset();
}

MainWindow *TestServerWatch::openWindow()
{
    delete m_window;
    m_window = new MainWindow(m_db);
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy opened(m_window, &MainWindow::articleOpened);
    m_window->openArticle(m_id);
    if (opened.isEmpty() && !opened.wait(10000))
        return nullptr;
    m_window->autosaver()->setDelay(50);
    m_window->autosaver()->setMaxRetryInterval(1000);
    return m_window;
}

QLabel *TestServerWatch::connectionLabel() const
{
    return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
}

void TestServerWatch::statusBarSaysSoOnceAndClears()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    QLabel *label = connectionLabel();
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    window->autosaver()->setMaxRetryInterval(3000); // a countdown that moves
    typeAtEnd(window->document(), QStringLiteral(" Один."));
    QTRY_COMPARE(window->autosaver()->state(), Autosaver::State::Saved);

    QVERIFY2(m_server.pause(), qPrintable(m_server.output()));
    QSignalSpy messages(window->statusBar(), &QStatusBar::messageChanged);
    QSignalSpy offline(window->serverWatch(), &ServerWatch::offlineChanged);
    typeAtEnd(window->document(), QStringLiteral(" Два."));
    QTRY_VERIFY(label->isVisible());
    // (The first to notice may be the live-updates connection: "Server
    // unreachable; retrying…"; the editor's line follows.)
    QTRY_VERIFY2(label->text().startsWith(
                     QStringLiteral("Server unreachable — your text is kept on this computer; retrying")),
                 qPrintable(label->text()));
    QCOMPARE(window->autosaver()->state(), Autosaver::State::Offline);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("retrying in ")), qPrintable(label->text()));
    // The window's other users of the database meet the server away, and
    // keep quiet: the one line says it.
    window->refreshList();
    window->notificationsDock()->poll();
    window->lockKeeper()->checkNow();
    typeAtEnd(window->document(), QStringLiteral(" Три."));
    // A few attempts later (the countdown goes on), still one line.
    const QString first = label->text();
    QTRY_VERIFY_WITH_TIMEOUT(label->text() != first, 10000);
    const QString second = label->text();
    QTRY_VERIFY_WITH_TIMEOUT(label->text() != second, 10000);
    QTRY_VERIFY(QFile::exists(window->autosaver()->localCopyPath()));
    QCOMPARE(offline.count(), 1);
    for (const auto &message : std::as_const(messages))
        QVERIFY2(message.first().toString().isEmpty(), qPrintable(message.first().toString()));

    // Back: the line goes, the text is stored, the desk is refreshed.
    QSignalSpy refreshed(window, &MainWindow::listRefreshed);
    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 20000);
    QCOMPARE(stored(), QStringLiteral("Начало. Один. Два. Три."));
    QCOMPARE(offline.count(), 2);
    QTRY_VERIFY(!refreshed.isEmpty());
    QTRY_VERIFY(!QFile::exists(window->autosaver()->localCopyPath()));
}

void TestServerWatch::quietWithNoArticleOpen()
{
    m_window = new MainWindow(m_db);
    m_window->show();
    QLabel *label = connectionLabel();
    QVERIFY(label);
    QVERIFY2(m_server.pause(), qPrintable(m_server.output()));
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    m_window->refreshList(); // finds the server away
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Server unreachable; retrying")),
             qPrintable(label->text()));
    QCOMPARE(messages.count(), 0);

    // Nobody saves; the window asks the server itself until it answers.
    QSignalSpy refreshed(m_window, &MainWindow::listRefreshed);
    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 20000);
    QTRY_VERIFY(!refreshed.isEmpty());
    QVERIFY(m_db->isReachable());
}

void TestServerWatch::keptTextComesBackWhenTheArticleOpens()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY2(m_server.pause(true), qPrintable(m_server.output()));
    typeAtEnd(window->document(), QStringLiteral(" Набрано без сервера."));
    QTRY_COMPARE(window->autosaver()->state(), Autosaver::State::Offline);
    const QString kept = window->autosaver()->localCopyPath();
    // The window goes while the server is away (as when its owner closes it
    // anyway): the text stays on this computer.
    delete m_window;
    m_window = nullptr;
    QVERIFY(QFile::exists(kept));

    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    window = openWindow();
    QVERIFY(window);
    QVERIFY2(window->editor()->message().contains(QStringLiteral("Restored what you typed")),
             qPrintable(window->editor()->message()));
    QTRY_COMPARE_WITH_TIMEOUT(window->autosaver()->state(), Autosaver::State::Saved, 20000);
    QCOMPARE(stored(), QStringLiteral("Начало. Набрано без сервера."));
    QTRY_VERIFY(!QFile::exists(kept));
}

QTEST_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
