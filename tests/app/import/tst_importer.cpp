#include "app/import/importer.h"
#include "app/text/quoteanalyzer.h"
#include "app/text/typography.h"
#include "tests/support/testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;

// Agency copy and web pages in many shapes: the design sample (a news page
// copied from a browser), HTML pages with navigation, banners and figures,
// agency wires with a dateline, an English release, Kazakh copy, a press
// office release, a messenger forward, legacy encodings and bad input.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sampleArticle();
    void sampleArticleWithTypography();

    void htmlNewsPage();
    void htmlEnglishPageWithFigureCredit();
    void agencyWireWithDateline();
    void englishPressRelease();
    void kazakhText();
    void pressOfficeRelease();
    void authorAfterTheStory();
    void messengerForward();
    void bylineInEitherOrderIsOneAuthor();
    void htmlImageFollowedByCaptionAndCredit();
    void typographyKeepsHtmlFormatting();
    void newsroomChromeWords();
    void dateline_data();
    void dateline();
    void language_data();
    void language();
    void guessFormat_data();
    void guessFormat();
    void jsonShape();

    void windows1251File();
    void koi8rFile();
    void unicodeFilesWithBom();
    void emptyFile();
    void binaryFile();
    void undecodableBytes();
    void missingFile();
    void oversizedFileRefusedUnread();
    void hostileHtml();
    void hostileStructureStaysLinear();
    void noHeadlineText();
    void noHeadlineHtml();
    void hugeHtmlPage();
    void hugeTextQuotesAsOneAnalysis();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The whole body as the importer would publish it: paragraphs and body HTML.
QString everything(const ImportedDraft &d)
{
    return d.headline + u'\n' + d.lead + u'\n' + d.paragraphs.join(u'\n') + u'\n' + d.bodyHtml;
}

bool hasFinding(const ImportedDraft &d, const QString &code, Finding::Severity severity)
{
    for (const Finding &f : d.findings)
        if (f.code == code && f.severity == severity)
            return true;
    return false;
}

int findingCount(const ImportedDraft &d, const QString &code)
{
    int n = 0;
    for (const Finding &f : d.findings)
        n += f.code == code ? 1 : 0;
    return n;
}

} // namespace

void TestImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    if (!Test::writeFile(path, bytes))
        return {};
    return path;
}

// ---- the design sample -------------------------------------------------------

void TestImporter::sampleArticle()
{
    const QString path = QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt");
    if (!QFile::exists(path))
        QSKIP("the shared fixtures are not beside this checkout");
    QString encoding;
    const auto text = Importer::readText(path, &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QCOMPARE(Importer::guessFormat(*text), QStringLiteral("text"));
    const auto result = Importer::fromFile(path);
    QVERIFY(result.ok());
    const ImportedDraft &d = *result;

    QCOMPARE(d.format, QStringLiteral("text"));
    QCOMPARE(d.language, QStringLiteral("ru"));
    QCOMPARE(d.headline, u8("\"В стране должен царить закон\": Токаев - акимам"));
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("Колмакова Виктория"));
    QCOMPARE(d.authors[0].position, u8("Редактор региональных новостей"));
    QCOMPARE(d.source, u8("Акорда"));
    QCOMPARE(d.sourcePhrase, u8("передает Акорда"));
    QVERIFY(d.dateline.isEmpty());
    QCOMPARE(d.lead, u8("Глава государства Касым-Жомарт Токаев провел рабочее совещание с акимами областей, "
                        "городов Нур-Султана, Алматы и Шымкента, передает Акорда."));
    QCOMPARE(d.original, *text);

    const QStringList body = {
        u8("В своем выступлении президент поставил перед корпусом акимов ряд задач. Прежде всего, по мнению "
           "главы государства, необходимо обеспечить защиту прав и свобод граждан, их спокойствие и "
           "безопасность."),
        u8("\"В стране должен царить закон. Перед законом все равны: и представители власти, и граждане. "
           "Главное – это диалог с народом. Власть должна слушать и слышать народ. Чиновники не должны "
           "отсиживаться в кабинетах. Надо работать с людьми. Акимы должны разъяснять гражданам политику "
           "государства\", - заявил Касым-Жомарт Токаев."),
        u8("Одним из приоритетов работы акимов президент назвал создание новых рабочих мест, обеспечение "
           "продуктивной занятости населения."),
        u8("По словам главы государства, оценка работы акимов будет основываться на решении проблемы "
           "занятости."),
        u8("Президент поручил главам регионов внести предложения по кандидатурам в состав созданного "
           "Национального Совета общественного доверия. Касым-Жомарт Токаев подчеркнул, что это должны быть "
           "наиболее достойные представители всех регионов страны, какая-либо протекция недопустима."),
        u8("Глава государства также остановился на актуальных вопросах молодежной политики, необходимости "
           "создания социальных лифтов для нового поколения."),
        u8("\"По моему поручению будет сформирован Президентский кадровый резерв, в который войдут 300 "
           "молодых людей. Задача акимов – отобрать претендентов в резерв из числа самых талантливых и "
           "перспективных управленцев\", – сказал Касым-Жомарт Токаев."),
        u8("В завершение глава государства дал ряд других конкретных поручений."),
    };
    QCOMPARE(d.paragraphs, body);
    QVERIFY(d.bodyHtml.startsWith(u8("<p>В своем выступлении")));
    QCOMPARE(d.bodyHtml.count(QStringLiteral("<p>")), body.size());

    // Every line of site chrome is left out, and listed for the preview.
    const QStringList chrome = {
        u8("jitsu gif"),
        u8("Провели подряд дней с нами"),
        u8("Узнавайте обо всем первыми"),
        u8("Подпишитесь и узнавайте о свежих новостях Казахстана, фото, видео и других эксклюзивах"),
        u8("Instagram"),
        u8("Закладки"),
        u8("Пока здесь пусто"),
        u8("Используйте кнопку «"),
        u8("» на странице публикации, чтобы сохранить её в свой личный список закладок."),
    };
    const QString published = everything(d).remove(d.headline).remove(d.lead);
    for (const QString &line : chrome) {
        QVERIFY2(d.dropped.contains(line), qPrintable(line));
        QVERIFY2(!published.contains(line), qPrintable(line));
    }
    // The author's name stood twice: one author, the repeat is dropped.
    QCOMPARE(d.dropped.count(u8("Колмакова Виктория")), 1);
    QCOMPARE(d.dropped.size(), chrome.size() + 1);
    QVERIFY(!published.contains(u8("Колмакова")));
    QVERIFY(!published.contains(u8("Фото:")));
    QVERIFY(!published.contains(u8("UGC")));

    // The lead photo from ": UGC" under the headline, then three in the body.
    QCOMPARE(d.photos.size(), 4);
    const PhotoSlot &leadPhoto = d.photos[0];
    QVERIFY(leadPhoto.lead);
    QVERIFY(leadPhoto.caption.isEmpty());
    QCOMPARE(leadPhoto.creditType, std::optional<CreditType>(CreditType::Ugc));
    QVERIFY(leadPhoto.creditSource.isEmpty());
    QCOMPARE(leadPhoto.creditLine, QStringLiteral(": UGC"));
    QCOMPARE(leadPhoto.afterParagraph, -1);
    QCOMPARE(findingCount(d, QStringLiteral("import.slot-caption")), 1);
    QVERIFY(hasFinding(d, QStringLiteral("import.slot-caption"), Finding::Severity::Warning));

    const QString met = u8("Токаев встретился с акимами Нур-Султана, Алматы и Шымкента");
    const QStringList captions = {u8("Токаев провел совещание с акимами Нур-Султана, Алматы и Шымкента"), met,
                                  met};
    // The first stands between the lead and the body, the others after ¶ 2 and ¶ 4.
    const QList<int> after = {-1, 2, 4};
    for (int i = 0; i < 3; ++i) {
        const PhotoSlot &slot = d.photos[i + 1];
        QVERIFY(!slot.lead);
        QCOMPARE(slot.caption, captions[i]);
        QCOMPARE(slot.creditSource, u8("Акорда"));
        QCOMPARE(slot.creditType, std::optional<CreditType>(CreditType::Ugc));
        QCOMPARE(slot.creditLine, u8("Фото: Акорда: UGC"));
        QCOMPARE(slot.afterParagraph, after[i]);
        QVERIFY(slot.imageUrl.isEmpty());
    }

    // The two body quotes, attributed to the President; the headline quote too.
    QList<Quote> bodyQuotes;
    for (const Quote &q : d.quotes.quotes)
        if (q.paragraph >= 2)
            bodyQuotes.append(q);
    QCOMPARE(bodyQuotes.size(), 2);
    for (const Quote &q : bodyQuotes) {
        QVERIFY(q.attributed);
        QCOMPARE(q.speaker, u8("Касым-Жомарт Токаев"));
    }
    QVERIFY(bodyQuotes[0].text.startsWith(u8("В стране должен царить закон. Перед законом")));
    QVERIFY(bodyQuotes[1].text.startsWith(u8("По моему поручению")));
    QVERIFY(!d.quotes.quotes.isEmpty());
    QCOMPARE(d.quotes.quotes.first().paragraph, 0);
    QCOMPARE(d.quotes.quotes.first().text, u8("В стране должен царить закон"));

    QVERIFY(!hasFinding(d, QStringLiteral("import.no-headline"), Finding::Severity::Error));
    QCOMPARE(findingCount(d, QStringLiteral("import.no-author")), 0);
}

