#include "app/text/quoteanalyzer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Qalam {

namespace {

// ---- characters -----------------------------------------------------------

constexpr char16_t LeftGuillemet = u'\u00AB';  // «
constexpr char16_t RightGuillemet = u'\u00BB'; // »
constexpr char16_t LowDouble = u'\u201E';      // „
constexpr char16_t LeftDouble = u'\u201C';     // “
constexpr char16_t RightDouble = u'\u201D';    // ”
constexpr char16_t LeftSingle = u'\u2018';     // ‘
constexpr char16_t RightSingle = u'\u2019';    // ’
constexpr char16_t Straight = u'"';

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2012' || c == u'\u2212';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

bool isOpeningMark(QChar c)
{
    return c == LeftGuillemet || c == LowDouble || c == LeftDouble || c == LeftSingle;
}

bool isClosingPunctuation(QChar c)
{
    return c == u',' || c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')' ||
           c == u']' || c == u'\u2026' || c == RightGuillemet || c == RightDouble || c == RightSingle ||
           isDash(c);
}

// Which closing marks may close a given opening mark.
bool closes(QChar open, QChar close)
{
    switch (open.unicode()) {
    case LeftGuillemet:
        return close == RightGuillemet;
    case LowDouble:
        return close == LeftDouble || close == RightDouble;
    case LeftDouble:
        return close == RightDouble || close == LeftDouble;
    case LeftSingle:
        return close == RightSingle;
    case Straight:
        return close == Straight;
    default:
        return false;
    }
}

// The style an outer quotation is written in, for the mixed-styles finding.
int styleOf(QChar open)
{
    switch (open.unicode()) {
    case LeftGuillemet:
        return 0;
    case LowDouble:
        return 1;
    case LeftDouble:
        return 2;
    case LeftSingle:
        return 3;
    default:
        return 4; // straight
    }
}

// ---- words ----------------------------------------------------------------

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

struct Word
{
    int start;
    int end;
};

// Words (letters, digits, inner hyphens and apostrophes) of text[from, to).
std::vector<Word> wordsIn(const QString &text, int from, int to)
{
    std::vector<Word> words;
    int i = from;
    while (i < to) {
        while (i < to && !isWordChar(text.at(i)))
            ++i;
        if (i >= to)
            break;
        const int start = i;
        while (i < to) {
            if (isWordChar(text.at(i))) {
                ++i;
            } else if ((text.at(i) == u'-' || text.at(i) == u'\'' || text.at(i) == RightSingle) &&
                       i + 1 < to && isWordChar(text.at(i + 1)) && i > start) {
                ++i;
            } else {
                break;
            }
        }
        words.push_back({start, i});
    }
    return words;
}

// Speech verbs in the forms news text uses them (ru: past in every gender and
// number, present 3rd person; kk and en the usual reporting verbs).
const QSet<QString> &speechVerbs()
{
    static const QSet<QString> s_verbs = [] {
        QSet<QString> verbs;
        // Past stems (+л, +ла, +ли, +ло) paired with present stems (+ет, +ют).
        const char *const pairs[][2] = {
            {"заяви", "заявля"},
            {"сказа", ""},
            {"подчеркну", "подчеркива"},
            {"отмети", "отмеча"},
            {"добави", "добавля"},
            {"поясни", "поясня"},
            {"сообщи", "сообща"},
            {"рассказа", "рассказыва"},
            {"ответи", "отвеча"},
            {"уточни", "уточня"},
            {"напомни", "напомина"},
            {"призва", "призыва"},
            {"объясни", "объясня"},
            {"указа", "указыва"},
            {"предупреди", "предупрежда"},
            {"пообеща", "обеща"},
            {"резюмирова", "резюмиру"},
            {"прокомментирова", "комментиру"},
            {"констатирова", "констатиру"},
            {"говори", ""},
            {"считa", ""},
            {"счита", "счита"},
            {"подытожи", "подытожива"},
            {"заверi", ""},
            {"завери", "заверя"},
            {"высказа", "высказыва"},
            {"признa", ""},
            {"отрапортова", ""},
            {"проинформирова", "информиру"},
            {"сформулирова", ""},
            {"посетова", "сету"},
            {"пожалова", "жалу"},
            {"возрази", "возража"},
            {"парирова", "париру"},
            {"воскликну", "восклица"},
            {"обратил", ""},
            {"поделил", ""},
            {"отчита", ""},
            {"уверя", "уверя"},
        };
        for (const auto &pair : pairs) {
            const QString past = QString::fromUtf8(pair[0]);
            const QString present = QString::fromUtf8(pair[1]);
            for (const char *ending : {"л", "ла", "ли", "ло"})
                verbs.insert(past + QString::fromUtf8(ending));
            if (!present.isEmpty())
                for (const char *ending : {"ет", "ют"})
                    verbs.insert(present + QString::fromUtf8(ending));
        }
        for (const char *word :
             {"говорит", "говорят", "считает", "считают", "уверен", "уверена", "уверены", "убежден",
              "убеждена", "убеждены", "убеждён", "полагает", "полагают", "думает", "признался", "призналась",
              "признались", "поделился", "поделилась", "поделились", "обратился", "обратилась", "отметив",
              "подчеркнув", "заявив", "добавив", "пояснив", "сообщив",
              // Kazakh
              "деді", "дейді", "айтты", "айтады", "мәлімдеді", "хабарлады", "түсіндірді", "жеткізді", "қосты",
              "атап", "баса", "білдірді", "санайды", "сенімді",
              // English
              "said", "says", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes",
              "explained", "explains", "asked", "asks", "replied", "warned", "announced", "claimed",
              "insisted", "argued", "emphasised", "emphasized", "underlined", "commented", "remarked",
              "recalled", "concluded", "acknowledged", "admitted", "declared"})
            verbs.insert(QString::fromUtf8(word));
        return verbs;
    }();
    return s_verbs;
}

// Verbs of a relayed report: the agency or press office that passes the
// story on is its source, not a speaker.
const QSet<QString> &relayVerbs()
{
    static const QSet<QString> s_verbs = [] {
        QSet<QString> verbs;
        for (const char *word : {"передает", "передаёт", "передают", "пишет", "пишут", "цитирует",
                                 "информирует", "хабарлайды", "жазады", "reports", "reported", "writes"})
            verbs.insert(QString::fromUtf8(word));
        return verbs;
    }();
    return s_verbs;
}

// Nouns that make the following quotation a name: «Нур Отан» after "партия".
bool isTitleNoun(const QString &lower)
{
    static const QStringList s_stems = [] {
        QStringList stems;
        for (const char *stem :
             {"парти", "компани", "газет", "фильм", "программ", "фестивал", "проект", "журнал", "агентств",
              "телеканал", "канал", "издани", "книг", "роман", "песн", "спектакл", "операци", "акци",
              "конкурс", "преми", "форум", "клуб", "движени", "фонд", "ассоциаци", "корпораци", "холдинг",
              "кинотеатр", "сериал", "шоу", "банк", "завод", "комбинат", "центр", "театр", "музе", "школ",
              "лице", "университет", "колледж", "санатори", "отел", "гостиниц", "магазин", "ресторан", "кафе",
              "микрорайон", "жк", "трц", "тц", "ао", "тоо", "оао", "пао", "зао", "нао", "ргп", "гкп", "оо",
              "ооо", "кгу", "гу", "платформ", "приложени", "сайт", "портал", "марафон", "турнир", "чемпионат",
              "кубок", "олимпиад", "станци", "аэропорт", "месторождени", "предприяти", "объединени", "союз",
              "орден", "медал", "звани", "номинаци", "рубрик", "передач", "подкаст", "альбом", "выставк",
              "стратеги", "концепци", "инициатив", "кампани", "марк", "бренд", "сеть", "сети", "торгов",
              "группа", "групп",
              // Kazakh and English
              "партиясы", "газеті", "бағдарлама", "фильмі", "компаниясы", "party", "newspaper", "film",
              "movie", "programme", "program", "company", "festival", "project", "magazine", "agency",
              "channel", "book", "campaign", "operation", "bank", "foundation", "fund", "initiative",
              "strategy"})
            stems.append(QString::fromUtf8(stem));
        return stems;
    }();
    for (const QString &stem : s_stems) {
        if (stem.size() <= 3 ? lower == stem : lower.startsWith(stem))
            return true;
    }
    return false;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\u2026' || c == u';';
}

// A single capital letter before a dot is an initial ("К. Токаев"), not the
// end of the sentence.
bool isInitialDot(const QString &text, int dot)
{
    if (dot < 1 || !text.at(dot - 1).isUpper())
        return false;
    return dot < 2 || !text.at(dot - 2).isLetter();
}

QString trimmedSpan(const QString &text, int *start, int *end)
{
    while (*start < *end && (isSpace(text.at(*start)) || text.at(*start) == u',' || isDash(text.at(*start))))
        ++*start;
    while (*end > *start &&
           (isSpace(text.at(*end - 1)) || text.at(*end - 1) == u',' || text.at(*end - 1) == u':'))
        --*end;
    return text.mid(*start, *end - *start);
}

// ---- pairing --------------------------------------------------------------

struct Pair
{
    int open;
    int close; // index of the closing mark, or -1 for a dialogue line
    int level;
    int end; // one past the closing mark (or the end of the dialogue line)
};

struct Pairing
{
    std::vector<Pair> pairs;
    std::vector<int> unmatched; // positions of marks without a partner
    std::vector<int> unclosedAtParagraphEnd;
};

// Stretches of text where marks are not quotation marks: URLs, e-mail
// addresses, `code`.
std::vector<std::pair<int, int>> protectedSpans(const QString &text)
{
    std::vector<std::pair<int, int>> spans;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if ((c == u'h' || c == u'w') &&
            (text.mid(i, 7) == u"http://" || text.mid(i, 8) == u"https://" ||
             (text.mid(i, 4) == u"www." && (i == 0 || !isWordChar(text.at(i - 1)))))) {
            int j = i;
            while (j < n && !text.at(j).isSpace() && text.at(j) != u'\n' && text.at(j) != LeftGuillemet &&
                   text.at(j) != RightGuillemet)
                ++j;
            spans.push_back({i, j});
            i = j;
            continue;
        }
        if (c == u'@' && i > 0 && isWordChar(text.at(i - 1)) && i + 1 < n && isWordChar(text.at(i + 1))) {
            int s = i;
            while (s > 0 && (isWordChar(text.at(s - 1)) || text.at(s - 1) == u'.' || text.at(s - 1) == u'_'))
                --s;
            int e = i + 1;
            while (e < n && (isWordChar(text.at(e)) || text.at(e) == u'.' || text.at(e) == u'-'))
                ++e;
            spans.push_back({s, e});
            i = e;
            continue;
        }
        if (c == u'`') {
            const qsizetype close = text.indexOf(u'`', i + 1);
            const qsizetype lineEnd = text.indexOf(u'\n', i + 1);
            if (close > i && (lineEnd < 0 || close < lineEnd)) {
                spans.push_back({i, int(close) + 1});
                i = int(close) + 1;
                continue;
            }
        }
        ++i;
    }
    return spans;
}

