// One desk at a time runs an outbox job: two desks (two PublishRunners, each
// with a Database object of its own on the same file or server database) and
// the fault-injecting CMS on 127.0.0.1. Both desks running the due jobs at
// once make one post; a desk that vanished mid-job keeps its claim until the
// lease runs out (a ManualClock moves time), then another desk takes the job
// over, finishes it without duplicates and records the takeover; a cancel
// from another desk stops the runner at its next renewal; a schema-10
// database migrates with its jobs runnable.
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"
#include "tests/support/fakecms.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;
using Fault = Test::FakeCms::Fault;

namespace {

template <typename T> const char *why(const Result<T> &r)
{
    static QByteArray text;
    text = (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
    return text.constData();
}

const QString s_password = QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX");

// One desk: its own connection to the shared database, network and runner.
struct Desk
{
    std::shared_ptr<Database> db;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PublishRunner> runner;
};

} // namespace

class TestOutboxClaim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoDesksRunTheSameJobOnce();
    void vanishedDeskIsTakenOverAfterItsLease();
    void cancelFromAnotherDeskStopsTheRunner();
    void claimRules();
    void schema10JobsStayRunnable();

private:
    QString approvedArticle(const QString &headline, int photos);
    void addWordPress(int concurrency = 3, int timeoutSeconds = 2);
    Desk makeDesk(const QString &name, const Clock *clock = &Clock::system());
    int mediaUploads() const { return m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$")); }

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::FakeCms> m_cms;
    Test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
};

void TestOutboxClaim::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestOutboxClaim::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cms = std::make_unique<Test::FakeCms>();
    QVERIFY(m_cms->listen());
    m_cms->setWordPressCredentials(QStringLiteral("qalam"), s_password);
    m_clock = Test::ManualClock(QDateTime::currentDateTimeUtc());
}

void TestOutboxClaim::cleanup()
{
    m_cms.reset();
    m_db.reset();
    m_file.reset();
    m_dir.reset();
}

Desk TestOutboxClaim::makeDesk(const QString &name, const Clock *clock)
{
    Desk desk;
    auto db = Database::open(m_file->path());
    if (!db) {
        QTest::qFail(why(db), __FILE__, __LINE__);
        return desk;
    }
    desk.db = *db;
    desk.network = std::make_unique<QNetworkAccessManager>();
    desk.runner = std::make_unique<PublishRunner>(desk.db, Actor::local(), desk.network.get());
    desk.runner->setRetryPolicy(RetryPolicy{4, 10, 200});
    desk.runner->setWorkFolder(m_dir->filePath(QStringLiteral("work-") + name));
    desk.runner->setSecretLookup(
        [](const QString &) -> Result<std::optional<QString>> { return std::optional<QString>(s_password); });
    desk.runner->setClock(clock);
    desk.runner->setDesk(QStringLiteral("omarov@") + name);
    return desk;
}

QString TestOutboxClaim::approvedArticle(const QString &headline, int photos)
{
    Article draft;
    draft.headline = headline;
    draft.lead = QStringLiteral("Глава государства провел совещание с акимами, передает Акорда.");
    draft.bodyHtml = QStringLiteral("<p>«Работать надо с людьми, а не с бумагами», – сказал Президент.</p>");
    draft.source = QStringLiteral("передает Акорда");
    draft.authors = {Author(0, QStringLiteral("Колмакова Виктория"), QStringLiteral("редактор"))};
    ArticleStore store(m_db, &Clock::system(), Actor::local());
    if (auto author = store.ensureAuthor(draft.authors.first()))
        draft.authors = {*author};
    auto created = store.create(draft);
    if (!created) {
        QTest::qFail(why(created), __FILE__, __LINE__);
        return {};
    }
    PhotoStore photoStore(m_db, &Clock::system(), Actor::local());
    for (int i = 0; i < photos; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("photo-%1.jpg").arg(i));
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(20 + 40 * i, 90, 160));
        if (!image.save(path, "JPEG", 90)) {
            QTest::qFail("cannot write a JPEG", __FILE__, __LINE__);
            return {};
        }
        auto imported = photoStore.importFile(path);
        if (!imported) {
            QTest::qFail(why(imported), __FILE__, __LINE__);
            return {};
        }
        Photo p = *imported;
        p.caption = QStringLiteral("Совещание с акимами, снимок %1").arg(i + 1);
        p.alt = QStringLiteral("Президент за столом, снимок %1").arg(i + 1);
        p.creditSource = QStringLiteral("Акорда");
        p.creditType = CreditType::PressService;
        if (auto updated = photoStore.update(p); !updated) {
            QTest::qFail(why(updated), __FILE__, __LINE__);
            return {};
        }
        if (auto attached = photoStore.attach(created->id, p.id, i == 0); !attached) {
            QTest::qFail(why(attached), __FILE__, __LINE__);
            return {};
        }
    }
    Workflow workflow(m_db, Actor::local(), &m_clock);
    if (auto submitted = workflow.submit(created->id); !submitted) {
        QTest::qFail(why(submitted), __FILE__, __LINE__);
        return {};
    }
    if (auto approved = workflow.approve(created->id); !approved) {
        QTest::qFail(why(approved), __FILE__, __LINE__);
        return {};
    }
    return created->id;
}

