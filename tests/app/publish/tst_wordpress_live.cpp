// Publishing to a real WordPress (Debian's package, started by
// scripts/wordpress.sh on 127.0.0.1): the chief editor publishes the sample
// article with its UGC photos, updates it and unpublishes it, and every step
// is read back over the REST API and from the uploaded files themselves.
// Without QALAM_WP_URL the test is skipped; on CI (CI set) it fails instead,
// since CI must run it. Several runs share one site: every run gives its
// article a headline with a token of its own.

#include "app/media/photofile.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/workflow/workflow.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

using namespace Qalam;

namespace {

template <typename T> const char *why(const Result<T> &r)
{
    static QByteArray text;
    text = (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
    return text.constData();
}

const QString s_sampleHeadline =
    QStringLiteral("«Работать надо с людьми, а не с бумагами»: Президент – акимам");
const QString s_ugcCredit = QStringLiteral("Фото: Акорда: UGC");
const QString s_endpoint = QStringLiteral("site");

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// A token of lower-case letters and digits, new for every run.
QString runToken()
{
    static const char s_alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString token = QStringLiteral("q");
    for (int i = 0; i < 7; ++i)
        token += QLatin1Char(s_alphabet[QRandomGenerator::global()->bounded(int(sizeof s_alphabet) - 1)]);
    return token;
}

// ---- the WordPress REST API, read back -----------------------------------------

struct Http
{
    int status = 0;
    QString contentType;
    QByteArray body;
    QJsonValue json;
    int totalPages = 0;
    QString error;

    QJsonObject object() const { return json.toObject(); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + " " + contentType.toUtf8() + " " + error.toUtf8() +
               "\n" + body.left(800);
    }
};

class Site
{
public:
    Site(const QString &url, const QString &login, const QString &password)
        : m_url(url.endsWith(u'/') ? url : url + u'/'), m_login(login), m_password(password)
    {
    }

    // A REST call as the site's administrator.
    Http call(const QByteArray &verb, const QString &route, const QList<QPair<QString, QString>> &query = {},
              const QJsonObject &body = {})
    {
        QUrl url(m_url);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("rest_route"), route);
        for (const auto &[k, v] : query)
            q.addQueryItem(k, v);
        url.setQuery(q);
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", "Basic " + (m_login + u':' + m_password).toUtf8().toBase64());
        QByteArray data;
        if (!body.isEmpty()) {
            r.setHeader(QNetworkRequest::ContentTypeHeader,
                        QStringLiteral("application/json; charset=utf-8"));
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return finish(m_network.sendCustomRequest(r, verb, data));
    }

    // Any URL of the site (a page, an uploaded file), anonymously.
    Http fetch(const QUrl &url) { return finish(m_network.get(QNetworkRequest(url))); }

    // Every media item whose slug starts with `stem`, over all pages.
    QList<QJsonObject> mediaWithStem(const QString &stem)
    {
        QList<QJsonObject> found;
        for (int page = 1;; ++page) {
            const Http h = call("GET", QStringLiteral("/wp/v2/media"),
                                {{QStringLiteral("per_page"), QStringLiteral("100")},
                                 {QStringLiteral("page"), QString::number(page)},
                                 {QStringLiteral("context"), QStringLiteral("edit")},
                                 {QStringLiteral("orderby"), QStringLiteral("id")},
                                 {QStringLiteral("order"), QStringLiteral("asc")}});
            if (h.status != 200) {
                qWarning("media list: %s", h.describe().constData());
                return {};
            }
            for (const QJsonValue &v : h.json.toArray())
                if (v.toObject().value(QStringLiteral("slug")).toString().startsWith(stem))
                    found.append(v.toObject());
            if (page >= h.totalPages)
                return found;
        }
    }

    // Posts of any status whose title, excerpt or content has `text`.
    QList<QJsonObject> postsWith(const QString &text)
    {
        const Http h = call("GET", QStringLiteral("/wp/v2/posts"),
                            {{QStringLiteral("search"), text},
                             {QStringLiteral("status"), QStringLiteral("any")},
                             {QStringLiteral("per_page"), QStringLiteral("100")},
                             {QStringLiteral("context"), QStringLiteral("edit")}});
        QList<QJsonObject> found;
        if (h.status != 200) {
            qWarning("post search: %s", h.describe().constData());
            return found;
        }
        for (const QJsonValue &v : h.json.toArray())
            found.append(v.toObject());
        return found;
    }

private:
    Http finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(60000);
        }
        Http h;
        h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        h.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        h.body = reply->readAll();
        h.totalPages = reply->rawHeader("X-WP-TotalPages").toInt();
        if (reply->error() != QNetworkReply::NoError)
            h.error = reply->errorString();
        if (h.contentType.contains(QLatin1String("json"))) {
            const QJsonDocument doc = QJsonDocument::fromJson(h.body);
            h.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        reply->deleteLater();
        return h;
    }

    QNetworkAccessManager m_network;
    QString m_url;
    QString m_login;
    QString m_password;
};

QString raw(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toObject().value(QStringLiteral("raw")).toString();
}

// ---- pictures ---------------------------------------------------------------------

// A reader's phone picture: noise (so every run's bytes differ), camera,
// serial number, owner and the place it was taken (EXIF GPS and XMP).
bool writeReaderJpeg(const QString &path, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = 0xff000000u | (random->generate() & 0x00ffffffu);
    }
    if (!image.save(path, "JPEG", 90))
        return false;
    try {
        auto file = Exiv2::ImageFactory::open(path.toStdString());
        file->readMetadata();
        Exiv2::ExifData &exif = file->exifData();
        exif["Exif.Image.Make"] = std::string("Samsung");
        exif["Exif.Image.Model"] = std::string("Galaxy A54");
        exif["Exif.Photo.BodySerialNumber"] = std::string("SN-4711");
        exif["Exif.Photo.CameraOwnerName"] = std::string("Ivan Petrov");
        exif["Exif.GPSInfo.GPSVersionID"] = std::string("2 2 0 0");
        exif["Exif.GPSInfo.GPSLatitudeRef"] = std::string("N");
        Exiv2::URationalValue latitude;
        latitude.read("51/1 10/1 0/1");
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &latitude);
        exif["Exif.GPSInfo.GPSLongitudeRef"] = std::string("E");
        Exiv2::URationalValue longitude;
        longitude.read("71/1 26/1 0/1");
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &longitude);
        file->xmpData()["Xmp.exif.GPSLatitude"] = std::string("51,10.0N");
        file->writeMetadata();
        return true;
    } catch (const std::exception &e) {
        qWarning("Exiv2: %s", e.what());
        return false;
    }
}

