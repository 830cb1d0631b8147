// db copy: a whole newsroom (the sample newsroom plus real JPEG originals, an
// endpoint, outbox jobs, the publish log, comments, locks, a dictionary, an
// author's avatar) copied from an SQLite file into the test backend's
// database (a file, or a PostgreSQL database in the _pg run) and from there
// into a new SQLite file. The round trip must give back every row of every
// table and every photo's bytes; the copy in the middle must be a working
// newsroom (search, photos, new ids, the workflow, the append-only audit
// log); and every refusal must leave the target as it was.

#include "app/media/photo.h"
#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/databasecopy.h"
#include "app/storage/dictionarystore.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/workflow/workflow.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;

namespace {

template <typename T> QByteArray why(const Result<T> &r)
{
    return (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto &checked_ = (expr);                                                                       \
        QVERIFY2(checked_.ok(), why(checked_).constData());                                                  \
    } while (false)

const QString s_password = QString::fromLatin1(SampleNewsroom::SamplePassword);
// A word only the copied test article has (the search must find it by a prefix).
const QString s_uniqueWord = QStringLiteral("снегоуборщиками");

// A real JPEG: a gradient with a few shapes, different for every seed.
QByteArray jpeg(int seed)
{
    QImage image(480 + seed * 16, 320, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y,
                           qRgb((x * 255 / image.width() + seed * 40) % 256, y * 255 / image.height(), 90));
    QPainter painter(&image);
    painter.setBrush(QColor::fromHsv((seed * 70) % 360, 200, 220));
    painter.drawEllipse(40 + seed * 20, 60, 160, 120);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

// Every row of every data table of an SQLite file, in SQLite's own literal
// form (typeof and quote()), sorted: an account of the file that owes
// nothing to the copy's checksums.
QMap<QString, QStringList> sqliteRows(const QString &path)
{
    QMap<QString, QStringList> tables;
    const QString name = QStringLiteral("tst-dump-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return tables;
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                           " AND name NOT LIKE 'articles_fts%'"));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            QStringList parts;
            while (columns.next())
                parts.append(
                    QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(columns.value(0).toString()));
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT %1 FROM %2")
                               .arg(parts.join(QStringLiteral(" || '|' || ")), table)))
                qWarning("%s", qPrintable(rows.lastError().text()));
            QStringList list;
            while (rows.next())
                list.append(rows.value(0).toString());
            list.sort();
            tables.insert(table, list);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

qint64 scalar(const std::shared_ptr<Database> &db, const QString &sql)
{
    auto conn = db->connection();
    if (!conn)
        return -1;
    QSqlQuery q(*conn);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool copyTree(const QString &from, const QString &to)
{
    if (QFileInfo(from).isFile())
        return QFile::copy(from, to);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        if (!copyTree(entry.absoluteFilePath(), QDir(to).filePath(entry.fileName())))
            return false;
    return true;
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void richSourceCoversEveryTable();
    void roundTripKeepsEveryRowAndPhoto();
    void copyIsAWorkingNewsroom();
    void copiesIntoAFreshlyMigratedDatabase();
    void refusesANonEmptyTarget();
    void refusesASourceThatNeedsMigrating();
    void refusesATargetAtAnotherSchema();
    void refusesAnUnknownTable();
    void damagedOriginalRollsEverythingBack();
    void onlyAnAdministratorCopies();

private:
    Actor actor(const std::shared_ptr<Database> &db, const QString &login);
    // The sample newsroom and everything else a newsroom keeps, built once.
    void buildTemplate(const QString &path);
    std::shared_ptr<Database> openSource();
    Result<DatabaseCopyReport> copyInto(const QString &target, const std::shared_ptr<Database> &source,
                                        const QString &login = QStringLiteral("admin"));

    QTemporaryDir m_template;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sourcePath;
    std::unique_ptr<Test::TestDatabase> m_middle;
    QString m_testArticle; // the article with the unique word and the photos
};

Actor TestDatabaseCopy::actor(const std::shared_ptr<Database> &db, const QString &login)
{
    auto user = UserStore(db).user(login);
    if (!user) {
        QTest::qFail(why(user).constData(), __FILE__, __LINE__);
        return Actor::local();
    }
    return Actor::fromUser(*user);
}

void TestDatabaseCopy::buildTemplate(const QString &path)
{
    auto opened = Database::open(path);
    CHECK_OK(opened);
    const std::shared_ptr<Database> db = *opened;
    ArticleStore desk(db, &Clock::system(), Actor::local());
    CHECK_OK(SampleNewsroom::load(desk, SampleNewsroom::bundled()));
    const Actor admin = actor(db, QStringLiteral("admin"));
    const Actor chief = actor(db, QStringLiteral("omarov"));
    const Actor writer = actor(db, QStringLiteral("sokolova"));

    // An article of the writer's own with text that tests every encoding
    // corner: ё, Kazakh letters, quotes, a backslash, an emoji, an empty lead.
    ArticleStore writerStore(db, &Clock::system(), writer);
    Article draft;
    draft.headline = QStringLiteral("Ёлка в Қарағанды: «тест» \"quotes\" \\ 🎄");
    draft.bodyHtml = QStringLiteral("<p>Акимат закупил машины, которые называют %1.</p>"
                                    "<p>Вторая строка с ё и әңғқөұүһі; tab\there.</p>")
                         .arg(s_uniqueWord);
    draft.region = QStringLiteral("Караганда");
    draft.pullQuotes = {PullQuote{QStringLiteral("Снег уберём за ночь"), QStringLiteral("аким")}};
    auto created = writerStore.create(draft);
    CHECK_OK(created);
    m_testArticle = created->id;

    // Real JPEG originals, one of them used by two articles.
    PhotoStore photos(db, &Clock::system(), chief);
    QTemporaryDir files;
    QList<Photo> imported;
    for (int i = 0; i < 3; ++i) {
        const QString file = files.filePath(QStringLiteral("photo-%1.jpg").arg(i));
        QVERIFY(Test::writeFile(file, jpeg(i)));
        auto photo = photos.importFile(file);
        CHECK_OK(photo);
        Photo p = *photo;
        p.caption = QStringLiteral("Снимок %1 «в кавычках»").arg(i);
        p.alt = QStringLiteral("Описание %1").arg(i);
        p.creditSource = QStringLiteral("Акорда");
        p.creditType = CreditType::Staff;
        CHECK_OK(photos.update(p));
        CHECK_OK(photos.attach(m_testArticle, p.id, i == 0));
        imported.append(p);
    }
    auto list = ArticleStore(db, &Clock::system(), chief).list();
    CHECK_OK(list);
    QString approved, published, other;
    for (const ArticleSummary &s : *list) {
        if (s.status == ArticleStatus::Approved && approved.isEmpty())
            approved = s.id;
        else if (s.status == ArticleStatus::Published && published.isEmpty())
            published = s.id;
        else if (s.id != m_testArticle && other.isEmpty() && s.status == ArticleStatus::Draft)
            other = s.id;
    }
    QVERIFY(!approved.isEmpty() && !published.isEmpty() && !other.isEmpty());
    CHECK_OK(photos.attach(other, imported.first().id));

    // An author's avatar: bytes in a table.
    AuthorStore authors(db, admin);
    auto profiles = authors.list();
    CHECK_OK(profiles);
    Author withAvatar = profiles->first();
    withAvatar.avatarPng = jpeg(7); // any bytes; a PNG in real life
    CHECK_OK(authors.update(withAvatar));

    // Publishing: an endpoint, outbox jobs with steps, a remote post, the log.
    EndpointStore endpoints(db, admin);
    EndpointProfile profile;
    profile.name = QStringLiteral("site-export");
    profile.type = EndpointProfile::folderType();
    profile.url = files.filePath(QStringLiteral("export"));
    CHECK_OK(endpoints.add(profile));
    Outbox outbox(db, chief);
    auto job = outbox.enqueue(approved, profile.name, QStringLiteral("publish"));
    CHECK_OK(job);
    CHECK_OK(outbox.recordStep(job->id, QStringLiteral("photo:1"), QJsonObject{{QStringLiteral("id"), 41}}));
    CHECK_OK(outbox.markFailed(job->id, QStringLiteral("timeout after 30 s")));
    auto unpublish = outbox.enqueue(published, profile.name, QStringLiteral("unpublish"),
                                    QStringLiteral("Ошибка в заголовке"));
    CHECK_OK(unpublish);
    CHECK_OK(outbox.markDone(unpublish->id, QStringLiteral("file:///srv/export/x")));
    RemotePost post;
    post.articleId = published;
    post.endpoint = profile.name;
    post.remoteId = QStringLiteral("package-1");
    post.remoteUrl = QStringLiteral("file:///srv/export/package-1");
    post.slug = QStringLiteral("package-1");
    post.media = QJsonObject{{QStringLiteral("1"), QJsonObject{{QStringLiteral("id"), 7}}}};
    post.publishedAt = QDateTime::currentDateTimeUtc();
    CHECK_OK(outbox.saveRemote(post));
    PublishLogEntry entry;
    entry.articleId = published;
    entry.endpoint = profile.name;
    entry.action = QStringLiteral("publish");
    entry.remoteUrl = post.remoteUrl;
    entry.result = QStringLiteral("ok");
    CHECK_OK(PublishLog(db, chief).record(entry));

    // The rest of a newsroom's day.
    Workflow chiefFlow(db, chief);
    CHECK_OK(chiefFlow.addComment(m_testArticle, QStringLiteral("Проверьте цифры — и «кавычки»")));
    CHECK_OK(Workflow(db, writer).acquireLock(m_testArticle));
    CHECK_OK(DictionaryStore(db, &Clock::system(), QStringLiteral("omarov"))
                 .addWord(QStringLiteral("kk"), QStringLiteral("Қарағандылық")));
    CHECK_OK(desk.setEditorState(QStringLiteral("last_article"), m_testArticle));
    StoredPhotoSlot slot;
    slot.articleId = m_testArticle;
    slot.caption = QStringLiteral("Фото из пресс-релиза");
    slot.creditSource = QStringLiteral("Акорда");
    slot.creditLine = QStringLiteral("Фото: Акорда");
    CHECK_OK(photos.addSlot(slot));
}

void TestDatabaseCopy::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    Test::quietHeadingFontWarnings();
    QVERIFY(m_template.isValid());
    m_templatePath = m_template.filePath(QStringLiteral("newsroom.sqlite"));
    buildTemplate(m_templatePath);
    if (QTest::currentTestFailed())
        return;
}

void TestDatabaseCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sourcePath = m_dir->filePath(QStringLiteral("source.sqlite"));
    // The template's database is closed (its WAL folded in): file and photos.
    QVERIFY(copyTree(m_templatePath, m_sourcePath));
    QVERIFY(copyTree(m_templatePath + QStringLiteral(".photos"), m_sourcePath + QStringLiteral(".photos")));
    m_middle = std::make_unique<Test::TestDatabase>();
}

