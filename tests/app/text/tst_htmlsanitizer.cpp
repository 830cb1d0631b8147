#include "app/text/htmlsanitizer.h"
#include "tests/support/childtest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qalam;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void idempotent_data();
    void idempotent();
    void blockBoundariesKeepWordsApart_data();
    void blockBoundariesKeepWordsApart();
    void plainText_data();
    void plainText();
    void fromPlainText_data();
    void fromPlainText();
    void escape();
    void largeInput();
    void largeInputWithAmpersands();
    void nestedInput();
    void hostileInput_data();
    void hostileInput();

    // Run only inside the child process hostileInput() starts: a crash or a
    // runaway loop there must fail one test, not take the whole suite down.
    void child_deepNesting();
    void child_longTextRunWithAmpersands();
};

namespace {
const char *s_childVariable = "QALAM_SANITIZER_CHILD";

bool inChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}

QString nested(int depth, const QString &text)
{
    QString input;
    for (int i = 0; i < depth; ++i)
        input += (i % 2) ? QStringLiteral("<div>") : QStringLiteral("<span>");
    return input + text;
}
} // namespace

void TestHtmlSanitizer::rules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Active content goes, with its text.
    QTest::newRow("script between paragraphs")
        << QStringLiteral("<p>До</p><script>alert(\"x\")</script><p>После</p>")
        << QStringLiteral("<p>До</p><p>После</p>");
    QTest::newRow("script inside a paragraph")
        << QStringLiteral("<p>До<script>document.cookie</script> после</p>")
        << QStringLiteral("<p>До после</p>");
    QTest::newRow("upper-case script")
        << QStringLiteral("<P>Текст</P><SCRIPT>x()</SCRIPT>") << QStringLiteral("<p>Текст</p>");
    QTest::newRow("unterminated script")
        << QStringLiteral("<p>Текст</p><script>x()") << QStringLiteral("<p>Текст</p>");
    QTest::newRow("style") << QStringLiteral("<style>p { color: red }</style><p>Текст</p>")
                           << QStringLiteral("<p>Текст</p>");
    QTest::newRow("iframe")
        << QStringLiteral("<p>Видео:</p><iframe src=\"https://youtube.com/embed/x\">запасной текст</iframe>")
        << QStringLiteral("<p>Видео:</p>");
    QTest::newRow("svg and noscript")
        << QStringLiteral("<p>Текст<svg><text>svg</text></svg></p><noscript>включите JS</noscript>")
        << QStringLiteral("<p>Текст</p>");
    QTest::newRow("head and title") << QStringLiteral(
                                           "<html><head><title>Заголовок окна</title><meta "
                                           "charset=\"utf-8\"></head><body><p>Текст</p></body></html>")
                                    << QStringLiteral("<p>Текст</p>");

    // Attributes and links.
    QTest::newRow("on* attributes") << QStringLiteral(
                                           "<p onclick=\"steal()\">Текст <a href=\"https://example.kz/\" "
                                           "onmouseover=\"x()\">ссылка</a></p>")
                                    << QStringLiteral(
                                           "<p>Текст <a href=\"https://example.kz/\">ссылка</a></p>");
    QTest::newRow("javascript: url") << QStringLiteral("<p><a href=\"javascript:alert(1)\">клик</a></p>")
                                     << QStringLiteral("<p>клик</p>");
    QTest::newRow("mixed-case javascript: url with spaces")
        << QStringLiteral("<p><a href=\"  JaVaScRiPt:alert(1)\">клик</a></p>")
        << QStringLiteral("<p>клик</p>");
    QTest::newRow("data: url") << QStringLiteral("<p><a href=\"data:text/html,<b>x</b>\">клик</a></p>")
                               << QStringLiteral("<p>клик</p>");
    QTest::newRow("utm parameters removed")
        << QStringLiteral("<p><a "
                          "href=\"https://kz.kursiv.media/"
                          "news?id=5&amp;utm_source=tg&amp;utm_medium=social\">новость</a></p>")
        << QStringLiteral("<p><a href=\"https://kz.kursiv.media/news?id=5\">новость</a></p>");
    QTest::newRow("only utm parameters")
        << QStringLiteral(
               "<p><a href=\"https://example.kz/news?utm_source=tg&utm_campaign=x\">новость</a></p>")
        << QStringLiteral("<p><a href=\"https://example.kz/news\">новость</a></p>");
    QTest::newRow("other parameters kept and escaped")
        << QStringLiteral("<p><a href=\"https://example.kz/?a=1&b=2&UTM_term=x\">новость</a></p>")
        << QStringLiteral("<p><a href=\"https://example.kz/?a=1&amp;b=2\">новость</a></p>");
    QTest::newRow("mailto kept") << QStringLiteral("<a href=\"mailto:news@example.kz\">почта</a>")
                                 << QStringLiteral("<p><a href=\"mailto:news@example.kz\">почта</a></p>");
    QTest::newRow("attribute with > inside quotes")
        << QStringLiteral("<p title=\"a>b\">текст</p>") << QStringLiteral("<p>текст</p>");

    // Formatting mapped onto the subset.
    QTest::newRow("b to strong") << QStringLiteral("<p><b>Важно</b>: текст</p>")
                                 << QStringLiteral("<p><strong>Важно</strong>: текст</p>");
    QTest::newRow("i to em") << QStringLiteral("<p><i>курсив</i> и <em>тоже</em></p>")
                             << QStringLiteral("<p><em>курсив</em> и <em>тоже</em></p>");
    QTest::newRow("span bold to strong")
        << QStringLiteral("<p><span style=\"font-weight:700\">жирный</span> и <span style=\"font-weight: "
                          "bold\">тоже</span></p>")
        << QStringLiteral("<p><strong>жирный</strong> и <strong>тоже</strong></p>");
    QTest::newRow("span italic to em")
        << QStringLiteral("<p><span style=\"font-style: italic\">курсив</span></p>")
        << QStringLiteral("<p><em>курсив</em></p>");
    QTest::newRow("span bold and italic")
        << QStringLiteral("<p><span style=\"font-weight:bold; font-style:italic\">оба</span> нет</p>")
        << QStringLiteral("<p><strong><em>оба</em></strong> нет</p>");
    QTest::newRow("plain span unwrapped")
        << QStringLiteral("<p><span class=\"x\">текст</span></p>") << QStringLiteral("<p>текст</p>");
    QTest::newRow("font and u unwrapped")
        << QStringLiteral("<p><font color=\"red\">красный</font> <u>подчёркнутый</u></p>")
        << QStringLiteral("<p>красный подчёркнутый</p>");
    QTest::newRow("h1 to h2") << QStringLiteral("<h1>Заголовок</h1>") << QStringLiteral("<h2>Заголовок</h2>");
    QTest::newRow("h2 and h3 kept") << QStringLiteral("<h2>Два</h2><h3>Три</h3>")
                                    << QStringLiteral("<h2>Два</h2><h3>Три</h3>");
    QTest::newRow("h4 to h3") << QStringLiteral("<h4>Подзаголовок</h4>")
                              << QStringLiteral("<h3>Подзаголовок</h3>");
    QTest::newRow("h6 to h3") << QStringLiteral("<h6>Мелкий</h6>") << QStringLiteral("<h3>Мелкий</h3>");
    QTest::newRow("div to p") << QStringLiteral("<div>Первый</div><div>Второй</div>")
                              << QStringLiteral("<p>Первый</p><p>Второй</p>");
    QTest::newRow("nested divs") << QStringLiteral("<div><div>Первый</div>Второй</div>")
                                 << QStringLiteral("<p>Первый</p><p>Второй</p>");
    QTest::newRow("table cells to paragraphs")
        << QStringLiteral("<table><tr><td>а</td><td>б</td></tr></table>")
        << QStringLiteral("<p>а</p><p>б</p>");
    QTest::newRow("stray text wrapped")
        << QStringLiteral("Просто текст") << QStringLiteral("<p>Просто текст</p>");
    QTest::newRow("stray text around a paragraph")
        << QStringLiteral("Текст<p>Абзац</p>хвост") << QStringLiteral("<p>Текст</p><p>Абзац</p><p>хвост</p>");
    QTest::newRow("stray inline formatting")
        << QStringLiteral("<b>жирный</b> текст") << QStringLiteral("<p><strong>жирный</strong> текст</p>");
    QTest::newRow("word processor paste")
        << QStringLiteral(
               "<html><body><!--StartFragment--><div class=\"WordSection1\"><p class=\"MsoNormal\">"
               "<span style=\"font-weight:bold\">Жирный</span><o:p></o:p></p></div></body></html>")
        << QStringLiteral("<p><strong>Жирный</strong></p>");

    // Structure.
    QTest::newRow("list") << QStringLiteral("<ul><li>Один</li><li>Два</li></ul>")
                          << QStringLiteral("<ul><li>Один</li><li>Два</li></ul>");
    QTest::newRow("ordered list") << QStringLiteral("<ol><li>Один</li><li>Два</li></ol>")
                                  << QStringLiteral("<ol><li>Один</li><li>Два</li></ol>");
    QTest::newRow("nested lists")
        << QStringLiteral("<ul><li>Один<ul><li>Вложенный</li></ul></li><li>Два</li></ul>")
        << QStringLiteral("<ul><li>Один<ul><li>Вложенный</li></ul></li><li>Два</li></ul>");
    QTest::newRow("ordered inside unordered")
        << QStringLiteral("<ul><li>Один<ol><li>а</li><li>б</li></ol></li></ul>")
        << QStringLiteral("<ul><li>Один<ol><li>а</li><li>б</li></ol></li></ul>");
    QTest::newRow("blockquote") << QStringLiteral("<blockquote><p>Цитата</p></blockquote>")
                                << QStringLiteral("<blockquote><p>Цитата</p></blockquote>");
    QTest::newRow("blockquote with bare text") << QStringLiteral("<blockquote>Цитата</blockquote>")
                                               << QStringLiteral("<blockquote><p>Цитата</p></blockquote>");
    QTest::newRow("figure and figcaption")
        << QStringLiteral("<figure><img src=\"akorda.jpg\"><figcaption>Фото: Акорда</figcaption></figure>")
        << QStringLiteral("<figure><figcaption>Фото: Акорда</figcaption></figure>");
    QTest::newRow("figcaption outside figure")
        << QStringLiteral("<figcaption>Подпись</figcaption>") << QStringLiteral("<p>Подпись</p>");
    QTest::newRow("br") << QStringLiteral("<p>один<br>два<br />три</p>")
                        << QStringLiteral("<p>один<br>два<br>три</p>");
    QTest::newRow("empty paragraphs dropped")
        << QStringLiteral("<p></p><p> </p><p><strong> </strong></p><p>текст</p>")
        << QStringLiteral("<p>текст</p>");
    QTest::newRow("white space collapsed") << QStringLiteral("<p>  много   пробелов \n перевод\tстроки  </p>")
                                           << QStringLiteral("<p>много пробелов перевод строки</p>");
    QTest::newRow("comment") << QStringLiteral("<p>текст<!-- <script>x</script> --></p>")
                             << QStringLiteral("<p>текст</p>");

    // Text.
    QTest::newRow("entities decoded and re-escaped")
        << QStringLiteral("<p>&laquo;Кавычки&raquo; &amp; &lt;тег&gt; &quot;q&quot; 10&nbsp;мая&nbsp;&mdash; "
                          "&#1178;&#x049B;</p>")
        << QStringLiteral("<p>«Кавычки» &amp; &lt;тег&gt; &quot;q&quot; 10\u00a0мая\u00a0— Ққ</p>");
    QTest::newRow("bare ampersand and unknown entity")
        << QStringLiteral("<p>AT&T &foo; Q&amp;A</p>") << QStringLiteral("<p>AT&amp;T &amp;foo; Q&amp;A</p>");
    QTest::newRow("lone less-than") << QStringLiteral("<p>a < b</p>") << QStringLiteral("<p>a &lt; b</p>");
    QTest::newRow("invalid numeric entity")
        << QStringLiteral("<p>x&#0;y&#xD800;z</p>") << QStringLiteral("<p>x\ufffdy\ufffdz</p>");
    QTest::newRow("cyrillic and kazakh preserved")
        << QStringLiteral("<p>Қазақстан әкімдері: ә ғ қ ң ө ұ ү һ і, Ё ё Й й</p>")
        << QStringLiteral("<p>Қазақстан әкімдері: ә ғ қ ң ө ұ ү һ і, Ё ё Й й</p>");
    QTest::newRow("non-BMP character preserved")
        << QStringLiteral("<p>огонь \U0001F525</p>") << QStringLiteral("<p>огонь \U0001F525</p>");

    // Unclosed and misnested tags.
    QTest::newRow("unclosed paragraphs")
        << QStringLiteral("<p>Первый<p>Второй <strong>жирный")
        << QStringLiteral("<p>Первый</p><p>Второй <strong>жирный</strong></p>");
    QTest::newRow("unclosed list items")
        << QStringLiteral("<ul><li>Один<li>Два</ul>") << QStringLiteral("<ul><li>Один</li><li>Два</li></ul>");
    QTest::newRow("unclosed em") << QStringLiteral("<p><em>курсив</p><p>прямой</p>")
                                 << QStringLiteral("<p><em>курсив</em></p><p>прямой</p>");
    QTest::newRow("stray end tags") << QStringLiteral("</div></p>текст</strong>")
                                    << QStringLiteral("<p>текст</p>");
    QTest::newRow("empty input") << QString() << QString();
}

