// Killing qalam-cli in the middle of publishing and starting it again
// finishes the job with no duplicates: first against the fake CMS (which
// stalls the second photo upload, so the kill lands at a known point), then,
// when scripts/wordpress.sh runs one (QALAM_WP_URL), against a real
// WordPress while a large photo is being sent.
//
// The newsroom is prepared in this process with the core API; qalam-cli runs
// as a child process on the same database file. The fake CMS answers from
// this process's event loop, so the test never blocks on the child: it waits
// with QSignalSpy and QTRY_*.

#include "app/core/secretstore.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/workflow/workflow.h"
#include "tests/support/fakecms.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qalam;
using Qalam::Test::FakeCms;

namespace {

template <typename T> const char *why(const Result<T> &r)
{
    static QByteArray text;
    text = (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
    return text.constData();
}

const QString s_sampleHeadline =
    QStringLiteral("«Работать надо с людьми, а не с бумагами»: Президент – акимам");
const QString s_samplePassword = QString::fromLatin1(SampleNewsroom::SamplePassword);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

QString runToken()
{
    static const char s_alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString token = QStringLiteral("r");
    for (int i = 0; i < 7; ++i)
        token += QLatin1Char(s_alphabet[QRandomGenerator::global()->bounded(int(sizeof s_alphabet) - 1)]);
    return token;
}

// A large picture that does not compress: its upload takes a while.
bool writeNoiseJpeg(const QString &path, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = 0xff000000u | (random->generate() & 0x00ffffffu);
    }
    return image.save(path, "JPEG", 90);
}

// Minimal REST reading of a real WordPress, as its administrator.
class WordPressReader
{
public:
    WordPressReader(const QString &url, const QString &login, const QString &password)
        : m_url(url.endsWith(u'/') ? url : url + u'/'),
          m_authorization("Basic " + (login + u':' + password).toUtf8().toBase64())
    {
    }

    // The JSON of a GET or DELETE (null on failure, with a warning); `pages`
    // receives X-WP-TotalPages.
    QJsonValue call(const QByteArray &verb, const QString &route, const QList<QPair<QString, QString>> &query,
                    int *pages = nullptr)
    {
        QUrl url(m_url);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("rest_route"), route);
        for (const auto &[k, v] : query)
            q.addQueryItem(k, v);
        url.setQuery(q);
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", m_authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(r, verb);
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(60000);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (pages)
            *pages = reply->rawHeader("X-WP-TotalPages").toInt();
        reply->deleteLater();
        if (status != 200) {
            qWarning("%s %s: HTTP %d %s", verb.constData(), qPrintable(route), status,
                     body.left(300).constData());
            return QJsonValue();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    // Every media item whose slug starts with `stem`, over all pages.
    QList<QJsonObject> mediaWithStem(const QString &stem)
    {
        QList<QJsonObject> found;
        for (int page = 1;; ++page) {
            int pages = 0;
            const QJsonValue v = call("GET", QStringLiteral("/wp/v2/media"),
                                      {{QStringLiteral("per_page"), QStringLiteral("100")},
                                       {QStringLiteral("page"), QString::number(page)},
                                       {QStringLiteral("context"), QStringLiteral("edit")}},
                                      &pages);
            for (const QJsonValue &m : v.toArray())
                if (m.toObject().value(QStringLiteral("slug")).toString().startsWith(stem))
                    found.append(m.toObject());
            if (page >= pages)
                return found;
        }
    }

    QList<QJsonObject> posts(const QList<QPair<QString, QString>> &query)
    {
        QList<QPair<QString, QString>> q = query;
        q += {{QStringLiteral("status"), QStringLiteral("any")},
              {QStringLiteral("per_page"), QStringLiteral("100")},
              {QStringLiteral("context"), QStringLiteral("edit")}};
        QList<QJsonObject> found;
        for (const QJsonValue &p : call("GET", QStringLiteral("/wp/v2/posts"), q).toArray())
            found.append(p.toObject());
        return found;
    }

private:
    QNetworkAccessManager m_network;
    QString m_url;
    QByteArray m_authorization;
};

} // namespace

class TestCliResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void killedDuringUploadResumesAtFakeCms();
    void killedDuringUploadResumesAtWordPress();

private:
    // The sample newsroom with the sample article approved under a headline
    // of this run (the token first: media file names keep the slug's first
    // 48 characters).
    void prepareNewsroom();
    void addEndpoint(EndpointProfile profile, const QString &secret);
    QStringList cliArguments(const QStringList &arguments) const;
    QProcessEnvironment cliEnvironment() const;
    // Starts qalam-cli as the chief editor; the process belongs to the test.
    QProcess *startCli(const QStringList &arguments);
    // Runs qalam-cli as the chief editor to its end, keeping this thread's
    // event loop (and so the fake CMS) running meanwhile.
    CliRun runCli(const QStringList &arguments);
    QList<qint64> photoOrder();
    QJsonArray unfinishedJobs();