void TestImporter::sampleArticleWithTypography()
{
    const QString path = QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt");
    if (!QFile::exists(path))
        QSKIP("the shared fixtures are not beside this checkout");
    ImportOptions options;
    options.typography = true;
    const auto result = Importer::fromFile(path, QStringLiteral("text"), options);
    QVERIFY(result.ok());
    const ImportedDraft &d = *result;
    // The house typography: «ёлочки», a no-break space before the dash and
    // after the short preposition.
    QCOMPARE(d.headline, u8("«В\u00A0стране должен царить закон»: Токаев\u00A0— акимам"));
    Typography::Options typo;
    typo.language = QStringLiteral("ru");
    QCOMPARE(d.headline, Typography::apply(u8("\"В стране должен царить закон\": Токаев - акимам"), typo));
    QVERIFY(d.paragraphs[1].startsWith(u8("«В\u00A0стране должен царить закон.")));
    QVERIFY(d.paragraphs[1].endsWith(u8("государства»,\u00A0— заявил Касым-Жомарт Токаев.")));
    QVERIFY(d.bodyHtml.contains(u8("«В\u00A0стране должен царить закон.")));
    QVERIFY(!d.bodyHtml.contains(QStringLiteral("&quot;")));
    for (const QString &p : d.paragraphs)
        QCOMPARE(Typography::apply(p, typo), p);
    // The structure is the same as without the typography.
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.source, u8("Акорда"));
    QCOMPARE(d.photos.size(), 4);
    QCOMPARE(d.paragraphs.size(), 8);
    int attributed = 0;
    for (const Quote &q : d.quotes.quotes)
        attributed += (q.paragraph >= 2 && q.speaker == u8("Касым-Жомарт Токаев")) ? 1 : 0;
    QCOMPARE(attributed, 2);
}

// ---- other shapes ----------------------------------------------------------

void TestImporter::htmlNewsPage()
{
    const QString html = u8(R"html(<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Алматы получит 40 новых трамваев — Новости Алматы</title>
<meta name="author" content="Редакция">
<style>body { color: red; } .lead { font-weight: bold }</style>
<script>window.dataLayer = []; function track() { return "Подпишитесь"; }</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/logo.svg" alt="Новости Алматы"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Главная</a></li>
      <li><a href="/politics">Политика</a></li>
      <li><a href="/city">Город</a></li>
      <li><a href="/sport">Спорт</a></li>
    </ul>
  </nav>
</header>
<div class="cookie-banner">Мы используем файлы cookie для работы сайта. <button>Понятно</button></div>
<div class="breadcrumbs"><a href="/">Главная</a> › <a href="/city">Город</a> › Транспорт</div>
<main>
<article>
  <h1>Алматы получит 40 новых трамваев до конца 2025 года</h1>
  <div class="article-meta"><span class="author">Автор: Ержан Султанов, корреспондент</span>
    <time datetime="2024-03-12">12 марта 2024, 09:30</time></div>
  <p class="lead">Первые 10 низкопольных трамваев выйдут на линию в Алматы уже летом, сообщает пресс-служба акимата города.</p>
  <p>Вагоны соберут на заводе в <b>Павлодаре</b>. Контракт на поставку подписан в понедельник, его сумма – 38 млрд тенге.</p>
  <figure>
    <img src="https://example.kz/img/tram.jpg" alt="Новый трамвай на испытаниях в депо">
    <figcaption>Новый трамвай в депо на Райымбека. Фото: пресс-служба акимата Алматы</figcaption>
  </figure>
  <p>«Мы обновим весь подвижной состав за два года. Трамвай снова станет главным транспортом центра», – сказал аким Алматы Ерболат Досаев.</p>
  <p>Читайте также: <a href="https://example.kz/news/metro">Метро Алматы продлят до Калкамана</a></p>
  <p>Подробности о маршрутах опубликованы на <a href="https://almaty.gov.kz/tram?utm_source=newsletter&amp;id=7">сайте акимата</a>. Стоимость проезда не изменится.</p>
  <aside class="related">
    <h3>Читайте также</h3>
    <ul>
      <li><a href="/a1">Алматинцы выбрали цвет новых автобусов</a></li>
      <li><a href="/a2">В Алматы закрыли движение по Абая</a></li>
      <li><a href="/a3">Как изменится транспорт в 2025 году</a></li>
    </ul>
  </aside>
  <p>Депо на Райымбека реконструируют к осени. Там смогут обслуживать до 60 вагонов одновременно.</p>
  <div class="share">Поделиться: <a href="https://facebook.com/share">Facebook</a> <a href="https://t.me/share">Telegram</a></div>
</article>
</main>
<footer>
  <p>© 2024 Новости Алматы. Все права защищены.</p>
  <p><a href="/about">О нас</a> | <a href="/ads">Реклама</a> | <a href="/contacts">Контакты</a></p>
</footer>
</body>
</html>
)html");
    QCOMPARE(Importer::guessFormat(html), QStringLiteral("html"));
    const ImportedDraft d = Importer::fromHtml(html);
    QCOMPARE(d.format, QStringLiteral("html"));
    QCOMPARE(d.language, QStringLiteral("ru"));
    QCOMPARE(d.headline, u8("Алматы получит 40 новых трамваев до конца 2025 года"));
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("Ержан Султанов"));
    QCOMPARE(d.authors[0].position, u8("корреспондент"));
    QCOMPARE(d.lead, u8("Первые 10 низкопольных трамваев выйдут на линию в Алматы уже летом, сообщает "
                        "пресс-служба акимата города."));
    QCOMPARE(d.source, u8("пресс-служба акимата города"));
    QCOMPARE(d.sourcePhrase, u8("сообщает пресс-служба акимата города"));
    const QStringList body = {
        u8("Вагоны соберут на заводе в Павлодаре. Контракт на поставку подписан в понедельник, его сумма – "
           "38 "
           "млрд тенге."),
        u8("«Мы обновим весь подвижной состав за два года. Трамвай снова станет главным транспортом центра», "
           "– сказал аким Алматы Ерболат Досаев."),
        u8("Подробности о маршрутах опубликованы на сайте акимата. Стоимость проезда не изменится."),
        u8("Депо на Райымбека реконструируют к осени. Там смогут обслуживать до 60 вагонов одновременно."),
    };
    QCOMPARE(d.paragraphs, body);

    // Formatting and links survive; tracking parameters do not.
    QVERIFY(d.bodyHtml.contains(u8("<strong>Павлодаре</strong>")));
    QVERIFY(d.bodyHtml.contains(QStringLiteral("href=\"https://almaty.gov.kz/tram?id=7\"")));
    QVERIFY(!d.bodyHtml.contains(QStringLiteral("utm_")));

    QCOMPARE(d.photos.size(), 1);
    const PhotoSlot &photo = d.photos[0];
    QCOMPARE(photo.caption, u8("Новый трамвай в депо на Райымбека."));
    QCOMPARE(photo.alt, u8("Новый трамвай на испытаниях в депо"));
    QCOMPARE(photo.imageUrl, QStringLiteral("https://example.kz/img/tram.jpg"));
    QCOMPARE(photo.creditSource, u8("пресс-служба акимата Алматы"));
    QCOMPARE(photo.creditType, std::optional<CreditType>(CreditType::PressService));
    QCOMPARE(photo.creditLine, u8("Фото: пресс-служба акимата Алматы"));
    QCOMPARE(photo.afterParagraph, 0);
    QVERIFY(!photo.lead);

    // Navigation, the cookie banner, breadcrumbs, "read also", sharing and the footer.
    for (const char *line : {"Главная", "Политика", "Мы используем файлы cookie для работы сайта.",
                             "Главная › Город › Транспорт", "12 марта 2024, 09:30",
                             "Читайте также: Метро Алматы продлят до Калкамана", "Читайте также",
                             "Алматинцы выбрали цвет новых автобусов", "Как изменится транспорт в 2025 году",
                             "Поделиться: Facebook Telegram", "© 2024 Новости Алматы. Все права защищены.",
                             "О нас | Реклама | Контакты"}) {
        QVERIFY2(d.dropped.contains(u8(line)), line);
        QVERIFY2(!everything(d).contains(u8(line)) || u8(line) == u8("Главная"), line);
    }
    // Scripts, styles, the title and the button are no text at all.
    for (const char *gone : {"dataLayer", "color: red", "Понятно", "Подпишитесь"})
        QVERIFY2(!everything(d).contains(u8(gone)) && !d.dropped.join(u'\n').contains(u8(gone)), gone);
    QVERIFY(!everything(d).contains(u8("Новости Алматы")));

    QCOMPARE(d.quotes.quotes.size(), 1);
    QVERIFY(d.quotes.quotes[0].attributed);
    QVERIFY(d.quotes.quotes[0].speaker.contains(u8("Досаев")));
    QVERIFY(d.findings.isEmpty());
}