// Every GPS, serial-number and owner key in a JPEG, read with Exiv2 directly.
QStringList privateKeys(const QString &path)
{
    QStringList keys;
    auto file = Exiv2::ImageFactory::open(path.toStdString());
    file->readMetadata();
    for (const auto &datum : file->exifData()) {
        const std::string key = datum.key();
        if (datum.groupName() == "GPSInfo" || key.find("Serial") != std::string::npos ||
            key.find("Owner") != std::string::npos)
            keys << QString::fromStdString(key);
    }
    for (const auto &datum : file->xmpData())
        if (datum.key().find("GPS") != std::string::npos)
            keys << QString::fromStdString(datum.key());
    return keys;
}

QString iptcCredit(const QString &path)
{
    auto file = Exiv2::ImageFactory::open(path.toStdString());
    file->readMetadata();
    const Exiv2::IptcData &iptc = file->iptcData();
    const auto it = iptc.findKey(Exiv2::IptcKey("Iptc.Application2.Credit"));
    return it == iptc.end() ? QString() : QString::fromStdString(it->toString());
}

} // namespace

class TestWordPressLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testConnection();
    void publishUpdateUnpublish();

private:
    EndpointProfile profile() const;
    // Loads the sample newsroom and takes the sample article, with a
    // headline of this run and two phone pictures with GPS, to approved.
    void prepareArticle();
    // Runs a job to its end as the chief editor.
    bool runJob(qint64 jobId, QString *state, QString *text);
    Article article();

    QString m_url, m_login, m_password, m_readerLogin, m_readerPassword;
    QJsonObject m_categories;
    QString m_token;

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    Actor m_chief, m_writer, m_admin;
    QString m_articleId;
    QList<qint64> m_gpsPhotos;
};

void TestWordPressLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QALAM_REQUIRE_TEST_BACKEND(); // this suite also runs on PostgreSQL (tst_wordpress_live_pg)
    m_url = env("QALAM_WP_URL");
    if (m_url.isEmpty()) {
        if (!env("CI").isEmpty())
            QFAIL("QALAM_WP_URL is not set, but CI must test against a real WordPress: run the suite through "
                  "scripts/test.sh, which starts one (scripts/wordpress.sh).");
        QSKIP("No real WordPress: QALAM_WP_URL is not set. Start one with `scripts/wordpress.sh start` and "
              "export `scripts/wordpress.sh env`, or run scripts/test.sh.");
    }
    m_login = env("QALAM_WP_LOGIN");
    m_password = env("QALAM_WP_APP_PASSWORD");
    m_readerLogin = env("QALAM_WP_READER_LOGIN");
    m_readerPassword = env("QALAM_WP_READER_APP_PASSWORD");
    m_categories = QJsonDocument::fromJson(env("QALAM_WP_CATEGORY_IDS").toUtf8()).object();
    QVERIFY2(!m_login.isEmpty() && !m_password.isEmpty(), "QALAM_WP_LOGIN/QALAM_WP_APP_PASSWORD are not set");
    QVERIFY2(!m_readerLogin.isEmpty() && !m_readerPassword.isEmpty(),
             "QALAM_WP_READER_LOGIN/QALAM_WP_READER_APP_PASSWORD are not set");
    QVERIFY2(m_categories.value(QStringLiteral("Регионы")).toInt() > 0 &&
                 m_categories.value(QStringLiteral("Политика")).toInt() > 0,
             "QALAM_WP_CATEGORY_IDS lacks the categories scripts/wordpress.sh creates");
    const QUrl url(m_url);
    QVERIFY2(url.host() == u"127.0.0.1", "the test WordPress must run on 127.0.0.1");
}

void TestWordPressLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_token = runToken();
}

void TestWordPressLive::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_dir.reset();
    m_gpsPhotos.clear();
}

EndpointProfile TestWordPressLive::profile() const
{
    EndpointProfile p;
    p.name = s_endpoint;
    p.type = QStringLiteral("wordpress");
    p.url = m_url;
    p.auth = QStringLiteral("app-password");
    p.login = m_login;
    p.timeoutSeconds = 30;
    p.concurrency = 2;
    // The article's region to "Регионы", its rubric to "Политика".
    p.categoryMap = QJsonObject{{QStringLiteral("Астана"), m_categories.value(QStringLiteral("Регионы"))},
                                {QStringLiteral("Политика"), m_categories.value(QStringLiteral("Политика"))}};
    return p;
}

