#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/workflow/workflow.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace Qalam;

namespace {

QByteArray picture(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    for (int x = 0; x < width / 2; ++x)
        image.setPixelColor(x, height / 2, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

Author kolmakova()
{
    Author a;
    a.familyName = QStringLiteral("Колмакова");
    a.givenName = QStringLiteral("Виктория");
    a.position = QStringLiteral("Редактор региональных новостей");
    a.region = QStringLiteral("Карагандинская область");
    a.desk = QStringLiteral("Региональная редакция");
    a.bioRu = QStringLiteral("Пишет о Караганде с 2015 года.");
    a.bioKk = QStringLiteral("2015 жылдан бері Қарағанды туралы жазады.");
    a.bioEn = QStringLiteral("Covers Karaganda since 2015.");
    a.email = QStringLiteral("kolmakova@example.kz");
    a.phone = QStringLiteral("+7 701 000 00 00");
    a.links = {QStringLiteral("https://t.me/kolmakova"), QStringLiteral("https://x.com/kolmakova")};
    return a;
}

} // namespace

class TestAuthorStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addAndRead();
    void addSplitsTheName();
    void cleansInput();
    void nameRequired();
    void update();
    void updateMissing();
    void deactivatedAuthorStaysListed();
    void listSortedAndSearched_data();
    void listSortedAndSearched();
    void nameOrderChangesBylines();
    void findByName_data();
    void findByName();
    void duplicateNamesRefused();
    void legacyAuthorsReadable();
    void avatarScaledToPng();
    void avatarFromJpeg();
    void avatarRefused_data();
    void avatarRefused();
    void permissions();
    void stats();
    void statsOfUnknownAuthor();

private:
    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<AuthorStore> m_store;

    QStringList names(const QList<Author> &authors);
    int authorRows();
};

void TestAuthorStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestAuthorStore::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
    m_store =
        std::make_unique<AuthorStore>(m_db, Actor::singleDeskAccount(QStringLiteral("desk")), m_clock.get());
}

void TestAuthorStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_file.reset();
}

QStringList TestAuthorStore::names(const QList<Author> &authors)
{
    QStringList out;
    for (const Author &a : authors)
        out.append(a.name);
    return out;
}

