#include "app/import/importer.h"

#include "app/import/importrules.h"
#include "app/import/pageblocks.h"
#include "app/import/textencoding.h"
#include "app/text/htmlsanitizer.h"
#include "app/text/typography.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Qalam {

namespace {

using namespace ImportRules;

// What one block is, judged on its own.
struct LineFacts
{
    int words = 0;
    bool sentence = false;
    bool story = false;         // a sentence of the story: ends like one, several words
    bool leadCandidate = false; // long enough to be the summary
    bool headlineLike = false;
    bool name = false;
    bool position = false; // a position line under a name
    bool date = false;
    bool datelineOnly = false;
    QList<BylineAuthor> byline; // "By …", "Автор: …", "Name, position"
    std::optional<Credit> credit;
    QString chrome;
};

bool isTextBlock(const ImportBlock &b)
{
    return b.kind != ImportBlock::Kind::Figure && b.kind != ImportBlock::Kind::Image;
}

bool startsLikeHeadline(const QString &t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t.front();
    if (c.isLetter())
        return c.isUpper();
    return c.isDigit() || c == u'"' || c == u'«' || c == QChar(0x201C) || c == QChar(0x201E) || c == u'\'';
}

// Applies typography edits (sorted, not overlapping) to a formatted text:
// the text changes, and each run keeps its stretch of it, so that bold,
// italic and links survive. An edit across a run boundary moves the
// boundary behind its replacement.
void applyEdits(QString &text, QList<ImportRun> &runs, const QList<Typography::Edit> &edits)
{
    if (edits.isEmpty())
        return;
    QString out;
    out.reserve(text.size() + 16);
    qsizetype copied = 0;
    for (const Typography::Edit &e : edits) {
        out += QStringView(text).mid(copied, e.position - copied);
        out += e.replacement;
        copied = e.position + e.length;
    }
    out += QStringView(text).mid(copied);
    if (!runs.isEmpty()) {
        std::vector<int> bounds;
        bounds.reserve(size_t(runs.size()));
        qsizetype delta = 0;
        qsizetype k = 0;
        for (const ImportRun &r : std::as_const(runs)) {
            const int start = r.start;
            while (k < edits.size() && edits[k].position + edits[k].length <= start &&
                   edits[k].position < start) {
                delta += edits[k].replacement.size() - edits[k].length;
                ++k;
            }
            if (k < edits.size() && edits[k].position < start && start < edits[k].position + edits[k].length)
                bounds.push_back(int(edits[k].position + delta + edits[k].replacement.size()));
            else
                bounds.push_back(int(start + delta));
        }
        QList<ImportRun> moved;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            ImportRun run = runs[r];
            run.start = bounds[size_t(r)];
            const int end = r + 1 < runs.size() ? bounds[size_t(r + 1)] : int(out.size());
            run.length = end - run.start;
            if (run.length > 0)
                moved.append(run);
        }
        runs = std::move(moved);
    }
    text = std::move(out);
}

QString runsHtml(const QString &text, const QList<ImportRun> &runs, const QStringList &links)
{
    if (runs.isEmpty())
        return HtmlSanitizer::escape(text);
    QString html;
    for (const ImportRun &r : runs) {
        QString piece = HtmlSanitizer::escape(text.mid(r.start, r.length));
        if (r.italic)
            piece = QStringLiteral("<em>") + piece + QStringLiteral("</em>");
        if (r.bold)
            piece = QStringLiteral("<strong>") + piece + QStringLiteral("</strong>");
        const QString href = r.href >= 0 ? links.value(r.href) : QString();
        if (!href.isEmpty()) {
            const QString scheme = QUrl(href).scheme().toLower();
            if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
                piece = QStringLiteral("<a href=\"") + HtmlSanitizer::escape(href) + QStringLiteral("\">") +
                        piece + QStringLiteral("</a>");
        }
        html += piece;
    }
    return html;
}

QString normalizedForSearch(QString s)
{
    for (QChar &c : s) {
        if (c == QChar(0x00A0))
            c = u' ';
        else if (c == u'ё')
            c = u'е';
    }
    return s.simplified().toLower();
}

