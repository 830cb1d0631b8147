#include "app/text/documenthtml.h"

#include "app/text/htmlsanitizer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <vector>

namespace Qalam::DocumentHtml {

namespace {

// Block properties that carry what Qt's rich text has no notion of: which
// quotation a block belongs to (two quotes in a row stay two), and which
// figure a caption belongs to.
constexpr int QuoteGroupProperty = QTextFormat::UserProperty + 1;
constexpr int FigureGroupProperty = QTextFormat::UserProperty + 2;
constexpr int FigureCaptionProperty = QTextFormat::UserProperty + 3;

bool isOrdered(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
        return false;
    default:
        return true;
    }
}

QString listTag(const QTextList *list)
{
    return isOrdered(list) ? QStringLiteral("ol") : QStringLiteral("ul");
}

// Headings are bold by nature (Qt's HTML reader even sets the weight):
// inside them bold is not written as <strong>.
QString fragmentsHtml(const QTextBlock &block, bool heading)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        if (fragment.charFormat().isImageFormat()) {
            // Only Qalam's photos survive the subset (inside a figure).
            const QString name = fragment.charFormat().toImageFormat().name();
            if (name.startsWith(QLatin1String("qalam-photo:")))
                out += QStringLiteral("<img src=\"") + HtmlSanitizer::escape(name) + QStringLiteral("\">");
            continue;
        }
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter);
        if (text.isEmpty())
            continue;
        const QTextCharFormat f = fragment.charFormat();
        const bool bold = !heading && f.fontWeight() >= QFont::DemiBold;
        const bool italic = f.fontItalic();
        const QString href = f.isAnchor() ? f.anchorHref() : QString();
        QString escaped = HtmlSanitizer::escape(text);
        escaped.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        if (!href.isEmpty())
            out += QStringLiteral("<a href=\"") + HtmlSanitizer::escape(href) + QStringLiteral("\">");
        if (bold)
            out += QStringLiteral("<strong>");
        if (italic)
            out += QStringLiteral("<em>");
        out += escaped;
        if (italic)
            out += QStringLiteral("</em>");
        if (bold)
            out += QStringLiteral("</strong>");
        if (!href.isEmpty())
            out += QStringLiteral("</a>");
    }
    return out;
}

// What one block of the document should carry, read off the subset HTML.
struct BlockRole
{
    int quoteGroup = 0;
    int figureGroup = 0;
    bool caption = false;
};

// The blocks Qt's HTML reader makes from sanitised subset HTML, in order: one
// per p, h2, h3, li and figcaption. Returns nothing when the HTML has a shape
// this reading does not cover (then no roles are applied).
std::vector<BlockRole> blockRoles(const QString &html)
{
    std::vector<BlockRole> roles;
    int quoteGroups = 0;
    int figureGroups = 0;
    std::vector<int> quotes;  // open blockquote ids
    std::vector<int> figures; // open figure ids
    qsizetype i = 0;
    while ((i = html.indexOf(u'<', i)) >= 0) {
        const qsizetype end = html.indexOf(u'>', i);
        if (end < 0)
            return {};
        const bool closing = i + 1 < html.size() && html.at(i + 1) == u'/';
        QStringView name = QStringView(html).mid(i + (closing ? 2 : 1), end - i - (closing ? 2 : 1));
        name = name.left(name.indexOf(u' ') < 0 ? name.size() : name.indexOf(u' '));
        i = end + 1;
        if (name == u"blockquote") {
            if (closing) {
                if (!quotes.empty())
                    quotes.pop_back();
            } else {
                quotes.push_back(++quoteGroups);
            }
        } else if (name == u"figure") {
            if (closing) {
                if (!figures.empty())
                    figures.pop_back();
            } else {
                figures.push_back(++figureGroups);
            }
        } else if (!closing && (name == u"p" || name == u"h2" || name == u"h3" || name == u"li" ||
                                name == u"figcaption")) {
            roles.push_back({quotes.empty() ? 0 : quotes.back(), figures.empty() ? 0 : figures.back(),
                             name == u"figcaption"});
        }
    }
    return roles;
}

} // namespace