Pairing pairMarks(const QString &text)
{
    Pairing result;
    const int n = int(text.size());
    const auto spans = protectedSpans(text);
    size_t span = 0;
    struct Open
    {
        int pos;
        QChar mark;
    };
    std::vector<Open> stack;
    auto closeParagraph = [&]() {
        for (const Open &o : stack)
            result.unclosedAtParagraphEnd.push_back(o.pos);
        stack.clear();
    };
    auto opensHere = [&](int i) {
        const QChar prev = i > 0 ? text.at(i - 1) : QChar(u'\n');
        return prev == u'\n' || isSpace(prev) || prev == u'(' || prev == u'[' || isDash(prev) ||
               prev == u':' || prev == u'/' || isOpeningMark(prev) ||
               (prev == Straight && i > 1 && !isWordChar(text.at(i - 2)));
    };
    auto closesHere = [&](int i) {
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar(u'\n');
        return next == u'\n' || isSpace(next) || isClosingPunctuation(next) || next == Straight;
    };
    auto close = [&](int i, QChar mark) -> bool {
        // The innermost open quotation this mark can close; a few levels down
        // at most, so that a flood of openers stays linear.
        for (int depth = int(stack.size()) - 1, tries = 0; depth >= 0 && tries < 4; --depth, ++tries) {
            if (!closes(stack[size_t(depth)].mark, mark))
                continue;
            for (int k = int(stack.size()) - 1; k > depth; --k)
                result.unmatched.push_back(stack[size_t(k)].pos);
            result.pairs.push_back({stack[size_t(depth)].pos, i, depth, i + 1});
            stack.resize(size_t(depth));
            return true;
        }
        return false;
    };

    for (int i = 0; i < n; ++i) {
        if (span < spans.size() && i >= spans[span].first) {
            if (i < spans[span].second) {
                i = spans[span].second - 1;
                continue;
            }
            ++span;
        }
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\n':
            closeParagraph();
            break;
        case LeftGuillemet:
        case LowDouble:
        case LeftSingle:
            if (c == LeftSingle && !opensHere(i))
                break;
            stack.push_back({i, c});
            break;
        case RightGuillemet:
        case RightDouble:
            if (!close(i, c))
                result.unmatched.push_back(i);
            break;
        case RightSingle:
            // Also the apostrophe: only a closing mark when no letter follows.
            if (i + 1 < n && isWordChar(text.at(i + 1)))
                break;
            if (!close(i, c) && !(i > 0 && isWordChar(text.at(i - 1))))
                result.unmatched.push_back(i);
            break;
        case LeftDouble: {
            // “ closes „ (Russian inner quotes) and opens English quotations.
            const bool canClose =
                !stack.empty() && (stack.back().mark == LowDouble || stack.back().mark == LeftDouble);
            if (canClose && (closesHere(i) || !opensHere(i))) {
                close(i, c);
            } else if (opensHere(i) || (i + 1 < n && isWordChar(text.at(i + 1)))) {
                stack.push_back({i, c});
            } else {
                result.unmatched.push_back(i);
            }
            break;
        }
        case Straight: {
            const bool canOpen =
                opensHere(i) && i + 1 < n && !isSpace(text.at(i + 1)) && text.at(i + 1) != u'\n';
            const bool canClose = closesHere(i) && i > 0 && !isSpace(text.at(i - 1));
            const bool topIsStraight = !stack.empty() && stack.back().mark == Straight;
            if (canClose && (topIsStraight || !canOpen)) {
                if (!close(i, c))
                    result.unmatched.push_back(i);
            } else if (canOpen) {
                stack.push_back({i, c});
            } else if (topIsStraight) {
                close(i, c);
            }
            break;
        }
        default:
            break;
        }
    }
    closeParagraph();
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const Pair &a, const Pair &b) { return a.open < b.open; });
    return result;
}

