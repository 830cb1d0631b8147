#include "app/text/typography.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

// How the rules work together
//
// One TypesettingPass looks at the text a few times from left to right and
// records, per UTF-16 unit, what that unit becomes (a character, or nothing).
// Every rule only ever replaces a unit by a single character or removes it,
// so the record is one small cell per unit and apply() and edits() are both a
// walk over it. Nothing is ever inserted: a missing space is not this pass's
// business (we write "А.С.\u00A0Пушкин", not "А.\u00A0С.\u00A0Пушкин").
//
// Idempotence is by construction: every change turns a character into one of
// the same class for every context test (a quote mark stays a quote mark, a
// space a space, a hyphen a dash, three dots an ellipsis), so the second pass
// sees the same contexts and finds everything already in place. Quote pairing
// is the one place where that needs care, see settleQuotes().

namespace Qalam {

namespace {

enum class Language { Russian, Kazakh, English };

// Why a unit changes; decides the finding it becomes.
enum class Rule : quint8 {
    None,
    StraightQuote, // " or ' becomes a typographic quote mark
    QuoteLevel,    // a typographic quote mark of the wrong kind or level
    Apostrophe,    // en: ' becomes ’
    Dash,          // spaced hyphen or wrong dash between words, dialogue dash
    Range,         // 10-15 becomes 10–15
    Ellipsis,      // ... becomes …
    NbspWord,      // ru: after a short preposition, conjunction or particle, before бы/ли/же
    NbspInitials,  // К.\u00A0Токаев
    NbspUnit,      // 5\u00A0км, №\u00A05
};

constexpr char16_t s_removed = 0xFFFF; // the unit goes away
constexpr char16_t s_nbsp = 0x00A0;
constexpr char16_t s_enDash = 0x2013;
constexpr char16_t s_emDash = 0x2014;
constexpr char16_t s_ellipsis = 0x2026;
constexpr char16_t s_rightSingleQuote = 0x2019; // also the typographic apostrophe

struct Cell
{
    char16_t replacement = 0;
    Rule rule = Rule::None;
    bool isProtected = false; // inside a URL, an e-mail address or code
};

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isInlineSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == s_nbsp || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isSpace(char16_t c)
{
    return isInlineSpace(c) || isLineBreak(c);
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || isDigit(c);
}

// Letters, digits and combining marks (stress marks on Russian vowels); a
// soft hyphen does not split a word either. Surrogate halves are not word
// characters: a lone one must not make anything a word.
bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c);
    if (c >= 0x0400 && c <= 0x04FF) // Cyrillic, Kazakh letters included
        return c != 0x0482;
    if (c == 0x00AD)
        return true;
    return QChar::isLetterOrNumber(char32_t(c)) || QChar::isMark(char32_t(c));
}

bool isLetter(char16_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c);
    return QChar::isLetter(char32_t(c));
}

bool isUpper(char16_t c)
{
    return QChar::isUpper(char32_t(c));
}

char16_t toLower(char16_t c)
{
    return char16_t(QChar::toLower(char32_t(c)));
}

// Hyphen, the Unicode hyphens and dashes, minus: one class for every context test.
bool isDashLike(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// What the dash rule rewrites: hyphen-minus, en dash, em dash.
bool isConvertibleDash(char16_t c)
{
    return c == u'-' || c == s_enDash || c == s_emDash;
}

bool isQuoteMark(char16_t c)
{
    return c == u'"' || c == u'\'' || c == 0x00AB || c == 0x00BB || (c >= 0x2018 && c <= 0x201F);
}

bool isSingleQuoteMark(char16_t c)
{
    return c == u'\'' || (c >= 0x2018 && c <= 0x201B);
}

bool isClosingPunctuation(char16_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u')':
    case u']':
    case u'}':
    case s_ellipsis:
        return true;
    default:
        return false;
    }
}

bool isOpeningBracket(char16_t c)
{
    return c == u'(' || c == u'[' || c == u'{';
}

// Characters that end an address written inside a sentence: "(https://x.kz)."
bool isTrailingPunctuation(char16_t c)
{
    return isClosingPunctuation(c) || isQuoteMark(c) || c == s_enDash || c == s_emDash;
}

bool isSchemeChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'+' || c == u'.' || c == u'-';
}

bool isMailboxChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

bool isDomainChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'-' || (c >= 0x80 && isLetter(c));
}

bool isNumberSeparator(char16_t c)
{
    return c == u'.' || c == u',' || c == u':';
}

bool isUnitTerminator(char16_t c)
{
    return isSpace(c) || isClosingPunctuation(c) || isQuoteMark(c);
}

// One- and two-letter Russian prepositions, conjunctions and particles that
// belong with the next word.
bool isRussianShortWord(char16_t a, char16_t b)
{
    static constexpr char16_t s_words[][2] = {
        {u'а', 0},    {u'в', 0},    {u'и', 0},    {u'к', 0},    {u'о', 0},    {u'с', 0},    {u'у', 0},
        {u'в', u'о'}, {u'д', u'а'}, {u'д', u'о'}, {u'з', u'а'}, {u'и', u'з'}, {u'к', u'о'}, {u'н', u'а'},
        {u'н', u'е'}, {u'н', u'и'}, {u'н', u'о'}, {u'о', u'б'}, {u'о', u'т'}, {u'п', u'о'}, {u'с', u'о'},
    };
    for (const auto &word : s_words) {
        if (word[0] == a && word[1] == b)
            return true;
    }
    return false;
}