// The quotations of headline, lead and body, as the editor analyses an
// article: one text, a paragraph a line, the headline first. A text of
// millions of characters (a whole archive page) is analysed in pieces of
// about a megabyte, cut before a paragraph that does not open with a quote
// mark or a dash (so no quotation runs across a cut), with offsets and
// paragraph numbers shifted back to the whole text: the analysis needs no
// more memory than for one piece.
QuoteAnalyzer::Analysis analyzeQuotes(const QString &headline, const QString &lead,
                                      const QStringList &paragraphs)
{
    constexpr qsizetype PieceChars = 1024 * 1024;
    qsizetype total = headline.size() + lead.size() + 1;
    for (const QString &p : paragraphs)
        total += p.size() + 1;
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = true;
    if (total <= 2 * PieceChars) {
        QString text;
        text.reserve(total);
        text += headline + u'\n' + lead;
        for (const QString &p : paragraphs)
            text += u'\n' + p;
        return QuoteAnalyzer::analyze(text, options);
    }
    auto opensQuote = [](const QString &p) {
        if (p.isEmpty())
            return false;
        const QChar c = p.front();
        return c == u'«' || c == u'"' || c == QChar(0x201C) || c == QChar(0x201E) || c == u'\'' ||
               c == QChar(0x2018) || c == u'-' || c == QChar(0x2013) || c == QChar(0x2014);
    };
    QuoteAnalyzer::Analysis all;
    qsizetype offset = 0;
    int paragraphOffset = 0;
    qsizetype next = 0;
    bool first = true;
    while (first || next < paragraphs.size()) {
        QString text;
        int count = 0;
        if (first) {
            text = headline + u'\n' + lead;
            count = 2;
        }
        while (next < paragraphs.size()) {
            if (text.size() >= PieceChars && !opensQuote(paragraphs[next]))
                break;
            if (count > 0)
                text += u'\n';
            text += paragraphs[next++];
            ++count;
        }
        options.firstParagraphIsHeadline = first;
        QuoteAnalyzer::Analysis piece = QuoteAnalyzer::analyze(text, options);
        const int shift = int(offset);
        for (Quote &q : piece.quotes) {
            q.start += shift;
            q.end += shift;
            if (q.speakerStart >= 0) {
                q.speakerStart += shift;
                q.speakerEnd += shift;
            }
            if (q.verbStart >= 0) {
                q.verbStart += shift;
                q.verbEnd += shift;
            }
            q.paragraph += paragraphOffset;
        }
        for (Finding &f : piece.findings) {
            if (first && f.code == u"quote.headline-mismatch") {
                // The first piece holds only part of the body: look for the
                // headline's words in every paragraph before keeping this.
                QString quoted;
                for (const Quote &q : std::as_const(piece.quotes))
                    if (q.start == f.start)
                        quoted = normalizedForSearch(q.text);
                bool found = false;
                for (qsizetype p = 0; !found && !quoted.isEmpty() && p < paragraphs.size(); ++p)
                    found = normalizedForSearch(paragraphs[p]).contains(quoted);
                if (found) {
                    f.code.clear(); // dropped below
                    continue;
                }
            }
            f.start += shift;
            f.end += shift;
        }
        piece.findings.removeIf([](const Finding &f) { return f.code.isEmpty(); });
        all.quotes.append(std::move(piece.quotes));
        all.findings.append(std::move(piece.findings));
        if (all.sourceAttribution.isEmpty())
            all.sourceAttribution = piece.sourceAttribution;
        offset += text.size() + 1;
        paragraphOffset += count;
        first = false;
    }
    return all;
}

class Recogniser
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Importer)

public:
    Recogniser(PageBlocks page, const ImportOptions &options, const QString &format)
        : m_page(std::move(page)), m_options(options), m_words(options.extraChromeWords)
    {
        m_draft.format = format;
    }

    ImportedDraft run();

private:
    void judge();
    int findHeadline(int lead) const;
    int findLead(int headline) const;
    int findStoryEnd(int from) const;
    bool skippableAroundHeadline(int i) const;
    void drop(int i);
    void undrop(int i);
    bool captionEligible(int i, bool adjacent) const;
    void addSlot(int i, bool pre, int captionBlock);
    void addFigure(int i, bool pre);
    bool addByline(int i);
    void addAuthor(const BylineAuthor &author, int i);
    void finishText();
    void addFindings();

    PageBlocks m_page;
    const ImportOptions &m_options;
    ChromeWords m_words;
    std::vector<LineFacts> m_facts;
    ImportedDraft m_draft;
    struct BodyBlock
    {
        int block;
        ImportBlock::Kind kind;
        int headingLevel;
        bool orderedList;
    };
    std::vector<BodyBlock> m_body;  // what each paragraph is
    QList<QList<ImportRun>> m_runs; // formatting of each paragraph
    QSet<QString> m_authorKeys;
    int m_lastAuthor = -1; // index into m_draft.authors of the byline line just read
    int m_lastAuthorBlock = -2;
    int m_droppedBlock = -1; // the block the last entries of `dropped` came from
    int m_droppedCount = 0;
    int m_imageSlotBlock = -1; // an <img> without caption whose slot a credit below may complete
    QString m_forwardOrigin;
    bool m_leadSlotTaken = false;
};

