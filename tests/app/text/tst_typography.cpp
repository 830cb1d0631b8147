#include "app/text/typography.h"
#include "tests/support/childtest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qalam;

// Rows marked "Typograf" come from Typograf's own test cases
// (../shared/typograf-cases/cases.json beside the checkout). Where Qalam's house style
// differs, the row says how.
class TestTypography : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void idempotent_data() { rules_data(); }
    void idempotent();
    void editsRebuildApply_data() { rules_data(); }
    void editsRebuildApply();
    void editsAreMinimal();
    void check_data();
    void check();
    void checkMergesInfoPerParagraph();
    void typesetTextHasNoFindings();
    void sampleArticle();
    void sampleArticleWithEnDashStyle();
    void randomTextIsStable_data();
    void randomTextIsStable();
    void hostileInput_data();
    void hostileInput();

    // Run only inside the child process hostileInput() starts: a crash or a
    // runaway loop there must fail one test, not take the whole suite down.
    void child_manyOpeningQuotes();
    void child_longParagraphWithoutPunctuation();
    void child_brokenUnicode();
    void child_longRuns();
};

namespace {

const char *s_childVariable = "QALAM_TYPOGRAPHY_CHILD";

bool inChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}

Typography::Options options(const QString &language, bool enDash = false)
{
    Typography::Options o;
    o.language = language;
    o.dash = enDash ? Typography::Dash::En : Typography::Dash::Em;
    return o;
}

// Applies sorted, non-overlapping edits (front to back, so that inputs with
// many edits stay linear; an editor going back to front gets the same text).
QString applyEdits(const QString &text, const QList<Typography::Edit> &edits)
{
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (const Typography::Edit &edit : edits) {
        result += QStringView(text).mid(copied, edit.position - copied);
        result += edit.replacement;
        copied = edit.position + edit.length;
    }
    result += QStringView(text).mid(copied);
    return result;
}

// Sorted, non-overlapping, in range, and each one changes every unit it covers
// at its edges (no unchanged text carried along).
QString editsProblem(const QString &text, const QList<Typography::Edit> &edits)
{
    int previousEnd = 0;
    for (const Typography::Edit &edit : edits) {
        if (edit.position < previousEnd)
            return QStringLiteral("edit at %1 overlaps or is out of order").arg(edit.position);
        if (edit.length <= 0 || edit.position + edit.length > text.size())
            return QStringLiteral("edit at %1 has a bad length %2").arg(edit.position).arg(edit.length);
        const QString original = text.mid(edit.position, edit.length);
        if (original == edit.replacement)
            return QStringLiteral("edit at %1 changes nothing").arg(edit.position);
        if (!edit.replacement.isEmpty() && original.front() == edit.replacement.front() &&
            original.size() == edit.replacement.size())
            return QStringLiteral("edit at %1 starts with an unchanged unit").arg(edit.position);
        previousEnd = edit.position + edit.length;
    }
    return {};
}

void addRow(const char *name, const char *language, bool enDash, const QString &input,
            const QString &expected)
{
    QTest::newRow(name) << QString::fromLatin1(language) << enDash << input << expected;
}

void addRow(const char *name, const char *language, const QString &input, const QString &expected)
{
    addRow(name, language, false, input, expected);
}

QString loneSurrogates()
{
    QString s;
    s += QChar(0xD800);
    s += QStringLiteral("\"текст\" - ");
    s += QChar(0xDC00);
    s += QStringLiteral(" в ");
    s += QChar(0xDBFF);
    return s;
}

