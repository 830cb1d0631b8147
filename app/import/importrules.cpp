#include "app/import/importrules.h"

#include <QSet>

namespace Qalam::ImportRules {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto Caseless =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

// Words of a site's interface: a line made of nothing else is chrome, and a
// "name" containing one is no name.
const QSet<QString> &interfaceWords()
{
    static const QSet<QString> s_words = wordSet(
        {// social networks and messengers
         "instagram", "facebook", "telegram", "whatsapp", "vk", "вконтакте", "youtube", "tiktok", "twitter",
         "одноклассники", "ok", "linkedin", "threads", "дзен", "viber", "x",
         // actions
         "share", "поделиться", "бөлісу", "печать", "распечатать", "print", "email", "e-mail", "почта",
         "сохранить", "save", "like", "нравится", "войти", "выйти", "login", "logout", "кіру", "шығу",
         "subscribe", "подписаться", "жазылу", "поиск", "search", "іздеу", "ещё", "еще", "more", "далее",
         "next", "previous", "prev", "назад", "back", "top", "наверх", "вверх", "up", "close", "закрыть",
         "жабу", "ок", "принять", "accept", "согласен", "agree",
         // sections and labels
         "главная", "home", "menu", "меню", "мәзір", "басты", "бет", "комментарии", "комментарий", "comments",
         "comment", "пікірлер", "пікір", "новости", "news", "жаңалықтар", "видео", "video", "фото", "photo",
         "photos", "rss", "лента", "закладки", "bookmarks", "избранное", "реклама", "advertisement", "ad",
         "пресс-релиз", "архив", "archive", "мұрағат", "контакты", "contacts", "байланыс", "about", "о",
         "нас", "us", "погода", "weather", "версия", "version",
         // language switches
         "ru", "kk", "kz", "en", "рус", "каз", "қаз", "eng", "қазақша", "русский", "english", "орысша"});
    return s_words;
}

// Title-case words that start English interface lines ("Top Stories") and
// never a name.
const QSet<QString> &notNameWords()
{
    static const QSet<QString> s_words = wordSet(
        {"the",        "of",           "and",       "in",        "on",         "for",       "to",
         "a",          "an",           "with",      "at",        "by",         "from",      "new",
         "most",       "read",         "latest",    "breaking",  "live",       "world",     "business",
         "sport",      "sports",       "politics",  "opinion",   "stories",    "story",     "privacy",
         "policy",     "terms",        "cookie",    "cookies",   "settings",   "follow",    "related",
         "popular",    "trending",     "editor's",  "picks",     "watch",      "listen",    "podcast",
         "podcasts",   "today",        "общество",  "политика",  "экономика",  "спорт",     "культура",
         "регионы",    "происшествия", "мир",       "казахстан", "казахстана", "қазақстан", "астана",
         "алматы",     "все",          "всё",       "читайте",   "смотрите",   "последние", "главное",
         "популярное", "саясат",       "экономика", "қоғам",     "мәдениет",   "аймақтар"});
    return s_words;
}

const QSet<QString> &monthWords()
{
    static const QSet<QString> s_words = wordSet(
        {"январь",    "января",   "янв",      "февраль",  "февраля",  "фев",     "март",   "марта",
         "мар",       "апрель",   "апреля",   "апр",      "май",      "мая",     "июнь",   "июня",
         "июн",       "июль",     "июля",     "июл",      "август",   "августа", "авг",    "сентябрь",
         "сентября",  "сен",      "сент",     "октябрь",  "октября",  "окт",     "ноябрь", "ноября",
         "ноя",       "декабрь",  "декабря",  "дек",      "қаңтар",   "ақпан",   "наурыз", "сәуір",
         "мамыр",     "маусым",   "шілде",    "тамыз",    "қыркүйек", "қазан",   "қараша", "желтоқсан",
         "january",   "february", "march",    "april",    "may",      "june",    "july",   "august",
         "september", "october",  "november", "december", "jan",      "feb",     "mar",    "apr",
         "jun",       "jul",      "aug",      "sep",      "sept",     "oct",     "nov",    "dec"});
    return s_words;
}

const QSet<QString> &dateFillerWords()
{
    static const QSet<QString> s_words = wordSet(
        {"понедельник", "вторник",    "среда",       "среду",      "четверг",      "пятница",     "пятницу",
         "суббота",     "субботу",    "воскресенье", "пн",         "вт",           "ср",          "чт",
         "пт",          "сб",         "вс",          "дүйсенбі",   "сейсенбі",     "сәрсенбі",    "бейсенбі",
         "жұма",        "сенбі",      "жексенбі",    "monday",     "tuesday",      "wednesday",   "thursday",
         "friday",      "saturday",   "sunday",      "mon",        "tue",          "wed",         "thu",
         "fri",         "sat",        "sun",         "сегодня",    "вчера",        "today",       "yesterday",
         "updated",     "update",     "обновлено",   "обновлен",   "опубликовано", "опубликован", "published",
         "posted",      "жарияланды", "жарияланған", "жаңартылды", "бүгін",        "кеше",        "в",
         "at",          "on",         "г",           "года",       "год",          "гг",          "жыл",
         "жылы",        "ж",          "am",          "pm",         "utc",          "gmt",         "мск",
         "время",       "time",       "дата",        "date",       "уақыты"});
    return s_words;
}

bool isPositionWord(const QString &lower)
{
    static const QStringList s_stems = [] {
        QStringList stems;
        for (const char *s :
             {"редактор",       "корреспондент", "корр.",    "журналист",   "обозревател",   "колумнист",
              "фотограф",       "фотокорр",      "стажер",   "стажёр",      "репортер",      "репортёр",
              "ведущ",          "собкор",        "продюсер", "аналитик",    "автор",         "тілші",
              "шолушы",         "фототілші",     "editor",   "reporter",    "correspondent", "writer",
              "journalist",     "columnist",     "staff",    "contributor", "photographer",  "analyst",
              "producer",       "intern",        "stringer", "author",      "блогер",        "выпускающ",
              "пресс-секретар", "редакторы"})
            stems.append(QString::fromUtf8(s));
        return stems;
    }();
    for (const QString &stem : s_stems)
        if (lower.startsWith(stem))
            return true;
    return false;
}

QString stripPunctuation(QStringView token)
{
    qsizetype s = 0;
    qsizetype e = token.size();
    auto strip = [](QChar c) { return c.isPunct() || c.isSymbol() || c == u'|'; };
    while (s < e && strip(token[s]))
        ++s;
    while (e > s && strip(token[e - 1]))
        --e;
    return token.mid(s, e - s).toString();
}

QStringList tokens(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}

bool isClosingMark(QChar c)
{
    return c == u'»' || c == u'"' || c == QChar(0x201D) || c == QChar(0x201C) || c == QChar(0x2019) ||
           c == u'\'' || c == u')' || c == u']' || c == QChar(0x201F);
}

bool isNameWord(const QString &w)
{
    static const QRegularExpression s_word(QStringLiteral("^\\p{Lu}\\p{Ll}+(?:['’\\-]\\p{Lu}?\\p{Ll}+)*$"),
                                           Unicode);
    return s_word.match(w).hasMatch();
}

bool isInitial(const QString &w)
{
    static const QRegularExpression s_initial(QStringLiteral("^\\p{Lu}\\.(?:\\p{Lu}\\.)?$"), Unicode);
    return s_initial.match(w).hasMatch();
}

bool isCapsNameWord(const QString &w)
{
    static const QRegularExpression s_caps(QStringLiteral("^\\p{Lu}{2,}(?:['’\\-]\\p{Lu}+)*$"), Unicode);
    return s_caps.match(w).hasMatch();
}

bool nameTokensOk(const QStringList &words, bool allowCaps)
{
    if (words.size() < 2 || words.size() > 3)
        return false;
    int full = 0;
    for (const QString &w : words) {
        const QString lower = w.toLower();
        if (interfaceWords().contains(lower) || notNameWords().contains(lower) ||
            monthWords().contains(lower) || dateFillerWords().contains(lower) || isPositionWord(lower))
            return false;
        if (isNameWord(w) || (allowCaps && isCapsNameWord(w)))
            ++full;
        else if (!isInitial(w))
            return false;
    }
    return full >= 1 && (full >= 2 || words.size() >= 2);
}

QString trimSeparators(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == u'|' || s.back() == u'/' || s.back() == u'—' || s.back() == u'–' ||
                            s.back() == u'·' || s.back() == u'•' || s.back() == u'-' || s.back() == u',' ||
                            s.back() == u';' || s.back() == u'(' || s.back().isSpace()))
        s.chop(1);
    return s.trimmed();
}

