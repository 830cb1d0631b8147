#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/text/htmlsanitizer.h"
#include "app/workflow/workflow.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"

#include <QFuture>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <latch>

using namespace Qalam;

namespace {

// Body HTML already in the stored subset, every allowed tag once.
const QString s_allTagsBody =
    QStringLiteral("<h2>Раздел</h2><p>Обычный <strong>жирный</strong> и <em>курсив</em>, "
                   "<a href=\"https://akorda.kz/ru/news?id=5\">ссылка</a>.<br>Новая строка.</p>"
                   "<h3>Подраздел</h3><blockquote><p>Цитата.</p></blockquote>"
                   "<ul><li>Один</li><li>Два<ol><li>Вложенный</li></ol></li></ul>"
                   "<figure><figcaption>Фото: Акорда</figcaption></figure>");

QStringList headlines(const QList<ArticleSummary> &rows)
{
    QStringList list;
    for (const ArticleSummary &s : rows)
        list.append(s.headline);
    return list;
}

} // namespace

class TestArticleStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void inputIsNormalised();
    void bodySanitisedOnSave();
    void loadUnknownId();
    void saveUnknownId();
    void search_data();
    void search();
    void hostileSearchText_data();
    void hostileSearchText();
    void filters();
    void listOrderFollowsLastChange();
    void listLimit();
    void revisions();
    void restore();
    void restoreKeepsReplacedText();
    void restoreWithStaleVersionIsConflict();
    void restoreUnknownRevision();
    void staleVersionConflictAcrossConnections();
    void sameStoreConflict();
    void editorState();
    void authorsAndRegions();
    void worksFromAnotherThread();
    void concurrentSavesOneWins();

private:
    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<ArticleStore> m_store;

    // A fixed desk for the search and filter tests.
    void createDesk();
    Author m_kolmakova;
    Author m_seitkali;
};

void TestArticleStore::initTestCase()
{
    QALAM_REQUIRE_TEST_BACKEND();
}

void TestArticleStore::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<Test::ManualClock>();
    m_store = std::make_unique<ArticleStore>(m_db, m_clock.get(),
                                             Actor::singleDeskAccount(QStringLiteral("kolmakova")));
}

void TestArticleStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_file.reset();
}

void TestArticleStore::roundTrip_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("bodyHtml");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("rubric");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("language");
    QTest::addColumn<ArticleStatus>("status");
    QTest::addColumn<QStringList>("authorNames");
    QTest::addColumn<QStringList>("authorPositions");

    QTest::newRow("russian")
        << QStringLiteral("«В стране должен царить закон»: Токаев — акимам")
        << QStringLiteral("Глава государства Касым-Жомарт Токаев провел рабочее совещание с акимами.")
        << s_allTagsBody << QStringLiteral("Нур-Султан") << QStringLiteral("Политика")
        << QStringList{QStringLiteral("Токаев"), QStringLiteral("акимы"), QStringLiteral("ёлка")}
        << QStringLiteral("передает Акорда") << QStringLiteral("ru") << ArticleStatus::InReview
        << QStringList{QStringLiteral("Колмакова Виктория"), QStringLiteral("Абенов Нурлан")}
        << QStringList{QStringLiteral("Редактор региональных новостей"), QStringLiteral("Корреспондент")};
    QTest::newRow("kazakh")
        << QStringLiteral("Тоқаев әкімдерге: елде заң үстемдік етуі керек")
        << QStringLiteral("Мемлекет басшысы әкімдермен жиын өткізді: ә ғ қ ң ө ұ ү һ і.")
        << QStringLiteral("<p>Қазақстан Республикасының Президенті <strong>Қасым-Жомарт Тоқаев</strong>.</p>"
                          "<ul><li>Әділет</li><li>Ұлттық қауіпсіздік</li></ul>")
        << QStringLiteral("Шымкент") << QStringLiteral("Саясат")
        << QStringList{QStringLiteral("әкімдер"), QStringLiteral("Ақорда")}
        << QStringLiteral("Ақорда хабарлайды") << QStringLiteral("kk") << ArticleStatus::Approved
        << QStringList{QStringLiteral("Сейтқали Айгүл"), QStringLiteral("Нұрланұлы Ғабит"),
                       QStringLiteral("Өмірбек Һәкім")}
        << QStringList{QStringLiteral("Тілші"), QString(), QStringLiteral("Бас редактор")};
    QTest::newRow("english")
        << QStringLiteral("Tokayev meets regional governors")
        << QStringLiteral("The head of state held a meeting.")
        << QStringLiteral(
               "<p>Plain <em>English</em> text &amp; an <a href=\"mailto:desk@example.kz\">e-mail</a>.</p>")
        << QStringLiteral("Almaty") << QStringLiteral("Politics") << QStringList{QStringLiteral("governors")}
        << QStringLiteral("Akorda press service") << QStringLiteral("en") << ArticleStatus::Published
        << QStringList{QStringLiteral("Jane Doe")} << QStringList{QStringLiteral("Editor")};
    QTest::newRow("empty optional fields")
        << QStringLiteral("Только заголовок") << QString() << QString() << QString() << QString()
        << QStringList() << QString() << QStringLiteral("ru") << ArticleStatus::Draft << QStringList()
        << QStringList();
}

