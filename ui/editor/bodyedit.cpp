#include "ui/editor/bodyedit.h"

#include "app/text/htmlsanitizer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {

// Characters a reader never sees that copying drags along: zero-width
// spaces, direction marks and embeddings, word joiners, byte-order marks,
// soft hyphens. (Zero-width joiners stay: emoji sequences need them.)
bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || c == 0x2060 ||
           c == 0xFEFF || c == 0x00AD || c == 0x180E;
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Outside markup (everything when `markup` is false): invisible characters
// dropped, a run of blanks made one space; a lone non-breaking space stays
// (10 000 тенге, №\u00A05), as the house typography put it there.
QString normaliseBlanks(const QString &in, bool markup)
{
    QString out;
    out.reserve(in.size());
    bool inTag = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t c = in.at(i).unicode();
        if (markup && (inTag || c == u'<')) {
            inTag = c != u'>';
            out += QChar(c);
            continue;
        }
        if (isInvisible(c))
            continue;
        if (!isBlank(c)) {
            out += QChar(c);
            continue;
        }
        qsizetype end = i;
        int width = 0;
        while (end < in.size() && (isBlank(in.at(end).unicode()) || isInvisible(in.at(end).unicode()))) {
            width += isBlank(in.at(end).unicode()) ? 1 : 0;
            ++end;
        }
        // At the edge of a line or a tag it is an ordinary space, which the
        // sanitiser trims where a paragraph starts or ends.
        const bool edge = i == 0 || end == in.size() || in.at(i - 1) == u'\n' || in.at(end) == u'\n' ||
                          (markup && (in.at(i - 1) == u'>' || in.at(end) == u'<'));
        out += width == 1 && c == 0x00A0 && !edge ? QChar(0x00A0) : QChar(u' ');
        i = end - 1;
    }
    return out;
}

// Click and campaign ids that only tell a tracker where the reader came from.
bool isTrackingParameter(const QString &name)
{
    static const QStringList s_ids = {
        QStringLiteral("fbclid"),  QStringLiteral("gclid"),     QStringLiteral("gclsrc"),
        QStringLiteral("dclid"),   QStringLiteral("yclid"),     QStringLiteral("ysclid"),
        QStringLiteral("msclkid"), QStringLiteral("igshid"),    QStringLiteral("mc_cid"),
        QStringLiteral("mc_eid"),  QStringLiteral("_openstat"), QStringLiteral("_ga"),
    };
    return name.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive) ||
           s_ids.contains(name, Qt::CaseInsensitive);
}

QString withoutTracking(const QString &escapedHref)
{
    QString href = escapedHref;
    href.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    href.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QUrl url(href, QUrl::StrictMode);
    if (!url.isValid() || !url.hasQuery())
        return escapedHref;
    QUrlQuery query(url);
    bool changed = false;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (isTrackingParameter(item.first)) {
            query.removeAllQueryItems(item.first);
            changed = true;
        }
    }
    if (!changed)
        return escapedHref;
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (query.isEmpty())
        url.setQuery(QString());
    return HtmlSanitizer::escape(url.toString(QUrl::FullyEncoded));
}