QString cleanSource(QString source)
{
    source = source.trimmed();
    static const QRegularExpression s_lead(
        QStringLiteral("^(?:the\\s+|в\\s+|во\\s+|(?:собственный\\s+)?(?:корреспондент(?:ы|а)?|корр\\.|собкор|"
                       "журналист(?:ы)?|correspondents?\\s+(?:of|for|at)|reporters?\\s+(?:of|for|at))\\s+)+"),
        Caseless);
    static const QRegularExpression s_trail(QStringLiteral("\\s+(?:тілшісі|тілшілері)$"), Caseless);
    source.remove(s_lead);
    source.remove(s_trail);
    while (!source.isEmpty() && (source.back() == u'.' || source.back() == u',' || source.back().isSpace()))
        source.chop(1);
    return source.trimmed();
}

} // namespace

// ---- chrome ---------------------------------------------------------------

namespace {
QRegularExpression promptExpression(const QStringList &extra)
{
    QStringList phrases;
    for (const char *p :
         {// ru
          "подпишитесь", "подписывайтесь", "подписаться на", "оформите подписку", "оформить подписку",
          "закладк", "в избранное", "читайте также", "читать также", "смотрите также", "читайте нас",
          "читайте по теме", "по теме:", "на правах рекламы", "партнерский материал", "партнёрский материал",
          "файлы cookie", "cookie", "куки", "все права защищены", "перепечатка",
          "при использовании материалов", "при цитировании", "гиперссылка обязательна", "сообщить об ошибке",
          "нашли ошибку", "ctrl+enter", "войдите", "зарегистрируйтесь", "показать еще", "показать ещё",
          "загрузить еще", "больше новостей", "самое читаемое", "наш канал", "нашем канале", "наш телеграм",
          "присоединяйтесь", "скачайте приложение", "оставить комментарий", "оставьте комментарий",
          // kk
          "жазылыңыз", "жазылу", "бетбелгі", "сондай-ақ оқыңыз", "оқи отырыңыз", "тағы оқыңыз", "жарнама",
          "пікір қалдыр", "барлық құқықтар қорғалған", "арнамызға", "қосылыңыз",
          // en
          "subscribe", "sign up", "newsletter", "bookmark", "read also", "read more", "see also",
          "related:", "related stories", "related articles", "more stories", "most read", "advertisement",
          "sponsored", "all rights reserved", "share this", "follow us", "log in", "sign in",
          "privacy policy", "terms of use", "terms of service", "for immediate release", "press release",
          "media contact", "press contact", "download our app", "leave a comment", "join our"})
        phrases.append(QRegularExpression::escape(QString::fromUtf8(p)));
    for (const QString &word : extra) {
        const QString w = word.trimmed();
        if (!w.isEmpty())
            phrases.append(QRegularExpression::escape(w));
    }
    QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + phrases.join(u'|') + u')', Caseless);
    re.optimize();
    return re;
}
} // namespace

