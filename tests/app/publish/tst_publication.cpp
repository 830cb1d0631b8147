// The publication package: slugs, the body for the web, IPTC ninjs documents
// validated against IPTC's own schemas (Debian's python3-jsonschema, offline)
// and the `folder` publisher on real SQLite files, real JPEGs with GPS
// written by Exiv2 and real folders.

#include "app/media/photofile.h"
#include "app/people/userstore.h"
#include "app/publish/publication.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/text/htmlsanitizer.h"
#include "app/workflow/workflow.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

// ---- HTML that leaves Qalam ------------------------------------------------

// Every tag of `html` is one Qalam writes, every attribute one it allows,
// links go to http(s)/mailto only and pictures only to `allowedSources`.
// Returns what is wrong, empty when the page is clean.
QString htmlProblems(const QString &html, const QStringList &allowedSources)
{
    static const QStringList s_tags = {
        QStringLiteral("!doctype"), QStringLiteral("html"),       QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"),      QStringLiteral("body"),
        QStringLiteral("article"),  QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("p"),          QStringLiteral("strong"),
        QStringLiteral("em"),       QStringLiteral("a"),          QStringLiteral("blockquote"),
        QStringLiteral("ul"),       QStringLiteral("ol"),         QStringLiteral("li"),
        QStringLiteral("figure"),   QStringLiteral("figcaption"), QStringLiteral("img"),
        QStringLiteral("br"),       QStringLiteral("span"),
    };
    static const QStringList s_attributes = {
        QStringLiteral("href"),   QStringLiteral("src"),   QStringLiteral("alt"),  QStringLiteral("width"),
        QStringLiteral("height"), QStringLiteral("class"), QStringLiteral("lang"), QStringLiteral("charset")};
    static const QRegularExpression s_tag(QStringLiteral("<(/?)([^\\s>/]*)([^>]*)>"));
    static const QRegularExpression s_attribute(QStringLiteral("([a-zA-Z-]+)=\"([^\"]*)\""));
    QStringList problems;
    QString text = html;
    text.remove(s_tag);
    if (text.contains(u'<') || text.contains(u'>'))
        problems << QStringLiteral("unescaped < or > in text");
    for (auto it = s_tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        if (!s_tags.contains(name)) {
            problems << QStringLiteral("tag <%1>").arg(name);
            continue;
        }
        QString rest = m.captured(3);
        if (name == u"!doctype") {
            if (rest.trimmed() != u"html")
                problems << QStringLiteral("doctype %1").arg(rest);
            continue;
        }
        for (auto at = s_attribute.globalMatch(rest); at.hasNext();) {
            const auto a = at.next();
            const QString attribute = a.captured(1).toLower();
            const QString value = a.captured(2);
            if (!s_attributes.contains(attribute))
                problems << QStringLiteral("attribute %1 on <%2>").arg(attribute, name);
            if (attribute == u"href" && !value.startsWith(QLatin1String("https://")) &&
                !value.startsWith(QLatin1String("http://")) && !value.startsWith(QLatin1String("mailto:")))
                problems << QStringLiteral("href %1").arg(value);
            if (attribute == u"src" && !allowedSources.contains(value))
                problems << QStringLiteral("src %1").arg(value);
        }
        rest.remove(s_attribute);
        if (!rest.trimmed().isEmpty())
            problems << QStringLiteral("stray attribute text «%1» on <%2>").arg(rest.trimmed(), name);
    }
    if (html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive))
        problems << QStringLiteral("javascript: URL");
    return problems.join(QStringLiteral("; "));
}

QStringList imageSources(const QString &html)
{
    static const QRegularExpression s_img(QStringLiteral("<img src=\"([^\"]*)\""));
    QStringList sources;
    for (auto it = s_img.globalMatch(html); it.hasNext();)
        sources << it.next().captured(1);
    return sources;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- pictures ---------------------------------------------------------------

// A JPEG from a reader's phone: camera, serial number, owner and the place
// it was taken (EXIF GPS and XMP).
bool writeJpeg(const QString &path, const QColor &colour, bool withGps)
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(colour);
    if (!image.save(path, "JPEG", 90))
        return false;
    if (!withGps)
        return true;
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

// Every GPS, serial-number and owner key left in a JPEG, read with Exiv2 directly.
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

// ---- ninjs validation -------------------------------------------------------

QString ninjsSchemaDir()
{
    return QDir::cleanPath(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/../ninjs"));
}

// A Python 3 that has jsonschema: Debian's first (python3-jsonschema), then PATH's.
QString jsonschemaPython()
{
    static const QString s_python = [] {
        QStringList candidates = {QStringLiteral("/usr/bin/python3")};
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!onPath.isEmpty())
            candidates << onPath;
        for (const QString &python : candidates) {
            if (!QFileInfo(python).isExecutable())
                continue;
            QProcess probe;
            probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0)
                return python;
        }
        return QString();
    }();
    return s_python;
}

// Validates against the schema with the GeoJSON schema it references mapped to
// the local copy; any other remote reference fails instead of being fetched.
const char s_validator[] =
    "import json, sys\n"
    "import jsonschema\n"
    "schema_path, geo_path, doc_path = sys.argv[1:4]\n"
    "with open(schema_path, encoding=\"utf-8\") as f: schema = json.load(f)\n"
    "with open(geo_path, encoding=\"utf-8\") as f: geo = json.load(f)\n"
    "with open(doc_path, encoding=\"utf-8\") as f: doc = json.load(f)\n"
    "geo_ids = {\"https://geojson.org/schema/GeoJSON.json\", geo.get(\"$id\", "
    "\"https://geojson.org/schema/GeoJSON.json\")}\n"
    "cls = jsonschema.Draft202012Validator\n"
    "cls.check_schema(schema)\n"
    "try:\n"
    "    from referencing import Registry, Resource\n"
    "    from referencing.jsonschema import DRAFT202012\n"
    "    def offline(uri):\n"
    "        raise LookupError(\"remote reference refused offline: \" + uri)\n"
    "    registry = Registry(retrieve=offline).with_resources(\n"
    "        [(i, Resource.from_contents(geo, default_specification=DRAFT202012)) for i in geo_ids])\n"
    "    validator = cls(schema, registry=registry, format_checker=jsonschema.FormatChecker())\n"
    "except ImportError:\n"
    "    def offline(uri):\n"
    "        raise LookupError(\"remote reference refused offline: \" + uri)\n"
    "    resolver = jsonschema.RefResolver.from_schema(\n"
    "        schema, store={i: geo for i in geo_ids}, handlers={\"http\": offline, \"https\": offline})\n"
    "    validator = cls(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())\n"
    "errors = list(validator.iter_errors(doc))\n"
    "for e in errors:\n"
    "    print(\"/\".join(str(p) for p in e.absolute_path) + \": \" + e.message)\n"
    "sys.exit(1 if errors else 0)\n";