// Russian particles that belong with the word before them.
bool isRussianParticle(char16_t a, char16_t b)
{
    return (a == u'б' && b == u'ы') || (a == u'л' && b == u'и') || (a == u'ж' && b == u'е');
}

bool isUnit(QStringView token, Language language)
{
    static constexpr QStringView s_cyrillicUnits[] = {
        u"%",    u"‰",   u"°",   u"°C",  u"°С",  u"℃",   u"мм",    u"см",    u"дм",   u"м",
        u"км",   u"м²",  u"км²", u"м³",  u"га",  u"кв",  u"мг",    u"г",     u"гг",   u"кг",
        u"ц",    u"т",   u"мл",  u"л",   u"с",   u"сек", u"мин",   u"ч",     u"сут",  u"км/ч",
        u"м/с",  u"Вт",  u"кВт", u"МВт", u"ГВт", u"Гц",  u"кГц",   u"МГц",   u"ГГц",  u"кВт·ч",
        u"КБ",   u"МБ",  u"ГБ",  u"ТБ",  u"Кб",  u"Мб",  u"Гб",    u"тыс",   u"млн",  u"млрд",
        u"трлн", u"мың", u"руб", u"р",   u"коп", u"тг",  u"тенге", u"теңге", u"долл", u"₸",
        u"₽",  u"$",   u"€",   u"£",   u"шт",  u"чел", u"экз",
    };
    static constexpr QStringView s_englishUnits[] = {
        u"%",   u"‰",   u"°",    u"°C",      u"°F",      u"℃",        u"mm",       u"cm",    u"m",  u"km",
        u"km²", u"m²",  u"ha",   u"mg",      u"g",       u"kg",       u"lb",       u"lbs",   u"oz", u"ft",
        u"mi",  u"mph", u"km/h", u"ml",      u"l",       u"L",        u"kW",       u"MW",    u"GW", u"kWh",
        u"Hz",  u"kHz", u"MHz",  u"GHz",     u"KB",      u"MB",       u"GB",       u"TB",    u"h",  u"min",
        u"sec", u"mln", u"bn",   u"million", u"billion", u"trillion", u"thousand", u"tenge", u"₸",
    };
    const auto matches = [token](const auto &units) {
        return std::any_of(std::begin(units), std::end(units),
                           [token](QStringView unit) { return unit == token; });
    };
    return language == Language::English ? matches(s_englishUnits) : matches(s_cyrillicUnits);
}

// A quote mark that takes part in pairing.
struct QuoteMark
{
    qsizetype position = 0;
    bool opening = false;
    bool single = false; // ' ‘ ’ ‚ ‛ pair among themselves, the others among themselves
    bool matched = false;
    bool mayChangeFamily = false; // matched, and no stray mark between it and its partner
    std::size_t partner = 0;      // index of the other mark of a matched pair
    int level = 0;                // matched pairs around it
};

// All changes the rules make to one text, one cell per UTF-16 unit.
class TypesettingPass
{
public:
    TypesettingPass(const QString &text, const Typography::Options &options);

    qsizetype size() const { return m_size; }
    const Cell &cell(qsizetype i) const { return m_cells[std::size_t(i)]; }
    bool hasChanges() const { return m_changes > 0; }

private:
    bool isProtected(qsizetype i) const { return m_cells[std::size_t(i)].isProtected; }
    bool anyProtected(qsizetype begin, qsizetype end) const;
    void protect(qsizetype begin, qsizetype end);
    void change(qsizetype i, char16_t replacement, Rule rule);

    void protectCode();
    void protectAddresses();
    void protectAddressesInToken(qsizetype begin, qsizetype end);
    qsizetype addressEnd(qsizetype begin, qsizetype tokenEnd) const;

    void placeQuotes();
    bool isApostrophe(qsizetype i) const;
    int runRole(qsizetype begin, qsizetype end) const; // 1 opening, -1 closing, 0 neither
    void settleQuotes(std::vector<QuoteMark> &marks, std::vector<std::size_t> &stack);
    bool isRockNRoll(const QuoteMark &mark, const std::vector<QuoteMark> &marks) const;
    char16_t quoteMark(int level, bool opening) const;

    void placeDashesRangesAndEllipses();
    void placeDash(qsizetype begin, qsizetype end);
    void replaceDash(qsizetype begin, qsizetype end, char16_t dash);
    void placeRange(qsizetype hyphen);
    int compareIntegers(qsizetype a, qsizetype aEnd, qsizetype b, qsizetype bEnd) const;

    void placeNonBreakingSpaces();
    void placeAroundWord(qsizetype begin, qsizetype end);
    void placeUnit(qsizetype numberEnd);
    void placeAroundShortWord(qsizetype begin, qsizetype end);
    void placeInitial(qsizetype letter);

