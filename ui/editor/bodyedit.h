#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextEdit>

#include <functional>

namespace Qalam {

// The article body editor. Whatever is pasted (browser, word processor,
// messenger) is reduced to the stored HTML subset; Ctrl+Shift+V pastes plain
// text. Large pastes are cleaned on a worker thread and inserted in slices so
// that typing and painting go on.
class BodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

    void pastePlainText();
    // What to show as the tooltip at a document position (findings, spelling).
    void setToolTipProvider(std::function<QString(int)> provider) { m_toolTipProvider = std::move(provider); }
    bool isPasting() const { return m_pasting; }

    // What a paste becomes, in the stored subset: HTML from a browser or a
    // word processor (Word's list paragraphs become lists, Google Docs'
    // all-bold wrapper is not bold), or plain text from a messenger (line
    // breaks of every kind; a line wrapped mid-sentence is joined again).
    // Links lose utm_* and click ids (fbclid, gclid, yclid, …); zero-width
    // and direction marks go; runs of spaces, tabs and non-breaking spaces
    // become one space (a lone non-breaking space stays). Any thread.
    static QString cleanPastedHtml(const QString &html);
    static QString cleanPastedText(const QString &text);

    // Pastes above this size are cleaned off the GUI thread.
    static constexpr qsizetype LargePaste = 256 * 1024;

    // Pictures of Qalam's photos ("qalam-photo:ID") shown in the text.
    void setPhotoImage(qint64 photoId, const QImage &image);

signals:
    void photoImageNeeded(qint64 photoId);
    void pasteStarted();
    void pasteFinished();

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void insertCleanHtml(const QString &html);
    void insertNextSlice();

    QFutureWatcher<QString> m_cleaner;
    QStringList m_pendingSlices;
    bool m_pasting = false;
    std::function<QString(int)> m_toolTipProvider;
    QHash<qint64, QImage> m_photoImages;
    QSet<qint64> m_requested;
};

} // namespace Qalam
