#include "app/publish/publication.h"

#include "app/core/clock.h"
#include "app/media/photofile.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "app/text/htmlsanitizer.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSize>

namespace Qalam {

namespace {

// ASCII for one lowercase Cyrillic letter (Russian and Kazakh); null when the
// letter is not Cyrillic. One table for every language keeps a slug stable
// when the article's language is changed.
const char *cyrillicToAscii(char16_t c)
{
    switch (c) {
    case u'а':
        return "a";
    case u'б':
        return "b";
    case u'в':
        return "v";
    case u'г':
        return "g";
    case u'д':
        return "d";
    case u'е':
        return "e";
    case u'ё':
        return "e";
    case u'ж':
        return "zh";
    case u'з':
        return "z";
    case u'и':
        return "i";
    case u'й':
        return "y";
    case u'к':
        return "k";
    case u'л':
        return "l";
    case u'м':
        return "m";
    case u'н':
        return "n";
    case u'о':
        return "o";
    case u'п':
        return "p";
    case u'р':
        return "r";
    case u'с':
        return "s";
    case u'т':
        return "t";
    case u'у':
        return "u";
    case u'ф':
        return "f";
    case u'х':
        return "kh";
    case u'ц':
        return "ts";
    case u'ч':
        return "ch";
    case u'ш':
        return "sh";
    case u'щ':
        return "shch";
    case u'ъ':
        return "";
    case u'ы':
        return "y";
    case u'ь':
        return "";
    case u'э':
        return "e";
    case u'ю':
        return "yu";
    case u'я':
        return "ya";
    // Kazakh letters, as the Latin alphabet of 2021 writes them without marks.
    case u'ә':
        return "a";
    case u'ғ':
        return "g";
    case u'қ':
        return "q";
    case u'ң':
        return "n";
    case u'ө':
        return "o";
    case u'ұ':
        return "u";
    case u'ү':
        return "u";
    case u'һ':
        return "h";
    case u'і':
        return "i";
    // Ukrainian and Belarusian letters that appear in names.
    case u'є':
        return "ye";
    case u'ї':
        return "yi";
    case u'ў':
        return "u";
    case u'ґ':
        return "g";
    default:
        return nullptr;
    }
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// The size PhotoFile::render produces: the decoder reduces to twice the
// longest edge, then the pixels are scaled to it (see photofile.cpp).
QSize fitWithin(QSize size, int longestEdge)
{
    if (longestEdge <= 0 || qMax(size.width(), size.height()) <= longestEdge)
        return size;
    return size.scaled(longestEdge, longestEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QSize renditionSize(const Photo &photo, int longestEdge)
{
    const QSize shown(photo.width, photo.height);
    if (shown.isEmpty())
        return {};
    return fitWithin(fitWithin(shown, longestEdge * 2), longestEdge);
}

QString quoteMarks(const QString &text, const QString &language)
{
    if (language == u"en")
        return QChar(0x201C) + text + QChar(0x201D);
    return QChar(0x00AB) + text + QChar(0x00BB);
}

// One token of sanitised subset HTML: a tag or a run of (escaped) text.
struct Token
{
    QString raw;
    QString name; // tag name, empty for text
    bool closing = false;
};

// HtmlSanitizer's output escapes '<', '>' and '"' everywhere, so a tag runs
// from '<' to the next '>'.
QList<Token> tokenize(const QString &html)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) != u'<') {
            qsizetype end = html.indexOf(u'<', i);
            if (end < 0)
                end = html.size();
            tokens.append({html.mid(i, end - i), {}, false});
            i = end;
            continue;
        }
        qsizetype end = html.indexOf(u'>', i);
        if (end < 0)
            end = html.size() - 1;
        Token t;
        t.raw = html.mid(i, end - i + 1);
        t.closing = t.raw.startsWith(QLatin1String("</"));
        qsizetype n = i + (t.closing ? 2 : 1);
        const qsizetype nameStart = n;
        while (n < end && html.at(n).isLetterOrNumber())
            ++n;
        t.name = html.mid(nameStart, n - nameStart).toLower();
        tokens.append(t);
        i = end + 1;
    }
    return tokens;
}

bool isVoid(const Token &t)
{
    return t.name == u"img" || t.name == u"br";
}

// The photo id of <img src="qalam-photo:ID">; -1 when it is not one.
qint64 photoIdOf(const Token &img)
{
    static const QLatin1String s_prefix("src=\"qalam-photo:");
    const qsizetype at = img.raw.indexOf(s_prefix);
    if (at < 0)
        return -1;
    const qsizetype start = at + s_prefix.size();
    const qsizetype end = img.raw.indexOf(u'"', start);
    bool ok = false;
    const qint64 id = img.raw.mid(start, end - start).toLongLong(&ok);
    return ok ? id : -1;
}

QString figureHtml(const PublishedPhoto &p, const QString &url)
{
    const auto esc = &HtmlSanitizer::escape;
    QString html = p.lead ? QStringLiteral("<figure class=\"lead\">") : QStringLiteral("<figure>");
    html += QStringLiteral("<img src=\"") + esc(url) + QStringLiteral("\" alt=\"") + esc(p.photo.alt) + u'"';
    if (p.width > 0 && p.height > 0)
        html += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(p.width).arg(p.height);
    html += u'>';
    const QString caption = p.photo.caption.trimmed();
    const QString credit = p.creditLine.trimmed();
    if (!caption.isEmpty() || !credit.isEmpty()) {
        const QString captionHtml =
            QStringLiteral("<span class=\"caption\">") + esc(caption) + QStringLiteral("</span>");
        const QString creditHtml =
            QStringLiteral("<span class=\"credit\">") + esc(credit) + QStringLiteral("</span>");
        html += QStringLiteral("<figcaption>");
        if (caption.isEmpty())
            html += creditHtml;
        else if (credit.isEmpty())
            html += captionHtml;
        else // the separator the Photos dock writes between caption and credit
            html += PublicationBuilder::tr("%1 / %2").arg(captionHtml, creditHtml);
        html += QStringLiteral("</figcaption>");
    }
    html += QStringLiteral("</figure>");
    return html;
}

QString pullQuoteHtml(const PullQuote &q, const QString &language)
{
    QString html = QStringLiteral("<blockquote class=\"pull-quote\"><p>") +
                   HtmlSanitizer::escape(quoteMarks(q.text.trimmed(), language)) + QStringLiteral("</p>");
    if (!q.speaker.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"speaker\">") + HtmlSanitizer::escape(q.speaker.trimmed()) +
                QStringLiteral("</p>");
    return html + QStringLiteral("</blockquote>");
}

QString photoFileName(int number, const QString &slug)
{
    return QStringLiteral("%1-%2.jpg").arg(number, 2, 10, QLatin1Char('0')).arg(slug);
}

QString authorLine(const Author &a)
{
    return a.position.trimmed().isEmpty() ? a.name.trimmed()
                                          : a.name.trimmed() + QStringLiteral(", ") + a.position.trimmed();
}

} // namespace