// ---- attribution -----------------------------------------------------------

struct Attribution
{
    int speakerStart = -1;
    int speakerEnd = -1;
    int verbStart = -1;
    int verbEnd = -1;
    bool found = false;
};

bool isVerb(const QString &text, const Word &w)
{
    return speechVerbs().contains(text.mid(w.start, w.end - w.start).toLower());
}

bool isRelay(const QString &text, const Word &w)
{
    return relayVerbs().contains(text.mid(w.start, w.end - w.start).toLower());
}

// Extends a verb over the words that belong to it: "атап өтті", "деп атап
// өтті", "баса айтты", "пікір білдірді".
int verbPhraseEnd(const QString &text, const std::vector<Word> &words, size_t index)
{
    int end = words[index].end;
    const QString first = text.mid(words[index].start, words[index].end - words[index].start).toLower();
    if ((first == u"атап" || first == u"баса" || first == u"деп") && index + 1 < words.size()) {
        const QString next =
            text.mid(words[index + 1].start, words[index + 1].end - words[index + 1].start).toLower();
        if (next == u"өтті" || next == u"айтты" || next == u"көрсетті" || next == u"атап")
            end = index + 2 < words.size() && next == u"атап" ? words[index + 2].end : words[index + 1].end;
    }
    return end;
}