void Recogniser::judge()
{
    const QList<ImportBlock> &blocks = m_page.blocks;
    m_facts.resize(size_t(blocks.size()));
    for (int i = 0; i < blocks.size(); ++i) {
        const ImportBlock &b = blocks[i];
        LineFacts &f = m_facts[size_t(i)];
        if (!isTextBlock(b)) {
            f.chrome = b.chrome;
            continue;
        }
        const QString &t = b.text;
        f.words = wordCount(t);
        f.sentence = endsSentence(t);
        if (b.kind != ImportBlock::Kind::Heading)
            f.credit = parseCredit(t);
        f.chrome = b.chrome;
        if (f.chrome.isEmpty() && !f.credit) {
            f.chrome = chromeReason(t, m_words);
            // Mostly links: a "read also" line, a menu row.
            if (f.chrome.isEmpty() && b.linkChars > 0 && f.words <= 30 &&
                qsizetype(b.linkChars) * 10 >= t.size() * (f.sentence ? 8 : 6))
                f.chrome = QStringLiteral("links");
        }
        if (f.credit)
            continue;
        f.date = isDateLine(t);
        f.name = isNameLine(t);
        f.byline = parseByline(t, false);
        if (f.byline.isEmpty() && !f.name && b.authorHint) {
            f.byline = parseByline(t, true);
            if (f.byline.isEmpty()) {
                // <div class="author">Иван Петров корреспондент</div>
                const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
                for (int n = 3; n >= 2 && f.byline.isEmpty(); --n) {
                    if (words.size() <= n)
                        continue;
                    const QString name = words.mid(0, n).join(u' ');
                    const QString position = words.mid(n).join(u' ');
                    if (isNameLine(name) && isPositionLine(position))
                        f.byline.append({name, position});
                }
            }
        }
        if (f.byline.isEmpty() && !f.name && f.words <= 6 && t.contains(u',')) {
            // "Иван Петров, корреспондент"
            const auto authors = parseByline(t, true);
            if (authors.size() == 1 && !authors.first().position.isEmpty())
                f.byline = authors;
        }
        if (f.words <= 8 && t.size() <= 80 && !t.isEmpty() && t.front().isUpper()) {
            const auto d = parseDateline(t + QStringLiteral(" – "));
            f.datelineOnly = d && d->length >= t.size();
        }
        if (i > 0 && isTextBlock(blocks[i - 1]) && (b.adjacent || m_draft.format == u"html")) {
            const LineFacts &prev = m_facts[size_t(i - 1)];
            if ((prev.name || !prev.byline.isEmpty()) && !f.name && f.byline.isEmpty() && isPositionLine(t))
                f.position = true;
        }
        f.story = f.sentence && f.words >= 5 && f.chrome.isEmpty() && !f.date;
        f.leadCandidate = f.story && f.words >= 8 &&
                          (b.kind == ImportBlock::Kind::Paragraph || b.kind == ImportBlock::Kind::Quote);
        const bool endsWithDot = t.endsWith(u'.') && !t.endsWith(QStringLiteral("..."));
        f.headlineLike = f.chrome.isEmpty() && !f.date && !f.name && f.byline.isEmpty() && !f.position &&
                         !f.datelineOnly && f.words >= 2 && f.words <= 30 && t.size() <= 250 &&
                         !endsWithDot && startsLikeHeadline(t) && b.kind != ImportBlock::Kind::ListItem;
    }
}

bool Recogniser::skippableAroundHeadline(int i) const
{
    const LineFacts &f = m_facts[size_t(i)];
    return !isTextBlock(m_page.blocks[i]) || f.credit || !f.chrome.isEmpty() || f.date || f.name ||
           !f.byline.isEmpty() || f.position || f.datelineOnly;
}

// The headline stands above the lead, with nothing but bylines, dates,
// pictures and chrome between them: the nearest headline-like line.
int Recogniser::findHeadline(int lead) const
{
    const int from = lead >= 0 ? lead - 1 : -1;
    int looked = 0;
    for (int i = from; i >= 0 && looked < 12; --i) {
        if (skippableAroundHeadline(i))
            continue;
        ++looked;
        if (m_facts[size_t(i)].headlineLike)
            return i;
    }
    return -1;
}