ChromeWords::ChromeWords(const QStringList &extra)
{
    // The list without the newsroom's words is compiled once per process.
    static const QRegularExpression s_default = promptExpression({});
    m_prompts = extra.isEmpty() ? s_default : promptExpression(extra);
}

QString ChromeWords::prompt(const QString &line) const
{
    const auto m = m_prompts.match(line);
    return m.hasMatch() ? m.captured(0) : QString();
}

namespace {
inline bool isSpaceFast(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    if (u < 0x2000)
        return u == 0x85 || u == 0xA0 || u == 0x1680;
    return c.isSpace();
}
} // namespace

int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    bool hasContent = false;
    for (const QChar c : text) {
        if (isSpaceFast(c)) {
            if (inWord && hasContent)
                ++count;
            inWord = false;
            hasContent = false;
        } else {
            inWord = true;
            hasContent = hasContent || c.isLetterOrNumber();
        }
    }
    if (inWord && hasContent)
        ++count;
    return count;
}

bool endsSentence(QStringView text)
{
    qsizetype e = text.size();
    while (e > 0 && (text[e - 1].isSpace() || isClosingMark(text[e - 1])))
        --e;
    if (e == 0)
        return false;
    const QChar c = text[e - 1];
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

bool startsAsFragment(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text[0];
    return c.isLower() || c == u'»' || c == QChar(0x201D) || c == u')' || c == u',' || c == u';' ||
           c == u'.' || c == QChar(0x2026);
}

bool hasLetters(QStringView text)
{
    for (const QChar c : text)
        if (c.isLetter())
            return true;
    return false;
}

bool isDateLine(const QString &line)
{
    if (line.size() > 80)
        return false;
    int digits = 0;
    int count = 0;
    for (const QString &raw : tokens(line)) {
        const QString t = stripPunctuation(raw).toLower();
        if (t.isEmpty())
            continue;
        ++count;
        bool numeric = true;
        bool anyDigit = false;
        for (const QChar c : t) {
            if (c.isDigit())
                anyDigit = true;
            else if (c != u':' && c != u'.' && c != u'/' && c != u'-' && c != u',')
                numeric = false;
        }
        if (numeric && anyDigit) {
            ++digits;
            continue;
        }
        QString word = t;
        if (word.endsWith(u'.'))
            word.chop(1);
        if (monthWords().contains(word) || dateFillerWords().contains(word))
            continue;
        return false;
    }
    return count > 0 && digits > 0;
}

std::optional<QString> forwardOrigin(const QString &line)
{
    static const QRegularExpression s_forward(
        QStringLiteral("^(?:forwarded\\s+from|forwarded\\s+message|переслано\\s+от|переслано\\s+из|"
                       "пересланное\\s+сообщение|бағытталған\\s+хабарлама|жіберілген)\\b[:\\s]*(.*)$"),
        Caseless);
    const auto m = s_forward.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

QString chromeReason(const QString &line, const ChromeWords &words)
{
    const int count = wordCount(line);
    if (!hasLetters(line))
        return QStringLiteral("no words");
    const bool sentence = endsSentence(line);
    // A story paragraph is no chrome, whatever words it uses.
    if (count > 30 || (count > 15 && sentence))
        return {};
    if (forwardOrigin(line))
        return QStringLiteral("message header");
    static const QRegularExpression s_messageHeader(
        QStringLiteral("^[^\\[\\]]{1,60},?\\s*\\[\\d{1,2}[./]\\d{1,2}[./"
                       "]\\d{2,4}[,\\s]+\\d{1,2}:\\d{2}(?::\\d{2})?\\]$"),
        Unicode);
    if (line.endsWith(u']') && s_messageHeader.match(line).hasMatch())
        return QStringLiteral("message header");
    const QString prompt = words.prompt(line);
    if (!prompt.isEmpty())
        return QStringLiteral("prompt: ") + prompt;

    const QStringList toks = tokens(line);
    if (toks.size() <= 6) {
        // Interface words and counters ("Instagram", "Комментарии (3)", "1 520 просмотров").
        static const QStringList s_counterStems = [] {
            QStringList stems;
            for (const char *s : {"просмотр", "прочтени", "прочитал", "view", "read", "комментар", "comment",
                                  "қаралым", "пікір", "like", "лайк", "share", "репост", "repost"})
                stems.append(QString::fromUtf8(s));
            return stems;
        }();
        bool allInterface = true;
        bool allCounter = true;
        int numbers = 0;
        int wordsSeen = 0;
        for (const QString &raw : toks) {
            const QString t = stripPunctuation(raw).toLower();
            if (t.isEmpty())
                continue;
            bool numeric = true;
            for (const QChar c : t)
                numeric = numeric && (c.isDigit() || c == u'.' || c == u',' || c == u'k' || c == u'к' ||
                                      c == u'm' || c == u'м');
            numeric = numeric && t.at(0).isDigit();
            if (numeric) {
                ++numbers;
                continue;
            }
            ++wordsSeen;
            if (!interfaceWords().contains(t))
                allInterface = false;
            bool counter = false;
            for (const QString &stem : s_counterStems)
                counter = counter || t.startsWith(stem);
            if (!counter)
                allCounter = false;
        }
        if (numbers > 0 && allCounter)
            return QStringLiteral("counter");
        if (wordsSeen > 0 && allInterface && !sentence)
            return QStringLiteral("interface words");
    }
    if (count <= 12 && !sentence) {
        int separators = 0;
        for (const char *sep : {" / ", " › ", " > ", " | ", " → ", " » ", " • "})
            separators += int(line.count(QString::fromUtf8(sep)));
        if (separators >= 2)
            return QStringLiteral("breadcrumb");
    }
    bool allTags = !toks.isEmpty();
    for (const QString &t : toks)
        allTags = allTags && t.startsWith(u'#');
    if (allTags)
        return QStringLiteral("hashtags");
    if (count <= 15) {
        static const QRegularExpression s_contact(
            QStringLiteral(
                "[\\w.+-]+@[\\w-]+\\.[\\w.-]+|(?:https?://|www\\.)\\S+|\\+?\\d[\\d\\s()\\-]{8,}\\d"),
            Caseless);
        const auto m = s_contact.match(line);
        if (m.hasMatch() && (!sentence || count <= 6 || m.capturedLength() * 2 >= line.size()))
            return QStringLiteral("contact");
    }
    return {};
}

// ---- credits --------------------------------------------------------------

std::optional<CreditType> creditTypeOfSource(const QString &source)
{
    if (source.isEmpty())
        return std::nullopt;
    static const QRegularExpression s_press(
        QStringLiteral(
            "пресс-служб|пресс служб|пресс-центр|баспасөз\\s+қызмет|press[\\s-]+(?:service|office)"),
        Caseless);
    if (s_press.match(source).hasMatch())
        return CreditType::PressService;
    static const QRegularExpression s_agency(
        QStringLiteral(
            "(?<![\\p{L}\\p{N}])(?:kazinform|казинформ|қазақпарат|казахинформ|тасс|tass|reuters|"
            "afp|риа\\s+новости|ria\\s+novosti|интерфакс|interfax|kaztag|казтаг|sputnik|спутник|"
            "xinhua|синьхуа|anadolu|associated\\s+press|epa|getty\\s+images|bloomberg)(?![\\p{L}\\p{N}])"),
        Caseless);
    if (s_agency.match(source).hasMatch())
        return CreditType::Agency;
    static const QRegularExpression s_ap(QStringLiteral("(?<![\\p{L}\\p{N}])AP(?![\\p{L}\\p{N}])"), Unicode);
    if (s_ap.match(source).hasMatch())
        return CreditType::Agency;
    static const QRegularExpression s_archive(QStringLiteral("архив|archive|мұрағат"), Caseless);
    if (s_archive.match(source).hasMatch())
        return CreditType::Archive;
    static const QRegularExpression s_handout(QStringLiteral("(?<![\\p{L}])handout(?![\\p{L}])"), Caseless);
    if (s_handout.match(source).hasMatch())
        return CreditType::Handout;
    return std::nullopt;
}

std::optional<Credit> parseCredit(const QString &line)
{
    if (line.size() > 150 || wordCount(line) > 12)
        return std::nullopt;
    static const QRegularExpression s_credit(
        QStringLiteral(
            "^(?:(?:фото\\s+и\\s+видео|видео\\s+и\\s+фото|источник\\s+фото|фото|фотография|фотографии|"
            "фотосурет|суреттер|сурет|photo\\s+credit|photos?|photograph|image|picture|illustration|"
            "иллюстрация|коллаж|collage|credit)\\s*(?::|by\\b|[–—-](?=\\s))|(:))\\s*(.*)$"),
        Caseless);
    static const QRegularExpression s_courtesy(
        QStringLiteral("^(?:фото|photo)\\s+(предоставлен[аоы]?|courtesy(?:\\s+of)?|из\\s+архива|"
                       "из\\s+открытых\\s+источников|из\\s+соцсетей|из\\s+социальных\\s+сетей)\\s*(.*)$"),
        Caseless);
    QString rest;
    std::optional<CreditType> type;
    if (const auto m = s_credit.match(line); m.hasMatch()) {
        rest = m.captured(2).trimmed();
        if (!m.captured(1).isEmpty() && (rest.isEmpty() || wordCount(rest) > 4))
            return std::nullopt; // a line that starts with ":" is a credit only when short
    } else if (const auto c = s_courtesy.match(line); c.hasMatch()) {
        rest = c.captured(2).trimmed();
        if (c.captured(1).contains(QStringLiteral("архив")))
            type = CreditType::Archive;
        if (rest.isEmpty())
            rest = c.captured(1).trimmed();
    } else {
        return std::nullopt;
    }
    while (rest.endsWith(u'.'))
        rest.chop(1);
    if (rest.startsWith(u'©'))
        rest = rest.mid(1).trimmed();

    Credit credit;
    credit.line = line;
    QStringList sourceParts;
    bool ugc = false;
    for (const QString &rawPart : rest.split(u':')) {
        QString part = rawPart.trimmed();
        static const QRegularExpression s_ugcTail(QStringLiteral("[\\s,/|]+UGC$"), Caseless);
        if (part.compare(QStringLiteral("UGC"), Qt::CaseInsensitive) == 0) {
            ugc = true;
            continue;
        }
        if (s_ugcTail.match(part).hasMatch()) {
            ugc = true;
            part.remove(s_ugcTail);
        }
        if (!part.isEmpty())
            sourceParts.append(part);
    }
    credit.source = sourceParts.join(QStringLiteral(": "));
    if (ugc)
        credit.type = CreditType::Ugc;
    else if (type)
        credit.type = type;
    else
        credit.type = creditTypeOfSource(credit.source);
    return credit;
}

std::optional<Credit> splitCaptionCredit(const QString &text, QString *caption)
{
    static const QRegularExpression s_marker(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:фото|фотосурет|сурет|photo|photos|image|credit|иллюстрация)(?="
                       "\\s*(?::|by\\b|[–—-]\\s))|©"),
        Caseless);
    auto it = s_marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString tail = text.mid(m.capturedStart()).trimmed();
        if (tail.endsWith(u')') && m.capturedStart() > 0 && text.at(m.capturedStart() - 1) == u'(')
            tail.chop(1);
        if (tail.startsWith(u'©'))
            tail = QStringLiteral("Фото: ") + tail.mid(1).trimmed();
        if (auto credit = parseCredit(tail)) {
            credit->line = text.mid(m.capturedStart()).trimmed();
            if (credit->line.endsWith(u')') && m.capturedStart() > 0 &&
                text.at(m.capturedStart() - 1) == u'(')
                credit->line.chop(1);
            QString before = text.left(m.capturedStart());
            if (before.endsWith(u'('))
                before.chop(1);
            if (caption)
                *caption = trimSeparators(before);
            return credit;
        }
    }
    if (caption)
        *caption = text.trimmed();
    return std::nullopt;
}

