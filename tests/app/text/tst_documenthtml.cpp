#include "app/text/documenthtml.h"
#include "app/text/htmlsanitizer.h"
#include "tests/support/testfiles.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qalam;

// QTextDocument without layout or painting works under QCoreApplication, so
// this core test needs no display and no platform plugin.
class TestDocumentHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void stableAfterOneRound_data();
    void stableAfterOneRound();
    void fromEditedDocument();
    void loadDoesNotLeaveUndoHistory();
    void editorKeepsStoredStructure_data();
    void editorKeepsStoredStructure();
};

void TestDocumentHtml::initTestCase()
{
    Test::quietHeadingFontWarnings();
}

void TestDocumentHtml::roundTrip_data()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("paragraphs") << QStringLiteral("<p>Первый абзац.</p><p>Второй абзац.</p>");
    QTest::newRow("h2") << QStringLiteral("<h2>Заголовок</h2><p>Текст</p>");
    QTest::newRow("h3") << QStringLiteral("<h3>Подзаголовок</h3><p>Текст</p>");
    QTest::newRow("strong") << QStringLiteral("<p>Это <strong>важно</strong>, очень.</p>");
    QTest::newRow("em") << QStringLiteral("<p>Это <em>курсив</em>.</p>");
    QTest::newRow("link") << QStringLiteral(
        "<p>См. <a href=\"https://akorda.kz/ru/news\">сайт Акорды</a>.</p>");
    QTest::newRow("link with query") << QStringLiteral(
        "<p><a href=\"https://example.kz/?a=1&amp;b=2\">ссылка</a></p>");
    QTest::newRow("bold link") << QStringLiteral(
        "<p><a href=\"https://example.kz/\"><strong>жирная ссылка</strong></a></p>");
    QTest::newRow("ul") << QStringLiteral("<ul><li>Один</li><li>Два</li></ul>");
    QTest::newRow("ol") << QStringLiteral("<ol><li>Один</li><li>Два</li></ol>");
    QTest::newRow("list between paragraphs")
        << QStringLiteral("<p>До</p><ul><li>Один</li><li>Два</li></ul><p>После</p>");
    QTest::newRow("two lists") << QStringLiteral("<ul><li>Один</li></ul><p>Между</p><ol><li>Раз</li></ol>");
    QTest::newRow("formatting in list item")
        << QStringLiteral("<ul><li><strong>Один</strong> и <em>два</em></li></ul>");
    QTest::newRow("blockquote") << QStringLiteral(
        "<p>До</p><blockquote><p>Цитата</p></blockquote><p>После</p>");
    QTest::newRow("blockquote with two paragraphs")
        << QStringLiteral("<blockquote><p>Первый</p><p>Второй</p></blockquote>");
    QTest::newRow("br") << QStringLiteral("<p>строка<br>строка</p>");
    QTest::newRow("escaped text") << QStringLiteral("<p>&lt;тег&gt; &amp; &quot;кавычки&quot; «ёлочки»</p>");
    QTest::newRow("kazakh") << QStringLiteral("<h2>Қазақстан</h2><p>ә ғ қ ң ө ұ ү һ і</p>");
    QTest::newRow("everything") << QStringLiteral(
        "<h2>Заголовок</h2><p>Глава государства <strong>Касым-Жомарт Токаев</strong> провел "
        "<em>рабочее</em> совещание, <a href=\"https://akorda.kz/\">передает Акорда</a>.</p>"
        "<h3>Задачи</h3><ol><li>Закон</li><li>Диалог</li></ol>"
        "<blockquote><p>В стране должен царить закон.</p></blockquote><ul><li>Итог</li></ul>");
}

void TestDocumentHtml::roundTrip()
{
    QFETCH(QString, html);
    const QString sanitized = HtmlSanitizer::sanitize(html).html;
    QCOMPARE(sanitized, html); // the row is written in the stored subset

    QTextDocument document;
    DocumentHtml::load(document, html);
    const QString back = DocumentHtml::toSubsetHtml(document);
    QCOMPARE(HtmlSanitizer::sanitize(back).html, sanitized);
    QCOMPARE(back, sanitized);
}