QString readSample()
{
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

void TestTypography::rules_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("enDash");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // --- Quote marks, ru ------------------------------------------------
    addRow("ru quotes: straight pair (Typograf)", "ru", QStringLiteral("\"Пример\""),
           QStringLiteral("«Пример»"));
    addRow("ru quotes: after a name (Typograf)", "ru", QStringLiteral("ОАО \"Пример\""),
           QStringLiteral("ОАО «Пример»"));
    addRow("ru quotes: nested straight (Typograf)", "ru",
           QStringLiteral("В \"самом \"добром\" кино\" Мамы. В \"самом \"добром\" кино\" Мамы"),
           QStringLiteral("В\u00A0«самом „добром“ кино» Мамы. В\u00A0«самом „добром“ кино» Мамы"));
    addRow("ru quotes: wrong-level guillemets (Typograf)", "ru",
           QStringLiteral("««Цыганы» мои не продаются вовсе»"),
           QStringLiteral("«„Цыганы“ мои не\u00A0продаются вовсе»"));
    addRow("ru quotes: English curly quotes (Typograf)", "ru",
           QStringLiteral("В самом добром кино “Мамы”, в молодежном триллере “Закрытая школа” на СТС"),
           QStringLiteral(
               "В\u00A0самом добром кино «Мамы», в\u00A0молодежном триллере «Закрытая школа» на\u00A0СТС"));
    addRow("ru quotes: curly and straight mixed (Typograf)", "ru",
           QStringLiteral("кино “Мамы, в триллере “Закрытая школа” на СТС\""),
           QStringLiteral("кино «Мамы, в\u00A0триллере „Закрытая школа“ на\u00A0СТС»"));
    addRow("ru quotes: closing after ! (Typograf)", "ru",
           QStringLiteral("Печорин писал: \"Я не помню утра более голубого!\""),
           QStringLiteral("Печорин писал: «Я не\u00A0помню утра более голубого!»"));
    addRow("ru quotes: two closing marks together (Typograf)", "ru",
           QStringLiteral("\"Лермонтов восклицает в \"предисловии\", что это \"старая шутка!\"\""),
           QStringLiteral("«Лермонтов восклицает в\u00A0„предисловии“, что это „старая шутка!“»"));
    addRow("ru quotes: in brackets (Typograf)", "ru", QStringLiteral("[\"история наоборот\"]"),
           QStringLiteral("[«история наоборот»]"));
    addRow("ru quotes: unclosed at paragraph start (Typograf)", "ru", QStringLiteral("\"Газета"),
           QStringLiteral("«Газета"));
    addRow("ru quotes: a lone mark stays (Typograf)", "ru", QStringLiteral("\""), QStringLiteral("\""));
    addRow("ru quotes: a mark followed by a space stays (Typograf)", "ru", QStringLiteral("\" Газета"),
           QStringLiteral("\" Газета"));
    addRow("ru quotes: glued between words stays (Typograf)", "ru",
           QStringLiteral("Движение перекроют из-за матча на«ВЭБ Арене» 7 октября"),
           QStringLiteral("Движение перекроют из-за матча на«ВЭБ Арене» 7 октября"));
    // Typograf turns these into ’; Qalam leaves apostrophes in ru/kk words alone.
    addRow("ru quotes: apostrophes in words stay", "ru", QStringLiteral("Жанна д'Арк и О'Коннор"),
           QStringLiteral("Жанна д'Арк и\u00A0О'Коннор"));
    addRow("ru quotes: each paragraph pairs on its own", "ru",
           QStringLiteral("\"Первый абзац цитаты\n\"Второй\" абзац"),
           QStringLiteral("«Первый абзац цитаты\n«Второй» абзац"));
    // Typograf uses ‚‘ for a third level; Qalam alternates «» and „“.
    addRow("ru quotes: third level alternates", "ru", QStringLiteral("\"раз \"два \"три\" два\" раз\""),
           QStringLiteral("«раз „два «три» два“ раз»"));
    addRow("ru quotes: single marks become guillemets", "ru", QStringLiteral("Он ответил: 'нет'."),
           QStringLiteral("Он ответил: «нет»."));

    // --- Quote marks, kk ------------------------------------------------
    addRow("kk quotes: straight pair", "kk", QStringLiteral("\"Қазақстан\" туралы"),
           QStringLiteral("«Қазақстан» туралы"));
    addRow("kk quotes: nested", "kk", QStringLiteral("Ол: \"Біз \"Нұр Отан\" партиясымыз\" деді."),
           QStringLiteral("Ол: «Біз „Нұр Отан“ партиясымыз» деді."));
    addRow("kk quotes: apostrophe in a word stays", "kk", QStringLiteral("Қазақстан'ға \"барамыз\""),
           QStringLiteral("Қазақстан'ға «барамыз»"));
    addRow("kk quotes: English curly quotes", "kk", QStringLiteral("“Астана” қаласы"),
           QStringLiteral("«Астана» қаласы"));

    // --- Quote marks, en ------------------------------------------------
    addRow("en quotes: straight pair (Typograf en-US)", "en",
           QStringLiteral("One of the most famous phrases is \"to be or not to be\"."),
           QStringLiteral("One of the most famous phrases is “to be or not to be”."));
    addRow("en quotes: two quotations (Typograf en-US)", "en",
           QStringLiteral("\"I have no special talent,\" Einstein. \"I am only curious enough.\""),
           QStringLiteral("“I have no special talent,” Einstein. “I am only curious enough.”"));
    addRow("en quotes: nested double becomes single (Typograf en-US)", "en",
           QStringLiteral("\"I was reading \"The Economics of the USA\" yesterday,\" she replied to me."),
           QStringLiteral("“I was reading ‘The Economics of the USA’ yesterday,” she replied to me."));
    addRow("en quotes: single inside double", "en", QStringLiteral("\"He said 'no' today\""),
           QStringLiteral("“He said ‘no’ today”"));
    addRow("en quotes: guillemets become curly", "en", QStringLiteral("«Hello», she said"),
           QStringLiteral("“Hello”, she said"));
    addRow("en quotes: apostrophe inside a quotation", "en",
           QStringLiteral("\"It's the players' union,\" he said."),
           QStringLiteral("“It’s the players’ union,” he said."));
    addRow("en apostrophe: in words (Typograf)", "en",
           QStringLiteral("Yesterday I saw Jack's dog. O'Brien didn't"),
           QStringLiteral("Yesterday I saw Jack’s dog. O’Brien didn’t"));
    // Typograf leaves this one; a word-final ' that closes nothing is an apostrophe.
    addRow("en apostrophe: plural possessive", "en", QStringLiteral("tables' legs"),
           QStringLiteral("tables’ legs"));
    addRow("en apostrophe: decade", "en", QStringLiteral("the '90s were loud"),
           QStringLiteral("the ’90s were loud"));
    addRow("en apostrophe: elisions", "en", QStringLiteral("rock 'n' roll and 'Tis the season"),
           QStringLiteral("rock ’n’ roll and ’Tis the season"));
    addRow("en quotes: single pair beside a possessive", "en",
           QStringLiteral("The Joneses' house had 'quotes' in it"),
           QStringLiteral("The Joneses’ house had “quotes” in it"));
    // A stray apostrophe inside a nested pair pins the pair to its own family:
    // turning it into ‘…’ would let the apostrophe close it on the next run.
    addRow("en quotes: nested pair with an apostrophe inside", "en",
           QStringLiteral("\"He said \"the tables' legs\" are fine\""),
           QStringLiteral("“He said “the tables’ legs” are fine”"));

    // --- Dashes, ru -----------------------------------------------------
    addRow("ru dash: spaced hyphen (Typograf)", "ru", QStringLiteral("Правда - небольшая ложь"),
           QStringLiteral("Правда\u00A0— небольшая ложь"));
    addRow("ru dash: keeps a non-breaking space after (Typograf)", "ru",
           QStringLiteral("Правда -\u00A0небольшая ложь"),
           QStringLiteral("Правда\u00A0—\u00A0небольшая ложь"));
    addRow("ru dash: at the end of a line (Typograf)", "ru",
           QStringLiteral("Сатрап смутился изумленный -\nИ гнев в нем душу помрачил"),
           QStringLiteral("Сатрап смутился изумленный\u00A0—\nИ\u00A0гнев в\u00A0нем душу помрачил"));
    addRow("ru dash: en dash becomes em dash", "ru", QStringLiteral("Главное – это диалог"),
           QStringLiteral("Главное\u00A0— это диалог"));
    addRow("ru dash: double hyphen", "ru", QStringLiteral("Правда -- ложь"),
           QStringLiteral("Правда\u00A0— ложь"));
    addRow("ru dash: after a quotation and comma (Typograf)", "ru",
           QStringLiteral("\"Мы все прекрасно понимаем\", – съязвил Солодовников"),
           QStringLiteral("«Мы все прекрасно понимаем»,\u00A0— съязвил Солодовников"));
    addRow("ru dash: split quotation (Typograf)", "ru",
           QStringLiteral("«Я могу читать, – первый опять заговорил Петрусь, – и скоро выучусь»"),
           QStringLiteral(
               "«Я могу читать,\u00A0— первый опять заговорил Петрусь,\u00A0— и\u00A0скоро выучусь»"));
    // Typograf puts the non-breaking space after the dash when an ellipsis precedes it.
    addRow("ru dash: after an ellipsis", "ru", QStringLiteral("«Обожди... – сказал Морозко»"),
           QStringLiteral("«Обожди…\u00A0— сказал Морозко»"));
    addRow("ru dash: dialogue lines (Typograf)", "ru", QStringLiteral("- Ты придёшь?\n- Не знаю."),
           QStringLiteral("—\u00A0Ты придёшь?\n—\u00A0Не\u00A0знаю."));
    addRow("ru dash: hyphenated words stay", "ru",
           QStringLiteral("Касым-Жомарт Токаев, из-за, кто-то, какая-либо, Нур-Султан"),
           QStringLiteral("Касым-Жомарт Токаев, из-за, кто-то, какая-либо, Нур-Султан"));
    addRow("ru dash: hyphen glued on one side stays (Typograf)", "ru",
           QStringLiteral("одно- или двухэтажный, откуда -либо"),
           QStringLiteral("одно- или двухэтажный, откуда -либо"));
    addRow("ru dash: minus sign stays", "ru", QStringLiteral("температура -5 градусов"),
           QStringLiteral("температура -5 градусов"));
    addRow("ru dash: en-dash house style", "ru", true, QStringLiteral("Главное - это диалог"),
           QStringLiteral("Главное\u00A0– это диалог"));
    addRow("ru dash: en-dash house style keeps the sample's dash", "ru", true,
           QStringLiteral("управленцев\", – сказал он"), QStringLiteral("управленцев»,\u00A0– сказал он"));
    addRow("ru dash: en-dash house style replaces em dash", "ru", true, QStringLiteral("Правда — ложь"),
           QStringLiteral("Правда\u00A0– ложь"));
    addRow("ru dash: en-dash house style dialogue", "ru", true, QStringLiteral("- Да."),
           QStringLiteral("–\u00A0Да."));

    // --- Dashes, kk -----------------------------------------------------
    addRow("kk dash: spaced hyphen", "kk", QStringLiteral("Бұл - біздің міндетіміз"),
           QStringLiteral("Бұл\u00A0— біздің міндетіміз"));
    addRow("kk dash: dialogue line", "kk", QStringLiteral("- Сәлеметсіз бе?"),
           QStringLiteral("—\u00A0Сәлеметсіз бе?"));
    addRow("kk dash: en-dash house style", "kk", true, QStringLiteral("Бұл — біздің міндетіміз"),
           QStringLiteral("Бұл\u00A0– біздің міндетіміз"));
    addRow("kk dash: hyphenated words stay", "kk", QStringLiteral("Қасым-Жомарт әр-түрлі"),
           QStringLiteral("Қасым-Жомарт әр-түрлі"));

    // --- Dashes, en (Typograf en-US uses a non-breaking space and an em
    // dash; Qalam's English style is a spaced en dash) --------------------
    addRow("en dash: spaced hyphen", "en", QStringLiteral("What is serious - and what is not"),
           QStringLiteral("What is serious – and what is not"));
    addRow("en dash: double hyphen", "en", QStringLiteral("What is serious -- and what is not"),
           QStringLiteral("What is serious – and what is not"));
    addRow("en dash: spaced em dash", "en", QStringLiteral("Wait — what?"), QStringLiteral("Wait – what?"));
    addRow("en dash: no dialogue rule", "en", QStringLiteral("- Item one"), QStringLiteral("- Item one"));
    addRow("en dash: hyphenated words stay", "en", QStringLiteral("a well-known state-of-the-art tool"),
           QStringLiteral("a well-known state-of-the-art tool"));

    // --- Number ranges --------------------------------------------------
    addRow("ru range: years (Typograf)", "ru", QStringLiteral("© 2012-2015 г."),
           QStringLiteral("© 2012–2015\u00A0г."));
    addRow("ru range: count", "ru", QStringLiteral("10-15 человек"), QStringLiteral("10–15 человек"));
    addRow("ru range: falling pair stays (Typograf)", "ru", QStringLiteral("2052-2015 г"),
           QStringLiteral("2052-2015\u00A0г"));
    addRow("ru range: codes and dates stay", "ru",
           QStringLiteral("ТУ 14577-234-224, 2021-05-01, 8-701-555-12-34"),
           QStringLiteral("ТУ 14577-234-224, 2021-05-01, 8-701-555-12-34"));
    addRow("ru range: em dash becomes en dash", "ru", QStringLiteral("1990—2000 годы"),
           QStringLiteral("1990–2000 годы"));
    addRow("ru range: before a hyphenated word", "ru", QStringLiteral("10-15-летний"),
           QStringLiteral("10–15-летний"));
    addRow("ru range: model names stay", "ru", QStringLiteral("Вавилон-5, COVID-19, Су-27"),
           QStringLiteral("Вавилон-5, COVID-19, Су-27"));
    addRow("ru range: decimals", "ru", QStringLiteral("1,5-2 млн"), QStringLiteral("1,5–2\u00A0млн"));
    addRow("kk range: years", "kk", QStringLiteral("2020-2025 жылдары"), QStringLiteral("2020–2025 жылдары"));
    addRow("en range: pages", "en", QStringLiteral("pages 10-15"), QStringLiteral("pages 10–15"));
    addRow("en range: times", "en", QStringLiteral("open 10:00-12:00"), QStringLiteral("open 10:00–12:00"));

    // --- Ellipsis -------------------------------------------------------
    addRow("ru ellipsis (Typograf)", "ru", QStringLiteral("Дубровский молчал... Вдруг он поднял голову"),
           QStringLiteral("Дубровский молчал… Вдруг он поднял голову"));
    addRow("ru ellipsis: at the start (Typograf)", "ru",
           QStringLiteral("...Ва... ва... ваше превосходительство"),
           QStringLiteral("…Ва… ва… ваше превосходительство"));
    addRow("ru ellipsis: two and five dots stay (Typograf)", "ru", QStringLiteral("Куда?.. Ну..... да"),
           QStringLiteral("Куда?.. Ну..... да"));
    addRow("kk ellipsis", "kk", QStringLiteral("Иә... солай"), QStringLiteral("Иә… солай"));
    addRow("en ellipsis (Typograf)", "en", QStringLiteral("The ... fox jumped..."),
           QStringLiteral("The … fox jumped…"));
    addRow("en ellipsis: in brackets (Typograf)", "en", QStringLiteral("[...]\n(...)"),
           QStringLiteral("[…]\n(…)"));

    // --- Non-breaking spaces after short words (ru only) -----------------
    addRow("ru nbsp: prepositions and particles (Typograf)", "ru",
           QStringLiteral("Повторять, пока процесс не свернётся в навык."),
           QStringLiteral("Повторять, пока процесс не\u00A0свернётся в\u00A0навык."));
    addRow("ru nbsp: one after another (Typograf)", "ru", QStringLiteral("И в Москве"),
           QStringLiteral("И\u00A0в\u00A0Москве"));
    addRow("ru nbsp: inside quotes (Typograf)", "ru", QStringLiteral("Быль \"О солдате\""),
           QStringLiteral("Быль «О\u00A0солдате»"));
    addRow("ru nbsp: before a number", "ru", QStringLiteral("по 300 тенге"),
           QStringLiteral("по\u00A0300\u00A0тенге"));
    addRow("ru nbsp: before particles", "ru", QStringLiteral("Он же знал бы"),
           QStringLiteral("Он\u00A0же знал\u00A0бы"));
    addRow("ru nbsp: not before punctuation or a dash", "ru", QStringLiteral("а, и. Не - так"),
           QStringLiteral("а, и. Не\u00A0— так"));
    addRow("ru nbsp: part of a hyphenated word", "ru", QStringLiteral("из-за дождя"),
           QStringLiteral("из-за дождя"));
    addRow("kk nbsp: no short-word rule", "kk", QStringLiteral("Ол мен сен да"),
           QStringLiteral("Ол мен сен да"));
    addRow("en nbsp: no short-word rule (Typograf ties them)", "en",
           QStringLiteral("I call on you my friend"), QStringLiteral("I call on you my friend"));

    // --- Initials -------------------------------------------------------
    addRow("ru initials: one", "ru", QStringLiteral("К. Токаев"), QStringLiteral("К.\u00A0Токаев"));
    addRow("ru initials: two (Typograf)", "ru", QStringLiteral("(М. Ю. Лермонтов)"),
           QStringLiteral("(М.\u00A0Ю.\u00A0Лермонтов)"));
    // Typograf inserts a space between "А.С."; Qalam never inserts.
    addRow("ru initials: written together", "ru", QStringLiteral("А.С. Пушкин"),
           QStringLiteral("А.С.\u00A0Пушкин"));
    addRow("ru initials: compound first name", "ru", QStringLiteral("Касым-Ж. Токаев"),
           QStringLiteral("Касым-Ж.\u00A0Токаев"));
    addRow("ru initials: an abbreviation is not one (Typograf)", "ru",
           QStringLiteral("с корреспондентом РАН. Читайте"),
           QStringLiteral("с\u00A0корреспондентом РАН. Читайте"));
    addRow("kk initials", "kk", QStringLiteral("Қ. Тоқаев"), QStringLiteral("Қ.\u00A0Тоқаев"));
    addRow("en initials", "en", QStringLiteral("J. K. Rowling"), QStringLiteral("J.\u00A0K.\u00A0Rowling"));

    // --- Number and unit ------------------------------------------------
    addRow("ru unit: km", "ru", QStringLiteral("5 км пути"), QStringLiteral("5\u00A0км пути"));
    addRow("ru unit: million", "ru", QStringLiteral("300 млн тенге"), QStringLiteral("300\u00A0млн тенге"));
    addRow("ru unit: percent", "ru", QStringLiteral("12 % голосов"), QStringLiteral("12\u00A0% голосов"));
    addRow("ru unit: abbreviation with a dot (Typograf)", "ru", QStringLiteral("1000 тыс. руб."),
           QStringLiteral("1000\u00A0тыс. руб."));
    addRow("ru unit: not a unit", "ru", QStringLiteral("5 кошек"), QStringLiteral("5 кошек"));
    addRow("ru unit: number sign", "ru", QStringLiteral("Закон № 5"), QStringLiteral("Закон №\u00A05"));
    addRow("kk unit: thousand tenge", "kk", QStringLiteral("5 мың теңге"),
           QStringLiteral("5\u00A0мың теңге"));
    addRow("en unit: km and percent", "en", QStringLiteral("5 km and 20 %"),
           QStringLiteral("5\u00A0km and 20\u00A0%"));
    addRow("en unit: not a unit (Typograf ties any word)", "en", QStringLiteral("20 years"),
           QStringLiteral("20 years"));

    // --- URLs, e-mail addresses and code stay as written -----------------
    addRow("ru protected: URL in quotes", "ru",
           QStringLiteral("Сайт \"https://example.kz/news/10-15\" открыт"),
           QStringLiteral("Сайт «https://example.kz/news/10-15» открыт"));
    addRow("ru protected: URL with dashes, quotes and dots", "ru",
           QStringLiteral("Ссылка https://example.kz/a--b/10-15?q=\"x\"...y - тут"),
           QStringLiteral("Ссылка https://example.kz/a--b/10-15?q=\"x\"...y\u00A0— тут"));
    addRow("ru protected: URL then sentence punctuation", "ru",
           QStringLiteral("(см. https://example.kz/a-b)..."),
           QStringLiteral("(см. https://example.kz/a-b)…"));
    addRow("ru protected: www and bare domain", "ru",
           QStringLiteral("www.tengri-news.kz/10-15 и kazinform.kz/news/1-2"),
           QStringLiteral("www.tengri-news.kz/10-15 и\u00A0kazinform.kz/news/1-2"));
    addRow("ru protected: e-mail", "ru", QStringLiteral("Пишите на user...name@mail.kz - ответим"),
           QStringLiteral("Пишите на\u00A0user...name@mail.kz\u00A0— ответим"));
    addRow("ru protected: inline code", "ru", QStringLiteral("Введите `\"a\" - b...` в поле"),
           QStringLiteral("Введите `\"a\" - b...` в\u00A0поле"));
    addRow("ru protected: code fence across lines", "ru",
           QStringLiteral("```\nx = \"a\" - 1...\n```\n\"Да\""),
           QStringLiteral("```\nx = \"a\" - 1...\n```\n«Да»"));
    addRow("en protected: URL and code", "en", QStringLiteral("See `it's` at http://x.com/don't..."),
           QStringLiteral("See `it's` at http://x.com/don't…"));

    // --- From the sample article -----------------------------------------
    addRow("ru sample: headline", "ru", QStringLiteral("\"В стране должен царить закон\": Токаев - акимам"),
           QStringLiteral("«В\u00A0стране должен царить закон»: Токаев\u00A0— акимам"));
    addRow(
        "ru sample: en-dash outlet", "ru", true,
        QStringLiteral("\"Задача акимов – отобрать претендентов\", – сказал Касым-Жомарт Токаев."),
        QStringLiteral("«Задача акимов\u00A0– отобрать претендентов»,\u00A0– сказал Касым-Жомарт Токаев."));

    // --- Odd input: only "no crash, stable" matters, the rows pin it -------
    addRow("ru odd: lone surrogates", "ru", loneSurrogates(),
           QString(QChar(0xD800)) + QStringLiteral("\"текст»\u00A0— ") + QChar(0xDC00) +
               QStringLiteral(" в\u00A0") + QChar(0xDBFF));
    addRow("ru odd: RTL marks around quotes", "ru", QStringLiteral("\u200F\"שלום\"\u200F и \"мир\""),
           QStringLiteral("\u200F\"שלום\"\u200F и\u00A0«мир»"));
    addRow("ru odd: empty", "ru", QString(), QString());
}