// ---- bylines ----------------------------------------------------------------

bool isNameLine(const QString &line)
{
    if (line.size() > 60)
        return false;
    return nameTokensOk(tokens(line), false);
}

bool isPositionLine(const QString &line)
{
    if (line.size() > 100 || line.isEmpty())
        return false;
    const QStringList words = tokens(line);
    if (words.isEmpty() || words.size() > 8 || endsSentence(line))
        return false;
    for (const QChar c : line)
        if (c.isDigit())
            return false;
    if (isNameLine(line))
        return false;
    // A newsroom position names the trade: a line that only looks like one
    // ("Власти обещают ремонт") may be the headline.
    for (const QString &w : words)
        if (isPositionWord(stripPunctuation(w).toLower()))
            return true;
    return false;
}

QList<BylineAuthor> parseByline(const QString &line, bool bareNameAllowed)
{
    if (line.size() > 200)
        return {};
    static const QRegularExpression s_by(
        QStringLiteral("^(?:written\\s+by|reporting\\s+by|by)\\b\\s*:?\\s+(.+)$"), Caseless);
    static const QRegularExpression s_author(
        QStringLiteral("^(?:авторы|автор|authors|author|текст|text|материал\\s+подготовил[аи]?|"
                       "подготовил[аи]?)\\s*(?::|[–—-])\\s*(.+)$"),
        Caseless);
    QString rest;
    bool prefixed = false;
    if (const auto m = s_by.match(line); m.hasMatch()) {
        rest = m.captured(1);
        prefixed = true;
    } else if (const auto a = s_author.match(line); a.hasMatch()) {
        rest = a.captured(1);
        prefixed = true;
    } else if (bareNameAllowed) {
        rest = line;
    } else {
        return {};
    }
    // "By John Smith | March 12, 2024": the names come first.
    for (const char *sep : {" | ", " • ", " · ", " — ", " – "}) {
        const qsizetype at = rest.indexOf(QString::fromUtf8(sep));
        if (at > 0)
            rest.truncate(at);
    }
    rest = trimSeparators(rest);
    while (rest.endsWith(u'.') && !isInitial(rest.section(u' ', -1)))
        rest.chop(1);

    QList<BylineAuthor> authors;
    static const QRegularExpression s_and(QStringLiteral("\\s+(?:and|и|және|&)\\s+"), Caseless);
    static const QRegularExpression s_separators(QStringLiteral("[,;]"));
    const QStringList parts = rest.split(s_separators);
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        bool names = false;
        QList<BylineAuthor> found;
        for (const QString &candidate : part.split(s_and)) {
            const QString name = candidate.trimmed();
            if (nameTokensOk(tokens(name), prefixed))
                found.append({name, {}});
        }
        names = !found.isEmpty() && found.size() == part.split(s_and).size();
        if (names) {
            authors.append(found);
            continue;
        }
        if (!authors.isEmpty() && authors.last().position.isEmpty() && isPositionLine(part)) {
            authors.last().position = part;
            continue;
        }
        if (i == 0)
            return {}; // the line does not start with a name
        break;
    }
    if (!prefixed && authors.size() > 1 && parts.size() > 1)
        return {}; // a bare list of names is not a byline
    return authors;
}