void TestHtmlSanitizer::rules()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(input).html, expected);
}

namespace {
// A block boundary between two words inside a list item, even an empty
// block, must not glue the words together.
void addBlockBoundaryRows()
{
    QTest::newRow("empty paragraph in a list item")
        << QStringLiteral("<ul><li>слово<p></p>слово</li></ul>") << QString();
    QTest::newRow("empty div in a list item")
        << QStringLiteral("<ul><li>слово<div></div>слово</li></ul>") << QString();
    QTest::newRow("empty nested list")
        << QStringLiteral("<ul><li>слово<ul></ul>слово</li></ul>") << QString();
    QTest::newRow("empty quote in a list item")
        << QStringLiteral("<ol><li>слово<blockquote></blockquote>слово</li></ol>") << QString();
    QTest::newRow("hr in a list item") << QStringLiteral("<ul><li>слово<hr>слово</li></ul>") << QString();
    QTest::newRow("stray text in a list") << QStringLiteral("<ol>слово<p></p>слово</ol>") << QString();
}
} // namespace

void TestHtmlSanitizer::idempotent_data()
{
    rules_data();
    addBlockBoundaryRows();
}

void TestHtmlSanitizer::idempotent()
{
    QFETCH(QString, input);
    const HtmlSanitizer::Output once = HtmlSanitizer::sanitize(input);
    const HtmlSanitizer::Output twice = HtmlSanitizer::sanitize(once.html);
    QCOMPARE(twice.html, once.html);
    QCOMPARE(twice.text, once.text);
}

