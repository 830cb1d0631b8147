// The publishing outbox and its runner against a fault-injecting CMS on
// 127.0.0.1 (tests/support/fakecms.h): WordPress and ninjs, every fault the
// issue names, each proving no duplicate post or media, no lost job and a
// clear message; resuming a job whose process died; cancel and retry;
// scheduled publication; Test connection. Real SQLite files, real JPEGs.
#include "app/people/userstore.h"
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

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
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
const QString s_token = QStringLiteral("ninjs-token-7Hq2");

} // namespace

class TestPublishRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wordpressPublishesOnce();
    void wordpressUpdateKeepsPostAndMedia();
    void wordpressUnpublishDraftOrTrash();
    void retriedFaultsMakeNoDuplicates_data();
    void retriedFaultsMakeNoDuplicates();
    void retryAfterIsHonoured();
    void clientErrorsStopWithTheCmsText_data();
    void clientErrorsStopWithTheCmsText();
    void givesUpAfterTheLastAttempt();
    void failedJobRetriedSkipsCompletedSteps();
    void resumesAJobWhoseProcessDied();
    void cancelKeepsTheJob();
    void scheduledApprovalWaitsForItsTime();
    void onlyApprovedArticlesByChiefEditors();
    void ninjsPublishUpdateWithhold();
    void ninjsLostAnswerMakesNoDuplicate();
    void endpointTester();
    void secretsStayOutOfTheDatabase();

private:
    QString approvedArticle(const QString &headline, int photos);
    EndpointProfile addWordPress(const QString &name, bool trash = false);
    EndpointProfile addNinjs(const QString &name);
    // Queues and runs one job; returns its final state and text.
    std::pair<QString, QString> publish(const QString &articleId, const QString &endpoint,
                                        const QString &action = QStringLiteral("publish"),
                                        const QString &comment = {});
    std::pair<QString, QString> runJob(qint64 jobId);
    PublishRunner *makeRunner();
    int mediaUploads() const { return m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$")); }

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::FakeCms> m_cms;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PublishRunner> m_runner;
    Test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
};

void TestPublishRunner::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cms = std::make_unique<Test::FakeCms>();
    QVERIFY(m_cms->listen());
    m_cms->setWordPressCredentials(QStringLiteral("qalam"), s_password);
    m_cms->setBearerToken(s_token);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_runner.reset(makeRunner());
}

void TestPublishRunner::cleanup()
{
    m_runner.reset();
    m_network.reset();
    m_cms.reset();
    m_db.reset();
    m_file.reset();
    m_dir.reset();
}

PublishRunner *TestPublishRunner::makeRunner()
{
    auto *runner = new PublishRunner(m_db, Actor::local(), m_network.get());
    runner->setRetryPolicy(RetryPolicy{4, 10, 200});
    runner->setWorkFolder(m_dir->filePath(QStringLiteral("work")));
    runner->setSecretLookup([](const QString &endpoint) -> Result<std::optional<QString>> {
        if (endpoint.startsWith(QStringLiteral("wp")))
            return std::optional<QString>(s_password);
        return std::optional<QString>(s_token);
    });
    return runner;
}

