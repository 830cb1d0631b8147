#include "app/text/documenthtml.h"

#include "app/text/htmlsanitizer.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace Qalam::DocumentHtml {

namespace {

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

// Headings are bold by nature (Qt's HTML reader even sets the weight):
// inside them bold is not written as <strong>.
QString fragmentsHtml(const QTextBlock &block, bool heading)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
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

} // namespace

QString toSubsetHtml(const QTextDocument &document)
{
    QString html;
    const QTextList *openList = nullptr;
    bool inQuote = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat bf = block.blockFormat();
        const QTextList *list = block.textList();
        const bool quote = bf.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        if (openList && list != openList) {
            html += isOrdered(openList) ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
            openList = nullptr;
        }
        if (inQuote && (!quote || list)) {
            html += QStringLiteral("</blockquote>");
            inQuote = false;
        }
        const QString content = fragmentsHtml(block, bf.headingLevel() > 0 && !list);
        if (content.trimmed().isEmpty())
            continue;
        if (list) {
            if (!openList) {
                html += isOrdered(list) ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
                openList = list;
            }
            html += QStringLiteral("<li>") + content + QStringLiteral("</li>");
            continue;
        }
        if (quote && !inQuote) {
            html += QStringLiteral("<blockquote>");
            inQuote = true;
        }
        const int level = bf.headingLevel();
        const QString tag = level == 0 ? QStringLiteral("p") : level <= 2 ? QStringLiteral("h2") : QStringLiteral("h3");
        html += u'<' + tag + u'>' + content + QStringLiteral("</") + tag + u'>';
    }
    if (openList)
        html += isOrdered(openList) ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    if (inQuote)
        html += QStringLiteral("</blockquote>");
    return html;
}

void load(QTextDocument &document, const QString &subsetHtml)
{
    document.setHtml(subsetHtml);
    // Qt's HTML reader indents <blockquote> but records no quote level; mark
    // those blocks so that toSubsetHtml() writes them back as quotes.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat bf = block.blockFormat();
        if (bf.intProperty(QTextFormat::BlockQuoteLevel) == 0 && bf.leftMargin() >= 40 && bf.rightMargin() >= 40
            && !block.textList()) {
            QTextCursor cursor(block);
            QTextBlockFormat quoted = bf;
            quoted.setProperty(QTextFormat::BlockQuoteLevel, 1);
            cursor.setBlockFormat(quoted);
        }
    }
    document.clearUndoRedoStacks();
    document.setModified(false);
}

} // namespace Qalam::DocumentHtml
