#include "app/import/pageblocks.h"

#include "app/import/importrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Qalam {

namespace {

// ---- shared -----------------------------------------------------------------

bool isInvisible(char16_t u)
{
    return (u >= 0x200B && u <= 0x200F) || (u >= 0x2060 && u <= 0x2064) || u == 0xFEFF || u == 0x00AD ||
           (u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F);
}

bool isCollapsibleSpace(char16_t u)
{
    if (u > 0x20 && u < 0x2000)
        return u == 0x1680;
    // No-break spaces are kept: they may be the house typography already.
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == 0x2028 || u == 0x2029 ||
           (u >= 0x2000 && u <= 0x200A) || u == 0x3000 || u == 0x205F || u == 0x1680;
}

// Emoji, arrows and bullets that open or close a messenger line ("⚡️", "👉", "•").
bool isDecoration(char32_t cp)
{
    if (cp == 0x2116 || cp == 0x00A9)
        return false; // №, ©
    if (cp == 0x2022 || cp == 0x200D || cp == 0xFE0F || cp == 0x20E3 || cp >= 0x1F000)
        return true;
    return cp >= 0x2190 && QChar::category(cp) == QChar::Symbol_Other;
}

QString stripDecorations(const QString &line)
{
    const QList<uint> cps = line.toUcs4();
    qsizetype s = 0;
    qsizetype e = cps.size();
    while (s < e && (isDecoration(cps[s]) || cps[s] == u' '))
        ++s;
    while (e > s && (isDecoration(cps[e - 1]) || cps[e - 1] == u' '))
        --e;
    if (s == 0 && e == cps.size())
        return line;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + s), e - s);
}

bool needsDecorationCheck(const QString &line)
{
    auto check = [](QChar c) { return c.isSurrogate() || c.unicode() >= 0x2190 || c.unicode() == 0x2022; };
    return !line.isEmpty() && (check(line.front()) || check(line.back()));
}

// ---- plain text -------------------------------------------------------------

QString cleanLine(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    bool space = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (isCollapsibleSpace(u)) {
            space = true;
            continue;
        }
        if (isInvisible(u))
            continue;
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    // "[12.03.24, 10:15] Айгуль: текст" — a messenger's copy of a message.
    if (out.startsWith(u'[')) {
        static const QRegularExpression s_stamp(
            QStringLiteral("^\\[\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*"
                           "(?:[^:]{1,40}:\\s+)(?=\\S)"),
            QRegularExpression::UseUnicodePropertiesOption);
        const auto m = s_stamp.match(out);
        if (m.hasMatch())
            out.remove(0, m.capturedLength());
    }
    if (needsDecorationCheck(out))
        out = stripDecorations(out);
    return out.trimmed();
}

// ---- HTML -------------------------------------------------------------------

QString decodeEntity(QStringView name)
{
    static const QHash<QString, char16_t> s_named = {
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},       {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},    {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("laquo"), 0x00AB},  {QStringLiteral("raquo"), 0x00BB},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("shy"), 0x00AD},
        {QStringLiteral("copy"), 0x00A9},   {QStringLiteral("reg"), 0x00AE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ensp"), 0x2002},   {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("numero"), 0x2116}, {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("middot"), 0x00B7}, {QStringLiteral("deg"), 0x00B0},
        {QStringLiteral("times"), 0x00D7},  {QStringLiteral("minus"), 0x2212},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("zwnj"), 0x200C},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X'))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    const auto it = s_named.constFind(name.toString());
    return it == s_named.constEnd() ? QString() : QString(QChar(*it));
}

QString decodeEntities(QStringView in)
{
    if (!in.contains(u'&'))
        return in.toString();
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == u'&') {
            const qsizetype semiInWindow = in.mid(i + 1, 12).indexOf(u';');
            if (semiInWindow > 0) {
                const QString decoded = decodeEntity(in.mid(i + 1, semiInWindow));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i += semiInWindow + 1;
                    continue;
                }
            }
        }
        out += in[i];
    }
    return out;
}

using Attributes = std::vector<std::pair<QString, QString>>;