// Empty when `document` is valid ninjs of `version`; the validator's report otherwise.
// `*ran` says whether a validator was there to ask.
QString ninjsErrors(const QJsonObject &document, const QString &version, bool *ran)
{
    *ran = false;
    const QString python = jsonschemaPython();
    const QDir schemas(ninjsSchemaDir());
    const QString schema = schemas.filePath(QStringLiteral("ninjs-schema_%1.json").arg(version));
    const QString geo = schemas.filePath(QStringLiteral("GeoJSON-schema.json"));
    if (python.isEmpty() || !QFileInfo::exists(schema) || !QFileInfo::exists(geo))
        return {};
    QTemporaryDir dir;
    const QString docPath = dir.filePath(QStringLiteral("document.json"));
    if (!Test::writeFile(docPath, QJsonDocument(document).toJson()))
        return QStringLiteral("cannot write %1").arg(docPath);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(s_validator), schema, geo, docPath});
    if (!process.waitForFinished(120000))
        return QStringLiteral("the validator did not finish");
    *ran = true;
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("exit code %1").arg(process.exitCode()) : output;
    return {};
}

bool validatorAvailable(QString *reason)
{
    if (!QFileInfo::exists(QDir(ninjsSchemaDir()).filePath(QStringLiteral("ninjs-schema_3.1.json")))) {
        *reason = QStringLiteral("IPTC's ninjs schemas are not at %1").arg(ninjsSchemaDir());
        return false;
    }
    if (jsonschemaPython().isEmpty()) {
        *reason = QStringLiteral("python3-jsonschema is not installed (scripts/deps.sh installs it)");
        return false;
    }
    return true;
}

QJsonObject associationNamed(const QJsonArray &associations, const QString &name)
{
    for (const QJsonValue &v : associations)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestPublication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void slug_data();
    void slug();
    void slugLongHeadline();
    void slugStable();
    void sourceName_data();
    void sourceName();

    void bodyHtmlFigures();
    void bodyHtmlSpreadsUnplacedPhotosAndPullQuotes();
    void bodyHtmlHostile_data();
    void bodyHtmlHostile();

    void ninjsContent();
    void ninjsValidAgainstIptcSchemas();
    void ninjsValidatorRejectsInvalid();

    void folderPublishSample();
    void folderRenditionsLoseGps();
    void folderUseSlugKeepsAddress();
    void folderUnwritable();
    void folderFailureKeepsEarlierPackage();

private:
    // A single-desk newsroom (no accounts): Actor::local() may do everything.
    Article createArticle(const QString &headline, const QString &bodyHtml);
    Photo addPhoto(const QString &articleId, const QString &name, CreditType type, bool lead, bool withGps,
                   const QColor &colour = QColor(30, 90, 160));
    void setStoredBody(const QString &articleId, const QString &html);
    // Loads the sample newsroom; returns the sample article and the chief editor.
    bool loadSample(Article *article, Actor *chief);

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPublication::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestPublication::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPublication::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_dir.reset();
}

