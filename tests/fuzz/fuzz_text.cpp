// libFuzzer target for the text passes: the quote analysis, typography and
// the HTML sanitiser must never crash, hang or break their own promises on
// any input. Built with clang by -DQALAM_FUZZ=ON; scripts/test.sh runs it for
// a bounded number of inputs.

#include "app/text/htmlsanitizer.h"
#include "app/text/quoteanalyzer.h"
#include "app/text/typography.h"

#include <cstdint>
#include <cstdlib>

using namespace Qalam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // Quotes: every quotation lies inside the text, in order, with sane parts.
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = size > 0 && (data[0] & 1);
    const auto analysis = QuoteAnalyzer::analyze(text, options);
    for (const Quote &q : analysis.quotes) {
        if (q.start < 0 || q.end > text.size() || q.start >= q.end)
            std::abort();
        if (q.speakerStart >= 0 && (q.speakerEnd > text.size() || q.speakerStart > q.speakerEnd))
            std::abort();
    }
    for (const Finding &f : analysis.findings)
        if (f.start < 0 || f.end > text.size() || f.start > f.end)
            std::abort();

    // Typography: idempotent, and its edits rebuild what apply() returns.
    for (const char *language : {"ru", "en"}) {
        Typography::Options typo;
        typo.language = QString::fromLatin1(language);
        const QString once = Typography::apply(text, typo);
        if (Typography::apply(once, typo) != once)
            std::abort();
        QString rebuilt = text;
        const auto edits = Typography::edits(text, typo);
        for (auto it = edits.crbegin(); it != edits.crend(); ++it)
            rebuilt.replace(it->position, it->length, it->replacement);
        if (rebuilt != once)
            std::abort();
    }

    // Sanitiser: its output is a fixed point.
    const QString html = HtmlSanitizer::sanitize(text).html;
    if (HtmlSanitizer::sanitize(html).html != html)
        std::abort();
    return 0;
}
