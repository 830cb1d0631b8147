// Drafts made from what the importer recognised, on a real database file:
// the byline matched to author profiles by name in either order (and added
// when missing), the photo slots in order with their lead, the original kept
// and read back but never exported, a draft without a headline refused with
// nothing written, slots filled from real JPEG files, and submission held
// back while a slot waits for its file.

#include "app/import/draftcreator.h"
#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/publish/articleexporter.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/workflow/workflow.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTest>

using namespace Qalam;

namespace {

const QString s_password = QStringLiteral("пароль-редакции-1");
const QString s_region = QStringLiteral("Караганда");

template <typename T> QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

// A draft as the importer hands it over (hand-built here: the recogniser has
// its own tests).
ImportedDraft wireDraft()
{
    ImportedDraft d;
    d.format = QStringLiteral("text");
    d.language = QStringLiteral("ru");
    d.headline = QStringLiteral("«Вода придёт до холодов»: Байжанов – жителям Майкудука");
    d.lead = QStringLiteral("Аким Караганды пообещал закончить замену магистрального водовода в Майкудуке до "
                            "начала отопительного сезона, сообщает пресс-служба акимата.");
    d.authors = {{QStringLiteral("Абенова Гульмира"), QStringLiteral("Корреспондент")}};
    d.source = QStringLiteral("пресс-служба акимата");
    d.sourcePhrase = QStringLiteral("сообщает пресс-служба акимата");
    d.paragraphs = {QStringLiteral("Работы идут на участке длиной 2,4 километра."),
                    QStringLiteral("«Вода придёт до холодов», – сказал Ермаганбет Байжанов.")};
    PhotoSlot lead;
    lead.creditType = CreditType::Ugc;
    lead.creditLine = QStringLiteral(": UGC");
    lead.lead = true;
    PhotoSlot first;
    first.caption = QStringLiteral("Замена труб на улице Магнитогорской");
    first.creditSource = QStringLiteral("акимат Караганды");
    first.creditType = CreditType::PressService;
    first.creditLine = QStringLiteral("Фото: акимат Караганды");
    first.afterParagraph = 0;
    PhotoSlot second;
    second.caption = QStringLiteral("Аким на участке работ");
    second.alt = QStringLiteral("Аким в каске стоит у траншеи с трубами");
    second.creditSource = QStringLiteral("Акорда");
    second.creditType = CreditType::Ugc;
    second.creditLine = QStringLiteral("Фото: Акорда: UGC");
    second.imageUrl = QStringLiteral("https://example.kz/media/akim-na-uchastke.jpg");
    second.afterParagraph = 1;
    d.photos = {lead, first, second};
    d.original = QStringLiteral("Главная\nНовости\n«Вода придёт до холодов»: Байжанов – жителям Майкудука\n"
                                "Подпишитесь на наш канал\n");
    return d;
}

} // namespace

class TestDraftCreator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTheDraft();
    void bylineMatchedInEitherOrder_data();
    void bylineMatchedInEitherOrder();
    void missingAuthorAddedWithPosition();
    void regionalEditorAddsBylineAuthor();
    void slotsStoredInOrderWithLead();
    void originalKeptAndReadBack();
    void noHeadlineRefusedNothingWritten_data();
    void noHeadlineRefusedNothingWritten();
    void refusedForAPhotoEditor();
    void fillSlot();
    void fillSlotWithABadFileKeepsTheSlot();
    void slotPermissions();
    void submissionWaitsForSlots();
    void reviewQueueCountsSlots();
    void exportLeavesOriginalAndSlotsOut();
    void sampleRegionalEditorCanImport();

private:
    Actor addUser(const QString &login, const QString &name, QList<Role> roles, QStringList regions = {});
    QString makeJpeg(const QString &name, QColor colour);
    int rows(const char *table);

    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;
    Actor m_admin;
};

void TestDraftCreator::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
    m_admin = Actor();
}

void TestDraftCreator::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_clock.reset();
}

