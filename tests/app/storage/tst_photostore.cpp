// The photo store on a real database file and real image files: originals
// stored once by content, attached to articles in order with one lead photo,
// edits saved, the library searchable, bad files refused without a trace.

#include "app/media/photorules.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qalam;

class TestPhotoStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importStoresTheOriginalOnce();
    void attachOrderAndLead();
    void updateAndCreditLine();
    void searchTheLibrary();
    void badFilesLeaveNothingBehind();
    void rulesGateSubmission();
    void newsroomSettings();

private:
    QString makeJpeg(const QString &name, QColor colour, QSize size = {640, 480});

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    QString m_articleId;
};

void TestPhotoStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

QString TestPhotoStore::makeJpeg(const QString &name, QColor colour, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 4, size.height() / 4, Qt::white);
    painter.end();
    const QString path = QDir(m_file->dir()).filePath(name);
    if (!image.save(path, "JPEG", 90))
        return {};
    return path;
}

void TestPhotoStore::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    Article a;
    a.headline = QStringLiteral("Токаев встретился с акимами");
    auto created = ArticleStore(m_db).create(a);
    QVERIFY(created.ok());
    m_articleId = created->id;
}

void TestPhotoStore::cleanup()
{
    m_db.reset();
    m_file.reset();
}

void TestPhotoStore::importStoresTheOriginalOnce()
{
    const QString path = makeJpeg(QStringLiteral("akorda.jpg"), Qt::darkBlue);
    QVERIFY(!path.isEmpty());
    PhotoStore store(m_db);
    auto first = store.importFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->width, 640);
    QCOMPARE(first->height, 480);
    QCOMPARE(first->fileName, QStringLiteral("akorda.jpg"));
    QCOMPARE(first->sha256, QString::fromLatin1(Test::checksum(path)));
    // Content-addressed beside the database, byte for byte.
    const QString stored = store.originalPath(first->sha256);
    QVERIFY(stored.startsWith(store.originalsFolder()));
    QVERIFY(stored.contains(first->sha256.left(2) + u'/' + first->sha256));
    QCOMPARE(Test::checksum(stored), Test::checksum(path));

    // The same picture under another name is the same photo.
    const QString copy = QDir(m_file->dir()).filePath(QStringLiteral("copy.jpg"));
    QVERIFY(QFile::copy(path, copy));
    auto second = store.importFile(copy);
    QVERIFY(second.ok());
    QCOMPARE(second->id, first->id);
    QCOMPARE(QDir(QFileInfo(stored).absolutePath()).entryList(QDir::Files).size(), 1);
}

void TestPhotoStore::attachOrderAndLead()
{
    PhotoStore store(m_db);
    auto a = store.importFile(makeJpeg(QStringLiteral("a.jpg"), Qt::red));
    auto b = store.importFile(makeJpeg(QStringLiteral("b.jpg"), Qt::green));
    auto c = store.importFile(makeJpeg(QStringLiteral("c.jpg"), Qt::blue));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(store.attach(m_articleId, a->id).ok());
    QVERIFY(store.attach(m_articleId, b->id, true).ok());
    QVERIFY(store.attach(m_articleId, c->id).ok());
    auto uses = store.photosOf(m_articleId);
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 3);
    QCOMPARE(uses->at(0).photo.id, a->id);
    QCOMPARE(uses->at(2).photo.id, c->id);
    QVERIFY(!uses->at(0).lead && uses->at(1).lead && !uses->at(2).lead);
    // One lead at a time.
    QVERIFY(store.attach(m_articleId, c->id, true).ok());
    uses = store.photosOf(m_articleId);
    QCOMPARE(uses->size(), 3);
    QVERIFY(!uses->at(1).lead && uses->at(2).lead);
    QVERIFY(store.detach(m_articleId, a->id).ok());
    QCOMPARE(store.photosOf(m_articleId)->size(), 2);
    // One photo, two articles: one original.
    Article other;
    other.headline = QStringLiteral("Другая статья");
    auto otherArticle = ArticleStore(m_db).create(other);
    QVERIFY(store.attach(otherArticle->id, b->id).ok());
    QCOMPARE(store.photosOf(otherArticle->id)->first().photo.sha256, b->sha256);
    // Re-attaching one already there adds no second use.
    QVERIFY(store.attach(otherArticle->id, b->id, true).ok());

    // The desk's photo counts follow attach and detach (kept by triggers).
    QHash<QString, int> counts;
    for (const ArticleSummary &row : *ArticleStore(m_db).list())
        counts.insert(row.id, row.photos);
    QCOMPARE(counts.value(m_articleId), 2);
    QCOMPARE(counts.value(otherArticle->id), 1);

    // Reorder names exactly the article's photos; lead moves with setLead.
    QVERIFY(store.reorder(m_articleId, {c->id, b->id}).ok());
    QCOMPARE(store.photosOf(m_articleId)->first().photo.id, c->id);
    QCOMPARE(store.reorder(m_articleId, {c->id}).error().code, Error::Code::Conflict);
    QVERIFY(store.setLead(m_articleId, b->id).ok());
    uses = store.photosOf(m_articleId);
    QVERIFY(!uses->at(0).lead && uses->at(1).lead);
}