void TestArticleStore::roundTrip()
{
    QFETCH(QString, headline);
    QFETCH(QString, lead);
    QFETCH(QString, bodyHtml);
    QFETCH(QString, region);
    QFETCH(QString, rubric);
    QFETCH(QStringList, tags);
    QFETCH(QString, source);
    QFETCH(QString, language);
    QFETCH(ArticleStatus, status);
    QFETCH(QStringList, authorNames);
    QFETCH(QStringList, authorPositions);

    QCOMPARE(HtmlSanitizer::sanitize(bodyHtml).html, bodyHtml); // the row is in the stored subset

    Article draft;
    draft.headline = headline;
    draft.lead = lead;
    draft.bodyHtml = bodyHtml;
    draft.region = region;
    draft.rubric = rubric;
    draft.tags = tags;
    draft.source = source;
    draft.language = language;
    draft.status = status;
    for (qsizetype i = 0; i < authorNames.size(); ++i)
        draft.authors.append(Author{0, authorNames.at(i), authorPositions.at(i), {}});

    auto check = [&](const Article &a) {
        QCOMPARE(a.headline, headline);
        QCOMPARE(a.lead, lead);
        QCOMPARE(a.bodyHtml, bodyHtml);
        QCOMPARE(a.bodyText, HtmlSanitizer::sanitize(bodyHtml).text);
        QCOMPARE(a.region, region);
        QCOMPARE(a.rubric, rubric);
        QCOMPARE(a.tags, tags);
        QCOMPARE(a.source, source);
        QCOMPARE(a.language, language);
        QCOMPARE(a.status, ArticleStatus::Draft); // `status` is ignored: only the Workflow sets it
        QCOMPARE(a.authors.size(), authorNames.size());
        for (qsizetype i = 0; i < authorNames.size(); ++i) {
            QCOMPARE(a.authors.at(i).name, authorNames.at(i));
            QCOMPARE(a.authors.at(i).position, authorPositions.at(i));
            QVERIFY(a.authors.at(i).id > 0);
        }
    };

    auto created = m_store->create(draft);
    QVERIFY2(created, qPrintable(created.error().message + QStringLiteral(" / ") + created.error().detail));
    QVERIFY(!created->id.isEmpty());
    QVERIFY(!QUuid::fromString(created->id).isNull());
    QCOMPARE(created->version, 1);
    QCOMPARE(created->created, m_clock->nowUtc());
    QCOMPARE(created->updated, m_clock->nowUtc());
    check(*created);

    auto loaded = m_store->load(created->id);
    QVERIFY(loaded);
    check(*loaded);
    QCOMPARE(*loaded, *created);

    // And through a save: the byline order reversed, a field changed.
    m_clock->advance(60 * 1000);
    Article edited = *loaded;
    std::reverse(edited.authors.begin(), edited.authors.end());
    std::reverse(authorNames.begin(), authorNames.end());
    std::reverse(authorPositions.begin(), authorPositions.end());
    edited.rubric = rubric = QStringLiteral("Общество · Қоғам");
    auto saved = m_store->save(edited);
    QVERIFY(saved);
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->created, created->created);
    QCOMPARE(saved->updated, m_clock->nowUtc());
    check(*saved);
    auto reloaded = m_store->load(created->id);
    QVERIFY(reloaded);
    check(*reloaded);
    QCOMPARE(*reloaded, *saved);
}

void TestArticleStore::inputIsNormalised()
{
    Article draft;
    draft.headline = QStringLiteral("  Заголовок \n с   пробелами ");
    draft.lead = QStringLiteral("\n Лид \n");
    draft.tags = {QStringLiteral(" акимы "), QStringLiteral("Акимы"), QString(), QStringLiteral("бюджет")};
    draft.language = QStringLiteral("de"); // not a newsroom language
    draft.bodyHtml = QStringLiteral("Просто текст");
    auto created = m_store->create(draft);
    QVERIFY(created);
    auto a = m_store->load(created->id);
    QCOMPARE(a->headline, QStringLiteral("Заголовок с пробелами"));
    QCOMPARE(a->lead, QStringLiteral("Лид"));
    QCOMPARE(a->tags, QStringList({QStringLiteral("акимы"), QStringLiteral("бюджет")}));
    QCOMPARE(a->language, QStringLiteral("ru"));
    QCOMPARE(a->bodyHtml, QStringLiteral("<p>Просто текст</p>"));
}