QString TestPublishRunner::approvedArticle(const QString &headline, int photos)
{
    Article draft;
    draft.headline = headline;
    draft.lead = QStringLiteral("Глава государства провел совещание с акимами, передает Акорда.");
    draft.bodyHtml = QStringLiteral("<p>«Работать надо с людьми, а не с бумагами», – сказал Президент.</p>");
    draft.source = QStringLiteral("передает Акорда");
    draft.region = QStringLiteral("Астана");
    draft.rubric = QStringLiteral("Политика");
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
        const QString path =
            m_dir->filePath(QStringLiteral("photo-%1-%2.jpg").arg(created->id.left(6)).arg(i));
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
        p.creditType = CreditType::Ugc;
        p.consent.contributor = QStringLiteral("Читатель");
        p.consent.contact = QStringLiteral("+7 701 000 00 00");
        p.consent.granted = true;
        p.consent.scope = {QStringLiteral("web")};
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

EndpointProfile TestPublishRunner::addWordPress(const QString &name, bool trash)
{
    EndpointProfile p;
    p.name = name;
    p.type = QStringLiteral("wordpress");
    p.url = m_cms->url().toString();
    p.login = QStringLiteral("qalam");
    p.timeoutSeconds = 2;
    p.trashOnUnpublish = trash;
    p.categoryMap =
        QJsonObject{{QStringLiteral("Астана"), 5}, {QStringLiteral("Политика"), QStringLiteral("tag:9")}};
    auto added = EndpointStore(m_db).add(p);
    if (!added)
        QTest::qFail(why(added), __FILE__, __LINE__);
    return added ? *added : p;
}

EndpointProfile TestPublishRunner::addNinjs(const QString &name)
{
    EndpointProfile p;
    p.name = name;
    p.type = QStringLiteral("ninjs-http");
    p.url = m_cms->ninjsUrl().toString();
    p.timeoutSeconds = 2;
    auto added = EndpointStore(m_db).add(p);
    if (!added)
        QTest::qFail(why(added), __FILE__, __LINE__);
    return added ? *added : p;
}

std::pair<QString, QString> TestPublishRunner::runJob(qint64 jobId)
{
    QSignalSpy finished(m_runner.get(), &PublishRunner::finished);
    m_runner->run(jobId);
    if (finished.isEmpty() && !finished.wait(20000))
        return {QStringLiteral("timeout"), {}};
    const QList<QVariant> args = finished.takeFirst();
    return {args.at(1).toString(), args.at(2).toString()};
}

std::pair<QString, QString> TestPublishRunner::publish(const QString &articleId, const QString &endpoint,
                                                       const QString &action, const QString &comment)
{
    auto job = Outbox(m_db, Actor::local(), &m_clock).enqueue(articleId, endpoint, action, comment);
    if (!job)
        return {QStringLiteral("refused"), job.error().message};
    return runJob(job->id);
}

// ---------------------------------------------------------------- WordPress

void TestPublishRunner::wordpressPublishesOnce()
{
    const QString id = approvedArticle(QStringLiteral("Акимам поручили работать с людьми"), 3);
    addWordPress(QStringLiteral("wp"));
    QSignalSpy progress(m_runner.get(), &PublishRunner::progress);
    const auto [state, url] = publish(id, QStringLiteral("wp"));
    QCOMPARE(state, QStringLiteral("done"));

    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 3);
    const Test::FakeCms::Post post = m_cms->posts().first();
    QCOMPARE(url, m_cms->url().toString() + QStringLiteral("/?p=%1").arg(post.id));
    QCOMPARE(post.status, QStringLiteral("publish"));
    QCOMPARE(post.title, QStringLiteral("Акимам поручили работать с людьми"));
    QVERIFY(post.excerpt.contains(QStringLiteral("совещание с акимами")));
    QVERIFY(post.content.contains(QStringLiteral("Работать надо с людьми")));
    QCOMPARE(post.categories, QList<int>{5});
    QCOMPARE(post.tags, QList<int>{9});
    // The lead photo is the featured image; every photo carries its credit line.
    auto publication = Outbox(m_db).remote(id, QStringLiteral("wp"));
    QVERIFY(publication && publication->has_value());
    const RemotePost remote = **publication;
    QCOMPARE(remote.remoteId, QString::number(post.id));
    QCOMPARE(remote.remoteUrl, url);
    const auto photos = PhotoStore(m_db).photosOf(id);
    QVERIFY(photos);
    const qint64 leadMedia = remote.media.value(QString::number(photos->first().photo.id))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    QCOMPARE(post.featuredMedia, int(leadMedia));
    for (const Test::FakeCms::Media &m : m_cms->media()) {
        QVERIFY2(m.caption.contains(QStringLiteral("Фото: Акорда")), qPrintable(m.caption));
        QVERIFY(m.caption.contains(QStringLiteral("UGC")));
        QVERIFY(!m.altText.isEmpty());
        QVERIFY(m.fileName.endsWith(QStringLiteral(".jpg")));
        QVERIFY(post.content.contains(m_cms->url().toString() + QStringLiteral("/wp-content/uploads/") +
                                      m.fileName) ||
                post.content.contains(m.fileName));
    }
    // Published only now, with the address in the log.
    auto article = ArticleStore(m_db).load(id);
    QCOMPARE(article->status, ArticleStatus::Published);
    QVERIFY(article->publishedAt.isValid());
    auto log = PublishLog(m_db).entries(id);
    QVERIFY(log);
    QCOMPARE(log->size(), 1);
    QVERIFY(log->first().succeeded());
    QCOMPARE(log->first().remoteUrl, url);
    // Progress counted every byte of the renditions; uploads were streamed.
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());
    qint64 bytes = 0;
    for (const Test::FakeCms::Media &m : m_cms->media())
        bytes += m.size;
    QCOMPARE(last.at(2).toLongLong(), bytes);
    QVERIFY(m_cms->largestBufferedBody() < 64 * 1024);
    // The job is done and its prepared renditions are gone.
    auto jobs = Outbox(m_db).list();
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().state, QStringLiteral("done"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("work/job-%1").arg(jobs->first().id))));
}

