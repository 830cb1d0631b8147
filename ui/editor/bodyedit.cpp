#include "ui/editor/bodyedit.h"

#include "app/text/htmlsanitizer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

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
        insertCleanHtml(html ? HtmlSanitizer::sanitize(raw).html : HtmlSanitizer::fromPlainText(raw).html);
        return;
    }
    m_pasting = true;
    setReadOnly(true);
    emit pasteStarted();
    m_cleaner.setFuture(QtConcurrent::run([raw, html] {
        return html ? HtmlSanitizer::sanitize(raw).html : HtmlSanitizer::fromPlainText(raw).html;
    }));
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