QString nameKey(const QString &name)
{
    QStringList words;
    for (const QString &w : tokens(name.toLower()))
        words.append(stripPunctuation(w).replace(u'ё', u'е'));
    words.removeAll(QString());
    words.sort();
    return words.join(u' ');
}

// ---- datelines and attribution --------------------------------------------

std::optional<Dateline> parseDateline(const QString &paragraph)
{
    static const QRegularExpression s_dateline(
        QStringLiteral(
            "^(\\p{Lu}[\\p{Lu}\\-]+(?:\\s+\\p{Lu}[\\p{Lu}\\-]+){0,2})\\s*[.,]\\s+"
            "(?:(\\d{1,2})\\s+(\\p{L}+)|(\\p{L}+)\\.?\\s+(\\d{1,2}))(?:,?\\s+\\d{4})?\\s*[.,]?\\s*"
            "(?:(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,2})|\\(([^()]{2,40})\\)|/([^/]{2,40})/)?"
            "\\s*[.,]?\\s*[–—-]{1,2}(?:\\s+|$)"),
        Unicode);
    const auto m = s_dateline.match(paragraph);
    if (!m.hasMatch())
        return std::nullopt;
    const QString month = (m.captured(3).isEmpty() ? m.captured(4) : m.captured(3)).toLower();
    if (!monthWords().contains(month))
        return std::nullopt;
    Dateline d;
    d.length = int(m.capturedLength());
    QString agency = m.captured(6);
    if (agency.isEmpty())
        agency = m.captured(7);
    if (agency.isEmpty())
        agency = m.captured(8);
    d.agency = agency.trimmed();
    QString text = paragraph.left(d.length).trimmed();
    while (!text.isEmpty() && (text.back() == u'–' || text.back() == u'—' || text.back() == u'-' ||
                               text.back() == u'.' || text.back() == u',' || text.back().isSpace()))
        text.chop(1);
    d.dateline = text;
    return d;
}

