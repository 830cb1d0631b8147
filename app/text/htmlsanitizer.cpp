#include "app/text/htmlsanitizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <vector>

namespace Qalam {

namespace {

// What a node of the cleaned tree is.
enum class Kind {
    Text,
    Element,          // one of the allowed tags
    TransparentBlock, // div, section, td…: a paragraph break, not kept itself
    TransparentInline // span, font, u…: not kept, its children are
};

struct Node
{
    Kind kind = Kind::Element;
    QString tag;       // allowed tag for Element
    QString sourceTag; // the tag name in the input, to match its end tag
    QString href;      // for <a>
    QString text;      // for Text
    std::vector<Node> children;
};

bool isParagraphTag(const QString &t)
{
    return t == u"p" || t == u"h2" || t == u"h3" || t == u"figcaption";
}
bool isInlineTag(const QString &t)
{
    return t == u"strong" || t == u"em" || t == u"a" || t == u"br" || t == u"img";
}
bool isList(const Node *n)
{
    return n->kind == Kind::Element && (n->tag == u"ul" || n->tag == u"ol");
}
bool isContainer(const Node *n)
{
    if (n->kind == Kind::TransparentBlock)
        return true;
    return n->kind == Kind::Element &&
           (n->tag.isEmpty() /* root */ || n->tag == u"blockquote" || n->tag == u"li" || n->tag == u"figure");
}
bool isInlineNode(const Node &n)
{
    return n.kind == Kind::Text || n.kind == Kind::TransparentInline ||
           (n.kind == Kind::Element && isInlineTag(n.tag));
}

// Elements whose content is never text for a reader.
bool isDroppedWithContent(const QString &t)
{
    static const QStringList s_dropped = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("head"),
        QStringLiteral("title"),    QStringLiteral("iframe"), QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("svg"),      QStringLiteral("math"),   QStringLiteral("textarea"),
        QStringLiteral("select"),   QStringLiteral("button"), QStringLiteral("canvas"),
        QStringLiteral("video"),    QStringLiteral("audio"),  QStringLiteral("frameset"),
    };
    return s_dropped.contains(t);
}

bool isBlockLike(const QString &t)
{
    static const QStringList s_blocks = {
        QStringLiteral("div"),   QStringLiteral("section"),  QStringLiteral("article"),
        QStringLiteral("main"),  QStringLiteral("header"),   QStringLiteral("footer"),
        QStringLiteral("aside"), QStringLiteral("nav"),      QStringLiteral("table"),
        QStringLiteral("tbody"), QStringLiteral("thead"),    QStringLiteral("tfoot"),
        QStringLiteral("tr"),    QStringLiteral("td"),       QStringLiteral("th"),
        QStringLiteral("form"),  QStringLiteral("fieldset"), QStringLiteral("address"),
        QStringLiteral("dl"),    QStringLiteral("center"),   QStringLiteral("body"),
        QStringLiteral("html"),  QStringLiteral("hr"),       QStringLiteral("details"),
    };
    return s_blocks.contains(t);
}

QString decodeEntity(QStringView name)
{
    static const QHash<QString, QChar> s_named = {
        {QStringLiteral("amp"), u'&'},
        {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},
        {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("laquo"), QChar(0x00AB)},
        {QStringLiteral("raquo"), QChar(0x00BB)},
        {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("bdquo"), QChar(0x201E)},
        {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("shy"), QChar(0x00AD)},
        {QStringLiteral("copy"), QChar(0x00A9)},
        {QStringLiteral("thinsp"), QChar(0x2009)},
        {QStringLiteral("numero"), QChar(0x2116)},
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
    return it == s_named.constEnd() ? QString() : QString(*it);
}

QString decodeEntities(QStringView in)
{
    if (!in.contains(u'&'))
        return in.toString();
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == u'&') {
            // Entity names are short: look no further than that, so that text
            // with many bare "&" stays linear.
            const qsizetype semiInWindow = in.mid(i + 1, 12).indexOf(u';');
            const qsizetype semi = semiInWindow < 0 ? -1 : i + 1 + semiInWindow;
            if (semi > i + 1) {
                const QString decoded = decodeEntity(in.mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semi;
                    continue;
                }
            }
        }
        out += in[i];
    }
    return out;
}