void TestDatabaseCopy::cleanup()
{
    m_middle.reset();
    m_dir.reset();
}

std::shared_ptr<Database> TestDatabaseCopy::openSource()
{
    auto source = DatabaseCopy::openSource(m_sourcePath);
    if (!source) {
        QTest::qFail(why(source).constData(), __FILE__, __LINE__);
        return nullptr;
    }
    return *source;
}

Result<DatabaseCopyReport> TestDatabaseCopy::copyInto(const QString &target,
                                                      const std::shared_ptr<Database> &source,
                                                      const QString &login)
{
    return DatabaseCopy::copy(source, target, login.isEmpty() ? Actor::local() : actor(source, login));
}

void TestDatabaseCopy::richSourceCoversEveryTable()
{
    auto source = openSource();
    QVERIFY(source);
    auto fingerprint = DatabaseCopy::fingerprint(source);
    CHECK_OK(fingerprint);
    QStringList empty;
    for (const TableFingerprint &t : fingerprint->tables)
        if (t.rows == 0)
            empty.append(t.name);
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("empty in the source: ") + empty.join(u',')));
    QVERIFY(fingerprint->tables.size() >= 21);
    QCOMPARE(fingerprint->photoOriginals, qint64(3 + 3)); // three of the sample's, three real JPEGs
    QVERIFY(fingerprint->photoBytes > 10000);
}