// Word writes list items as paragraphs (class MsoListParagraph…, style
// mso-list) with the bullet or number as text in a conditional block.
QString wordListsToLists(const QString &html)
{
    static const QRegularExpression s_paragraph(QStringLiteral("<p\\b([^>]*)>(.*?)</p\\s*>"),
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression s_listAttr(QStringLiteral("MsoListParagraph|mso-list:\\s*l\\d"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_marker(
        QStringLiteral("<!(?:--)?\\[if !supportLists\\](?:--)?>(.*?)<!(?:--)?\\[endif\\](?:--)?>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression s_tags(QStringLiteral("<[^>]*>|&[a-z#0-9]+;"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_numbered(QStringLiteral("^\\s*(?:\\d+|[a-zа-я]|[ivxlc]+)[.)]"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype copied = 0;
    QString openList; // "ul"/"ol" while a list is open
    auto closeList = [&] {
        if (!openList.isEmpty())
            out += QStringLiteral("</") + openList + u'>';
        openList.clear();
    };
    for (auto it = s_paragraph.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView between = QStringView(html).mid(copied, m.capturedStart() - copied);
        const bool adjacent = between.trimmed().isEmpty();
        if (!adjacent || !s_listAttr.match(m.captured(1)).hasMatch())
            closeList();
        out += between;
        copied = m.capturedEnd();
        if (!s_listAttr.match(m.captured(1)).hasMatch()) {
            out += m.captured(0);
            continue;
        }
        QString item = m.captured(2);
        const QRegularExpressionMatch marker = s_marker.match(item);
        const QString markerText = marker.hasMatch() ? QString(marker.captured(1)).remove(s_tags) : QString();
        const QString kind =
            s_numbered.match(markerText).hasMatch() ? QStringLiteral("ol") : QStringLiteral("ul");
        if (marker.hasMatch())
            item.remove(marker.capturedStart(), marker.capturedLength());
        if (openList != kind) {
            closeList();
            openList = kind;
            out += u'<' + kind + u'>';
        }
        out += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    }
    closeList();
    out += QStringView(html).mid(copied);
    return out;
}

} // namespace

QString BodyEdit::cleanPastedHtml(const QString &html)
{
    QString raw = html;
    if (raw.contains(QLatin1String("mso-list"), Qt::CaseInsensitive) ||
        raw.contains(QLatin1String("MsoListParagraph"), Qt::CaseInsensitive))
        raw = wordListsToLists(raw);
    // Google Docs wraps a whole copy in <b style="font-weight:normal">.
    static const QRegularExpression s_notBold(
        QStringLiteral("<b\\b(?=[^>]*(?<![-a-z])font-weight:\\s*(?:normal|400))[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    if (raw.contains(QLatin1String("font-weight"), Qt::CaseInsensitive))
        raw.replace(s_notBold, QStringLiteral("<span>"));
    QString clean = normaliseBlanks(HtmlSanitizer::sanitize(raw).html, true);
    static const QRegularExpression s_href(QStringLiteral("<a href=\"([^\"]*)\">"));
    if (clean.contains(QLatin1String("<a href="))) {
        QString linked;
        linked.reserve(clean.size());
        qsizetype copied = 0;
        for (auto it = s_href.globalMatch(clean); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            linked += QStringView(clean).mid(copied, m.capturedStart(1) - copied);
            linked += withoutTracking(m.captured(1));
            copied = m.capturedEnd(1);
        }
        linked += QStringView(clean).mid(copied);
        clean = linked;
    }
    // Once more through the sanitiser: blanks at the edges of paragraphs and
    // paragraphs that held nothing but invisible characters go.
    return HtmlSanitizer::sanitize(clean).html;
}

QString BodyEdit::cleanPastedText(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const char16_t br : {u'\r', u'\v', u'\f', char16_t(0x0085), char16_t(0x2028), char16_t(0x2029)})
        t.replace(QChar(br), u'\n');
    const QStringList lines = normaliseBlanks(t, false).split(u'\n');
    // A line wrapped mid-sentence (a long line without closing punctuation,
    // the next one going on in lower case) is one paragraph again.
    QString joined;
    joined.reserve(t.size());
    QString previous;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const bool goesOn = !previous.isEmpty() && previous.size() >= 40 && !line.isEmpty() &&
                            line.at(0).isLower() &&
                            (previous.back().isLetterOrNumber() || previous.back() == u',');
        if (goesOn)
            joined += u' ';
        else if (!joined.isEmpty())
            joined += u'\n';
        joined += line;
        previous = line;
    }
    return HtmlSanitizer::fromPlainText(joined).html;
}

BodyEdit::BodyEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    connect(&m_cleaner, &QFutureWatcher<QString>::finished, this,
            [this] { insertCleanHtml(m_cleaner.result()); });
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_pasting || isReadOnly())
        return; // one paste at a time; nothing into a read-only article
    const bool html = source->hasHtml();
    const QString raw = html ? source->html() : source->text();
    if (raw.size() < LargePaste) {
        insertCleanHtml(html ? cleanPastedHtml(raw) : cleanPastedText(raw));
        return;
    }
    m_pasting = true;
    setReadOnly(true);
    emit pasteStarted();
    m_cleaner.setFuture(
        QtConcurrent::run([raw, html] { return html ? cleanPastedHtml(raw) : cleanPastedText(raw); }));
}

void BodyEdit::pastePlainText()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    QMimeData plain;
    plain.setText(text);
    insertFromMimeData(&plain);
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && event->modifiers().testFlag(Qt::ShiftModifier)) {
        pastePlainText();
        return;
    }
    if (event->key() == Qt::Key_V && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        pastePlainText();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

QVariant BodyEdit::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != u"qalam-photo")
        return QTextEdit::loadResource(type, name);
    const qint64 id = name.path().toLongLong();
    if (const auto it = m_photoImages.constFind(id); it != m_photoImages.constEnd())
        return *it;
    // The picture is decoded off the GUI thread; a grey frame stands in.
    if (!m_requested.contains(id)) {
        m_requested.insert(id);
        QMetaObject::invokeMethod(
            this, [this, id] { emit photoImageNeeded(id); }, Qt::QueuedConnection);
    }
    QImage placeholder(480, 320, QImage::Format_RGB32);
    placeholder.fill(palette().color(QPalette::Mid));
    return placeholder;
}

void BodyEdit::setPhotoImage(qint64 photoId, const QImage &image)
{
    m_photoImages.insert(photoId, image);
    document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qalam-photo:%1").arg(photoId)),
                            image);
    document()->markContentsDirty(0, document()->characterCount());
}

bool BodyEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTipProvider) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip =
            m_toolTipProvider(cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextEdit::event(event);
}

void BodyEdit::insertCleanHtml(const QString &html)
{
    // Slices of whole paragraphs: each one is a short insert, and the event
    // loop runs between them. The whole paste stays one undo step.
    m_pendingSlices.clear();
    constexpr qsizetype sliceSize = 64 * 1024;
    qsizetype start = 0;
    while (start < html.size()) {
        qsizetype end = start + sliceSize;
        if (end >= html.size()) {
            end = html.size();
        } else {
            const qsizetype close = html.indexOf(QLatin1String("</p>"), end);
            end = close < 0 ? html.size() : close + 4;
        }
        m_pendingSlices.append(html.mid(start, end - start));
        start = end;
    }
    if (m_pendingSlices.size() <= 1) {
        textCursor().insertHtml(html);
        ensureCursorVisible();
        if (m_pasting) {
            m_pasting = false;
            setReadOnly(false);
            emit pasteFinished();
        }
        return;
    }
    if (!m_pasting) {
        m_pasting = true;
        setReadOnly(true);
        emit pasteStarted();
    }
    textCursor().beginEditBlock();
    insertNextSlice();
}

void BodyEdit::insertNextSlice()
{
    if (m_pendingSlices.isEmpty()) {
        QTextCursor cursor = textCursor();
        cursor.endEditBlock();
        m_pasting = false;
        setReadOnly(false);
        ensureCursorVisible();
        emit pasteFinished();
        return;
    }
    QTextCursor cursor = textCursor();
    cursor.insertHtml(m_pendingSlices.takeFirst());
    setTextCursor(cursor);
    QTimer::singleShot(0, this, &BodyEdit::insertNextSlice);
}

} // namespace Qalam