void TestHtmlSanitizer::blockBoundariesKeepWordsApart_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // unused: the words are what matters
    addBlockBoundaryRows();
}

void TestHtmlSanitizer::blockBoundariesKeepWordsApart()
{
    QFETCH(QString, input);
    const HtmlSanitizer::Output once = HtmlSanitizer::sanitize(input);
    const HtmlSanitizer::Output twice = HtmlSanitizer::sanitize(once.html);
    QVERIFY2(!once.text.contains(QStringLiteral("словослово")), qPrintable(once.text));
    QVERIFY2(!twice.text.contains(QStringLiteral("словослово")), qPrintable(once.html));
    QCOMPARE(once.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("слово"), QStringLiteral("слово")}));
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs and heading")
        << QStringLiteral("<h2>Заголовок</h2><p>Абзац один.</p><p>Абзац <strong>два</strong>.</p>")
        << QStringLiteral("Заголовок\nАбзац один.\nАбзац два.");
    QTest::newRow("list items") << QStringLiteral("<ul><li>раз</li><li>два</li></ul>")
                                << QStringLiteral("раз\nдва");
    QTest::newRow("nested list items")
        << QStringLiteral("<ul><li>Один<ul><li>Вложенный</li></ul></li><li>Два</li></ul>")
        << QStringLiteral("Один\nВложенный\nДва");
    QTest::newRow("br") << QStringLiteral("<p>строка<br>строка</p>") << QStringLiteral("строка\nстрока");
    QTest::newRow("entities") << QStringLiteral("<p>&laquo;Ққ&raquo; &amp; &lt;b&gt;</p>")
                              << QStringLiteral("«Ққ» & <b>");
    QTest::newRow("quote then paragraph")
        << QStringLiteral("<blockquote><p>Цитата</p></blockquote><p>После</p>")
        << QStringLiteral("Цитата\nПосле");
    QTest::newRow("script text is not text")
        << QStringLiteral("<p>Текст</p><script>var a = 1;</script>") << QStringLiteral("Текст");
    QTest::newRow("link text") << QStringLiteral("<p>См. <a href=\"https://example.kz/\">сайт</a>.</p>")
                               << QStringLiteral("См. сайт.");
    QTest::newRow("figure caption") << QStringLiteral(
                                           "<p>До</p><figure><figcaption>Фото: Акорда</figcaption></figure>")
                                    << QStringLiteral("До\nФото: Акорда");
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QCOMPARE(HtmlSanitizer::sanitize(input).text, text);
}

