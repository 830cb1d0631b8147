#pragma once

#include "app/core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Qalam {

// One direct quotation found in a text.
struct Quote
{
    enum class Kind { Speech, Title };

    QString text;  // the quoted words, without the marks
    int start = 0; // the whole quotation, marks included (UTF-16 offsets in the analysed text)
    int end = 0;   // one past the closing mark
    int level = 0; // 0 outermost, 1 nested inside another quote
    Kind kind = Kind::Speech;
    QString speaker; // "Касым-Жомарт Токаев", "глава государства"; empty when unattributed
    int speakerStart = -1;
    int speakerEnd = -1;
    QString verb; // "заявил", "said"; empty when the attribution has none ("По словам X")
    int verbStart = -1;
    int verbEnd = -1;
    int paragraph = 0; // index of the paragraph (line) the quote starts in
    bool attributed = false;

    bool operator==(const Quote &) const = default;
    static QString kindKey(Kind kind); // "speech", "title"
};

// Finds direct quotations and who said them in Russian, Kazakh and English
// news text: «…» with „…“ or “…” nested, “…”, „…“, ‘…’, straight "…" paired
// by context, dialogue lines opened by a dash; attribution before, after and
// around the quote (split quotes), the headline form «Q»: X – Y, quotes that
// go on into the next paragraph. Quoted names of organisations, papers and
// programmes are titles, not speech. A relaying source ("передает Акорда")
// is the report's source, not a speaker. Pure functions, linear in the text
// length; safe on any thread.
class QuoteAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::QuoteAnalyzer)

public:
    struct Options
    {
        bool firstParagraphIsHeadline = false; // the headline form applies to paragraph 0
        int longQuoteWords = 60;               // longer quotes get an info finding
        QString headline;                      // when set: a headline quote must appear verbatim in the text
    };

    struct Analysis
    {
        QList<Quote> quotes;       // in text order
        QList<Finding> findings;   // "quote.*" and "placeholder" codes
        QString sourceAttribution; // "передает Акорда" when the text carries one
        int unattributedCount() const;
    };

    // `text`: paragraphs separated by '\n' (an article's plain text).
    static Analysis analyze(const QString &text, const Options &options);
    static Analysis analyze(const QString &text) { return analyze(text, Options()); }
};

} // namespace Qalam
