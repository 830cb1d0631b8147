#include "app/text/worddiff.h"

#include <QHash>
#include <QStringView>

// The shortest edit script comes from Debian's libdtl-dev (Diff Template
// Library, header-only): Wu's O(NP) algorithm, a refinement of Myers' O(ND).
// It runs on interned token ids, so every comparison is one integer compare.
#include <dtl/dtl.hpp>

#include <cstdlib>
#include <vector>

namespace Qalam::WordDiff {

namespace {

using Kind = DiffSegment::Kind;
using Tokens = std::vector<QStringView>;

// O(NP) costs about (M + N) × P steps, P being the deletions of the shortest
// script. P is estimated from below before the run (tokens one side has more
// of than the other must be removed or added whatever the alignment); a block
// whose estimate passes this budget (a few hundred milliseconds) is shown as
// wholly removed and wholly added instead: for two texts that share almost
// nothing, that is what a reader sees anyway. The estimate cannot see
// reordering (the same words shuffled), which costs more time but no more
// memory: DTL caps its path table (MAX_CORDINATES_SIZE, 2 million entries,
// about 50 MB) and beyond it finishes the script in rounds, so memory never
// grows with the square of the input.
constexpr double s_stepBudget = 5e8;

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Code point at `i` (surrogate pairs read as one), and its length in UTF-16.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

// Paragraphs: each line with the line break that ends it.
Tokens paragraphs(QStringView text)
{
    Tokens out;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(u'\n', start);
        const qsizetype stop = end < 0 ? text.size() : end + 1;
        out.push_back(text.mid(start, stop - start));
        start = stop;
    }
    return out;
}

// Words (letters, digits, combining marks), runs of spaces (a line break is
// a token of its own) and single punctuation characters.
Tokens words(QStringView text)
{
    Tokens out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype length = 0;
        const char32_t c = codePointAt(text, i, &length);
        qsizetype end = i + length;
        if (isWordChar(c)) {
            while (end < text.size()) {
                const char32_t next = codePointAt(text, end, &length);
                if (!isWordChar(next))
                    break;
                end += length;
            }
        } else if (c != u'\n' && QChar::isSpace(c)) {
            while (end < text.size() && text.at(end) != u'\n' && text.at(end).isSpace())
                ++end;
        }
        out.push_back(text.mid(i, end - i));
        i = end;
    }
    return out;
}

// The text from token `from` up to (not including) token `to`; tokens are
// consecutive views into one string.
QStringView span(const Tokens &tokens, size_t from, size_t to)
{
    if (from >= to)
        return {};
    const QChar *begin = tokens[from].data();
    const QChar *end = tokens[to - 1].data() + tokens[to - 1].size();
    return QStringView(begin, end - begin);
}

// The raw edit script, one entry per token or block, before the clean-up.
struct Op
{
    Kind kind;
    QStringView text;
};
using Ops = std::vector<Op>;

// Called for each changed run: the removed text and the text that replaces
// it (either may be empty).
using ReplaceHandler = void (*)(QStringView before, QStringView after, Ops &out);

void replaceWhole(QStringView before, QStringView after, Ops &out)
{
    if (!before.isEmpty())
        out.push_back({Kind::Removed, before});
    if (!after.isEmpty())
        out.push_back({Kind::Added, after});
}

// Diffs two token sequences: equal tokens become Same ops, each changed run
// goes to `replace`.
void diffTokens(const Tokens &a, const Tokens &b, Ops &out, ReplaceHandler replace)
{
    // The common head and tail cost nothing to find and are most of a
    // revised article.
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    if (head > 0)
        out.push_back({Kind::Same, span(a, 0, head)});
    const size_t aEnd = a.size() - tail;
    const size_t bEnd = b.size() - tail;

    if (head == aEnd || head == bEnd) {
        replace(span(a, head, aEnd), span(b, head, bEnd), out);
    } else {
        // Intern the tokens: DTL then compares integers.
        QHash<QStringView, int> ids;
        const auto idOf = [&ids](QStringView token) -> int {
            if (const auto it = ids.constFind(token); it != ids.cend())
                return it.value();
            const int id = int(ids.size());
            ids.insert(token, id);
            return id;
        };
        std::vector<int> ia, ib;
        ia.reserve(aEnd - head);
        ib.reserve(bEnd - head);
        for (size_t i = head; i < aEnd; ++i)
            ia.push_back(idOf(a[i]));
        for (size_t i = head; i < bEnd; ++i)
            ib.push_back(idOf(b[i]));

        // A lower bound of the edit distance: tokens one side has more of
        // than the other must be removed or added whatever the alignment.
        std::vector<int> balance(size_t(ids.size()), 0);
        for (int id : ia)
            ++balance[size_t(id)];
        for (int id : ib)
            --balance[size_t(id)];
        double unmatched = 0;
        for (int n : balance)
            unmatched += std::abs(n);
        const double steps = double(ia.size() + ib.size()) * (unmatched / 2 + 1);

        if (steps > s_stepBudget) {
            replace(span(a, head, aEnd), span(b, head, bEnd), out);
        } else {
            dtl::Diff<int> diff(ia, ib);
            diff.compose();
            const auto script = diff.getSes().getSequence();
            size_t x = head, y = head;
            size_t runA = x, runB = y; // start of the current changed run
            auto flush = [&]() {
                if (runA != x || runB != y)
                    replace(span(a, runA, x), span(b, runB, y), out);
            };
            for (const auto &step : script) {
                switch (step.second.type) {
                case dtl::SES_COMMON:
                    flush();
                    out.push_back({Kind::Same, a[x]});
                    ++x;
                    ++y;
                    runA = x;
                    runB = y;
                    break;
                case dtl::SES_DELETE:
                    ++x;
                    break;
                case dtl::SES_ADD:
                    ++y;
                    break;
                }
            }
            flush();
            Q_ASSERT(x == aEnd && y == bEnd);
        }
    }
    if (tail > 0)
        out.push_back({Kind::Same, span(a, aEnd, a.size())});
}