QString attribute(const Attributes &attrs, QLatin1String name)
{
    for (const auto &a : attrs)
        if (a.first == name)
            return a.second;
    return {};
}

bool hasAttribute(const Attributes &attrs, QLatin1String name)
{
    for (const auto &a : attrs)
        if (a.first == name)
            return true;
    return false;
}

const QSet<QString> &tagSet(int which)
{
    static const QSet<QString> s_block = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("main"),    QStringLiteral("header"),
        QStringLiteral("footer"),     QStringLiteral("nav"),     QStringLiteral("aside"),
        QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("li"),
        QStringLiteral("dl"),         QStringLiteral("dt"),      QStringLiteral("dd"),
        QStringLiteral("blockquote"), QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("table"),      QStringLiteral("thead"),   QStringLiteral("tbody"),
        QStringLiteral("tfoot"),      QStringLiteral("tr"),      QStringLiteral("td"),
        QStringLiteral("th"),         QStringLiteral("form"),    QStringLiteral("fieldset"),
        QStringLiteral("legend"),     QStringLiteral("address"), QStringLiteral("pre"),
        QStringLiteral("details"),    QStringLiteral("summary"), QStringLiteral("menu"),
        QStringLiteral("dialog"),     QStringLiteral("center"),  QStringLiteral("body"),
        QStringLiteral("html"),       QStringLiteral("caption"), QStringLiteral("hgroup"),
    };
    static const QSet<QString> s_void = {
        QStringLiteral("br"),     QStringLiteral("hr"),    QStringLiteral("img"),    QStringLiteral("meta"),
        QStringLiteral("link"),   QStringLiteral("input"), QStringLiteral("wbr"),    QStringLiteral("col"),
        QStringLiteral("source"), QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("embed"),
        QStringLiteral("param"),  QStringLiteral("track"), QStringLiteral("keygen"),
    };
    // Never text for a reader: skipped with everything inside.
    static const QSet<QString> s_skipped = {
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("object"),   QStringLiteral("canvas"),
        QStringLiteral("video"),    QStringLiteral("audio"),    QStringLiteral("textarea"),
        QStringLiteral("select"),   QStringLiteral("button"),   QStringLiteral("title"),
        QStringLiteral("frameset"), QStringLiteral("applet"),
    };
    switch (which) {
    case 0:
        return s_block;
    case 1:
        return s_void;
    default:
        return s_skipped;
    }
}
bool isBlockTag(const QString &t)
{
    return tagSet(0).contains(t);
}
bool isVoidTag(const QString &t)
{
    return tagSet(1).contains(t);
}
bool isSkippedTag(const QString &t)
{
    return tagSet(2).contains(t);
}