int TestAuthorStore::authorRows()
{
    QSqlQuery q(*m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM authors")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestAuthorStore::addAndRead()
{
    const auto added = m_store->add(kolmakova());
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    Author expected = kolmakova();
    expected.id = added->id;
    expected.name = QStringLiteral("Колмакова Виктория");
    QCOMPARE(*added, expected);
    QCOMPARE(*m_store->author(added->id), expected);
    QCOMPARE(m_store->list()->size(), 1);

    // The stored name is the canonical "Family Given", and the row records when.
    QSqlQuery q(*m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, created FROM authors")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Колмакова Виктория"));
    QCOMPARE(fromDbTime(q.value(1)), m_clock->nowUtc());
}

void TestAuthorStore::addSplitsTheName()
{
    const auto added = m_store->add(
        Author(0, QStringLiteral("  Жумабаев   Ерлан Серикович "), QStringLiteral("Корреспондент")));
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(added->familyName, QStringLiteral("Жумабаев"));
    QCOMPARE(added->givenName, QStringLiteral("Ерлан Серикович"));
    QCOMPARE(added->name, QStringLiteral("Жумабаев Ерлан Серикович"));
    QCOMPARE(added->position, QStringLiteral("Корреспондент"));

    const auto single = m_store->add(Author(0, QStringLiteral("Мадонна")));
    QVERIFY(single);
    QCOMPARE(single->familyName, QStringLiteral("Мадонна"));
    QCOMPARE(single->givenName, QString());
    QCOMPARE(single->name, QStringLiteral("Мадонна"));
}

void TestAuthorStore::cleansInput()
{
    Author a = kolmakova();
    a.familyName = QStringLiteral("  Колмакова ");
    a.position = QStringLiteral("  Редактор   региональных новостей ");
    a.bioRu = QStringLiteral("\n  Первый абзац.\nВторой абзац.  \n");
    a.links = {QStringLiteral(" https://t.me/kolmakova "), QString(),
               QStringLiteral("https://t.me/kolmakova")};
    const auto added = m_store->add(a);
    QVERIFY(added);
    QCOMPARE(added->familyName, QStringLiteral("Колмакова"));
    QCOMPARE(added->position, QStringLiteral("Редактор региональных новостей"));
    QCOMPARE(added->bioRu, QStringLiteral("Первый абзац.\nВторой абзац."));
    QCOMPARE(added->links, QStringList{QStringLiteral("https://t.me/kolmakova")});
}

void TestAuthorStore::nameRequired()
{
    const auto r = m_store->add(Author(0, QStringLiteral("   ")));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(authorRows(), 0);
}

void TestAuthorStore::update()
{
    auto added = m_store->add(kolmakova());
    QVERIFY(added);
    Author changed = *added;
    changed.position = QStringLiteral("Шеф-редактор");
    changed.givenName = QStringLiteral("Вика");
    changed.links = {QStringLiteral("https://instagram.com/kolmakova")};
    changed.phone.clear();
    const auto updated = m_store->update(changed);
    QVERIFY2(updated, qPrintable(updated.error().message));
    changed.name = QStringLiteral("Колмакова Вика");
    QCOMPARE(*updated, changed);
    QCOMPARE(*m_store->author(added->id), changed);
    QCOMPARE(authorRows(), 1);
}

void TestAuthorStore::updateMissing()
{
    Author ghost = kolmakova();
    ghost.id = 42;
    QCOMPARE(m_store->update(ghost).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->author(42).error().code, Error::Code::NotFound);
    QCOMPARE(authorRows(), 0);
}

void TestAuthorStore::deactivatedAuthorStaysListed()
{
    auto added = m_store->add(kolmakova());
    QVERIFY(added);
    Author left = *added;
    left.active = false;
    QVERIFY(m_store->update(left));
    const auto all = m_store->list();
    QCOMPARE(all->size(), 1);
    QVERIFY(!all->first().active);
    QVERIFY(!m_store->findByName(QStringLiteral("Колмакова Виктория"))->active);
}

void TestAuthorStore::listSortedAndSearched_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString kolmakova = QStringLiteral("Колмакова Виктория");
    const QString abenov = QStringLiteral("Абенов Ержан");
    const QString yolkina = QStringLiteral("Ёлкина Анна");
    const QString smith = QStringLiteral("Smith John");
    QTest::newRow("all, by family name") << QString() << QStringList{abenov, yolkina, kolmakova, smith};
    QTest::newRow("family name, other case") << QStringLiteral("КОЛМАКОВА") << QStringList{kolmakova};
    QTest::newRow("given name prefix") << QStringLiteral("ерж") << QStringList{abenov};
    QTest::newRow("е finds ё") << QStringLiteral("елкина") << QStringList{yolkina};
    QTest::newRow("position") << QStringLiteral("фотограф") << QStringList{yolkina};
    QTest::newRow("region") << QStringLiteral("карагандинская") << QStringList{abenov, kolmakova};
    QTest::newRow("desk") << QStringLiteral("english") << QStringList{smith};
    QTest::newRow("two words") << QStringLiteral("караганд  редактор") << QStringList{kolmakova};
    QTest::newRow("nothing") << QStringLiteral("Павлодар") << QStringList{};
}

void TestAuthorStore::listSortedAndSearched()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QVERIFY(m_store->add(kolmakova()));
    Author abenov(0, QStringLiteral("Абенов Ержан"), QStringLiteral("Корреспондент"),
                  QStringLiteral("Карагандинская область"));
    QVERIFY(m_store->add(abenov));
    QVERIFY(m_store->add(Author(0, QStringLiteral("Ёлкина Анна"), QStringLiteral("Фотограф"),
                                QStringLiteral("Абайская область"))));
    Author smith(0, QStringLiteral("Smith John"), QStringLiteral("Correspondent"));
    smith.desk = QStringLiteral("English desk");
    QVERIFY(m_store->add(smith));
    const auto found = m_store->list(search);
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(names(*found), expected);
}

void TestAuthorStore::nameOrderChangesBylines()
{
    QCOMPARE(*m_store->nameOrder(), NameOrder::FamilyGiven);
    const auto added = m_store->add(kolmakova());
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Колмакова Виктория"));

    QVERIFY(m_store->setNameOrder(NameOrder::GivenFamily));
    QCOMPARE(*m_store->nameOrder(), NameOrder::GivenFamily);
    QCOMPARE(m_store->author(added->id)->name, QStringLiteral("Виктория Колмакова"));
    QCOMPARE(names(*m_store->list()), QStringList{QStringLiteral("Виктория Колмакова")});
    // The setting is the newsroom's, in the database.
    QSqlQuery q(*m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM editor_state WHERE key = 'newsroom.name_order'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("given-family"));
    QCOMPARE(*AuthorStore(m_db, Actor::local(), m_clock.get()).nameOrder(), NameOrder::GivenFamily);

    // A name typed in the newsroom's order is split in that order.
    const auto typed = m_store->add(Author(0, QStringLiteral("Анна Мария Ёлкина")));
    QVERIFY(typed);
    QCOMPARE(typed->familyName, QStringLiteral("Ёлкина"));
    QCOMPARE(typed->givenName, QStringLiteral("Анна Мария"));
    QCOMPARE(typed->name, QStringLiteral("Анна Мария Ёлкина"));

    // The stored name stays family-first whatever the order.
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM authors ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Колмакова Виктория"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ёлкина Анна Мария"));

    QVERIFY(m_store->setNameOrder(NameOrder::FamilyGiven));
    QCOMPARE(m_store->author(added->id)->name, QStringLiteral("Колмакова Виктория"));
    QCOMPARE(m_store->author(typed->id)->name, QStringLiteral("Ёлкина Анна Мария"));
}