void TestHtmlSanitizer::fromPlainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("lines become paragraphs") << QStringLiteral("Первый абзац\nВторой абзац\n")
                                             << QStringLiteral("<p>Первый абзац</p><p>Второй абзац</p>")
                                             << QStringLiteral("Первый абзац\nВторой абзац");
    QTest::newRow("crlf, cr and blank lines")
        << QStringLiteral("Один\r\n\r\nДва\rТри\n\n\n") << QStringLiteral("<p>Один</p><p>Два</p><p>Три</p>")
        << QStringLiteral("Один\nДва\nТри");
    QTest::newRow("spaces collapsed")
        << QStringLiteral("  пробелы \t внутри  ") << QStringLiteral("<p>пробелы внутри</p>")
        << QStringLiteral("пробелы внутри");
    QTest::newRow("markup is text") << QStringLiteral("<script>alert(1)</script> & <b>")
                                    << QStringLiteral(
                                           "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</p>")
                                    << QStringLiteral("<script>alert(1)</script> & <b>");
    QTest::newRow("entity-looking text stays")
        << QStringLiteral("&amp; &laquo;") << QStringLiteral("<p>&amp;amp; &amp;laquo;</p>")
        << QStringLiteral("&amp; &laquo;");
    QTest::newRow("kazakh") << QStringLiteral("Қазақстан\nәкімдері")
                            << QStringLiteral("<p>Қазақстан</p><p>әкімдері</p>")
                            << QStringLiteral("Қазақстан\nәкімдері");
    QTest::newRow("paragraph separator")
        << QStringLiteral("Один\u2029Два") << QStringLiteral("<p>Один</p><p>Два</p>")
        << QStringLiteral("Один\nДва");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestHtmlSanitizer::fromPlainText()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QFETCH(QString, text);
    const HtmlSanitizer::Output out = HtmlSanitizer::fromPlainText(input);
    QCOMPARE(out.html, html);
    QCOMPARE(out.text, text);
}

