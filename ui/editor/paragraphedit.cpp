#include "ui/editor/paragraphedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

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
    // QPlainTextEdit's layout counts lines per block; sum the wrapped lines.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    const QMargins margins = contentsMargins();
    const int height = lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) +
                       margins.top() + margins.bottom() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace Qalam