    QList<QPointer<QProcess>> m_processes;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    std::shared_ptr<Database> m_db;
    Actor m_chief, m_admin;
    QString m_articleId;
    QString m_token;
};

void TestCliResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(QALAM_CLI_PATH)), QALAM_CLI_PATH);
}

void TestCliResume::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
    m_dbPath = m_dir->filePath(QStringLiteral("qalam.sqlite"));
    m_token = runToken();
}

void TestCliResume::cleanup()
{
    // A test that failed half-way leaves no child behind.
    for (const QPointer<QProcess> &process : std::as_const(m_processes)) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(30000);
        }
        delete process;
    }
    m_processes.clear();
    m_db.reset();
    m_dir.reset();
}

void TestCliResume::prepareNewsroom()
{
    auto opened = Database::open(m_dbPath);
    QVERIFY2(opened, why(opened));
    m_db = *opened;
    ArticleStore desk(m_db, &Clock::system(), Actor::local());
    auto loaded = SampleNewsroom::load(desk, SampleNewsroom::bundled());
    QVERIFY2(loaded, why(loaded));
    auto chief = UserStore(m_db).user(QStringLiteral("omarov"));
    QVERIFY2(chief, why(chief));
    m_chief = Actor::fromUser(*chief);
    auto admin = UserStore(m_db).user(QStringLiteral("admin"));
    QVERIFY2(admin, why(admin));
    m_admin = Actor::fromUser(*admin);

    ArticleStore store(m_db, &Clock::system(), m_chief);
    auto list = store.list();
    QVERIFY2(list, why(list));
    for (const ArticleSummary &s : *list)
        if (s.headline == s_sampleHeadline)
            m_articleId = s.id;
    QVERIFY(!m_articleId.isEmpty());
    auto article = store.load(m_articleId);
    QVERIFY2(article, why(article));
    Article a = *article;
    a.headline = m_token + u' ' + s_sampleHeadline;
    auto saved = store.save(a, ArticleStore::SaveKind::Revision, QStringLiteral("resume test"));
    QVERIFY2(saved, why(saved));
}

void TestCliResume::addEndpoint(EndpointProfile profile, const QString &secret)
{
    auto added = EndpointStore(m_db, m_admin).add(profile);
    QVERIFY2(added, why(added));
    SecretStore secrets;
    secrets.setBackend(SecretStore::Backend::File);
    secrets.setFilePath(m_dir->filePath(QStringLiteral("secrets.json")));
    auto stored = secrets.store(profile.name, secret);
    QVERIFY2(stored, why(stored));
}

QStringList TestCliResume::cliArguments(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("omarov")} +
           arguments;
}

QProcessEnvironment TestCliResume::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "QALAM_NEW_PASSWORD", "QALAM_SECRETS_FILE",
                             "QALAM_SECRETS_BACKEND", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    const QString home = m_dir->filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Never the developer's keychain: the private file the test wrote.
    env.insert(QStringLiteral("QALAM_SECRETS_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("QALAM_SECRETS_FILE"), m_dir->filePath(QStringLiteral("secrets.json")));
    env.insert(QStringLiteral("QALAM_PASSWORD"), s_samplePassword);
    return env;
}

QProcess *TestCliResume::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(cliEnvironment());
    process->setWorkingDirectory(m_dir->path());
    process->start(QStringLiteral(QALAM_CLI_PATH), cliArguments(arguments));
    m_processes.append(process);
    return process;
}

