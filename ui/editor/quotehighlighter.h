#pragma once

#include "app/core/finding.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Qalam {

// Colours direct quotations, their speakers and speech verbs in a text
// document, and draws a wavy underline (with a tooltip) under the findings of
// the last whole-document check. Each paragraph is analysed on its own when it
// is (re)highlighted, so a keystroke costs one paragraph; whether a paragraph
// ends inside an open quotation is carried to the next one as block state.
// Lives on the GUI thread with its document.
class QuoteHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // `headline`: the document is a headline, where «Q»: X – Y names X.
    QuoteHighlighter(QTextDocument *document, bool headline = false);

    // Findings of the whole text, offsets in the document's plain text.
    // Re-highlights only the paragraphs whose underlines change.
    void setFindings(const QList<Finding> &findings);
    // Misspelled words: offsets in the document's plain text.
    void setMisspellings(const QList<QPair<int, int>> &ranges);
    // The finding under a document position, for tooltips.
    QString findingAt(int position) const;

    void setDarkPalette(bool dark);

    struct Formats
    {
        QTextCharFormat quote;
        QTextCharFormat title;
        QTextCharFormat speaker;
        QTextCharFormat verb;
    };
    const Formats &formats() const { return m_formats; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Mark
    {
        int start; // within the block
        int end;
        Finding::Severity severity;
        QString message;
        bool spelling = false;
    };
    void updateMarks(QHash<int, QList<Mark>> marks, bool spelling);

    bool m_headline;
    Formats m_formats;
    QHash<int, QList<Mark>> m_findingMarks;  // block number → marks
    QHash<int, QList<Mark>> m_spellingMarks; // block number → marks
};

} // namespace Qalam