    const char16_t *m_text;
    qsizetype m_size;
    Language m_language;
    char16_t m_dash;
    std::vector<Cell> m_cells;
    qsizetype m_changes = 0;
};

Language languageOf(const QString &code)
{
    if (code.startsWith(u"kk", Qt::CaseInsensitive))
        return Language::Kazakh;
    if (code.startsWith(u"en", Qt::CaseInsensitive))
        return Language::English;
    return Language::Russian;
}

TypesettingPass::TypesettingPass(const QString &text, const Typography::Options &options)
    : m_text(reinterpret_cast<const char16_t *>(text.utf16())), m_size(text.size()),
      m_language(languageOf(options.language)),
      m_dash(options.dash == Typography::Dash::En ? s_enDash : s_emDash), m_cells(std::size_t(text.size()))
{
    protectCode();
    protectAddresses();
    placeQuotes();
    placeDashesRangesAndEllipses();
    placeNonBreakingSpaces();
}

bool TypesettingPass::anyProtected(qsizetype begin, qsizetype end) const
{
    for (qsizetype i = begin; i < end; ++i) {
        if (isProtected(i))
            return true;
    }
    return false;
}

void TypesettingPass::protect(qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i)
        m_cells[std::size_t(i)].isProtected = true;
}

// The first rule that claims a unit keeps it; they never disagree about one.
void TypesettingPass::change(qsizetype i, char16_t replacement, Rule rule)
{
    Cell &c = m_cells[std::size_t(i)];
    if (c.isProtected || c.rule != Rule::None || m_text[i] == replacement)
        return;
    c.replacement = replacement;
    c.rule = rule;
    ++m_changes;
}

// `code`: a run of n backticks opens a span that the next run of exactly n
// closes; one or two backticks stay within a paragraph, a ``` fence may span
// lines. Unclosed runs protect nothing.
void TypesettingPass::protectCode()
{
    struct Run
    {
        qsizetype begin;
        qsizetype length;
        qsizetype paragraph;
        std::size_t next; // the next run of the same length, or npos
    };
    constexpr std::size_t npos = std::size_t(-1);
    std::vector<Run> runs;
    qsizetype paragraph = 0;
    for (qsizetype i = 0; i < m_size;) {
        if (isLineBreak(m_text[i])) {
            ++paragraph;
            ++i;
        } else if (m_text[i] == u'`') {
            qsizetype end = i + 1;
            while (end < m_size && m_text[end] == u'`')
                ++end;
            runs.push_back({i, end - i, paragraph, npos});
            i = end;
        } else {
            ++i;
        }
    }
    if (runs.size() < 2)
        return;
    // Right to left: where the next run of each length is.
    std::unordered_map<qsizetype, std::size_t> nextOfLength;
    for (std::size_t r = runs.size(); r-- > 0;) {
        const auto [it, added] = nextOfLength.try_emplace(runs[r].length, r);
        if (!added) {
            runs[r].next = it->second;
            it->second = r;
        }
    }
    for (std::size_t r = 0; r < runs.size();) {
        const std::size_t close = runs[r].next;
        if (close != npos && (runs[r].length >= 3 || runs[close].paragraph == runs[r].paragraph)) {
            protect(runs[r].begin, runs[close].begin + runs[close].length);
            r = close + 1;
        } else {
            ++r;
        }
    }
}