void TestDatabaseCopy::roundTripKeepsEveryRowAndPhoto()
{
    const QMap<QString, QStringList> original = sqliteRows(m_sourcePath);
    QVERIFY(original.contains(QStringLiteral("audit_log")));
    QByteArray sourceFileSum = Test::checksum(m_sourcePath);
    const QStringList sourceFiles = filesUnder(m_sourcePath + QStringLiteral(".photos"));

    auto source = openSource();
    QVERIFY(source);
    auto before = DatabaseCopy::fingerprint(source);
    CHECK_OK(before);

    // There …
    auto there = copyInto(m_middle->path(), source);
    CHECK_OK(there);
    QVERIFY(there->verified);
    QCOMPARE(there->copied, *before);
    QCOMPARE(there->from, source->path());
    auto middle = m_middle->open();
    QVERIFY(middle);
    auto middlePrint = DatabaseCopy::fingerprint(middle);
    CHECK_OK(middlePrint);
    QCOMPARE(*middlePrint, *before);
    // … the source was only read …
    source.reset();
    QCOMPARE(Test::checksum(m_sourcePath), sourceFileSum);
    QCOMPARE(filesUnder(m_sourcePath + QStringLiteral(".photos")), sourceFiles);

    // … and back, into a file that does not exist yet.
    const QString finalPath = m_dir->filePath(QStringLiteral("back/again.sqlite"));
    auto back = copyInto(finalPath, middle);
    CHECK_OK(back);
    QVERIFY(back->verified);
    QCOMPARE(back->copied, *before);

    // Every row of every table, by SQLite's own account, not the copy's.
    const QMap<QString, QStringList> roundTrip = sqliteRows(finalPath);
    QCOMPARE(roundTrip.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const QStringList &rows = roundTrip.value(it.key());
        QVERIFY2(rows == it.value(),
                 qPrintable(QStringLiteral("table %1 differs after the round trip").arg(it.key())));
    }
    // Every photo's bytes, on the way and back.
    auto finalDb = Database::open(finalPath);
    CHECK_OK(finalDb);
    for (const QString &file : sourceFiles) {
        const QString sha = QFileInfo(file).fileName();
        QFile originalFile(file);
        QVERIFY(originalFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = originalFile.readAll();
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha.toLatin1());
        for (const auto &db : {middle, *finalDb}) {
            QFile copied(PhotoStore(db).originalPath(sha));
            QVERIFY2(copied.open(QIODevice::ReadOnly), qPrintable(copied.fileName()));
            QVERIFY(copied.readAll() == bytes);
        }
    }
    // The search index of the new file knows the articles.
    ArticleFilter filter;
    filter.search = s_uniqueWord.left(9);
    auto found =
        ArticleStore(*finalDb, &Clock::system(), actor(*finalDb, QStringLiteral("omarov"))).list(filter);
    CHECK_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m_testArticle);
}