CliRun TestCliResume::runCli(const QStringList &arguments)
{
    std::unique_ptr<QProcess> process(startCli(arguments));
    QSignalSpy finished(process.get(), &QProcess::finished);
    CliRun result;
    if (!process->waitForStarted(30000) || (finished.isEmpty() && !finished.wait(60000))) {
        process->kill();
        process->waitForFinished();
        result.err = "qalam-cli did not run to its end: " + process->errorString().toUtf8();
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

QList<qint64> TestCliResume::photoOrder()
{
    QList<qint64> ids;
    auto uses = PhotoStore(m_db, &Clock::system(), m_chief).photosOf(m_articleId);
    if (!uses) {
        qWarning("%s", why(uses));
        return ids;
    }
    for (const PhotoUse &u : *uses)
        ids.append(u.photo.id);
    return ids;
}

QJsonArray TestCliResume::unfinishedJobs()
{
    const CliRun listed =
        runCli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    if (listed.exitCode != 0)
        qWarning("outbox list: %s", listed.describe().constData());
    return listed.json().array();
}

void TestCliResume::killedDuringUploadResumesAtFakeCms()
{
    QElapsedTimer clock;
    clock.start();
    prepareNewsroom();
    if (QTest::currentTestFailed())
        return;
    auto approved = Workflow(m_db, m_chief).approve(m_articleId);
    QVERIFY2(approved, why(approved));

    FakeCms cms;
    QVERIFY(cms.listen());
    const QString password = QStringLiteral("Ab1c D2ef G3hi J4kl M5no P6qr");
    cms.setWordPressCredentials(QStringLiteral("qalam"), password);
    EndpointProfile profile;
    profile.name = QStringLiteral("cms");
    profile.type = QStringLiteral("wordpress");
    profile.url = cms.url().toString();
    profile.login = QStringLiteral("qalam");
    profile.concurrency = 1; // one upload after the other: the kill lands between known steps
    addEndpoint(profile, password);
    if (QTest::currentTestFailed())
        return;
    const QList<qint64> photos = photoOrder();
    QCOMPARE(photos.size(), 3);

    // The first upload goes through; the second is read whole and never answered.
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), FakeCms::Fault::None, 1);
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$"), FakeCms::Fault::Stall, 1);
    auto stalled = [&cms]() {
        const auto requests = cms.requests();
        return std::any_of(requests.cbegin(), requests.cend(), [](const FakeCms::Request &r) {
            return r.method == u"POST" && r.route == u"/wp/v2/media" && r.status == -1;
        });
    };
    QProcess *publishing = startCli({QStringLiteral("publish"), m_articleId, QStringLiteral("--endpoint"),
                                     profile.name, QStringLiteral("--wait")});
    QSignalSpy ended(publishing, &QProcess::finished);
    QVERIFY(publishing->waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(stalled() || !ended.isEmpty(), 40000);
    QVERIFY2(ended.isEmpty(), publishing->readAllStandardError().constData());
    // The first photo is on the server and recorded as a completed step.
    QCOMPARE(cms.media().size(), 1);
    const FakeCms::Media first = cms.media().first();
    QVERIFY2(first.fileName.contains(QStringLiteral("-p%1-").arg(photos.at(0))), qPrintable(first.fileName));
    auto jobs = Outbox(m_db, m_chief).list(true, m_articleId);
    QVERIFY2(jobs, why(jobs));
    QCOMPARE(jobs->size(), 1);
    const qint64 jobId = jobs->first().id;
    auto steps = Outbox(m_db, m_chief).steps(jobId);
    QVERIFY2(steps, why(steps));
    QCOMPARE(steps->keys(), QStringList{QStringLiteral("media:%1").arg(photos.at(0))});
    QCOMPARE(
        steps->value(QStringLiteral("media:%1").arg(photos.at(0))).toObject().value(QStringLiteral("id")),
        QJsonValue(first.id));

    // Killed while the second upload waits for its answer.
    publishing->kill();
    QVERIFY(!ended.isEmpty() || ended.wait(30000));
    QCOMPARE(publishing->exitStatus(), QProcess::CrashExit);
    qInfo("killed after %lld ms", clock.elapsed());

    // The job is still in the outbox, unfinished; the article is not published.
    const QJsonArray left = unfinishedJobs();
    QCOMPARE(left.size(), 1);
    const QJsonObject leftJob = left.first().toObject();
    QCOMPARE(leftJob.value(QStringLiteral("id")).toInteger(), jobId);
    QCOMPARE(leftJob.value(QStringLiteral("article_id")).toString(), m_articleId);
    QCOMPARE(leftJob.value(QStringLiteral("action")).toString(), QStringLiteral("publish"));
    QVERIFY2(leftJob.value(QStringLiteral("state")).toString() == u"running" ||
                 leftJob.value(QStringLiteral("state")).toString() == u"queued",
             qPrintable(leftJob.value(QStringLiteral("state")).toString()));
    auto before = ArticleStore(m_db, &Clock::system(), m_chief).load(m_articleId);
    QVERIFY2(before, why(before));
    QCOMPARE(before->status, ArticleStatus::Approved);
    QCOMPARE(cms.posts().size(), 0);

    // Started again, it finishes the job.
    const CliRun resumed =
        runCli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--wait")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe());
    QCOMPARE(cms.posts().size(), 1);
    const FakeCms::Post post = cms.posts().first();
    QCOMPARE(post.status, QStringLiteral("publish"));
    auto remote = Outbox(m_db, m_chief).remote(m_articleId, profile.name);
    QVERIFY2(remote && remote->has_value(), "no remote record");
    QCOMPARE((*remote)->remoteId, QString::number(post.id));
    QVERIFY((*remote)->remoteUrl.startsWith(cms.url().toString()));
    QCOMPARE(resumed.outText(), (*remote)->remoteUrl + u'\n');

    // One media item per photo; the first was not sent again.
    const QList<FakeCms::Media> media = cms.media();
    QCOMPARE(media.size(), photos.size());
    QSet<QString> slugs;
    for (qint64 photoId : photos) {
        int matching = 0;
        QString slug;
        for (const FakeCms::Media &m : media) {
            if (m.fileName.contains(QStringLiteral("-p%1-").arg(photoId))) {
                ++matching;
                slug = m.slug;
            }
        }
        QVERIFY2(matching == 1, qPrintable(QStringLiteral("photo %1: %2 media").arg(photoId).arg(matching)));
        slugs.insert(slug);
        QCOMPARE((*remote)
                     ->media.value(QString::number(photoId))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 qint64([&] {
                     for (const FakeCms::Media &m : media)
                         if (m.slug == slug)
                             return m.id;
                     return 0;
                 }()));
    }
    QCOMPARE(slugs.size(), photos.size());
    auto uploadsOf = [&cms](const QString &slug) {
        int n = 0;
        for (const FakeCms::Request &r : cms.requests())
            if (r.method == u"POST" && r.route == u"/wp/v2/media" &&
                r.query.contains(QStringLiteral("slug=") + slug))
                ++n;
        return n;
    };
    QCOMPARE(uploadsOf(first.slug), 1);
    QCOMPARE(cms.count(QStringLiteral("POST"), QStringLiteral("/wp/v2/media$")), 4); // 1 + stalled + 2
    QCOMPARE(cms.count(QStringLiteral("POST"), QStringLiteral("/wp/v2/posts$")), 1);
    QCOMPARE(post.featuredMedia, first.id); // the lead photo comes first

    auto after = ArticleStore(m_db, &Clock::system(), m_chief).load(m_articleId);
    QVERIFY2(after, why(after));
    QCOMPARE(after->status, ArticleStatus::Published);
    QCOMPARE(unfinishedJobs().size(), 0);
    auto log = PublishLog(m_db, m_chief).entries(m_articleId);
    QVERIFY2(log, why(log));
    QVERIFY(!log->isEmpty() && log->last().succeeded());
    QCOMPARE(log->last().remoteUrl, (*remote)->remoteUrl);
    qInfo("done in %lld ms", clock.elapsed());
}

void TestCliResume::killedDuringUploadResumesAtWordPress()
{
    const QString url = qEnvironmentVariable("QALAM_WP_URL");
    if (url.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL("QALAM_WP_URL is not set, but CI must test against a real WordPress: run the suite through "
                  "scripts/test.sh, which starts one (scripts/wordpress.sh).");
        QSKIP("No real WordPress: QALAM_WP_URL is not set. Start one with `scripts/wordpress.sh start` and "
              "export `scripts/wordpress.sh env`, or run scripts/test.sh.");
    }
    const QString login = qEnvironmentVariable("QALAM_WP_LOGIN");
    const QString password = qEnvironmentVariable("QALAM_WP_APP_PASSWORD");
    QVERIFY2(!login.isEmpty() && !password.isEmpty(), "QALAM_WP_LOGIN/QALAM_WP_APP_PASSWORD are not set");
    QVERIFY2(QUrl(url).host() == u"127.0.0.1", "the test WordPress must run on 127.0.0.1");

    QElapsedTimer clock;
    clock.start();
    prepareNewsroom();
    if (QTest::currentTestFailed())
        return;

    // A large reader's photo, sent whole (no smaller rendition), second in line.
    const QString bigPath = m_dir->filePath(QStringLiteral("big.jpg"));
    QVERIFY(writeNoiseJpeg(bigPath, QSize(4000, 3000)));
    PhotoStore photoStore(m_db, &Clock::system(), m_chief);
    auto imported = photoStore.importFile(bigPath);
    QVERIFY2(imported, why(imported));
    Photo big = *imported;
    big.caption = QStringLiteral("Площадь перед акиматом, снимок читателя");
    big.alt = QStringLiteral("Площадь перед зданием акимата");
    big.creditSource = QStringLiteral("Акорда");
    big.creditType = CreditType::Ugc;
    big.consent.contributor = QStringLiteral("Читатель редакции");
    big.consent.channel = QStringLiteral("WhatsApp");
    big.consent.granted = true;
    big.consent.scope = {QStringLiteral("web")};
    auto updated = photoStore.update(big);
    QVERIFY2(updated, why(updated));
    auto attached = photoStore.attach(m_articleId, big.id);
    QVERIFY2(attached, why(attached));
    QList<qint64> photos = photoOrder();
    QCOMPARE(photos.size(), 4);
    photos.removeAll(big.id);
    photos.insert(1, big.id);
    auto reordered = photoStore.reorder(m_articleId, photos);
    QVERIFY2(reordered, why(reordered));
    QCOMPARE(photoOrder(), photos);
    PhotoStore settingsStore(m_db, &Clock::system(), m_admin);
    auto settings = settingsStore.settings();
    QVERIFY2(settings, why(settings));
    PhotoSettings whole = *settings;
    whole.longestEdge = 4000;
    auto set = settingsStore.setSettings(whole);
    QVERIFY2(set, why(set));
    auto approved = Workflow(m_db, m_chief).approve(m_articleId);
    QVERIFY2(approved, why(approved));

    EndpointProfile profile;
    profile.name = QStringLiteral("wp");
    profile.type = QStringLiteral("wordpress");
    profile.url = url;
    profile.login = login;
    profile.timeoutSeconds = 60;
    profile.concurrency = 1;
    addEndpoint(profile, password);
    if (QTest::currentTestFailed())
        return;
    qInfo("newsroom ready in %lld ms (token %s)", clock.elapsed(), qPrintable(m_token));

    QProcess *publishing = startCli({QStringLiteral("publish"), m_articleId, QStringLiteral("--endpoint"),
                                     profile.name, QStringLiteral("--wait")});
    QSignalSpy ended(publishing, &QProcess::finished);
    QVERIFY(publishing->waitForStarted(30000));
    // The first photo's upload is recorded: the large one is on its way.
    const QString firstStep = QStringLiteral("media:%1").arg(photos.at(0));
    qint64 jobId = 0;
    Outbox outbox(m_db, m_chief);
    auto firstStored = [&]() {
        if (jobId == 0) {
            auto jobs = outbox.list(true, m_articleId);
            if (jobs && !jobs->isEmpty())
                jobId = jobs->first().id;
        }
        if (jobId == 0)
            return false;
        auto steps = outbox.steps(jobId);
        return steps && steps->contains(firstStep);
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstStored() || !ended.isEmpty(), 40000);
    QVERIFY2(ended.isEmpty(), publishing->readAllStandardError().constData());
    publishing->kill();
    QVERIFY(!ended.isEmpty() || ended.wait(30000));
    QCOMPARE(publishing->exitStatus(), QProcess::CrashExit);
    auto steps = outbox.steps(jobId);
    QVERIFY2(steps, why(steps));
    QVERIFY2(!steps->contains(QStringLiteral("media:%1").arg(big.id)), "the large photo was done already");
    QVERIFY(!steps->contains(QStringLiteral("post")));
    WordPressReader site(url, login, password);
    // Whether the large photo reached WordPress before the kill (the answer
    // lost) or not is up to the moment; either way nothing may be doubled.
    qInfo("killed after %lld ms; %lld of %lld media on the site so far", clock.elapsed(),
          qint64(site.mediaWithStem(m_token + u'-').size()), qint64(photos.size()));

    const QJsonArray left = unfinishedJobs();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toInteger(), jobId);

    const CliRun resumed =
        runCli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--wait")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe());
    auto remote = outbox.remote(m_articleId, profile.name);
    QVERIFY2(remote && remote->has_value(), "no remote record");
    QCOMPARE(resumed.outText(), (*remote)->remoteUrl + u'\n');
    QVERIFY((*remote)->remoteUrl.startsWith(url));
    auto article = ArticleStore(m_db, &Clock::system(), m_chief).load(m_articleId);
    QVERIFY2(article, why(article));
    QCOMPARE(article->status, ArticleStatus::Published);
    qInfo("resumed and done after %lld ms", clock.elapsed());

    // Exactly one post with the slug, one media item per photo.
    const QString slug = (*remote)->slug;
    QVERIFY2(slug.startsWith(m_token + u'-'), qPrintable(slug));
    const QList<QJsonObject> bySlug = site.posts({{QStringLiteral("slug"), slug}});
    QCOMPARE(bySlug.size(), 1);
    QCOMPARE(QString::number(bySlug.first().value(QStringLiteral("id")).toInteger()), (*remote)->remoteId);
    QCOMPARE(bySlug.first().value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QCOMPARE(site.posts({{QStringLiteral("search"), m_token}}).size(), 1);
    const QList<QJsonObject> media = site.mediaWithStem(slug.left(32));
    QStringList mediaSlugs;
    for (const QJsonObject &m : media)
        mediaSlugs << m.value(QStringLiteral("slug")).toString();
    QCOMPARE(media.size(), photos.size());
    QSet<qint64> mediaIds;
    for (qint64 photoId : std::as_const(photos)) {
        const QString marker = QStringLiteral("-p%1-").arg(photoId);
        QCOMPARE(mediaSlugs.filter(marker).size(), 1);
        const qint64 recorded = (*remote)
                                    ->media.value(QString::number(photoId))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        for (const QJsonObject &m : media)
            if (m.value(QStringLiteral("slug")).toString().contains(marker))
                QCOMPARE(m.value(QStringLiteral("id")).toInteger(), recorded);
        mediaIds.insert(recorded);
    }
    QCOMPARE(unfinishedJobs().size(), 0);

    // Leave the shared site as it was found.
    QVERIFY(site.call("DELETE", QStringLiteral("/wp/v2/posts/%1").arg((*remote)->remoteId),
                      {{QStringLiteral("force"), QStringLiteral("true")}})
                .isObject());
    for (qint64 id : std::as_const(mediaIds))
        QVERIFY(site.call("DELETE", QStringLiteral("/wp/v2/media/%1").arg(id),
                          {{QStringLiteral("force"), QStringLiteral("true")}})
                    .isObject());
    qInfo("checked after %lld ms", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cli_resume.moc"