int Recogniser::findLead(int headline) const
{
    const int count = int(m_page.blocks.size());
    int lead = -1;
    for (int i = headline + 1; i < count; ++i) {
        const LineFacts &f = m_facts[size_t(i)];
        if (f.leadCandidate && !f.credit) {
            lead = i;
            break;
        }
    }
    if (headline < 0)
        return lead;
    // A summary the page marks as such, or a standfirst right under the
    // headline, reads as the lead even without a full stop.
    const int stop = lead >= 0 ? lead : std::min(count, headline + 6);
    for (int i = headline + 1; i < stop; ++i) {
        const LineFacts &f = m_facts[size_t(i)];
        const ImportBlock &b = m_page.blocks[i];
        if (skippableAroundHeadline(i))
            continue;
        if (b.leadHint && f.words >= 4)
            return i;
        if (f.words >= 6 && (b.kind == ImportBlock::Kind::Paragraph || b.kind == ImportBlock::Kind::Quote))
            return i;
    }
    return lead;
}

// The story ends with its last sentence; what follows three chrome lines in a
// row belongs to the page, not the story.
int Recogniser::findStoryEnd(int from) const
{
    const int count = int(m_page.blocks.size());
    int end = from;
    int lastPlain = from;
    int chromeRun = 0;
    const bool html = m_draft.format == u"html";
    for (int i = std::max(0, from + 1); i < count; ++i) {
        const LineFacts &f = m_facts[size_t(i)];
        const ImportBlock &b = m_page.blocks[i];
        if (!isTextBlock(b))
            continue;
        if (!f.chrome.isEmpty()) {
            if (++chromeRun >= 3 && !html)
                break;
            continue;
        }
        chromeRun = 0;
        if (f.credit)
            continue;
        const bool plain = !b.authorHint && f.byline.isEmpty() && !f.date && !f.name && !f.position;
        if (f.story || (html && plain))
            end = i;
        if (plain)
            lastPlain = i;
    }
    // Text without a single sentence (a message typed without full stops)
    // is still text: it ends with its last line that is no chrome.
    return end == from && lastPlain > from ? lastPlain : end;
}

void Recogniser::drop(int i)
{
    const ImportBlock &b = m_page.blocks[i];
    const qsizetype before = m_draft.dropped.size();
    if (!b.sourceLines.isEmpty())
        m_draft.dropped.append(b.sourceLines);
    else if (!b.text.isEmpty())
        m_draft.dropped.append(b.text);
    m_droppedBlock = i;
    m_droppedCount = int(m_draft.dropped.size() - before);
}

void Recogniser::undrop(int i)
{
    if (m_droppedBlock != i)
        return;
    for (int k = 0; k < m_droppedCount && !m_draft.dropped.isEmpty(); ++k)
        m_draft.dropped.removeLast();
    m_droppedBlock = -1;
    m_droppedCount = 0;
}

// The line right above a credit line is its caption, unless it reads as a
// paragraph of the story: in HTML a separate paragraph that ends like a
// sentence is one; a line joined by a line break or written without a
// blank line is a caption when short.
bool Recogniser::captionEligible(int i, bool adjacent) const
{
    if (i < 0 || !isTextBlock(m_page.blocks[i]))
        return false;
    const LineFacts &f = m_facts[size_t(i)];
    if (!f.chrome.isEmpty() || f.credit || f.date || f.name || !f.byline.isEmpty() || f.position ||
        f.words < 1 || f.words > 50)
        return false;
    if (!adjacent)
        return !f.story;
    return m_page.blankLines || !f.story || f.words <= 20;
}

void Recogniser::addSlot(int i, bool pre, int captionBlock)
{
    const Credit &credit = *m_facts[size_t(i)].credit;
    // A picture read just above (an <img> without caption) takes this credit.
    const int imageBlock = captionBlock >= 0 ? captionBlock - 1 : i - 1;
    PhotoSlot *slot = nullptr;
    if (m_imageSlotBlock >= 0 && m_imageSlotBlock == imageBlock && !m_draft.photos.isEmpty())
        slot = &m_draft.photos.last();
    if (!slot) {
        m_draft.photos.append(PhotoSlot());
        slot = &m_draft.photos.last();
        slot->lead = pre && !m_leadSlotTaken;
        m_leadSlotTaken = m_leadSlotTaken || pre;
        slot->afterParagraph = pre ? -1 : int(m_draft.paragraphs.size()) - 1;
    }
    m_imageSlotBlock = -1;
    if (captionBlock >= 0)
        slot->caption = m_page.blocks[captionBlock].text;
    slot->creditLine = credit.line;
    slot->creditSource = credit.source;
    slot->creditType = credit.type;
}