std::optional<Attribution> findAttribution(const QString &paragraph)
{
    // What a source may be made of: no sentence punctuation, no quotes; a
    // dot only inside a word ("Kazinform.kz", "г.Алматы").
    const QString src = QStringLiteral("((?:[^.,;!?\\n«»\"“”()]|\\.(?=\\w)){2,100}?)");
    const QString end = QStringLiteral("(?=\\s*(?:[.,;!?)](?:\\s|$)|$))");
    const QString kkSrc = QStringLiteral("((?:[^\\s.,;!?«»\"“”()]+\\s+){0,5}?[^\\s.,;!?«»\"“”()]+)");
    struct Pattern
    {
        QRegularExpression re;
        bool sourceFirst; // the source stands before the verb: "Ақорда хабарлайды"
    };
    static const std::vector<Pattern> s_patterns = [&] {
        std::vector<Pattern> p;
        auto add = [&p](const QString &pattern, bool sourceFirst) {
            QRegularExpression re(pattern, Caseless);
            re.optimize();
            p.push_back({re, sourceFirst});
        };
        // ru: ", передает Акорда", "как сообщает пресс-служба", "сообщили в акимате"
        add(QStringLiteral("(?:,\\s*|(?<![\\p{L}])как\\s+|(?<![\\p{L}])об\\s+этом\\s+|^)"
                           "(передает|передаёт|передают|сообщает|сообщают|пишет|пишут|информирует|"
                           "сообщили(?=\\s+(?:в|во)\\s))\\s+") +
                src + end,
            false);
        add(QStringLiteral("(?<![\\p{L}])(по\\s+данным|по\\s+информации|согласно\\s+данным|"
                           "согласно\\s+информации|со\\s+ссылкой\\s+на)\\s+") +
                src + end,
            false);
        // kk: "деп хабарлайды Ақорда", "Бұл туралы Ақорда хабарлайды", "Ақорданың мәліметінше"
        add(QStringLiteral("(?<![\\p{L}])деп\\s+(хабарлайды|хабарлады|жазады|мәлімдейді|мәлімдеді)\\s+") +
                src + end,
            false);
        add(QStringLiteral("(?:,\\s*|(?<![\\p{L}])бұл\\s+туралы\\s+|^)") + kkSrc +
                QStringLiteral(
                    "\\s+(хабарлайды|хабарлады|жазады|мәлімдеді|мәліметінше|дерегінше|хабарлауынша)") +
                end,
            true);
        // en: ", reports Kazinform", "according to the ministry", ", Kazinform reports."
        add(QStringLiteral("(?:,\\s*|^)(reports|reported|writes|informs)\\s+") + src + end, false);
        add(QStringLiteral("(?<![\\p{L}])(according\\s+to)\\s+") + src + end, false);
        add(QStringLiteral(",\\s*") + kkSrc + QStringLiteral("\\s+(reports|reported)") + end, true);
        return p;
    }();

    std::optional<Attribution> best;
    qsizetype bestAt = -1;
    for (const Pattern &p : s_patterns) {
        const auto m = p.re.match(paragraph);
        if (!m.hasMatch())
            continue;
        const int sourceGroup = p.sourceFirst ? 1 : 2;
        const int verbGroup = p.sourceFirst ? 2 : 1;
        const qsizetype at = std::min(m.capturedStart(1), m.capturedStart(2));
        if (best && at >= bestAt)
            continue;
        const QString source = cleanSource(m.captured(sourceGroup));
        if (source.isEmpty() || wordCount(source) > 12)
            continue;
        Attribution a;
        a.source = source;
        const qsizetype phraseStart = std::min(m.capturedStart(verbGroup), m.capturedStart(sourceGroup));
        const qsizetype phraseEnd = std::max(m.capturedEnd(verbGroup), m.capturedEnd(sourceGroup));
        a.phrase = paragraph.mid(phraseStart, phraseEnd - phraseStart).trimmed();
        best = a;
        bestAt = at;
    }
    return best;
}

QString detectLanguage(QStringView text)
{
    qint64 kazakh = 0;
    qint64 cyrillic = 0;
    qint64 latin = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0400 && u <= 0x04FF) {
            ++cyrillic;
            switch (u) {
            case 0x04D9:
            case 0x04D8: // ә
            case 0x0493:
            case 0x0492: // ғ
            case 0x049B:
            case 0x049A: // қ
            case 0x04A3:
            case 0x04A2: // ң
            case 0x04E9:
            case 0x04E8: // ө
            case 0x04B1:
            case 0x04B0: // ұ
            case 0x04AF:
            case 0x04AE: // ү
            case 0x04BB:
            case 0x04BA: // һ
            case 0x0456:
            case 0x0406: // і
                ++kazakh;
                break;
            default:
                break;
            }
        } else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            ++latin;
        }
    }
    if (cyrillic == 0 && latin == 0)
        return QStringLiteral("ru");
    if (cyrillic >= latin)
        return (kazakh >= 3 && kazakh * 50 >= cyrillic) ? QStringLiteral("kk") : QStringLiteral("ru");
    return QStringLiteral("en");
}

} // namespace Qalam::ImportRules