void TypesettingPass::protectAddresses()
{
    for (qsizetype i = 0; i < m_size;) {
        if (isSpace(m_text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < m_size && !isSpace(m_text[end]))
            ++end;
        protectAddressesInToken(i, end);
        i = end;
    }
}

// Where an address that starts at `begin` ends: the end of the token, less
// the punctuation of the sentence around it. A closing bracket stays when
// the address has an opening one (Wikipedia links).
qsizetype TypesettingPass::addressEnd(qsizetype begin, qsizetype tokenEnd) const
{
    bool hasOpeningBracket = false;
    for (qsizetype i = begin; i < tokenEnd; ++i)
        hasOpeningBracket = hasOpeningBracket || m_text[i] == u'(';
    qsizetype end = tokenEnd;
    while (end > begin && isTrailingPunctuation(m_text[end - 1])) {
        if (m_text[end - 1] == u')' && hasOpeningBracket)
            break;
        --end;
    }
    return end;
}

// URLs (scheme://…, www.…, example.kz/path) run to the end of their token;
// e-mail addresses are local@domain. Each token is read a bounded number of
// times, so this stays linear however long the token is.
void TypesettingPass::protectAddressesInToken(qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = m_text[i];
        if (c == u':' && i + 2 < end && m_text[i + 1] == u'/' && m_text[i + 2] == u'/') {
            qsizetype start = i;
            while (start > begin && isSchemeChar(m_text[start - 1]))
                --start;
            if (start < i) {
                protect(start, addressEnd(start, end));
                return;
            }
        } else if ((c == u'w' || c == u'W') && i + 4 < end && (m_text[i + 1] | 0x20) == u'w' &&
                   (m_text[i + 2] | 0x20) == u'w' && m_text[i + 3] == u'.' && isAsciiAlnum(m_text[i + 4])) {
            const char16_t before = i > begin ? m_text[i - 1] : u' ';
            if (!isSchemeChar(before) && before != u'_' && before != s_ellipsis) {
                protect(i, addressEnd(i, end));
                return;
            }
        } else if (c == u'/') {
            // example.kz/path: a top-level domain of two or more letters before the slash.
            qsizetype k = i;
            while (k > begin && isAsciiLetter(m_text[k - 1]))
                --k;
            if (i - k >= 2 && k - 1 > begin && m_text[k - 1] == u'.' && isAsciiAlnum(m_text[k - 2])) {
                qsizetype start = k - 1;
                while (start > begin && (isAsciiAlnum(m_text[start - 1]) || m_text[start - 1] == u'.' ||
                                         m_text[start - 1] == u'-'))
                    --start;
                protect(start, addressEnd(start, end));
                return;
            }
        } else if (c == u'@') {
            qsizetype start = i;
            while (start > begin && isMailboxChar(m_text[start - 1]))
                --start;
            qsizetype domainEnd = i + 1;
            while (domainEnd < end && isDomainChar(m_text[domainEnd]))
                ++domainEnd;
            while (domainEnd > i + 1 && (m_text[domainEnd - 1] == u'.' || m_text[domainEnd - 1] == u'-'))
                --domainEnd;
            bool hasDot = false;
            for (qsizetype k = i + 2; k < domainEnd && !hasDot; ++k)
                hasDot = m_text[k] == u'.';
            if (start < i && hasDot) {
                protect(start, domainEnd);
                i = std::max(i, domainEnd - 1);
            }
        }
    }
}

// ' ’ between two word characters: don't, O'Brien, Қазақстан'ға.
bool TypesettingPass::isApostrophe(qsizetype i) const
{
    return isSingleQuoteMark(m_text[i]) && i > 0 && i + 1 < m_size && isWordChar(m_text[i - 1]) &&
           isWordChar(m_text[i + 1]);
}

// A run of quote marks opens after the start of the text, a space, a dash or
// an opening bracket when text follows; it closes after text when a space,
// punctuation, a dash or the end follows. Anything else is left alone.
int TypesettingPass::runRole(qsizetype begin, qsizetype end) const
{
    bool openingContext = begin == 0;
    if (!openingContext && !isProtected(begin - 1)) {
        const char16_t before = m_text[begin - 1];
        openingContext = isSpace(before) || isDashLike(before) || isOpeningBracket(before);
    }
    if (openingContext)
        return end < m_size && !isSpace(m_text[end]) ? 1 : 0;
    if (end == m_size)
        return -1;
    const char16_t after = m_text[end];
    if (isProtected(end))
        return 0;
    return isSpace(after) || isDashLike(after) || isClosingPunctuation(after) ? -1 : 0;
}

// 'n' in "rock 'n' roll", "fish 'n' chips": two apostrophes, not a quotation.
bool TypesettingPass::isRockNRoll(const QuoteMark &mark, const std::vector<QuoteMark> &marks) const
{
    const qsizetype open = std::min(mark.position, marks[mark.partner].position);
    const qsizetype close = std::max(mark.position, marks[mark.partner].position);
    return close == open + 2 && (m_text[open + 1] == u'n' || m_text[open + 1] == u'N');
}

char16_t TypesettingPass::quoteMark(int level, bool opening) const
{
    const bool inner = level % 2 == 1;
    if (m_language == Language::English)
        return inner ? (opening ? 0x2018 : 0x2019) : (opening ? 0x201C : 0x201D);
    return inner ? (opening ? 0x201E : 0x201C) : (opening ? 0x00AB : 0x00BB);
}

// Quote marks pair within a paragraph, so that one stray mark cannot turn the
// rest of an article inside out.
void TypesettingPass::placeQuotes()
{
    std::vector<QuoteMark> marks;
    std::vector<std::size_t> stack;
    for (qsizetype i = 0; i < m_size;) {
        const char16_t c = m_text[i];
        if (isLineBreak(c)) {
            settleQuotes(marks, stack);
            ++i;
            continue;
        }
        if (!isQuoteMark(c) || isProtected(i)) {
            ++i;
            continue;
        }
        if (isApostrophe(i)) {
            if (m_language == Language::English)
                change(i, s_rightSingleQuote, Rule::Apostrophe);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < m_size && isQuoteMark(m_text[end]) && !isProtected(end) && !isApostrophe(end))
            ++end;
        if (const int role = runRole(i, end)) {
            for (qsizetype k = i; k < end; ++k)
                marks.push_back({.position = k, .opening = role > 0, .single = isSingleQuoteMark(m_text[k])});
        }
        i = end;
    }
    settleQuotes(marks, stack);
}