void TestWordPressLive::testConnection()
{
    QNetworkAccessManager network;
    auto tryWith = [&](const EndpointProfile &p, const QString &secret, QString *message) {
        EndpointTester tester(&network);
        QSignalSpy done(&tester, &EndpointTester::done);
        tester.test(p, secret);
        if (!done.wait(30000)) {
            *message = QStringLiteral("no answer");
            return false;
        }
        *message = done.first().at(1).toString();
        return done.first().at(0).toBool();
    };
    auto checked = EndpointStore::validated(profile());
    QVERIFY2(checked, why(checked));

    QString message;
    QVERIFY2(tryWith(*checked, m_password, &message), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("upload files")) && message.contains(QLatin1String("publish")),
             qPrintable(message));
    QVERIFY(!message.contains(m_password));

    // A contributor signs in but may neither upload nor publish: the message names both.
    EndpointProfile reader = *checked;
    reader.login = m_readerLogin;
    QVERIFY2(!tryWith(reader, m_readerPassword, &message), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("upload_files")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("publish_posts")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("edit_posts")), qPrintable(message)); // that one it has
    QVERIFY(!message.contains(m_readerPassword));

    // A wrong application password: WordPress answers 401 on users/me.
    const QString wrong = QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX");
    QVERIFY2(!tryWith(*checked, wrong, &message), qPrintable(message));
    QVERIFY2(message.contains(m_login), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("application password")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("401")), qPrintable(message));
    QVERIFY(!message.contains(wrong));

    // Nothing listens at the address: said so, not mistaken for a login problem.
    EndpointProfile nowhere = *checked;
    QUrl closed(m_url);
    closed.setPort(9);
    nowhere.url = closed.toString();
    QVERIFY2(!tryWith(nowhere, m_password, &message), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("could not be reached")), qPrintable(message));
}

Article TestWordPressLive::article()
{
    auto a = ArticleStore(m_db, &Clock::system(), m_chief).load(m_articleId);
    if (!a) {
        QTest::qFail(why(a), __FILE__, __LINE__);
        return {};
    }
    return *a;
}

void TestWordPressLive::prepareArticle()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    ArticleStore desk(m_db, &Clock::system(), Actor::local());
    auto loaded = SampleNewsroom::load(desk, SampleNewsroom::bundled());
    QVERIFY2(loaded, why(loaded));
    auto actorOf = [&](const char *login) {
        auto user = UserStore(m_db).user(QString::fromLatin1(login));
        if (!user)
            qWarning("%s", why(user));
        return user ? Actor::fromUser(*user) : Actor();
    };
    m_chief = actorOf("omarov");
    m_writer = actorOf("sokolova");
    m_admin = actorOf("admin");
    QVERIFY(!m_chief.login.isEmpty() && !m_writer.login.isEmpty() && !m_admin.login.isEmpty());

    ArticleStore store(m_db, &Clock::system(), m_chief);
    auto list = store.list();
    QVERIFY2(list, why(list));
    for (const ArticleSummary &s : *list)
        if (s.headline == s_sampleHeadline)
            m_articleId = s.id;
    QVERIFY(!m_articleId.isEmpty());
    Article a = article();
    QCOMPARE(a.status, ArticleStatus::InReview);
    QCOMPARE(a.region, QStringLiteral("Астана"));

    // This run's headline (the token comes first, so that the media file
    // names, which keep the slug's first 48 characters, are this run's too)
    // and a pull quote.
    a.headline = m_token + u' ' + s_sampleHeadline;
    a.pullQuotes = {
        PullQuote{QStringLiteral("Работать надо с людьми, а не с бумагами"), QStringLiteral("Президент")}};
    auto saved = store.save(a, ArticleStore::SaveKind::Revision, QStringLiteral("live test"));
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->status, ArticleStatus::InReview);

    // Two pictures from readers' phones, with the place they were taken.
    PhotoStore photos(m_db, &Clock::system(), m_chief);
    for (int i = 1; i <= 2; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("reader-%1.jpg").arg(i));
        QVERIFY(writeReaderJpeg(path, QSize(1200, 800)));
        auto imported = photos.importFile(path);
        QVERIFY2(imported, why(imported));
        QVERIFY(imported->hasGps);
        Photo p = *imported;
        p.caption = QStringLiteral("Очередь в акимат утром, снимок читателя %1").arg(i);
        p.alt = QStringLiteral("Люди у входа в здание акимата, снимок %1").arg(i);
        p.creditSource = QStringLiteral("Акорда");
        p.creditType = CreditType::Ugc;
        p.consent.contributor = QStringLiteral("Читатель редакции");
        p.consent.contact = QStringLiteral("+7 701 000 00 00");
        p.consent.channel = QStringLiteral("WhatsApp");
        p.consent.granted = true;
        p.consent.scope = {QStringLiteral("web")};
        auto updated = photos.update(p);
        QVERIFY2(updated, why(updated));
        auto attached = photos.attach(m_articleId, p.id);
        QVERIFY2(attached, why(attached));
        m_gpsPhotos.append(p.id);
    }
    auto approved = Workflow(m_db, m_chief).approve(m_articleId, QStringLiteral("В номер"));
    QVERIFY2(approved, why(approved));
    QCOMPARE(approved->status, ArticleStatus::Approved);

    auto added = EndpointStore(m_db, m_admin).add(profile());
    QVERIFY2(added, why(added));
}

