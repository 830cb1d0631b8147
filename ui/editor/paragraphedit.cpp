#include "ui/editor/paragraphedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

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
    // Measured with the font for the current width: the editor's own layout
    // is redone lazily (at paint time), so its line count lags a resize.
    const int margin = int(std::ceil(document()->documentMargin()));
    const int width = qMax(50, contentsRect().width() - 2 * margin - 4);
    const QString text = toPlainText().isEmpty() ? QStringLiteral("X") : toPlainText();
    const QRect needed =
        fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    const QMargins margins = contentsMargins();
    const int height = needed.height() + 2 * margin + margins.top() + margins.bottom() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace Qalam