void TestPhotoStore::updateAndCreditLine()
{
    PhotoStore store(m_db);
    auto photo = store.importFile(makeJpeg(QStringLiteral("ugc.jpg"), Qt::darkGreen));
    QVERIFY(photo.ok());
    Photo edited = *photo;
    edited.caption = QStringLiteral("Токаев встретился с акимами Нур-Султана, Алматы и Шымкента");
    edited.alt = QStringLiteral("Президент за столом с акимами");
    edited.creditSource = QStringLiteral("Акорда");
    edited.creditType = CreditType::Ugc;
    edited.consent.contributor = QStringLiteral("Әйгерім");
    edited.consent.contact = QStringLiteral("+7 701 000 00 00");
    edited.consent.channel = QStringLiteral("WhatsApp");
    edited.consent.granted = true;
    edited.consent.scope = {QStringLiteral("web"), QStringLiteral("social")};
    auto saved = store.update(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(*saved, edited);
    QCOMPARE(PhotoRules::creditLine(*saved), QStringLiteral("Фото: Акорда: UGC"));
    Photo pressService = *saved;
    pressService.creditType = CreditType::PressService;
    QCOMPARE(PhotoRules::creditLine(pressService), QStringLiteral("Фото: Акорда"));
    QCOMPARE(PhotoRules::creditLine(pressService, QStringLiteral("© {source}")), QStringLiteral("© Акорда"));
    Photo missing = edited;
    missing.id = 4242;
    QCOMPARE(store.update(missing).error().code, Error::Code::NotFound);
}

void TestPhotoStore::searchTheLibrary()
{
    PhotoStore store(m_db);
    auto a = store.importFile(makeJpeg(QStringLiteral("a.jpg"), Qt::red));
    auto b = store.importFile(makeJpeg(QStringLiteral("b.jpg"), Qt::green));
    Photo pa = *a;
    pa.caption = QStringLiteral("Паводок в Петропавловске");
    pa.creditSource = QStringLiteral("Kazinform");
    QVERIFY(store.update(pa).ok());
    Photo pb = *b;
    pb.caption = QStringLiteral("Новая школа");
    pb.consent.contributor = QStringLiteral("Ержан Мусин");
    QVERIFY(store.update(pb).ok());
    QCOMPARE(store.search(QStringLiteral("Паводок"))->size(), 1);
    QCOMPARE(store.search(QStringLiteral("kazinform"))->first().id, a->id);
    QCOMPARE(store.search(QStringLiteral("Мусин"))->first().id, b->id);
    QCOMPARE(store.search(QStringLiteral("100%_"))->size(), 0); // LIKE wildcards are literal
}

void TestPhotoStore::badFilesLeaveNothingBehind()
{
    PhotoStore store(m_db);
    const QString text = QDir(m_file->dir()).filePath(QStringLiteral("notes.jpg"));
    QVERIFY(Test::writeFile(text, QByteArrayLiteral("Это не фотография, а заметка.")));
    const QString empty = QDir(m_file->dir()).filePath(QStringLiteral("empty.jpg"));
    QVERIFY(Test::writeFile(empty, QByteArray()));
    for (const QString &bad : {text, empty, QDir(m_file->dir()).filePath(QStringLiteral("missing.jpg"))}) {
        auto imported = store.importFile(bad);
        QVERIFY2(!imported.ok(), qPrintable(bad));
        QVERIFY(!imported.error().message.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(store.originalsFolder()) ||
            QDir(store.originalsFolder()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QCOMPARE(store.search(QString())->size(), 0);
}

void TestPhotoStore::rulesGateSubmission()
{
    Photo p;
    p.fileName = QStringLiteral("a.jpg");
    QStringList codes;
    for (const Finding &f : PhotoRules::check({p}))
        codes.append(f.code);
    QCOMPARE(codes,
             (QStringList{QStringLiteral("photo.caption"), QStringLiteral("photo.alt"),
                          QStringLiteral("photo.credit-source"), QStringLiteral("photo.credit-type")}));
    p.caption = QStringLiteral("Подпись");
    p.alt = QStringLiteral("Описание");
    p.creditSource = QStringLiteral("Акорда");
    p.creditType = CreditType::Ugc;
    QCOMPARE(PhotoRules::check({p}).size(), 1);
    QCOMPARE(PhotoRules::check({p}).first().code, QStringLiteral("photo.ugc-permission"));
    p.consent.granted = true;
    QVERIFY(PhotoRules::check({p}).isEmpty());
    p.consent.expires = QDate::currentDate().addDays(-1);
    QCOMPARE(PhotoRules::check({p}).first().code, QStringLiteral("photo.ugc-expired"));
    for (const Finding &f : PhotoRules::check({p}))
        QCOMPARE(f.severity, Finding::Severity::Error);
}

void TestPhotoStore::newsroomSettings()
{
    PhotoStore store(m_db);
    QCOMPARE(*store.settings(), PhotoSettings()); // defaults until set
    PhotoSettings settings;
    settings.creditTemplate = QStringLiteral("Фото: {source} / Qalam");
    settings.longestEdge = 1600;
    settings.quality = 80;
    settings.stripAll = true;
    QVERIFY(store.setSettings(settings).ok());
    // Another connection (another desk) sees the same settings.
    auto other = Database::open(m_file->path());
    QVERIFY(other.ok());
    QCOMPARE(*PhotoStore(*other).settings(), settings);
    settings.creditTemplate = QStringLiteral("без источника");
    QCOMPARE(store.setSettings(settings).error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestPhotoStore)
#include "tst_photostore.moc"