// Pairs the marks of one paragraph and picks each one's character.
//
// Double marks close the nearest double opening (single openings in between
// are apostrophes: "the '90s"); a single closing mark only closes a single
// opening directly before it, otherwise it is an apostrophe (the players'
// union). The level of a mark is the number of matched pairs around it.
//
// Rendering can move a pair from one family to the other («…» for 'x' in
// Russian, ‘…’ for a nested "…" in English). That is safe when no stray
// (unmatched) mark lies between the pair's marks: the pair then closed on
// top of the stack and will again, and no stray mark ever sees the changed
// family on the stack. A pair with a stray mark inside, and every stray
// mark, only changes within its family (in English to “” or ‘’, stray single
// marks to the apostrophe ’; in Russian and Kazakh single marks then stay as
// typed); so the next run pairs exactly as this one and finds nothing to do.
void TypesettingPass::settleQuotes(std::vector<QuoteMark> &marks, std::vector<std::size_t> &stack)
{
    if (marks.empty())
        return;
    stack.clear();
    std::size_t doubleOpenings = 0;
    for (std::size_t k = 0; k < marks.size(); ++k) {
        QuoteMark &mark = marks[k];
        if (mark.opening) {
            stack.push_back(k);
            if (!mark.single)
                ++doubleOpenings;
        } else if (mark.single) {
            if (!stack.empty() && marks[stack.back()].single) {
                marks[stack.back()].matched = mark.matched = true;
                marks[stack.back()].partner = k;
                mark.partner = stack.back();
                stack.pop_back();
            }
        } else if (doubleOpenings > 0) {
            while (marks[stack.back()].single)
                stack.pop_back();
            marks[stack.back()].matched = mark.matched = true;
            marks[stack.back()].partner = k;
            mark.partner = stack.back();
            stack.pop_back();
            --doubleOpenings;
        }
    }

    std::vector<std::size_t> strayBefore(marks.size() + 1, 0); // stray marks before index k
    for (std::size_t k = 0; k < marks.size(); ++k)
        strayBefore[k + 1] = strayBefore[k] + (marks[k].matched ? 0 : 1);
    for (std::size_t k = 0; k < marks.size(); ++k) {
        if (marks[k].matched && marks[k].opening) {
            const std::size_t close = marks[k].partner;
            const bool clean = strayBefore[close] == strayBefore[k + 1];
            marks[k].mayChangeFamily = marks[close].mayChangeFamily = clean;
        }
    }

    const bool english = m_language == Language::English;
    int depth = 0;
    for (QuoteMark &mark : marks) {
        if (mark.matched)
            mark.level = mark.opening ? depth++ : --depth;
        else
            mark.level = depth;

        const qsizetype at = mark.position;
        const char16_t original = m_text[at];
        const Rule rule = original == u'"' || original == u'\'' ? Rule::StraightQuote : Rule::QuoteLevel;
        const bool wantsSingle = english && mark.level % 2 == 1;
        if (english) {
            if (!mark.matched && mark.single) {
                // ’90s, ’Tis, the players’ union: apostrophes at the edge of a word.
                change(at, s_rightSingleQuote, Rule::Apostrophe);
            } else if (mark.matched && mark.single && isRockNRoll(mark, marks)) {
                change(at, s_rightSingleQuote, Rule::Apostrophe);
            } else if (mark.mayChangeFamily || wantsSingle == mark.single) {
                change(at, quoteMark(mark.level, mark.opening), rule);
            } else {
                // The level wants the other family but the pair may not move: the
                // right marks of its own family, “” or ‘’, are the best we can do.
                change(at, quoteMark(mark.single ? 1 : 0, mark.opening), rule);
            }
        } else if (mark.mayChangeFamily || !mark.single) {
            change(at, quoteMark(mark.level, mark.opening), rule);
        }
    }
    marks.clear();
}

void TypesettingPass::placeDashesRangesAndEllipses()
{
    for (qsizetype i = 0; i < m_size;) {
        const char16_t c = m_text[i];
        if (c == u'.') {
            qsizetype end = i + 1;
            while (end < m_size && m_text[end] == u'.')
                ++end;
            // Exactly three: "?.." and "....." are someone's choice.
            if (end - i == 3 && !anyProtected(i, end)) {
                change(i, s_ellipsis, Rule::Ellipsis);
                change(i + 1, s_removed, Rule::Ellipsis);
                change(i + 2, s_removed, Rule::Ellipsis);
            }
            i = end;
        } else if (isConvertibleDash(c)) {
            qsizetype end = i + 1;
            while (end < m_size && isConvertibleDash(m_text[end]))
                ++end;
            const bool doubleHyphen = end - i == 2 && c == u'-' && m_text[i + 1] == u'-';
            if ((end - i == 1 || doubleHyphen) && !anyProtected(i, end))
                placeDash(i, end);
            i = end;
        } else {
            ++i;
        }
    }
}

void TypesettingPass::replaceDash(qsizetype begin, qsizetype end, char16_t dash)
{
    change(begin, dash, Rule::Dash);
    for (qsizetype i = begin + 1; i < end; ++i)
        change(i, s_removed, Rule::Dash);
}