void TestOutboxClaim::addWordPress(int concurrency, int timeoutSeconds)
{
    EndpointProfile p;
    p.name = QStringLiteral("wp");
    p.type = QStringLiteral("wordpress");
    p.url = m_cms->url().toString();
    p.login = QStringLiteral("qalam");
    p.timeoutSeconds = timeoutSeconds;
    p.concurrency = concurrency;
    auto added = EndpointStore(m_db).add(p);
    if (!added)
        QTest::qFail(why(added), __FILE__, __LINE__);
}

// The same chief editor signed in at two desks: both look for due jobs at
// the same moment.
void TestOutboxClaim::twoDesksRunTheSameJobOnce()
{
    const QString id = approvedArticle(QStringLiteral("Две редакции, одна публикация"), 2);
    addWordPress();
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));

    Desk astana = makeDesk(QStringLiteral("astana"));
    Desk almaty = makeDesk(QStringLiteral("almaty"));
    QVERIFY(astana.runner && almaty.runner);
    QVERIFY(astana.runner->runnerId() != almaty.runner->runnerId());
    QSignalSpy doneA(astana.runner.get(), &PublishRunner::finished);
    QSignalSpy doneB(almaty.runner.get(), &PublishRunner::finished);
    astana.runner->runDue();
    almaty.runner->runDue();

    // Almaty found the job claimed and left it alone.
    QTRY_COMPARE(doneB.size(), 1);
    QCOMPARE(doneB.first().at(0).toLongLong(), job->id);
    QCOMPARE(doneB.first().at(1).toString(), QStringLiteral("elsewhere"));
    QVERIFY2(doneB.first().at(2).toString().contains(QStringLiteral("omarov@astana")),
             qPrintable(doneB.first().at(2).toString()));
    QVERIFY(!almaty.runner->isRunning(job->id));
    // While Astana works, the job is claimed by it, with a lease.
    if (doneA.isEmpty()) {
        const OutboxJob running = *Outbox(almaty.db).job(job->id);
        if (running.isActive()) {
            QCOMPARE(running.claimedBy, astana.runner->runnerId());
            QVERIFY(running.isClaimedAt(QDateTime::currentDateTimeUtc()));
        }
    }

    QTRY_COMPARE_WITH_TIMEOUT(doneA.size(), 1, 20000);
    QCOMPARE(doneA.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 2);
    QCOMPARE(mediaUploads(), 2);
    QCOMPARE(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 1);
    // Done and released; running the due jobs again at Almaty sends nothing.
    const OutboxJob done = *Outbox(m_db).job(job->id);
    QCOMPARE(done.state, QStringLiteral("done"));
    QCOMPARE(done.claimedBy, QString());
    const qsizetype requests = m_cms->requests().size();
    QSignalSpy idle(almaty.runner.get(), &PublishRunner::idle);
    almaty.runner->runDue();
    QTRY_VERIFY(!idle.isEmpty());
    QCOMPARE(m_cms->requests().size(), requests);
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(mediaUploads(), 2);
}