void TestTypography::rules()
{
    QFETCH(QString, language);
    QFETCH(bool, enDash);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Typography::apply(input, options(language, enDash)), expected);
}

void TestTypography::idempotent()
{
    QFETCH(QString, language);
    QFETCH(bool, enDash);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Typography::Options o = options(language, enDash);
    const QString once = Typography::apply(input, o);
    QCOMPARE(Typography::apply(once, o), once);
    QCOMPARE(Typography::apply(expected, o), expected);
    QVERIFY(Typography::edits(once, o).isEmpty());
    QVERIFY(Typography::check(once, o).isEmpty());
}

void TestTypography::editsRebuildApply()
{
    QFETCH(QString, language);
    QFETCH(bool, enDash);
    QFETCH(QString, input);
    const Typography::Options o = options(language, enDash);
    const QList<Typography::Edit> edits = Typography::edits(input, o);
    const QString problem = editsProblem(input, edits);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(applyEdits(input, edits), Typography::apply(input, o));
    QCOMPARE(edits.isEmpty(), Typography::check(input, o).isEmpty());
}

void TestTypography::editsAreMinimal()
{
    const QString input = QStringLiteral("\"Да\" - сказал он... в 2012-2015 гг.");
    const QList<Typography::Edit> expected = {
        {0, 1, QStringLiteral("«")},       {3, 1, QStringLiteral("»")},
        {4, 2, QStringLiteral("\u00A0—")}, {16, 3, QStringLiteral("…")},
        {21, 1, QStringLiteral("\u00A0")}, {26, 1, QStringLiteral("–")},
        {31, 1, QStringLiteral("\u00A0")},
    };
    QCOMPARE(Typography::edits(input, options(QStringLiteral("ru"))), expected);
    QCOMPARE(Typography::edits(QString(), options(QStringLiteral("ru"))), QList<Typography::Edit>());
}