QString cleanHref(const QString &raw)
{
    const QUrl url(raw.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https" && scheme != u"mailto")
        return {};
    QUrl cleaned = url;
    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items)
            if (item.first.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive))
                query.removeAllQueryItems(item.first);
        cleaned.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        if (query.isEmpty())
            cleaned.setQuery(QString());
    }
    return cleaned.toString(QUrl::FullyEncoded);
}

// Reads one style attribute for bold/italic, as word processors and Qt write them.
void styleFlags(const QString &style, bool *bold, bool *italic)
{
    const QString s = style.toLower();
    *bold = s.contains(QLatin1String("font-weight:bold")) || s.contains(QLatin1String("font-weight: bold")) ||
            s.contains(QLatin1String("font-weight:600")) || s.contains(QLatin1String("font-weight: 600")) ||
            s.contains(QLatin1String("font-weight:700")) || s.contains(QLatin1String("font-weight: 700")) ||
            s.contains(QLatin1String("font-weight:800")) || s.contains(QLatin1String("font-weight: 800"));
    *italic =
        s.contains(QLatin1String("font-style:italic")) || s.contains(QLatin1String("font-style: italic"));
}

class TreeBuilder
{
public:
    TreeBuilder() { m_stack.push_back(&m_root); }

    Node &root() { return m_root; }

    void text(const QString &t)
    {
        if (t.isEmpty())
            return;
        Node *cur = current();
        if (isList(cur)) {
            if (t.trimmed().isEmpty())
                return;
            push(element(QStringLiteral("li"), QString()));
            cur = current();
        }
        if (!cur->children.empty() && cur->children.back().kind == Kind::Text) {
            cur->children.back().text += t;
            return;
        }
        Node n;
        n.kind = Kind::Text;
        n.text = t;
        cur->children.push_back(std::move(n));
    }

