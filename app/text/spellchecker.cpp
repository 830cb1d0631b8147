#include "app/text/spellchecker.h"

#include <QFile>

#include "app/core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

#include <algorithm>
#include <optional>

namespace Qalam {

namespace {

struct DictionaryInfo
{
    const char *language;
    const char *name; // shown in messages
    const char *package;
    QChar::Script script; // words without a letter of this script are not checked
    QList<const char *> baseNames;
};

const QList<DictionaryInfo> &dictionaries()
{
    static const QList<DictionaryInfo> s_dictionaries = {
        {"ru",
         QT_TRANSLATE_NOOP("Qalam::SpellChecker", "Russian"),
         "hunspell-ru",
         QChar::Script_Cyrillic,
         {"ru_RU"}},
        {"kk",
         QT_TRANSLATE_NOOP("Qalam::SpellChecker", "Kazakh"),
         "hunspell-kk",
         QChar::Script_Cyrillic,
         {"kk_KZ"}},
        {"en",
         QT_TRANSLATE_NOOP("Qalam::SpellChecker", "English"),
         "hunspell-en-us",
         QChar::Script_Latin,
         {"en_US", "en_GB"}},
    };
    return s_dictionaries;
}

// Hunspell gives up on longer words anyway (MAXWORDUTF8LEN); such a "word" is
// reported without asking it, which also keeps a megabyte-long token cheap.
constexpr qsizetype s_maxWordLength = 100;
// Upper bound for the per-call cache of verdicts, so that a huge text of
// distinct words cannot grow it without limit.
constexpr qsizetype s_maxCachedWords = 100000;

bool isHyphen(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

// Joins two runs of word characters into one token: кто-то, don't, O’Neil.
bool isJoiner(char16_t c)
{
    return isHyphen(c) || isApostrophe(c);
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

// Letters, digits and the marks that belong to them (a stress mark in за́мок, a
// soft hyphen a layout program left behind).
bool isWordChar(char32_t cp)
{
    if (QChar::isLetterOrNumber(cp))
        return true;
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || cp == 0x00AD;
}

// Case folding for the first letter only: a newsroom word matches at the start
// of a sentence and in running text alike.
QString firstLetterLowered(const QString &word)
{
    if (word.isEmpty())
        return word;
    const qsizetype n = word.at(0).isHighSurrogate() && word.size() > 1 ? 2 : 1;
    return word.left(n).toLower() + word.mid(n);
}

QString yoAsYe(QString word)
{
    word.replace(u'ё', u'е');
    word.replace(u'Ё', u'Е');
    return word;
}

bool hasYo(const QString &word)
{
    return word.contains(u'ё') || word.contains(u'Ё');
}

bool isAllUppercase(QStringView word)
{
    bool upper = false;
    for (qsizetype i = 0, len = 1; i < word.size(); i += len) {
        const char32_t cp = codePointAt(word, i, &len);
        if (QChar::isLower(cp))
            return false;
        upper = upper || QChar::isUpper(cp);
    }
    return upper;
}

// What Hunspell should see: ASCII apostrophe and hyphen, no soft hyphens or
// stress marks, composed letters.
QString lookupForm(const QString &word)
{
    QString s;
    s.reserve(word.size());
    bool marks = false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x0301 || u == 0x0300)
            continue;
        if (isApostrophe(u))
            s.append(u'\'');
        else if (isHyphen(u))
            s.append(u'-');
        else
            s.append(c);
        marks = marks || c.category() == QChar::Mark_NonSpacing;
    }
    return marks ? s.normalized(QString::NormalizationForm_C) : s;
}

// Hunspell names Windows code pages "microsoft-cp1251"; ICU knows "windows-1251".
QByteArray qtEncodingName(const std::string &hunspellName)
{
    QByteArray name = QByteArray::fromStdString(hunspellName).trimmed();
    if (name.toLower().startsWith("microsoft-cp"))
        name = "windows-" + name.mid(int(qstrlen("microsoft-cp")));
    return name;
}

// Merged, sorted ranges clamped to the text, walked once along with the
// tokens (their starts only grow), so the skip test stays linear.
class SkipCursor
{
public:
    SkipCursor(QList<SpellChecker::Range> ranges, qsizetype textSize)
    {
        for (auto &r : ranges) {
            r.start = int(std::clamp<qsizetype>(r.start, 0, textSize));
            r.end = int(std::clamp<qsizetype>(r.end, 0, textSize));
        }
        ranges.removeIf([](const SpellChecker::Range &r) { return r.end <= r.start; });
        std::sort(
            ranges.begin(), ranges.end(),
            [](const SpellChecker::Range &a, const SpellChecker::Range &b) { return a.start < b.start; });
        for (const auto &r : std::as_const(ranges)) {
            if (!m_ranges.isEmpty() && r.start <= m_ranges.last().end)
                m_ranges.last().end = std::max(m_ranges.last().end, r.end);
            else
                m_ranges.append(r);
        }
    }
    bool overlaps(qsizetype start, qsizetype end)
    {
        while (m_next < m_ranges.size() && m_ranges.at(m_next).end <= start)
            ++m_next;
        return m_next < m_ranges.size() && m_ranges.at(m_next).start < end;
    }

private:
    QList<SpellChecker::Range> m_ranges;
    qsizetype m_next = 0;
};

} // namespace

struct SpellChecker::Private
{
    QString language;
    QString error;
    QChar::Script script = QChar::Script_Unknown;
    std::unique_ptr<Hunspell> hunspell;
    bool utf8 = true;
    QByteArray encodingName; // when not UTF-8
    // Newsroom words by their lookup form with the first letter lowered and ё
    // as е; the fully lowered form answers for words in capitals.
    QSet<QString> newsroom;
    QSet<QString> newsroomLowered;