void TestAuthorStore::findByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("family given") << QStringLiteral("Колмакова Виктория") << true;
    QTest::newRow("given family") << QStringLiteral("Виктория Колмакова") << true;
    QTest::newRow("case and spaces") << QStringLiteral("  колмакова   ВИКТОРИЯ ") << true;
    QTest::newRow("ё written е") << QStringLiteral("Королева Алена") << true;
    QTest::newRow("ё as stored") << QStringLiteral("Алёна Королёва") << true;
    QTest::newRow("family name alone") << QStringLiteral("Колмакова") << false;
    QTest::newRow("other person") << QStringLiteral("Колмакова Вика") << false;
}

void TestAuthorStore::findByName()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto kolmakovaId = m_store->add(kolmakova())->id;
    const auto korolevaId = m_store->add(Author(0, QStringLiteral("Королёва Алёна")))->id;
    for (NameOrder order : {NameOrder::FamilyGiven, NameOrder::GivenFamily}) {
        QVERIFY(m_store->setNameOrder(order));
        const auto r = m_store->findByName(query);
        QCOMPARE(bool(r), found);
        if (found) {
            const qint64 expected =
                query.contains(QStringLiteral("олмаков"), Qt::CaseInsensitive) ? kolmakovaId : korolevaId;
            QCOMPARE(r->id, expected);
        } else {
            QCOMPARE(r.error().code, Error::Code::NotFound);
        }
    }
}

void TestAuthorStore::duplicateNamesRefused()
{
    QVERIFY(m_store->add(kolmakova()));
    for (const QString &name : {QStringLiteral("Колмакова Виктория"), QStringLiteral("Виктория Колмакова"),
                                QStringLiteral("колмакова  виктория")}) {
        const auto dup = m_store->add(Author(0, name));
        QVERIFY2(!dup, qPrintable(name));
        QCOMPARE(dup.error().code, Error::Code::Conflict);
    }
    QCOMPARE(authorRows(), 1);
    // Renaming another profile onto an existing name is refused too.
    auto other = m_store->add(Author(0, QStringLiteral("Абенов Ержан")));
    QVERIFY(other);
    Author renamed = *other;
    renamed.familyName = QStringLiteral("Колмакова");
    renamed.givenName = QStringLiteral("Виктория");
    QCOMPARE(m_store->update(renamed).error().code, Error::Code::Conflict);
    QCOMPARE(m_store->author(other->id)->name, QStringLiteral("Абенов Ержан"));
}

// Authors added before profiles existed (ArticleStore::ensureAuthor, the
// sample newsroom) have only the stored name.
void TestAuthorStore::legacyAuthorsReadable()
{
    ArticleStore articles(m_db, m_clock.get(), Actor::singleDeskAccount(QStringLiteral("desk")));
    const auto legacy =
        articles.ensureAuthor(Author(0, QStringLiteral("Бекенов Арман"), QStringLiteral("Корреспондент")));
    QVERIFY2(legacy, qPrintable(legacy.error().message));
    const auto read = m_store->author(legacy->id);
    QVERIFY(read);
    QCOMPARE(read->familyName, QStringLiteral("Бекенов"));
    QCOMPARE(read->givenName, QStringLiteral("Арман"));
    QVERIFY(m_store->setNameOrder(NameOrder::GivenFamily));
    QCOMPARE(m_store->author(legacy->id)->name, QStringLiteral("Арман Бекенов"));
    QCOMPARE(m_store->findByName(QStringLiteral("Арман Бекенов"))->id, legacy->id);
}