void diffWords(QStringView before, QStringView after, Ops &out)
{
    diffTokens(words(before), words(after), out, replaceWhole);
}

bool isBlank(QStringView text)
{
    for (QChar c : text)
        if (!c.isSpace() || c == u'\n')
            return false;
    return !text.isEmpty();
}

// Merges the raw script into segments: adjacent ones of a kind joined, each
// change run as one removal followed by one addition, and a lone space
// between two changes folded into them ("[-Иван Петров-]{+Пётр Сидоров+}"
// rather than a space-separated patchwork).
QList<DiffSegment> segments(const Ops &ops)
{
    QList<DiffSegment> out;
    QString same;
    size_t i = 0;
    while (i < ops.size()) {
        if (ops[i].kind == Kind::Same) {
            same += ops[i].text;
            ++i;
            continue;
        }
        if (!same.isEmpty()) {
            out.append({Kind::Same, same});
            same.clear();
        }
        QString removed, added;
        while (i < ops.size()) {
            const Op &op = ops[i];
            if (op.kind == Kind::Removed) {
                removed += op.text;
            } else if (op.kind == Kind::Added) {
                added += op.text;
            } else if (isBlank(op.text) && i + 1 < ops.size() && ops[i + 1].kind != Kind::Same) {
                removed += op.text;
                added += op.text;
            } else {
                break;
            }
            ++i;
        }
        if (!removed.isEmpty())
            out.append({Kind::Removed, removed});
        if (!added.isEmpty())
            out.append({Kind::Added, added});
    }
    if (!same.isEmpty())
        out.append({Kind::Same, same});
    return out;
}

} // namespace

QList<DiffSegment> compare(const QString &before, const QString &after)
{
    if (before == after)
        return before.isEmpty() ? QList<DiffSegment>{} : QList<DiffSegment>{{Kind::Same, before}};
    // Paragraphs first: an unchanged paragraph is matched whole, a moved one
    // shows as removed and added instead of being shredded into the words
    // around it, and each word-level comparison stays small.
    Ops ops;
    diffTokens(paragraphs(before), paragraphs(after), ops, diffWords);
    return segments(ops);
}

bool changed(const QList<DiffSegment> &segments)
{
    for (const DiffSegment &s : segments)
        if (s.kind != DiffSegment::Kind::Same)
            return true;
    return false;
}

QString toMarkedText(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments) {
        switch (s.kind) {
        case DiffSegment::Kind::Same:
            out += s.text;
            break;
        case DiffSegment::Kind::Removed:
            out += u"[-" + s.text + u"-]";
            break;
        case DiffSegment::Kind::Added:
            out += u"{+" + s.text + u"+}";
            break;
        }
    }
    return out;
}

QString toHtml(const QList<DiffSegment> &segments)
{
    // Line breaks become <br/> so that paragraphs survive in a rich-text view.
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
    };
    QString out;
    for (const DiffSegment &s : segments) {
        switch (s.kind) {
        case DiffSegment::Kind::Same:
            out += escaped(s.text);
            break;
        case DiffSegment::Kind::Removed:
            out += u"<del>" + escaped(s.text) + u"</del>";
            break;
        case DiffSegment::Kind::Added:
            out += u"<ins>" + escaped(s.text) + u"</ins>";
            break;
        }
    }
    return out;
}

} // namespace Qalam::WordDiff