void TestImporter::htmlEnglishPageWithFigureCredit()
{
    const QString html =
        u8(R"html(<html><head><meta property="og:title" content="Wind farm opens in Zhambyl"></head>
<body>
<div id="top-bar"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
<article class="story">
<header>
<h1>Kazakhstan opens its largest wind farm in Zhambyl region</h1>
<p class="byline">By <a href="/staff/jane-doe" rel="author">Jane Doe</a> and Arman Seitkali</p>
</header>
<p>The 100-megawatt wind farm near Zhanatas began supplying power to the national grid on Tuesday, according to the Ministry of Energy.</p>
<figure><img src="https://example.com/wind.jpg" alt="Wind turbines on the steppe near Zhanatas">
<figcaption>Turbines near Zhanatas. <span class="credit">Reuters/Pavel Mikheyev</span></figcaption></figure>
<p>The project cost $150 million and was <em>financed by a group of European banks</em>.</p>
<p>"This is the first of five wind farms we plan to build by 2030," Energy Minister Almasadam Satkaliyev said at the opening ceremony.</p>
<h2>Cleaner power for the south</h2>
<p>The southern regions have long depended on electricity from coal plants in the north.</p>
<ul><li>Capacity: 100 MW</li><li>Turbines: 40</li></ul>
</article>
<section class="comments"><h3>Comments (2)</h3>
<p>Great news for Zhambyl, finally something good happens here.</p>
<p>I doubt the turbines will survive the winter winds at all.</p></section>
<footer><p>Copyright 2024 Steppe Times. All rights reserved.</p></footer>
</body></html>)html");
    const ImportedDraft d = Importer::fromHtml(html);
    QCOMPARE(d.language, QStringLiteral("en"));
    QCOMPARE(d.headline, u8("Kazakhstan opens its largest wind farm in Zhambyl region"));
    QCOMPARE(d.authors.size(), 2);
    QCOMPARE(d.authors[0].name, u8("Jane Doe"));
    QCOMPARE(d.authors[1].name, u8("Arman Seitkali"));
    QVERIFY(d.authors[0].position.isEmpty());
    QCOMPARE(d.lead, u8("The 100-megawatt wind farm near Zhanatas began supplying power to the national grid "
                        "on Tuesday, according to the Ministry of Energy."));
    QCOMPARE(d.source, u8("Ministry of Energy"));
    QCOMPARE(d.sourcePhrase, u8("according to the Ministry of Energy"));
    const QStringList body = {
        u8("The project cost $150 million and was financed by a group of European banks."),
        u8("\"This is the first of five wind farms we plan to build by 2030,\" Energy Minister Almasadam "
           "Satkaliyev said at the opening ceremony."),
        u8("Cleaner power for the south"),
        u8("The southern regions have long depended on electricity from coal plants in the north."),
        u8("Capacity: 100 MW"),
        u8("Turbines: 40"),
    };
    QCOMPARE(d.paragraphs, body);
    QVERIFY(d.bodyHtml.contains(u8("<em>financed by a group of European banks</em>")));
    QVERIFY(d.bodyHtml.contains(u8("<h2>Cleaner power for the south</h2>")));
    QVERIFY(d.bodyHtml.contains(u8("<ul><li>Capacity: 100 MW</li>")));

    QCOMPARE(d.photos.size(), 1);
    const PhotoSlot &photo = d.photos[0];
    QCOMPARE(photo.caption, u8("Turbines near Zhanatas."));
    QCOMPARE(photo.alt, u8("Wind turbines on the steppe near Zhanatas"));
    QCOMPARE(photo.imageUrl, u8("https://example.com/wind.jpg"));
    QCOMPARE(photo.creditSource, u8("Reuters/Pavel Mikheyev"));
    QCOMPARE(photo.creditType, std::optional<CreditType>(CreditType::Agency));
    QCOMPARE(photo.afterParagraph, -1); // between the lead and the body
    QVERIFY(!photo.lead);

    for (const char *line :
         {"Log in Subscribe", "Comments (2)", "Great news for Zhambyl, finally something good happens here.",
          "I doubt the turbines will survive the winter winds at all.",
          "Copyright 2024 Steppe Times. All rights reserved."}) {
        QVERIFY2(d.dropped.contains(u8(line)), line);
        QVERIFY2(!everything(d).contains(u8(line)), line);
    }
    QCOMPARE(d.quotes.quotes.size(), 1);
    QVERIFY(d.quotes.quotes[0].speaker.contains(u8("Satkaliyev")));
}

void TestImporter::agencyWireWithDateline()
{
    const QString wire =
        u8("Токаев подписал закон о медиации\n"
           "\n"
           "АСТАНА. 12 марта. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев подписал закон "
           "о внесении изменений в законодательство по вопросам медиации, сообщает пресс-служба "
           "Акорды.\n"
           "\n"
           "Закон расширяет круг споров, которые можно урегулировать без суда, и вводит "
           "онлайн-медиацию.\n"
           "\n"
           "«Медиация должна стать первым шагом в решении любого спора», – отметил ранее "
           "Президент.\n"
           "\n"
           "Фото: Акорда\n");
    const ImportedDraft d = Importer::fromText(wire);
    QCOMPARE(d.headline, u8("Токаев подписал закон о медиации"));
    QCOMPARE(d.dateline, u8("АСТАНА. 12 марта. КАЗИНФОРМ"));
    QCOMPARE(d.source, u8("КАЗИНФОРМ"));
    QCOMPARE(d.lead, u8("Глава государства Касым-Жомарт Токаев подписал закон о внесении изменений в "
                        "законодательство по вопросам медиации, сообщает пресс-служба Акорды."));
    QCOMPARE(d.paragraphs.size(), 2);
    QVERIFY(d.paragraphs[0].startsWith(u8("Закон расширяет")));
    QVERIFY(d.paragraphs[1].startsWith(u8("«Медиация должна")));
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].creditSource, u8("Акорда"));
    QCOMPARE(d.photos[0].creditType, std::nullopt); // not in the mapping: the editor decides
    QVERIFY(d.photos[0].caption.isEmpty());
    QCOMPARE(d.photos[0].afterParagraph, 1);
    QVERIFY(!d.photos[0].lead);
    QVERIFY(d.authors.isEmpty());
    QVERIFY(hasFinding(d, QStringLiteral("import.no-author"), Finding::Severity::Warning));
    QVERIFY(hasFinding(d, QStringLiteral("import.slot-caption"), Finding::Severity::Warning));
    QVERIFY(d.dropped.isEmpty());
    QCOMPARE(d.quotes.quotes.size(), 1);
    QVERIFY(d.quotes.quotes[0].attributed);
}