// The words of an element's class and id: "site-footer main" → site, footer, main.
QStringList hintWords(const Attributes &attrs)
{
    QStringList words;
    for (const auto &a : attrs) {
        if (a.first != u"class" && a.first != u"id")
            continue;
        QString word;
        for (const QChar c : a.second) {
            const char16_t u = c.toLower().unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                word += QChar(u);
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

// Class and id words that name site chrome, as sites everywhere name it.
QString chromeHint(const QStringList &words)
{
    static const QSet<QString> s_hints = {
        QStringLiteral("nav"),          QStringLiteral("navbar"),      QStringLiteral("navigation"),
        QStringLiteral("menu"),         QStringLiteral("footer"),      QStringLiteral("sidebar"),
        QStringLiteral("cookie"),       QStringLiteral("cookies"),     QStringLiteral("consent"),
        QStringLiteral("gdpr"),         QStringLiteral("banner"),      QStringLiteral("share"),
        QStringLiteral("sharing"),      QStringLiteral("social"),      QStringLiteral("socials"),
        QStringLiteral("related"),      QStringLiteral("recommended"), QStringLiteral("recommendations"),
        QStringLiteral("comments"),     QStringLiteral("comment"),     QStringLiteral("subscribe"),
        QStringLiteral("subscription"), QStringLiteral("newsletter"),  QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"),  QStringLiteral("advert"),      QStringLiteral("advertisement"),
        QStringLiteral("ads"),          QStringLiteral("ad"),          QStringLiteral("promo"),
        QStringLiteral("popup"),        QStringLiteral("modal"),       QStringLiteral("widget"),
        QStringLiteral("toolbar"),      QStringLiteral("login"),       QStringLiteral("signup"),
        QStringLiteral("tags"),         QStringLiteral("masthead"),    QStringLiteral("topbar"),
    };
    for (const QString &w : words)
        if (s_hints.contains(w))
            return w;
    return {};
}

bool hasHint(const QStringList &words, std::initializer_list<const char *> hints)
{
    for (const QString &w : words)
        for (const char *h : hints)
            if (w == QLatin1String(h))
                return true;
    return false;
}

struct State
{
    QString chrome;
    int href = -1; // index into PageBlocks::links
    int bold = 0;
    int italic = 0;
    int heading = 0;
    int figure = -1;
    bool inLink = false;
    bool authorHint = false;
    bool leadHint = false;
    bool creditHint = false;
    bool listItem = false;
    bool listOrdered = false;
    bool orderedItem = false;
    bool quote = false;
    bool figcaption = false;
};

struct Frame
{
    QString tag;
    State state;
    bool boundary = false; // opening and closing it ends the block being read
    int blockStart = 0;
    int h1AtOpen = 0;
    qint64 textAtOpen = 0;
    qint64 linkTextAtOpen = 0;
    qint64 storyAtOpen = 0;
    int linksAtOpen = 0;
    QString decidedAtClose; // class-named chrome and forms: chrome unless they hold the headline
    bool densityCheck = false;
    bool list = false;
    int region = 0; // 1 article, 2 main
};

struct FigureData
{
    QString src;
    QString alt;
    QString caption;
    QString credit;
    QString loose;
};

struct Interval
{
    int start;
    int end;
};

struct Region
{
    int kind;
    int start;
    int end;
    qint64 story;
};

QString collapse(const QString &t)
{
    QString out;
    out.reserve(t.size());
    bool space = false;
    for (const QChar c : t) {
        if (isCollapsibleSpace(c.unicode())) {
            space = true;
            continue;
        }
        if (isInvisible(c.unicode()))
            continue;
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

class HtmlReader
{
public:
    PageBlocks read(QStringView in);

private:
    void addText(QStringView t);
    void open(const QString &tag, const Attributes &attrs, bool selfClosing);
    void close(const QString &tag);
    void popFrame();
    void finishBlock();
    void image(const Attributes &attrs);
    int linkIndex(const QString &href);
    const State &state() const { return m_stack.empty() ? m_rootState : m_stack.back().state; }

    PageBlocks m_page;
    std::vector<Frame> m_stack;
    QHash<QString, int> m_openCount;
    State m_rootState;
    ImportBlock m_block;
    QString m_raw;              // the block's text as read, before white space is collapsed
    QList<ImportRun> m_rawRuns; // its formatting, over m_raw
    QHash<QString, int> m_linkIndex;
    bool m_blockOpen = false;
    bool m_afterBreak = false; // a <br> ended the last block
    std::vector<FigureData> m_figures;
    std::vector<Interval> m_chromeIntervals;
    std::vector<QString> m_intervalReasons;
    std::vector<Region> m_regions;
    qint64 m_text = 0;
    qint64 m_linkText = 0;
    qint64 m_story = 0;
    int m_links = 0;
    int m_h1 = 0;
    static constexpr size_t MaxDepth = 400;
};

void HtmlReader::addText(QStringView t)
{
    if (t.isEmpty())
        return;
    const State &s = state();
    qint64 visible = 0;
    for (const QChar c : t)
        if (!isCollapsibleSpace(c.unicode()) && c.unicode() != 0xA0)
            ++visible;
    m_text += visible;
    if (s.inLink)
        m_linkText += visible;
    if (s.figure >= 0) {
        FigureData &f = m_figures[size_t(s.figure)];
        if (s.creditHint)
            f.credit += t;
        else if (s.figcaption)
            f.caption += t;
        else
            f.loose += t;
        return;
    }
    if (!m_blockOpen) {
        if (visible == 0)
            return;
        m_blockOpen = true;
        m_block = ImportBlock();
        // Only a line break keeps two blocks together ("caption<br>Фото: …").
        m_block.adjacent = m_afterBreak && !m_page.blocks.isEmpty();
        m_afterBreak = false;
        m_block.chrome = s.chrome;
        m_block.authorHint = s.authorHint;
        m_block.leadHint = s.leadHint;
        if (s.heading > 0) {
            m_block.kind = ImportBlock::Kind::Heading;
            m_block.headingLevel = s.heading;
        } else if (s.listItem) {
            m_block.kind = ImportBlock::Kind::ListItem;
            m_block.orderedList = s.orderedItem;
        } else if (s.quote) {
            m_block.kind = ImportBlock::Kind::Quote;
        }
    }
    ImportRun run;
    run.start = int(m_raw.size());
    run.length = int(t.size());
    run.bold = s.bold > 0;
    run.italic = s.italic > 0;
    run.link = s.inLink;
    run.href = s.href;
    m_raw += t;
    if (!m_rawRuns.isEmpty() && m_rawRuns.last().sameFormat(run))
        m_rawRuns.last().length += run.length;
    else
        m_rawRuns.append(run);
}

void HtmlReader::finishBlock()
{
    if (!m_blockOpen)
        return;
    m_blockOpen = false;
    // Collapse white space across the runs, trim the ends; a space before a
    // tag stays outside it: "Мы <b>построим</b>".
    QString out;
    out.reserve(m_raw.size());
    QList<ImportRun> runs;
    bool space = false;
    bool formatted = false;
    for (const ImportRun &raw : std::as_const(m_rawRuns)) {
        ImportRun run = raw;
        run.start = int(out.size());
        for (const QChar c : QStringView(m_raw).mid(raw.start, raw.length)) {
            if (isCollapsibleSpace(c.unicode())) {
                space = true;
                continue;
            }
            if (isInvisible(c.unicode()))
                continue;
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
        }
        if (space && !out.isEmpty()) {
            out += u' ';
            space = false;
        }
        run.length = int(out.size()) - run.start;
        if (run.length == 0)
            continue;
        formatted = formatted || run.bold || run.italic || run.link;
        if (!runs.isEmpty() && runs.last().sameFormat(run))
            runs.last().length += run.length;
        else
            runs.append(run);
    }
    m_raw.clear();
    m_rawRuns.clear();
    while (out.endsWith(u' ')) {
        out.chop(1);
        if (--runs.last().length == 0)
            runs.removeLast();
    }
    if (out.isEmpty())
        return;
    int linkChars = 0;
    for (const ImportRun &r : std::as_const(runs))
        linkChars += r.link ? r.length : 0;
    out.squeeze();
    m_block.text = std::move(out);
    if (formatted)
        m_block.runs = std::move(runs);
    m_block.linkChars = linkChars;
    if (m_block.kind == ImportBlock::Kind::Paragraph && m_block.chrome.isEmpty())
        m_story += m_block.text.size();
    if (m_block.kind == ImportBlock::Kind::Heading && m_block.headingLevel == 1)
        ++m_h1;
    m_page.blocks.append(std::move(m_block));
    m_block = ImportBlock();
}

int HtmlReader::linkIndex(const QString &href)
{
    if (href.isEmpty())
        return -1;
    const auto it = m_linkIndex.constFind(href);
    if (it != m_linkIndex.constEnd())
        return *it;
    const int index = int(m_page.links.size());
    m_page.links.append(href);
    m_linkIndex.insert(href, index);
    return index;
}

void HtmlReader::image(const Attributes &attrs)
{
    QString src = attribute(attrs, QLatin1String("src")).trimmed();
    if (src.isEmpty() || src.startsWith(QLatin1String("data:"))) {
        for (const char *lazy : {"data-src", "data-lazy-src", "data-original"}) {
            const QString candidate = attribute(attrs, QLatin1String(lazy)).trimmed();
            if (!candidate.isEmpty()) {
                src = candidate;
                break;
            }
        }
    }
    const QString alt = collapse(attribute(attrs, QLatin1String("alt"))).trimmed();
    const State &s = state();
    if (s.figure >= 0) {
        FigureData &f = m_figures[size_t(s.figure)];
        if (f.src.isEmpty() && !src.startsWith(QLatin1String("data:")))
            f.src = src;
        if (f.alt.isEmpty())
            f.alt = alt;
        return;
    }
    if (!s.chrome.isEmpty() || src.isEmpty() || src.startsWith(QLatin1String("data:")) ||
        src.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return;
    for (const char *dimension : {"width", "height"}) {
        bool ok = false;
        const int v = attribute(attrs, QLatin1String(dimension)).toInt(&ok);
        if (ok && v < 100)
            return; // icons, counters, tracking pixels
    }
    finishBlock();
    ImportBlock b;
    b.kind = ImportBlock::Kind::Image;
    auto picture = std::make_shared<ImportFigure>();
    picture->imageUrl = src;
    picture->alt = alt;
    b.figure = std::move(picture);
    b.authorHint = s.authorHint;
    m_page.blocks.append(std::move(b));
}

void HtmlReader::open(const QString &tag, const Attributes &attrs, bool selfClosing)
{
    if (tag == u"br" || tag == u"hr") {
        finishBlock();
        m_afterBreak = tag == u"br";
        return;
    }
    if (tag == u"img") {
        image(attrs);
        return;
    }
    if (tag == u"meta") {
        const QString name =
            (attribute(attrs, QLatin1String("name")) + attribute(attrs, QLatin1String("property"))).toLower();
        const QString content = collapse(attribute(attrs, QLatin1String("content"))).trimmed();
        if (name == u"author" && m_page.author.isEmpty() && !content.contains(u'/'))
            m_page.author = content;
        else if (name == u"og:title" && m_page.title.isEmpty())
            m_page.title = content;
        return;
    }
    if (isVoidTag(tag))
        return;

    // Elements HTML closes by itself: a new paragraph, list item or block
    // ends an open <p>; a new <li> ends the previous one.
    const bool block = isBlockTag(tag);
    if (block && !m_stack.empty() && m_stack.back().tag == u"p")
        close(QStringLiteral("p"));
    if (tag == u"li" || tag == u"dt" || tag == u"dd") {
        // Looks a few levels up only: hostile nesting must not make this slow.
        for (int i = int(m_stack.size()) - 1; i >= 0 && i >= int(m_stack.size()) - 16; --i) {
            const QString &t = m_stack[size_t(i)].tag;
            if (t == u"ul" || t == u"ol" || t == u"dl")
                break;
            if (t == u"li" || t == u"dt" || t == u"dd") {
                close(t);
                break;
            }
        }
    }
    // A byline or a date set inline ("<span class=author>…</span> <time>…</time>")
    // is a block of its own: the recogniser reads it line by line.
    const QStringList words = hintWords(attrs);
    const bool authorElement = attribute(attrs, QLatin1String("rel")) == u"author" ||
                               attribute(attrs, QLatin1String("itemprop")).toLower() == u"author" ||
                               hasHint(words, {"author", "authors", "byline", "writer", "reporter"});
    const bool boundary = block || tag == u"time" || (authorElement && !state().authorHint);
    if (boundary) {
        finishBlock();
        m_afterBreak = false;
    }
    if (m_stack.size() >= MaxDepth)
        return;

    Frame f;
    f.tag = tag;
    f.boundary = boundary;
    f.state = state();
    State &s = f.state;
    const QString role = attribute(attrs, QLatin1String("role")).toLower();
    const QString style = attribute(attrs, QLatin1String("style")).toLower().remove(u' ');
    const QString itemprop = attribute(attrs, QLatin1String("itemprop")).toLower();
    if (hasAttribute(attrs, QLatin1String("hidden")) ||
        attribute(attrs, QLatin1String("aria-hidden")) == u"true" ||
        style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        s.chrome = QStringLiteral("hidden");
    if (s.chrome.isEmpty()) {
        if (tag == u"nav" || tag == u"aside" || tag == u"footer" || tag == u"menu" || tag == u"dialog")
            s.chrome = tag;
        else if (role == u"navigation" || role == u"contentinfo" || role == u"complementary" ||
                 role == u"search" || role == u"dialog" || role == u"alertdialog" || role == u"menu" ||
                 role == u"menubar")
            s.chrome = QStringLiteral("role ") + role;
    }
    if (const QString hint = chromeHint(words); !hint.isEmpty())
        f.decidedAtClose = QStringLiteral("class ") + hint;
    else if (tag == u"form" || role == u"banner")
        f.decidedAtClose = tag == u"form" ? QStringLiteral("form") : QStringLiteral("role banner");
    if (authorElement)
        s.authorHint = true;
    if (hasHint(words, {"lead", "lede", "summary", "standfirst", "intro", "excerpt", "subtitle",
                        "description", "announce", "anons", "annotation", "dek", "deck"}) ||
        itemprop == u"description")
        s.leadHint = true;
    if (hasHint(words, {"credit", "credits", "copyright", "source", "photographer"}))
        s.creditHint = true;

    if (tag == u"b" || tag == u"strong") {
        ++s.bold;
    } else if (tag == u"i" || tag == u"em" || tag == u"cite") {
        ++s.italic;
    } else if (tag == u"a") {
        s.inLink = true;
        s.href = linkIndex(attribute(attrs, QLatin1String("href")).trimmed());
        ++m_links;
    } else if (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6') {
        s.heading = tag[1].unicode() - u'0';
    } else if (tag == u"ul" || tag == u"ol") {
        s.listOrdered = tag == u"ol";
        f.list = true;
    } else if (tag == u"li") {
        s.listItem = true;
        s.orderedItem = s.listOrdered;
    } else if (tag == u"blockquote") {
        s.quote = true;
    } else if (tag == u"figure") {
        m_figures.push_back({});
        s.figure = int(m_figures.size()) - 1;
    } else if (tag == u"figcaption") {
        s.figcaption = true;
    } else if (tag == u"article") {
        f.region = 1;
    } else if (tag == u"main" || role == u"main") {
        f.region = 2;
    }
    if (itemprop == u"articlebody" && f.region == 0)
        f.region = 1;
    f.densityCheck = tag == u"div" || tag == u"section" || tag == u"ul" || tag == u"ol" || tag == u"table" ||
                     tag == u"tbody" || tag == u"tr" || tag == u"td" || tag == u"dl" || tag == u"header" ||
                     tag == u"p" || tag == u"span";
    f.blockStart = int(m_page.blocks.size());
    f.h1AtOpen = m_h1;
    f.textAtOpen = m_text;
    f.linkTextAtOpen = m_linkText;
    f.linksAtOpen = m_links;
    f.storyAtOpen = m_story;
    m_stack.push_back(std::move(f));
    ++m_openCount[tag];
    if (selfClosing)
        close(tag);
}

void HtmlReader::close(const QString &tag)
{
    // Only an element that is open can be closed; everything opened inside it
    // and left open ends with it. Each frame is popped once: linear.
    const auto it = m_openCount.constFind(tag);
    if (it == m_openCount.constEnd() || *it <= 0)
        return;
    while (!m_stack.empty()) {
        const bool match = m_stack.back().tag == tag;
        popFrame();
        if (match)
            break;
    }
}

void HtmlReader::popFrame()
{
    Frame f = std::move(m_stack.back());
    m_stack.pop_back();
    --m_openCount[f.tag];
    if (f.boundary || f.state.figure != (m_stack.empty() ? -1 : m_stack.back().state.figure))
        finishBlock();
    const int end = int(m_page.blocks.size());
    if (f.tag == u"figure" && f.state.figure >= 0) {
        FigureData &data = m_figures[size_t(f.state.figure)];
        ImportBlock b;
        b.kind = ImportBlock::Kind::Figure;
        auto picture = std::make_shared<ImportFigure>();
        picture->imageUrl = data.src;
        picture->alt = data.alt;
        picture->caption = collapse(data.caption.isEmpty() ? data.loose : data.caption).trimmed();
        picture->creditText = collapse(data.credit).trimmed();
        b.text = QString(picture->caption + u' ' + picture->creditText).trimmed();
        b.chrome = f.state.chrome;
        const bool any = !picture->imageUrl.isEmpty() || !b.text.isEmpty();
        b.figure = std::move(picture);
        if (any)
            m_page.blocks.append(std::move(b));
        data = FigureData(); // its text is in the block now
    }
    const bool holdsHeadline = m_h1 > f.h1AtOpen;
    if (!f.decidedAtClose.isEmpty() && !holdsHeadline && end > f.blockStart) {
        m_chromeIntervals.push_back({f.blockStart, end});
        m_intervalReasons.push_back(f.decidedAtClose);
    }
    if (f.densityCheck && !holdsHeadline && end > f.blockStart) {
        const qint64 all = m_text - f.textAtOpen;
        const qint64 linkText = m_linkText - f.linkTextAtOpen;
        const int links = m_links - f.linksAtOpen;
        if (all > 0 &&
            ((links >= 3 && linkText * 2 >= all) || (f.list && links >= 2 && linkText * 10 >= all * 6))) {
            m_chromeIntervals.push_back({f.blockStart, end});
            m_intervalReasons.push_back(QStringLiteral("link list"));
        }
    }
    if (f.region > 0 && end > f.blockStart)
        m_regions.push_back({f.region, f.blockStart, end, m_story - f.storyAtOpen});
}

PageBlocks HtmlReader::read(QStringView in)
{
    const qsizetype n = in.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            addText(decodeEntities(in.mid(textStart, end - textStart)));
    };
    while (i < n) {
        if (in[i] != u'<') {
            ++i;
            continue;
        }
        if (in.mid(i, 4) == u"<!--") {
            flushText(i);
            const qsizetype end = in.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        if (i + 1 < n && (in[i + 1] == u'!' || in[i + 1] == u'?')) {
            flushText(i);
            const qsizetype end = in.indexOf(u'>', i + 2);
            i = end < 0 ? n : end + 1;
            textStart = i;
            continue;
        }
        const bool closing = i + 1 < n && in[i + 1] == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && in[p].unicode() < 128 && (in[p].isLetterOrNumber() || in[p] == u'-' || in[p] == u':'))
            ++p;
        if (p == nameStart || !in[nameStart].isLetter()) {
            ++i; // a lone "<" is text
            continue;
        }
        flushText(i);
        const QString tag = in.mid(nameStart, p - nameStart).toString().toLower();
        Attributes attrs;
        bool selfClosing = false;
        while (p < n && in[p] != u'>') {
            if (in[p].isSpace()) {
                ++p;
                continue;
            }
            if (in[p] == u'/') {
                selfClosing = true;
                ++p;
                continue;
            }
            const qsizetype an = p;
            while (p < n && !in[p].isSpace() && in[p] != u'=' && in[p] != u'>' && in[p] != u'/')
                ++p;
            QString attrName = in.mid(an, p - an).toString().toLower();
            QString value;
            while (p < n && in[p].isSpace())
                ++p;
            if (p < n && in[p] == u'=') {
                ++p;
                while (p < n && in[p].isSpace())
                    ++p;
                if (p < n && (in[p] == u'"' || in[p] == u'\'')) {
                    const QChar quote = in[p];
                    const qsizetype end = in.indexOf(quote, p + 1);
                    const qsizetype stop = end < 0 ? n : end;
                    value = decodeEntities(in.mid(p + 1, stop - p - 1));
                    p = end < 0 ? n : end + 1;
                } else {
                    const qsizetype vs = p;
                    while (p < n && !in[p].isSpace() && in[p] != u'>')
                        ++p;
                    value = decodeEntities(in.mid(vs, p - vs));
                }
            }
            if (!attrName.isEmpty() && attrs.size() < 64)
                attrs.emplace_back(std::move(attrName), std::move(value));
            selfClosing = false;
        }
        i = p < n ? p + 1 : n;
        textStart = i;
        if (closing) {
            close(tag);
            continue;
        }
        if (isSkippedTag(tag)) {
            if (!selfClosing) {
                const QString endTag = QStringLiteral("</") + tag;
                const qsizetype end = in.indexOf(endTag, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = n;
                } else {
                    const qsizetype gt = in.indexOf(u'>', end);
                    i = gt < 0 ? n : gt + 1;
                }
                textStart = i;
            }
            continue;
        }
        open(tag, attrs, selfClosing);
    }
    flushText(n);
    while (!m_stack.empty())
        popFrame();
    finishBlock();

    QList<ImportBlock> &blocks = m_page.blocks;
    const int count = int(blocks.size());
    // Chrome by containers, applied in one sweep over the intervals.
    std::vector<int> starts(size_t(count) + 1, -1);
    std::vector<int> delta(size_t(count) + 1, 0);
    for (size_t k = 0; k < m_chromeIntervals.size(); ++k) {
        const Interval &iv = m_chromeIntervals[k];
        delta[size_t(iv.start)] += 1;
        delta[size_t(iv.end)] -= 1;
        if (starts[size_t(iv.start)] < 0)
            starts[size_t(iv.start)] = int(k);
    }
    int depth = 0;
    QString reason;
    for (int b = 0; b < count; ++b) {
        if (starts[size_t(b)] >= 0 && depth == 0)
            reason = m_intervalReasons[size_t(starts[size_t(b)])];
        depth += delta[size_t(b)];
        if (depth > 0 && blocks[b].chrome.isEmpty() && !blocks[b].authorHint)
            blocks[b].chrome = reason.isEmpty() ? QStringLiteral("container") : reason;
    }
    // The page's main article: everything after it is chrome (related
    // stories, comments, footers that are not marked as such).
    const Region *best = nullptr;
    for (int kind : {1, 2}) {
        for (const Region &r : m_regions)
            if (r.kind == kind && (!best || r.story > best->story))
                best = &r;
        if (best && best->story * 2 >= m_story)
            break;
        best = nullptr;
    }
    if (best) {
        for (int b = best->end; b < count; ++b)
            if (blocks[b].chrome.isEmpty() && !blocks[b].authorHint)
                blocks[b].chrome = QStringLiteral("after the article");
    }
    // The headline: the first <h1> that is no chrome, inside the article if it has one.
    int headline = -1;
    for (int b = 0; b < count; ++b) {
        const ImportBlock &block = blocks[b];
        if (block.kind != ImportBlock::Kind::Heading || block.headingLevel != 1 || !block.chrome.isEmpty())
            continue;
        if (best && b >= best->start && b < best->end) {
            headline = b;
            break;
        }
        if (headline < 0)
            headline = b;
    }
    m_page.headline = headline;
    m_page.blankLines = false;
    return std::move(m_page);
}

} // namespace

PageBlocks readPlainTextBlocks(const QString &text)
{
    PageBlocks page;
    int blankSeparators = 0;
    bool blank = false;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos <= n) {
        qsizetype end = pos;
        while (end < n) {
            const char16_t u = text.at(end).unicode();
            if (u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029)
                break;
            ++end;
        }
        const QStringView raw = QStringView(text).mid(pos, end - pos);
        pos = end + 1;
        if (end < n && text.at(end) == u'\r' && pos < n && text.at(pos) == u'\n')
            ++pos;
        const QString line = cleanLine(raw);
        if (line.isEmpty()) {
            blank = true;
            continue;
        }
        if (!page.blocks.isEmpty() && !blank) {
            ImportBlock &prev = page.blocks.last();
            if (ImportRules::startsAsFragment(line) && !ImportRules::endsSentence(prev.text)) {
                const bool hyphen = prev.text.size() > 1 && prev.text.back() == u'-' &&
                                    prev.text.at(prev.text.size() - 2).isLetter() && line.front().isLetter();
                prev.text += hyphen ? line : QString(u' ' + line);
                prev.sourceLines.append(raw.trimmed().toString());
                continue;
            }
        }
        if (blank && !page.blocks.isEmpty())
            ++blankSeparators;
        ImportBlock b;
        b.text = line;
        b.sourceLines.append(raw.trimmed().toString());
        b.adjacent = !blank && !page.blocks.isEmpty();
        page.blocks.append(std::move(b));
        blank = false;
    }
    page.blankLines = blankSeparators > 0 && blankSeparators * 3 >= int(page.blocks.size()) - 1;
    return page;
}

PageBlocks readHtmlBlocks(const QString &html)
{
    HtmlReader reader;
    return reader.read(html);
}

} // namespace Qalam
