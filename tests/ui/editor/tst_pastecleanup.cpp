// Pasting into the body editor, offscreen: what a browser, a word processor
// or a messenger puts on the clipboard becomes paragraphs, bold, italic,
// links, lists and quotations only; links lose their tracking parameters;
// white space and line breaks are normalised; Ctrl+Shift+V pastes plain text.

#include "app/text/documenthtml.h"
#include "ui/editor/bodyedit.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qalam;

class TestPasteCleanup : public QObject
{
    Q_OBJECT

private slots:
    void browserHtml();
    void wordProcessorHtml();
    void googleDocsIsNotAllBold();
    void messengerText();
    void trackingParameters_data();
    void trackingParameters();
    void plainPasteShortcut();
    void cleaningIsAFixedPoint();

private:
    // Pastes `mime` into a fresh body editor and returns its subset HTML.
    static QString pasted(QMimeData *mime, BodyEdit &body);
    static QStringList blocks(const BodyEdit &body);
};

QString TestPasteCleanup::pasted(QMimeData *mime, BodyEdit &body)
{
    QGuiApplication::clipboard()->setMimeData(mime);
    body.paste();
    if (!QTest::qWaitFor([&body] { return !body.isPasting(); }, 30000))
        return QStringLiteral("(the paste did not finish)");
    return DocumentHtml::toSubsetHtml(*body.document());
}

QStringList TestPasteCleanup::blocks(const BodyEdit &body)
{
    QStringList out;
    for (QTextBlock b = body.document()->begin(); b.isValid(); b = b.next())
        if (!b.text().isEmpty())
            out.append(b.text());
    return out;
}

// Every tag of the subset HTML is one of the allowed ones, without attributes
// other than a link's href.
static void verifyOnlyAllowedTags(const QString &html)
{
    static const QRegularExpression s_tag(QStringLiteral("<(/?)([a-z0-9]+)([^>]*)>"));
    static const QStringList s_allowed = {
        QStringLiteral("p"),  QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("a"),
        QStringLiteral("ul"), QStringLiteral("ol"),     QStringLiteral("li"), QStringLiteral("blockquote"),
        QStringLiteral("br"), QStringLiteral("h2"),     QStringLiteral("h3")};
    for (auto it = s_tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QVERIFY2(s_allowed.contains(m.captured(2)), qPrintable(m.captured(0)));
        const QString attrs = m.captured(3).trimmed();
        if (m.captured(2) == u"a" && m.captured(1).isEmpty())
            QVERIFY2(attrs.startsWith(QLatin1String("href=\"")) && attrs.count(u'=') >= 1 &&
                         !attrs.contains(QLatin1String("\" ")),
                     qPrintable(m.captured(0)));
        else
            QVERIFY2(attrs.isEmpty(), qPrintable(m.captured(0)));
    }
}