QString toSubsetHtml(const QTextDocument &document)
{
    QString html;
    // Open lists, innermost last; each has its current <li> still open so that
    // a deeper list nests inside it.
    struct OpenList
    {
        const QTextList *list;
        int indent;
    };
    std::vector<OpenList> lists;
    auto closeList = [&] {
        html += QStringLiteral("</li></") + listTag(lists.back().list) + u'>';
        lists.pop_back();
    };
    int openQuote = -1; // group of the open <blockquote>, -1 when none
    int openFigure = 0; // group of the open <figure>, 0 when none
    auto closeQuote = [&] {
        if (openQuote >= 0)
            html += QStringLiteral("</blockquote>");
        openQuote = -1;
    };
    auto closeFigure = [&] {
        if (openFigure > 0)
            html += QStringLiteral("</figure>");
        openFigure = 0;
    };

    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat bf = block.blockFormat();
        const QTextList *list = block.textList();
        const bool quote = bf.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        const int quoteGroup = bf.intProperty(QuoteGroupProperty);
        const int figureGroup = bf.intProperty(FigureGroupProperty);
        const QString content = fragmentsHtml(block, bf.headingLevel() > 0 && !list);
        if (content.trimmed().isEmpty())
            continue;

        if (list) {
            closeQuote();
            closeFigure();
            const int indent = list->format().indent();
            while (!lists.empty() && lists.back().indent > indent)
                closeList();
            if (!lists.empty() && lists.back().list == list) {
                html += QStringLiteral("</li><li>") + content;
                continue;
            }
            if (!lists.empty() && lists.back().indent == indent)
                closeList(); // another list at the same depth
            html += u'<' + listTag(list) + QStringLiteral("><li>") + content;
            lists.push_back({list, indent});
            continue;
        }
        while (!lists.empty())
            closeList();

        if (figureGroup > 0) {
            closeQuote();
            if (openFigure != figureGroup) {
                closeFigure();
                html += QStringLiteral("<figure>");
                openFigure = figureGroup;
            }
            const QString tag =
                bf.boolProperty(FigureCaptionProperty) ? QStringLiteral("figcaption") : QStringLiteral("p");
            html += u'<' + tag + u'>' + content + QStringLiteral("</") + tag + u'>';
            continue;
        }
        closeFigure();

        if (!quote) {
            closeQuote();
        } else if (openQuote != quoteGroup) {
            closeQuote();
            html += QStringLiteral("<blockquote>");
            openQuote = quoteGroup;
        }
        const int level = bf.headingLevel();
        const QString tag = level == 0   ? QStringLiteral("p")
                            : level <= 2 ? QStringLiteral("h2")
                                         : QStringLiteral("h3");
        html += u'<' + tag + u'>' + content + QStringLiteral("</") + tag + u'>';
    }
    while (!lists.empty())
        closeList();
    closeQuote();
    closeFigure();
    return html;
}

void insertFigure(QTextCursor &cursor, const QString &imageName, const QString &caption)
{
    // A new group number: the largest in the document, plus one.
    int group = 0;
    for (QTextBlock b = cursor.document()->begin(); b.isValid(); b = b.next())
        group = qMax(group, b.blockFormat().intProperty(FigureGroupProperty));
    ++group;
    cursor.beginEditBlock();
    QTextBlockFormat picture;
    picture.setProperty(FigureGroupProperty, group);
    picture.setProperty(FigureCaptionProperty, false);
    cursor.insertBlock(picture, QTextCharFormat());
    QTextImageFormat image;
    image.setName(imageName);
    image.setWidth(480);
    cursor.insertImage(image);
    QTextBlockFormat captionFormat = picture;
    captionFormat.setProperty(FigureCaptionProperty, true);
    QTextCharFormat captionText;
    captionText.setFontItalic(false);
    cursor.insertBlock(captionFormat, captionText);
    cursor.insertText(caption);
    // Typing goes on in an ordinary paragraph after the figure.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
}

void load(QTextDocument &document, const QString &subsetHtml)
{
    const QString html = HtmlSanitizer::sanitize(subsetHtml).html;
    document.setHtml(html);
    // Qt's reader indents <blockquote> and drops <figure>; mark the blocks so
    // that toSubsetHtml() writes them back as they were. The roles apply only
    // when Qt made exactly the blocks expected.
    const std::vector<BlockRole> roles = blockRoles(html);
    if (int(roles.size()) == document.blockCount()) {
        QTextCursor cursor(&document);
        int index = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next(), ++index) {
            const BlockRole &role = roles[size_t(index)];
            if (role.quoteGroup == 0 && role.figureGroup == 0)
                continue;
            QTextBlockFormat format = block.blockFormat();
            if (role.quoteGroup > 0 && role.figureGroup == 0) {
                format.setProperty(QTextFormat::BlockQuoteLevel, 1);
                format.setProperty(QuoteGroupProperty, role.quoteGroup);
            }
            if (role.figureGroup > 0) {
                format.setProperty(FigureGroupProperty, role.figureGroup);
                format.setProperty(FigureCaptionProperty, role.caption);
            }
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }
    document.clearUndoRedoStacks();
    document.setModified(false);
}

} // namespace Qalam::DocumentHtml