QString PublicationBuilder::slugFor(const Article &article)
{
    QString slug;
    bool separator = false;
    auto append = [&](QLatin1String ascii) {
        if (ascii.isEmpty())
            return;
        if (separator && !slug.isEmpty())
            slug += u'-';
        separator = false;
        slug += ascii;
    };
    for (const QChar ch : article.headline) {
        const QChar c = ch.toLower();
        if (const char *ascii = cyrillicToAscii(c.unicode())) {
            append(QLatin1String(ascii));
            continue;
        }
        if (isAsciiAlnum(c)) {
            append(QLatin1String(QByteArray(1, char(c.unicode()))));
            continue;
        }
        // An apostrophe joins: "don't" is "dont", "Qazaqstan'daǵy" one word.
        if (c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC))
            continue;
        // Latin letters with marks lose them: "é" is "e", "ü" is "u".
        QString plain;
        if (c.decompositionTag() == QChar::Canonical) {
            for (const QChar d : c.decomposition())
                if (isAsciiAlnum(d.toLower()))
                    plain += d.toLower();
        } else if (c == u'ß') {
            plain = QStringLiteral("ss");
        }
        if (!plain.isEmpty()) {
            append(QLatin1String(plain.toLatin1()));
            continue;
        }
        separator = true;
    }
    constexpr qsizetype MaxHeadlinePart = 80;
    if (slug.size() > MaxHeadlinePart) {
        // Cut at a word boundary when there is one.
        const bool midWord = slug.at(MaxHeadlinePart) != u'-';
        slug.truncate(MaxHeadlinePart);
        const qsizetype lastDash = slug.lastIndexOf(u'-');
        if (midWord && lastDash > 0)
            slug.truncate(lastDash);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    if (slug.isEmpty())
        slug = QStringLiteral("article");
    QString id;
    for (const QChar c : article.id) {
        if (id.size() == 8)
            break;
        if (isAsciiAlnum(c.toLower()))
            id += c.toLower();
    }
    return id.isEmpty() ? slug : slug + u'-' + id;
}

