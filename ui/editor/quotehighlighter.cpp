#include "ui/editor/quotehighlighter.h"

#include "app/text/quoteanalyzer.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Qalam {

namespace {
// Block state: 1 when the paragraph ends inside an open quotation.
constexpr int OpenQuoteState = 1;
} // namespace

QuoteHighlighter::QuoteHighlighter(QTextDocument *document, bool headline)
    : QSyntaxHighlighter(document), m_headline(headline)
{
    setDarkPalette(false);
}

void QuoteHighlighter::setDarkPalette(bool dark)
{
    // Readable on white and on a dark base alike.
    m_formats.quote.setForeground(dark ? QColor(0x99, 0xc1, 0xf1) : QColor(0x1a, 0x5f, 0xb4));
    m_formats.title.setForeground(dark ? QColor(0xcd, 0xab, 0x8f) : QColor(0x86, 0x5e, 0x3c));
    m_formats.speaker.setForeground(dark ? QColor(0x8f, 0xf0, 0xa4) : QColor(0x1c, 0x71, 0x38));
    m_formats.speaker.setFontUnderline(true);
    m_formats.verb.setForeground(dark ? QColor(0xdc, 0x8a, 0xdd) : QColor(0x81, 0x3d, 0x9c));
    rehighlight();
}

void QuoteHighlighter::highlightBlock(const QString &text)
{
    // A paragraph that goes on with a quotation opened before is read as if
    // its opening mark stood in front of it.
    const bool continued = previousBlockState() == OpenQuoteState && !text.startsWith(u'\u00AB');
    const QString analysed = continued ? QStringLiteral("\u00AB") + text : text;
    const int shift = continued ? 1 : 0;
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = m_headline;
    options.longQuoteWords = 0;
    const auto analysis = QuoteAnalyzer::analyze(analysed, options);

    bool open = false;
    for (const Quote &q : analysis.quotes) {
        const int start = qMax(0, q.start - shift);
        const int end = q.end - shift;
        setFormat(start, end - start, q.kind == Quote::Kind::Title ? m_formats.title : m_formats.quote);
        if (q.speakerStart >= 0)
            setFormat(q.speakerStart - shift, q.speakerEnd - q.speakerStart, m_formats.speaker);
        if (q.verbStart >= 0)
            setFormat(q.verbStart - shift, q.verbEnd - q.verbStart, m_formats.verb);
    }
    for (const Finding &f : analysis.findings) {
        // An opening mark still open at the end of the paragraph carries on.
        if (f.code == u"quote.unbalanced" && f.start < analysed.size() &&
            (analysed.at(f.start) == u'\u00AB' || analysed.at(f.start) == u'\u201E' ||
             analysed.at(f.start) == u'\u201C' || analysed.at(f.start) == u'"'))
            open = true;
    }
    setCurrentBlockState(open ? OpenQuoteState : 0);

    const int blockNumber = currentBlock().blockNumber();
    for (const auto *marks : {&m_findingMarks, &m_spellingMarks}) {
        const auto it = marks->constFind(blockNumber);
        if (it == marks->constEnd())
            continue;
        for (const Mark &m : *it) {
            const int start = qBound(0, m.start, int(text.size()));
            const int end = qBound(start, m.end, int(text.size()));
            for (int i = start; i < end; ++i) {
                QTextCharFormat f = format(i);
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(m.spelling                                 ? QColor(0xe0, 0x1b, 0x24)
                                    : m.severity == Finding::Severity::Error   ? QColor(0xe0, 0x1b, 0x24)
                                    : m.severity == Finding::Severity::Warning ? QColor(0xe5, 0xa5, 0x0a)
                                                                               : QColor(0x3d, 0x84, 0xe6));
                f.setToolTip(m.message);
                setFormat(i, 1, f);
            }
        }
    }
}

void QuoteHighlighter::setFindings(const QList<Finding> &findings)
{
    QHash<int, QList<Mark>> marks;
    const QTextDocument *doc = document();
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Info)
            continue; // information stays in the lists, not under the text
        const QTextBlock block = doc->findBlock(f.start);
        if (!block.isValid())
            continue;
        const int end = qMin(f.end, block.position() + block.length() - 1);
        marks[block.blockNumber()].append(
            {f.start - block.position(), qMax(end, f.start + 1) - block.position(), f.severity, f.message});
    }
    updateMarks(std::move(marks), false);
}

void QuoteHighlighter::setMisspellings(const QList<QPair<int, int>> &ranges)
{
    QHash<int, QList<Mark>> marks;
    const QTextDocument *doc = document();
    for (const auto &r : ranges) {
        const QTextBlock block = doc->findBlock(r.first);
        if (!block.isValid())
            continue;
        marks[block.blockNumber()].append({r.first - block.position(), r.second - block.position(),
                                           Finding::Severity::Warning, tr("Spelling"), true});
    }
    updateMarks(std::move(marks), true);
}

void QuoteHighlighter::updateMarks(QHash<int, QList<Mark>> marks, bool spelling)
{
    QHash<int, QList<Mark>> &current = spelling ? m_spellingMarks : m_findingMarks;
    QSet<int> touched;
    for (auto it = current.constBegin(); it != current.constEnd(); ++it)
        touched.insert(it.key());
    for (auto it = marks.constBegin(); it != marks.constEnd(); ++it)
        touched.insert(it.key());
    QSet<int> changed;
    for (const int block : touched) {
        const QList<Mark> before = current.value(block);
        const QList<Mark> after = marks.value(block);
        bool same = before.size() == after.size();
        for (qsizetype i = 0; same && i < before.size(); ++i)
            same = before[i].start == after[i].start && before[i].end == after[i].end &&
                   before[i].message == after[i].message;
        if (!same)
            changed.insert(block);
    }
    current = std::move(marks);
    for (const int block : std::as_const(changed)) {
        const QTextBlock b = document()->findBlockByNumber(block);
        if (b.isValid())
            rehighlightBlock(b);
    }
}

QString QuoteHighlighter::findingAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const int offset = position - block.position();
    QStringList messages;
    for (const auto *marks : {&m_findingMarks, &m_spellingMarks})
        for (const Mark &m : marks->value(block.blockNumber()))
            if (offset >= m.start && offset < m.end)
                messages.append(m.message);
    return messages.join(u'\n');
}

} // namespace Qalam