void TestAuthorStore::avatarScaledToPng()
{
    Author a = kolmakova();
    a.avatarPng = picture(600, 400, "PNG");
    const auto added = m_store->add(a);
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY(added->avatarPng.startsWith("\x89PNG"));
    QImage stored;
    QVERIFY(stored.loadFromData(added->avatarPng, "PNG"));
    QCOMPARE(stored.size(), QSize(600, 400).scaled(256, 256, Qt::KeepAspectRatio));
    QCOMPARE(stored.pixelColor(200, 10), QColor(30, 120, 200));

    // Small pictures keep their size; removing the avatar stores none.
    Author small = *added;
    small.avatarPng = picture(64, 48, "PNG");
    const auto updated = m_store->update(small);
    QVERIFY(updated);
    QVERIFY(stored.loadFromData(updated->avatarPng, "PNG"));
    QCOMPARE(stored.size(), QSize(64, 48));
    // Saving the profile again does not change the stored picture.
    QCOMPARE(m_store->update(*updated)->avatarPng, updated->avatarPng);
    Author none = *updated;
    none.avatarPng.clear();
    QVERIFY(m_store->update(none));
    QVERIFY(m_store->author(added->id)->avatarPng.isEmpty());
    QSqlQuery q(*m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT avatar IS NULL FROM authors")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
}

void TestAuthorStore::avatarFromJpeg()
{
    Author a = kolmakova();
    a.avatarPng = picture(300, 900, "JPEG");
    QVERIFY(a.avatarPng.startsWith("\xff\xd8"));
    const auto added = m_store->add(a);
    QVERIFY2(added, qPrintable(added.error().message));
    QImage stored;
    QVERIFY(stored.loadFromData(added->avatarPng, "PNG"));
    QCOMPARE(stored.size(), QSize(300, 900).scaled(256, 256, Qt::KeepAspectRatio));
    QCOMPARE(stored.height(), 256);
}

void TestAuthorStore::avatarRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("BMP") << picture(32, 32, "BMP");
    QTest::newRow("not a picture") << QByteArray("Колмакова").append(QByteArray(100, 'x'));
    QTest::newRow("truncated PNG") << picture(64, 64, "PNG").left(40);
}

void TestAuthorStore::avatarRefused()
{
    QFETCH(QByteArray, bytes);
    Author a = kolmakova();
    a.avatarPng = bytes;
    // (libpng prints "Read Error" for the truncated PNG on stderr itself.)
    const auto r = m_store->add(a);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(authorRows(), 0);
}

void TestAuthorStore::permissions()
{
    const auto own = m_store->add(kolmakova());
    const auto other = m_store->add(Author(0, QStringLiteral("Абенов Ержан")));
    QVERIFY(own && other);

    UserStore users(m_db, Actor::singleDeskAccount(QStringLiteral("desk")), m_clock.get());
    users.setPasswordIterations(100);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.roles = {Role::Administrator};
    QVERIFY(users.add(admin, QStringLiteral("Пароль-админа")));
    UserStore asAdmin(m_db, Actor::fromUser(*users.user(QStringLiteral("admin"))), m_clock.get());
    asAdmin.setPasswordIterations(100);
    const auto addUser = [&asAdmin](const QString &login, QList<Role> roles, qint64 authorId) {
        User u;
        u.login = login;
        u.roles = std::move(roles);
        u.authorId = authorId;
        return asAdmin.add(u, QStringLiteral("Пароль-пользователя"));
    };
    const auto writer = addUser(QStringLiteral("kolmakova"), {Role::RegionalEditor}, own->id);
    const auto chief = addUser(QStringLiteral("chief"), {Role::ChiefEditor}, 0);
    QVERIFY(writer && chief);

    // The single desk is over once accounts exist.
    QCOMPARE(m_store->add(Author(0, QStringLiteral("Новый Автор"))).error().code, Error::Code::Denied);

    // A writer edits their own profile, not another's, and adds none.
    AuthorStore asWriter(m_db, Actor::fromUser(*writer), m_clock.get());
    Author mine = *own;
    mine.bioRu = QStringLiteral("Новая биография.");
    QVERIFY(asWriter.update(mine));
    Author theirs = *other;
    theirs.position = QStringLiteral("Уволен");
    QCOMPARE(asWriter.update(theirs).error().code, Error::Code::Denied);
    QCOMPARE(asWriter.add(Author(0, QStringLiteral("Новый Автор"))).error().code, Error::Code::Denied);
    QCOMPARE(asWriter.author(other->id)->position, QString());
    QCOMPARE(asWriter.setNameOrder(NameOrder::GivenFamily).error().code, Error::Code::Denied);

    // A chief editor edits any profile and adds new ones; the name order is a
    // setting, the administrator's.
    AuthorStore asChief(m_db, Actor::fromUser(*chief), m_clock.get());
    QVERIFY(asChief.update(theirs));
    QVERIFY(asChief.add(Author(0, QStringLiteral("Новый Автор"))));
    QCOMPARE(asChief.setNameOrder(NameOrder::GivenFamily).error().code, Error::Code::Denied);
    QCOMPARE(*asChief.nameOrder(), NameOrder::FamilyGiven);

    AuthorStore asAdminAuthors(m_db, Actor::fromUser(*users.user(QStringLiteral("admin"))), m_clock.get());
    QVERIFY(asAdminAuthors.setNameOrder(NameOrder::GivenFamily));
    QCOMPARE(*asChief.nameOrder(), NameOrder::GivenFamily);
    QCOMPARE(authorRows(), 3);
}