Actor TestDraftCreator::addUser(const QString &login, const QString &name, QList<Role> roles,
                                QStringList regions)
{
    if (m_admin.login.isEmpty()) {
        // The first account is the administrator, added by the single desk.
        UserStore first(m_db, Actor::local(), m_clock.get());
        first.setPasswordIterations(1000);
        User admin;
        admin.login = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Администратор");
        admin.roles = {Role::Administrator};
        auto added = first.add(admin, s_password);
        if (!added) {
            qWarning("%s", why(added).constData());
            return {};
        }
        m_admin = Actor::fromUser(*added);
    }
    UserStore users(m_db, m_admin, m_clock.get());
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = name;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    auto added = users.add(u, s_password);
    if (!added) {
        qWarning("%s", why(added).constData());
        return {};
    }
    return Actor::fromUser(*added);
}

QString TestDraftCreator::makeJpeg(const QString &name, QColor colour)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(20, 20, 80, 60, Qt::white);
    painter.end();
    const QString path = QDir(m_file->dir()).filePath(name);
    return image.save(path, "JPEG", 90) ? path : QString();
}

int TestDraftCreator::rows(const char *table)
{
    auto conn = m_db->connection();
    if (!conn)
        return -1;
    QSqlQuery q(*conn);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestDraftCreator::createsTheDraft()
{
    DraftCreator creator(m_db, Actor::local(), m_clock.get());
    const ImportedDraft draft = wireDraft();
    auto created = creator.create(draft);
    QVERIFY2(created, why(created));
    auto loaded = ArticleStore(m_db).load(created->id);
    QVERIFY2(loaded, why(loaded));
    QCOMPARE(loaded->headline, draft.headline);
    QCOMPARE(loaded->lead, draft.lead);
    QCOMPARE(loaded->source, QStringLiteral("сообщает пресс-служба акимата"));
    QCOMPARE(loaded->language, QStringLiteral("ru"));
    QCOMPARE(loaded->region, QString());
    QCOMPARE(loaded->status, ArticleStatus::Draft);
    // The body from the paragraphs when the draft brings no HTML.
    QCOMPARE(loaded->bodyText, draft.paragraphs.join(u'\n'));
    QCOMPARE(loaded->created, m_clock->nowUtc());
    auto revisions = ArticleStore(m_db).revisions(created->id);
    QVERIFY(revisions && revisions->size() == 1);
    QCOMPARE(revisions->first().reason, QStringLiteral("import"));

    // The body HTML wins over the paragraphs, reduced to the allowed subset.
    ImportedDraft html = wireDraft();
    html.format = QStringLiteral("html");
    html.bodyHtml = QStringLiteral("<p>Работы идут <b>круглосуточно</b>.</p><script>alert(1)</script>");
    html.language = QStringLiteral("xx");
    auto fromHtml = creator.create(html);
    QVERIFY2(fromHtml, why(fromHtml));
    QCOMPARE(fromHtml->bodyHtml, QStringLiteral("<p>Работы идут <strong>круглосуточно</strong>.</p>"));
    QCOMPARE(fromHtml->language, QStringLiteral("ru"));
}

void TestDraftCreator::bylineMatchedInEitherOrder_data()
{
    QTest::addColumn<QString>("written");
    QTest::newRow("family given") << QStringLiteral("Колмакова Виктория");
    QTest::newRow("given family") << QStringLiteral("Виктория Колмакова");
    QTest::newRow("extra spaces") << QStringLiteral("  Виктория   Колмакова ");
}

void TestDraftCreator::bylineMatchedInEitherOrder()
{
    QFETCH(QString, written);
    AuthorStore authors(m_db, Actor::local(), m_clock.get());
    Author profile(0, QStringLiteral("Колмакова Виктория"), QStringLiteral("Редактор региональных новостей"));
    profile.familyName = QStringLiteral("Колмакова");
    profile.givenName = QStringLiteral("Виктория");
    auto existing = authors.add(profile);
    QVERIFY2(existing, why(existing));
    auto other = authors.add(Author(0, QStringLiteral("Сейткали Нурлан"), QStringLiteral("Фотограф")));
    QVERIFY2(other, why(other));
    const int profiles = rows("authors");

    ImportedDraft draft = wireDraft();
    // The same person twice (the page repeats the name) and a second author.
    draft.authors = {{written, QStringLiteral("Редактор")},
                     {QStringLiteral("Нурлан Сейткали"), {}},
                     {QStringLiteral("Колмакова Виктория"), {}}};
    auto created = DraftCreator(m_db, Actor::local(), m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    QCOMPARE(rows("authors"), profiles);
    QCOMPARE(created->authors.size(), 2);
    QCOMPARE(created->authors.at(0).id, existing->id);
    QCOMPARE(created->authors.at(0).position, QStringLiteral("Редактор региональных новостей"));
    QCOMPARE(created->authors.at(1).id, other->id);
}

void TestDraftCreator::missingAuthorAddedWithPosition()
{
    // A chief editor may add profiles: the missing author gets a full one.
    const Actor chief =
        addUser(QStringLiteral("omarov"), QStringLiteral("Омаров Бауыржан"), {Role::ChiefEditor});
    QVERIFY(!chief.login.isEmpty());
    ImportedDraft draft = wireDraft();
    draft.authors = {
        {QStringLiteral("Виктория Колмакова"), QStringLiteral("Редактор региональных новостей")}};
    auto created = DraftCreator(m_db, chief, m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    QCOMPARE(created->authors.size(), 1);
    auto found = AuthorStore(m_db, chief).findByName(QStringLiteral("Колмакова Виктория"));
    QVERIFY2(found, why(found));
    QCOMPARE(found->id, created->authors.first().id);
    QCOMPARE(found->position, QStringLiteral("Редактор региональных новостей"));

    // The next import of the same person finds that profile.
    ImportedDraft again = wireDraft();
    again.authors = {{QStringLiteral("Колмакова Виктория"), {}}};
    const int profiles = rows("authors");
    auto second = DraftCreator(m_db, chief, m_clock.get()).create(again);
    QVERIFY2(second, why(second));
    QCOMPARE(second->authors.first().id, found->id);
    QCOMPARE(rows("authors"), profiles);
}

void TestDraftCreator::regionalEditorAddsBylineAuthor()
{
    // A regional editor may not edit profiles (Action::EditAuthor): the new
    // author still stands in the byline, with the position.
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    QVERIFY(!writer.login.isEmpty());
    QVERIFY(!Permissions::check(writer, Action::EditAuthor).ok());
    ImportedDraft draft = wireDraft();
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    QCOMPARE(created->createdBy, writer.login);
    QCOMPARE(created->authors.size(), 1);
    QCOMPARE(created->authors.first().name, QStringLiteral("Абенова Гульмира"));
    QCOMPARE(created->authors.first().position, QStringLiteral("Корреспондент"));
    QVERIFY(created->authors.first().id > 0);
    auto found = AuthorStore(m_db, writer).findByName(QStringLiteral("Гульмира Абенова"));
    QVERIFY2(found, why(found));
    QCOMPARE(found->id, created->authors.first().id);
}

void TestDraftCreator::slotsStoredInOrderWithLead()
{
    const ImportedDraft draft = wireDraft();
    auto created = DraftCreator(m_db, Actor::local(), m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    auto stored = PhotoStore(m_db).photoSlots(created->id);
    QVERIFY2(stored, why(stored));
    QCOMPARE(stored->size(), draft.photos.size());
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const StoredPhotoSlot &s = stored->at(i);
        const PhotoSlot &p = draft.photos.at(i);
        QVERIFY(s.id > 0);
        QCOMPARE(s.articleId, created->id);
        QCOMPARE(s.order, int(i));
        QCOMPARE(s.caption, p.caption);
        QCOMPARE(s.alt, p.alt);
        QCOMPARE(s.creditSource, p.creditSource);
        QCOMPARE(s.creditType, p.creditType);
        QCOMPARE(s.creditLine, p.creditLine);
        QCOMPARE(s.imageUrl, p.imageUrl);
        QCOMPARE(s.lead, p.lead);
    }
    QVERIFY(stored->at(0).lead);
    // No photo is attached yet: the slots wait for files.
    QCOMPARE(PhotoStore(m_db).photosOf(created->id)->size(), 0);

    // One lead slot per article.
    StoredPhotoSlot extra;
    extra.articleId = created->id;
    extra.caption = QStringLiteral("Новая главная");
    extra.lead = true;
    auto added = PhotoStore(m_db).addSlot(extra);
    QVERIFY2(added, why(added));
    QCOMPARE(added->order, int(draft.photos.size()));
    stored = PhotoStore(m_db).photoSlots(created->id);
    QCOMPARE(stored->size(), draft.photos.size() + 1);
    QVERIFY(!stored->at(0).lead);
    QVERIFY(stored->last().lead);

    // A slot for no article is refused.
    StoredPhotoSlot orphan;
    orphan.articleId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    orphan.caption = QStringLiteral("Ничья");
    auto refused = PhotoStore(m_db).addSlot(orphan);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotFound);
}

void TestDraftCreator::originalKeptAndReadBack()
{
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    ImportedDraft draft = wireDraft();
    draft.format = QStringLiteral("html");
    draft.original =
        QStringLiteral("<html><body><nav>Главная</nav><h1>Заголовок</h1>\r\n<p>Текст</p></body></html>");
    m_clock->advance(90 * 1000);
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    auto original = DraftCreator(m_db, writer).original(created->id);
    QVERIFY2(original, why(original));
    QVERIFY(original->has_value());
    const ImportedOriginal &o = **original;
    QCOMPARE(o.articleId, created->id);
    QCOMPARE(o.format, QStringLiteral("html"));
    QCOMPARE(o.text, draft.original); // byte for byte, line ends included
    QCOMPARE(o.importedBy, writer.login);
    QCOMPARE(o.imported, m_clock->nowUtc());

    // An article that was not imported has none; an unknown id is an error.
    Article typed;
    typed.headline = QStringLiteral("Набрано вручную");
    auto own = ArticleStore(m_db, m_clock.get(), writer).create(typed);
    QVERIFY2(own, why(own));
    auto none = DraftCreator(m_db, writer).original(own->id);
    QVERIFY2(none, why(none));
    QVERIFY(!none->has_value());
    auto unknown =
        DraftCreator(m_db, writer).original(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
}

void TestDraftCreator::noHeadlineRefusedNothingWritten_data()
{
    QTest::addColumn<QString>("headline");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" \t\n ");
}

void TestDraftCreator::noHeadlineRefusedNothingWritten()
{
    QFETCH(QString, headline);
    ImportedDraft draft = wireDraft();
    draft.headline = headline;
    draft.authors = {{QStringLiteral("Новый Автор"), QStringLiteral("Корреспондент")}};
    const int articles = rows("articles"), authors = rows("authors");
    auto refused = DraftCreator(m_db, Actor::local(), m_clock.get()).create(draft);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("headline")),
             qPrintable(refused.error().message));
    QCOMPARE(rows("articles"), articles);
    QCOMPARE(rows("authors"), authors);
    QCOMPARE(rows("photo_slots"), 0);
    QCOMPARE(rows("article_sources"), 0);
}