void TestTypography::check_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    const int warning = int(Finding::Severity::Warning);
    const int info = int(Finding::Severity::Info);
    QTest::newRow("straight quotes") << QStringLiteral("ru") << QStringLiteral("Он \"x\"")
                                     << QStringLiteral("typography.straight-quotes") << warning << 3 << 4;
    QTest::newRow("quote level") << QStringLiteral("ru") << QStringLiteral("“x”")
                                 << QStringLiteral("typography.quote-level") << warning << 0 << 1;
    QTest::newRow("dash") << QStringLiteral("ru") << QStringLiteral("Он - x")
                          << QStringLiteral("typography.dash") << warning << 2 << 4;
    QTest::newRow("dialogue dash") << QStringLiteral("kk") << QStringLiteral("- Иә")
                                   << QStringLiteral("typography.dash") << warning << 0 << 2;
    QTest::newRow("dialogue space only") << QStringLiteral("ru") << QStringLiteral("— Да")
                                         << QStringLiteral("typography.dash") << warning << 1 << 2;
    QTest::newRow("en dash") << QStringLiteral("en") << QStringLiteral("yes - no")
                             << QStringLiteral("typography.dash") << warning << 4 << 5;
    QTest::newRow("range") << QStringLiteral("ru") << QStringLiteral("10-15")
                           << QStringLiteral("typography.range") << warning << 2 << 3;
    QTest::newRow("ellipsis") << QStringLiteral("en") << QStringLiteral("so...")
                              << QStringLiteral("typography.ellipsis") << info << 2 << 5;
    QTest::newRow("apostrophe") << QStringLiteral("en") << QStringLiteral("don't")
                                << QStringLiteral("typography.apostrophe") << info << 3 << 4;
    QTest::newRow("nbsp short word") << QStringLiteral("ru") << QStringLiteral("в Москве")
                                     << QStringLiteral("typography.nbsp") << info << 1 << 2;
    QTest::newRow("nbsp initials") << QStringLiteral("kk") << QStringLiteral("Қ. Тоқаев")
                                   << QStringLiteral("typography.nbsp") << info << 2 << 3;
    QTest::newRow("nbsp unit") << QStringLiteral("en") << QStringLiteral("5 km")
                               << QStringLiteral("typography.nbsp") << info << 1 << 2;
}