// The speaker's words: from `from` up to the end of the clause, initials kept.
int speakerClauseEnd(const QString &text, int from, int limit)
{
    int i = from;
    int words = 0;
    bool inWord = false;
    while (i < limit) {
        const QChar c = text.at(i);
        if (c == u'.' && isInitialDot(text, i)) {
            ++i;
            continue;
        }
        if (c == LeftGuillemet) {
            // A name in quotation marks belongs to the speaker: секретарь партии «Аманат»
            const qsizetype close = text.indexOf(RightGuillemet, i + 1);
            if (close > i && close - i <= 40 && close < limit && !text.mid(i, close - i).contains(u'\n')) {
                i = int(close) + 1;
                inWord = false;
                continue;
            }
            break;
        }
        if (isSentenceEnd(c) || c == u',' || c == u'(' || c == u':' || c == Straight || c == LeftDouble ||
            c == LowDouble)
            break;
        if (isDash(c) && (i + 1 >= limit || isSpace(text.at(i + 1))) && (i == 0 || isSpace(text.at(i - 1))))
            break; // " – " ends the clause; a hyphen inside a name does not
        const bool wordChar = isWordChar(c);
        if (wordChar && !inWord && ++words > 12)
            break;
        inWord = wordChar;
        ++i;
    }
    return i;
}

// Attribution after a quotation: «Q», – сказал X. / "Q," X said. / – деді.
Attribution attributionAfter(const QString &text, int from, int paragraphEnd, bool commaInside = false)
{
    Attribution a;
    int i = from;
    while (i < paragraphEnd && (isSpace(text.at(i)) || text.at(i) == u','))
        ++i;
    const bool dash = i < paragraphEnd && isDash(text.at(i));
    if (dash) {
        ++i;
        while (i < paragraphEnd && isSpace(text.at(i)))
            ++i;
    }
    const int clauseEnd = speakerClauseEnd(text, i, qMin(paragraphEnd, i + 200));
    const std::vector<Word> words = wordsIn(text, i, clauseEnd);
    if (words.empty())
        return a;
    // «Q», – X / "Q," X said (English keeps the comma inside the marks)
    const bool comma = text.mid(from, i - from).contains(u',') || commaInside;
    if (!dash && !comma)
        return a;
    for (size_t k = 0; k < words.size() && k < 6; ++k) {
        if (isRelay(text, words[k]))
            return a;
        if (!isVerb(text, words[k]))
            continue;
        a.found = true;
        a.verbStart = words[k].start;
        a.verbEnd = verbPhraseEnd(text, words, k);
        // Kazakh "деп мәлімдеді министр": деп introduces the verb.
        const bool depBefore =
            k == 1 && text.mid(words[0].start, words[0].end - words[0].start).toLower() == u"деп";
        if (k == 0 || depBefore) {
            // verb first: the speaker follows (сказал Касым-Жомарт Токаев)
            int s = a.verbEnd;
            int e = clauseEnd;
            if (trimmedSpan(text, &s, &e).isEmpty())
                return a; // "– деді." — the speaker stands before the quote
            a.speakerStart = s;
            a.speakerEnd = e;
        } else {
            int s = i;
            int e = words[k].start;
            trimmedSpan(text, &s, &e);
            a.speakerStart = s;
            a.speakerEnd = e;
        }
        return a;
    }
    return a;
}