void TestDraftCreator::refusedForAPhotoEditor()
{
    // A photo editor creates no articles: refused before any profile is added.
    const Actor photo = addUser(QStringLiteral("kim"), QStringLiteral("Ким Алина"), {Role::PhotoEditor});
    const int articles = rows("articles"), authors = rows("authors");
    auto refused = DraftCreator(m_db, photo, m_clock.get()).create(wireDraft());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Denied);
    QCOMPARE(rows("articles"), articles);
    QCOMPARE(rows("authors"), authors);
    QCOMPARE(rows("photo_slots"), 0);
    QCOMPARE(rows("article_sources"), 0);
}

void TestDraftCreator::fillSlot()
{
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(wireDraft());
    QVERIFY2(created, why(created));
    PhotoStore photos(m_db, m_clock.get(), writer);
    auto stored = photos.photoSlots(created->id);
    QVERIFY2(stored && stored->size() == 3, why(stored));

    // The second body slot: caption, alt and credit come from the slot.
    const StoredPhotoSlot slot = stored->at(2);
    const QString jpeg = makeJpeg(QStringLiteral("akim.jpg"), Qt::darkCyan);
    QVERIFY(!jpeg.isEmpty());
    auto filled = photos.fillSlot(slot.id, jpeg);
    QVERIFY2(filled, why(filled));
    QCOMPARE(filled->caption, slot.caption);
    QCOMPARE(filled->alt, slot.alt);
    QCOMPARE(filled->creditSource, QStringLiteral("Акорда"));
    QCOMPARE(filled->creditType, std::optional<CreditType>(CreditType::Ugc));
    QCOMPARE(filled->width, 320);
    QCOMPARE(filled->sha256, QString::fromLatin1(Test::checksum(jpeg)));
    QCOMPARE(Test::checksum(photos.originalPath(filled->sha256)), Test::checksum(jpeg));
    auto uses = photos.photosOf(created->id);
    QVERIFY2(uses && uses->size() == 1, why(uses));
    QCOMPARE(uses->first().photo, *filled);
    QVERIFY(!uses->first().lead);
    auto left = photos.photoSlots(created->id);
    QCOMPARE(left->size(), 2);
    QVERIFY(std::none_of(left->cbegin(), left->cend(),
                         [&](const StoredPhotoSlot &s) { return s.id == slot.id; }));
    // Filled once: the slot is gone.
    auto again = photos.fillSlot(slot.id, jpeg);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);

    // The lead slot makes the lead photo.
    auto leadPhoto = photos.fillSlot(left->first().id, makeJpeg(QStringLiteral("lead.jpg"), Qt::darkRed));
    QVERIFY2(leadPhoto, why(leadPhoto));
    QCOMPARE(leadPhoto->creditType, std::optional<CreditType>(CreditType::Ugc));
    QCOMPARE(leadPhoto->caption, QString()); // none in the source: the rules will ask for one
    uses = photos.photosOf(created->id);
    QCOMPARE(uses->size(), 2);
    QCOMPARE(uses->at(1).photo.id, leadPhoto->id);
    QVERIFY(uses->at(1).lead);
    QVERIFY(!uses->at(0).lead);

    // What the photo says already is kept: a picture already in the library
    // (same content) keeps its caption.
    Photo known = *filled;
    known.caption = QStringLiteral("Подпись из библиотеки");
    QVERIFY(photos.update(known));
    auto last = photos.photoSlots(created->id);
    QCOMPARE(last->size(), 1);
    auto reused = photos.fillSlot(last->first().id, jpeg);
    QVERIFY2(reused, why(reused));
    QCOMPARE(reused->id, filled->id);
    QCOMPARE(reused->caption, QStringLiteral("Подпись из библиотеки"));
    QCOMPARE(photos.photoSlots(created->id)->size(), 0);
}