void TestPasteCleanup::browserHtml()
{
    BodyEdit body;
    auto *mime = new QMimeData;
    // As Chrome puts a selection of a news page on the clipboard.
    mime->setHtml(QStringLiteral(
        "<meta charset='utf-8'><div class=\"article__body\" style=\"font-family: Arial; color: rgb(34, 34, "
        "34);\"><p class=\"lead\" style=\"margin: 0px 0px 16px; font-size: 18px;\" data-track=\"lead\">"
        "<span style=\"font-weight: 700;\">Жирный</span> и <span style=\"font-style: italic;\">курсив</span>,"
        "&nbsp;&nbsp; <a href=\"https://tengrinews.kz/news/1?utm_source=telegram&amp;utm_medium=social&amp;"
        "fbclid=IwAR0abc&amp;id=5\" class=\"link\" target=\"_blank\" rel=\"nofollow\" onclick=\"track()\">"
        "ссылка</a>.</p><script>track('paste')</script><style>.x { color: red }</style>"
        "<p><font color=\"#ff0000\" size=\"5\">Цветной</font>&#8203; текст<span class=\"counter\"> "
        "</span></p>"
        "<ul style=\"list-style: square\"><li class=\"item\"><span>один</span></li><li>два</li></ul>"
        "<blockquote class=\"quote\" style=\"border-left: 3px solid\"><p>цитата</p></blockquote>"
        "<p><a href=\"https://kaz.kz/?gclid=1&amp;yclid=2\">только трекеры</a></p>"
        "<iframe src=\"https://evil.example/\"></iframe><img src=\"https://cdn.example/a.jpg\" "
        "onerror=\"steal()\"></div>"));
    mime->setText(QStringLiteral("Жирный и курсив, ссылка."));
    const QString html = pasted(mime, body);
    verifyOnlyAllowedTags(html);
    QVERIFY2(html.contains(QStringLiteral("<strong>Жирный</strong>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<em>курсив</em>, <a href=\"https://tengrinews.kz/news/1?id=5\">"
                                          "ссылка</a>.")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://kaz.kz/\">только трекеры</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<ul><li>один</li><li>два</li></ul>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<blockquote><p>цитата</p></blockquote>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p>Цветной текст</p>")), qPrintable(html));
    for (const char *gone : {"utm_", "fbclid", "gclid", "yclid", "track", "style", "class", "color", "evil",
                             "steal", "cdn.example", "nofollow", "\u200b"})
        QVERIFY2(!html.contains(QString::fromUtf8(gone)), gone);
    QVERIFY(!html.contains(QChar(0x00A0)));
}

void TestPasteCleanup::wordProcessorHtml()
{
    BodyEdit body;
    auto *mime = new QMimeData;
    // As MS Word (Windows) puts two paragraphs, a bulleted and a numbered
    // list on the clipboard.
    mime->setHtml(QStringLiteral(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta name=Generator content=\"Microsoft "
        "Word "
        "15\"><style><!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; font-size:12.0pt;} "
        "@list l0:level1 {mso-level-number-format:bullet;} --></style><!--[if gte mso "
        "9]><xml><w:WordDocument>"
        "<w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head><body lang=RU style='tab-interval:"
        "35.4pt'><!--StartFragment--><p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span lang=RU "
        "style='mso-ansi-language:RU'>Аким области</span></b><span style='mso-ansi-language:RU'> "
        "провёл&nbsp;&nbsp;встречу <i style='mso-bidi-font-style:normal'>с "
        "жителями</i>.<o:p></o:p></span></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
        "!supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span "
        "style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New "
        "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
        "</span></span></span><![endif]><span lang=RU>дороги<o:p></o:p></span></p>"
        "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
        "!supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
        "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span "
        "lang=RU>школы<o:p></o:p></span></p>"
        "<p class=MsoNormal>Итоги:<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span "
        "style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; "
        "</span></span><!--[endif]-->первый<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span "
        "style='mso-list:Ignore'>2.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; "
        "</span></span><!--[endif]-->второй<o:p></o:p></p>"
        "<!--EndFragment--></body></html>"));
    const QString html = pasted(mime, body);
    verifyOnlyAllowedTags(html);
    QVERIFY2(html.contains(QStringLiteral("<p><strong>Аким области</strong> провёл встречу <em>с "
                                          "жителями</em>.</p>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<ul><li>дороги</li><li>школы</li></ul>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p>Итоги:</p>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<ol><li>первый</li><li>второй</li></ol>")), qPrintable(html));
    for (const char *gone :
         {"mso", "Mso", "o:p", "·", "Symbol", "Times", "WordDocument", "Normal", "<p></p>"})
        QVERIFY2(!html.contains(QString::fromUtf8(gone)), gone);
    QCOMPARE(blocks(body).size(), 6);
}

void TestPasteCleanup::googleDocsIsNotAllBold()
{
    BodyEdit body;
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral(
        "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1a2b\"><p "
        "dir=\"ltr\" "
        "style=\"line-height:1.38\"><span style=\"font-size:11pt;font-weight:400\">Обычный </span><span "
        "style=\"font-size:11pt;font-weight:700\">жирный</span></p></b>"));
    const QString html = pasted(mime, body);
    verifyOnlyAllowedTags(html);
    QCOMPARE(html, QStringLiteral("<p>Обычный <strong>жирный</strong></p>"));
}

void TestPasteCleanup::messengerText()
{
    BodyEdit body;
    auto *mime = new QMimeData;
    // Plain text as messengers hand it over: CR LF and lone CRs, Unicode line
    // and paragraph separators, non-breaking and zero-width spaces, a byte
    // order mark, direction marks, tabs, and a sentence wrapped mid-line.
    mime->setText(QStringLiteral("\uFEFF  Привет,\u00A0\u00A0коллеги!\u200B\r\n"
                                 "Сегодня в Астане прошло совещание акимов всех\r\n"
                                 "областей и городов республики.\u2028\u2028\u2029"
                                 "\tВторой\tабзац\u00A0 с  пробелами\u200E и\u2009\u2009отступом.\r"
                                 "Третий абзац: 10\u00A0000 тенге.\u00A0\n\n\n"
                                 "- пункт списка\n"
                                 "- ещё пункт"));
    const QString html = pasted(mime, body);
    verifyOnlyAllowedTags(html);
    const QStringList paragraphs = blocks(body);
    QCOMPARE(paragraphs,
             QStringList({QStringLiteral("Привет, коллеги!"),
                          QStringLiteral("Сегодня в Астане прошло совещание акимов всех областей и городов "
                                         "республики."),
                          QStringLiteral("Второй абзац с пробелами и отступом."),
                          QStringLiteral("Третий абзац: 10\u00A0000 тенге."),
                          QStringLiteral("- пункт списка"), QStringLiteral("- ещё пункт")}));
    for (const QChar gone : {QChar(0x200B), QChar(0x200E), QChar(0xFEFF), QChar(u'\t'), QChar(0x2009),
                             QChar(0x2028), QChar(0x2029)})
        QVERIFY2(!html.contains(gone), qPrintable(QString::number(gone.unicode(), 16)));
    QVERIFY(!html.contains(QStringLiteral("  ")));
}

void TestPasteCleanup::trackingParameters_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utm") << QStringLiteral("https://a.kz/n?utm_source=x&utm_campaign=y")
                         << QStringLiteral("https://a.kz/n");
    QTest::newRow("fbclid kept id") << QStringLiteral("https://a.kz/n?id=7&fbclid=IwAR1")
                                    << QStringLiteral("https://a.kz/n?id=7");
    QTest::newRow("gclid yclid ysclid") << QStringLiteral("https://a.kz/?gclid=1&p=2&yclid=3&ysclid=4")
                                        << QStringLiteral("https://a.kz/?p=2");
    QTest::newRow("fragment stays") << QStringLiteral("https://a.kz/n?utm_medium=tg#comments")
                                    << QStringLiteral("https://a.kz/n#comments");
    QTest::newRow("nothing to remove")
        << QStringLiteral("https://a.kz/search?q=%D0%B0%D0%BA%D0%B8%D0%BC&page=2")
        << QStringLiteral("https://a.kz/search?q=%D0%B0%D0%BA%D0%B8%D0%BC&page=2");
    QTest::newRow("mailto") << QStringLiteral("mailto:press@akorda.kz")
                            << QStringLiteral("mailto:press@akorda.kz");
}