Article TestPublication::createArticle(const QString &headline, const QString &bodyHtml)
{
    Article draft;
    draft.headline = headline;
    draft.lead = QStringLiteral("Глава государства провел совещание с акимами, передает Акорда.");
    draft.bodyHtml = bodyHtml;
    draft.source = QStringLiteral("передает Акорда");
    draft.region = QStringLiteral("Астана");
    draft.rubric = QStringLiteral("Политика");
    draft.tags = {QStringLiteral("акимы")};
    draft.authors = {Author(0, QStringLiteral("Колмакова Виктория"), QStringLiteral("редактор"))};
    ArticleStore store(m_db, &Clock::system(), Actor::local());
    auto author = store.ensureAuthor(draft.authors.first());
    if (author)
        draft.authors = {*author};
    auto created = store.create(draft);
    if (!created) {
        QTest::qFail(why(created), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

Photo TestPublication::addPhoto(const QString &articleId, const QString &name, CreditType type, bool lead,
                                bool withGps, const QColor &colour)
{
    const QString path = m_dir->filePath(name);
    if (!writeJpeg(path, colour, withGps)) {
        QTest::qFail("cannot write the test JPEG", __FILE__, __LINE__);
        return {};
    }
    PhotoStore store(m_db, &Clock::system(), Actor::local());
    auto imported = store.importFile(path);
    if (!imported) {
        QTest::qFail(why(imported), __FILE__, __LINE__);
        return {};
    }
    Photo p = *imported;
    p.caption = QStringLiteral("Подпись к снимку %1").arg(name);
    p.alt = QStringLiteral("Описание снимка %1").arg(name);
    p.creditSource = QStringLiteral("Акорда");
    p.creditType = type;
    if (type == CreditType::Ugc) {
        p.consent.contributor = QStringLiteral("Читатель редакции");
        p.consent.contact = QStringLiteral("+7 701 000 00 00");
        p.consent.granted = true;
        p.consent.scope = {QStringLiteral("web")};
    }
    auto updated = store.update(p);
    if (!updated) {
        QTest::qFail(why(updated), __FILE__, __LINE__);
        return {};
    }
    if (auto attached = store.attach(articleId, p.id, lead); !attached) {
        QTest::qFail(why(attached), __FILE__, __LINE__);
        return {};
    }
    return *updated;
}

void TestPublication::setStoredBody(const QString &articleId, const QString &html)
{
    // Behind the store's back, as a damaged or hostile database file would be.
    auto connection = m_db->connection();
    QVERIFY(connection);
    QSqlQuery q(*connection);
    QVERIFY(q.prepare(QStringLiteral("UPDATE articles SET body_html = :body WHERE id = :id")));
    q.bindValue(QStringLiteral(":body"), html);
    q.bindValue(QStringLiteral(":id"), articleId);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

bool TestPublication::loadSample(Article *article, Actor *chief)
{
    ArticleStore desk(m_db, &Clock::system(), Actor::local());
    auto loaded = SampleNewsroom::load(desk, SampleNewsroom::bundled());
    if (!loaded) {
        qWarning("%s", why(loaded));
        return false;
    }
    auto omarov = UserStore(m_db).user(QStringLiteral("omarov"));
    if (!omarov)
        return false;
    *chief = Actor::fromUser(*omarov);
    ArticleStore store(m_db, &Clock::system(), *chief);
    auto list = store.list();
    if (!list)
        return false;
    for (const ArticleSummary &s : *list) {
        if (s.headline == s_sampleHeadline) {
            auto full = store.load(s.id);
            if (!full)
                return false;
            *article = *full;
            return true;
        }
    }
    return false;
}

// ---- slugs --------------------------------------------------------------------

void TestPublication::slug_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("-0123abcd");
    QTest::newRow("russian headline quote")
        << s_sampleHeadline << QStringLiteral("rabotat-nado-s-lyudmi-a-ne-s-bumagami-prezident-akimam") + id;
    QTest::newRow("russian letters") << QStringLiteral("Щедрый ёж, цапля и подъезд: эхо Юга")
                                     << QStringLiteral("shchedryy-ezh-tsaplya-i-podezd-ekho-yuga") + id;
    QTest::newRow("kazakh letters") << QStringLiteral("Қарағанды облысында жаңа мектеп ашылды")
                                    << QStringLiteral("qaragandy-oblysynda-zhana-mektep-ashyldy") + id;
    QTest::newRow("kazakh special letters") << QStringLiteral("Әлем, Өскемен, Үкімет, ұлттық, Һ және іс")
                                            << QStringLiteral("alem-oskemen-ukimet-ulttyq-h-zhane-is") + id;
    QTest::newRow("english punctuation") << QStringLiteral("Tokayev: “Law must rule” — 100% & more!!!")
                                         << QStringLiteral("tokayev-law-must-rule-100-more") + id;
    QTest::newRow("apostrophes join") << QStringLiteral("Don’t panic, it's Qalam's day")
                                      << QStringLiteral("dont-panic-its-qalams-day") + id;
    QTest::newRow("latin marks") << QStringLiteral("Café in Zürich, façade")
                                 << QStringLiteral("cafe-in-zurich-facade") + id;
    QTest::newRow("numbers and dashes") << QStringLiteral("Маршрут №58: интервал 10–12 минут")
                                        << QStringLiteral("marshrut-58-interval-10-12-minut") + id;
    QTest::newRow("only punctuation") << QStringLiteral("«»!!! — ???") << QStringLiteral("article") + id;
    QTest::newRow("empty") << QString() << QStringLiteral("article") + id;
    QTest::newRow("other scripts") << QStringLiteral("北京 Beijing 2024")
                                   << QStringLiteral("beijing-2024") + id;
}

void TestPublication::slug()
{
    QFETCH(QString, headline);
    QFETCH(QString, expected);
    Article a;
    a.id = QStringLiteral("0123ABCD-4567-89ab-cdef-0123456789ab");
    a.headline = headline;
    const QString slug = PublicationBuilder::slugFor(a);
    QCOMPARE(slug, expected);
    static const QRegularExpression s_shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QVERIFY2(s_shape.match(slug).hasMatch(), qPrintable(slug));
}

void TestPublication::slugLongHeadline()
{
    Article a;
    a.id = QStringLiteral("fedcba98-7654-3210-fedc-ba9876543210");
    a.headline =
        QStringLiteral("В Караганде начался капитальный ремонт магистрального водовода на Юго-Востоке, "
                       "из-за которого несколько кварталов временно останутся без холодной воды");
    const QString slug = PublicationBuilder::slugFor(a);
    QVERIFY(slug.endsWith(QLatin1String("-fedcba98")));
    const QString headlinePart = slug.chopped(9);
    QVERIFY2(headlinePart.size() <= 80, qPrintable(slug));
    QVERIFY2(headlinePart.size() > 60, qPrintable(slug)); // cut near the limit, not early
    QVERIFY(!headlinePart.endsWith(u'-'));
    // Cut at a word boundary: every word of the slug is a whole word of the full transliteration.
    QVERIFY2(QStringLiteral(
                 "v-karagande-nachalsya-kapitalnyy-remont-magistralnogo-vodovoda-na-yugo-vostoke-iz-za-")
                 .startsWith(headlinePart + u'-'),
             qPrintable(headlinePart));

    // One endless word is cut hard at 80 characters.
    a.headline = QString(200, u'ж');
    const QString hard = PublicationBuilder::slugFor(a);
    QCOMPARE(hard, QString(40, u'z').replace(u'z', QStringLiteral("zh")) + QStringLiteral("-fedcba98"));
}

void TestPublication::slugStable()
{
    Article a;
    a.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    a.headline = s_sampleHeadline;
    const QString first = PublicationBuilder::slugFor(a);
    QCOMPARE(PublicationBuilder::slugFor(a), first);
    a.lead = QStringLiteral("Другой лид");
    a.bodyHtml = QStringLiteral("<p>Другой текст</p>");
    QCOMPARE(PublicationBuilder::slugFor(a), first); // only headline and id count
    Article twin = a;
    twin.id = QStringLiteral("99999999-2222-3333-4444-555555555555");
    QVERIFY(PublicationBuilder::slugFor(twin) != first); // same headline, another article
    QCOMPARE(PublicationBuilder::slugFor(twin).chopped(9), first.chopped(9));
}

void TestPublication::sourceName_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("передает") << QStringLiteral("передает Акорда") << QStringLiteral("Акорда");
    QTest::newRow("передаёт") << QStringLiteral("Передаёт Акорда.") << QStringLiteral("Акорда");
    QTest::newRow("press service") << QStringLiteral("сообщает пресс-служба акимата")
                                   << QStringLiteral("пресс-служба акимата");
    QTest::newRow("kazakh") << QStringLiteral("Ақорда хабарлайды") << QStringLiteral("Ақорда");
    QTest::newRow("english") << QStringLiteral("according to Akorda") << QStringLiteral("Akorda");
    QTest::newRow("quoted name") << QStringLiteral("пишет «Казинформ»") << QStringLiteral("«Казинформ»");
    QTest::newRow("name only") << QStringLiteral("Акорда") << QStringLiteral("Акорда");
    QTest::newRow("empty") << QString() << QString();
}

void TestPublication::sourceName()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QCOMPARE(PublicationBuilder::sourceNameOf(source), name);
}

// ---- the body for the web ---------------------------------------------------------

namespace {
Publication handMadePublication()
{
    Publication p;
    p.article.id = QStringLiteral("0123abcd-0000-0000-0000-000000000000");
    p.article.headline = QStringLiteral("Заголовок");
    p.article.language = QStringLiteral("ru");
    p.article.bodyHtml = QStringLiteral(
        "<p>Первый абзац.</p>"
        "<figure><p><img src=\"qalam-photo:7\"></p><figcaption>Старая подпись / Фото: "
        "кто-то</figcaption></figure>"
        "<p>Второй абзац.</p>"
        "<figure><p><img src=\"qalam-photo:99\"></p><figcaption>Снимок, которого нет</figcaption></figure>"
        "<p>Третий абзац.</p><p>Четвертый абзац.</p>");
    p.slug = PublicationBuilder::slugFor(p.article);
    auto photo = [](qint64 id, const QString &caption, bool lead) {
        PublishedPhoto pp;
        pp.photo.id = id;
        pp.photo.caption = caption;
        pp.photo.alt = QStringLiteral("Описание %1").arg(id);
        pp.photo.creditSource = QStringLiteral("Акорда");
        pp.photo.creditType = CreditType::Ugc;
        pp.lead = lead;
        pp.creditLine = PhotoRules::creditLine(pp.photo);
        pp.width = 1600;
        pp.height = 1067;
        return pp;
    };
    p.photos = {photo(8, QStringLiteral("Главный снимок"), true),
                photo(7, QStringLiteral("Снимок в тексте"), false),
                photo(9, QStringLiteral("Снимок без места"), false)};
    p.bylineText = QStringLiteral("Колмакова Виктория, редактор");
    p.sourceText = QStringLiteral("передает Акорда");
    p.pullQuotes = {PullQuote{QStringLiteral("Работать надо с людьми"), QStringLiteral("Президент")}};
    return p;
}

QString cdn(qint64 id)
{
    return QStringLiteral("https://cdn.example.kz/%1.jpg").arg(id);
}
} // namespace

void TestPublication::bodyHtmlFigures()
{
    const Publication p = handMadePublication();
    const QString html = PublicationBuilder::bodyHtml(p, &cdn);

    QVERIFY2(!html.contains(QLatin1String("qalam-photo:")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("99")), qPrintable(html)); // unknown photo: the figure is gone
    QVERIFY(!html.contains(QStringLiteral("Снимок, которого нет")));
    QVERIFY(!html.contains(QStringLiteral("Старая подпись"))); // the photo's own caption replaces it
    QCOMPARE(imageSources(html), (QStringList{cdn(8), cdn(7), cdn(9)}));
    // The lead photo, placed nowhere in the text, opens the story.
    QVERIFY2(html.startsWith(QStringLiteral("<figure class=\"lead\"><img src=\"") + cdn(8)),
             qPrintable(html));
    // The figure placed in the text stays where the editor put it.
    QVERIFY(html.indexOf(cdn(7)) > html.indexOf(QStringLiteral("Первый абзац")));
    QVERIFY(html.indexOf(cdn(7)) < html.indexOf(QStringLiteral("Второй абзац")));
    // Every figure carries caption and credit line.
    QCOMPARE(html.count(QStringLiteral("<figcaption>")), 3);
    QCOMPARE(html.count(s_ugcCredit), 3);
    QVERIFY2(html.contains(QStringLiteral("<figcaption><span class=\"caption\">Снимок в тексте</span> / "
                                          "<span class=\"credit\">Фото: Акорда: UGC</span></figcaption>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("alt=\"Описание 7\" width=\"1600\" height=\"1067\"")));
    // The pull quote, the byline and the source.
    QVERIFY2(html.contains(QStringLiteral("<blockquote class=\"pull-quote\"><p>«Работать надо с людьми»</p>"
                                          "<p class=\"speaker\">Президент</p></blockquote>")),
             qPrintable(html));
    QVERIFY(html.endsWith(QStringLiteral("<p class=\"byline\">Колмакова Виктория, редактор</p>"
                                         "<p class=\"source\">передает Акорда</p>")));
    QCOMPARE(htmlProblems(html, {cdn(7), cdn(8), cdn(9)}), QString());

    // An empty URL drops that picture, caption and all.
    const QString without9 =
        PublicationBuilder::bodyHtml(p, [](qint64 id) { return id == 9 ? QString() : cdn(id); });
    QCOMPARE(imageSources(without9), (QStringList{cdn(8), cdn(7)}));
    QVERIFY(!without9.contains(QStringLiteral("Снимок без места")));
    const QString none = PublicationBuilder::bodyHtml(p, [](qint64) { return QString(); });
    QVERIFY(!none.contains(QLatin1String("<figure")));
    QVERIFY(none.contains(QStringLiteral("Четвертый абзац")));
}

void TestPublication::bodyHtmlSpreadsUnplacedPhotosAndPullQuotes()
{
    Publication p = handMadePublication();
    p.article.bodyHtml = QStringLiteral("<p>A1</p><p>A2</p><p>A3</p><p>A4</p><p>A5</p><p>A6</p>");
    p.pullQuotes.append(PullQuote{QStringLiteral("Second quote"), QString()});
    p.article.language = QStringLiteral("en");
    const QString html = PublicationBuilder::bodyHtml(p, &cdn);
    // Lead first; then photos 7 and 9 and the two pull quotes between paragraphs, in
    // turn, never before the first paragraph or inside one.
    QStringList order;
    static const QRegularExpression s_piece(
        QStringLiteral("<p>(A\\d)</p>|<img src=\"https://cdn.example.kz/(\\d)\\.jpg\"|<blockquote "
                       "class=\"pull-quote\"><p>([^<]*)</p>"));
    for (auto it = s_piece.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        order << (m.hasCaptured(1)   ? m.captured(1)
                  : m.hasCaptured(2) ? QStringLiteral("photo") + m.captured(2)
                                     : m.captured(3));
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("photo8"), QStringLiteral("A1"), QStringLiteral("photo7"),
                          QStringLiteral("A2"), QStringLiteral("“Работать надо с людьми”"),
                          QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("photo9"),
                          QStringLiteral("A5"), QStringLiteral("“Second quote”"), QStringLiteral("A6")}));
    // A pull quote without a speaker has no speaker line.
    QVERIFY(
        html.contains(QStringLiteral("<blockquote class=\"pull-quote\"><p>“Second quote”</p></blockquote>")));

    // A body with no paragraphs at all still gets everything, in order.
    p.article.bodyHtml.clear();
    const QString empty = PublicationBuilder::bodyHtml(p, &cdn);
    QCOMPARE(imageSources(empty), (QStringList{cdn(8), cdn(7), cdn(9)}));
    QCOMPARE(empty.count(QStringLiteral("pull-quote")), 2);
}

