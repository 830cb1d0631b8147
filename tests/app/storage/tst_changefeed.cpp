// ChangeFeed: another desktop's changes reach this one within two seconds.
// On PostgreSQL through LISTEN/NOTIFY (schema 10's triggers), from a second
// Database of this process and from a qalam-cli child; on an SQLite file
// through PRAGMA data_version, which sees a cli write as well. Photo changes
// no trigger sees (a caption, the lead photo, the order) are announced by
// the photo store, at commit and only then.
#include "app/storage/articlestore.h"
#include "app/storage/changefeed.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;
using Qalam::Test::TestDatabase;

namespace {

// One articleChanged() as the spy recorded it.
struct Change
{
    QString article;
    QString what;
    QString by;
    int version = 0;
};

Change changeAt(const QSignalSpy &spy, qsizetype i)
{
    const QList<QVariant> &args = spy.at(i);
    return {args.at(0).toString(), args.at(1).toString(), args.at(2).toString(), args.at(3).toInt()};
}

// Waits (up to two seconds from now) until the spy holds a change of
// `article` with `what`; returns it, or an empty Change.
Change waitForChange(QSignalSpy &spy, const QString &article, const QString &what)
{
    qsizetype seen = 0;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        for (; seen < spy.size(); ++seen) {
            const Change c = changeAt(spy, seen);
            if (c.article == article && c.what == what)
                return c;
        }
        const qint64 left = 2000 - timer.elapsed();
        if (left <= 0 || !spy.wait(int(left))) {
            for (; seen < spy.size(); ++seen) {
                const Change c = changeAt(spy, seen);
                if (c.article == article && c.what == what)
                    return c;
            }
            return {};
        }
    }
}

Article draft(const QString &headline)
{
    Article a;
    a.headline = headline;
    a.lead = QStringLiteral("Лид статьи.");
    a.bodyHtml = QStringLiteral("<p>Текст статьи о событиях в Караганде.</p>");
    return a;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void startsListening();
    void anotherDatabaseIsHeard();
    void cliWriteIsHeard();
    // PostgreSQL: what each change says.
    void savesStatesAndLocksAreNamed();
    void lockRenewalIsNotNews();
    void photoChangesAreAnnounced();
    void lostConnectionIsReopened();
    void schemaTenHasTheTriggers();

private:
    std::unique_ptr<ChangeFeed> listeningFeed(const std::shared_ptr<Database> &db);
    QTemporaryDir m_home;
};

void TestChangeFeed::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
    QVERIFY(m_home.isValid());
}

std::unique_ptr<ChangeFeed> TestChangeFeed::listeningFeed(const std::shared_ptr<Database> &db)
{
    auto feed = std::make_unique<ChangeFeed>(db); // the app's intervals: a file is polled every second
    QSignalSpy listening(feed.get(), &ChangeFeed::listeningChanged);
    feed->start();
    if (!listening.wait(5000) || !feed->isListening()) {
        QTest::qFail("the change feed did not start listening", __FILE__, __LINE__);
        return nullptr;
    }
    return feed;
}

void TestChangeFeed::startsListening()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto feed = listeningFeed(db);
    QVERIFY(feed);
    QVERIFY(feed->isListening());
    // Stopping (the window closing) closes the feed's connection with it.
    feed.reset();
}

void TestChangeFeed::anotherDatabaseIsHeard()
{
    TestDatabase file;
    auto mine = file.open();
    QVERIFY(mine);
    auto feed = listeningFeed(mine);
    QVERIFY(feed);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);
    QSignalSpy list(feed.get(), &ChangeFeed::listChanged);

    // Another desktop: a Database of its own on the same file or server.
    auto theirs = Database::open(file.path());
    QVERIFY2(theirs, qPrintable(theirs.error().message));
    ArticleStore store(*theirs, &Clock::system(), Actor::singleDeskAccount(QStringLiteral("kolmakova")));
    auto created = store.create(draft(QStringLiteral("Новая статья из Шымкента")));
    QVERIFY2(created, qPrintable(created.error().message));

    if (!mine->isPostgres()) {
        QVERIFY(list.wait(2000));
        QCOMPARE(changes.size(), 0); // a file says only that something changed
        return;
    }
    const Change c = waitForChange(changes, created->id, QStringLiteral("created"));
    QCOMPARE(c.article, created->id);
    QCOMPARE(c.by, QStringLiteral("kolmakova"));
    QCOMPARE(c.version, 1);

    Article edited = *created;
    edited.headline = QStringLiteral("Новая статья из Шымкента, дополнено");
    auto saved = store.save(edited);
    QVERIFY(saved);
    const Change s = waitForChange(changes, created->id, QStringLiteral("saved"));
    QCOMPARE(s.version, saved->version);
    QVERIFY(s.version > 1);
}