void TestTypography::check()
{
    QFETCH(QString, language);
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(int, start);
    QFETCH(int, end);
    const QList<Finding> findings = Typography::check(input, options(language));
    QVERIFY(!findings.isEmpty());
    const Finding &first = findings.front();
    QCOMPARE(first.code, code);
    QCOMPARE(int(first.severity), severity);
    QCOMPARE(first.start, start);
    QCOMPARE(first.end, end);
    QVERIFY(!first.message.isEmpty());
    if (QTest::currentDataTag() == QByteArrayLiteral("dialogue space only"))
        QVERIFY2(first.message.startsWith(QStringLiteral("Dialogue")), qPrintable(first.message));
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY(findings[i - 1].start <= findings[i].start);
}

void TestTypography::checkMergesInfoPerParagraph()
{
    // Three short words and a unit in one paragraph, one short word in the next.
    const QString input = QStringLiteral("И в Москве на 5 км\nи \"там\"");
    const QList<Finding> findings = Typography::check(input, options(QStringLiteral("ru")));
    QList<QString> codes;
    for (const Finding &f : findings)
        codes.append(f.code);
    QCOMPARE(codes,
             (QList<QString>{QStringLiteral("typography.nbsp"), QStringLiteral("typography.nbsp"),
                             QStringLiteral("typography.nbsp"), QStringLiteral("typography.straight-quotes"),
                             QStringLiteral("typography.straight-quotes")}));
    QCOMPARE(findings[0].start, 1);
    QCOMPARE(findings[0].end, 14);   // "И", "в", "на"
    QCOMPARE(findings[1].start, 15); // "5 км"
    QCOMPARE(findings[2].start, 20); // "и" in the second paragraph
}