// A dash token at [begin, end): "-", "--", "–" or "—".
void TypesettingPass::placeDash(qsizetype begin, qsizetype end)
{
    if (end - begin == 1 && begin > 0 && end < m_size && isDigit(m_text[begin - 1]) && isDigit(m_text[end])) {
        placeRange(begin);
        return;
    }
    if (end < m_size && !isSpace(m_text[end]))
        return; // a hyphen in a word, a minus sign, "откуда -либо"
    qsizetype before = begin;
    while (before > 0 && isInlineSpace(m_text[before - 1]))
        --before;
    const bool lineStart = before == 0 || isLineBreak(m_text[before - 1]);
    if (lineStart) {
        // A dialogue line: "- Текст" becomes "—\u00A0Текст" (ru/kk only).
        if (m_language == Language::English || end == m_size || !isInlineSpace(m_text[end]))
            return;
        qsizetype textStart = end;
        while (textStart < m_size && isInlineSpace(m_text[textStart]))
            ++textStart;
        if (textStart == m_size || isLineBreak(m_text[textStart]))
            return;
        replaceDash(begin, end, m_dash);
        if (m_text[end] == u' ')
            change(end, s_nbsp, Rule::Dash);
        return;
    }
    if (before == begin)
        return; // "одно- или": glued to the word before it
    if (m_language == Language::English) {
        replaceDash(begin, end, s_enDash);
        return;
    }
    replaceDash(begin, end, m_dash);
    if (m_text[begin - 1] == u' ')
        change(begin - 1, s_nbsp, Rule::Dash);
}

// Compares two runs of digits as integers (leading zeros aside).
int TypesettingPass::compareIntegers(qsizetype a, qsizetype aEnd, qsizetype b, qsizetype bEnd) const
{
    while (aEnd - a > 1 && m_text[a] == u'0')
        ++a;
    while (bEnd - b > 1 && m_text[b] == u'0')
        ++b;
    if (aEnd - a != bEnd - b)
        return aEnd - a < bEnd - b ? -1 : 1;
    for (; a < aEnd; ++a, ++b) {
        if (m_text[a] != m_text[b])
            return m_text[a] < m_text[b] ? -1 : 1;
    }
    return 0;
}

// 10-15, 2012-2015, 1,5-2, 10:00-12:00 and 10-15-летний get an en dash; a
// chain (8-701-555-12-34, 2021-05-01, 14577-234-224), a number glued to a word
// (COVID-19) or a falling pair (a score, 2052-2015) stays as written.
void TypesettingPass::placeRange(qsizetype hyphen)
{
    qsizetype left = hyphen;
    while (left > 0 && isDigit(m_text[left - 1]))
        --left;
    while (left >= 2 && isNumberSeparator(m_text[left - 1]) && isDigit(m_text[left - 2])) {
        --left;
        while (left > 0 && isDigit(m_text[left - 1]))
            --left;
    }
    if (left > 0 && (isWordChar(m_text[left - 1]) || isDashLike(m_text[left - 1])))
        return;
    qsizetype leftIntegerEnd = left;
    while (isDigit(m_text[leftIntegerEnd]))
        ++leftIntegerEnd;

    const qsizetype right = hyphen + 1;
    qsizetype rightEnd = right;
    while (rightEnd < m_size && isDigit(m_text[rightEnd]))
        ++rightEnd;
    const qsizetype rightIntegerEnd = rightEnd;
    while (rightEnd + 1 < m_size && isNumberSeparator(m_text[rightEnd]) && isDigit(m_text[rightEnd + 1])) {
        ++rightEnd;
        while (rightEnd < m_size && isDigit(m_text[rightEnd]))
            ++rightEnd;
    }
    if (rightEnd < m_size) {
        const char16_t after = m_text[rightEnd];
        if (isWordChar(after))
            return;
        if (isDashLike(after) && rightEnd + 1 < m_size && isDigit(m_text[rightEnd + 1]))
            return;
    }
    if (compareIntegers(left, leftIntegerEnd, right, rightIntegerEnd) <= 0)
        change(hyphen, s_enDash, Rule::Range);
}

void TypesettingPass::placeNonBreakingSpaces()
{
    for (qsizetype i = 0; i < m_size;) {
        const char16_t c = m_text[i];
        if (isWordChar(c)) {
            qsizetype end = i + 1;
            while (end < m_size && isWordChar(m_text[end]))
                ++end;
            placeAroundWord(i, end);
            i = end;
            continue;
        }
        // № 5, § 5
        if ((c == 0x2116 || c == 0x00A7) && i + 2 < m_size && m_text[i + 1] == u' ' &&
            isDigit(m_text[i + 2]) && !isProtected(i))
            change(i + 1, s_nbsp, Rule::NbspUnit);
        ++i;
    }
}

void TypesettingPass::placeAroundWord(qsizetype begin, qsizetype end)
{
    bool digits = true;
    bool letters = true;
    for (qsizetype i = begin; i < end; ++i) {
        if (isProtected(i))
            return;
        digits = digits && isDigit(m_text[i]);
        letters = letters && isLetter(m_text[i]);
    }
    if (digits) {
        placeUnit(end);
    } else if (letters && end - begin <= 2) {
        if (m_language == Language::Russian)
            placeAroundShortWord(begin, end);
        if (end - begin == 1 && isUpper(m_text[begin]))
            placeInitial(begin);
    }
}