void Recogniser::addFigure(int i, bool pre)
{
    const ImportBlock &b = m_page.blocks[i];
    PhotoSlot slot;
    const ImportFigure picture = b.figure ? *b.figure : ImportFigure();
    slot.imageUrl = picture.imageUrl;
    slot.alt = picture.alt;
    if (b.kind == ImportBlock::Kind::Figure) {
        QString caption = picture.caption;
        std::optional<Credit> credit;
        if (!picture.creditText.isEmpty()) {
            credit = parseCredit(picture.creditText);
            if (!credit) {
                QString source = picture.creditText;
                if (source.startsWith(u'©'))
                    source = source.mid(1).trimmed();
                credit = Credit{picture.creditText, source, creditTypeOfSource(source)};
            }
        } else {
            credit = splitCaptionCredit(picture.caption, &caption);
        }
        slot.caption = caption;
        if (credit) {
            slot.creditLine = credit->line;
            slot.creditSource = credit->source;
            slot.creditType = credit->type;
        }
    }
    slot.lead = pre && !m_leadSlotTaken;
    m_leadSlotTaken = m_leadSlotTaken || pre;
    slot.afterParagraph = pre ? -1 : int(m_draft.paragraphs.size()) - 1;
    m_draft.photos.append(slot);
    m_imageSlotBlock = (b.kind == ImportBlock::Kind::Image) ? i : -1;
}

void Recogniser::addAuthor(const BylineAuthor &author, int i)
{
    const QString key = nameKey(author.name);
    if (m_authorKeys.contains(key)) {
        // The same name again (a page shows it twice): one author.
        for (int a = 0; a < m_draft.authors.size(); ++a) {
            if (nameKey(m_draft.authors[a].name) == key) {
                m_lastAuthor = a;
                if (m_draft.authors[a].position.isEmpty())
                    m_draft.authors[a].position = author.position;
            }
        }
        drop(i);
        return;
    }
    m_authorKeys.insert(key);
    m_draft.authors.append({author.name, author.position});
    m_lastAuthor = int(m_draft.authors.size()) - 1;
}

bool Recogniser::addByline(int i)
{
    const LineFacts &f = m_facts[size_t(i)];
    if (f.position && m_lastAuthor >= 0 && m_lastAuthorBlock == i - 1) {
        ImportedAuthor &author = m_draft.authors[m_lastAuthor];
        if (author.position.isEmpty())
            author.position = m_page.blocks[i].text;
        else if (author.position != m_page.blocks[i].text)
            drop(i);
        m_lastAuthorBlock = i;
        return true;
    }
    QList<BylineAuthor> authors = f.byline;
    if (authors.isEmpty() && f.name)
        authors.append({m_page.blocks[i].text, {}});
    if (authors.isEmpty())
        return false;
    const qsizetype droppedBefore = m_draft.dropped.size();
    for (const BylineAuthor &a : std::as_const(authors))
        addAuthor(a, i);
    // A line that named only known authors is dropped once, not once per name.
    if (m_draft.dropped.size() > droppedBefore + 1) {
        const QString line = m_draft.dropped.last();
        m_draft.dropped.resize(droppedBefore);
        m_draft.dropped.append(line);
    }
    m_lastAuthorBlock = i;
    return true;
}