void TestPublishRunner::wordpressUpdateKeepsPostAndMedia()
{
    const QString id = approvedArticle(QStringLiteral("Первая версия заголовка"), 2);
    addWordPress(QStringLiteral("wp"));
    QCOMPARE(publish(id, QStringLiteral("wp")).first, QStringLiteral("done"));
    const int postId = m_cms->posts().first().id;
    QCOMPARE(mediaUploads(), 2);

    // An edit after publication: updated, reviewed again, published again.
    ArticleStore store(m_db, &Clock::system(), Actor::local());
    Article edited = *store.load(id);
    edited.headline = QStringLiteral("Исправленный заголовок");
    QVERIFY(store.save(edited));
    QCOMPARE(store.load(id)->status, ArticleStatus::Updated);
    Workflow workflow(m_db, Actor::local(), &m_clock);
    QVERIFY(workflow.submit(id));
    QVERIFY(workflow.approve(id));
    const auto [state, url] = publish(id, QStringLiteral("wp"));
    QCOMPARE(state, QStringLiteral("done"));

    // The same post, changed; the unchanged photos not sent again.
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->posts().first().id, postId);
    QCOMPARE(m_cms->posts().first().title, QStringLiteral("Исправленный заголовок"));
    QCOMPARE(mediaUploads(), 2);
    QCOMPARE(m_cms->media().size(), 2);
    // The address stays: the slug recorded at the first publication.
    QCOMPARE(m_cms->posts().first().slug, Outbox(m_db).remote(id, QStringLiteral("wp"))->value().slug);

    // A changed photo is uploaded again, the other one is not.
    PhotoStore photos(m_db, &Clock::system(), Actor::local());
    auto uses = photos.photosOf(id);
    QVERIFY(uses && uses->size() == 2);
    Photo second = uses->at(1).photo;
    second.caption = QStringLiteral("Новая подпись");
    QVERIFY(photos.update(second));
    Article again = *store.load(id);
    if (again.status == ArticleStatus::Published) {
        again.lead += QStringLiteral(" Дополнено.");
        QVERIFY(store.save(again));
    }
    QVERIFY(workflow.submit(id));
    QVERIFY(workflow.approve(id));
    QCOMPARE(publish(id, QStringLiteral("wp")).first, QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    // The caption is in the rendition's IPTC: a new file, one new upload.
    QCOMPARE(mediaUploads(), 3);
    bool captioned = false;
    for (const Test::FakeCms::Media &m : m_cms->media())
        captioned = captioned || m.caption.contains(QStringLiteral("Новая подпись"));
    QVERIFY(captioned);
}