void TestPublication::bodyHtmlHostile_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("script") << QStringLiteral("<p>Текст.</p><script>alert(1)</script><p>Ещё.</p>");
    QTest::newRow("script in capitals")
        << QStringLiteral("<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT ><p>x</p>");
    QTest::newRow("split script tag")
        << QStringLiteral("<scr<script>x</script>ipt>alert(1)</scr</script>ipt><p>x</p>");
    QTest::newRow("unterminated script") << QStringLiteral("<p>ok</p><script>alert(1)");
    QTest::newRow("iframe") << QStringLiteral(
        "<p>a</p><iframe src=\"https://evil.example/\"></iframe><p>b</p>");
    QTest::newRow("on handlers") << QStringLiteral("<p onclick=\"alert(1)\" onmouseover=alert(2)>x</p>"
                                                   "<img src=x onerror=alert(3)><b onfocus='alert(4)'>y</b>");
    QTest::newRow("javascript links") << QStringLiteral(
        "<p><a href=\"javascript:alert(1)\">a</a> <a href=\" JaVaScRiPt:alert(1)\">b</a> "
        "<a href=\"&#106;avascript:alert(1)\">c</a> <a href=\"java&#x09;script:alert(1)\">d</a> "
        "<a href=\"vbscript:msgbox(1)\">e</a> <a href=\"data:text/html,&lt;script&gt;\">f</a></p>");
    QTest::newRow("figure tricks") << QStringLiteral(
        "<figure><img src=\"qalam-photo:%PHOTO%\" onerror=\"alert(1)\"><figcaption onclick=\"x\">c"
        "</figcaption></figure><figure><img src=\"javascript:alert(1)\"></figure>"
        "<figure><figure><img src=\"qalam-photo:%PHOTO%\"></figure><script>alert(1)</script></figure>");
    QTest::newRow("svg style object")
        << QStringLiteral("<svg onload=alert(1)><script>alert(1)</script></svg>"
                          "<style>p{}</style><object data=\"x\"></object><embed src=\"x\">"
                          "<p>after</p>");
    QTest::newRow("meta and base") << QStringLiteral(
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
        "<base href=\"javascript:alert(1)//\"><p>x</p>");
    QTest::newRow("attribute breakout")
        << QStringLiteral("<p><a href='https://ok.example/\"onmouseover=\"alert(1)'>x</a></p>");
    QTest::newRow("comment trick") << QStringLiteral("<!--<script>-->alert(1)<!--</script>--><p>x</p>");
}

