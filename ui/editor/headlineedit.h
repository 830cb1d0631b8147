#pragma once

#include <QPlainTextEdit>

namespace Qalam {

// The headline: one paragraph that wraps onto as many lines as it needs
// (newsroom headlines are long), never a line break inside. Enter moves on to
// the lead; pasted line breaks become spaces.
class HeadlineEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HeadlineEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace Qalam