void TestPublishRunner::wordpressUnpublishDraftOrTrash()
{
    const QString first = approvedArticle(QStringLiteral("Снимается в черновик"), 1);
    const QString second = approvedArticle(QStringLiteral("Уходит в корзину"), 0);
    addWordPress(QStringLiteral("wp"));
    addWordPress(QStringLiteral("wp-trash"), true);
    QCOMPARE(publish(first, QStringLiteral("wp")).first, QStringLiteral("done"));
    QCOMPARE(publish(second, QStringLiteral("wp-trash")).first, QStringLiteral("done"));

    // A reason is required.
    QCOMPARE(publish(first, QStringLiteral("wp"), QStringLiteral("unpublish")).first,
             QStringLiteral("refused"));
    QCOMPARE(
        publish(first, QStringLiteral("wp"), QStringLiteral("unpublish"), QStringLiteral("Ошибка в цифрах"))
            .first,
        QStringLiteral("done"));
    QCOMPARE(publish(second, QStringLiteral("wp-trash"), QStringLiteral("unpublish"), QStringLiteral("Дубль"))
                 .first,
             QStringLiteral("done"));
    QHash<QString, QString> statusByTitle;
    for (const Test::FakeCms::Post &p : m_cms->posts())
        statusByTitle.insert(p.title, p.status);
    QCOMPARE(statusByTitle.value(QStringLiteral("Снимается в черновик")), QStringLiteral("draft"));
    QCOMPARE(statusByTitle.value(QStringLiteral("Уходит в корзину")), QStringLiteral("trash"));
    QCOMPARE(ArticleStore(m_db).load(first)->status, ArticleStatus::Unpublished);
    QCOMPARE(Outbox(m_db).remote(first, QStringLiteral("wp"))->value().state, QStringLiteral("unpublished"));
}

// Every transient fault, on a photo upload and on the post: the job ends done
// with exactly one post and one media per photo.
void TestPublishRunner::retriedFaultsMakeNoDuplicates_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("route");
    QTest::addColumn<Fault>("fault");
    const QList<std::pair<const char *, Fault>> faults = {
        {"500", Fault::Status500},
        {"502", Fault::Status502},
        {"503", Fault::Status503},
        {"reset mid-body", Fault::ResetMidBody},
        {"lost answer", Fault::LoseResponse},
        {"malformed JSON", Fault::MalformedJson},
        {"timeout", Fault::Stall},
    };
    for (const auto &[name, fault] : faults) {
        QTest::addRow("media %s", name) << QStringLiteral("POST") << QStringLiteral("/wp/v2/media$") << fault;
        QTest::addRow("post %s", name) << QStringLiteral("POST") << QStringLiteral("/wp/v2/posts$") << fault;
    }
    QTest::addRow("caption 502") << QStringLiteral("POST") << QStringLiteral("/wp/v2/media/{id}")
                                 << Fault::Status502;
}

void TestPublishRunner::retriedFaultsMakeNoDuplicates()
{
    QFETCH(QString, method);
    QFETCH(QString, route);
    QFETCH(Fault, fault);
    const QString id = approvedArticle(QStringLiteral("Статья с двумя снимками"), 2);
    EndpointProfile wp = addWordPress(QStringLiteral("wp"));
    if (fault == Fault::Stall) {
        wp.timeoutSeconds = 1;
        QVERIFY(EndpointStore(m_db).update(wp));
    }
    m_cms->addFault(method, route, fault);
    const auto [state, url] = publish(id, QStringLiteral("wp"));
    QVERIFY2(state == u"done", qPrintable(state + u' ' + url));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 2);
    QCOMPARE(m_cms->posts().first().status, QStringLiteral("publish"));
    QVERIFY(m_cms->posts().first().featuredMedia > 0);
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Published);
    auto job = Outbox(m_db).list()->first();
    QCOMPARE(job.state, QStringLiteral("done"));
    QVERIFY2(job.attempts >= 2, "the fault was retried");
}