void TestImporter::englishPressRelease()
{
    const QString release =
        u8("FOR IMMEDIATE RELEASE\n"
           "\n"
           "Kazakhstan Launches National Water Saving Program\n"
           "\n"
           "By John Smith, Staff Reporter\n"
           "March 12, 2024\n"
           "\n"
           "Kazakhstan will cut water losses in its irrigation canals by a third by 2030, "
           "according to the Ministry of Water Resources.\n"
           "\n"
           "The program covers 3,500 kilometers of canals in the southern regions. Farmers "
           "will receive subsidies for drip irrigation systems.\n"
           "\n"
           "\"Every drop we save in the canals is a drop for our farmers,\" Minister Nurzhan "
           "Nurzhigitov said.\n"
           "\n"
           "Workers repair an irrigation canal in Turkistan region\n"
           "Photo: Kazinform\n"
           "\n"
           "Media contact: press@example.kz\n"
           "###\n");
    const ImportedDraft d = Importer::fromText(release);
    QCOMPARE(d.language, QStringLiteral("en"));
    QCOMPARE(d.headline, u8("Kazakhstan Launches National Water Saving Program"));
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("John Smith"));
    QCOMPARE(d.authors[0].position, u8("Staff Reporter"));
    QCOMPARE(d.lead,
             u8("Kazakhstan will cut water losses in its irrigation canals by a third by 2030, according "
                "to the Ministry of Water Resources."));
    QCOMPARE(d.source, u8("Ministry of Water Resources"));
    QCOMPARE(d.sourcePhrase, u8("according to the Ministry of Water Resources"));
    QCOMPARE(d.paragraphs.size(), 2);
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].caption, u8("Workers repair an irrigation canal in Turkistan region"));
    QCOMPARE(d.photos[0].creditSource, u8("Kazinform"));
    QCOMPARE(d.photos[0].creditType, std::optional<CreditType>(CreditType::Agency));
    QCOMPARE(d.photos[0].creditLine, u8("Photo: Kazinform"));
    QCOMPARE(d.photos[0].afterParagraph, 1);
    const QStringList dropped = {u8("FOR IMMEDIATE RELEASE"), u8("March 12, 2024"),
                                 u8("Media contact: press@example.kz"), u8("###")};
    QCOMPARE(d.dropped, dropped);
    QCOMPARE(d.quotes.quotes.size(), 1);
    QVERIFY(d.quotes.quotes[0].speaker.contains(u8("Nurzhigitov")));
    QVERIFY(!hasFinding(d, QStringLiteral("import.slot-caption"), Finding::Severity::Warning));
}

void TestImporter::kazakhText()
{
    const QString text =
        u8("Ақтөбеде 300 орындық жаңа аурухана ашылды\n"
           "\n"
           "Ақтөбе қаласында 300 орындық көпбейінді аурухана пайдалануға берілді, деп "
           "хабарлайды Ақорда.\n"
           "\n"
           "Аурухананың құрылысына 25 миллиард теңге жұмсалды. Мұнда 600-ден астам дәрігер мен "
           "мейірбике жұмыс істейді.\n"
           "\n"
           "Жаңа аурухана ғимараты\n"
           "Сурет: Ақорда\n"
           "\n"
           "Сондай-ақ оқыңыз: Шымкентте перинаталдық орталық ашылды\n"
           "\n"
           "«Бұл аурухана облыстағы кезекті екі есе қысқартады», – деді облыс әкімі Асхат "
           "Шахаров.\n"
           "\n"
           "Айнұр Жұмабаева\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.language, QStringLiteral("kk"));
    QCOMPARE(d.headline, u8("Ақтөбеде 300 орындық жаңа аурухана ашылды"));
    QCOMPARE(d.lead,
             u8("Ақтөбе қаласында 300 орындық көпбейінді аурухана пайдалануға берілді, деп хабарлайды "
                "Ақорда."));
    QCOMPARE(d.source, u8("Ақорда"));
    QCOMPARE(d.sourcePhrase, u8("хабарлайды Ақорда"));
    QCOMPARE(d.paragraphs.size(), 2);
    QVERIFY(d.paragraphs[1].startsWith(u8("«Бұл аурухана")));
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].caption, u8("Жаңа аурухана ғимараты"));
    QCOMPARE(d.photos[0].creditSource, u8("Ақорда"));
    QCOMPARE(d.photos[0].creditLine, u8("Сурет: Ақорда"));
    QCOMPARE(d.photos[0].afterParagraph, 0);
    QCOMPARE(d.dropped, QStringList{u8("Сондай-ақ оқыңыз: Шымкентте перинаталдық орталық ашылды")});
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("Айнұр Жұмабаева"));
    QCOMPARE(d.quotes.quotes.size(), 1);
    QVERIFY(d.quotes.quotes[0].speaker.contains(u8("Шахаров")));
}

void TestImporter::pressOfficeRelease()
{
    const QString text =
        u8("ПРЕСС-РЕЛИЗ\n"
           "\n"
           "В Павлодаре стартовал прием заявок на молодежные гранты\n"
           "\n"
           "Прием заявок на конкурс социальных проектов для молодежи стартовал в Павлодарской "
           "области, сообщает пресс-служба акимата Павлодарской области.\n"
           "\n"
           "Победители получат гранты до 3 млн тенге на реализацию своих идей. Заявки "
           "принимаются до 15 апреля на портале e-gov.kz.\n"
           "\n"
           "«Мы ждем проекты в сфере экологии, волонтерства и цифровых навыков», – отметила "
           "руководитель управления молодежной политики Асем Жумабаева.\n"
           "\n"
           "Участники конкурса на презентации в Доме молодежи\n"
           "Фото: пресс-служба акимата Павлодарской области\n"
           "\n"
           "Контакты для СМИ: +7 (7182) 55-00-00, press@pavlodar.gov.kz\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.headline, u8("В Павлодаре стартовал прием заявок на молодежные гранты"));
    QCOMPARE(d.source, u8("пресс-служба акимата Павлодарской области"));
    QCOMPARE(d.sourcePhrase, u8("сообщает пресс-служба акимата Павлодарской области"));
    QVERIFY(d.lead.startsWith(u8("Прием заявок на конкурс")));
    QCOMPARE(d.paragraphs.size(), 2);
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].caption, u8("Участники конкурса на презентации в Доме молодежи"));
    QCOMPARE(d.photos[0].creditSource, u8("пресс-служба акимата Павлодарской области"));
    QCOMPARE(d.photos[0].creditType, std::optional<CreditType>(CreditType::PressService));
    QCOMPARE(d.photos[0].afterParagraph, 1);
    const QStringList dropped = {u8("ПРЕСС-РЕЛИЗ"),
                                 u8("Контакты для СМИ: +7 (7182) 55-00-00, press@pavlodar.gov.kz")};
    QCOMPARE(d.dropped, dropped);
    QVERIFY(d.authors.isEmpty());
}

void TestImporter::authorAfterTheStory()
{
    const QString text =
        u8("Главная\n"
           "Общество\n"
           "Происшествия\n"
           "Усть-Каменогорск задыхается от смога: жители требуют проверить ТЭЦ\n"
           "12 марта 2024, 14:05\n"
           "1 520 просмотров\n"
           "\n"
           "Жители нескольких микрорайонов Усть-Каменогорска вторую неделю жалуются на запах "
           "гари, по данным департамента экологии ВКО, превышений пока не зафиксировано.\n"
           "\n"
           "Инспекторы взяли пробы воздуха в 12 точках города. Результаты обещают опубликовать "
           "до конца недели.\n"
           "\n"
           "В акимате области заявили, что проверят работу ТЭЦ и котельных частного сектора.\n"
           "\n"
           "Айгерим Нурланова\n"
           "Поделиться\n"
           "Facebook\n"
           "WhatsApp\n"
           "Комментарии (3)\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.headline, u8("Усть-Каменогорск задыхается от смога: жители требуют проверить ТЭЦ"));
    QVERIFY(d.lead.startsWith(u8("Жители нескольких микрорайонов")));
    QCOMPARE(d.source, u8("департамента экологии ВКО"));
    QCOMPARE(d.sourcePhrase, u8("по данным департамента экологии ВКО"));
    QCOMPARE(d.paragraphs.size(), 2);
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("Айгерим Нурланова"));
    QVERIFY(d.authors[0].position.isEmpty());
    const QStringList dropped = {
        u8("Главная"),          u8("Общество"),   u8("Происшествия"), u8("12 марта 2024, 14:05"),
        u8("1 520 просмотров"), u8("Поделиться"), u8("Facebook"),     u8("WhatsApp"),
        u8("Комментарии (3)")};
    QCOMPARE(d.dropped, dropped);
    QVERIFY(d.photos.isEmpty());
}