void TestDatabaseCopy::copyIsAWorkingNewsroom()
{
    auto source = openSource();
    QVERIFY(source);
    const qint64 maxSeq = scalar(source, QStringLiteral("SELECT max(seq) FROM articles"));
    const qint64 maxRevision = scalar(source, QStringLiteral("SELECT max(id) FROM article_revisions"));
    const qint64 maxAudit = scalar(source, QStringLiteral("SELECT max(id) FROM audit_log"));
    const qint64 maxPhoto = scalar(source, QStringLiteral("SELECT max(id) FROM photos"));
    CHECK_OK(copyInto(m_middle->path(), source));
    auto db = m_middle->open();
    QVERIFY(db);

    // Accounts and their passwords came along.
    auto signedIn = UserStore(db).signIn(QStringLiteral("sokolova"), s_password);
    CHECK_OK(signedIn);
    const Actor writer = *signedIn;
    const Actor chief = actor(db, QStringLiteral("omarov"));

    // The search finds the article by a prefix of a word of its body.
    ArticleStore store(db, &Clock::system(), chief);
    ArticleFilter filter;
    filter.search = s_uniqueWord.left(9);
    auto found = store.list(filter);
    CHECK_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m_testArticle);
    // The photo counts are the source's, not doubled by the copy's inserts.
    auto all = store.list();
    CHECK_OK(all);
    PhotoStore photos(db, &Clock::system(), chief);
    for (const ArticleSummary &s : *all) {
        auto uses = photos.photosOf(s.id);
        CHECK_OK(uses);
        QCOMPARE(s.photos, int(uses->size()));
    }
    // The originals are there to read.
    auto uses = photos.photosOf(m_testArticle);
    CHECK_OK(uses);
    QCOMPARE(uses->size(), 3);
    for (const PhotoUse &use : *uses) {
        QFile file(photos.originalPath(use.photo.sha256));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                 use.photo.sha256.toLatin1());
    }

    // New rows get fresh ids above the copied ones.
    ArticleStore writerStore(db, &Clock::system(), writer);
    Article draft;
    draft.headline = QStringLiteral("Новая статья после переезда");
    draft.bodyHtml = QStringLiteral("<p>Текст.</p>");
    draft.region = QStringLiteral("Алматы");
    auto created = writerStore.create(draft);
    CHECK_OK(created);
    QVERIFY(scalar(db, QStringLiteral("SELECT max(seq) FROM articles")) > maxSeq);
    auto revisions = writerStore.revisions(created->id);
    CHECK_OK(revisions);
    QVERIFY(revisions->first().id > maxRevision);
    QTemporaryDir files;
    const QString jpegPath = files.filePath(QStringLiteral("new.jpg"));
    QVERIFY(Test::writeFile(jpegPath, jpeg(11)));
    auto newPhoto = PhotoStore(db, &Clock::system(), writer).importFile(jpegPath);
    CHECK_OK(newPhoto);
    QVERIFY(newPhoto->id > maxPhoto);

    // The workflow works: submit, approve, each logged with a new id.
    CHECK_OK(Workflow(db, writer).submit(created->id));
    auto approved = Workflow(db, chief).approve(created->id, QStringLiteral("Хорошо"));
    CHECK_OK(approved);
    QCOMPARE(approved->status, ArticleStatus::Approved);
    auto log = Workflow(db, chief).log(created->id);
    CHECK_OK(log);
    QVERIFY(log->size() >= 2);
    for (const AuditEntry &e : *log)
        QVERIFY(e.id > maxAudit);

    // The audit log is still append-only.
    auto conn = db->connection();
    QVERIFY(conn);
    QSqlQuery update(*conn);
    QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET who = 'someone-else'")));
    QVERIFY(update.lastError().text().contains(QLatin1String("append-only")));
    QSqlQuery remove(*conn);
    QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
}