ImportedDraft Recogniser::run()
{
    judge();
    const QList<ImportBlock> &blocks = m_page.blocks;
    const int count = int(blocks.size());

    // Headline and lead.
    int headline = m_page.headline;
    QString headlineText;
    int lead = -1;
    if (headline >= 0) {
        lead = findLead(headline);
    } else {
        const int firstStory = findLead(-1);
        headline = findHeadline(firstStory);
        if (headline < 0 && !m_page.title.isEmpty())
            headlineText = m_page.title;
        lead = headline >= 0 ? findLead(headline) : firstStory;
    }
    if (headline >= 0)
        headlineText = blocks[headline].text;
    const int bodyStart = lead >= 0 ? lead + 1 : (headline >= 0 ? headline + 1 : 0);
    const int storyEnd = findStoryEnd(bodyStart - 1);

    for (int i = 0; i < count; ++i) {
        if (i == headline || i == lead)
            continue;
        const ImportBlock &b = blocks[i];
        const LineFacts &f = m_facts[size_t(i)];
        const bool pre = i < bodyStart;
        const bool post = i > storyEnd;
        if (!isTextBlock(b)) {
            if (f.chrome.isEmpty() && (b.kind == ImportBlock::Kind::Figure || !post))
                addFigure(i, pre);
            else
                drop(i);
            continue;
        }
        if (f.credit) {
            const int prev = i - 1;
            int caption = -1;
            const bool html = m_draft.format == u"html";
            if ((b.adjacent || html) && prev != headline && prev != lead &&
                captionEligible(prev, b.adjacent)) {
                if (!pre && !post && !m_body.empty() && m_body.back().block == prev) {
                    m_body.pop_back();
                    m_runs.removeLast();
                    m_draft.paragraphs.removeLast();
                    caption = prev;
                } else if ((pre || prev > storyEnd) && m_droppedBlock == prev) {
                    undrop(prev);
                    caption = prev;
                }
            }
            addSlot(i, pre, caption);
            continue;
        }
        if (!f.chrome.isEmpty()) {
            if (const auto origin = forwardOrigin(b.text); origin && m_forwardOrigin.isEmpty())
                m_forwardOrigin = *origin;
            drop(i);
            continue;
        }
        if (pre || post) {
            if (addByline(i))
                continue;
            if (pre && f.datelineOnly && m_draft.dateline.isEmpty()) {
                m_draft.dateline = b.text;
                continue;
            }
            drop(i);
            continue;
        }
        // The body.
        if (b.authorHint && !f.byline.isEmpty() && addByline(i))
            continue;
        m_body.push_back({i, b.kind, b.headingLevel, b.orderedList});
        m_runs.append(b.runs);
        m_draft.paragraphs.append(b.text);
    }

    m_draft.headline = headlineText;
    if (lead >= 0)
        m_draft.lead = blocks[lead].text;
    if (m_draft.authors.isEmpty() && !m_page.author.isEmpty()) {
        for (const QString &name : m_page.author.split(u',', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                m_draft.authors.append({name.trimmed(), {}});
    }

    // Dateline and source.
    if (const auto d = parseDateline(m_draft.lead)) {
        m_draft.dateline = d->dateline;
        m_draft.lead = m_draft.lead.mid(d->length).trimmed();
        if (!d->agency.isEmpty()) {
            m_draft.source = d->agency;
            m_draft.sourcePhrase = d->agency;
        }
    }
    if (m_draft.source.isEmpty()) {
        // The attribution stands in the lead or near it; far down the body
        // "по данным …" is a fact's source, not the report's.
        std::optional<Attribution> a = findAttribution(m_draft.lead);
        for (qsizetype p = 0; !a && p < std::min<qsizetype>(m_draft.paragraphs.size(), 10); ++p)
            a = findAttribution(m_draft.paragraphs[p]);
        if (a) {
            m_draft.source = a->source;
            m_draft.sourcePhrase = a->phrase;
        } else if (!m_forwardOrigin.isEmpty()) {
            m_draft.source = m_forwardOrigin;
            m_draft.sourcePhrase = m_forwardOrigin;
        }
    }

    // The blocks are read; what the draft keeps of them shares their text.
    m_page.blocks = {};
    m_facts = {};
    finishText();
    addFindings();
    return std::move(m_draft);
}

void Recogniser::finishText()
{
    ImportedDraft &d = m_draft;
    if (!m_options.language.isEmpty()) {
        d.language = m_options.language;
    } else {
        QString sample = d.headline + u'\n' + d.lead;
        for (qsizetype p = 0; p < d.paragraphs.size() && sample.size() < 200000; ++p)
            sample += u'\n' + d.paragraphs[p];
        d.language = detectLanguage(sample);
    }
    if (m_options.typography) {
        Typography::Options o;
        o.language = d.language;
        d.headline = Typography::apply(d.headline, o);
        d.lead = Typography::apply(d.lead, o);
        for (PhotoSlot &slot : d.photos)
            slot.caption = Typography::apply(slot.caption, o);
        for (qsizetype p = 0; p < m_runs.size(); ++p)
            applyEdits(d.paragraphs[p], m_runs[p], Typography::edits(d.paragraphs[p], o));
    }

    // The body in the allowed subset: paragraphs, subheadings, lists and
    // quotations with their bold, italic and links; the sanitizer has the
    // last word.
    // Each top-level piece is sanitized alone: the sanitizer's tree stays the
    // size of one paragraph (or one list), never of the whole page.
    QString html;
    QString piece;
    QString openList;
    auto flush = [&html, &piece]() {
        if (!piece.isEmpty())
            html += HtmlSanitizer::sanitize(piece).html;
        piece.clear();
    };
    for (size_t p = 0; p < m_body.size(); ++p) {
        const BodyBlock &b = m_body[p];
        const QString inner = runsHtml(d.paragraphs[qsizetype(p)], m_runs[qsizetype(p)], m_page.links);
        m_runs[qsizetype(p)] = {};
        const QString list = b.kind == ImportBlock::Kind::ListItem
                                 ? (b.orderedList ? QStringLiteral("ol") : QStringLiteral("ul"))
                                 : QString();
        if (openList != list) {
            if (!openList.isEmpty())
                piece += QStringLiteral("</") + openList + u'>';
            flush();
            if (!list.isEmpty())
                piece += u'<' + list + u'>';
            openList = list;
        }
        switch (b.kind) {
        case ImportBlock::Kind::Heading:
            piece += b.headingLevel <= 2 ? QStringLiteral("<h2>") + inner + QStringLiteral("</h2>")
                                         : QStringLiteral("<h3>") + inner + QStringLiteral("</h3>");
            break;
        case ImportBlock::Kind::ListItem:
            piece += QStringLiteral("<li>") + inner + QStringLiteral("</li>");
            break;
        case ImportBlock::Kind::Quote:
            piece += QStringLiteral("<blockquote><p>") + inner + QStringLiteral("</p></blockquote>");
            break;
        default:
            piece += QStringLiteral("<p>") + inner + QStringLiteral("</p>");
            break;
        }
        if (list.isEmpty())
            flush();
    }
    if (!openList.isEmpty())
        piece += QStringLiteral("</") + openList + u'>';
    flush();
    m_runs.clear();
    d.bodyHtml = std::move(html);

    d.quotes = analyzeQuotes(d.headline, d.lead, d.paragraphs);
}

void Recogniser::addFindings()
{
    ImportedDraft &d = m_draft;
    if (d.headline.isEmpty())
        d.findings.append({Finding::Severity::Error, QStringLiteral("import.no-headline"),
                           tr("No headline was recognised. Write the headline or pick the line that is one; "
                              "nothing was guessed."),
                           0, 0});
    if (d.lead.isEmpty() && d.paragraphs.isEmpty())
        d.findings.append(
            {Finding::Severity::Warning, QStringLiteral("import.no-text"),
             tr("No story text was recognised: everything read looks like site chrome. Check the "
                "left-out lines."),
             0, 0});
    if (d.authors.isEmpty())
        d.findings.append({Finding::Severity::Warning, QStringLiteral("import.no-author"),
                           tr("No author was recognised: choose the byline."), 0, 0});
    if (d.source.isEmpty())
        d.findings.append({Finding::Severity::Info, QStringLiteral("import.no-source"),
                           tr("No source attribution was recognised."), 0, 0});
    int number = 0;
    for (const PhotoSlot &slot : std::as_const(d.photos)) {
        ++number;
        if (!slot.caption.trimmed().isEmpty())
            continue;
        d.findings.append({Finding::Severity::Warning, QStringLiteral("import.slot-caption"),
                           slot.lead ? tr("The lead photo has no caption: write one.")
                                     : tr("Photo %1 has no caption: write one.").arg(number),
                           0, 0});
    }
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject ImportedDraft::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("headline"), headline);
    json.insert(QStringLiteral("lead"), lead);
    QJsonArray authorArray;
    for (const ImportedAuthor &a : authors)
        authorArray.append(
            QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("position"), a.position}});
    json.insert(QStringLiteral("authors"), authorArray);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("source_phrase"), sourcePhrase);
    json.insert(QStringLiteral("dateline"), dateline);
    json.insert(QStringLiteral("language"), language);
    json.insert(QStringLiteral("format"), format);
    json.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(paragraphs));
    json.insert(QStringLiteral("body_html"), bodyHtml);
    QJsonArray photoArray;
    for (const PhotoSlot &p : photos) {
        QJsonObject o;
        o.insert(QStringLiteral("caption"), p.caption);
        o.insert(QStringLiteral("alt"), p.alt);
        o.insert(QStringLiteral("credit_source"), p.creditSource);
        o.insert(QStringLiteral("credit_type"),
                 p.creditType ? QJsonValue(creditTypeKey(*p.creditType)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("credit_line"), p.creditLine);
        o.insert(QStringLiteral("image_url"), p.imageUrl);
        o.insert(QStringLiteral("lead"), p.lead);
        o.insert(QStringLiteral("after_paragraph"), p.afterParagraph);
        photoArray.append(o);
    }
    json.insert(QStringLiteral("photos"), photoArray);
    QJsonArray quoteArray;
    for (const Quote &q : quotes.quotes)
        quoteArray.append(QJsonObject{{QStringLiteral("text"), q.text},
                                      {QStringLiteral("speaker"), stringOrNull(q.speaker)},
                                      {QStringLiteral("attributed"), q.attributed}});
    json.insert(QStringLiteral("quotes"), quoteArray);
    json.insert(QStringLiteral("dropped"), QJsonArray::fromStringList(dropped));
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(QJsonObject{{QStringLiteral("severity"), Finding::severityKey(f.severity)},
                                        {QStringLiteral("code"), f.code},
                                        {QStringLiteral("message"), f.message}});
    json.insert(QStringLiteral("findings"), findingArray);
    return json;
}