void PublicationBuilder::useSlug(Publication &publication, const QString &slug)
{
    publication.slug = slug;
    for (qsizetype i = 0; i < publication.photos.size(); ++i)
        publication.photos[i].fileName = photoFileName(int(i + 1), slug);
}

QString PublicationBuilder::sourceNameOf(const QString &sourceText)
{
    // Relaying phrases before the name ("передает Акорда", "according to
    // Akorda") and after it (Kazakh: "Ақорда хабарлайды").
    static const QStringList s_before = {
        QStringLiteral("со ссылкой на"), QStringLiteral("по данным"),    QStringLiteral("по информации"),
        QStringLiteral("по сообщению"),  QStringLiteral("according to"), QStringLiteral("передает"),
        QStringLiteral("передаёт"),      QStringLiteral("сообщает"),     QStringLiteral("сообщают"),
        QStringLiteral("сообщили в"),    QStringLiteral("сообщили"),     QStringLiteral("пишет"),
        QStringLiteral("пишут"),         QStringLiteral("информирует"),  QStringLiteral("отмечает"),
        QStringLiteral("reports"),       QStringLiteral("reported"),     QStringLiteral("writes"),
        QStringLiteral("via"),           QStringLiteral("source:"),      QStringLiteral("источник:"),
        QStringLiteral("дереккөз:"),
    };
    static const QStringList s_after = {
        QStringLiteral("деп хабарлайды"), QStringLiteral("деп хабарлады"), QStringLiteral("деп жазады"),
        QStringLiteral("хабарлайды"),     QStringLiteral("хабарлады"),     QStringLiteral("жазады"),
        QStringLiteral("мәлімдейді"),     QStringLiteral("reports"),       QStringLiteral("reported"),
    };
    auto trimPunctuation = [](QString s) {
        s = s.trimmed();
        while (!s.isEmpty() && (s.front().isPunct() || s.front().isSpace()) && s.front() != u'«' &&
               s.front() != u'"')
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back().isPunct() || s.back().isSpace()) && s.back() != u'»' &&
               s.back() != u'"')
            s.chop(1);
        return s;
    };
    QString name = trimPunctuation(sourceText.simplified());
    for (const QString &phrase : s_before) {
        if (name.startsWith(phrase + u' ', Qt::CaseInsensitive)) {
            name = trimPunctuation(name.mid(phrase.size() + 1));
            break;
        }
    }
    for (const QString &phrase : s_after) {
        if (name.endsWith(u' ' + phrase, Qt::CaseInsensitive)) {
            name = trimPunctuation(name.left(name.size() - phrase.size() - 1));
            break;
        }
    }
    return name.isEmpty() ? sourceText.trimmed() : name;
}