// 5 км, 300 млн, 12 %, 2012 г.: the unit is a whole token from the list.
void TypesettingPass::placeUnit(qsizetype numberEnd)
{
    constexpr qsizetype maxUnitLength = 12;
    if (numberEnd + 1 >= m_size || m_text[numberEnd] != u' ')
        return;
    const qsizetype unit = numberEnd + 1;
    qsizetype unitEnd = unit;
    while (unitEnd < m_size && unitEnd - unit <= maxUnitLength && !isUnitTerminator(m_text[unitEnd]))
        ++unitEnd;
    if (unitEnd == unit || unitEnd - unit > maxUnitLength || anyProtected(unit, unitEnd))
        return;
    if (isUnit(QStringView(m_text + unit, unitEnd - unit), m_language))
        change(numberEnd, s_nbsp, Rule::NbspUnit);
}

// "в\u00A0Москве", "не\u00A0знаю"; "он\u00A0же", "знал\u00A0бы".
void TypesettingPass::placeAroundShortWord(qsizetype begin, qsizetype end)
{
    const char16_t first = toLower(m_text[begin]);
    const char16_t second = end - begin == 2 ? toLower(m_text[begin + 1]) : char16_t(0);

    bool wordStart = begin == 0;
    if (!wordStart) {
        const char16_t before = m_text[begin - 1];
        wordStart = isSpace(before) || isQuoteMark(before) || isOpeningBracket(before) ||
                    before == s_enDash || before == s_emDash;
    }
    if (wordStart && end + 1 < m_size && m_text[end] == u' ') {
        const char16_t next = m_text[end + 1];
        if (!isSpace(next) && !isDashLike(next) && !isClosingPunctuation(next) &&
            isRussianShortWord(first, second))
            change(end, s_nbsp, Rule::NbspWord);
    }

    if (begin >= 2 && m_text[begin - 1] == u' ' && isWordChar(m_text[begin - 2]) &&
        (end == m_size || (!isWordChar(m_text[end]) && !isDashLike(m_text[end]))) && end - begin == 2 &&
        isRussianParticle(m_text[begin], m_text[begin + 1]))
        change(begin - 1, s_nbsp, Rule::NbspWord);
}

// К. Токаев, А. С. Пушкин, А.С. Пушкин, Касым-Ж. Токаев, J. K. Rowling.
void TypesettingPass::placeInitial(qsizetype letter)
{
    const qsizetype dot = letter + 1;
    if (dot + 2 >= m_size || m_text[dot] != u'.' || m_text[dot + 1] != u' ' || !isUpper(m_text[dot + 2]))
        return;
    if (letter > 0) {
        const char16_t before = m_text[letter - 1];
        const bool chained = before == u'.' && letter >= 2 && isUpper(m_text[letter - 2]) &&
                             (letter == 2 || !isWordChar(m_text[letter - 3]));
        if (!chained && !isSpace(before) && before != u'-' && !isQuoteMark(before) &&
            !isOpeningBracket(before))
            return;
    }
    change(dot + 1, s_nbsp, Rule::NbspInitials);
}

struct RuledEdit
{
    Typography::Edit edit;
    Rule rule = Rule::None;
};

// Neighbouring units changed by one rule make one edit.
std::vector<RuledEdit> ruledEdits(const QString &text, const Typography::Options &options)
{
    const TypesettingPass pass(text, options);
    std::vector<RuledEdit> result;
    if (!pass.hasChanges())
        return result;
    for (qsizetype i = 0; i < pass.size();) {
        const Rule rule = pass.cell(i).rule;
        if (rule == Rule::None) {
            ++i;
            continue;
        }
        RuledEdit ruled;
        ruled.rule = rule;
        ruled.edit.position = int(i);
        qsizetype end = i;
        for (; end < pass.size() && pass.cell(end).rule == rule; ++end) {
            if (pass.cell(end).replacement != s_removed)
                ruled.edit.replacement += QChar(pass.cell(end).replacement);
        }
        ruled.edit.length = int(end - i);
        result.push_back(std::move(ruled));
        i = end;
    }
    return result;
}

bool isInfoRule(Rule rule)
{
    return rule == Rule::Apostrophe || rule == Rule::Ellipsis || rule == Rule::NbspWord ||
           rule == Rule::NbspInitials || rule == Rule::NbspUnit;
}

} // namespace

QList<Typography::Edit> Typography::edits(const QString &text, const Options &options)
{
    QList<Edit> result;
    for (RuledEdit &ruled : ruledEdits(text, options))
        result.append(std::move(ruled.edit));
    return result;
}