void TestImporter::messengerForward()
{
    const QString text = u8("Forwarded from Акимат города Шымкент\n"
                            "Акимат города Шымкент, [12.03.2024 10:15]\n"
                            "⚡️ В Шымкенте открыли школу на 1200 мест\n"
                            "\n"
                            "В микрорайоне Нурсат открылась новая школа на 1200 учеников, в ней 48 классов, "
                            "бассейн и планетарий.\n"
                            "\n"
                            "Школу построили за 14 месяцев по программе «Комфортная школа». Первые ученики "
                            "придут сюда 1 сентября.\n"
                            "\n"
                            "«В городе до конца года откроются еще три такие школы», – сказал аким Шымкента "
                            "Габит Сыздыкбеков.\n"
                            "\n"
                            "📷 Фото: акимат Шымкента\n"
                            "\n"
                            "#Шымкент #образование #школа\n"
                            "👉 Подписывайтесь на наш канал, чтобы первыми узнавать новости города\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.headline, u8("В Шымкенте открыли школу на 1200 мест"));
    QVERIFY(d.lead.startsWith(u8("В микрорайоне Нурсат")));
    QCOMPARE(d.paragraphs.size(), 2);
    // No attribution in the text: the channel it was forwarded from.
    QCOMPARE(d.source, u8("Акимат города Шымкент"));
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].creditLine, u8("Фото: акимат Шымкента"));
    QCOMPARE(d.photos[0].creditSource, u8("акимат Шымкента"));
    QCOMPARE(d.photos[0].afterParagraph, 1);
    QVERIFY(d.photos[0].caption.isEmpty());
    const QStringList dropped = {u8("Forwarded from Акимат города Шымкент"),
                                 u8("Акимат города Шымкент, [12.03.2024 10:15]"),
                                 u8("#Шымкент #образование #школа"),
                                 u8("👉 Подписывайтесь на наш канал, чтобы первыми узнавать новости города")};
    QCOMPARE(d.dropped, dropped);
    QVERIFY(!everything(d).contains(u8("⚡")));
    QVERIFY(hasFinding(d, QStringLiteral("import.no-author"), Finding::Severity::Warning));
}

void TestImporter::bylineInEitherOrderIsOneAuthor()
{
    const QString text = u8("Виктория Колмакова\n"
                            "Колмакова Виктория\n"
                            "Обозреватель\n"
                            "\n"
                            "В Караганде отремонтируют 40 дворов за лето\n"
                            "\n"
                            "Ремонт дворов начнется в мае и закончится к сентябрю, сообщает пресс-служба "
                            "акимата Караганды.\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.authors.size(), 1);
    QCOMPARE(d.authors[0].name, u8("Виктория Колмакова"));
    QCOMPARE(d.authors[0].position, u8("Обозреватель"));
    QCOMPARE(d.dropped, QStringList{u8("Колмакова Виктория")});
    QCOMPARE(d.headline, u8("В Караганде отремонтируют 40 дворов за лето"));
}

void TestImporter::htmlImageFollowedByCaptionAndCredit()
{
    const QString html =
        u8("<h1>В Костанае открыли ледовый городок</h1>"
           "<p>Ледовый городок на центральной площади Костаная открылся в субботу, "
           "передает корреспондент Kazinform.</p>"
           "<p><img src=\"https://example.kz/ice.jpg\" alt=\"Ледяные фигуры\" width=\"800\"></p>"
           "<p>Ледяные фигуры на площади</p>"
           "<p>Фото: Kazinform</p>"
           "<p>Городок будет работать до конца февраля, вход бесплатный.</p>");
    const ImportedDraft d = Importer::fromHtml(html);
    QCOMPARE(d.headline, u8("В Костанае открыли ледовый городок"));
    QCOMPARE(d.source, u8("Kazinform"));
    QCOMPARE(d.sourcePhrase, u8("передает корреспондент Kazinform"));
    QCOMPARE(d.photos.size(), 1);
    QCOMPARE(d.photos[0].imageUrl, QStringLiteral("https://example.kz/ice.jpg"));
    QCOMPARE(d.photos[0].alt, u8("Ледяные фигуры"));
    QCOMPARE(d.photos[0].caption, u8("Ледяные фигуры на площади"));
    QCOMPARE(d.photos[0].creditType, std::optional<CreditType>(CreditType::Agency));
    QCOMPARE(d.paragraphs, QStringList{u8("Городок будет работать до конца февраля, вход бесплатный.")});
}

void TestImporter::typographyKeepsHtmlFormatting()
{
    const QString html = u8("<h1>Аким ответил на вопросы жителей</h1>"
                            "<p>Встреча прошла в Доме культуры, сообщает пресс-служба акимата района.</p>"
                            "<p>\"Мы <b>построим</b> дорогу - в этом году\", - сказал аким <a "
                            "href=\"https://example.kz/akim\">Серик Ахметов</a>...</p>");
    ImportOptions options;
    options.typography = true;
    const ImportedDraft d = Importer::fromHtml(html, options);
    QCOMPARE(d.paragraphs.size(), 1);
    QCOMPARE(d.paragraphs[0],
             u8("«Мы построим дорогу\u00A0— в\u00A0этом году»,\u00A0— сказал аким Серик Ахметов…"));
    QVERIFY(d.bodyHtml.contains(u8("<strong>построим</strong>")));
    QVERIFY(d.bodyHtml.contains(u8("<a href=\"https://example.kz/akim\">Серик Ахметов</a>")));
    QVERIFY(d.bodyHtml.contains(u8("«Мы ")));
}

void TestImporter::newsroomChromeWords()
{
    const QString text =
        u8("В Таразе открыли новый парк\n"
           "\n"
           "Новый парк площадью 12 гектаров открылся в Таразе, сообщает пресс-служба акимата.\n"
           "\n"
           "Смотрите наш эфир в 20:00 на канале Жетысу\n"
           "\n"
           "В парке высадили 3 тысячи деревьев и построили велодорожки.\n");
    const ImportedDraft plain = Importer::fromText(text);
    QVERIFY(plain.paragraphs.contains(u8("Смотрите наш эфир в 20:00 на канале Жетысу")));
    ImportOptions options;
    options.extraChromeWords = {u8("наш эфир")};
    const ImportedDraft d = Importer::fromText(text, options);
    QCOMPARE(d.paragraphs, QStringList{u8("В парке высадили 3 тысячи деревьев и построили велодорожки.")});
    QCOMPARE(d.dropped, QStringList{u8("Смотрите наш эфир в 20:00 на канале Жетысу")});
}

void TestImporter::dateline_data()
{
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("rest");
    QTest::newRow("kazinform")
        << u8("АЛМАТЫ. 3 апреля. КАЗИНФОРМ – В Алматы прошел первый весенний субботник, "
              "в нем участвовали 50 тысяч человек.")
        << u8("АЛМАТЫ. 3 апреля. КАЗИНФОРМ") << u8("КАЗИНФОРМ")
        << u8("В Алматы прошел первый весенний субботник, в нем участвовали 50 тысяч человек.");
    QTest::newRow("english")
        << u8("ASTANA, March 12 (Reuters) - Kazakhstan's central bank kept its base rate at "
              "14.75 percent on Friday, citing persistent inflation.")
        << u8("ASTANA, March 12 (Reuters)") << u8("Reuters")
        << u8("Kazakhstan's central bank kept its base rate at 14.75 percent on Friday, citing "
              "persistent inflation.");
    QTest::newRow("tass")
        << u8("УСТЬ-КАМЕНОГОРСК, 5 мая. /ТАСС/. – Паводковая вода в Усть-Каменогорске пошла на "
              "убыль, в городе сняли режим ЧС.")
        << u8("УСТЬ-КАМЕНОГОРСК, 5 мая. /ТАСС/") << u8("ТАСС")
        << u8("Паводковая вода в Усть-Каменогорске пошла на убыль, в городе сняли режим ЧС.");
    QTest::newRow("no agency")
        << u8("КОСТАНАЙ. 1 июня – В Костанае открыли новый детский сад на 320 мест для "
              "детей микрорайона.")
        << u8("КОСТАНАЙ. 1 июня") << QString()
        << u8("В Костанае открыли новый детский сад на 320 мест для детей микрорайона.");
}

void TestImporter::dateline()
{
    QFETCH(QString, lead);
    QFETCH(QString, dateline);
    QFETCH(QString, source);
    QFETCH(QString, rest);
    const QString text =
        u8("Заголовок новости для проверки\n\n") + lead + u8("\n\nВторой абзац новости тоже есть.\n");
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.dateline, dateline);
    QCOMPARE(d.lead, rest);
    if (!source.isEmpty()) {
        QCOMPARE(d.source, source);
    } else {
        QVERIFY(d.source.isEmpty());
    }
}

void TestImporter::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << u8("В Караганде открыли новый каток\n\nКаток на 500 человек открылся в парке "
                              "Победы, в нем есть прокат коньков и кафе.\n")
                        << QStringLiteral("ru");
    QTest::newRow("ru with a Kazakh name")
        << u8("Аким встретился с жителями Қарағанды\n\nАким области провел встречу с жителями, они обсудили "
              "ремонт дорог, освещение улиц и строительство новых школ в городе.\n")
        << QStringLiteral("ru");
    QTest::newRow("kk")
        << u8("Қарағандыда жаңа мұз айдыны ашылды\n\nЖеңіс саябағында 500 адамға арналған мұз "
              "айдыны ашылды, онда коньки жалға беру орны мен дәмхана бар.\n")
        << QStringLiteral("kk");
    QTest::newRow("en")
        << u8("Karaganda opens a new ice rink\n\nA rink for 500 people opened in Victory Park, "
              "with skate rental and a cafe.\n")
        << QStringLiteral("en");
}