void TestPublication::bodyHtmlHostile()
{
    QFETCH(QString, body);
    const Article article =
        createArticle(QStringLiteral("Враждебный текст"), QStringLiteral("<p>Чистый текст.</p>"));
    const Photo photo = addPhoto(article.id, QStringLiteral("hostile.jpg"), CreditType::Ugc, false, false);
    // The photo's own fields are hostile too: they are escaped, never markup.
    Photo edited = photo;
    edited.caption = QStringLiteral("<script>alert('caption')</script>Подпись");
    edited.alt = QStringLiteral("\" onerror=\"alert(1)");
    QVERIFY(PhotoStore(m_db, &Clock::system(), Actor::local()).update(edited));
    setStoredBody(article.id, QString(body).replace(QStringLiteral("%PHOTO%"), QString::number(photo.id)));

    auto publication = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(publication, why(publication));
    const QString url = cdn(photo.id);
    const QString html = PublicationBuilder::bodyHtml(*publication, [&url](qint64) { return url; });
    QCOMPARE(htmlProblems(html, {url}), QString());
    QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));

    // The same in every place a publisher writes it: the ninjs body and the folder's page.
    const QJsonObject ninjs = Ninjs::document(
        *publication, [&url](qint64) { return url; }, QStringLiteral("https://news.example.kz/"));
    const QString ninjsBody = ninjs.value(QStringLiteral("bodies"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("value"))
                                  .toString();
    QCOMPARE(htmlProblems(ninjsBody, {url}), QString());

    auto package = FolderPublisher::publish(m_db, *publication, m_dir->filePath(QStringLiteral("out")));
    QVERIFY2(package, why(package));
    const QString page = QString::fromUtf8(readAll(QDir(*package).filePath(QStringLiteral("article.html"))));
    QVERIFY(!page.isEmpty());
    QCOMPARE(htmlProblems(page, {publication->photos.at(0).fileName}), QString());
}

// ---- ninjs ----------------------------------------------------------------------