    void open(const QString &tag, const QHash<QString, QString> &attrs, bool selfClosing)
    {
        if (tag == u"br") {
            if (!isList(current()))
                current()->children.push_back(element(QStringLiteral("br"), tag));
            return;
        }
        if (tag == u"img") {
            // Only Qalam's own photos, inside a figure: <img src="qalam-photo:12">.
            static const QRegularExpression s_photo(QStringLiteral("^qalam-photo:[0-9]{1,18}$"));
            const QString src = attrs.value(QStringLiteral("src")).trimmed();
            if (inFigure() && s_photo.match(src).hasMatch()) {
                Node img = element(QStringLiteral("img"), tag);
                img.href = src;
                current()->children.push_back(std::move(img));
            }
            return;
        }
        if (tag == u"hr" || tag == u"meta" || tag == u"link" || tag == u"input" || tag == u"wbr" ||
            tag == u"col" || tag == u"source" || tag == u"area" || tag == u"base") {
            if (tag == u"hr") {
                closeToContainer();
                // A break the text on both sides must not be glued across.
                Node rule;
                rule.kind = Kind::TransparentBlock;
                current()->children.push_back(std::move(rule));
            }
            return; // void elements outside the subset (images come with the photo issue)
        }
        if (selfClosing)
            return;

        if (tag == u"strong" || tag == u"b")
            return pushInline(element(QStringLiteral("strong"), tag));
        if (tag == u"em" || tag == u"i" || tag == u"cite" || tag == u"dfn")
            return pushInline(element(QStringLiteral("em"), tag));
        if (tag == u"a") {
            Node n = element(QStringLiteral("a"), tag);
            n.href = cleanHref(attrs.value(QStringLiteral("href")));
            if (n.href.isEmpty())
                n.kind = Kind::TransparentInline;
            return pushInline(std::move(n));
        }
        if (tag == u"p" || tag == u"h1" || tag == u"h2" || tag == u"h3" || tag == u"h4" || tag == u"h5" ||
            tag == u"h6" || tag == u"dt" || tag == u"dd" || tag == u"pre" || tag == u"figcaption" ||
            tag == u"caption") {
            QString allowed = QStringLiteral("p");
            if (tag == u"h1" || tag == u"h2")
                allowed = QStringLiteral("h2");
            else if (tag.size() == 2 && tag[0] == u'h')
                allowed = QStringLiteral("h3");
            else if (tag == u"figcaption" && inFigure())
                allowed = QStringLiteral("figcaption");
            closeToContainer();
            if (isList(current()))
                push(element(QStringLiteral("li"), QString()));
            return push(element(allowed, tag));
        }
        if (tag == u"blockquote" || tag == u"figure" || tag == u"ul" || tag == u"ol") {
            closeToContainer();
            if (isList(current()))
                push(element(QStringLiteral("li"), QString()));
            return push(element(tag, tag));
        }
        if (tag == u"li") {
            // Close up to the nearest list; a stray <li> opens its own list.
            for (int i = int(m_stack.size()) - 1; i > 0; --i) {
                if (isList(m_stack[i])) {
                    m_stack.resize(i + 1);
                    return push(element(QStringLiteral("li"), tag));
                }
            }
            closeToContainer();
            push(element(QStringLiteral("ul"), QString()));
            return push(element(QStringLiteral("li"), tag));
        }
        if (isBlockLike(tag)) {
            closeToContainer();
            Node n;
            n.kind = Kind::TransparentBlock;
            n.sourceTag = tag;
            return push(std::move(n));
        }
        // Anything else (span, font, u, small, label, time…) keeps its text.
        Node n;
        n.kind = Kind::TransparentInline;
        n.sourceTag = tag;
        if (tag == u"span" || tag == u"font") {
            bool bold = false, italic = false;
            styleFlags(attrs.value(QStringLiteral("style")), &bold, &italic);
            if (bold || italic) {
                n.kind = Kind::Element;
                n.tag = bold ? QStringLiteral("strong") : QStringLiteral("em");
                if (bold && italic) {
                    pushInline(std::move(n));
                    Node inner = element(QStringLiteral("em"), tag);
                    inner.sourceTag = QStringLiteral("#inner"); // closed with its outer span
                    return pushInline(std::move(inner));
                }
            }
        }
        pushInline(std::move(n));
    }

    void close(const QString &tag)
    {
        for (int i = int(m_stack.size()) - 1; i > 0; --i) {
            if (m_stack[i]->sourceTag == tag) {
                m_stack.resize(i);
                while (m_stack.size() > 1 && m_stack.back()->sourceTag == u"#inner")
                    m_stack.pop_back();
                return;
            }
            // An end tag never closes past a list item or a quote it did not open.
            if (m_stack[i]->tag == u"li" || m_stack[i]->tag == u"blockquote" || m_stack[i]->tag == u"figure")
                return;
        }
    }

private:
    static Node element(const QString &tag, const QString &sourceTag)
    {
        Node n;
        n.kind = Kind::Element;
        n.tag = tag;
        n.sourceTag = sourceTag;
        return n;
    }

    Node *current() { return m_stack.back(); }

    bool inFigure() const
    {
        for (const Node *n : m_stack)
            if (n->tag == u"figure")
                return true;
        return false;
    }

    void push(Node n)
    {
        // Hostile input may nest without end; past this depth tags are
        // dropped (their text is kept), so the tree stays shallow enough for
        // the recursive writer.
        if (m_stack.size() >= MaxDepth)
            return;
        current()->children.push_back(std::move(n));
        m_stack.push_back(&current()->children.back());
    }

    void pushInline(Node n)
    {
        if (isList(current()))
            push(element(QStringLiteral("li"), QString()));
        push(std::move(n));
    }