void TestImporter::language()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(Importer::fromText(text).language, language);
    ImportOptions given;
    given.language = QStringLiteral("kk");
    QCOMPARE(Importer::fromText(text, given).language, QStringLiteral("kk"));
}

void TestImporter::guessFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("doctype") << u8("\n  <!DOCTYPE html><title>x</title>") << QStringLiteral("html");
    QTest::newRow("html tag") << u8("<HTML><body>Текст</body></HTML>") << QStringLiteral("html");
    QTest::newRow("fragment") << u8("<p>Первый абзац.</p><p>Второй <b>абзац</b>.</p>")
                              << QStringLiteral("html");
    QTest::newRow("plain") << u8("Заголовок\n\nТекст новости, передает Акорда.") << QStringLiteral("text");
    QTest::newRow("plain with a less-than")
        << u8("Инфляция < 10% <b> в марте\nНовость про цены.") << QStringLiteral("text");
    QTest::newRow("long text with one tag")
        << (u8("Длинный текст без разметки. ").repeated(200) + u8("<br>")) << QStringLiteral("text");
}

void TestImporter::guessFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QCOMPARE(Importer::guessFormat(text), format);
}

void TestImporter::jsonShape()
{
    const QString text = u8("Колмакова Виктория\nРедактор региональных новостей\n\n"
                            "В Астане открыли новый мост\n\n: UGC\n\n"
                            "Мост через Есиль открыли для движения в понедельник, передает Акорда.\n\n"
                            "«Мост построили за год», – сказал аким Астаны Женис Касымбек.\n\n"
                            "Мост на Есиле\nФото: Kazinform\n\nПодпишитесь на наш канал\n");
    const ImportedDraft d = Importer::fromText(text);
    const QJsonObject json = d.toJson();
    QStringList keys = json.keys();
    keys.sort();
    QStringList expected = {
        QStringLiteral("headline"),  QStringLiteral("lead"),          QStringLiteral("authors"),
        QStringLiteral("source"),    QStringLiteral("source_phrase"), QStringLiteral("dateline"),
        QStringLiteral("language"),  QStringLiteral("format"),        QStringLiteral("paragraphs"),
        QStringLiteral("body_html"), QStringLiteral("photos"),        QStringLiteral("quotes"),
        QStringLiteral("dropped"),   QStringLiteral("findings")};
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(json.value(QStringLiteral("headline")).toString(), u8("В Астане открыли новый мост"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), u8("Акорда"));
    QCOMPARE(json.value(QStringLiteral("source_phrase")).toString(), u8("передает Акорда"));
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    const QJsonArray authors = json.value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 1);
    QCOMPARE(authors[0].toObject().value(QStringLiteral("name")).toString(), u8("Колмакова Виктория"));
    QCOMPARE(authors[0].toObject().value(QStringLiteral("position")).toString(),
             u8("Редактор региональных новостей"));
    const QJsonArray photos = json.value(QStringLiteral("photos")).toArray();
    QCOMPARE(photos.size(), 2);
    const QJsonObject leadPhoto = photos[0].toObject();
    QCOMPARE(leadPhoto.value(QStringLiteral("credit_type")).toString(), QStringLiteral("ugc"));
    QCOMPARE(leadPhoto.value(QStringLiteral("lead")).toBool(), true);
    QCOMPARE(leadPhoto.value(QStringLiteral("after_paragraph")).toInt(), -1);
    QCOMPARE(leadPhoto.value(QStringLiteral("caption")).toString(), QString());
    const QJsonObject bodyPhoto = photos[1].toObject();
    QCOMPARE(bodyPhoto.value(QStringLiteral("credit_type")).toString(), QStringLiteral("agency"));
    QCOMPARE(bodyPhoto.value(QStringLiteral("credit_source")).toString(), u8("Kazinform"));
    QCOMPARE(bodyPhoto.value(QStringLiteral("credit_line")).toString(), u8("Фото: Kazinform"));
    QCOMPARE(bodyPhoto.value(QStringLiteral("caption")).toString(), u8("Мост на Есиле"));
    QCOMPARE(bodyPhoto.value(QStringLiteral("after_paragraph")).toInt(), 0);
    QVERIFY(bodyPhoto.contains(QStringLiteral("alt")) && bodyPhoto.contains(QStringLiteral("image_url")));
    const QJsonArray quotes = json.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes[0].toObject().value(QStringLiteral("text")).toString(), u8("Мост построили за год"));
    QVERIFY(quotes[0].toObject().value(QStringLiteral("speaker")).toString().contains(u8("Касымбек")));
    QCOMPARE(quotes[0].toObject().value(QStringLiteral("attributed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("dropped")).toArray(), QJsonArray{u8("Подпишитесь на наш канал")});
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("import.slot-caption"));
    QCOMPARE(findings[0].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(!findings[0].toObject().value(QStringLiteral("message")).toString().isEmpty());

    // A credit the mapping does not know has no type: null, for the editor.
    const QJsonObject unknown =
        Importer::fromText(u8("Заголовок новости дня\n\nТекст первого абзаца новости, передает Акорда.\n\n"
                              "Подпись\nФото: Иван Петров\n"))
            .toJson();
    QVERIFY(unknown.value(QStringLiteral("photos"))
                .toArray()[0]
                .toObject()
                .value(QStringLiteral("credit_type"))
                .isNull());
}

// ---- encodings and bad input --------------------------------------------------

namespace {
const QString s_legacyText = QString::fromUtf8(
    "Новый мост через Ишим откроют в мае\n\nСтроители завершают работы на новом мосту через Ишим "
    "в Астане, сообщает пресс-служба акимата столицы.\n");
}

void TestImporter::windows1251File()
{
    const QByteArray bytes(
        "\xcd\xee\xe2\xfb\xe9 \xec\xee\xf1\xf2 \xf7\xe5\xf0\xe5\xe7 \xc8\xf8\xe8\xec \xee\xf2\xea"
        "\xf0\xee\xfe\xf2 \xe2 \xec\xe0\xe5\n\n\xd1\xf2\xf0\xee\xe8\xf2\xe5\xeb\xe8 \xe7\xe0\xe2"
        "\xe5\xf0\xf8\xe0\xfe\xf2 \xf0\xe0\xe1\xee\xf2\xfb \xed\xe0 \xed\xee\xe2\xee\xec \xec\xee"
        "\xf1\xf2\xf3 \xf7\xe5\xf0\xe5\xe7 \xc8\xf8\xe8\xec \xe2 \xc0\xf1\xf2\xe0\xed\xe5, \xf1"
        "\xee\xee\xe1\xf9\xe0\xe5\xf2 \xef\xf0\xe5\xf1\xf1-\xf1\xeb\xf3\xe6\xe1\xe0 \xe0\xea\xe8"
        "\xec\xe0\xf2\xe0 \xf1\xf2\xee\xeb\xe8\xf6\xfb.\n");
    const QString path = write(QStringLiteral("cp1251.txt"), bytes);
    QString encoding;
    const auto text = Importer::readText(path, &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("Windows-1251"));
    QCOMPARE(*text, s_legacyText);
    const auto d = Importer::fromFile(path);
    QVERIFY(d.ok());
    QCOMPARE(d->headline, u8("Новый мост через Ишим откроют в мае"));
    QCOMPARE(d->source, u8("пресс-служба акимата столицы"));
}

void TestImporter::koi8rFile()
{
    const QByteArray bytes(
        "\xee\xcf\xd7\xd9\xca \xcd\xcf\xd3\xd4 \xde\xc5\xd2\xc5\xda \xe9\xdb\xc9\xcd \xcf\xd4\xcb"
        "\xd2\xcf\xc0\xd4 \xd7 \xcd\xc1\xc5\n\n\xf3\xd4\xd2\xcf\xc9\xd4\xc5\xcc\xc9 \xda\xc1\xd7"
        "\xc5\xd2\xdb\xc1\xc0\xd4 \xd2\xc1\xc2\xcf\xd4\xd9 \xce\xc1 \xce\xcf\xd7\xcf\xcd \xcd\xcf"
        "\xd3\xd4\xd5 \xde\xc5\xd2\xc5\xda \xe9\xdb\xc9\xcd \xd7 \xe1\xd3\xd4\xc1\xce\xc5, \xd3"
        "\xcf\xcf\xc2\xdd\xc1\xc5\xd4 \xd0\xd2\xc5\xd3\xd3-\xd3\xcc\xd5\xd6\xc2\xc1 \xc1\xcb\xc9"
        "\xcd\xc1\xd4\xc1 \xd3\xd4\xcf\xcc\xc9\xc3\xd9.\n");
    const QString path = write(QStringLiteral("koi8.txt"), bytes);
    QString encoding;
    const auto text = Importer::readText(path, &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("KOI8-R"));
    QCOMPARE(*text, s_legacyText);
    const auto d = Importer::fromFile(path);
    QVERIFY(d.ok());
    QCOMPARE(d->headline, u8("Новый мост через Ишим откроют в мае"));
}

void TestImporter::unicodeFilesWithBom()
{
    // UTF-8 with a BOM.
    QString encoding;
    const QString utf8Path =
        write(QStringLiteral("bom8.txt"), QByteArray("\xEF\xBB\xBF") + s_legacyText.toUtf8());
    auto text = Importer::readText(utf8Path, &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(*text, s_legacyText);

    // UTF-16, little and big endian, with their BOMs.
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : s_legacyText) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    text = Importer::readText(write(QStringLiteral("le.txt"), le), &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(*text, s_legacyText);
    text = Importer::readText(write(QStringLiteral("be.txt"), be), &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-16BE"));
    QCOMPARE(*text, s_legacyText);
    // …and without the BOM, as some Windows tools write it.
    text = Importer::readText(write(QStringLiteral("le-nobom.txt"), le.mid(2)), &encoding);
    QVERIFY(text.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(*text, s_legacyText);
}

void TestImporter::emptyFile()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray(" \n\r\n\t \n")}) {
        const QString path = write(QStringLiteral("empty.txt"), bytes);
        const auto text = Importer::readText(path);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, Error::Code::InvalidInput);
        QVERIFY(text.error().message.contains(QStringLiteral("empty")));
        QVERIFY(text.error().message.contains(QStringLiteral("empty.txt")));
        QVERIFY(!Importer::fromFile(path).ok());
    }
}

void TestImporter::binaryFile()
{
    // A PNG: a signature and chunks full of zero bytes.
    static const char signature[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x02\0\0\0";
    QByteArray png(signature, sizeof(signature) - 1); // the literal's length, not a guess
    QRandomGenerator random(20261128);                // the same bytes on every run
    for (int i = 0; i < 4096; ++i)
        png.append(char(random.bounded(256)));
    auto text = Importer::readText(write(QStringLiteral("picture.png"), png));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, Error::Code::InvalidInput);
    QVERIFY(text.error().message.contains(QStringLiteral("not a text file")));
    // No zero byte, but control characters everywhere.
    QByteArray controls;
    for (int i = 0; i < 2000; ++i)
        controls.append(i % 3 == 0 ? char(0x01 + i % 7) : 'a');
    text = Importer::readText(write(QStringLiteral("controls.bin"), controls));
    QVERIFY(!text.ok());
    QVERIFY(text.error().message.contains(QStringLiteral("not a text file")));
    const auto draft = Importer::fromFile(m_dir.filePath(QStringLiteral("controls.bin")));
    QVERIFY(!draft.ok());
}

void TestImporter::undecodableBytes()
{
    // Not UTF-8, and neither code page reads it as Russian.
    QByteArray bytes("Report ");
    for (int i = 0; i < 400; ++i) {
        bytes.append(char(0x80 + (i * 7) % 0x40));
        if (i % 5 == 4)
            bytes.append(' ');
    }
    const auto text = Importer::readText(write(QStringLiteral("garbled.txt"), bytes));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, Error::Code::InvalidInput);
    QVERIFY(text.error().message.contains(QStringLiteral("UTF-8")));
    QVERIFY(text.error().message.contains(QStringLiteral("KOI8-R")));
    QVERIFY(text.error().message.contains(QStringLiteral("Nothing was imported")));

    // UTF-8 with one damaged byte is still read, the damage marked.
    QByteArray damaged = s_legacyText.toUtf8().repeated(4);
    damaged[10] = char(0xFF);
    QString encoding;
    const auto readable = Importer::readText(write(QStringLiteral("damaged.txt"), damaged), &encoding);
    QVERIFY(readable.ok());
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QVERIFY(readable->contains(QChar(0xFFFD)));
}