void TestArticleStore::bodySanitisedOnSave()
{
    Article draft;
    draft.headline = QStringLiteral("Проверка");
    draft.bodyHtml = QStringLiteral("<p>Текст</p><script>alert('x')</script><p onclick=\"steal()\">Два</p>");
    auto created = m_store->create(draft);
    QVERIFY(created);
    QCOMPARE(created->bodyHtml, QStringLiteral("<p>Текст</p><p>Два</p>"));
    QCOMPARE(created->bodyText, QStringLiteral("Текст\nДва"));

    Article edited = *created;
    edited.bodyHtml = QStringLiteral("<div>Новый <b>текст</b><iframe src=\"https://evil.example\"></iframe>"
                                     "<a href=\"javascript:alert(1)\">клик</a></div>");
    auto saved = m_store->save(edited);
    QVERIFY(saved);
    auto loaded = m_store->load(created->id);
    QCOMPARE(loaded->bodyHtml, QStringLiteral("<p>Новый <strong>текст</strong>клик</p>"));
    QVERIFY(!loaded->bodyHtml.contains(QStringLiteral("script")));
    QVERIFY(!loaded->bodyHtml.contains(QStringLiteral("javascript")));
    QCOMPARE(loaded->bodyText, QStringLiteral("Новый текстклик"));
}

void TestArticleStore::loadUnknownId()
{
    auto loaded = m_store->load(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::NotFound);
}

void TestArticleStore::saveUnknownId()
{
    Article ghost;
    ghost.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    ghost.version = 1;
    ghost.headline = QStringLiteral("Призрак");
    auto saved = m_store->save(ghost);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::NotFound);
}

void TestArticleStore::createDesk()
{
    m_kolmakova = *m_store->ensureAuthor(
        Author{0, QStringLiteral("Колмакова Виктория"), QStringLiteral("Редактор"), {}});
    m_seitkali =
        *m_store->ensureAuthor(Author{0, QStringLiteral("Сейтқали Айгүл"), QStringLiteral("Тілші"), {}});
    struct Row
    {
        const char16_t *headline;
        const char16_t *body;
        const char16_t *region;
        const char *language;
        ArticleStatus status;
        bool byKolmakova;
        bool bySeitkali;
    };
    const Row rows[] = {
        {u"Токаев провел совещание с акимами",
         u"<p>Глава государства Касым-Жомарт Токаев встретился с акимами Алматы.</p>", u"Астана", "ru",
         ArticleStatus::InReview, true, false},
        {u"Қазақстан экономикасы өсті", u"<p>Қазақстанда ішкі жалпы өнім өсті. Әкімдер есеп берді.</p>",
         u"Астана", "kk", ArticleStatus::Draft, false, true},
        {u"Snow expected in Almaty", u"<p>Heavy snow is expected in Almaty tomorrow.</p>", u"Алматы", "en",
         ArticleStatus::Published, true, true},
        {u"Акимы Алматы отчитались", u"<p>Отчёт о работе за год. Ёлка на площади.</p>", u"Алматы", "ru",
         ArticleStatus::Draft, false, false},
    };
    for (const Row &r : rows) {
        Article a;
        a.headline = QString::fromUtf16(r.headline);
        a.bodyHtml = QString::fromUtf16(r.body);
        a.region = QString::fromUtf16(r.region);
        a.language = QString::fromLatin1(r.language);
        if (r.byKolmakova)
            a.authors.append(m_kolmakova);
        if (r.bySeitkali)
            a.authors.append(m_seitkali);
        m_clock->advance(1000);
        auto created = m_store->create(a);
        QVERIFY(created);
        // Only the workflow moves an article on (a single desk may do all).
        Workflow flow(m_db, m_store->actor(), m_clock.get());
        if (r.status != ArticleStatus::Draft)
            QVERIFY(flow.submit(created->id));
        if (r.status == ArticleStatus::Approved || r.status == ArticleStatus::Published)
            QVERIFY(flow.approve(created->id));
        if (r.status == ArticleStatus::Published)
            QVERIFY(flow.publish(created->id));
    }
}

void TestArticleStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // headlines, newest first

    const QString tokayev = QStringLiteral("Токаев провел совещание с акимами");
    const QString economy = QStringLiteral("Қазақстан экономикасы өсті");
    const QString snow = QStringLiteral("Snow expected in Almaty");
    const QString akims = QStringLiteral("Акимы Алматы отчитались");

    QTest::newRow("whole word") << QStringLiteral("токаев") << QStringList{tokayev};
    QTest::newRow("prefix") << QStringLiteral("токае") << QStringList{tokayev};
    QTest::newRow("cyrillic upper case") << QStringLiteral("ТОКАЕВ") << QStringList{tokayev};
    QTest::newRow("cyrillic mixed case") << QStringLiteral("ТоКаЕв") << QStringList{tokayev};
    QTest::newRow("body text") << QStringLiteral("Касым-Жомарт") << QStringList{tokayev};
    QTest::newRow("kazakh prefix") << QStringLiteral("қаз") << QStringList{economy};
    QTest::newRow("kazakh upper case") << QStringLiteral("ҚАЗАҚСТАН") << QStringList{economy};
    QTest::newRow("kazakh letters in the middle") << QStringLiteral("әкімдер") << QStringList{economy};
    QTest::newRow("kazakh ө") << QStringLiteral("өсті") << QStringList{economy};
    QTest::newRow("latin") << QStringLiteral("ALMATY") << QStringList{snow};
    QTest::newRow("prefix in two articles") << QStringLiteral("аким") << QStringList{akims, tokayev};
    QTest::newRow("multi-word AND") << QStringLiteral("аким алматы") << QStringList{akims, tokayev};
    QTest::newRow("multi-word AND narrows") << QStringLiteral("аким отчит") << QStringList{akims};
    QTest::newRow("multi-word AND across languages") << QStringLiteral("snow алматы") << QStringList{};
    QTest::newRow("words in any order") << QStringLiteral("tomorrow snow") << QStringList{snow};
    QTest::newRow("punctuation between words") << QStringLiteral("токаев, акимами!") << QStringList{tokayev};
    QTest::newRow("ё as typed") << QStringLiteral("ёлка") << QStringList{akims};
    QTest::newRow("е finds ё") << QStringLiteral("елка") << QStringList{akims};
    QTest::newRow("е finds ё, prefix") << QStringLiteral("отче") << QStringList{akims};
    QTest::newRow("upper-case Ё") << QStringLiteral("ЁЛКА") << QStringList{akims};
    QTest::newRow("no match") << QStringLiteral("несуществующее") << QStringList{};
    QTest::newRow("one word matches, one does not")
        << QStringLiteral("токаев несуществующее") << QStringList{};
}

void TestArticleStore::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    createDesk();
    ArticleFilter filter;
    filter.search = query;
    auto rows = m_store->list(filter);
    QVERIFY2(rows, qPrintable(rows.error().detail));
    QCOMPARE(headlines(*rows), expected);
}

void TestArticleStore::hostileSearchText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected"); // -1: every article

    QTest::newRow("lone quote") << QStringLiteral("\"") << -1;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"токаев") << 1;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << 0;
    QTest::newRow("NEAR( with words") << QStringLiteral("NEAR(токаев акимами") << 0;
    QTest::newRow("star") << QStringLiteral("*") << -1;
    QTest::newRow("star prefix") << QStringLiteral("*токаев") << 1;
    QTest::newRow("caret") << QStringLiteral("^токаев") << 1;
    QTest::newRow("column filter") << QStringLiteral("headline:токаев") << 0;
    QTest::newRow("operators") << QStringLiteral("токаев AND OR NOT") << 0;
    QTest::newRow("minus") << QStringLiteral("-токаев") << 1;
    QTest::newRow("parentheses") << QStringLiteral("(токаев)") << 1;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE articles; --") << 0;
    QTest::newRow("only spaces") << QStringLiteral("   ") << -1;
    QTest::newRow("plus and braces") << QStringLiteral("+{токаев}") << 1;
}

void TestArticleStore::hostileSearchText()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    createDesk();
    ArticleFilter filter;
    filter.search = query;
    auto rows = m_store->list(filter);
    QVERIFY2(rows, qPrintable(rows.error().message + QStringLiteral(" / ") + rows.error().detail));
    QCOMPARE(rows->size(), expected < 0 ? 4 : expected);
    QCOMPARE(*m_store->count(), 4);
}