void TestAuthorStore::stats()
{
    const auto victoria = m_store->add(kolmakova());
    const auto yerzhan = m_store->add(Author(0, QStringLiteral("Абенов Ержан")));
    const auto idle = m_store->add(Author(0, QStringLiteral("Ёлкина Анна")));
    QVERIFY(victoria && yerzhan && idle);

    // Time runs from October into November 2026.
    Test::ManualClock clock(QDateTime(QDate(2026, 10, 20), QTime(10, 0), Qt::UTC));
    const Actor desk = Actor::singleDeskAccount(QStringLiteral("desk"));
    ArticleStore articles(m_db, &clock, desk);
    Workflow workflow(m_db, desk, &clock);
    AuthorStore store(m_db, desk, &clock);
    const auto write = [&articles](const QString &headline, const QList<Author> &byline) {
        Article draft;
        draft.headline = headline;
        draft.bodyHtml = QStringLiteral("<p>Текст.</p>");
        draft.authors = byline;
        return articles.create(draft);
    };
    const auto publish = [&workflow](const QString &id) {
        if (auto r = workflow.submit(id); !r)
            return r.error().message;
        if (auto r = workflow.approve(id); !r)
            return r.error().message;
        if (auto r = workflow.publish(id); !r)
            return r.error().message;
        return QString();
    };

    const auto october = write(QStringLiteral("Октябрь"), {*victoria});
    QVERIFY(october);
    QCOMPARE(publish(october->id), QString());

    clock.advance(qint64(20) * 24 * 3600 * 1000); // 9 November
    const auto early = write(QStringLiteral("Начало ноября"), {*victoria, *yerzhan});
    QVERIFY(early);
    QCOMPARE(publish(early->id), QString());
    clock.advance(qint64(10) * 24 * 3600 * 1000); // 19 November
    const auto late = write(QStringLiteral("Конец ноября"), {*victoria});
    QVERIFY(late);
    QCOMPARE(publish(late->id), QString());
    const QDateTime lastPublication = clock.nowUtc();

    const auto draft = write(QStringLiteral("Черновик"), {*victoria, *yerzhan});
    const auto inReview = write(QStringLiteral("На проверке"), {*victoria});
    QVERIFY(draft && inReview);
    QVERIFY(workflow.submit(inReview->id));
    clock.advance(qint64(5) * 24 * 3600 * 1000); // 24 November

    const auto v = store.stats(victoria->id);
    QVERIFY2(v, qPrintable(v.error().message));
    QCOMPARE(v->authorId, victoria->id);
    QCOMPARE(v->drafted, 2);
    QCOMPARE(v->publishedThisMonth, 2);
    QCOMPARE(v->lastPublished, lastPublication);

    const auto y = store.stats(yerzhan->id);
    QVERIFY(y);
    QCOMPARE(y->drafted, 1);
    QCOMPARE(y->publishedThisMonth, 1);
    QCOMPARE(y->lastPublished, lastPublication.addDays(-10));

    const auto nobody = store.stats(idle->id);
    QVERIFY(nobody);
    QCOMPARE(nobody->drafted, 0);
    QCOMPARE(nobody->publishedThisMonth, 0);
    QVERIFY(!nobody->lastPublished.isValid());

    const auto all = store.allStats();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    for (const AuthorStats &s : *all) {
        const auto one = store.stats(s.authorId);
        QCOMPARE(s.drafted, one->drafted);
        QCOMPARE(s.publishedThisMonth, one->publishedThisMonth);
        QCOMPARE(s.lastPublished, one->lastPublished);
    }

    // In December, November's publications no longer count for the month.
    clock.advance(qint64(10) * 24 * 3600 * 1000);
    QCOMPARE(store.stats(victoria->id)->publishedThisMonth, 0);
    QCOMPARE(store.stats(victoria->id)->lastPublished, lastPublication);
}

void TestAuthorStore::statsOfUnknownAuthor()
{
    QCOMPARE(m_store->stats(7).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->allStats()->size(), 0);
}

QTEST_GUILESS_MAIN(TestAuthorStore)
#include "tst_authorstore.moc"
