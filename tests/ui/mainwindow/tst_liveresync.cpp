// The window after a restart of the team server, offscreen, on a private
// PostgreSQL server (tests/support/privatepostgres.h) stopped cleanly and
// crashed: changes the window was never told about (made with the
// notifications switched off, as if while its feed was away) show once the
// feed listens again, in the desk list, the open article and its Photos
// dock; and another desk's change after the restart shows within two
// seconds.

#include "app/model/articledocument.h"
#include "app/model/articlelistmodel.h"
#include "app/storage/articlestore.h"
#include "app/storage/changefeed.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "tests/support/privatepostgres.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/photos/photosdock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;

namespace {

constexpr int s_live = 2000; // the promise: within two seconds

QString headlineInList(const MainWindow &window, const QString &id)
{
    ArticleListModel *model = window.listModel();
    const int row = model->rowOf(id);
    return row < 0 ? QString() : model->index(row).data(ArticleListModel::HeadlineRole).toString();
}

} // namespace

class TestLiveResync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void missedChangesShowAfterARestart_data();
    void missedChangesShowAfterARestart();

private:
    // Writes the headline and the caption the way nobody announces: the
    // notification trigger off for this one transaction.
    bool changeSilently(const QString &headline, const QString &caption);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    Test::PrivatePostgres m_server;
    int m_databases = 0;
    QString m_url;
    std::shared_ptr<Database> m_otherDesk;
    QString m_articleId;
    qint64 m_photoId = 0;
};

void TestLiveResync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
    QALAM_START_PRIVATE_POSTGRES(m_server);
}

void TestLiveResync::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    m_url = m_server.createDatabase(QStringLiteral("liveresync_%1").arg(++m_databases));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.output()));
    auto db = Database::open(m_url);
    QVERIFY2(db, qPrintable(db.error().message));
    m_otherDesk = *db;
    Article a;
    a.headline = QStringLiteral("Паводок в Петропавловске");
    a.bodyHtml = QStringLiteral("<p>Река Ишим вышла из берегов.</p>");
    auto created = ArticleStore(m_otherDesk).create(a);
    QVERIFY2(created, qPrintable(created.error().message));
    m_articleId = created->id;
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = QDir(m_files.path()).filePath(QStringLiteral("river-%1.jpg").arg(m_databases));
    QVERIFY(image.save(path, "JPEG"));
    PhotoStore photos(m_otherDesk);
    auto photo = photos.importFile(path);
    QVERIFY2(photo, qPrintable(photo.error().message));
    Photo described = *photo;
    described.caption = QStringLiteral("Река Ишим");
    QVERIFY(photos.update(described));
    QVERIFY(photos.attach(m_articleId, described.id));
    m_photoId = described.id;
}

void TestLiveResync::cleanup()
{
    m_otherDesk.reset();
}

bool TestLiveResync::changeSilently(const QString &headline, const QString &caption)
{
    auto conn = m_otherDesk->connection();
    if (!conn)
        return false;
    QSqlDatabase db = *conn;
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    const auto run = [&q](const QString &sql) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    };
    bool ok = run(QStringLiteral("ALTER TABLE articles DISABLE TRIGGER articles_notify"));
    if (ok) {
        q.prepare(
            QStringLiteral("UPDATE articles SET headline = :headline, version = version + 1 WHERE id = :id"));
        q.bindValue(QStringLiteral(":headline"), headline);
        q.bindValue(QStringLiteral(":id"), m_articleId);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE photos SET caption = :caption WHERE id = :id"));
        q.bindValue(QStringLiteral(":caption"), caption);
        q.bindValue(QStringLiteral(":id"), m_photoId);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    ok = ok && run(QStringLiteral("ALTER TABLE articles ENABLE TRIGGER articles_notify"));
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

void TestLiveResync::missedChangesShowAfterARestart_data()
{
    QTest::addColumn<bool>("crash");
    QTest::newRow("clean stop") << false;
    QTest::newRow("crash") << true;
}

void TestLiveResync::missedChangesShowAfterARestart()
{
    QFETCH(bool, crash);
    auto db = Database::open(m_url);
    QVERIFY2(db, qPrintable(db.error().message));
    MainWindow window(*db);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(m_articleId);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(window.changeFeed()->isListening(), 10000);
    PhotosDock *dock = window.photosDock();
    QTRY_COMPARE_WITH_TIMEOUT(dock->list()->count(), 1, 5000);
    QCOMPARE(dock->captionEdit()->toPlainText(), QStringLiteral("Река Ишим"));

    // Changes nobody announced, then the server goes away.
    QVERIFY(changeSilently(QStringLiteral("Паводок: вода отступает"), QStringLiteral("Ишим, 12 апреля")));
    QVERIFY2(m_server.pause(crash), qPrintable(m_server.output()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeFeed()->isListening(), s_live);
    // (Nothing told the window so far.)
    QCOMPARE(window.document()->field(ArticleDocument::Field::Headline),
             QStringLiteral("Паводок в Петропавловске"));
    QCOMPARE(dock->captionEdit()->toPlainText(), QStringLiteral("Река Ишим"));

    // Back: the feed listens again and says it may have missed changes; the
    // window reads everything again.
    QVERIFY2(m_server.resume(), qPrintable(m_server.output()));
    QElapsedTimer back;
    back.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.changeFeed()->isListening(), 2 * s_live);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->field(ArticleDocument::Field::Headline),
                              QStringLiteral("Паводок: вода отступает"), s_live);
    QTRY_COMPARE_WITH_TIMEOUT(headlineInList(window, m_articleId), QStringLiteral("Паводок: вода отступает"),
                              s_live);
    QTRY_COMPARE_WITH_TIMEOUT(dock->captionEdit()->toPlainText(), QStringLiteral("Ишим, 12 апреля"), s_live);
    qInfo("the missed changes showed %lld ms after the server was back", back.elapsed());

    // Another desk's change after the restart: within two seconds.
    auto theirs = Database::open(m_url);
    QVERIFY2(theirs, qPrintable(theirs.error().message));
    ArticleStore store(*theirs);
    Article edited = *store.load(m_articleId);
    edited.headline = QStringLiteral("Паводок: вода ушла");
    QVERIFY(store.save(edited));
    QElapsedTimer saved;
    saved.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->field(ArticleDocument::Field::Headline),
                              QStringLiteral("Паводок: вода ушла"), s_live);
    qInfo("a change after the restart showed after %lld ms", saved.elapsed());
}

QTEST_MAIN(TestLiveResync)
#include "tst_liveresync.moc"