void TestArticleStore::filters()
{
    createDesk();
    ArticleFilter drafts;
    drafts.status = ArticleStatus::Draft;
    QCOMPARE(headlines(*m_store->list(drafts)), QStringList({QStringLiteral("Акимы Алматы отчитались"),
                                                             QStringLiteral("Қазақстан экономикасы өсті")}));

    ArticleFilter published;
    published.status = ArticleStatus::Published;
    QCOMPARE(headlines(*m_store->list(published)), QStringList{QStringLiteral("Snow expected in Almaty")});

    ArticleFilter returned;
    returned.status = ArticleStatus::Returned;
    QCOMPARE(m_store->list(returned)->size(), 0);

    ArticleFilter astana;
    astana.region = QStringLiteral("Астана");
    QCOMPARE(headlines(*m_store->list(astana)),
             QStringList({QStringLiteral("Қазақстан экономикасы өсті"),
                          QStringLiteral("Токаев провел совещание с акимами")}));

    ArticleFilter byKolmakova;
    byKolmakova.authorId = m_kolmakova.id;
    QCOMPARE(headlines(*m_store->list(byKolmakova)),
             QStringList({QStringLiteral("Snow expected in Almaty"),
                          QStringLiteral("Токаев провел совещание с акимами")}));

    ArticleFilter combined;
    combined.authorId = m_seitkali.id;
    combined.region = QStringLiteral("Алматы");
    combined.status = ArticleStatus::Published;
    combined.search = QStringLiteral("snow");
    const auto rows = *m_store->list(combined);
    QCOMPARE(headlines(rows), QStringList{QStringLiteral("Snow expected in Almaty")});
    QCOMPARE(rows.first().authors, QStringLiteral("Колмакова Виктория, Сейтқали Айгүл"));
    QCOMPARE(rows.first().region, QStringLiteral("Алматы"));
    QCOMPARE(rows.first().status, ArticleStatus::Published);
    QCOMPARE(rows.first().words, 7);

    combined.status = ArticleStatus::Draft;
    QCOMPARE(m_store->list(combined)->size(), 0);
}

void TestArticleStore::listOrderFollowsLastChange()
{
    QStringList ids;
    for (const QString &h : {QStringLiteral("Первая"), QStringLiteral("Вторая"), QStringLiteral("Третья")}) {
        m_clock->advance(1000);
        Article a;
        a.headline = h;
        ids.append(m_store->create(a)->id);
    }
    QCOMPARE(headlines(*m_store->list()),
             QStringList({QStringLiteral("Третья"), QStringLiteral("Вторая"), QStringLiteral("Первая")}));

    m_clock->advance(1000);
    Article first = *m_store->load(ids.at(0));
    first.lead = QStringLiteral("Правка");
    QVERIFY(m_store->save(first));
    const auto rows = *m_store->list();
    QCOMPARE(headlines(rows),
             QStringList({QStringLiteral("Первая"), QStringLiteral("Третья"), QStringLiteral("Вторая")}));
    QCOMPARE(rows.first().updated, m_clock->nowUtc());

    // Same timestamp: the newer article first, deterministically.
    Article a;
    a.headline = QStringLiteral("Четвёртая");
    QVERIFY(m_store->create(a));
    QCOMPARE(m_store->list()->first().headline, QStringLiteral("Четвёртая"));
}

void TestArticleStore::listLimit()
{
    for (int i = 0; i < 5; ++i) {
        m_clock->advance(1000);
        Article a;
        a.headline = QStringLiteral("Статья %1").arg(i);
        QVERIFY(m_store->create(a));
    }
    ArticleFilter filter;
    filter.limit = 2;
    QCOMPARE(headlines(*m_store->list(filter)),
             QStringList({QStringLiteral("Статья 4"), QStringLiteral("Статья 3")}));
    filter.limit = 0;
    QCOMPARE(m_store->list(filter)->size(), 0);
}

void TestArticleStore::revisions()
{
    Article draft;
    draft.headline = QStringLiteral("Версия 1");
    draft.bodyHtml = QStringLiteral("<p>Текст 1</p>");
    auto v1 = m_store->create(draft);
    QVERIFY(v1);
    auto revs = m_store->revisions(v1->id);
    QVERIFY(revs);
    QCOMPARE(revs->size(), 1);
    QCOMPARE(revs->first().version, 1);
    QCOMPARE(revs->first().reason, QStringLiteral("created"));
    QCOMPARE(revs->first().who, QStringLiteral("kolmakova"));
    QCOMPARE(revs->first().articleId, v1->id);
    QCOMPARE(revs->first().created, m_clock->nowUtc());
    QCOMPARE(revs->first().snapshot.headline, QStringLiteral("Версия 1"));

    // An autosave changes the article but records no snapshot.
    m_clock->advance(1000);
    Article edit = *v1;
    edit.headline = QStringLiteral("Версия 2");
    auto v2 = m_store->save(edit, ArticleStore::SaveKind::Autosave);
    QVERIFY(v2);
    QCOMPARE(v2->version, 2);
    QCOMPARE(m_store->revisions(v1->id)->size(), 1);

    // An explicit save does, with who and why.
    m_clock->advance(1000);
    ArticleStore other(m_db, m_clock.get(), Actor::singleDeskAccount(QStringLiteral("seitkali")));
    edit = *v2;
    edit.headline = QStringLiteral("Версия 3");
    edit.bodyHtml = QStringLiteral("<p>Текст 3</p>");
    auto v3 = other.save(edit, ArticleStore::SaveKind::Revision, QStringLiteral("перед сдачей"));
    QVERIFY(v3);
    revs = m_store->revisions(v1->id);
    QCOMPARE(revs->size(), 2);
    const Revision &newest = revs->first();
    QCOMPARE(newest.version, 3);
    QCOMPARE(newest.who, QStringLiteral("seitkali"));
    QCOMPARE(newest.reason, QStringLiteral("перед сдачей"));
    QCOMPARE(newest.created, m_clock->nowUtc());
    QCOMPARE(newest.snapshot.headline, QStringLiteral("Версия 3"));
    QCOMPARE(newest.snapshot.bodyHtml, QStringLiteral("<p>Текст 3</p>"));
    QCOMPARE(newest.snapshot.version, 3);
    QVERIFY(revs->at(0).id > revs->at(1).id);

    auto single = m_store->revision(newest.id);
    QVERIFY(single);
    QCOMPARE(single->reason, newest.reason);
    QCOMPARE(single->snapshot, newest.snapshot);

    QCOMPARE(m_store->revisions(QStringLiteral("no-such-article"))->size(), 0);
}