void TestPublishRunner::retryAfterIsHonoured()
{
    const QString id = approvedArticle(QStringLiteral("Сервер просит подождать"), 0);
    addWordPress(QStringLiteral("wp"));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), Fault::TooMany, 1, 1);
    QSignalSpy status(m_runner.get(), &PublishRunner::status);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(publish(id, QStringLiteral("wp")).first, QStringLiteral("done"));
    // The backoff alone would have waited at most 10 ms.
    QVERIFY(timer.elapsed() >= 900);
    bool said = false;
    for (const QList<QVariant> &s : status)
        said = said || s.at(1).toString().contains(QStringLiteral("429"));
    QVERIFY(said);
    QCOMPARE(m_cms->posts().size(), 1);
}

void TestPublishRunner::clientErrorsStopWithTheCmsText_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("400") << Fault::BadRequest << QStringLiteral("Invalid parameter(s): slug");
    QTest::newRow("401") << Fault::Unauthorized << QStringLiteral("401");
    QTest::newRow("html 404") << Fault::HtmlNotFound << QStringLiteral("127.0.0.1");
}

void TestPublishRunner::clientErrorsStopWithTheCmsText()
{
    QFETCH(Fault, fault);
    QFETCH(QString, expected);
    const QString id = approvedArticle(QStringLiteral("Ошибка клиента"), 1);
    addWordPress(QStringLiteral("wp"));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), fault);
    const auto [state, message] = publish(id, QStringLiteral("wp"));
    QCOMPARE(state, QStringLiteral("failed"));
    QVERIFY2(message.contains(expected), qPrintable(message));
    // Not retried; nothing published; the job kept with the message.
    QCOMPARE(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 1);
    QCOMPARE(m_cms->posts().size(), 0);
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Approved);
    const OutboxJob job = Outbox(m_db).list()->first();
    QCOMPARE(job.state, QStringLiteral("failed"));
    QCOMPARE(job.lastError, message);
    auto log = PublishLog(m_db).entries(id);
    QCOMPARE(log->size(), 1);
    QVERIFY(!log->first().succeeded());
}

void TestPublishRunner::givesUpAfterTheLastAttempt()
{
    const QString id = approvedArticle(QStringLiteral("Сервер лежит"), 0);
    addWordPress(QStringLiteral("wp"));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), Fault::Status503, -1);
    const auto [state, message] = publish(id, QStringLiteral("wp"));
    QCOMPARE(state, QStringLiteral("failed"));
    QVERIFY2(message.contains(QStringLiteral("4")) && message.contains(QStringLiteral("503")),
             qPrintable(message));
    QCOMPARE(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 4);
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Approved);
}

void TestPublishRunner::failedJobRetriedSkipsCompletedSteps()
{
    const QString id = approvedArticle(QStringLiteral("Повтор после исправления"), 2);
    addWordPress(QStringLiteral("wp"));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), Fault::BadRequest);
    QCOMPARE(publish(id, QStringLiteral("wp")).first, QStringLiteral("failed"));
    QCOMPARE(mediaUploads(), 2);

    const qint64 jobId = Outbox(m_db).list()->first().id;
    auto retried = Outbox(m_db, Actor::local(), &m_clock).retry(jobId);
    QVERIFY2(retried, why(retried));
    QCOMPARE(retried->state, QStringLiteral("queued"));
    QCOMPARE(runJob(jobId).first, QStringLiteral("done"));
    QCOMPARE(mediaUploads(), 2);
    QCOMPARE(m_cms->media().size(), 2);
    QCOMPARE(m_cms->posts().size(), 1);
    // A done job cannot be retried.
    QVERIFY(!Outbox(m_db, Actor::local(), &m_clock).retry(jobId));
}

