#pragma once

#include <QString>

namespace Qalam {

// Length figures a Russian-language newsroom plans with: words, characters with
// spaces ("знаки с пробелами") and without, and reading time at 180 words a minute
// (a common figure for Russian news prose).
struct TextStats
{
    int words = 0;
    int charactersWithSpaces = 0;
    int charactersWithoutSpaces = 0;
    int readingMinutes = 0;

    static TextStats of(const QString &plainText);
    static constexpr int WordsPerMinute = 180;
};

} // namespace Qalam