void TestArticleStore::restore()
{
    const Author author = *m_store->ensureAuthor(
        Author{0, QStringLiteral("Колмакова Виктория"), QStringLiteral("Редактор"), {}});
    Article draft;
    draft.headline = QStringLiteral("Исходный заголовок");
    draft.bodyHtml = QStringLiteral("<p>Исходный текст.</p>");
    draft.tags = {QStringLiteral("исходный")};
    draft.authors = {author};
    auto v1 = m_store->create(draft);
    QVERIFY(v1);
    const qint64 firstRevision = m_store->revisions(v1->id)->first().id;

    Article edit = *v1;
    edit.headline = QStringLiteral("Новый заголовок");
    edit.bodyHtml = QStringLiteral("<p>Новый текст.</p>");
    edit.tags = {QStringLiteral("новый")};
    edit.authors = {};
    auto v2 = m_store->save(edit, ArticleStore::SaveKind::Revision);
    QVERIFY(v2);
    Workflow flow(m_db, m_store->actor(), m_clock.get());
    QVERIFY(flow.submit(v1->id));
    QVERIFY(flow.approve(v1->id));

    m_clock->advance(5000);
    auto restored = m_store->restore(firstRevision, v2->version);
    QVERIFY2(restored, qPrintable(restored.error().message));
    QCOMPARE(restored->version, 3);
    QCOMPARE(restored->headline, QStringLiteral("Исходный заголовок"));
    QCOMPARE(restored->bodyHtml, QStringLiteral("<p>Исходный текст.</p>"));
    QCOMPARE(restored->tags, QStringList{QStringLiteral("исходный")});
    QCOMPARE(restored->authors.size(), 1);
    QCOMPARE(restored->authors.first().name, author.name);
    // Restoring is a text change: the approval is void, and the log says so.
    QCOMPARE(restored->status, ArticleStatus::InReview);
    const auto log = *flow.log(v1->id);
    QCOMPARE(log.last().action, QStringLiteral("approval-voided"));
    QCOMPARE(log.last().from, ArticleStatus::Approved);
    QCOMPARE(log.last().to, ArticleStatus::InReview);
    QCOMPARE(restored->updated, m_clock->nowUtc());
    QCOMPARE(restored->created, v1->created);

    auto loaded = m_store->load(v1->id);
    QCOMPARE(*loaded, *restored);

    const auto revs = *m_store->revisions(v1->id);
    QCOMPARE(revs.size(), 3);
    QCOMPARE(revs.first().reason, QStringLiteral("restore of #%1").arg(firstRevision));
    QCOMPARE(revs.first().version, 3);
    QCOMPARE(revs.first().snapshot.headline, QStringLiteral("Исходный заголовок"));
    // The revision restored from is still there, unchanged.
    QCOMPARE(revs.last().id, firstRevision);
    QCOMPARE(revs.last().snapshot.headline, QStringLiteral("Исходный заголовок"));

    // Search follows the restored text.
    ArticleFilter filter;
    filter.search = QStringLiteral("исходный текст");
    QCOMPARE(m_store->list(filter)->size(), 1);
}

void TestArticleStore::restoreKeepsReplacedText()
{
    // The current text came from autosaves only: restoring over it must not
    // make it unreachable.
    Article draft;
    draft.headline = QStringLiteral("Первая версия");
    auto v1 = m_store->create(draft);
    QVERIFY(v1);
    const qint64 firstRevision = m_store->revisions(v1->id)->first().id;
    Article edit = *v1;
    edit.bodyHtml = QStringLiteral("<p>Набрано после создания, только автосохранения.</p>");
    auto v2 = m_store->save(edit, ArticleStore::SaveKind::Autosave);
    QVERIFY(v2);

    auto restored = m_store->restore(firstRevision, v2->version);
    QVERIFY2(restored, qPrintable(restored.error().message));
    bool kept = false;
    for (const Revision &r : *m_store->revisions(v1->id))
        kept =
            kept || r.snapshot.bodyText == QStringLiteral("Набрано после создания, только автосохранения.");
    QVERIFY2(kept, "the text replaced by the restore is in no revision");
    QCOMPARE(m_store->load(v1->id)->bodyText, QString());
}