void TestPublishRunner::resumesAJobWhoseProcessDied()
{
    const QString id = approvedArticle(QStringLiteral("Процесс упал посреди загрузки"), 3);
    EndpointProfile wp = addWordPress(QStringLiteral("wp"));
    wp.concurrency = 1;
    QVERIFY(EndpointStore(m_db).update(wp));
    // The second upload never gets an answer: the "process" dies meanwhile.
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), Fault::None);
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), Fault::Stall);
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY(job);
    m_runner->run(job->id);
    QTRY_COMPARE_WITH_TIMEOUT(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$")), 2,
                              10000);
    QTRY_VERIFY(Outbox(m_db).steps(job->id)->contains(
        QStringLiteral("media:%1").arg(PhotoStore(m_db).photosOf(id)->first().photo.id)));
    m_runner.reset(); // gone without a word, like a killed process
    m_network = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(Outbox(m_db).job(job->id)->state, QStringLiteral("running"));

    // The next start finds it due and finishes it.
    m_runner.reset(makeRunner());
    QSignalSpy finished(m_runner.get(), &PublishRunner::finished);
    m_runner->runDue();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    // The first photo was not sent again; the stalled one was (the server
    // never stored it) and the third; one media item per photo.
    QCOMPARE(m_cms->media().size(), 3);
    QCOMPARE(mediaUploads(), 4);
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Published);
}