void TestPasteCleanup::trackingParameters()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    QString escaped = href;
    escaped.replace(u'&', QStringLiteral("&amp;"));
    const QString html =
        BodyEdit::cleanPastedHtml(QStringLiteral("<p><a href=\"%1\">ссылка</a></p>").arg(escaped));
    QString expectedEscaped = expected;
    expectedEscaped.replace(u'&', QStringLiteral("&amp;"));
    QCOMPARE(html, QStringLiteral("<p><a href=\"%1\">ссылка</a></p>").arg(expectedEscaped));
}

void TestPasteCleanup::plainPasteShortcut()
{
    BodyEdit body;
    body.show();
    QVERIFY(QTest::qWaitForWindowExposed(&body));
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<p><b>Жирный</b> и <a href=\"https://a.kz/?utm_source=x\">ссылка</a></p>"
                                 "<ul><li>пункт</li></ul>"));
    mime->setText(QStringLiteral("Жирный и\u00A0\u00A0ссылка\u200B\nпункт"));
    QGuiApplication::clipboard()->setMimeData(mime);
    QTest::keyClick(&body, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!body.isPasting());
    const QString html = DocumentHtml::toSubsetHtml(*body.document());
    QCOMPARE(html, QStringLiteral("<p>Жирный и ссылка</p><p>пункт</p>"));

    // Ctrl+V of the same clipboard keeps the formatting.
    body.clear();
    QTest::keyClick(&body, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(!body.isPasting());
    const QString formatted = DocumentHtml::toSubsetHtml(*body.document());
    QVERIFY2(formatted.contains(QStringLiteral("<strong>Жирный</strong>")), qPrintable(formatted));
    QVERIFY2(formatted.contains(QStringLiteral("<a href=\"https://a.kz/\">ссылка</a>")),
             qPrintable(formatted));
}

void TestPasteCleanup::cleaningIsAFixedPoint()
{
    // What a paste produced comes back unchanged when pasted again (copy
    // within Qalam), and a lone non-breaking space (typography) stays.
    const QString once = BodyEdit::cleanPastedHtml(
        QStringLiteral("<p>В\u00A0Астане  <b>10\u00A0000</b> тенге,&nbsp;&nbsp;<a "
                       "href=\"https://a.kz/?x=1&amp;fbclid=2\">ссылка</a>\u200B</p><ol><li>раз</li></ol>"));
    QCOMPARE(once, QStringLiteral("<p>В\u00A0Астане <strong>10\u00A0000</strong> тенге, <a "
                                  "href=\"https://a.kz/?x=1\">ссылка</a></p><ol><li>раз</li></ol>"));
    QCOMPARE(BodyEdit::cleanPastedHtml(once), once);
    const QString text = BodyEdit::cleanPastedText(QStringLiteral("Строка\u00A0раз\n\nстрока два"));
    QCOMPARE(text, QStringLiteral("<p>Строка\u00A0раз</p><p>строка два</p>"));
}

QTEST_MAIN(TestPasteCleanup)
#include "tst_pastecleanup.moc"