void TestDraftCreator::fillSlotWithABadFileKeepsTheSlot()
{
    auto created = DraftCreator(m_db, Actor::local(), m_clock.get()).create(wireDraft());
    QVERIFY2(created, why(created));
    PhotoStore photos(m_db, m_clock.get());
    const qint64 slotId = photos.photoSlots(created->id)->first().id;
    const QString notAPicture = QDir(m_file->dir()).filePath(QStringLiteral("notes.jpg"));
    QVERIFY(Test::writeFile(notAPicture, QByteArray("это не картинка, а заметки редактора")));
    auto refused = photos.fillSlot(slotId, notAPicture);
    QVERIFY(!refused);
    auto missing = photos.fillSlot(slotId, QDir(m_file->dir()).filePath(QStringLiteral("absent.jpg")));
    QVERIFY(!missing);
    QCOMPARE(photos.photoSlots(created->id)->size(), 3);
    QCOMPARE(photos.photosOf(created->id)->size(), 0);
    QCOMPARE(rows("photos"), 0);
}

void TestDraftCreator::slotPermissions()
{
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    const Actor stranger = addUser(QStringLiteral("seitkali"), QStringLiteral("Сейткали Нурлан"),
                                   {Role::RegionalEditor}, {QStringLiteral("Алматы")});
    const Actor photoEditor =
        addUser(QStringLiteral("kim"), QStringLiteral("Ким Алина"), {Role::PhotoEditor});
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(wireDraft());
    QVERIFY2(created, why(created));
    auto stored = PhotoStore(m_db, m_clock.get(), writer).photoSlots(created->id);
    QVERIFY(stored && stored->size() == 3);
    const QString jpeg = makeJpeg(QStringLiteral("a.jpg"), Qt::darkGreen);

    // Another region's editor may read the slots but change none.
    PhotoStore foreign(m_db, m_clock.get(), stranger);
    QCOMPARE(foreign.photoSlots(created->id)->size(), 3);
    StoredPhotoSlot extra;
    extra.articleId = created->id;
    extra.caption = QStringLiteral("Чужая подпись");
    QCOMPARE(foreign.addSlot(extra).error().code, Error::Code::Denied);
    QCOMPARE(foreign.removeSlot(stored->first().id).error().code, Error::Code::Denied);
    QCOMPARE(foreign.fillSlot(stored->first().id, jpeg).error().code, Error::Code::Denied);
    QCOMPARE(rows("photos"), 0); // refused before the import: no stray original
    QCOMPARE(rows("photo_slots"), 3);

    // The photo editor fills and removes slots.
    PhotoStore photoDesk(m_db, m_clock.get(), photoEditor);
    auto filled = photoDesk.fillSlot(stored->at(1).id, jpeg);
    QVERIFY2(filled, why(filled));
    QVERIFY(photoDesk.removeSlot(stored->at(2).id));
    auto removedTwice = photoDesk.removeSlot(stored->at(2).id);
    QCOMPARE(removedTwice.error().code, Error::Code::NotFound);
    QCOMPARE(rows("photo_slots"), 1);
}