void TestImporter::missingFile()
{
    const auto text = Importer::readText(m_dir.filePath(QStringLiteral("nowhere.txt")));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, Error::Code::NotFound);
    const auto draft = Importer::fromFile(m_dir.filePath(QStringLiteral("nowhere.txt")));
    QVERIFY(!draft.ok());
    const auto format = Importer::fromFile(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"),
                                           QStringLiteral("docx"));
    QVERIFY(!format.ok());
    QCOMPARE(format.error().code, Error::Code::InvalidInput);
}

void TestImporter::oversizedFileRefusedUnread()
{
    // A sparse file: refused by its size, before anything is read.
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Importer::MaxFileBytes + 1));
    file.close();
    QElapsedTimer timer;
    timer.start();
    const auto text = Importer::readText(path);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, Error::Code::InvalidInput);
    QVERIFY(text.error().message.contains(QStringLiteral("64 MB")));
    QVERIFY(timer.elapsed() < 1000);
    QFile::remove(path);
}

void TestImporter::hostileHtml()
{
    const QString html = u8(R"html(<html><head><script>alert('head')</script>
<style>p { background: url(javascript:alert(1)) }</style></head>
<body onload="alert('body')">
<h1 onclick="alert('h1')">Власти Атырау проверят качество воды после жалоб</h1>
<p onmouseover="steal()">Жители Атырау пожаловались на мутную воду из-под крана, сообщает пресс-служба акимата.</p>
<script type="text/javascript">document.write('<p>Подделка</p>');</script>
<p>Пробы возьмут в <a href="javascript:alert('x')">десяти точках</a> города и проверят в лаборатории.</p>
<iframe src="https://evil.example/frame"><p>Текст во фрейме</p></iframe>
<p>Результаты <a href="https://atyrau.gov.kz/water" onclick="track()">опубликуют на сайте</a> через неделю.</p>
<img src="x" onerror="alert('img')">
<SCRIPT>alert('upper')</SCRIPT>
<svg><script>alert('svg')</script><text>Текст svg</text></svg>
<p style="color:red">Жалобы принимают по телефону 109.</p>
<object data="evil.swf"><embed src="evil.swf"></object>
<noscript><p>Включите JavaScript</p></noscript>
</body></html>)html");
    const ImportedDraft d = Importer::fromHtml(html);
    QCOMPARE(d.headline, u8("Власти Атырау проверят качество воды после жалоб"));
    QCOMPARE(d.paragraphs.size(), 3);
    QVERIFY(d.paragraphs.contains(u8("Пробы возьмут в десяти точках города и проверят в лаборатории.")));
    QVERIFY(d.bodyHtml.contains(QStringLiteral("<a href=\"https://atyrau.gov.kz/water\">")));
    const QString all = everything(d) + d.dropped.join(u'\n');
    for (const char *gone : {"<script",    "<SCRIPT",     "alert",
                             "javascript", "onclick",     "onerror",
                             "onload",     "onmouseover", "<iframe",
                             "evil",       "Подделка",    "Текст во фрейме",
                             "Текст svg",  "background",  "style=",
                             "color:red",  "<object",     "<embed",
                             "<img",       "steal",       "Включите JavaScript"})
        QVERIFY2(!all.contains(QString::fromUtf8(gone), Qt::CaseInsensitive), gone);
}

