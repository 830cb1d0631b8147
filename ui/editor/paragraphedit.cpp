#include "ui/editor/paragraphedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

namespace Qalam {

ParagraphEdit::ParagraphEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &ParagraphEdit::fitHeight);
}

void ParagraphEdit::setText(const QString &text)
{
    setPlainText(text);
    fitHeight();
}

QSize ParagraphEdit::sizeHint() const
{
    return {400, height()};
}

QSize ParagraphEdit::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 12};
}

void ParagraphEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ParagraphEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText())
        return;
    insertPlainText(source->text().simplified());
}

void ParagraphEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void ParagraphEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void ParagraphEdit::fitHeight()
{
    // Laid out here as the editor lays out its one block (QPlainTextDocumentLayout:
    // the document's font and wrap mode, the viewport's width less the
    // document margin, leading included): the editor's own layout is redone
    // lazily, at paint time, so it lags a resize or an edit. Measuring with
    // QFontMetrics wrapped differently and cut the last line of long leads.
    const qreal margin = document()->documentMargin();
    const qreal width = qMax<qreal>(20, viewport()->width() - 2 * margin);
    QTextLayout layout(toPlainText().isEmpty() ? QStringLiteral("X") : toPlainText(),
                       document()->defaultFont());
    layout.setTextOption(document()->defaultTextOption());
    qreal textHeight = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        textHeight += line.height();
        if (line.leading() < 0)
            textHeight += std::ceil(line.leading());
    }
    layout.endLayout();
    const QMargins frame = contentsMargins();
    const int height = int(std::ceil(textHeight + 2 * margin)) + frame.top() + frame.bottom();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace Qalam