    void closeToContainer()
    {
        while (m_stack.size() > 1 && !isContainer(current()) && !isList(current()))
            m_stack.pop_back();
    }

    static constexpr size_t MaxDepth = 200;
    Node m_root;
    std::vector<Node *> m_stack;
};

void parse(QStringView in, TreeBuilder &builder)
{
    const qsizetype n = in.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            builder.text(decodeEntities(in.mid(textStart, end - textStart)));
    };
    while (i < n) {
        if (in[i] != u'<') {
            ++i;
            continue;
        }
        // Comments, doctype, processing instructions, CDATA.
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
        while (p < n && (in[p].isLetterOrNumber() || in[p] == u'-' || in[p] == u':') && in[p].unicode() < 128)
            ++p;
        if (p == nameStart || !in[nameStart].isLetter()) {
            ++i; // a lone "<" is text
            continue;
        }
        flushText(i);
        const QString tag = in.mid(nameStart, p - nameStart).toString().toLower();
        QHash<QString, QString> attrs;
        bool selfClosing = false;
        // Attributes up to the closing ">", honouring quotes.
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
            const QString attrName = in.mid(an, p - an).toString().toLower();
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
            if (!attrName.isEmpty())
                attrs.insert(attrName, value);
            selfClosing = false;
        }
        i = p < n ? p + 1 : n;
        textStart = i;
        if (closing) {
            builder.close(tag);
            continue;
        }
        if (isDroppedWithContent(tag)) {
            if (!selfClosing) {
                // Skip to the matching end tag (case-insensitive), content and all.
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
        builder.open(tag, attrs, selfClosing);
    }
    flushText(n);
}

// ---- normalisation and output ------------------------------------------------