void TestDatabaseCopy::copiesIntoAFreshlyMigratedDatabase()
{
    auto target = m_middle->open(); // migrated, no rows
    QVERIFY(target);
    auto source = openSource();
    QVERIFY(source);
    auto report = copyInto(m_middle->path(), source);
    CHECK_OK(report);
    QVERIFY(report->verified);
    auto print = DatabaseCopy::fingerprint(target);
    CHECK_OK(print);
    QCOMPARE(*print, report->copied);
    // The JSON the cli prints.
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("photo_originals")).toObject().value(QStringLiteral("count")).toInt(),
             6);
    bool articles = false;
    for (const auto &t : json.value(QStringLiteral("tables")).toArray())
        articles = articles || (t.toObject().value(QStringLiteral("name")).toString() == u"articles" &&
                                t.toObject().value(QStringLiteral("rows")).toInt() > 10);
    QVERIFY(articles);
}

void TestDatabaseCopy::refusesANonEmptyTarget()
{
    auto target = m_middle->open();
    QVERIFY(target);
    Article a;
    a.headline = QStringLiteral("Уже здесь");
    CHECK_OK(ArticleStore(target).create(a));
    target.reset();
    const QByteArray before = m_middle->storedBytes();
    auto source = openSource();
    QVERIFY(source);
    auto refused = copyInto(m_middle->path(), source);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("not empty")), refused.error().message.toUtf8());
    QVERIFY(refused.error().message.contains(QLatin1String("articles")));
    QVERIFY(refused.error().message.contains(QLatin1String("article_revisions")));
    QVERIFY(!refused.error().message.contains(QLatin1String("users")));
    QCOMPARE(m_middle->storedBytes(), before);
}