void TestChangeFeed::cliWriteIsHeard()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto feed = listeningFeed(db);
    QVERIFY(feed);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);
    QSignalSpy list(feed.get(), &ChangeFeed::listChanged);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(QALAM_CLI_PATH),
              {QStringLiteral("--db"), file.path(), QStringLiteral("new"), QStringLiteral("--headline"),
               QStringLiteral("Аким Караганды встретился с жителями")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
             cli.readAllStandardError().constData());
    const QString id = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    QVERIFY(!id.isEmpty());

    if (!db->isPostgres()) {
        QVERIFY(list.size() > 0 || list.wait(2000));
        return;
    }
    const Change c = waitForChange(changes, id, QStringLiteral("created"));
    QCOMPARE(c.article, id);
    QCOMPARE(c.version, 1);
}

void TestChangeFeed::savesStatesAndLocksAreNamed()
{
    TestDatabase file;
    if (!TestDatabase::isPostgres())
        QSKIP("PostgreSQL: a file's changes are not itemised");
    auto mine = file.open();
    QVERIFY(mine);
    auto feed = listeningFeed(mine);
    QVERIFY(feed);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);

    auto theirs = Database::open(file.path());
    QVERIFY(theirs);
    const Actor writer = Actor::singleDeskAccount(QStringLiteral("sokolova"));
    ArticleStore store(*theirs, &Clock::system(), writer);
    auto created = store.create(draft(QStringLiteral("Паводок в Костанае")));
    QVERIFY(created);
    const QString id = created->id;
    QVERIFY(!waitForChange(changes, id, QStringLiteral("created")).article.isEmpty());

    Workflow workflow(*theirs, writer);
    QVERIFY(workflow.acquireLock(id));
    const Change taken = waitForChange(changes, id, QStringLiteral("lock"));
    QCOMPARE(taken.by, QStringLiteral("sokolova"));

    changes.clear();
    auto submitted = workflow.submit(id);
    QVERIFY2(submitted, qPrintable(submitted.error().message));
    // The article's row says its state changed; the audit entry says who did it.
    const Change state = waitForChange(changes, id, QStringLiteral("status"));
    QCOMPARE(state.article, id);
    const auto namedBy = [&changes](const QString &login) {
        for (qsizetype i = 0; i < changes.size(); ++i)
            if (changeAt(changes, i).what == u"status" && changeAt(changes, i).by == login)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(namedBy(QStringLiteral("sokolova")), 2000);

    changes.clear();
    QVERIFY(workflow.releaseLock(id));
    const Change released = waitForChange(changes, id, QStringLiteral("lock"));
    QCOMPARE(released.by, QStringLiteral("sokolova"));
}

void TestChangeFeed::lockRenewalIsNotNews()
{
    TestDatabase file;
    if (!TestDatabase::isPostgres())
        QSKIP("PostgreSQL: a file's changes are not itemised");
    auto mine = file.open();
    QVERIFY(mine);
    auto feed = listeningFeed(mine);
    QVERIFY(feed);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);

    auto theirs = Database::open(file.path());
    QVERIFY(theirs);
    const Actor writer = Actor::singleDeskAccount(QStringLiteral("sokolova"));
    ArticleStore store(*theirs, &Clock::system(), writer);
    auto first = store.create(draft(QStringLiteral("Первая")));
    auto second = store.create(draft(QStringLiteral("Вторая")));
    QVERIFY(first && second);
    Workflow workflow(*theirs, writer);
    QVERIFY(workflow.acquireLock(first->id));
    QVERIFY(!waitForChange(changes, first->id, QStringLiteral("lock")).article.isEmpty());

    // A renewal (every minute while an article is open) changes nothing
    // another desk shows: the next thing heard is the next real change.
    changes.clear();
    QVERIFY(workflow.acquireLock(first->id));
    QVERIFY(workflow.acquireLock(second->id));
    const Change next = waitForChange(changes, second->id, QStringLiteral("lock"));
    QCOMPARE(next.article, second->id);
    for (qsizetype i = 0; i < changes.size(); ++i)
        QVERIFY2(changeAt(changes, i).article != first->id, "a lock renewal was announced");
}