void TestDraftCreator::submissionWaitsForSlots()
{
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    ImportedDraft draft = wireDraft();
    draft.photos.removeFirst(); // keep the two with captions
    draft.photos[0].alt = QStringLiteral("Рабочие укладывают трубы в траншею");
    draft.photos[1].creditType = CreditType::Agency;
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    Workflow flow(m_db, writer, m_clock.get());

    auto refused = flow.submit(created->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("Photo slot 1")) &&
                 message.contains(QLatin1String("Photo slot 2")),
             qPrintable(message));
    QVERIFY2(message.contains(draft.photos.at(0).caption), qPrintable(message));
    QCOMPARE(ArticleStore(m_db, m_clock.get(), writer).load(created->id)->status, ArticleStatus::Draft);

    PhotoStore photos(m_db, m_clock.get(), writer);
    auto stored = photos.photoSlots(created->id);
    QVERIFY(photos.fillSlot(stored->at(0).id, makeJpeg(QStringLiteral("1.jpg"), Qt::darkBlue)));
    refused = flow.submit(created->id);
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.contains(QLatin1String("Photo slot 2")) &&
                 refused.error().message.contains(QLatin1String("Photo slot 1")),
             qPrintable(refused.error().message));

    // The last one filled: the photos obey the rules, the article goes.
    auto filled = photos.fillSlot(stored->at(1).id, makeJpeg(QStringLiteral("2.jpg"), Qt::darkYellow));
    QVERIFY2(filled, why(filled));
    QCOMPARE(filled->alt, draft.photos.at(1).alt);
    QCOMPARE(filled->creditType, std::optional<CreditType>(CreditType::Agency));
    auto submitted = flow.submit(created->id);
    QVERIFY2(submitted, why(submitted));
    QCOMPARE(submitted->status, ArticleStatus::InReview);
}