void TestTypography::typesetTextHasNoFindings()
{
    const QString typeset = QStringLiteral("«В\u00A0стране должен царить закон»: Токаев\u00A0— акимам. "
                                           "«Он сказал „да“»,\u00A0— К.\u00A0Токаев, 10–15\u00A0км…");
    QVERIFY(Typography::check(typeset, options(QStringLiteral("ru"))).isEmpty());
}

void TestTypography::sampleArticle()
{
    const QString sample = readSample();
    if (sample.isEmpty())
        QSKIP("the shared fixtures are not beside this checkout");
    const Typography::Options o = options(QStringLiteral("ru"));
    const QString result = Typography::apply(sample, o);
    QVERIFY(result.contains(QStringLiteral("«В\u00A0стране должен царить закон»: Токаев\u00A0— акимам")));
    QVERIFY(result.contains(QStringLiteral("Главное\u00A0— это диалог")));
    QVERIFY(result.contains(QStringLiteral("государства»,\u00A0— заявил Касым-Жомарт Токаев.")));
    QVERIFY(result.contains(QStringLiteral("управленцев»,\u00A0— сказал Касым-Жомарт Токаев.")));
    QVERIFY(result.contains(QStringLiteral("какая-либо протекция")));
    QVERIFY(result.contains(QStringLiteral("Нур-Султана")));
    QVERIFY(!result.contains(u'"'));
    // The sample's broken "Используйте кнопку «\n»" stays as it is.
    QVERIFY(result.contains(QStringLiteral("кнопку «\n    » на\u00A0странице")));
    QCOMPARE(Typography::apply(result, o), result);
    QCOMPARE(applyEdits(sample, Typography::edits(sample, o)), result);
}