void TestHtmlSanitizer::escape()
{
    QCOMPARE(HtmlSanitizer::escape(QStringLiteral("<a href=\"x\">&</a> 'ә'")),
             QStringLiteral("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; 'ә'"));
}

void TestHtmlSanitizer::largeInput()
{
    // About 10 MB of pasted HTML: many paragraphs with formatting, links and
    // junk around them. No timing assertion; it has to finish and be complete.
    const QString paragraph = QStringLiteral(
        "<div class=\"x\"><p style=\"margin:0\">Глава государства <b>Касым-Жомарт Токаев</b> провел "
        "совещание "
        "с акимами, <a href=\"https://akorda.kz/ru/news?utm_source=x\">передает Акорда</a>. Қазақстан &amp; "
        "әкімдер.<script>track()</script></p></div>\n");
    const int paragraphs = int(10 * 1024 * 1024 / paragraph.toUtf8().size()) + 1;
    QString input;
    input.reserve(paragraphs * paragraph.size());
    for (int i = 0; i < paragraphs; ++i)
        input += paragraph;
    QVERIFY(input.toUtf8().size() >= 10 * 1024 * 1024);

    const HtmlSanitizer::Output out = HtmlSanitizer::sanitize(input);
    QCOMPARE(out.html.count(QStringLiteral("<p>")), paragraphs);
    QCOMPARE(out.html.count(QStringLiteral("</p>")), paragraphs);
    QCOMPARE(out.text.count(u'\n'), paragraphs - 1);
    QVERIFY(!out.html.contains(QStringLiteral("script")));
    QVERIFY(!out.html.contains(QStringLiteral("utm_")));
    QVERIFY(out.html.startsWith(QStringLiteral("<p>Глава государства <strong>Касым-Жомарт Токаев</strong>")));
}