void TestDatabaseCopy::refusesASourceThatNeedsMigrating()
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-older"));
        raw.setDatabaseName(m_sourcePath);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-older"));
    const QByteArray before = Test::checksum(m_sourcePath);
    auto source = DatabaseCopy::openSource(m_sourcePath);
    QVERIFY(!source);
    QCOMPARE(source.error().code, Error::Code::InvalidInput);
    QVERIFY2(source.error().message.contains(QLatin1String("db migrate")), source.error().message.toUtf8());
    QCOMPARE(Test::checksum(m_sourcePath), before);
    // A newer one is refused as such.
    auto missing = DatabaseCopy::openSource(m_dir->filePath(QStringLiteral("nowhere.sqlite")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere.sqlite"))));
}

void TestDatabaseCopy::refusesATargetAtAnotherSchema()
{
    auto target = m_middle->open();
    QVERIFY(target);
    {
        auto conn = target->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        const int older = Database::latestSchemaVersion() - 1;
        QVERIFY(
            q.exec(target->isPostgres()
                       ? QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE key = 'schema_version'")
                             .arg(older)
                       : QStringLiteral("PRAGMA user_version = %1").arg(older)));
    }
    target.reset();
    const QByteArray before = m_middle->storedBytes();
    auto source = openSource();
    QVERIFY(source);
    auto refused = copyInto(m_middle->path(), source);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("schema %1").arg(Database::latestSchemaVersion() - 1)),
             refused.error().message.toUtf8());
    QCOMPARE(m_middle->storedBytes(), before);
}

void TestDatabaseCopy::refusesAnUnknownTable()
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-extra"));
        raw.setDatabaseName(m_sourcePath);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE desk_notes (id INTEGER PRIMARY KEY, note TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO desk_notes (note) VALUES ('не потерять')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-extra"));
    auto source = openSource();
    QVERIFY(source);
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    auto refused = copyInto(fresh, source);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("desk_notes")), refused.error().message.toUtf8());
    // The new file the copy had started is gone again.
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(fresh + QStringLiteral(".photos")));
}

void TestDatabaseCopy::damagedOriginalRollsEverythingBack()
{
    const QStringList files = filesUnder(m_sourcePath + QStringLiteral(".photos"));
    QVERIFY(!files.isEmpty());
    {
        QFile damaged(files.last());
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(damaged.size() / 2);
        damaged.write("\x00\x01\x02\x03", 4);
    }
    auto source = openSource();
    QVERIFY(source);
    auto refused = copyInto(m_middle->path(), source);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("damaged")), refused.error().message.toUtf8());
    // Every row written before the original was read is rolled back; the
    // schema may have been created (an empty database gets it first).
    auto target = m_middle->open();
    QVERIFY(target);
    auto print = DatabaseCopy::fingerprint(target);
    CHECK_OK(print);
    for (const TableFingerprint &t : print->tables)
        QVERIFY2(t.rows == 0, qPrintable(t.name));
    QCOMPARE(print->photoOriginals, qint64(0));
    if (!target->isPostgres())
        QVERIFY(filesUnder(target->photoFolder()).isEmpty());
    // Into a new file: no file is left behind.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(!copyInto(fresh, source));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(fresh + QStringLiteral(".photos")));
}

void TestDatabaseCopy::onlyAnAdministratorCopies()
{
    auto source = openSource();
    QVERIFY(source);
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    // The single desk's account: this newsroom has accounts, so sign in.
    auto singleDesk = copyInto(fresh, source, QString());
    QVERIFY(!singleDesk);
    QCOMPARE(singleDesk.error().code, Error::Code::Denied);
    QVERIFY(singleDesk.error().message.contains(QLatin1String("--user")));
    // A chief editor may do everything editorial, but not copy the accounts.
    auto chief = copyInto(fresh, source, QStringLiteral("omarov"));
    QVERIFY(!chief);
    QCOMPARE(chief.error().code, Error::Code::Denied);
    QVERIFY2(chief.error().message.contains(QLatin1String("administrator")), chief.error().message.toUtf8());
    QVERIFY(!QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
