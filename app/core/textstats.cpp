#include "app/core/textstats.h"

namespace Qalam {

TextStats TextStats::of(const QString &plainText)
{
    TextStats stats;
    bool inWord = false;
    for (const QChar c : plainText) {
        // A surrogate pair is one character; so is a letter with a combining
        // mark (decomposed text pasted from macOS: "и" + U+0306 is "й").
        if (c.isLowSurrogate() || c.isMark())
            continue;
        const bool space = c.isSpace() || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
        if (c != QChar::ParagraphSeparator && c != QChar::LineSeparator && c != u'\n' && c != u'\r')
            ++stats.charactersWithSpaces;
        if (!space)
            ++stats.charactersWithoutSpaces;
        // A word is a run of letters or digits; hyphens and apostrophes inside
        // keep it one word (Касым-Жомарт, don't), dashes between spaces do not count.
        const bool wordChar = c.isLetterOrNumber() || c.isHighSurrogate() ||
                              (inWord && (c == u'-' || c == u'\'' || c == u'\u2019'));
        if (wordChar && !inWord)
            ++stats.words;
        inWord = wordChar;
    }
    stats.readingMinutes = stats.words == 0 ? 0 : (stats.words + WordsPerMinute - 1) / WordsPerMinute;
    return stats;
}

} // namespace Qalam