void TestDocumentHtml::stableAfterOneRound_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    // Formats that overlap are written as runs of one format each; after one
    // round the HTML no longer changes and the text is the same.
    QTest::newRow("em inside strong")
        << QStringLiteral("<p><strong>жирный <em>и курсив</em></strong> текст</p>")
        << QStringLiteral("жирный и курсив текст");
    QTest::newRow("strong inside link")
        << QStringLiteral("<p><a href=\"https://example.kz/\">ссылка <strong>жирная</strong></a></p>")
        << QStringLiteral("ссылка жирная");
    QTest::newRow("unsanitised input")
        << QStringLiteral("<div><b>Жирный</b> <i>курсив</i></div><h1>Заголовок</h1><script>x()</script>")
        << QStringLiteral("Жирный курсив\nЗаголовок");
}

void TestDocumentHtml::stableAfterOneRound()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    QTextDocument first;
    DocumentHtml::load(first, HtmlSanitizer::sanitize(html).html);
    const QString once = DocumentHtml::toSubsetHtml(first);
    QCOMPARE(HtmlSanitizer::sanitize(once).html, once);
    QCOMPARE(HtmlSanitizer::sanitize(once).text, text);

    QTextDocument second;
    DocumentHtml::load(second, once);
    QCOMPARE(DocumentHtml::toSubsetHtml(second), once);
}

void TestDocumentHtml::fromEditedDocument()
{
    // What an editor builds with cursors, not with HTML.
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    cursor.setBlockFormat(heading);
    cursor.insertText(QStringLiteral("Заголовок"));

    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("Обычный "));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral("жирный"), bold);
    cursor.insertText(QStringLiteral(" и "), QTextCharFormat());
    QTextCharFormat italic;
    italic.setFontItalic(true);
    cursor.insertText(QStringLiteral("курсив"), italic);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("https://example.kz/a?b=1&c=2"));
    cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    cursor.insertText(QStringLiteral("ссылка"), link);

    QTextBlockFormat quote;
    quote.setProperty(QTextFormat::BlockQuoteLevel, 1);
    cursor.insertBlock(quote, QTextCharFormat());
    cursor.insertText(QStringLiteral("Цитата"));

    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDecimal);
    cursor.createList(listFormat);
    cursor.insertText(QStringLiteral("Раз"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("Два"));

    QCOMPARE(DocumentHtml::toSubsetHtml(document),
             QStringLiteral("<h2>Заголовок</h2><p>Обычный <strong>жирный</strong> и <em>курсив</em> "
                            "<a href=\"https://example.kz/a?b=1&amp;c=2\">ссылка</a></p>"
                            "<blockquote><p>Цитата</p></blockquote><ol><li>Раз</li><li>Два</li></ol>"));
}

void TestDocumentHtml::loadDoesNotLeaveUndoHistory()
{
    QTextDocument document;
    DocumentHtml::load(document, QStringLiteral("<blockquote><p>Цитата</p></blockquote>"));
    QVERIFY(!document.isUndoAvailable());
    QVERIFY(!document.isModified());
    QCOMPARE(document.toPlainText(), QStringLiteral("Цитата"));
}

void TestDocumentHtml::editorKeepsStoredStructure_data()
{
    QTest::addColumn<QString>("html");

    // Subset HTML that reaches the store without the editor (qalam-cli new
    // --body-file, imports, the sample newsroom) and must survive being opened
    // and autosaved: the first keystroke must not restructure it.
    QTest::newRow("figure caption") << QStringLiteral(
        "<p>До</p><figure><figcaption>Фото: Акорда</figcaption></figure><p>После</p>");
    QTest::newRow("nested list") << QStringLiteral(
        "<ul><li>Один<ul><li>Вложенный</li></ul></li><li>Два</li></ul>");
    QTest::newRow("two quotes in a row") << QStringLiteral(
        "<blockquote><p>Первая цитата.</p></blockquote><blockquote><p>Вторая цитата.</p></blockquote>");
}

void TestDocumentHtml::editorKeepsStoredStructure()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlSanitizer::sanitize(html).html, html); // stored form
    QTextDocument document;
    DocumentHtml::load(document, html);
    QCOMPARE(HtmlSanitizer::sanitize(DocumentHtml::toSubsetHtml(document)).html, html);
}

QTEST_GUILESS_MAIN(TestDocumentHtml)
#include "tst_documenthtml.moc"