QString collapseSpaces(const QString &t)
{
    QString out;
    out.reserve(t.size());
    bool space = false;
    for (const QChar c : t) {
        if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f') {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

bool hasText(const Node &n)
{
    if (n.kind == Kind::Text)
        return !n.text.trimmed().isEmpty();
    if (n.kind == Kind::Element && n.tag == u"img")
        return true; // a picture is content
    for (const Node &c : n.children)
        if (hasText(c))
            return true;
    return false;
}

class Writer
{
public:
    QString html;
    QString text;

    void block(const Node &container)
    {
        // Runs of inline content directly in a container become paragraphs;
        // inside a list item they stay inline, as the subset allows.
        const bool inlineAllowed = container.kind == Kind::Element && container.tag == u"li";
        // In a list item, two inline runs split by a block that wrote nothing
        // (an empty paragraph, a dropped rule) are kept apart by a line break.
        bool inlineLast = false;
        std::vector<const Node *> run;
        auto flushRun = [&]() {
            bool any = false;
            for (const Node *r : run)
                any = any || hasText(*r);
            if (any) {
                if (inlineAllowed) {
                    if (inlineLast)
                        html += QStringLiteral("<br>");
                    paragraphBody(run);
                    endLine(); // a nested list starts on its own line
                    inlineLast = true;
                } else {
                    html += QStringLiteral("<p>");
                    paragraphBody(run);
                    html += QStringLiteral("</p>");
                    endLine();
                }
            }
            run.clear();
        };
        for (const Node &c : container.children) {
            if (isInlineNode(c)) {
                run.push_back(&c);
                continue;
            }
            flushRun();
            const qsizetype before = html.size();
            writeBlockChild(c);
            if (html.size() != before)
                inlineLast = false;
        }
        flushRun();
    }

private:
    void writeBlockChild(const Node &c)
    {
        if (c.kind == Kind::TransparentBlock) {
            block(c);
        } else if (isParagraphTag(c.tag)) {
            if (!hasText(c))
                return;
            html += u'<' + c.tag + u'>';
            std::vector<const Node *> kids;
            for (const Node &k : c.children)
                kids.push_back(&k);
            paragraphBody(kids);
            html += QStringLiteral("</") + c.tag + u'>';
            endLine();
        } else if (c.tag == u"ul" || c.tag == u"ol") {
            if (!hasText(c))
                return;
            html += u'<' + c.tag + u'>';
            for (const Node &li : c.children) {
                if (!hasText(li))
                    continue;
                html += QStringLiteral("<li>");
                block(li);
                html += QStringLiteral("</li>");
                endLine();
            }
            html += QStringLiteral("</") + c.tag + u'>';
        } else if (c.tag == u"blockquote" || c.tag == u"figure" || c.tag == u"li") {
            if (!hasText(c))
                return;
            const QString tag = c.tag == u"li" ? QStringLiteral("blockquote") : c.tag;
            html += u'<' + tag + u'>';
            block(c);
            html += QStringLiteral("</") + tag + u'>';
        }
    }

    bool m_atLineStart = true;

    void endLine()
    {
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        m_atLineStart = true;
    }

    void paragraphBody(const std::vector<const Node *> &nodes)
    {
        m_trimNext = true;
        const qsizetype htmlStart = html.size();
        const qsizetype textStart = text.size();
        for (const Node *n : nodes)
            inlineNode(*n);
        // Trailing white space of a paragraph carries no meaning.
        while (html.size() > htmlStart && html.endsWith(u' '))
            html.chop(1);
        while (text.size() > textStart && text.endsWith(u' '))
            text.chop(1);
        // Close tags written after a trailing space: "<strong>a </strong>" stays valid.
    }

    bool m_trimNext = true;

    void inlineNode(const Node &n)
    {
        if (n.kind == Kind::Text) {
            QString t = collapseSpaces(n.text);
            if (m_trimNext) {
                while (t.startsWith(u' '))
                    t.remove(0, 1);
            }
            if (t.isEmpty())
                return;
            m_trimNext = t.endsWith(u' ');
            html += HtmlSanitizer::escape(t);
            text += t;
            return;
        }
        if (n.kind == Kind::Element && n.tag == u"img") {
            html += QStringLiteral("<img src=\"") + HtmlSanitizer::escape(n.href) + QStringLiteral("\">");
            m_trimNext = true;
            return;
        }
        if (n.kind == Kind::Element && n.tag == u"br") {
            while (html.endsWith(u' '))
                html.chop(1);
            while (text.endsWith(u' '))
                text.chop(1);
            html += QStringLiteral("<br>");
            text += u'\n';
            m_trimNext = true;
            return;
        }
        if (n.kind == Kind::TransparentInline || !hasText(n)) {
            for (const Node &c : n.children)
                inlineNode(c);
            return;
        }
        // A leading space belongs outside the tag: "a <strong>b</strong>".
        if (n.tag == u"a")
            html += QStringLiteral("<a href=\"") + HtmlSanitizer::escape(n.href) + QStringLiteral("\">");
        else
            html += u'<' + n.tag + u'>';
        for (const Node &c : n.children)
            inlineNode(c);
        html += QStringLiteral("</") + n.tag + u'>';
    }
};

} // namespace

QString HtmlSanitizer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

HtmlSanitizer::Output HtmlSanitizer::sanitize(const QString &html)
{
    TreeBuilder builder;
    parse(html, builder);
    Writer writer;
    writer.block(builder.root());
    while (writer.text.endsWith(u'\n'))
        writer.text.chop(1);
    return {writer.html, writer.text};
}

HtmlSanitizer::Output HtmlSanitizer::fromPlainText(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    normalized.replace(QChar::ParagraphSeparator, u'\n');
    normalized.replace(QChar::LineSeparator, u'\n');
    QString html;
    html.reserve(normalized.size() + normalized.size() / 4);
    const auto paragraphs = QStringView(normalized).split(u'\n');
    for (const QStringView line : paragraphs) {
        const QString clean = collapseSpaces(line.toString()).trimmed();
        if (clean.isEmpty())
            continue;
        html += QStringLiteral("<p>") + escape(clean) + QStringLiteral("</p>");
    }
    return sanitize(html);
}

} // namespace Qalam