// Markup that never closes, nests without end or repeats one tag a million
// times: read in linear time, the text kept.
void TestImporter::hostileStructureStaysLinear()
{
    QElapsedTimer timer;
    timer.start();
    QString html = u8("<h1>Проверка разметки без конца</h1>");
    html += QStringLiteral("<div>").repeated(200000);
    html += u8("<p>Текст в глубине страницы, передает Акорда.</p>");
    html += QStringLiteral("<li>").repeated(200000);
    html += QStringLiteral("<b><i><a href=\"https://x.kz\">").repeated(50000);
    html += u8("Последний абзац текста.");
    html += QStringLiteral("</p></span></td>").repeated(100000);
    html += QStringLiteral("<!-- без конца ");
    const ImportedDraft d = Importer::fromHtml(html);
    QCOMPARE(d.headline, u8("Проверка разметки без конца"));
    QCOMPARE(d.lead, u8("Текст в глубине страницы, передает Акорда."));
    QVERIFY(d.paragraphs.contains(u8("Последний абзац текста.")));

    // One line of 10 MB without a line break, and a million empty lines.
    const QString line = u8("слово ").repeated(1'700'000);
    const ImportedDraft one = Importer::fromText(line);
    QCOMPARE(one.paragraphs.size() + (one.lead.isEmpty() ? 0 : 1), 1);
    const ImportedDraft empty = Importer::fromText(QString(1'000'000, u'\n'));
    QVERIFY(empty.paragraphs.isEmpty());
    QVERIFY(hasFinding(empty, QStringLiteral("import.no-text"), Finding::Severity::Warning));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void TestImporter::noHeadlineText()
{
    const QString text =
        u8("Меню\n"
           "Войти\n"
           "\n"
           "Жители Талдыкоргана смогут оплачивать проезд банковской картой с апреля, сообщает "
           "пресс-служба акимата области.\n"
           "\n"
           "Валидаторы установят во всех 200 автобусах города до конца марта.\n");
    const ImportedDraft d = Importer::fromText(text);
    QVERIFY(d.headline.isEmpty());
    QVERIFY(hasFinding(d, QStringLiteral("import.no-headline"), Finding::Severity::Error));
    // Nothing is guessed: the lead and body are still read.
    QVERIFY(d.lead.startsWith(u8("Жители Талдыкоргана")));
    QCOMPARE(d.paragraphs.size(), 1);
    QCOMPARE(d.dropped, (QStringList{u8("Меню"), u8("Войти")}));
}

void TestImporter::noHeadlineHtml()
{
    const QString html =
        u8("<html><body><nav><a href=\"/\">Главная</a><a href=\"/n\">Новости</a></nav>"
           "<div><p>Синоптики обещают потепление до +15 градусов на выходных во всех южных "
           "регионах страны.</p><p>В северных областях сохранится снег.</p></div></body></html>");
    const ImportedDraft d = Importer::fromHtml(html);
    QVERIFY(d.headline.isEmpty());
    QVERIFY(hasFinding(d, QStringLiteral("import.no-headline"), Finding::Severity::Error));
    QVERIFY(d.lead.startsWith(u8("Синоптики обещают")));
    QCOMPARE(d.paragraphs, QStringList{u8("В северных областях сохранится снег.")});
    // Empty input: nothing at all, said so.
    const ImportedDraft empty = Importer::fromHtml(QString());
    QVERIFY(empty.headline.isEmpty());
    QVERIFY(hasFinding(empty, QStringLiteral("import.no-headline"), Finding::Severity::Error));
    QVERIFY(hasFinding(empty, QStringLiteral("import.no-text"), Finding::Severity::Warning));
}

void TestImporter::hugeHtmlPage()
{
    // A 50 MB page: navigation, one article with thousands of paragraphs,
    // figures and "read also" lists, then a footer.
    QByteArray page =
        QByteArrayLiteral("<!DOCTYPE html><html><head><title>Большой архив</title>"
                          "<script>var x = 1;</script></head><body>"
                          "<nav><ul><li><a href=\"/\">Главная</a></li><li><a href=\"/a\">Архив</a></li>"
                          "<li><a href=\"/b\">Регионы</a></li></ul></nav><article>"
                          "<h1>Стенограмма сессии маслихата за десять лет</h1>");
    page += QString(u8("<p class=\"lead\">Маслихат опубликовал полную стенограмму сессий, передает "
                       "пресс-служба маслихата.</p>"))
                .toUtf8();
    const QByteArray paragraph =
        QString(u8("<p>Депутаты обсудили бюджет города на <b>2025 год</b>, ремонт дорог и "
                   "<a href=\"https://example.kz/doc?utm_source=x\">строительство школ</a>; «Мы "
                   "выполним план», – сказал аким города Ержан Бекетов.</p>\n"))
            .toUtf8();
    const QByteArray figure =
        QString(u8("<figure><img src=\"https://example.kz/p.jpg\" alt=\"Зал\"><figcaption>Зал "
                   "заседаний. Фото: пресс-служба маслихата</figcaption></figure>\n"))
            .toUtf8();
    const QByteArray related =
        QByteArrayLiteral("<ul class=\"related\"><li><a href=\"/1\">Ещё новость один</a></li>"
                          "<li><a href=\"/2\">Ещё новость два</a></li><li><a href=\"/3\">Ещё "
                          "новость три</a></li></ul>\n");
    const qsizetype target = 50 * 1024 * 1024;
    int paragraphs = 0;
    int figures = 0;
    while (page.size() < target) {
        page += paragraph;
        ++paragraphs;
        if (paragraphs % 50 == 0) {
            page += figure;
            ++figures;
        }
        if (paragraphs % 120 == 0)
            page += related;
    }
    page += QByteArrayLiteral("</article><footer><p>© Все права защищены.</p></footer></body></html>");
    const QString path = write(QStringLiteral("huge.html"), page);
    QVERIFY(!path.isEmpty());
    page.clear();

    QElapsedTimer timer;
    timer.start();
    const auto result = Importer::fromFile(path);
    const qint64 elapsed = timer.elapsed();
    qInfo("50 MB page imported in %lld ms", elapsed);
    QVERIFY(result.ok());
    const ImportedDraft &d = *result;
    QCOMPARE(d.format, QStringLiteral("html"));
    QCOMPARE(d.headline, u8("Стенограмма сессии маслихата за десять лет"));
    QCOMPARE(d.source, u8("пресс-служба маслихата"));
    QCOMPARE(d.paragraphs.size(), paragraphs);
    QCOMPARE(d.photos.size(), figures);
    QCOMPARE(d.photos.last().creditType, std::optional<CreditType>(CreditType::PressService));
    QCOMPARE(d.photos.last().afterParagraph, figures * 50 - 1);
    QVERIFY(!d.bodyHtml.contains(QStringLiteral("utm_")));
    QVERIFY(!d.bodyHtml.contains(u8("Ещё новость")));
    QVERIFY(d.dropped.contains(u8("Ещё новость один")));
    QVERIFY(d.dropped.contains(u8("© Все права защищены.")));
    QCOMPARE(d.quotes.quotes.size(), paragraphs);
    QVERIFY(elapsed < 60000);
}

// A text of millions of characters is analysed in pieces; the quotations,
// their speakers and places are those of one analysis of the whole text.
void TestImporter::hugeTextQuotesAsOneAnalysis()
{
    const QStringList shapes = {
        u8("Аким области провел совещание по подготовке к зиме, передает Акорда."),
        u8("«Котельные должны быть готовы к 1 октября. Проверю лично», – заявил аким области Ерлан Карин."),
        u8("«Запасы угля сформированы на 80 процентов, – уточнил руководитель управления энергетики. – "
           "Остальное завезут до конца месяца»."),
        u8("По словам министра, «тарифы в этом году не вырастут»."),
        u8("«Мы готовы. Все бригады на местах."),
        u8("«И резервные генераторы проверены», – добавил он."),
        u8("Депутаты маслихата попросили проверить дома, где зимой было холодно."),
    };
    QString text = u8("Аким области проверил готовность к зиме\n\n");
    QStringList paragraphs;
    for (int i = 0; text.size() < 2'300'000; ++i) {
        const QString &p = shapes[i % shapes.size()];
        paragraphs.append(p);
        text += p + u8("\n\n");
    }
    const ImportedDraft d = Importer::fromText(text);
    QCOMPARE(d.headline, u8("Аким области проверил готовность к зиме"));
    QCOMPARE(d.paragraphs.size(), paragraphs.size() - 1);
    QString whole = d.headline + u'\n' + d.lead;
    for (const QString &p : d.paragraphs)
        whole += u'\n' + p;
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = true;
    const QuoteAnalyzer::Analysis expected = QuoteAnalyzer::analyze(whole, options);
    QCOMPARE(d.quotes.quotes.size(), expected.quotes.size());
    for (qsizetype i = 0; i < expected.quotes.size(); ++i) {
        const Quote &a = d.quotes.quotes[i];
        const Quote &b = expected.quotes[i];
        if (!(a == b))
            QFAIL(qPrintable(QStringLiteral("quote %1 differs: %2 / %3 (¶ %4 / %5)")
                                 .arg(i)
                                 .arg(a.text, b.text)
                                 .arg(a.paragraph)
                                 .arg(b.paragraph)));
    }
    QCOMPARE(d.quotes.findings, expected.findings);
    QCOMPARE(d.quotes.sourceAttribution, expected.sourceAttribution);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