void TestArticleStore::restoreWithStaleVersionIsConflict()
{
    Article draft;
    draft.headline = QStringLiteral("Один");
    auto v1 = m_store->create(draft);
    const qint64 firstRevision = m_store->revisions(v1->id)->first().id;
    Article edit = *v1;
    edit.headline = QStringLiteral("Два");
    QVERIFY(m_store->save(edit));

    auto restored = m_store->restore(firstRevision, 1);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::Conflict);
    QCOMPARE(m_store->load(v1->id)->headline, QStringLiteral("Два"));
    QCOMPARE(m_store->revisions(v1->id)->size(), 1);
}

void TestArticleStore::restoreUnknownRevision()
{
    auto restored = m_store->restore(4242, 1);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::NotFound);
}

void TestArticleStore::staleVersionConflictAcrossConnections()
{
    // Two editors on one file: two Database instances, two connections.
    auto other = Database::open(m_file->path());
    QVERIFY(other);
    ArticleStore storeA(m_db, m_clock.get(), Actor::singleDeskAccount(QStringLiteral("a")));
    ArticleStore storeB(*other, m_clock.get(), Actor::singleDeskAccount(QStringLiteral("b")));

    Article draft;
    draft.headline = QStringLiteral("Общая статья");
    draft.bodyHtml = QStringLiteral("<p>Исходный текст.</p>");
    auto created = storeA.create(draft);
    QVERIFY(created);

    Article a = *storeA.load(created->id);
    Article b = *storeB.load(created->id);
    QCOMPARE(a.version, 1);
    QCOMPARE(b.version, 1);

    a.bodyHtml = QStringLiteral("<p>Текст редактора А.</p>");
    auto savedA = storeA.save(a);
    QVERIFY(savedA);
    QCOMPARE(savedA->version, 2);

    b.bodyHtml = QStringLiteral("<p>Текст редактора Б.</p>");
    auto savedB = storeB.save(b, ArticleStore::SaveKind::Revision);
    QVERIFY(!savedB);
    QCOMPARE(savedB.error().code, Error::Code::Conflict);
    QVERIFY2(savedB.error().message.contains(QStringLiteral("2")), qPrintable(savedB.error().message));

    for (ArticleStore *store : {&storeA, &storeB}) {
        const Article stored = *store->load(created->id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.bodyText, QStringLiteral("Текст редактора А."));
    }
    QCOMPARE(storeB.revisions(created->id)->size(), 1); // the refused revision left nothing

    // B reloads and saves on top of A: accepted.
    Article reloaded = *storeB.load(created->id);
    reloaded.bodyHtml = QStringLiteral("<p>Текст редактора А. И Б.</p>");
    auto again = storeB.save(reloaded);
    QVERIFY(again);
    QCOMPARE(again->version, 3);
    QCOMPARE(storeA.load(created->id)->bodyText, QStringLiteral("Текст редактора А. И Б."));
}