Result<QString> Importer::readText(const QString &path, QString *encoding)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{Error::Code::NotFound, tr("The file %1 does not exist.").arg(shown), {}};
    if (info.size() > MaxFileBytes)
        return Error{Error::Code::InvalidInput,
                     tr("%1 is %2 MB; import takes files of up to %3 MB. Save only the article (its page or "
                        "its text) and import that. Nothing was imported.")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxFileBytes / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()),
                     file.errorString()};
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return Error{
            Error::Code::InvalidInput,
            tr("%1 is larger than %2 MB; import takes files of up to that size. Nothing was imported.")
                .arg(shown)
                .arg(MaxFileBytes / (1024 * 1024)),
            {}};
    TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    switch (decoded.verdict) {
    case TextEncoding::Verdict::Empty:
        return Error{
            Error::Code::InvalidInput, tr("%1 is empty: there is no text to import.").arg(shown), {}};
    case TextEncoding::Verdict::Binary:
        return Error{Error::Code::InvalidInput,
                     tr("%1 is not a text file (it looks like a picture, an archive or a program). Import "
                        "takes plain text or an HTML page. Nothing was imported.")
                         .arg(shown),
                     {}};
    case TextEncoding::Verdict::Undecodable:
        return Error{
            Error::Code::InvalidInput,
            tr("The text of %1 could not be read: it is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R. "
               "Save it as UTF-8 and import it again. Nothing was imported.")
                .arg(shown),
            {}};
    case TextEncoding::Verdict::Text:
        break;
    }
    if (encoding)
        *encoding = decoded.encoding;
    return std::move(decoded.text);
}