void TestTypography::sampleArticleWithEnDashStyle()
{
    const QString sample = readSample();
    if (sample.isEmpty())
        QSKIP("the shared fixtures are not beside this checkout");
    const Typography::Options o = options(QStringLiteral("ru"), true);
    const QString result = Typography::apply(sample, o);
    QVERIFY(result.contains(QStringLiteral("управленцев»,\u00A0– сказал")));
    QVERIFY(result.contains(QStringLiteral("Токаев\u00A0– акимам")));
    QVERIFY(!result.contains(QChar(0x2014)));
    QCOMPARE(Typography::apply(result, o), result);
}

void TestTypography::randomTextIsStable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("enDash");
    QTest::newRow("ru") << QStringLiteral("ru") << false;
    QTest::newRow("ru en dash") << QStringLiteral("ru") << true;
    QTest::newRow("kk") << QStringLiteral("kk") << false;
    QTest::newRow("en") << QStringLiteral("en") << false;
}

// Random mixes of the characters every rule looks at: whatever the input,
// a second run changes nothing and the edits rebuild the result.
void TestTypography::randomTextIsStable()
{
    QFETCH(QString, language);
    QFETCH(bool, enDash);
    const Typography::Options o = options(language, enDash);
    const QStringList pieces = {
        QStringLiteral("\""),     QStringLiteral("'"),      QStringLiteral("«"),    QStringLiteral("»"),
        QStringLiteral("„"),      QStringLiteral("“"),      QStringLiteral("”"),    QStringLiteral("‘"),
        QStringLiteral("’"),      QStringLiteral(" "),      QStringLiteral(" "),    QStringLiteral(" "),
        QStringLiteral("\u00A0"), QStringLiteral("\n"),     QStringLiteral("-"),    QStringLiteral("–"),
        QStringLiteral("—"),      QStringLiteral("."),      QStringLiteral("..."),  QStringLiteral(","),
        QStringLiteral("!"),      QStringLiteral("("),      QStringLiteral(")"),    QStringLiteral("`"),
        QStringLiteral("@"),      QStringLiteral("://"),    QStringLiteral("/"),    QStringLiteral("www."),
        QStringLiteral("http"),   QStringLiteral("a.kz"),   QStringLiteral("в"),    QStringLiteral("не"),
        QStringLiteral("же"),     QStringLiteral("К"),      QStringLiteral("К."),   QStringLiteral("слово"),
        QStringLiteral("word"),   QStringLiteral("s"),      QStringLiteral("1"),    QStringLiteral("15"),
        QStringLiteral("0"),      QStringLiteral("км"),     QStringLiteral("%"),    QStringLiteral("№"),
        QStringLiteral(":"),      QStringLiteral("\u200F"), QString(QChar(0xD800)),
    };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 20000; ++round) {
        QString input;
        const int length = 1 + int(random.bounded(32));
        for (int i = 0; i < length; ++i)
            input += pieces[int(random.bounded(int(pieces.size())))];
        const QString once = Typography::apply(input, o);
        const QString twice = Typography::apply(once, o);
        if (twice != once) {
            QFAIL(qPrintable(QStringLiteral("not idempotent:\n  input: [%1]\n  once:  [%2]\n  twice: [%3]")
                                 .arg(input, once, twice)));
        }
        const QList<Typography::Edit> edits = Typography::edits(input, o);
        const QString problem = editsProblem(input, edits);
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 in [%2]").arg(problem, input)));
        if (applyEdits(input, edits) != once)
            QFAIL(qPrintable(QStringLiteral("edits do not rebuild apply() for [%1]").arg(input)));
    }
}