// Attribution before a quotation: X заявил: «Q» / По словам X, «Q» /
// Тоқаев: «Q» / according to X, "Q" / X said: "Q".
Attribution attributionBefore(const QString &text, int open, int paragraphStart, int previousQuoteEnd)
{
    Attribution a;
    int start = open;
    const int floor = qMax(paragraphStart, qMax(previousQuoteEnd, open - 200));
    while (start > floor) {
        const QChar c = text.at(start - 1);
        if ((isSentenceEnd(c) && !(c == u'.' && isInitialDot(text, start - 1))))
            break;
        --start;
    }
    int end = open;
    while (end > start && isSpace(text.at(end - 1)))
        --end;
    if (end <= start)
        return a;
    const QChar last = text.at(end - 1);
    const std::vector<Word> words = wordsIn(text, start, end);
    if (words.empty())
        return a;
    const QString clause = text.mid(start, end - start).toLower();

    // "По словам X," / "according to X," / "X-тың айтуынша,"
    static const QRegularExpression s_reported(
        QStringLiteral("(?:по\\s+словам|по\\s+мнению|по\\s+данным|according\\s+to|as\\s+put\\s+by)\\s+([^,]{"
                       "1,80}?)\\s*,\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto reported = s_reported.match(clause);
    if (reported.hasMatch()) {
        a.found = true;
        a.speakerStart = start + int(reported.capturedStart(1));
        a.speakerEnd = start + int(reported.capturedEnd(1));
        return a;
    }
    static const QRegularExpression s_kazakh(
        QStringLiteral("(\\S[^,]{0,80}?)(?:-?(?:тың|тің|ның|нің|дың|дің))?\\s+айтуынша\\s*,\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto kazakh = s_kazakh.match(clause);
    if (kazakh.hasMatch()) {
        a.found = true;
        a.speakerStart = start + int(kazakh.capturedStart(1));
        a.speakerEnd = start + int(kazakh.capturedEnd(1));
        return a;
    }

    if (last != u':' && !clause.endsWith(QStringLiteral("что")) && !clause.endsWith(QLatin1String("that")) &&
        last != u',')
        return a;
    // The last speech verb of the clause; its speaker stands before it, or
    // after it when the verb comes first ("заявил глава государства:").
    for (size_t k = words.size(); k-- > 0;) {
        if (isRelay(text, words[k]))
            return a;
        if (!isVerb(text, words[k]))
            continue;
        a.found = true;
        a.verbStart = words[k].start;
        a.verbEnd = verbPhraseEnd(text, words, k);
        int s = start;
        int e = words[k].start;
        // Only the words right before the verb: drop leading clauses ("Вчера, ")
        for (int p = e - 1; p >= s; --p) {
            if (text.at(p) == u',' || (isDash(text.at(p)) && p > 0 && isSpace(text.at(p - 1)))) {
                s = p + 1;
                break;
            }
        }
        QString speaker = trimmedSpan(text, &s, &e);
        // "Как заявил аким Алматы, «Q»": the speaker follows the verb.
        if (speaker.compare(QStringLiteral("как"), Qt::CaseInsensitive) == 0 ||
            speaker.compare(QStringLiteral("as"), Qt::CaseInsensitive) == 0)
            speaker.clear();
        if (speaker.isEmpty()) {
            s = a.verbEnd;
            e = speakerClauseEnd(text, s, end);
            speaker = trimmedSpan(text, &s, &e);
        }
        // Keep the last few words before the verb: "Вчера в Астане аким области"
        const std::vector<Word> speakerWords = wordsIn(text, s, e);
        if (speakerWords.size() > 5)
            s = speakerWords[speakerWords.size() - 5].start;
        if (!speaker.isEmpty()) {
            a.speakerStart = s;
            a.speakerEnd = e;
        }
        return a;
    }
    // "Тоқаев: «Q»" — a name and a colon, no verb.
    if (last == u':' && words.size() <= 4) {
        int s = start;
        int e = end;
        if (!trimmedSpan(text, &s, &e).isEmpty() && text.at(s).isUpper()) {
            a.found = true;
            a.speakerStart = s;
            a.speakerEnd = e;
        }
    }
    return a;
}

struct Split
{
    bool found = false;
    int firstEnd = 0;    // end of the first part's words (a comma stays outside)
    int secondStart = 0; // where the second part's words begin
    Attribution attribution;
};

// «Q1, – отметил X. – Q2»: the author's words between two dashes inside
// one pair of quotation marks.
Split findSplit(const QString &text, int innerStart, int innerEnd)
{
    Split split;
    for (int d = innerStart + 2; d + 1 < innerEnd; ++d) {
        if (!isDash(text.at(d)) || !isSpace(text.at(d - 1)) || !isSpace(text.at(d + 1)))
            continue;
        const QChar punct = text.at(d - 2);
        if (punct != u',' && punct != u'?' && punct != u'!' && punct != u'\u2026')
            continue;
        const Attribution a = attributionAfter(text, d - 1, innerEnd, true);
        if (!a.found || a.verbStart < 0)
            continue;
        int i = qMax(a.speakerEnd, a.verbEnd);
        while (i < innerEnd && (text.at(i) == u'.' || text.at(i) == u',' || isSpace(text.at(i))))
            ++i;
        if (i + 1 >= innerEnd || !isDash(text.at(i)) || !isSpace(text.at(i + 1)))
            continue;
        int second = i + 1;
        while (second < innerEnd && isSpace(text.at(second)))
            ++second;
        split.found = true;
        split.firstEnd = punct == u',' ? d - 2 : d - 1;
        split.secondStart = second;
        split.attribution = a;
        return split;
    }
    return split;
}

// The headline form «Q»: X – Y.
Attribution headlineAttribution(const QString &text, int from, int paragraphEnd)
{
    Attribution a;
    int i = from;
    while (i < paragraphEnd && isSpace(text.at(i)))
        ++i;
    if (i >= paragraphEnd || text.at(i) != u':')
        return a;
    ++i;
    int e = i;
    const int limit = qMin(paragraphEnd, i + 120); // bounded: linear over many quotes
    while (e < limit) {
        if (isDash(text.at(e)) && e > 0 && isSpace(text.at(e - 1)))
            break;
        if (text.at(e) == u',' || isSentenceEnd(text.at(e)))
            break;
        ++e;
    }
    int s = i;
    if (trimmedSpan(text, &s, &e).isEmpty())
        return a;
    a.found = true;
    a.speakerStart = s;
    a.speakerEnd = e;
    return a;
}

// A name in quotation marks rather than a sentence: «Нур Отан», «Газпром»,
// «Казахстанская правда». Short, capitalised, no digits, dashes or sentence
// punctuation; three words only when all three are capitalised.
bool looksLikeTitle(const QString &inner)
{
    const QString t = inner.trimmed();
    if (t.isEmpty() || !t.at(0).isUpper())
        return false;
    for (const QChar c : t) {
        if (c == u',' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == u'\u2026' ||
            c.isDigit() || c == u'\u2013' || c == u'\u2014')
            return false;
    }
    const std::vector<Word> words = wordsIn(t, 0, int(t.size()));
    if (words.empty() || words.size() > 3)
        return false;
    if (words.size() == 3)
        for (const Word &w : words)
            if (!t.at(w.start).isUpper())
                return false;
    return true;
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool w = isWordChar(c);
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

QString normalizedForCompare(QString s)
{
    for (QChar &c : s) {
        if (c == u'\u00A0')
            c = u' ';
        else if (c == u'ё')
            c = u'е';
    }
    return s.simplified().toLower();
}

} // namespace

QString Quote::kindKey(Kind kind)
{
    return kind == Kind::Title ? QStringLiteral("title") : QStringLiteral("speech");
}

int QuoteAnalyzer::Analysis::unattributedCount() const
{
    return int(std::count_if(quotes.cbegin(), quotes.cend(), [](const Quote &q) {
        return q.kind == Quote::Kind::Speech && q.level == 0 && !q.attributed;
    }));
}

QuoteAnalyzer::Analysis QuoteAnalyzer::analyze(const QString &text, const Options &options)
{
    Analysis analysis;
    const int n = int(text.size());

    // Paragraph starts, for indices and bounds.
    std::vector<int> paragraphStarts{0};
    for (int i = 0; i < n; ++i)
        if (text.at(i) == u'\n')
            paragraphStarts.push_back(i + 1);
    auto paragraphOf = [&](int pos) {
        return int(std::upper_bound(paragraphStarts.begin(), paragraphStarts.end(), pos) -
                   paragraphStarts.begin()) -
               1;
    };
    auto paragraphEnd = [&](int paragraph) {
        return size_t(paragraph + 1) < paragraphStarts.size() ? paragraphStarts[size_t(paragraph + 1)] - 1
                                                              : n;
    };

    Pairing pairing = pairMarks(text);

    // A quotation left open at the end of its paragraph goes on in the next one
    // when that opens with the same mark (Russian multi-paragraph quotes);
    // otherwise the mark is unbalanced.
    std::vector<bool> continues(paragraphStarts.size(), false);
    for (const int pos : pairing.unclosedAtParagraphEnd) {
        const int p = paragraphOf(pos);
        const int nextStart = size_t(p + 1) < paragraphStarts.size() ? paragraphStarts[size_t(p + 1)] : -1;
        if (nextStart >= 0 && nextStart < n && text.at(nextStart) == text.at(pos) &&
            isOpeningMark(text.at(pos))) {
            // The open part runs to the end of its paragraph.
            pairing.pairs.push_back({pos, -1, 0, paragraphEnd(p)});
            continues[size_t(p + 1)] = true;
        } else {
            pairing.unmatched.push_back(pos);
        }
    }
    std::sort(pairing.pairs.begin(), pairing.pairs.end(),
              [](const Pair &a, const Pair &b) { return a.open < b.open; });

    // Dialogue lines: a paragraph that opens with a dash is speech up to the
    // attribution dash or the end of the line.
    for (size_t p = 0; p < paragraphStarts.size(); ++p) {
        const int s = paragraphStarts[p];
        const int e = paragraphEnd(int(p));
        if (s + 2 > e || !isDash(text.at(s)) || !isSpace(text.at(s + 1)))
            continue;
        int stop = e;
        for (int i = s + 2; i + 2 < e; ++i) {
            if (isSpace(text.at(i)) && isDash(text.at(i + 1)) && i + 2 < e && isSpace(text.at(i + 2))) {
                stop = i;
                while (stop > s && (text.at(stop - 1) == u',' || isSpace(text.at(stop - 1))))
                    --stop;
                break;
            }
        }
        bool overlaps = false;
        for (const Pair &pair : pairing.pairs)
            overlaps =
                overlaps || (pair.open >= s && pair.open < stop && pair.level == 0 && pair.open == s + 2);
        if (!overlaps && stop > s + 2)
            pairing.pairs.push_back({s, -2, 0, stop});
    }
    std::sort(pairing.pairs.begin(), pairing.pairs.end(),
              [](const Pair &a, const Pair &b) { return a.open < b.open; });

    // The report's source: ", передает Акорда." anywhere in the text.
    {
        static const QRegularExpression s_source(
            QStringLiteral(
                "(?:,\\s*|\\bкак\\s+|\\bдеп\\s+|\\bоб\\s+этом\\s+)((?:передает|передаёт|сообщает|сообщили|"
                "пишет|информирует|хабарлайды|жазады|reports)\\s+(?:[^.,!?\\n«\"“]|\\.(?=\\w)){1,80}?)"
                "\\s*(?:[.,!?](?!\\w)|\\n|$)"),
            QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
        const auto match = s_source.match(text);
        if (match.hasMatch())
            analysis.sourceAttribution = match.captured(1).trimmed();
    }

    int previousEnd = 0;
    int previousAttributedParagraph = -10;
    Attribution previousAttribution;
    int outerStyleFirst[5] = {-1, -1, -1, -1, -1};
    int outerOpen = 0;
    auto applyAttribution = [&text](Quote &q, const Attribution &a) {
        q.attributed = true;
        if (a.speakerStart >= 0) {
            q.speakerStart = a.speakerStart;
            q.speakerEnd = a.speakerEnd;
            q.speaker = text.mid(a.speakerStart, a.speakerEnd - a.speakerStart);
        }
        if (a.verbStart >= 0) {
            q.verbStart = a.verbStart;
            q.verbEnd = a.verbEnd;
            q.verb = text.mid(a.verbStart, a.verbEnd - a.verbStart);
        }
    };

    for (const Pair &pair : pairing.pairs) {
        Quote q;
        q.start = pair.open;
        q.end = pair.end;
        q.level = pair.level;
        q.paragraph = paragraphOf(pair.open);
        const int pStart = paragraphStarts[size_t(q.paragraph)];
        const int pEnd = paragraphEnd(q.paragraph);
        const int innerStart = pair.close == -2 ? pair.open + 2 : pair.open + 1;
        const int innerEnd = pair.close >= 0 ? pair.close : pair.end;
        q.text = text.mid(innerStart, innerEnd - innerStart);
        if (pair.close == -2)
            q.text = q.text.trimmed();

        if (q.level > 0) {
            // A quotation inside a quotation: speech when someone is named as
            // saying it inside the outer one («Президент сказал: “…”»).
            const int floor = outerOpen + 1;
            const Attribution inner = attributionBefore(text, pair.open, qMax(pStart, floor), floor);
            int wordEnd = pair.open;
            while (wordEnd > floor && isSpace(text.at(wordEnd - 1)))
                --wordEnd;
            int wordStart = wordEnd;
            while (wordStart > floor && isWordChar(text.at(wordStart - 1)))
                --wordStart;
            if (isTitleNoun(text.mid(wordStart, wordEnd - wordStart).toLower())) {
                q.kind = Quote::Kind::Title; // программу „Дорожная карта бизнеса“
            } else if (inner.found && inner.speakerStart >= 0) {
                q.kind = Quote::Kind::Speech;
                applyAttribution(q, inner);
            } else {
                q.kind = looksLikeTitle(q.text) ? Quote::Kind::Title : Quote::Kind::Speech;
            }
            analysis.quotes.append(q);
            continue;
        }
        outerOpen = pair.open;
        if (pair.close != -2) {
            const int style = styleOf(text.at(pair.open));
            if (outerStyleFirst[style] < 0)
                outerStyleFirst[style] = int(analysis.quotes.size());
        }

        // A quotation right after a title noun is a name.
        int before = pair.open;
        while (before > pStart && isSpace(text.at(before - 1)))
            --before;
        QString previousWord;
        if (before > pStart && isWordChar(text.at(before - 1))) {
            int ws = before;
            while (ws > pStart && (isWordChar(text.at(ws - 1)) || text.at(ws - 1) == u'-'))
                --ws;
            previousWord = text.mid(ws, before - ws).toLower();
        }

        // «Q1, – отметил X. – Q2»: one speaker inside the marks, two parts.
        if (pair.close != -2) {
            const Split split = findSplit(text, innerStart, innerEnd);
            if (split.found) {
                Quote first = q;
                first.text = text.mid(innerStart, split.firstEnd - innerStart);
                first.end = split.firstEnd;
                Quote second = q;
                second.start = split.secondStart;
                second.text = text.mid(split.secondStart, innerEnd - split.secondStart);
                second.paragraph = paragraphOf(split.secondStart);
                applyAttribution(first, split.attribution);
                applyAttribution(second, split.attribution);
                analysis.quotes.append(first);
                analysis.quotes.append(second);
                previousAttribution = split.attribution;
                previousAttributedParagraph = second.paragraph;
                previousEnd = q.end;
                continue;
            }
        }

        Attribution a;
        // The headline form «Q»: X – Y.
        if (options.firstParagraphIsHeadline && q.paragraph == 0)
            a = headlineAttribution(text, q.end, pEnd);
        if (!a.found) {
            const bool commaInside = pair.close > pair.open + 1 &&
                                     (text.at(pair.close - 1) == u',' || text.at(pair.close - 1) == u'?' ||
                                      text.at(pair.close - 1) == u'!');
            a = attributionAfter(text, q.end, pEnd, commaInside);
        }
        if (!a.found || a.speakerStart < 0) {
            const Attribution b = attributionBefore(text, pair.open, pStart, previousEnd);
            if (b.found && (!a.found || b.speakerStart >= 0)) {
                if (a.found && a.verbStart >= 0 && b.verbStart < 0) {
                    // "Тоқаев: «Q», – деді." — speaker before, verb after
                    a.speakerStart = b.speakerStart;
                    a.speakerEnd = b.speakerEnd;
                } else {
                    a = b;
                }
            }
        }

        const bool titleNoun = !previousWord.isEmpty() && isTitleNoun(previousWord);
        if (titleNoun || (!a.found && pair.close >= 0 && looksLikeTitle(q.text))) {
            q.kind = Quote::Kind::Title;
            analysis.quotes.append(q);
            continue;
        }

        // A quotation that opens a paragraph and goes on from the previous one,
        // or stands alone after an attributed quote, has the same speaker.
        if (!a.found && (continues[size_t(q.paragraph)] ||
                         (q.start == pStart && previousAttributedParagraph == q.paragraph - 1)))
            a = previousAttribution;

        if (a.found) {
            applyAttribution(q, a);
            previousAttribution = a;
            previousAttributedParagraph = paragraphOf(q.end > 0 ? q.end - 1 : 0);
        }
        analysis.quotes.append(q);
        previousEnd = q.end;

        // A dialogue line goes on after its attribution: – Q1, – сказал X. – Q2
        if (pair.close == -2 && a.found) {
            int i = qMax(a.speakerEnd, a.verbEnd);
            while (i < pEnd && (text.at(i) == u'.' || text.at(i) == u',' || isSpace(text.at(i))))
                ++i;
            if (i + 1 < pEnd && isDash(text.at(i)) && isSpace(text.at(i + 1))) {
                Quote rest = q;
                int start = i + 2;
                while (start < pEnd && isSpace(text.at(start)))
                    ++start;
                rest.start = i;
                rest.end = pEnd;
                rest.text = text.mid(start, pEnd - start).trimmed();
                if (!rest.text.isEmpty()) {
                    analysis.quotes.append(rest);
                    previousEnd = rest.end;
                }
            }
        }
    }

    // A quotation that went on into the next paragraph shares the attribution
    // found on its last part.
    for (qsizetype i = analysis.quotes.size() - 1; i > 0; --i) {
        Quote &earlier = analysis.quotes[i - 1];
        const Quote &later = analysis.quotes.at(i);
        if (earlier.level == 0 && !earlier.attributed && earlier.kind == Quote::Kind::Speech &&
            later.attributed && later.paragraph == earlier.paragraph + 1 &&
            continues[size_t(later.paragraph)] && text.at(earlier.end - 1) != RightGuillemet) {
            earlier.attributed = true;
            earlier.speaker = later.speaker;
            earlier.speakerStart = later.speakerStart;
            earlier.speakerEnd = later.speakerEnd;
            earlier.verb = later.verb;
            earlier.verbStart = later.verbStart;
            earlier.verbEnd = later.verbEnd;
        }
    }

    // ---- findings --------------------------------------------------------
    std::sort(pairing.unmatched.begin(), pairing.unmatched.end());
    for (const int pos : pairing.unmatched) {
        analysis.findings.append({Finding::Severity::Error, QStringLiteral("quote.unbalanced"),
                                  tr("This quotation mark has no partner."), pos, pos + 1});
    }
    int styles = 0;
    int firstStyle = -1;
    for (int s = 0; s < 5; ++s) {
        if (outerStyleFirst[s] >= 0) {
            ++styles;
            if (firstStyle < 0 || outerStyleFirst[s] < outerStyleFirst[firstStyle])
                firstStyle = s;
        }
    }
    if (styles > 1) {
        for (int s = 0; s < 5; ++s) {
            if (s == firstStyle || outerStyleFirst[s] < 0)
                continue;
            const Quote &q = analysis.quotes.at(outerStyleFirst[s]);
            analysis.findings.append({Finding::Severity::Warning, QStringLiteral("quote.mixed-styles"),
                                      tr("Quotation marks of another style than in the rest of the article."),
                                      q.start, q.end});
        }
    }
    for (const Quote &q : std::as_const(analysis.quotes)) {
        if (q.level != 0 || q.kind != Quote::Kind::Speech)
            continue;
        if (!q.attributed)
            analysis.findings.append({Finding::Severity::Warning, QStringLiteral("quote.unattributed"),
                                      tr("Nobody is named as saying this quotation."), q.start, q.end});
        if (options.longQuoteWords > 0 && countWords(q.text) > options.longQuoteWords)
            analysis.findings.append({Finding::Severity::Info, QStringLiteral("quote.long"),
                                      tr("A long quotation: %n words.", nullptr, countWords(q.text)), q.start,
                                      q.end});
    }

    // Headline quotes must stand in the text word for word.
    auto checkHeadline = [&](const QList<Quote> &headlineQuotes, const QString &body, int bodyOffset) {
        const QString haystack = normalizedForCompare(body);
        for (const Quote &hq : headlineQuotes) {
            if (hq.level != 0 || hq.kind != Quote::Kind::Speech)
                continue;
            if (!haystack.contains(normalizedForCompare(hq.text)))
                analysis.findings.append({Finding::Severity::Warning,
                                          QStringLiteral("quote.headline-mismatch"),
                                          tr("The headline quotes words that the text does not contain."),
                                          hq.start - bodyOffset < 0 ? hq.start : hq.start, hq.end});
        }
    };
    if (options.firstParagraphIsHeadline && paragraphStarts.size() > 1) {
        QList<Quote> headlineQuotes;
        for (const Quote &q : std::as_const(analysis.quotes))
            if (q.paragraph == 0)
                headlineQuotes.append(q);
        checkHeadline(headlineQuotes, text.mid(paragraphStarts[1]), 0);
    }
    if (!options.headline.isEmpty()) {
        Options headlineOptions;
        headlineOptions.firstParagraphIsHeadline = true;
        headlineOptions.longQuoteWords = 0;
        const Analysis headline = analyze(options.headline, headlineOptions);
        const qsizetype before = analysis.findings.size();
        checkHeadline(headline.quotes, text, 0);
        for (qsizetype i = before; i < analysis.findings.size(); ++i) {
            analysis.findings[i].start = 0; // the headline is not part of this text
            analysis.findings[i].end = 0;
        }
    }

    // Leftover placeholders: TK, TKTK, XXX, ???
    {
        int i = 0;
        while (i < n) {
            const QChar c = text.at(i);
            if (c == u'?' && i + 2 < n && text.at(i + 1) == u'?' && text.at(i + 2) == u'?') {
                int e = i;
                while (e < n && text.at(e) == u'?')
                    ++e;
                analysis.findings.append({Finding::Severity::Error, QStringLiteral("placeholder"),
                                          tr("A placeholder is left in the text."), i, e});
                i = e;
                continue;
            }
            if (isWordChar(c) && (i == 0 || !isWordChar(text.at(i - 1)))) {
                int e = i;
                while (e < n && isWordChar(text.at(e)))
                    ++e;
                const QString word = text.mid(i, e - i);
                const bool tk = word == u"TK" || word == u"TKTK";
                bool xs = word.size() >= 3;
                for (const QChar w : word)
                    xs = xs && (w == u'X' || w == u'x' || w == u'Х' || w == u'х');
                if (tk || xs)
                    analysis.findings.append({Finding::Severity::Error, QStringLiteral("placeholder"),
                                              tr("A placeholder is left in the text."), i, e});
                i = e;
                continue;
            }
            ++i;
        }
    }

    std::stable_sort(analysis.findings.begin(), analysis.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return analysis;
}

} // namespace Qalam
