#pragma once

#include <QPlainTextEdit>

namespace Qalam {

// One paragraph that grows to as many lines as it needs and never holds a
// line break: the headline (newsroom headlines are long) and the lead. Enter
// moves on to the next field; pasted line breaks become spaces.
class ParagraphEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ParagraphEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};

} // namespace Qalam