QString Typography::apply(const QString &text, const Options &options)
{
    const TypesettingPass pass(text, options);
    if (!pass.hasChanges())
        return text;
    QString result;
    result.reserve(text.size());
    const QChar *units = text.constData();
    qsizetype copied = 0; // units before this are in `result`
    for (qsizetype i = 0; i < pass.size(); ++i) {
        const Cell &c = pass.cell(i);
        if (c.rule == Rule::None)
            continue;
        result.append(units + copied, i - copied);
        if (c.replacement != s_removed)
            result.append(QChar(c.replacement));
        copied = i + 1;
    }
    result.append(units + copied, pass.size() - copied);
    return result;
}

// Quote, dash and range edits are warnings, one per edit. Apostrophes,
// ellipses and non-breaking spaces are info, one finding per kind and
// paragraph so that a long article does not bury the warnings.
QList<Finding> Typography::check(const QString &text, const Options &options)
{
    const Language language = languageOf(options.language);
    const bool enDash = language == Language::English || options.dash == Dash::En;
    const std::vector<RuledEdit> all = ruledEdits(text, options);

    QList<Finding> findings;
    struct Group
    {
        Rule rule;
        int start;
        int end;
        int count;
    };
    std::vector<Group> groups; // info findings of the current paragraph
    const auto flushGroups = [&] {
        for (const Group &group : groups) {
            Finding finding;
            finding.severity = Finding::Severity::Info;
            finding.start = group.start;
            finding.end = group.end;
            switch (group.rule) {
            case Rule::Apostrophe:
                finding.code = QStringLiteral("typography.apostrophe");
                finding.message = tr("%n straight apostrophe(s): use ’", nullptr, group.count);
                break;
            case Rule::Ellipsis:
                finding.code = QStringLiteral("typography.ellipsis");
                finding.message = tr("%n ellipsis(es) typed as three dots: use …", nullptr, group.count);
                break;
            case Rule::NbspWord:
                finding.code = QStringLiteral("typography.nbsp");
                finding.message =
                    tr("%n short word(s) should be joined to the neighbouring word by a non-breaking space",
                       nullptr, group.count);
                break;
            case Rule::NbspInitials:
                finding.code = QStringLiteral("typography.nbsp");
                finding.message = tr("%n initial(s) should be joined to the surname by a non-breaking space",
                                     nullptr, group.count);
                break;
            default:
                finding.code = QStringLiteral("typography.nbsp");
                finding.message = tr("%n number(s) should be joined to their unit by a non-breaking space",
                                     nullptr, group.count);
                break;
            }
            findings.append(finding);
        }
        groups.clear();
    };

    qsizetype scanned = 0; // line breaks before this have been seen
    for (const RuledEdit &ruled : all) {
        const Edit &edit = ruled.edit;
        bool newParagraph = false;
        for (; scanned < edit.position; ++scanned)
            newParagraph = newParagraph || isLineBreak(text.at(scanned).unicode());
        if (newParagraph)
            flushGroups();

        if (isInfoRule(ruled.rule)) {
            auto group = std::find_if(groups.begin(), groups.end(),
                                      [&](const Group &g) { return g.rule == ruled.rule; });
            if (group == groups.end())
                groups.push_back({ruled.rule, edit.position, edit.position + edit.length, 1});
            else {
                group->end = edit.position + edit.length;
                ++group->count;
            }
            continue;
        }

        Finding finding;
        finding.severity = Finding::Severity::Warning;
        finding.start = edit.position;
        finding.end = edit.position + edit.length;
        switch (ruled.rule) {
        case Rule::StraightQuote:
            finding.code = QStringLiteral("typography.straight-quotes");
            finding.message = tr("Straight quote mark: use %1").arg(edit.replacement);
            break;
        case Rule::QuoteLevel:
            finding.code = QStringLiteral("typography.quote-level");
            finding.message =
                tr("Quote mark of the wrong kind or nesting level: use %1").arg(edit.replacement);
            break;
        case Rule::Range:
            finding.code = QStringLiteral("typography.range");
            finding.message = tr("Number range with a hyphen or em dash: use an en dash (10–15)");
            break;
        default: {
            finding.code = QStringLiteral("typography.dash");
            // A dialogue edit holds the dash that opens a line, or the space after it.
            qsizetype lineStart = edit.position;
            if (!isConvertibleDash(text.at(lineStart).unicode()) && lineStart > 0 &&
                isConvertibleDash(text.at(lineStart - 1).unicode()))
                --lineStart;
            while (lineStart > 0 && isInlineSpace(text.at(lineStart - 1).unicode()))
                --lineStart;
            const bool dialogue = lineStart == 0 || isLineBreak(text.at(lineStart - 1).unicode());
            if (language == Language::English)
                finding.message = tr("Hyphen or wrong dash between words: use a spaced en dash");
            else if (dialogue)
                finding.message =
                    enDash ? tr("Dialogue line: start it with an en dash and a non-breaking space")
                           : tr("Dialogue line: start it with an em dash and a non-breaking space");
            else
                finding.message = enDash ? tr("Hyphen or wrong dash between words: use an en dash with a "
                                              "non-breaking space before it")
                                         : tr("Hyphen or wrong dash between words: use an em dash with a "
                                              "non-breaking space before it");
            break;
        }
        }
        findings.append(finding);
    }
    flushGroups();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return findings;
}

} // namespace Qalam