void TestPublishRunner::cancelKeepsTheJob()
{
    const QString id = approvedArticle(QStringLiteral("Отмена публикации"), 1);
    EndpointProfile wp = addWordPress(QStringLiteral("wp"));
    wp.timeoutSeconds = 30;
    QVERIFY(EndpointStore(m_db).update(wp));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$"), Fault::Stall);
    auto job =
        Outbox(m_db, Actor::local(), &m_clock).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY(job);
    QSignalSpy finished(m_runner.get(), &PublishRunner::finished);
    m_runner->run(job->id);
    QTRY_COMPARE_WITH_TIMEOUT(m_cms->count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 1,
                              10000);
    m_runner->cancel(job->id);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
    QCOMPARE(Outbox(m_db).job(job->id)->state, QStringLiteral("cancelled"));
    QCOMPARE(ArticleStore(m_db).load(id)->status, ArticleStatus::Approved);
    // Retried later: the stalled request did create the post; no second one.
    QVERIFY(Outbox(m_db, Actor::local(), &m_clock).retry(job->id));
    QCOMPARE(runJob(job->id).first, QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
    QCOMPARE(m_cms->media().size(), 1);
}

void TestPublishRunner::scheduledApprovalWaitsForItsTime()
{
    const QString id = approvedArticle(QStringLiteral("Публикация по расписанию"), 0);
    // Approved again with a time two hours ahead.
    {
        ArticleStore store(m_db, &Clock::system(), Actor::local());
        Article a = *store.load(id);
        a.lead += QStringLiteral(" Дополнено.");
        QVERIFY(store.save(a)); // voids the approval
        Workflow workflow(m_db, Actor::local(), &m_clock);
        QVERIFY(workflow.approve(id, {}, m_clock.nowUtc().addSecs(7200)));
    }
    addWordPress(QStringLiteral("wp"));
    Outbox outbox(m_db, Actor::local(), &m_clock);
    auto job = outbox.enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY2(job, why(job));
    QCOMPARE(job->state, QStringLiteral("waiting"));
    QCOMPARE(job->notBefore, m_clock.nowUtc().addSecs(7200));
    QVERIFY(outbox.due()->isEmpty());
    QCOMPARE(*outbox.nextWakeUp(), job->notBefore);
    // Pressing Publish again does not queue a second job.
    QCOMPARE(outbox.enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"))->id, job->id);

    m_clock.advance(7200 * 1000);
    QCOMPARE(outbox.due()->size(), 1);
    m_runner->setClock(&m_clock);
    QSignalSpy finished(m_runner.get(), &PublishRunner::finished);
    m_runner->runDue();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(m_cms->posts().size(), 1);
}

void TestPublishRunner::onlyApprovedArticlesByChiefEditors()
{
    const QString id = approvedArticle(QStringLiteral("Только главный редактор"), 0);
    addWordPress(QStringLiteral("wp"));
    // A newsroom with accounts: a regional editor may not publish.
    UserStore users(m_db);
    users.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Admin");
    admin.roles = {Role::Administrator};
    QVERIFY(users.add(admin, QStringLiteral("secret-admin-1")));
    User writer;
    writer.login = QStringLiteral("sokolova");
    writer.displayName = QStringLiteral("Соколова");
    writer.roles = {Role::RegionalEditor};
    writer.regions = {QStringLiteral("Астана")};
    auto added = UserStore(m_db, Actor::fromUser(*users.user(QStringLiteral("admin"))))
                     .add(writer, QStringLiteral("secret-w-1"));
    QVERIFY2(added, why(added));
    auto refused = Outbox(m_db, Actor::fromUser(*added), &m_clock)
                       .enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Denied);
    QVERIFY(Outbox(m_db).list(false)->isEmpty() || !Outbox(m_db).list(false));
    QCOMPARE(m_cms->requests().size(), 0);
}

// ---------------------------------------------------------------- ninjs

void TestPublishRunner::ninjsPublishUpdateWithhold()
{
    const QString id = approvedArticle(QStringLiteral("Новость для ninjs"), 2);
    addNinjs(QStringLiteral("ninjs"));
    const auto [state, url] = publish(id, QStringLiteral("ninjs"));
    QVERIFY2(state == u"done", qPrintable(url));
    QCOMPARE(m_cms->ninjsDocuments().size(), 1);
    QCOMPARE(m_cms->ninjsMediaSha256().size(), 2);
    const QJsonObject doc = m_cms->ninjsDocuments().values().first();
    QCOMPARE(doc.value(QStringLiteral("pubStatus")).toString(), QStringLiteral("usable"));
    QCOMPARE(doc.value(QStringLiteral("headlines"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("Новость для ninjs"));
    // Every photo's rendition points at the uploaded file.
    const QJsonArray associations = doc.value(QStringLiteral("associations")).toArray();
    QCOMPARE(associations.size(), 2);
    for (const QJsonValue &a : associations) {
        const QString href = a.toObject()
                                 .value(QStringLiteral("renditions"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("href"))
                                 .toString();
        QVERIFY2(href.startsWith(m_cms->ninjsUrl().toString() + QStringLiteral("/media/")), qPrintable(href));
    }
    // Every request carried the token.
    for (const Test::FakeCms::Request &r : m_cms->requests())
        QCOMPARE(r.authorization, QByteArray("Bearer ") + s_token.toUtf8());

    // Unpublished: the same uri, withheld.
    QCOMPARE(publish(id, QStringLiteral("ninjs"), QStringLiteral("unpublish"), QStringLiteral("Снято")).first,
             QStringLiteral("done"));
    QCOMPARE(m_cms->ninjsDocuments().size(), 1);
    QCOMPARE(m_cms->ninjsDocuments().values().first().value(QStringLiteral("pubStatus")).toString(),
             QStringLiteral("withheld"));
}

void TestPublishRunner::ninjsLostAnswerMakesNoDuplicate()
{
    const QString id = approvedArticle(QStringLiteral("Ответ потерялся"), 1);
    addNinjs(QStringLiteral("ninjs"));
    m_cms->addFault(QStringLiteral("POST"), QStringLiteral("/ninjs$"), Fault::LoseResponse);
    m_cms->addFault(QStringLiteral("PUT"), QStringLiteral("/ninjs/media"), Fault::Status502);
    const auto [state, url] = publish(id, QStringLiteral("ninjs"));
    QVERIFY2(state == u"done", qPrintable(url));
    QCOMPARE(m_cms->ninjsDocuments().size(), 1);
    QCOMPARE(m_cms->ninjsMediaSha256().size(), 1);
    QCOMPARE(m_cms->count(QStringLiteral("POST"), QStringLiteral("/ninjs$")), 1);
}

// ---------------------------------------------------------------- test connection

void TestPublishRunner::endpointTester()
{
    QNetworkAccessManager network;
    EndpointTester tester(&network);
    auto test = [&](const EndpointProfile &p, const QString &secret) -> std::pair<bool, QString> {
        QSignalSpy done(&tester, &EndpointTester::done);
        tester.test(p, secret);
        if (done.isEmpty() && !done.wait(10000))
            return {false, QStringLiteral("no answer")};
        return {done.first().at(0).toBool(), done.first().at(1).toString()};
    };
    EndpointProfile wp;
    wp.name = QStringLiteral("wp");
    wp.type = QStringLiteral("wordpress");
    wp.url = m_cms->url().toString();
    wp.auth = QStringLiteral("app-password");
    wp.login = QStringLiteral("qalam");
    auto ok = test(wp, s_password);
    QVERIFY2(ok.first, qPrintable(ok.second));
    QVERIFY(ok.second.contains(QStringLiteral("publish")));
    // A wrong password is anonymous at WordPress: said as such.
    auto wrong = test(wp, QStringLiteral("wrong password"));
    QVERIFY(!wrong.first);
    QVERIFY2(wrong.second.contains(QStringLiteral("qalam")) &&
                 wrong.second.contains(QStringLiteral("not currently logged in")),
             qPrintable(wrong.second));
    // An account without the right to publish.
    m_cms->setWordPressCapabilities(QJsonObject{{QStringLiteral("upload_files"), true},
                                                {QStringLiteral("edit_posts"), true},
                                                {QStringLiteral("publish_posts"), false}});
    auto contributor = test(wp, s_password);
    QVERIFY(!contributor.first);
    QVERIFY2(contributor.second.contains(QStringLiteral("publish_posts")), qPrintable(contributor.second));
    // Nothing listening.
    EndpointProfile nowhere = wp;
    nowhere.url = QStringLiteral("http://127.0.0.1:9");
    auto refused = test(nowhere, s_password);
    QVERIFY(!refused.first);
    QVERIFY2(refused.second.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(refused.second));

    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("ninjs");
    ninjs.type = QStringLiteral("ninjs-http");
    ninjs.url = m_cms->ninjsUrl().toString();
    ninjs.auth = QStringLiteral("bearer");
    QVERIFY(test(ninjs, s_token).first);
    auto badToken = test(ninjs, QStringLiteral("nope"));
    QVERIFY(!badToken.first);
    QVERIFY2(badToken.second.contains(QStringLiteral("401")), qPrintable(badToken.second));

    EndpointProfile folder;
    folder.name = QStringLiteral("folder");
    folder.type = EndpointProfile::folderType();
    folder.url = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(test(folder, {}).first);
}

void TestPublishRunner::secretsStayOutOfTheDatabase()
{
    const QString id = approvedArticle(QStringLiteral("Секрет не в базе"), 1);
    addWordPress(QStringLiteral("wp"));
    QCOMPARE(publish(id, QStringLiteral("wp")).first, QStringLiteral("done"));
    // The password went to the CMS, and nowhere into the database.
    QVERIFY(!m_cms->requests().first().authorization.isEmpty());
    m_db.reset();
    // The file and its WAL byte for byte (on PostgreSQL: every row).
    const QByteArray bytes = m_file->storedBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(s_password.toUtf8()));
    QVERIFY(!bytes.contains(QByteArray(QByteArray("qalam:") + s_password.toUtf8())));
    QVERIFY(!bytes.contains((QStringLiteral("qalam:") + s_password).toUtf8().toBase64()));
    m_db = m_file->open();
}

QTEST_GUILESS_MAIN(TestPublishRunner)
#include "tst_publishrunner.moc"