void TestDraftCreator::reviewQueueCountsSlots()
{
    const Actor writer = addUser(QStringLiteral("kolmakova"), QStringLiteral("Колмакова Виктория"),
                                 {Role::RegionalEditor}, {s_region});
    const Actor chief =
        addUser(QStringLiteral("omarov"), QStringLiteral("Омаров Бауыржан"), {Role::ChiefEditor});
    ImportedDraft draft = wireDraft();
    draft.photos.clear();
    auto created = DraftCreator(m_db, writer, m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    QVERIFY(Workflow(m_db, writer, m_clock.get()).submit(created->id));
    auto queue = Workflow(m_db, chief, m_clock.get()).reviewQueue();
    QVERIFY2(queue && queue->size() == 1, why(queue));
    QCOMPARE(queue->first().openFindings, 0);

    // The chief editor asks for a picture while reviewing: an open finding.
    StoredPhotoSlot wanted;
    wanted.articleId = created->id;
    wanted.caption = QStringLiteral("Нужен снимок с места работ");
    QVERIFY(PhotoStore(m_db, m_clock.get(), chief).addSlot(wanted));
    queue = Workflow(m_db, chief, m_clock.get()).reviewQueue();
    QCOMPARE(queue->first().openFindings, 1);
}

void TestDraftCreator::exportLeavesOriginalAndSlotsOut()
{
    const QString marker = QStringLiteral("ТОЛЬКО-В-ОРИГИНАЛЕ-7f3a");
    ImportedDraft draft = wireDraft();
    draft.original += marker + u'\n';
    draft.photos[2].imageUrl =
        QStringLiteral("https://private.example.kz/%1.jpg").arg(QStringLiteral("slot-url-9c1e"));
    draft.photos[2].creditLine = QStringLiteral("Фото: slot-credit-line-4b2d");
    auto created = DraftCreator(m_db, Actor::local(), m_clock.get()).create(draft);
    QVERIFY2(created, why(created));
    auto loaded = ArticleStore(m_db).load(created->id);
    QVERIFY(loaded);
    for (const QString &format : ArticleExporter::formatNames()) {
        auto exporter = ArticleExporter::create(format);
        QVERIFY(exporter);
        const QString exported = QString::fromUtf8(exporter->exportArticle(*loaded));
        QVERIFY2(!exported.isEmpty(), qPrintable(exporter->errorString()));
        QVERIFY2(exported.contains(QStringLiteral("Майкудук")), qPrintable(format)); // the story is there
        QVERIFY2(!exported.contains(marker), qPrintable(format));
        QVERIFY2(!exported.contains(QLatin1String("slot-url-9c1e")), qPrintable(format));
        QVERIFY2(!exported.contains(QLatin1String("slot-credit-line-4b2d")), qPrintable(format));
        QVERIFY2(!exported.contains(QLatin1String("Подпишитесь")), qPrintable(format));
        QVERIFY2(!exported.contains(QLatin1String("imported_from")), qPrintable(format));
        QVERIFY2(!exported.contains(QLatin1String("photo_slots")), qPrintable(format));
    }
}

void TestDraftCreator::sampleRegionalEditorCanImport()
{
    ArticleStore desk(m_db, &Clock::system(), Actor::local());
    auto loaded = SampleNewsroom::load(desk, SampleNewsroom::bundled());
    QVERIFY2(loaded, why(loaded));
    auto sokolova = UserStore(m_db).user(QStringLiteral("sokolova"));
    QVERIFY2(sokolova, why(sokolova));
    const Actor writer = Actor::fromUser(*sokolova);
    QVERIFY(writer.has(Role::RegionalEditor));
    QVERIFY(!writer.has(Role::ChiefEditor));

    ImportedDraft draft = wireDraft();
    // One author known to the sample newsroom (written the other way round),
    // one who is not.
    draft.authors = {{QStringLiteral("Марина Соколова"), {}},
                     {QStringLiteral("Абенова Гульмира"), QStringLiteral("Корреспондент")}};
    auto created = DraftCreator(m_db, writer).create(draft);
    QVERIFY2(created, why(created));
    QCOMPARE(created->createdBy, QStringLiteral("sokolova"));
    QCOMPARE(created->authors.size(), 2);
    QCOMPARE(created->authors.at(0).id, sokolova->authorId);
    QCOMPARE(created->authors.at(1).position, QStringLiteral("Корреспондент"));
    QCOMPARE(PhotoStore(m_db, &Clock::system(), writer).photoSlots(created->id)->size(), 3);
    auto original = DraftCreator(m_db, writer).original(created->id);
    QVERIFY(original && original->has_value());
    QCOMPARE((*original)->importedBy, QStringLiteral("sokolova"));
    // Her own draft: she may go on editing it.
    Article edited = *created;
    edited.region = s_region;
    auto saved = ArticleStore(m_db, &Clock::system(), writer).save(edited);
    QVERIFY2(saved, why(saved));
}

QTEST_GUILESS_MAIN(TestDraftCreator)
#include "tst_draftcreator.moc"