void TestChangeFeed::photoChangesAreAnnounced()
{
    TestDatabase file;
    if (!TestDatabase::isPostgres())
        QSKIP("PostgreSQL: a file's changes are not itemised");
    auto mine = file.open();
    QVERIFY(mine);
    auto feed = listeningFeed(mine);
    QVERIFY(feed);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);

    // Another desk's photo editor: no trigger sees a caption or the lead
    // photo change the article's row, so the store announces them itself.
    auto theirs = Database::open(file.path());
    QVERIFY(theirs);
    const Actor editor = Actor::singleDeskAccount(QStringLiteral("zhanibekov"));
    auto created = ArticleStore(*theirs, &Clock::system(), editor).create(draft(QStringLiteral("Паводок")));
    QVERIFY(created);
    const QString id = created->id;
    QVERIFY(!waitForChange(changes, id, QStringLiteral("created")).article.isEmpty());
    PhotoStore photos(*theirs, &Clock::system(), editor);
    QList<qint64> ids;
    for (const QColor &colour : {QColor(Qt::darkCyan), QColor(Qt::darkRed)}) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = QDir(file.dir()).filePath(colour.name().mid(1) + QStringLiteral(".jpg"));
        QVERIFY(image.save(path, "JPEG"));
        auto photo = photos.importFile(path);
        QVERIFY2(photo, qPrintable(photo.error().message));
        ids.append(photo->id);
    }

    changes.clear();
    QVERIFY(photos.attach(id, ids.at(0)));
    Change c = waitForChange(changes, id, QStringLiteral("photos"));
    QCOMPARE(c.article, id);
    QCOMPARE(c.by, QStringLiteral("zhanibekov"));
    QCOMPARE(c.version, 0);
    QVERIFY(photos.attach(id, ids.at(1)));

    changes.clear();
    Photo p = *photos.photo(ids.at(0));
    p.caption = QStringLiteral("Река Ишим вышла из берегов");
    QVERIFY(photos.update(p));
    QCOMPARE(waitForChange(changes, id, QStringLiteral("photos")).article, id);

    changes.clear();
    QVERIFY(photos.setLead(id, ids.at(1)));
    QCOMPARE(waitForChange(changes, id, QStringLiteral("photos")).article, id);
    changes.clear();
    QVERIFY(photos.reorder(id, {ids.at(1), ids.at(0)}));
    QCOMPARE(waitForChange(changes, id, QStringLiteral("photos")).article, id);

    // Saving the same values is no news; a refused change announces nothing
    // (its transaction is rolled back): the next thing heard is the detach.
    changes.clear();
    QVERIFY(photos.update(p));
    QVERIFY(!photos.reorder(id, {ids.at(0)})); // not the article's photos: refused
    QVERIFY(photos.detach(id, ids.at(0)));
    QCOMPARE(waitForChange(changes, id, QStringLiteral("photos")).article, id);
    int announced = 0;
    for (qsizetype i = 0; i < changes.size(); ++i)
        announced += changeAt(changes, i).what == u"photos" ? 1 : 0;
    QCOMPARE(announced, 1);
}

void TestChangeFeed::lostConnectionIsReopened()
{
    TestDatabase file;
    if (!TestDatabase::isPostgres())
        QSKIP("PostgreSQL: a file has no connection to lose");
    auto mine = file.open();
    QVERIFY(mine);
    auto feed = std::make_unique<ChangeFeed>(mine);
    feed->setHealthCheckInterval(100);
    QSignalSpy listening(feed.get(), &ChangeFeed::listeningChanged);
    QSignalSpy list(feed.get(), &ChangeFeed::listChanged);
    QSignalSpy changes(feed.get(), &ChangeFeed::articleChanged);
    feed->start();
    QVERIFY(listening.wait(5000));
    QVERIFY(feed->isListening());

    // The server ends the feed's session (a restart, a network cut, an
    // administrator): the feed notices, says so, and listens again.
    auto theirs = Database::open(file.path());
    QVERIFY(theirs);
    {
        auto conn = (*theirs)->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                       " WHERE datname = current_database() AND application_name = "
                                       "'qalam-changes'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
    }
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 3, 10000); // on, off, on again
    QCOMPARE(listening.at(1).at(0).toBool(), false);
    QCOMPARE(listening.at(2).at(0).toBool(), true);
    QVERIFY(feed->isListening());
    // Changes while it was away were not itemised: everything may have changed.
    QTRY_VERIFY_WITH_TIMEOUT(list.size() >= 1, 2000);

    ArticleStore store(*theirs);
    auto created = store.create(draft(QStringLiteral("После переподключения")));
    QVERIFY(created);
    QCOMPARE(waitForChange(changes, created->id, QStringLiteral("created")).article, created->id);
}

void TestChangeFeed::schemaTenHasTheTriggers()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    QVERIFY(db->schemaVersion() >= 10);
    if (!db->isPostgres())
        return; // nothing to add on a file
    auto conn = db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT trigger_name FROM information_schema.triggers"
                                  " WHERE trigger_name LIKE '%_notify' ORDER BY trigger_name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("article_locks_notify"), QStringLiteral("articles_notify"),
                                 QStringLiteral("audit_log_notify")}));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