QString Importer::guessFormat(const QString &text)
{
    QStringView head = QStringView(text).left(64 * 1024);
    while (!head.isEmpty() && (head.front().isSpace() || head.front() == QChar(0xFEFF)))
        head = head.mid(1);
    if (head.startsWith(u"<!doctype", Qt::CaseInsensitive) ||
        head.startsWith(u"<html", Qt::CaseInsensitive) ||
        (head.startsWith(u"<?xml", Qt::CaseInsensitive) && head.contains(u"<html", Qt::CaseInsensitive)))
        return QStringLiteral("html");
    static const QRegularExpression s_tag(
        QStringLiteral(
            "</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|img|figure|figcaption|table|tr|td|strong|em|b|i|"
            "section|article|header|footer|nav|main|aside|body|head|meta|script|style|blockquote)"
            "(?:\\s[^<>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype tags = 0;
    auto it = s_tag.globalMatch(head);
    while (it.hasNext()) {
        it.next();
        ++tags;
    }
    return tags >= 2 && tags * 500 >= head.size() ? QStringLiteral("html") : QStringLiteral("text");
}

ImportedDraft Importer::fromText(const QString &text, const ImportOptions &options)
{
    Recogniser recogniser(readPlainTextBlocks(text), options, QStringLiteral("text"));
    ImportedDraft draft = recogniser.run();
    draft.original = text;
    return draft;
}

ImportedDraft Importer::fromHtml(const QString &html, const ImportOptions &options)
{
    Recogniser recogniser(readHtmlBlocks(html), options, QStringLiteral("html"));
    ImportedDraft draft = recogniser.run();
    draft.original = html;
    return draft;
}

Result<ImportedDraft> Importer::fromFile(const QString &path, const QString &format,
                                         const ImportOptions &options)
{
    if (!format.isEmpty() && format != u"text" && format != u"html")
        return Error{
            Error::Code::InvalidInput, tr("Unknown import format \"%1\": use text or html.").arg(format), {}};
    auto text = readText(path);
    if (!text)
        return text.error();
    const QString chosen = format.isEmpty() ? guessFormat(*text) : format;
    return chosen == u"html" ? fromHtml(*text, options) : fromText(*text, options);
}

} // namespace Qalam
