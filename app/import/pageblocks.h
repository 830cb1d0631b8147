#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Qalam {

// A stretch of a block's text with one formatting: what a paragraph of an
// HTML page is made of. Plain text has none (the whole text is plain).
struct ImportRun
{
    int start = 0; // in ImportBlock::text
    int length = 0;
    bool bold = false;
    bool italic = false;
    bool link = false; // inside <a>, with or without a usable href
    int href = -1; // index into PageBlocks::links: the href as written, cleaned when the body HTML is made

    bool sameFormat(const ImportRun &o) const
    {
        return bold == o.bold && italic == o.italic && link == o.link && href == o.href;
    }
};

// A picture of the page: an HTML <figure> or <img>.
struct ImportFigure
{
    QString imageUrl;
    QString alt;
    QString caption;    // figcaption text without a marked credit
    QString creditText; // the figcaption's credit element, when it has one
};

// One block of a page as the importer reads it, before it knows what it is:
// a line of plain text, a paragraph, heading or list item of HTML, a figure
// or a picture. The recogniser decides headline, byline, lead, body, photo
// slots and chrome from these. Kept small: a 50 MB page has 100,000s.
struct ImportBlock
{
    enum class Kind { Paragraph, Heading, ListItem, Quote, Figure, Image };

    Kind kind = Kind::Paragraph;
    int headingLevel = 0;     // 1…6 for Heading
    bool orderedList = false; // ListItem of an <ol>
    bool adjacent = false;    // nothing (no blank line) between it and the block before
    bool authorHint = false;  // the page marks it as the byline (class "author", rel=author)
    bool leadHint = false;    // the page marks it as the summary (class "lead", "summary")
    int linkChars = 0;        // characters inside links
    QString text;             // whitespace collapsed, trimmed
    QList<ImportRun> runs;    // its formatting; empty when it is plain text
    QStringList sourceLines;  // plain text: the lines it was made of (a fragment joins its line)
    QString chrome;           // why the page's structure says it is chrome (nav, footer, link list…)
    std::shared_ptr<const ImportFigure> figure; // Figure and Image
};

struct PageBlocks
{
    QList<ImportBlock> blocks;
    QStringList links;       // the hrefs the runs point to
    QString title;           // og:title
    QString author;          // <meta name="author">
    int headline = -1;       // HTML: the block of the page's <h1>, when it has one
    bool blankLines = false; // plain text: paragraphs are separated by blank lines
};

// Splits plain text (agency copy, a page copied from a browser, a messenger
// forward) into blocks, one a line, with invisible characters removed,
// spaces collapsed and broken-off fragments joined to their line.
PageBlocks readPlainTextBlocks(const QString &text);
// Reads an HTML page in one linear pass without building a tree: blocks with
// their formatting, figures, and what the structure says about chrome —
// nav, footer, aside, hidden elements, link lists (link density), containers
// named like chrome (class="share", "related", "cookie"…), everything after
// the page's main article. Script, style, iframes and other active content
// are skipped with their text.
PageBlocks readHtmlBlocks(const QString &html);

} // namespace Qalam