void TestHtmlSanitizer::largeInputWithAmpersands()
{
    // Plain text pasted as HTML, full of "&" and without a single ";": every
    // ampersand must not make the sanitizer scan the rest of the input.
    const QString line = QStringLiteral("<p>Q&A: AT&T, R&D и M&A — это нормально</p>\n");
    const int paragraphs = int(10 * 1024 * 1024 / line.toUtf8().size()) + 1;
    QString input;
    input.reserve(paragraphs * line.size());
    for (int i = 0; i < paragraphs; ++i)
        input += line;

    const HtmlSanitizer::Output out = HtmlSanitizer::sanitize(input);
    QCOMPARE(out.html.count(QStringLiteral("<p>")), paragraphs);
    QVERIFY(
        out.html.startsWith(QStringLiteral("<p>Q&amp;A: AT&amp;T, R&amp;D и M&amp;A — это нормально</p>")));
}

void TestHtmlSanitizer::nestedInput()
{
    // Broken pastes nest without closing; the result is still one paragraph.
    const HtmlSanitizer::Output out = HtmlSanitizer::sanitize(nested(1000, QStringLiteral("глубоко")));
    QCOMPARE(out.html, QStringLiteral("<p>глубоко</p>"));
    QCOMPARE(out.text, QStringLiteral("глубоко"));
}

void TestHtmlSanitizer::hostileInput_data()
{
    QTest::addColumn<QString>("childFunction");
    // 100000 unclosed tags (600 kB): must not exhaust the stack.
    QTest::newRow("deep nesting") << QStringLiteral("child_deepNesting");
    // 10 MB of text with "&" and no ";" in one run: must stay linear.
    QTest::newRow("long text run with ampersands") << QStringLiteral("child_longTextRunWithAmpersands");
}

void TestHtmlSanitizer::hostileInput()
{
    QFETCH(QString, childFunction);
    // A linear pass needs a few seconds at most for any of these in a debug
    // build; the deadline only separates "finishes" from "hangs".
    const Test::ChildRun run = Test::runChildTestFunction(childFunction, s_childVariable);
    QVERIFY2(run.started, qPrintable(run.output));
    QVERIFY2(run.finished, "the sanitizer did not finish within 60 s");
    QVERIFY2(!run.crashed, qPrintable(QStringLiteral("the sanitizer crashed (signal); child output:\n") +
                                      run.output.right(2000)));
    QVERIFY2(run.passed(QStringLiteral("TestHtmlSanitizer"), childFunction),
             qPrintable(run.output.right(3000)));
}

void TestHtmlSanitizer::child_deepNesting()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    const HtmlSanitizer::Output out = HtmlSanitizer::sanitize(nested(100000, QStringLiteral("глубоко")));
    QCOMPARE(out.html, QStringLiteral("<p>глубоко</p>"));
}

void TestHtmlSanitizer::child_longTextRunWithAmpersands()
{
    if (!inChild())
        QSKIP("runs in the child process that hostileInput() starts");
    const QString line = QStringLiteral("Q&A: AT&T, R&D и M&A — это нормально\n");
    const int lines = int(10 * 1024 * 1024 / line.toUtf8().size()) + 1;
    QString input;
    input.reserve(lines * line.size());
    for (int i = 0; i < lines; ++i)
        input += line;
    const HtmlSanitizer::Output out = HtmlSanitizer::sanitize(input);
    QVERIFY(out.html.startsWith(QStringLiteral("<p>Q&amp;A: AT&amp;T, R&amp;D и M&amp;A — это нормально ")));
    QCOMPARE(out.html.count(QStringLiteral("<p>")), 1);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