Result<Publication> PublicationBuilder::build(std::shared_ptr<Database> database, const Actor &actor,
                                              const QString &articleId)
{
    ArticleStore articles(database, &Clock::system(), actor);
    auto article = articles.load(articleId);
    if (!article)
        return article.error();
    PhotoStore photoStore(database, &Clock::system(), actor);
    auto settings = photoStore.settings();
    if (!settings)
        return settings.error();
    auto uses = photoStore.photosOf(articleId);
    if (!uses)
        return uses.error();

    Publication publication;
    publication.article = std::move(article).value();
    const Article &a = publication.article;
    publication.slug = slugFor(a);
    publication.photoSettings = *settings;
    publication.pullQuotes = a.pullQuotes;

    QStringList byline;
    for (const Author &author : a.authors)
        if (!author.name.trimmed().isEmpty())
            byline.append(authorLine(author));
    publication.bylineText = byline.join(QStringLiteral("; "));

    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = true;
    publication.quotes = QuoteAnalyzer::analyze(a.headline + u'\n' + a.lead + u'\n' + a.bodyText, options);
    publication.sourceText =
        a.source.trimmed().isEmpty() ? publication.quotes.sourceAttribution.trimmed() : a.source.trimmed();
    publication.sourceName = sourceNameOf(publication.sourceText);

    int number = 0;
    for (const PhotoUse &use : *uses) {
        PublishedPhoto p;
        p.photo = use.photo;
        p.lead = use.lead;
        p.creditLine = PhotoRules::creditLine(use.photo, settings->creditTemplate);
        p.fileName = photoFileName(++number, publication.slug);
        const QSize size = renditionSize(use.photo, settings->longestEdge);
        p.width = size.width();
        p.height = size.height();
        const QString holder = !use.photo.creator.trimmed().isEmpty() ? use.photo.creator.trimmed()
                                                                      : use.photo.creditSource.trimmed();
        if (!holder.isEmpty())
            p.copyrightNotice = QStringLiteral("© ") + holder;
        const bool ugc = use.photo.creditType == CreditType::Ugc;
        if (!use.photo.licence.trimmed().isEmpty()) {
            p.usageTerms = use.photo.licence.trimmed();
        } else if (ugc) {
            const QStringList scope = use.photo.consent.scope;
            p.usageTerms = scope.isEmpty()
                               ? tr("A reader's picture, published with the sender's permission.")
                               : tr("A reader's picture, published with the sender's permission for: %1.")
                                     .arg(scope.join(QStringLiteral(", ")));
        }
        p.stripPrivate = ugc || settings->stripAll;
        publication.photos.append(p);
    }
    return publication;
}