void TestArticleStore::sameStoreConflict()
{
    Article draft;
    draft.headline = QStringLiteral("Статья");
    auto v1 = m_store->create(draft);
    Article first = *v1;
    first.headline = QStringLiteral("Правка 1");
    QVERIFY(m_store->save(first));
    Article second = *v1; // still version 1
    second.headline = QStringLiteral("Правка 2");
    auto refused = m_store->save(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(m_store->load(v1->id)->headline, QStringLiteral("Правка 1"));
}

void TestArticleStore::editorState()
{
    auto missing = m_store->editorState(QStringLiteral("last_article"));
    QVERIFY(missing);
    QVERIFY(missing->isEmpty());

    QVERIFY(m_store->setEditorState(QStringLiteral("last_article"), QStringLiteral("abc")));
    QCOMPARE(*m_store->editorState(QStringLiteral("last_article")), QStringLiteral("abc"));
    QVERIFY(m_store->setEditorState(QStringLiteral("last_article"), QStringLiteral("def")));
    QCOMPARE(*m_store->editorState(QStringLiteral("last_article")), QStringLiteral("def"));
    QVERIFY(m_store->setEditorState(QStringLiteral("cursor:def"), QStringLiteral("42")));
    QCOMPARE(*m_store->editorState(QStringLiteral("cursor:def")), QStringLiteral("42"));
    QVERIFY(m_store->setEditorState(QStringLiteral("пустое"), QString()));
    auto empty = m_store->editorState(QStringLiteral("пустое"));
    QVERIFY(empty);
    QCOMPARE(*empty, QString());

    // Kept in the file: another connection sees it.
    auto other = Database::open(m_file->path());
    ArticleStore otherStore(*other);
    QCOMPARE(*otherStore.editorState(QStringLiteral("last_article")), QStringLiteral("def"));
}

void TestArticleStore::authorsAndRegions()
{
    auto first =
        m_store->ensureAuthor(Author{0, QStringLiteral("  Сейтқали   Айгүл "), QStringLiteral("Тілші"), {}});
    QVERIFY(first);
    QCOMPARE(first->name, QStringLiteral("Сейтқали Айгүл"));
    auto again = m_store->ensureAuthor(Author{0, QStringLiteral("Сейтқали Айгүл"), QString(), {}});
    QVERIFY(again);
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->position, QStringLiteral("Тілші"));
    auto nameless = m_store->ensureAuthor(Author{0, QStringLiteral("  "), {}, {}});
    QVERIFY(!nameless);
    QCOMPARE(nameless.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->authors()->size(), 1);

    // A byline naming one author twice keeps one.
    Article a;
    a.headline = QStringLiteral("Статья");
    a.region = QStringLiteral("Шымкент");
    a.authors = {*first, *first};
    auto created = m_store->create(a);
    QVERIFY(created);
    QCOMPARE(created->authors.size(), 1);
    Article b;
    b.headline = QStringLiteral("Другая");
    b.region = QStringLiteral("Алматы");
    QVERIFY(m_store->create(b));
    QCOMPARE(*m_store->regions(), QStringList({QStringLiteral("Алматы"), QStringLiteral("Шымкент")}));
}

void TestArticleStore::worksFromAnotherThread()
{
    Article a;
    a.headline = QStringLiteral("Из главного потока");
    auto created = m_store->create(a);
    QVERIFY(created);
    const ArticleStore copy = *m_store;
    QFuture<QString> future = QtConcurrent::run([copy, id = created->id]() -> QString {
        ArticleStore store = copy; // the worker's own copy, its own connection
        auto loaded = store.load(id);
        if (!loaded)
            return QStringLiteral("load failed: ") + loaded.error().detail;
        Article edited = *loaded;
        edited.headline = QStringLiteral("Из рабочего потока");
        auto saved = store.save(edited);
        return saved ? QString() : QStringLiteral("save failed: ") + saved.error().detail;
    });
    future.waitForFinished();
    QCOMPARE(future.result(), QString());
    QCOMPARE(m_store->load(created->id)->headline, QStringLiteral("Из рабочего потока"));
}

void TestArticleStore::concurrentSavesOneWins()
{
    // Four desks, each with its own database connection, save their edit of
    // the same version at the same moment: one save wins, the others are told
    // of the conflict, and nothing is lost or doubled.
    Article draft;
    draft.headline = QStringLiteral("Спорная статья");
    draft.bodyHtml = QStringLiteral("<p>Исходный текст.</p>");
    auto created = m_store->create(draft);
    QVERIFY(created);
    constexpr int desks = 4;
    std::latch ready(desks);
    QString outcome[desks];
    QList<QThread *> threads;
    for (int i = 0; i < desks; ++i) {
        threads.append(QThread::create([&, i] {
            auto db = Database::open(m_file->path());
            if (!db) {
                outcome[i] = db.error().message;
                ready.count_down();
                return;
            }
            ArticleStore store(*db, m_clock.get(), Actor::singleDeskAccount(QStringLiteral("desk%1").arg(i)));
            auto loaded = store.load(created->id);
            if (!loaded) {
                outcome[i] = loaded.error().message;
                ready.count_down();
                return;
            }
            Article edited = *loaded;
            edited.bodyHtml = QStringLiteral("<p>Правка стола %1.</p>").arg(i);
            ready.arrive_and_wait();
            auto saved = store.save(edited, ArticleStore::SaveKind::Revision);
            outcome[i] = saved                                         ? QStringLiteral("saved")
                         : saved.error().code == Error::Code::Conflict ? QStringLiteral("conflict")
                                                                       : saved.error().detail;
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    int winner = -1;
    for (int i = 0; i < desks; ++i) {
        QVERIFY2(outcome[i] == u"saved" || outcome[i] == u"conflict", qPrintable(outcome[i]));
        if (outcome[i] == u"saved") {
            QCOMPARE(winner, -1);
            winner = i;
        }
    }
    QVERIFY(winner >= 0);
    auto stored = m_store->load(created->id);
    QVERIFY(stored);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->bodyText, QStringLiteral("Правка стола %1.").arg(winner));
    QCOMPARE(m_store->revisions(created->id)->size(), 2);
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