// A desk that died mid-upload (its runner gone without a word) keeps its
// claim until the lease runs out; then another desk takes the job over.
void TestOutboxClaim::vanishedDeskIsTakenOverAfterItsLease()
{
    const QString id = approvedArticle(QStringLiteral("Редакция пропала посреди загрузки"), 3);
    addWordPress(1);
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), Fault::None);
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), Fault::Stall);
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));
    const qint64 lease = 60000;

    Desk astana = makeDesk(QStringLiteral("astana"), &m_clock);
    astana.runner->setLease(lease, 3600 * 1000);
    const QString astanaId = astana.runner->runnerId();
    astana.runner->run(job->id);
    QTRY_COMPARE_WITH_TIMEOUT(mediaUploads(), 2, 10000);
    const QString firstPhoto =
        QStringLiteral("media:%1").arg(PhotoStore(m_db).photosOf(id)->first().photo.id);
    QTRY_VERIFY(Outbox(m_db).steps(job->id)->contains(firstPhoto));
    const QDateTime lastSign = m_clock.nowUtc();
    astana.runner.reset(); // gone without a word, like a crashed desk
    astana.network.reset();
    const OutboxJob left = *Outbox(m_db).job(job->id);
    QCOMPARE(left.state, QStringLiteral("running"));
    QCOMPARE(left.claimedBy, astanaId);
    QCOMPARE(left.claimedUntil, lastSign.addMSecs(lease));

    // Before the lease ends another desk leaves it alone.
    Desk almaty = makeDesk(QStringLiteral("almaty"), &m_clock);
    almaty.runner->setLease(lease, 3600 * 1000);
    QSignalSpy finished(almaty.runner.get(), &PublishRunner::finished);
    QSignalSpy status(almaty.runner.get(), &PublishRunner::status);
    m_clock.advance(lease - 1000);
    almaty.runner->runDue();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("elsewhere"));
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("omarov@astana")));
    QCOMPARE(Outbox(m_db).job(job->id)->claimedBy, astanaId);
    QCOMPARE(mediaUploads(), 2);
    QVERIFY(!Outbox(m_db).steps(job->id)->contains(QStringLiteral("takeover")));

    // After it, Almaty takes it over and finishes it without duplicates.
    finished.clear();
    m_clock.advance(2000);
    almaty.runner->runDue();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 3);
    QCOMPARE(mediaUploads(), 4); // the first photo was not sent again; the stalled one was never stored
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Published);

    // The takeover is recorded with whom and since when.
    const QString expected = QStringLiteral("Taken over from omarov@astana (no sign of life since %1).")
                                 .arg(lastSign.toLocalTime().toString(QStringLiteral("HH:mm")));
    const QJsonObject takeover = Outbox(m_db).steps(job->id)->value(QStringLiteral("takeover")).toObject();
    QCOMPARE(takeover.value(QStringLiteral("note")).toString(), expected);
    QCOMPARE(takeover.value(QStringLiteral("from")).toString(), astanaId);
    QCOMPARE(takeover.value(QStringLiteral("by")).toString(), almaty.runner->runnerId());
    bool told = false;
    for (const QList<QVariant> &s : std::as_const(status))
        told = told || s.at(1).toString() == expected;
    QVERIFY(told);
    QCOMPARE(Outbox(m_db).job(job->id)->claimedBy, QString());
}

// Cancel pressed at another desk while this one uploads: this runner stops
// at its next renewal and leaves the job cancelled.
void TestOutboxClaim::cancelFromAnotherDeskStopsTheRunner()
{
    const QString id = approvedArticle(QStringLiteral("Отмена с другого стола"), 1);
    addWordPress(3, 30);
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), Fault::Stall);
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));

    Desk astana = makeDesk(QStringLiteral("astana"));
    astana.runner->setLease(60000, 50);
    QSignalSpy finished(astana.runner.get(), &PublishRunner::finished);
    astana.runner->run(job->id);
    QTRY_COMPARE_WITH_TIMEOUT(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 1,
                              10000);
    QVERIFY(astana.runner->isRunning(job->id));

    Desk almaty = makeDesk(QStringLiteral("almaty"));
    auto cancelled = Outbox(almaty.db, Actor::local()).cancel(job->id);
    QVERIFY2(cancelled, why(cancelled));
    QCOMPARE(cancelled->claimedBy, QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
    QVERIFY(!astana.runner->isRunning(job->id));
    const OutboxJob after = *Outbox(m_db).job(job->id);
    QCOMPARE(after.state, QStringLiteral("cancelled"));
    QCOMPARE(after.claimedBy, QString());
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Approved);

    // Retried at Almaty: the stalled request did create the post; no second one.
    QVERIFY(Outbox(almaty.db, Actor::local()).retry(job->id));
    QSignalSpy doneB(almaty.runner.get(), &PublishRunner::finished);
    almaty.runner->run(job->id);
    QTRY_COMPARE_WITH_TIMEOUT(doneB.size(), 1, 20000);
    QCOMPARE(doneB.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 1);
    QCOMPARE(finished.size(), 1); // Astana said nothing more
}