bool TestWordPressLive::runJob(qint64 jobId, QString *state, QString *text)
{
    QNetworkAccessManager network;
    PublishRunner runner(m_db, m_chief, &network);
    const QString password = m_password;
    runner.setSecretLookup([password](const QString &endpoint) -> Result<std::optional<QString>> {
        if (endpoint != s_endpoint)
            return std::optional<QString>();
        return std::optional<QString>(password);
    });
    runner.setWorkFolder(m_dir->filePath(QStringLiteral("work")));
    runner.setRetryPolicy(RetryPolicy{3, 200, 2000});
    QSignalSpy finished(&runner, &PublishRunner::finished);
    runner.run(jobId);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    *state = finished.first().at(1).toString();
    *text = finished.first().at(2).toString();
    return finished.first().at(0).toLongLong() == jobId;
}

void TestWordPressLive::publishUpdateUnpublish()
{
    QElapsedTimer clock;
    clock.start();
    prepareArticle();
    if (QTest::currentTestFailed())
        return;
    qInfo("newsroom ready in %lld ms (token %s)", clock.elapsed(), qPrintable(m_token));
    Site site(m_url, m_login, m_password);
    Outbox outbox(m_db, m_chief);

    // ---- publish ----------------------------------------------------------------
    auto job = outbox.enqueue(m_articleId, s_endpoint, QStringLiteral("publish"));
    QVERIFY2(job, why(job));
    QString state, text;
    QVERIFY(runJob(job->id, &state, &text));
    QVERIFY2(state == u"done", qPrintable(state + u' ' + text));
    const QString postUrl = text;
    QVERIFY2(postUrl.startsWith(m_url), qPrintable(postUrl));
    qInfo("published in %lld ms: %s", clock.elapsed(), qPrintable(postUrl));

    Article published = article();
    QCOMPARE(published.status, ArticleStatus::Published);
    QVERIFY(published.publishedAt.isValid());
    auto remote = outbox.remote(m_articleId, s_endpoint);
    QVERIFY2(remote, why(remote));
    QVERIFY(remote->has_value());
    const RemotePost post = **remote;
    QVERIFY(post.remoteId.toLongLong() > 0);
    QCOMPARE(post.remoteUrl, postUrl);
    auto log = PublishLog(m_db, m_chief).entries(m_articleId);
    QVERIFY2(log, why(log));
    QVERIFY(!log->isEmpty());
    QVERIFY(log->last().succeeded());
    QCOMPARE(log->last().action, QStringLiteral("publish"));
    QCOMPARE(log->last().remoteUrl, postUrl);
    QCOMPARE(log->last().who, QStringLiteral("omarov"));
    auto finishedJob = outbox.job(job->id);
    QVERIFY2(finishedJob, why(finishedJob));
    QCOMPARE(finishedJob->state, QStringLiteral("done"));

    // The post, read back.
    Http h = site.call("GET", QStringLiteral("/wp/v2/posts/%1").arg(post.remoteId),
                       {{QStringLiteral("context"), QStringLiteral("edit")}});
    QVERIFY2(h.status == 200, h.describe());
    QJsonObject wpPost = h.object();
    QCOMPARE(wpPost.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QCOMPARE(wpPost.value(QStringLiteral("link")).toString(), postUrl);
    QCOMPARE(raw(wpPost, "title"), published.headline);
    QVERIFY2(raw(wpPost, "excerpt").contains(published.lead), qPrintable(raw(wpPost, "excerpt")));
    const QString slug = wpPost.value(QStringLiteral("slug")).toString();
    QCOMPARE(slug, post.slug);
    QVERIFY2(slug.startsWith(m_token + QStringLiteral("-rabotat-nado")), qPrintable(slug));
    const QString content = raw(wpPost, "content");
    QVERIFY2(content.contains(QStringLiteral("Главной темой встречи стала работа местных исполнительных")),
             qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("«Работать надо с людьми, а не с бумагами. Каждое обращение")));
    QVERIFY2(
        content.contains(QStringLiteral("<blockquote class=\"pull-quote\"><p>«Работать надо с людьми, а не "
                                        "с бумагами»</p><p class=\"speaker\">Президент</p></blockquote>")),
        qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("передает Акорда")));
    const int photoCount = 3 + int(m_gpsPhotos.size());
    QCOMPARE(post.media.size(), photoCount);
    QCOMPARE(content.count(QLatin1String("<figcaption>")), photoCount);
    static const QRegularExpression s_figcaption(QStringLiteral("<figcaption>(.*?)</figcaption>"));
    for (auto it = s_figcaption.globalMatch(content); it.hasNext();) {
        const QString caption = it.next().captured(1);
        QVERIFY2(caption.contains(s_ugcCredit), qPrintable(caption));
    }
    QSet<qint64> categories;
    for (const QJsonValue &v : wpPost.value(QStringLiteral("categories")).toArray())
        categories.insert(v.toInteger());
    QCOMPARE(categories, (QSet<qint64>{m_categories.value(QStringLiteral("Регионы")).toInteger(),
                                       m_categories.value(QStringLiteral("Политика")).toInteger()}));

    // The featured image is the lead photo's media.
    auto uses = PhotoStore(m_db, &Clock::system(), m_chief).photosOf(m_articleId);
    QVERIFY2(uses, why(uses));
    QCOMPARE(uses->size(), photoCount);
    qint64 leadPhoto = 0;
    for (const PhotoUse &u : *uses)
        if (u.lead)
            leadPhoto = u.photo.id;
    QVERIFY(leadPhoto > 0);
    const qint64 leadMedia =
        post.media.value(QString::number(leadPhoto)).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(leadMedia > 0);
    QCOMPARE(wpPost.value(QStringLiteral("featured_media")).toInteger(), leadMedia);

    // Every photo: one media item, captioned with the credit; the file on the
    // site has the credit in its IPTC and no GPS (all are UGC).
    QSet<qint64> mediaIds;
    for (const PhotoUse &u : *uses) {
        const QJsonObject recorded = post.media.value(QString::number(u.photo.id)).toObject();
        const qint64 mediaId = recorded.value(QStringLiteral("id")).toInteger();
        QVERIFY2(mediaId > 0, qPrintable(QString::number(u.photo.id)));
        mediaIds.insert(mediaId);
        QVERIFY2(content.contains(recorded.value(QStringLiteral("url")).toString()),
                 qPrintable(recorded.value(QStringLiteral("url")).toString()));
        h = site.call("GET", QStringLiteral("/wp/v2/media/%1").arg(mediaId),
                      {{QStringLiteral("context"), QStringLiteral("edit")}});
        QVERIFY2(h.status == 200, h.describe());
        const QJsonObject media = h.object();
        QVERIFY2(raw(media, "caption").contains(s_ugcCredit), qPrintable(raw(media, "caption")));
        QVERIFY2(raw(media, "caption").contains(u.photo.caption), qPrintable(raw(media, "caption")));
        QCOMPARE(media.value(QStringLiteral("alt_text")).toString(), u.photo.alt);
        const QString imageCredit = media.value(QStringLiteral("media_details"))
                                        .toObject()
                                        .value(QStringLiteral("image_meta"))
                                        .toObject()
                                        .value(QStringLiteral("credit"))
                                        .toString();
        QVERIFY2(imageCredit.contains(s_ugcCredit), qPrintable(imageCredit));

        const QUrl source(media.value(QStringLiteral("source_url")).toString());
        const Http file = site.fetch(source);
        QVERIFY2(file.status == 200 && file.body.startsWith("\xff\xd8"), file.describe().left(200));
        const QString local = m_dir->filePath(QStringLiteral("downloaded-%1.jpg").arg(mediaId));
        QFile out(local);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file.body) == file.body.size());
        out.close();
        QCOMPARE(privateKeys(local), QStringList());
        QCOMPARE(iptcCredit(local), s_ugcCredit);
        auto metadata = PhotoFile::readMetadata(local);
        QVERIFY2(metadata, why(metadata));
        QVERIFY(!metadata->hasGps);
        QCOMPARE(metadata->caption, u.photo.caption);
    }
    QCOMPARE(mediaIds.size(), photoCount);
    for (qint64 id : std::as_const(m_gpsPhotos)) {
        auto original = PhotoStore(m_db).photo(id);
        QVERIFY2(original, why(original));
        QVERIFY(original->hasGps); // the original keeps it; only the rendition lost it
    }
    // The site has exactly these media for the article, and one post.
    // The runner names uploads by the slug's first 32 characters and the article id.
    const QString stem = slug.left(32);
    QList<QJsonObject> media = site.mediaWithStem(stem);
    QSet<qint64> onSite;
    for (const QJsonObject &m : std::as_const(media))
        onSite.insert(m.value(QStringLiteral("id")).toInteger());
    QCOMPARE(onSite, mediaIds);
    QList<QJsonObject> posts = site.postsWith(m_token);
    QCOMPARE(posts.size(), 1);

    // The public page shows the story.
    const Http page = site.fetch(QUrl(postUrl));
    QVERIFY2(page.status == 200, page.describe().left(300));
    const QString pageText = QString::fromUtf8(page.body);
    QVERIFY(pageText.contains(m_token));
    QVERIFY(pageText.contains(s_ugcCredit));
    qInfo("read back in %lld ms", clock.elapsed());

    // ---- update -----------------------------------------------------------------
    // The chief editor changes the headline (the article becomes
    // "updated"), the writer adds a paragraph and submits it again.
    Article edited = article();
    edited.headline = m_token + QStringLiteral(" Президент – акимам: «Работать надо с людьми»");
    auto retitled = ArticleStore(m_db, &Clock::system(), m_chief)
                        .save(edited, ArticleStore::SaveKind::Revision, QStringLiteral("headline"));
    QVERIFY2(retitled, why(retitled));
    QCOMPARE(retitled->status, ArticleStatus::Updated);
    edited = *retitled;
    edited.bodyHtml += QStringLiteral("<p>Дополнение: стандарты обсудят на следующем совещании.</p>");
    auto saved = ArticleStore(m_db, &Clock::system(), m_writer)
                     .save(edited, ArticleStore::SaveKind::Revision, QStringLiteral("update"));
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->status, ArticleStatus::Updated);
    auto submitted = Workflow(m_db, m_writer).submit(m_articleId, QStringLiteral("Дополнила текст"));
    QVERIFY2(submitted, why(submitted));
    auto reapproved = Workflow(m_db, m_chief).approve(m_articleId);
    QVERIFY2(reapproved, why(reapproved));
    auto again = outbox.enqueue(m_articleId, s_endpoint, QStringLiteral("publish"));
    QVERIFY2(again, why(again));
    QVERIFY(again->id != job->id);
    QVERIFY(runJob(again->id, &state, &text));
    QVERIFY2(state == u"done", qPrintable(state + u' ' + text));
    QCOMPARE(text, postUrl); // the address stays
    QCOMPARE(article().status, ArticleStatus::Published);
    auto remoteAfter = outbox.remote(m_articleId, s_endpoint);
    QVERIFY2(remoteAfter && remoteAfter->has_value(), "no remote record after the update");
    QCOMPARE((*remoteAfter)->remoteId, post.remoteId);
    QCOMPARE((*remoteAfter)->media, post.media); // the same media, the same renditions

    h = site.call("GET", QStringLiteral("/wp/v2/posts/%1").arg(post.remoteId),
                  {{QStringLiteral("context"), QStringLiteral("edit")}});
    QVERIFY2(h.status == 200, h.describe());
    wpPost = h.object();
    QCOMPARE(wpPost.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QCOMPARE(raw(wpPost, "title"), edited.headline);
    QVERIFY(raw(wpPost, "content").contains(QStringLiteral("Дополнение: стандарты обсудят")));
    QCOMPARE(wpPost.value(QStringLiteral("slug")).toString(), slug);
    QCOMPARE(wpPost.value(QStringLiteral("featured_media")).toInteger(), leadMedia);
    // No new post, no photo uploaded again.
    posts = site.postsWith(m_token);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(QString::number(posts.first().value(QStringLiteral("id")).toInteger()), post.remoteId);
    media = site.mediaWithStem(stem);
    QCOMPARE(media.size(), photoCount);
    onSite.clear();
    for (const QJsonObject &m : std::as_const(media))
        onSite.insert(m.value(QStringLiteral("id")).toInteger());
    QCOMPARE(onSite, mediaIds);
    qInfo("updated in %lld ms", clock.elapsed());

    // ---- unpublish --------------------------------------------------------------
    auto down = outbox.enqueue(m_articleId, s_endpoint, QStringLiteral("unpublish"),
                               QStringLiteral("Снято по просьбе источника"));
    QVERIFY2(down, why(down));
    QVERIFY(runJob(down->id, &state, &text));
    QVERIFY2(state == u"done", qPrintable(state + u' ' + text));
    QCOMPARE(article().status, ArticleStatus::Unpublished);
    h = site.call("GET", QStringLiteral("/wp/v2/posts/%1").arg(post.remoteId),
                  {{QStringLiteral("context"), QStringLiteral("edit")}});
    QVERIFY2(h.status == 200, h.describe());
    QCOMPARE(h.object().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    // A draft is not public any more.
    const Http gone = site.fetch(QUrl(postUrl));
    QVERIFY2(gone.status == 404, gone.describe().left(200));
    log = PublishLog(m_db, m_chief).entries(m_articleId);
    QVERIFY2(log, why(log));
    QCOMPARE(log->last().action, QStringLiteral("unpublish"));
    QVERIFY(log->last().succeeded());
    QCOMPARE(log->last().remoteUrl, postUrl);
    QCOMPARE(site.postsWith(m_token).size(), 1);
    qInfo("unpublished in %lld ms", clock.elapsed());

    // Leave the shared site as it was found.
    h = site.call("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(post.remoteId),
                  {{QStringLiteral("force"), QStringLiteral("true")}});
    QVERIFY2(h.status == 200, h.describe());
    for (qint64 id : std::as_const(mediaIds)) {
        h = site.call("DELETE", QStringLiteral("/wp/v2/media/%1").arg(id),
                      {{QStringLiteral("force"), QStringLiteral("true")}});
        QVERIFY2(h.status == 200, h.describe());
    }
}

QTEST_GUILESS_MAIN(TestWordPressLive)
#include "tst_wordpress_live.moc"