void TestPublication::ninjsContent()
{
    Article sample;
    Actor chief;
    QVERIFY(loadSample(&sample, &chief));
    auto publication = PublicationBuilder::build(m_db, chief, sample.id);
    QVERIFY2(publication, why(publication));
    QCOMPARE(publication->photos.size(), 3);

    const QJsonObject doc =
        Ninjs::document(*publication, &cdn, QStringLiteral("https://news.example.kz/articles/"));
    QCOMPARE(doc.value(QStringLiteral("uri")).toString(),
             QStringLiteral("https://news.example.kz/articles/") + publication->slug);
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(doc.value(QStringLiteral("version")).toString(), QString::number(sample.version));
    QCOMPARE(doc.value(QStringLiteral("pubStatus")).toString(), QStringLiteral("usable"));
    QCOMPARE(doc.value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    QCOMPARE(QDateTime::fromString(doc.value(QStringLiteral("firstCreated")).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             sample.created.toSecsSinceEpoch());
    const QDateTime versionCreated =
        QDateTime::fromString(doc.value(QStringLiteral("versionCreated")).toString(), Qt::ISODate);
    QVERIFY(versionCreated.isValid());
    QCOMPARE(versionCreated.timeSpec(), Qt::UTC);
    QCOMPARE(doc.value(QStringLiteral("headlines"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             s_sampleHeadline);
    QCOMPARE(doc.value(QStringLiteral("descriptions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             sample.lead);

    const QJsonObject body = doc.value(QStringLiteral("bodies")).toArray().at(0).toObject();
    QCOMPARE(body.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/html"));
    const QString bodyHtml = body.value(QStringLiteral("value")).toString();
    QCOMPARE(bodyHtml, PublicationBuilder::bodyHtml(*publication, &cdn));
    QVERIFY(bodyHtml.contains(QStringLiteral("Каждое обращение – это судьба человека")));
    const int words = body.value(QStringLiteral("wordCount")).toInt();
    const int chars = body.value(QStringLiteral("charCount")).toInt();
    QVERIFY2(words > 100 && words < 200, qPrintable(QString::number(words)));
    QVERIFY(chars > words * 4);

    QCOMPARE(doc.value(QStringLiteral("by")).toString(), publication->bylineText);
    QVERIFY(publication->bylineText.contains(QStringLiteral("Соколова Марина")));
    // Authors and the people quoted.
    QStringList authors, speakers;
    for (const QJsonValue &v : doc.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = v.toObject();
        const QString rel = person.value(QStringLiteral("rel")).toString();
        (rel == u"author" ? authors : speakers) << person.value(QStringLiteral("name")).toString();
        QVERIFY(rel == u"author" || rel == u"quoted-speaker");
    }
    QCOMPARE(authors, QStringList{QStringLiteral("Соколова Марина")});
    QVERIFY2(speakers.contains(QStringLiteral("Президент")), qPrintable(speakers.join(u',')));
    QCOMPARE(speakers.size(), QSet<QString>(speakers.begin(), speakers.end()).size()); // each once
    QCOMPARE(doc.value(QStringLiteral("infoSources"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Акорда"));

    const QJsonArray associations = doc.value(QStringLiteral("associations")).toArray();
    QCOMPARE(associations.size(), 3);
    const QJsonObject lead = associationNamed(associations, QStringLiteral("featureimage"));
    QVERIFY(!lead.isEmpty());
    for (const QJsonValue &v : associations) {
        const QJsonObject photo = v.toObject();
        QCOMPARE(photo.value(QStringLiteral("type")).toString(), QStringLiteral("picture"));
        QCOMPARE(photo.value(QStringLiteral("by")).toString(), s_ugcCredit);
        QCOMPARE(photo.value(QStringLiteral("copyrightNotice")).toString(), QStringLiteral("© Акорда"));
        QVERIFY(!photo.value(QStringLiteral("usageTerms")).toString().isEmpty());
        QVERIFY(photo.value(QStringLiteral("uri"))
                    .toString()
                    .startsWith(doc.value(QStringLiteral("uri")).toString()));
        const QJsonObject rendition = photo.value(QStringLiteral("renditions")).toArray().at(0).toObject();
        QCOMPARE(rendition.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/jpeg"));
        // The sample photos are 1600 × 1067, within the default 2048.
        QCOMPARE(rendition.value(QStringLiteral("width")).toInt(), 1600);
        QCOMPARE(rendition.value(QStringLiteral("height")).toInt(), 1067);
        const QString href = rendition.value(QStringLiteral("href")).toString();
        bool matched = false;
        for (const PublishedPhoto &p : publication->photos) {
            if (href != cdn(p.photo.id))
                continue;
            matched = true;
            QCOMPARE(photo.value(QStringLiteral("descriptions"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toString(),
                     p.photo.caption);
            QCOMPARE(photo.value(QStringLiteral("name")).toString() == u"featureimage", p.lead);
        }
        QVERIFY2(matched, qPrintable(href));
        // A reader's contact is evidence for the newsroom, never published.
        QVERIFY(!QJsonDocument(photo).toJson().contains("WhatsApp"));
    }

    // Withheld for an unpublish; 2.2 names in lower case.
    const QJsonObject withheld =
        Ninjs::document(*publication, &cdn, QStringLiteral("https://news.example.kz/articles/"),
                        QStringLiteral("3.1"), QStringLiteral("withheld"));
    QCOMPARE(withheld.value(QStringLiteral("pubStatus")).toString(), QStringLiteral("withheld"));
    const QJsonObject old = Ninjs::document(
        *publication, &cdn, QStringLiteral("https://news.example.kz/articles/"), QStringLiteral("2.2"));
    QVERIFY(old.contains(QStringLiteral("versioncreated")));
    QVERIFY(old.contains(QStringLiteral("infosources")));
    QVERIFY(!old.contains(QStringLiteral("versionCreated")));
    QCOMPARE(old.value(QStringLiteral("bodies"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("contenttype"))
                 .toString(),
             QStringLiteral("text/html"));
    QCOMPARE(old.value(QStringLiteral("bodies"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("wordcount"))
                 .toInt(),
             words);
    for (const QJsonValue &v : old.value(QStringLiteral("associations")).toArray())
        QVERIFY(!v.toObject().contains(QStringLiteral("rel")));

    // A photo without a URL is not associated.
    const QJsonObject two = Ninjs::document(
        *publication,
        [&](qint64 id) { return id == publication->photos.at(1).photo.id ? QString() : cdn(id); },
        QStringLiteral("https://news.example.kz/articles/"));
    QCOMPARE(two.value(QStringLiteral("associations")).toArray().size(), 2);
}

void TestPublication::ninjsValidAgainstIptcSchemas()
{
    QString reason;
    if (!validatorAvailable(&reason))
        QSKIP(qPrintable(reason));
    Article sample;
    Actor chief;
    QVERIFY(loadSample(&sample, &chief));
    // Pull quotes and a hand-made body with everything the subset allows.
    Article edited = sample;
    edited.pullQuotes = {
        PullQuote{QStringLiteral("Работать надо с людьми, а не с бумагами"), QStringLiteral("Президент")}};
    edited.bodyHtml += QStringLiteral(
        "<h2>Итоги</h2><ul><li>один</li><li>два</li></ul><blockquote><p>цитата</p></blockquote>"
        "<p><a href=\"https://akorda.kz/\">Акорда</a></p>");
    auto saved = ArticleStore(m_db, &Clock::system(), chief).save(edited);
    QVERIFY2(saved, why(saved));
    auto publication = PublicationBuilder::build(m_db, chief, sample.id);
    QVERIFY2(publication, why(publication));

    struct Case
    {
        QString version, status, uriBase;
    };
    const QList<Case> cases = {
        {QStringLiteral("3.1"), QStringLiteral("usable"),
         QStringLiteral("https://news.example.kz/articles/")},
        {QStringLiteral("3.1"), QStringLiteral("withheld"),
         QStringLiteral("https://news.example.kz/articles/")},
        {QStringLiteral("2.2"), QStringLiteral("usable"),
         QStringLiteral("https://news.example.kz/articles/")},
        {QStringLiteral("2.2"), QStringLiteral("withheld"), QString()},
    };
    for (const Case &c : cases) {
        const QJsonObject doc = Ninjs::document(*publication, &cdn, c.uriBase, c.version, c.status);
        bool ran = false;
        const QString errors = ninjsErrors(doc, c.version, &ran);
        QVERIFY(ran);
        QVERIFY2(errors.isEmpty(), qPrintable(c.version + u' ' + c.status + QStringLiteral(":\n") + errors));
        // The formats the validator may not check (no rfc3987 on Debian): URIs absolute, times ISO.
        const QString uri = doc.value(QStringLiteral("uri")).toString();
        QVERIFY2(QUrl(uri, QUrl::StrictMode).isValid() && !QUrl(uri).isRelative(), qPrintable(uri));
    }
}

void TestPublication::ninjsValidatorRejectsInvalid()
{
    QString reason;
    if (!validatorAvailable(&reason))
        QSKIP(qPrintable(reason));
    // The validator is real: it refuses what the schema forbids.
    const Publication p = handMadePublication();
    QJsonObject doc = Ninjs::document(p, &cdn, QStringLiteral("https://news.example.kz/"));
    bool ran = false;
    QCOMPARE(ninjsErrors(doc, QStringLiteral("3.1"), &ran), QString());
    QVERIFY(ran);
    QJsonObject bad = doc;
    bad.insert(QStringLiteral("pubStatus"), QStringLiteral("published"));
    QVERIFY(!ninjsErrors(bad, QStringLiteral("3.1"), &ran).isEmpty());
    bad = doc;
    bad.remove(QStringLiteral("uri"));
    QVERIFY(!ninjsErrors(bad, QStringLiteral("3.1"), &ran).isEmpty());
    bad = doc;
    bad.insert(QStringLiteral("qalamExtra"), 1); // unevaluatedProperties: false
    QVERIFY(!ninjsErrors(bad, QStringLiteral("3.1"), &ran).isEmpty());
    // A 3.1 document is not 2.2 (its names are camelCase).
    QVERIFY(!ninjsErrors(doc, QStringLiteral("2.2"), &ran).isEmpty());
    // The GeoJSON schema the ninjs schema references is read from the local copy.
    QJsonObject place{
        {QStringLiteral("name"), QStringLiteral("Астана")},
        {QStringLiteral("geoJSON"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                {QStringLiteral("coordinates"), QJsonArray{71.43, 51.13}}}}};
    QJsonObject located = doc;
    located.insert(QStringLiteral("places"), QJsonArray{place});
    QCOMPARE(ninjsErrors(located, QStringLiteral("3.1"), &ran), QString());
    place.insert(QStringLiteral("geoJSON"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                             {QStringLiteral("coordinates"), QStringLiteral("north")}});
    located.insert(QStringLiteral("places"), QJsonArray{place});
    QVERIFY(!ninjsErrors(located, QStringLiteral("3.1"), &ran).isEmpty());
}

// ---- the folder publisher ---------------------------------------------------------

void TestPublication::folderPublishSample()
{
    Article sample;
    Actor chief;
    QVERIFY(loadSample(&sample, &chief));
    // The workflow: the chief editor approves, the folder gets the package,
    // then the article is marked published with where it went.
    Workflow workflow(m_db, chief);
    auto approved = workflow.approve(sample.id);
    QVERIFY2(approved, why(approved));
    auto publication = PublicationBuilder::build(m_db, chief, sample.id);
    QVERIFY2(publication, why(publication));
    const QString out = m_dir->filePath(QStringLiteral("site/новости")); // created on the way, Cyrillic path
    auto package = FolderPublisher::publish(m_db, *publication, out);
    QVERIFY2(package, why(package));
    QCOMPARE(*package, QDir(out).absoluteFilePath(publication->slug));
    auto published = workflow.publish(
        sample.id, QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("folder")},
                               {QStringLiteral("url"), QUrl::fromLocalFile(*package).toString()}});
    QVERIFY2(published, why(published));
    QCOMPARE(published->status, ArticleStatus::Published);

    // Exactly the package, nothing half-written beside it.
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{publication->slug});
    QStringList expectedFiles = {QStringLiteral("article.html"), QStringLiteral("article.json")};
    for (const PublishedPhoto &p : publication->photos)
        expectedFiles << p.fileName;
    expectedFiles.sort();
    QCOMPARE(QDir(*package).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             expectedFiles);
    QCOMPARE(publication->photos.at(0).fileName,
             QStringLiteral("01-") + publication->slug + QStringLiteral(".jpg"));
    QVERIFY(QFileInfo(*package).permissions().testFlag(QFileDevice::ReadOther));

    // article.json: ninjs whose renditions point at the files beside it.
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(
        readAll(QDir(*package).filePath(QStringLiteral("article.json"))), &parseError);
    QVERIFY2(json.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject doc = json.object();
    QCOMPARE(doc.value(QStringLiteral("uri")).toString(),
             QUrl::fromLocalFile(*package).toString(QUrl::FullyEncoded));
    const QJsonArray associations = doc.value(QStringLiteral("associations")).toArray();
    QCOMPARE(associations.size(), 3);
    for (const QJsonValue &v : associations) {
        const QString href = v.toObject()
                                 .value(QStringLiteral("renditions"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("href"))
                                 .toString();
        const QUrl url(href, QUrl::StrictMode);
        QVERIFY2(url.isValid() && url.isLocalFile(), qPrintable(href));
        QVERIFY2(QFileInfo(url.toLocalFile()).isFile(), qPrintable(href));
        QCOMPARE(QFileInfo(url.toLocalFile()).absolutePath(), *package);
    }
    QString reason;
    if (validatorAvailable(&reason)) {
        bool ran = false;
        const QString errors = ninjsErrors(doc, QStringLiteral("3.1"), &ran);
        QVERIFY(ran);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    } else {
        qInfo("ninjs not validated: %s", qPrintable(reason));
    }

    // article.html: captions with the UGC credit, pictures by file name, nothing active.
    const QString page = QString::fromUtf8(readAll(QDir(*package).filePath(QStringLiteral("article.html"))));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(
        QStringLiteral("<h1>«Работать надо с людьми, а не с бумагами»: Президент – акимам</h1>")));
    QVERIFY(page.contains(sample.lead));
    QCOMPARE(page.count(s_ugcCredit), 3);
    QStringList fileNames;
    for (const PublishedPhoto &p : publication->photos) {
        fileNames << p.fileName;
        QVERIFY(page.contains(HtmlSanitizer::escape(p.photo.caption)));
    }
    QStringList sources = imageSources(page);
    sources.sort();
    QStringList sortedNames = fileNames;
    sortedNames.sort();
    QCOMPARE(sources, sortedNames);
    QCOMPARE(htmlProblems(page, fileNames), QString());
    QVERIFY(page.contains(QStringLiteral("<p class=\"source\">передает Акорда</p>")));

    // The renditions: JPEGs of the announced size, caption and credit inside, no GPS.
    for (const PublishedPhoto &p : publication->photos) {
        const QString path = QDir(*package).filePath(p.fileName);
        auto info = PhotoFile::inspect(path);
        QVERIFY2(info, why(info));
        QCOMPARE(info->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(info->width, p.width);
        QCOMPARE(info->height, p.height);
        QVERIFY(!info->metadata.hasGps);
        QCOMPARE(info->metadata.credit, s_ugcCredit);
        QCOMPARE(info->metadata.caption, p.photo.caption);
        QVERIFY(p.stripPrivate);
        QCOMPARE(privateKeys(path), QStringList());
    }

    // Publishing again replaces the package: a caption changed, a stray file gone.
    QVERIFY(Test::writeFile(QDir(*package).filePath(QStringLiteral("stray.txt")), "left from before"));
    PhotoStore photos(m_db, &Clock::system(), chief);
    Photo second = publication->photos.at(1).photo;
    const QString oldCaption = second.caption;
    second.caption = QStringLiteral("Новая подпись ко второму снимку");
    auto updatedPhoto = photos.update(second);
    QVERIFY2(updatedPhoto, why(updatedPhoto));
    auto again = PublicationBuilder::build(m_db, chief, sample.id);
    QVERIFY2(again, why(again));
    QCOMPARE(again->slug, publication->slug);
    auto republished = FolderPublisher::publish(m_db, *again, out);
    QVERIFY2(republished, why(republished));
    QCOMPARE(*republished, *package);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{publication->slug});
    QCOMPARE(QDir(*package).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             expectedFiles);
    const QString page2 = QString::fromUtf8(readAll(QDir(*package).filePath(QStringLiteral("article.html"))));
    QVERIFY(page2.contains(QStringLiteral("Новая подпись ко второму снимку")));
    QVERIFY(!page2.contains(HtmlSanitizer::escape(oldCaption)));
    auto secondInfo = PhotoFile::readMetadata(QDir(*package).filePath(again->photos.at(1).fileName));
    QVERIFY2(secondInfo, why(secondInfo));
    QCOMPARE(secondInfo->caption, QStringLiteral("Новая подпись ко второму снимку"));

    // Unpublishing takes the whole package down; twice is harmless.
    auto removed = FolderPublisher::unpublish(*again, out);
    QVERIFY2(removed, why(removed));
    QVERIFY(!QFileInfo::exists(*package));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(FolderPublisher::unpublish(*again, out));
}

void TestPublication::folderRenditionsLoseGps()
{
    const Article article =
        createArticle(QStringLiteral("Снимки читателей"), QStringLiteral("<p>Текст.</p>"));
    const Photo ugc1 =
        addPhoto(article.id, QStringLiteral("reader1.jpg"), CreditType::Ugc, true, true, QColor(200, 40, 40));
    const Photo ugc2 = addPhoto(article.id, QStringLiteral("reader2.jpg"), CreditType::Ugc, false, true,
                                QColor(40, 200, 40));
    const Photo staff = addPhoto(article.id, QStringLiteral("staff.jpg"), CreditType::Staff, false, true,
                                 QColor(40, 40, 200));
    const QString originalsFolder = PhotoStore(m_db).originalsFolder();
    for (const Photo &p : {ugc1, ugc2, staff}) {
        QVERIFY(p.hasGps); // the originals carry the place they were taken
    }
    QByteArray originalSums[3];
    const Photo all[3] = {ugc1, ugc2, staff};
    for (int i = 0; i < 3; ++i)
        originalSums[i] = Test::checksum(PhotoStore(m_db).originalPath(all[i].sha256));

    auto publication = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(publication, why(publication));
    QCOMPARE(publication->photos.size(), 3);
    const QString out = m_dir->filePath(QStringLiteral("out"));
    auto package = FolderPublisher::publish(m_db, *publication, out);
    QVERIFY2(package, why(package));
    for (const PublishedPhoto &p : publication->photos) {
        const QString path = QDir(*package).filePath(p.fileName);
        auto metadata = PhotoFile::readMetadata(path);
        QVERIFY2(metadata, why(metadata));
        if (p.photo.creditType == CreditType::Ugc) {
            QVERIFY(p.stripPrivate);
            QVERIFY2(!metadata->hasGps, qPrintable(p.fileName));
            QCOMPARE(privateKeys(path), QStringList());
            QCOMPARE(metadata->credit, s_ugcCredit);
        } else {
            // Staff pictures keep their metadata unless the newsroom strips all.
            QVERIFY(!p.stripPrivate);
            QVERIFY(metadata->hasGps);
            QCOMPARE(metadata->credit, QStringLiteral("Фото: Акорда"));
        }
    }

    // The newsroom strips every picture: the staff photo loses its GPS as well.
    PhotoStore store(m_db, &Clock::system(), Actor::local());
    auto settings = store.settings();
    QVERIFY(settings);
    PhotoSettings stripAll = *settings;
    stripAll.stripAll = true;
    stripAll.longestEdge = 400;
    QVERIFY(store.setSettings(stripAll));
    auto again = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(again, why(again));
    auto republished = FolderPublisher::publish(m_db, *again, out);
    QVERIFY2(republished, why(republished));
    for (const PublishedPhoto &p : again->photos) {
        const QString path = QDir(*republished).filePath(p.fileName);
        QCOMPARE(privateKeys(path), QStringList());
        auto info = PhotoFile::inspect(path);
        QVERIFY2(info, why(info));
        QCOMPARE(QSize(info->width, info->height), QSize(400, 300)); // 800 × 600 within 400
        QCOMPARE(QSize(p.width, p.height), QSize(400, 300));
    }
    // The originals are never touched.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(Test::checksum(PhotoStore(m_db).originalPath(all[i].sha256)), originalSums[i]);
    QVERIFY(QDir(originalsFolder).exists());
}

void TestPublication::folderUseSlugKeepsAddress()
{
    const Article article =
        createArticle(QStringLiteral("Первый заголовок"), QStringLiteral("<p>Текст.</p>"));
    addPhoto(article.id, QStringLiteral("one.jpg"), CreditType::Ugc, true, false);
    auto first = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(first, why(first));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    auto package = FolderPublisher::publish(m_db, *first, out);
    QVERIFY2(package, why(package));

    Article renamed = first->article;
    renamed.headline = QStringLiteral("Совсем другой заголовок");
    auto saved = ArticleStore(m_db, &Clock::system(), Actor::local()).save(renamed);
    QVERIFY2(saved, why(saved));
    auto rebuilt = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(rebuilt, why(rebuilt));
    Publication second = *rebuilt;
    QVERIFY(second.slug != first->slug);
    PublicationBuilder::useSlug(second, first->slug); // the address recorded at the first publication
    QCOMPARE(second.photos.at(0).fileName, first->photos.at(0).fileName);
    auto republished = FolderPublisher::publish(m_db, second, out);
    QVERIFY2(republished, why(republished));
    QCOMPARE(*republished, *package);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{first->slug});
    QVERIFY(QString::fromUtf8(readAll(QDir(*package).filePath(QStringLiteral("article.html"))))
                .contains(QStringLiteral("Совсем другой заголовок")));
}

void TestPublication::folderUnwritable()
{
    const Article article = createArticle(QStringLiteral("Некуда писать"), QStringLiteral("<p>Текст.</p>"));
    addPhoto(article.id, QStringLiteral("one.jpg"), CreditType::Ugc, true, false);
    auto publication = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(publication, why(publication));

    // A file where the folder should be: even root cannot write there.
    const QString file = m_dir->filePath(QStringLiteral("not-a-folder"));
    QVERIFY(Test::writeFile(file, "x"));
    for (const QString &folder : QStringList{file, file + QStringLiteral("/packages")}) {
        auto refused = FolderPublisher::publish(m_db, *publication, folder);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Io);
        QVERIFY2(refused.error().message.contains(
                     QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath())) ||
                     refused.error().message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(refused.error().message));
        QCOMPARE(readAll(file), QByteArray("x"));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("not-a-folder"), QStringLiteral("one.jpg")}));

    auto empty = FolderPublisher::publish(m_db, *publication, QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::InvalidInput);

    // A read-only folder (permissions do not stop root, so only as another user).
    const QString readOnly = m_dir->filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QTemporaryDir probe(readOnly + QStringLiteral("/probe-XXXXXX"));
    const bool permissionsBind = !probe.isValid();
    probe.remove();
    if (permissionsBind) {
        auto refused = FolderPublisher::publish(m_db, *publication, readOnly);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Io);
        QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(readOnly)),
                 qPrintable(refused.error().message));
        QCOMPARE(QDir(readOnly).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    } else {
        qInfo("running as root: the read-only folder case is covered by the other cases only");
    }
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPublication::folderFailureKeepsEarlierPackage()
{
    const Article article = createArticle(QStringLiteral("Сбой посередине"), QStringLiteral("<p>Текст.</p>"));
    addPhoto(article.id, QStringLiteral("one.jpg"), CreditType::Ugc, true, false, QColor(10, 20, 30));
    const Photo second =
        addPhoto(article.id, QStringLiteral("two.jpg"), CreditType::Ugc, false, false, QColor(90, 20, 30));
    auto publication = PublicationBuilder::build(m_db, Actor::local(), article.id);
    QVERIFY2(publication, why(publication));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    auto package = FolderPublisher::publish(m_db, *publication, out);
    QVERIFY2(package, why(package));
    QMap<QString, QByteArray> before;
    for (const QString &name : QDir(*package).entryList(QDir::Files))
        before.insert(name, Test::checksum(QDir(*package).filePath(name)));

    // The second original disappears: the first rendition is written, then the publication fails.
    // (On a server the database keeps the originals and the file is a cache: both go.)
    const QString original = PhotoStore(m_db).originalPath(second.sha256);
    const QString aside = original + QStringLiteral(".aside");
    QVERIFY(QFile::rename(original, aside));
    auto hideOriginalRow = [&](bool hide) {
        if (!m_db->isPostgres())
            return true;
        QSqlQuery q(*m_db->connection());
        q.prepare(QStringLiteral("UPDATE photo_originals SET sha256 = :to WHERE sha256 = :from"));
        q.bindValue(QStringLiteral(":to"), hide ? second.sha256 + QStringLiteral(".aside") : second.sha256);
        q.bindValue(QStringLiteral(":from"), hide ? second.sha256 : second.sha256 + QStringLiteral(".aside"));
        return q.exec() && q.numRowsAffected() == 1;
    };
    QVERIFY(hideOriginalRow(true));
    Publication changed = *publication;
    changed.article.headline = QStringLiteral("Этот заголовок не должен появиться");
    auto failed = FolderPublisher::publish(m_db, changed, out);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("two.jpg")), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QDir::toNativeSeparators(QDir(out).absolutePath())),
             qPrintable(failed.error().message));
    // The earlier package is whole and unchanged; no half-written sibling is left.
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{publication->slug});
    QMap<QString, QByteArray> after;
    for (const QString &name : QDir(*package).entryList(QDir::Files))
        after.insert(name, Test::checksum(QDir(*package).filePath(name)));
    QCOMPARE(after, before);

    // Leftovers of a crash (a staged package never renamed) are cleared by the next publication.
    QVERIFY(QDir().mkpath(QDir(out).filePath(u'.' + publication->slug + QStringLiteral(".partial-abc123"))));
    QVERIFY(QFile::rename(aside, original));
    QVERIFY(hideOriginalRow(false));
    auto recovered = FolderPublisher::publish(m_db, changed, out);
    QVERIFY2(recovered, why(recovered));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{publication->slug});
    QVERIFY(readAll(QDir(*package).filePath(QStringLiteral("article.html")))
                .contains("Этот заголовок не должен появиться"));
}

QTEST_GUILESS_MAIN(TestPublication)
#include "tst_publication.moc"