// The claim itself: free, mine, live elsewhere, expired, finished jobs.
void TestOutboxClaim::claimRules()
{
    const QString id = approvedArticle(QStringLiteral("Правила заявки"), 0);
    addWordPress();
    Outbox outbox(m_db, Actor::local(), &m_clock);
    auto job = outbox.enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));
    const QString a = Outbox::newRunnerId(QStringLiteral("omarov@astana"));
    const QString b = Outbox::newRunnerId(QStringLiteral("omarov@almaty"));
    QVERIFY(a != Outbox::newRunnerId(QStringLiteral("omarov@astana")));
    QCOMPARE(Outbox::deskOf(a), QStringLiteral("omarov@astana"));

    auto first = outbox.claim(job->id, a, 1000);
    QVERIFY2(first, why(first));
    QVERIFY(first->taken);
    QVERIFY(first->takenOverFrom.isEmpty());
    auto again = outbox.claim(job->id, a, 1000); // its own claim: renewed
    QVERIFY(again && again->taken);
    auto other = outbox.claim(job->id, b, 1000);
    QVERIFY(other);
    QVERIFY(!other->taken);
    QCOMPARE(other->holder, a);
    QCOMPARE(other->until, m_clock.nowUtc().addMSecs(1000));
    QVERIFY(*outbox.renewClaim(job->id, a, 1000));
    QVERIFY(!*outbox.renewClaim(job->id, b, 1000));

    // Guarded bookkeeping: only the holder's writes count.
    Outbox asB(m_db, Actor::local(), &m_clock);
    asB.setRunner(b);
    auto refused = asB.markRunning(job->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(outbox.job(job->id)->state, QStringLiteral("queued"));

    m_clock.advance(1001);
    auto taken = outbox.claim(job->id, b, 1000);
    QVERIFY(taken && taken->taken);
    QCOMPARE(taken->takenOverFrom, a);
    QVERIFY(!*outbox.renewClaim(job->id, a, 1000));
    QVERIFY(asB.markRunning(job->id));

    QVERIFY(outbox.releaseClaim(job->id, b));
    QCOMPARE(outbox.job(job->id)->claimedBy, QString());
    QVERIFY(outbox.cancel(job->id));
    auto onCancelled = outbox.claim(job->id, a, 1000);
    QVERIFY(onCancelled);
    QVERIFY(!onCancelled->taken);
    QCOMPARE(onCancelled->state, QStringLiteral("cancelled"));
}

// A database of schema 10 (no claims yet) with a job a crashed desk left
// running: after the migration the job is unclaimed and runs to the end.
void TestOutboxClaim::schema10JobsStayRunnable()
{
    const QString id = approvedArticle(QStringLiteral("Миграция очереди"), 1);
    addWordPress();
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));
    QVERIFY(Outbox(m_db).markRunning(job->id));
    {
        auto conn = m_db->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE outbox_jobs DROP COLUMN claimed_by")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox_jobs DROP COLUMN claimed_until")));
        QVERIFY(
            q.exec(m_db->isPostgres()
                       ? QStringLiteral("UPDATE schema_meta SET value = '10' WHERE key = 'schema_version'")
                       : QStringLiteral("PRAGMA user_version = 10")));
    }
    m_db.reset();
    auto reopened = Database::open(m_file->path());
    QVERIFY2(reopened, why(reopened));
    m_db = *reopened;
    QCOMPARE(m_db->schemaVersion(), 11);
    QCOMPARE(Database::latestSchemaVersion(), 11);
    const OutboxJob migrated = *Outbox(m_db).job(job->id);
    QCOMPARE(migrated.state, QStringLiteral("running"));
    QCOMPARE(migrated.claimedBy, QString());
    QVERIFY(!migrated.claimedUntil.isValid());

    QNetworkAccessManager network;
    PublishRunner runner(m_db, Actor::local(), &network);
    runner.setWorkFolder(m_dir->filePath(QStringLiteral("work")));
    runner.setSecretLookup(
        [](const QString &) -> Result<std::optional<QString>> { return std::optional<QString>(s_password); });
    QSignalSpy finished(&runner, &PublishRunner::finished);
    runner.runDue();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 1);
}

QTEST_GUILESS_MAIN(TestOutboxClaim)
#include "tst_outboxclaim.moc"