void TestTypography::hostileInput_data()
{
    QTest::addColumn<QString>("childFunction");
    QTest::newRow("10,000 opening quotes") << QStringLiteral("child_manyOpeningQuotes");
    QTest::newRow("5 MB paragraph without punctuation")
        << QStringLiteral("child_longParagraphWithoutPunctuation");
    QTest::newRow("lone surrogates and RTL marks") << QStringLiteral("child_brokenUnicode");
    QTest::newRow("long runs of dots, dashes, digits, backticks") << QStringLiteral("child_longRuns");
}

void TestTypography::hostileInput()
{
    QFETCH(QString, childFunction);
    // A linear pass needs a few seconds at most for any of these in a debug
    // build; the deadline only separates "finishes" from "hangs".
    const Test::ChildRun run = Test::runChildTestFunction(childFunction, s_childVariable);
    QVERIFY2(run.started, qPrintable(run.output));
    QVERIFY2(run.finished, "typography did not finish within 60 s");
    QVERIFY2(!run.crashed, qPrintable(QStringLiteral("typography crashed (signal); child output:\n") +
                                      run.output.right(2000)));
    QVERIFY2(run.passed(QStringLiteral("TestTypography"), childFunction), qPrintable(run.output.right(3000)));
}

namespace {
// Runs every entry point on `input` in every language and checks the result
// is stable; returns the ru result.
QString runEverything(const QString &input)
{
    QString ru;
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}) {
        const Typography::Options o = options(language);
        const QString once = Typography::apply(input, o);
        if (Typography::apply(once, o) != once)
            qFatal("not idempotent on a hostile input");
        if (applyEdits(input, Typography::edits(input, o)) != once)
            qFatal("edits do not rebuild apply() on a hostile input");
        Typography::check(input, o);
        if (language == u"ru")
            ru = once;
    }
    return ru;
}
} // namespace

void TestTypography::child_manyOpeningQuotes()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    QString input = QString(10000, u'"') + QStringLiteral("текст ") + QString(10000, QChar(0x00AB)) +
                    QStringLiteral("текст ") + QString(10000, u'\'') + QStringLiteral("x");
    const QString ru = runEverything(input);
    QCOMPARE(ru.size(), input.size());
    QVERIFY(ru.startsWith(QStringLiteral("««")));
    // and as many closing ones, in one paragraph
    input = QStringLiteral("слово ") + QString(10000, u'"') + QStringLiteral("x") + QString(10000, u'"');
    QVERIFY(runEverything(input).contains(QStringLiteral("„x“")));
}

void TestTypography::child_longParagraphWithoutPunctuation()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    const QString words = QStringLiteral("слово в слово и не только жазу text 5 км ");
    const QString chunk = words.repeated(1024);
    const qsizetype chunkBytes = chunk.toUtf8().size();
    QString input;
    for (qsizetype bytes = 0; bytes < 5 * 1024 * 1024; bytes += chunkBytes)
        input += chunk;
    QElapsedTimer timer;
    timer.start();
    const QString ru = runEverything(input);
    qInfo("5 MB paragraph, three languages, all entry points: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(ru.size(), input.size());
    // and the same length with no space at all
    input = QString(3 * 1024 * 1024, u'ж');
    QCOMPARE(runEverything(input), input);
}

void TestTypography::child_brokenUnicode()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    QString input;
    const char16_t units[] = {0xD800, u'"', 0xDC00, u' ', u'-',   u' ', 0x200F, u'\'',
                              0x202E, u'.', u'.',   u'.', 0xDBFF, u'в', u' ',   0xDFFF,
                              0x200E, u'5', u' ',   u'%', 0xFEFF, u'\n'};
    for (int i = 0; i < 50000; ++i)
        input.append(reinterpret_cast<const QChar *>(units), qsizetype(std::size(units)));
    const QString ru = runEverything(input);
    // No surrogate is touched.
    QCOMPARE(ru.count(QChar(0xD800)), input.count(QChar(0xD800)));
    QCOMPARE(ru.count(QChar(0xDFFF)), input.count(QChar(0xDFFF)));
}

void TestTypography::child_longRuns()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    const qsizetype size = 512 * 1024;
    QString backticks;
    for (int length = 1; backticks.size() < size; ++length)
        backticks += QString(length, u'`') + u'x';
    const QList<std::pair<const char *, QString>> inputs = {
        {"dots", QString(size, u'.')},
        {"ellipses", QStringLiteral("... ").repeated(size / 4)},
        {"spaced hyphens", QStringLiteral("- ").repeated(size / 2)},
        {"hyphen between long spaces", QString(size, u' ') + u'-' + QString(size, u' ') + u'x'},
        {"hyphen chain", QStringLiteral("1-").repeated(size / 2) + u'1'},
        {"long numbers", QString(size, u'1') + u'-' + QString(size, u'2')},
        {"long dotted number", QStringLiteral("1.").repeated(size / 2) + QStringLiteral("1-2")},
        {"backtick runs of every length", backticks},
        {"at signs", QStringLiteral("a@").repeated(size / 2)},
        {"schemes", QStringLiteral("a://").repeated(size / 4)},
        {"domains", QStringLiteral("a.kz/").repeated(size / 5)},
        {"quote marks", QStringLiteral("\"'").repeated(size / 2)},
        {"apostrophes then quotes",
         QStringLiteral("'a ").repeated(size / 3) + QStringLiteral("\"a\" ").repeated(size / 4)},
    };
    for (const auto &[name, input] : inputs) {
        QElapsedTimer timer;
        timer.start();
        runEverything(input);
        qInfo("%s (%lld units): %lld ms", name, qint64(input.size()), qint64(timer.elapsed()));
    }
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