QString PublicationBuilder::bodyHtml(const Publication &publication,
                                     const std::function<QString(qint64 photoId)> &photoUrl)
{
    QHash<qint64, const PublishedPhoto *> byId;
    for (const PublishedPhoto &p : publication.photos)
        byId.insert(p.photo.id, &p);
    QSet<qint64> placed;

    // 1. The stored body, cleaned again on the way out (HTML leaving Qalam is
    // always clean, whatever reached the database), its figures replaced.
    const QList<Token> tokens = tokenize(HtmlSanitizer::sanitize(publication.article.bodyHtml).html);
    QList<Token> body;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.name != u"figure" || t.closing) {
            body.append(t);
            continue;
        }
        // The whole figure, nested ones included, becomes one photo (its
        // first picture) or nothing.
        int depth = 0;
        qint64 photoId = -1;
        for (; i < tokens.size(); ++i) {
            const Token &f = tokens.at(i);
            if (f.name == u"figure")
                depth += f.closing ? -1 : 1;
            else if (f.name == u"img" && photoId < 0)
                photoId = photoIdOf(f);
            if (depth == 0)
                break;
        }
        const PublishedPhoto *p = byId.value(photoId);
        if (!p)
            continue; // a picture that is not (or no longer) the article's
        placed.insert(photoId);
        const QString url = photoUrl ? photoUrl(photoId) : QString();
        if (url.isEmpty())
            continue;
        body.append({figureHtml(*p, url), QStringLiteral("#figure"), false});
    }

    // 2. The body's top-level blocks, so that pictures and pull quotes the
    // text does not place go between paragraphs, never inside one.
    QStringList blocks;
    QList<bool> figureBlocks;
    QString current;
    bool currentIsFigure = false;
    int depth = 0;
    for (const Token &t : std::as_const(body)) {
        if (current.isEmpty())
            currentIsFigure = t.name == u"#figure" || t.name == u"figure";
        current += t.raw;
        if (!t.name.isEmpty() && !isVoid(t) && t.name != u"#figure")
            depth += t.closing ? -1 : 1;
        if (depth <= 0) {
            depth = 0;
            if (!current.trimmed().isEmpty()) {
                blocks.append(current);
                figureBlocks.append(currentIsFigure);
            }
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        blocks.append(current);
        figureBlocks.append(currentIsFigure);
    }

    // 3. Photos the text does not place: the lead one first, the others
    // with the pull quotes spread through the text.
    QString leadFigure;
    QStringList photoExtras;
    for (const PublishedPhoto &p : publication.photos) {
        if (placed.contains(p.photo.id))
            continue;
        const QString url = photoUrl ? photoUrl(p.photo.id) : QString();
        if (url.isEmpty())
            continue;
        if (p.lead && leadFigure.isEmpty())
            leadFigure = figureHtml(p, url);
        else
            photoExtras.append(figureHtml(p, url));
    }
    QStringList extras;
    for (qsizetype i = 0; i < qMax(photoExtras.size(), publication.pullQuotes.size()); ++i) {
        if (i < photoExtras.size())
            extras.append(photoExtras.at(i));
        if (i < publication.pullQuotes.size() && !publication.pullQuotes.at(i).text.trimmed().isEmpty())
            extras.append(pullQuoteHtml(publication.pullQuotes.at(i), publication.article.language));
    }

    // The places between blocks (after block 1, 2, …, the last) where an
    // extra may go: not next to a picture the editor placed. Extras are
    // spread evenly over them, in turn.
    const qsizetype blockCount = blocks.size();
    QList<qsizetype> gaps;
    for (qsizetype g = 1; g <= blockCount; ++g)
        if (!figureBlocks.at(g - 1) && (g == blockCount || !figureBlocks.at(g)))
            gaps.append(g);
    if (gaps.isEmpty() && blockCount > 0)
        gaps.append(blockCount);
    QList<QStringList> after(blockCount + 1); // after(0): before the first block
    const qsizetype extraCount = extras.size();
    for (qsizetype i = 0; i < extraCount; ++i) {
        if (gaps.isEmpty()) {
            after[0].append(extras.at(i));
            continue;
        }
        // Round((i + 1) × gaps / (extras + 1)), within 1…gaps.
        const qsizetype n = gaps.size();
        const qsizetype k =
            qBound<qsizetype>(1, ((i + 1) * n * 2 + extraCount + 1) / (2 * (extraCount + 1)), n);
        after[gaps.at(k - 1)].append(extras.at(i));
    }

    QString html = leadFigure + after.at(0).join(QString());
    for (qsizetype b = 0; b < blockCount; ++b)
        html += blocks.at(b) + after.at(b + 1).join(QString());

    if (!publication.bylineText.isEmpty())
        html += QStringLiteral("<p class=\"byline\">") + HtmlSanitizer::escape(publication.bylineText) +
                QStringLiteral("</p>");
    if (!publication.sourceText.isEmpty())
        html += QStringLiteral("<p class=\"source\">") + HtmlSanitizer::escape(publication.sourceText) +
                QStringLiteral("</p>");
    return html;
}

Result<void> PublicationBuilder::writeRenditions(std::shared_ptr<Database> database,
                                                 const Publication &publication, const QString &folder)
{
    const PhotoStore store(database);
    const QDir dir(folder);
    for (qsizetype i = 0; i < publication.photos.size(); ++i) {
        const PublishedPhoto &p = publication.photos.at(i);
        PhotoFile::RenditionOptions options;
        options.longestEdge = publication.photoSettings.longestEdge;
        options.quality = publication.photoSettings.quality;
        options.caption = p.photo.caption;
        options.creator = p.photo.creator;
        options.creditLine = p.creditLine;
        options.copyright = p.copyrightNotice;
        // A reader's picture never leaves with its location, whatever the settings say.
        options.stripPrivate = p.stripPrivate || p.photo.creditType == CreditType::Ugc;
        auto jpeg = PhotoFile::render(store.originalPath(p.photo.sha256), options);
        if (!jpeg) {
            return Error{jpeg.error().code,
                         tr("Photo %1 (%2) could not be prepared for publishing: %3")
                             .arg(i + 1)
                             .arg(p.photo.fileName, jpeg.error().message),
                         jpeg.error().detail};
        }
        QSaveFile file(dir.filePath(p.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(*jpeg) != jpeg->size() || !file.commit()) {
            return Error{Error::Code::Io,
                         tr("Photo %1 (%2) could not be written to %3.")
                             .arg(i + 1)
                             .arg(p.photo.fileName, QDir::toNativeSeparators(folder)),
                         file.errorString()};
        }
    }
    return {};
}

} // namespace Qalam