    void load();
    std::optional<std::string> encoded(const QString &word) const;
    QString decoded(const std::string &bytes) const;
    bool hunspellKnows(const QString &form) const;
    bool newsroomKnows(const QString &form) const;
    // One word without hyphen splitting; `word` is in lookup form.
    bool knows(const QString &form) const;
    bool knowsTokenOrParts(const QString &form) const;
    bool shouldCheck(QStringView word) const;
};

void SpellChecker::Private::load()
{
    const DictionaryInfo *info = nullptr;
    for (const auto &candidate : dictionaries()) {
        if (language == QLatin1String(candidate.language))
            info = &candidate;
    }
    if (!info) {
        error = tr("Qalam has no spelling dictionary for the language \"%1\"; spelling can be checked in "
                   "Russian (ru), Kazakh (kk) and English (en).")
                    .arg(language);
        return;
    }
    script = info->script;

    const QDir dir(dictionaryDirectory());
    QString aff;
    QString dic;
    for (const char *base : info->baseNames) {
        const QString name = QLatin1String(base);
        const QString a = dir.filePath(name + QStringLiteral(".aff"));
        const QString d = dir.filePath(name + QStringLiteral(".dic"));
        if (QFileInfo::exists(a) && QFileInfo::exists(d)) {
            aff = a;
            dic = d;
            break;
        }
    }
    if (aff.isEmpty()) {
        const QString name = QLatin1String(info->baseNames.constFirst());
        QString missing = dir.filePath(name + QStringLiteral(".aff"));
        if (QFileInfo::exists(missing))
            missing = dir.filePath(name + QStringLiteral(".dic"));
        error = tr("The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked "
                   "in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds "
                   "the dictionary.")
                    .arg(tr(info->name), QDir::toNativeSeparators(missing), QLatin1String(info->package));
        return;
    }
    for (const QString &file : {aff, dic}) {
        if (!QFileInfo(file).isReadable()) {
            error = tr("The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; "
                       "check the file's permissions.")
                        .arg(tr(info->name), QDir::toNativeSeparators(file));
            return;
        }
    }

    auto h =
        std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    const std::string encoding = h->get_dict_encoding();
    const QByteArray qtName = qtEncodingName(encoding);
    if (qtName.compare("UTF-8", Qt::CaseInsensitive) != 0 &&
        qtName.compare("UTF8", Qt::CaseInsensitive) != 0) {
        if (!QStringEncoder(qtName.constData()).isValid() || !QStringDecoder(qtName.constData()).isValid()) {
            error =
                tr("The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling "
                   "is not checked in %1 texts; install a UTF-8 version of the dictionary.")
                    .arg(tr(info->name), QDir::toNativeSeparators(aff), QString::fromStdString(encoding));
            return;
        }
        utf8 = false;
        encodingName = qtName;
    }
    qCDebug(lcText) << "spelling dictionary" << aff << "encoding" << encoding.c_str();
    hunspell = std::move(h);
}

std::optional<std::string> SpellChecker::Private::encoded(const QString &word) const
{
    if (utf8)
        return word.toStdString();
    // Encoders are cheap and keep state; a fresh one per word keeps this const.
    QStringEncoder encoder(encodingName.constData(), QStringConverter::Flag::Stateless);
    const QByteArray bytes = encoder.encode(word);
    if (encoder.hasError())
        return std::nullopt; // a letter the dictionary cannot hold: not one of its words
    return bytes.toStdString();
}

QString SpellChecker::Private::decoded(const std::string &bytes) const
{
    if (utf8)
        return QString::fromStdString(bytes);
    QStringDecoder decoder(encodingName.constData(), QStringConverter::Flag::Stateless);
    return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool SpellChecker::Private::hunspellKnows(const QString &form) const
{
    if (form.size() > s_maxWordLength)
        return false;
    const auto bytes = encoded(form);
    return bytes && hunspell->spell(*bytes);
}

bool SpellChecker::Private::newsroomKnows(const QString &form) const
{
    if (newsroom.isEmpty())
        return false;
    const QString key = yoAsYe(form);
    if (isAllUppercase(key))
        return newsroomLowered.contains(key.toLower());
    return newsroom.contains(firstLetterLowered(key));
}

bool SpellChecker::Private::knows(const QString &form) const
{
    if (newsroomKnows(form) || hunspellKnows(form))
        return true;
    // ru_RU is not sure to hold every ё form, and newsroom texts often write е.
    return hasYo(form) && hunspellKnows(yoAsYe(form));
}

bool SpellChecker::Private::knowsTokenOrParts(const QString &form) const
{
    if (knows(form))
        return true;
    if (!form.contains(u'-'))
        return false;
    const QStringList parts = form.split(u'-', Qt::SkipEmptyParts);
    return std::all_of(parts.begin(), parts.end(), [this](const QString &p) { return knows(p); });
}

// check() leaves alone: single letters (initials, list markers), abbreviations
// in capitals of 2–5 letters (ТЦ, ЕАЭС, NATO, XXI), and words without a letter
// of the dictionary's script (Instagram in a Russian text). A mixed word like
// "пpивет" with a Latin p is still checked, and flagged.
bool SpellChecker::Private::shouldCheck(QStringView word) const
{
    int letters = 0;
    bool upper = true;
    bool ownScript = false;
    for (qsizetype i = 0, len = 1; i < word.size(); i += len) {
        const char32_t cp = codePointAt(word, i, &len);
        if (!QChar::isLetter(cp))
            continue;
        ++letters;
        upper = upper && !QChar::isLower(cp);
        ownScript = ownScript || QChar::script(cp) == script;
    }
    if (letters <= 1 || !ownScript)
        return false;
    return !(upper && letters <= 5);
}

SpellChecker::SpellChecker(const QString &language) : d(std::make_unique<Private>())
{
    d->language = language;
    d->load();
    if (!d->error.isEmpty()) {
        qCWarning(lcText).noquote() << d->error;
        return;
    }
    // Kazakhstan's places, institutions and officials, which the Debian
    // dictionaries lack (resources/dictionaries/<language>.txt).
    QFile regional(QStringLiteral(":/dictionaries/%1.txt").arg(language));
    if (regional.open(QIODevice::ReadOnly)) {
        QStringList words;
        for (const QByteArray &line : regional.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty() && !word.startsWith(u'#'))
                words.append(word);
        }
        addNewsroomWords(words);
    }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isValid() const
{
    return d->hunspell != nullptr;
}

QString SpellChecker::errorString() const
{
    return d->error;
}

QString SpellChecker::language() const
{
    return d->language;
}

// Without a dictionary nothing can be judged, so everything passes: the
// editor shows errorString() instead of underlining every word.
bool SpellChecker::isCorrect(const QString &word) const
{
    const QString form = lookupForm(word.trimmed());
    if (!isValid() || form.isEmpty())
        return true;
    return d->knowsTokenOrParts(form);
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    const QString form = lookupForm(word.trimmed());
    if (!isValid() || form.isEmpty() || form.size() > s_maxWordLength)
        return {};
    const auto bytes = d->encoded(form);
    if (!bytes)
        return {};
    QStringList result;
    for (const std::string &s : d->hunspell->suggest(*bytes)) {
        const QString suggestion = d->decoded(s);
        if (!result.contains(suggestion))
            result.append(suggestion);
    }
    return result;
}

void SpellChecker::addNewsroomWords(const QStringList &words)
{
    for (const QString &word : words) {
        const QString form = lookupForm(word.trimmed());
        if (form.isEmpty())
            continue;
        const QString key = yoAsYe(form);
        d->newsroom.insert(firstLetterLowered(key));
        d->newsroomLowered.insert(key.toLower());
        // Also known to Hunspell, so that its suggestions offer the word.
        if (isValid() && form.size() <= s_maxWordLength) {
            if (const auto bytes = d->encoded(form))
                d->hunspell->add(*bytes);
        }
    }
}

// One pass over the text. Runs of non-space characters are looked at once for
// URLs and e-mail addresses; what is left is cut into tokens of word
// characters joined by inner hyphens and apostrophes. A token is checked whole
// first (кто-то, пресс-служба) and, when that fails, part by part, so that the
// wrong part is what gets underlined.
QList<SpellChecker::Misspelling> SpellChecker::check(const QString &text, const QList<Range> &skip) const
{
    QList<Misspelling> result;
    if (!isValid())
        return result;

    const QStringView view(text);
    const qsizetype n = view.size();
    SkipCursor skipped(skip, n);
    QHash<QString, bool> verdicts; // articles repeat their words

    auto known = [&](const QString &form) {
        if (const auto it = verdicts.constFind(form); it != verdicts.constEnd())
            return *it;
        if (verdicts.size() >= s_maxCachedWords)
            verdicts.clear();
        const bool ok = form.size() <= s_maxWordLength && d->knows(form);
        verdicts.insert(form, ok);
        return ok;
    };
    auto report = [&](qsizetype start, qsizetype end) {
        result.append(Misspelling{int(start), int(end), text.mid(start, end - start)});
    };
    auto checkToken = [&](qsizetype start, qsizetype end) {
        if (skipped.overlaps(start, end))
            return;
        const QStringView token = view.sliced(start, end - start);
        bool hyphenated = false;
        for (const QChar c : token)
            hyphenated = hyphenated || isHyphen(c.unicode());
        if (!hyphenated) {
            if (d->shouldCheck(token) && !known(lookupForm(token.toString())))
                report(start, end);
            return;
        }
        if (!d->shouldCheck(token) || known(lookupForm(token.toString())))
            return;
        qsizetype partStart = start;
        for (qsizetype i = start; i <= end; ++i) {
            if (i < end && !isHyphen(view[i].unicode()))
                continue;
            const QStringView part = view.sliced(partStart, i - partStart);
            if (d->shouldCheck(part) && !known(lookupForm(part.toString())))
                report(partStart, i);
            partStart = i + 1;
        }
    };
    auto checkWords = [&](qsizetype from, qsizetype to) {
        qsizetype i = from;
        qsizetype len = 1;
        while (i < to) {
            char32_t cp = codePointAt(view, i, &len);
            if (!isWordChar(cp)) {
                i += len;
                continue;
            }
            const qsizetype start = i;
            bool digits = false;
            for (;;) {
                while (i < to && isWordChar(cp = codePointAt(view, i, &len))) {
                    digits = digits || QChar::isDigit(cp) || QChar::category(cp) == QChar::Number_Letter ||
                             QChar::category(cp) == QChar::Number_Other;
                    i += len;
                }
                if (i + 1 < to && isJoiner(view[i].unicode()) && isWordChar(codePointAt(view, i + 1, &len))) {
                    ++i;
                    continue;
                }
                break;
            }
            if (!digits)
                checkToken(start, i);
        }
    };

    qsizetype i = 0;
    while (i < n) {
        if (view[i].isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !view[i].isSpace())
            ++i;
        const QStringView chunk = view.sliced(start, i - start);

        // An e-mail address or a @handle: nothing in it is prose.
        bool address = false;
        for (qsizetype k = 0; k + 1 < chunk.size() && !address; ++k)
            address = chunk[k] == u'@' && (chunk[k + 1].isLetterOrNumber() || chunk[k + 1] == u'_');
        if (address)
            continue;

        // Leading and trailing punctuation aside: («www.akorda.kz»), gov.kz.
        qsizetype first = 0;
        qsizetype last = chunk.size();
        while (first < last && !chunk[first].isLetterOrNumber())
            ++first;
        while (last > first && !chunk[last - 1].isLetterOrNumber())
            --last;
        const QStringView core = chunk.sliced(first, last - first);
        if (core.startsWith(u"www.", Qt::CaseInsensitive))
            continue;
        // A bare domain or path (tengrinews.kz, gov.kz/ru): ASCII with an inner
        // dot before a Latin letter.
        bool ascii = true;
        bool innerDot = false;
        for (qsizetype k = 0; k < core.size() && ascii; ++k) {
            const char16_t c = core[k].unicode();
            ascii = c < 0x80 && c > 0x20;
            innerDot =
                innerDot || (c == u'.' && k + 1 < core.size() && k > 0 && core[k - 1].isLetterOrNumber() &&
                             ((core[k + 1] >= u'a' && core[k + 1] <= u'z') ||
                              (core[k + 1] >= u'A' && core[k + 1] <= u'Z')));
        }
        if (ascii && innerDot)
            continue;

        // A URL runs from its scheme to the end of the chunk; words glued in
        // front of it ("сайте:https://…") are still checked.
        qsizetype wordsEnd = i;
        if (const qsizetype scheme = chunk.indexOf(u"://"); scheme >= 0) {
            qsizetype s = scheme;
            while (s > 0 && chunk[s - 1].unicode() < 0x80 && chunk[s - 1].isLetter())
                --s;
            wordsEnd = start + s;
        }
        checkWords(start, wordsEnd);
    }
    return result;
}

QString SpellChecker::dictionaryDirectory()
{
    const QString dir = qEnvironmentVariable("QALAM_HUNSPELL_DIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/hunspell") : dir;
}

} // namespace Qalam
