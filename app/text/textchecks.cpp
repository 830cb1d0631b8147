#include "app/text/textchecks.h"

#include <algorithm>

namespace Qalam {

TextChecks::Output TextChecks::run(const Input &input, const SpellChecker *spelling)
{
    Output out;
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = input.headlineFirst;
    out.quotes = QuoteAnalyzer::analyze(input.text, options);
    if (spelling && spelling->isValid()) {
        // Names in quotation marks (papers, parties, films) are not words of
        // the language.
        QList<SpellChecker::Range> skip;
        for (const Quote &q : std::as_const(out.quotes.quotes))
            if (q.kind == Quote::Kind::Title)
                skip.append({q.start, q.end});
        out.misspellings = spelling->check(input.text, skip);
    }
    if (input.typography) {
        Typography::Options typo;
        typo.language = input.language;
        typo.dash = input.dash;
        out.typography = Typography::check(input.text, typo);
    }
    return out;
}

QList<Finding> TextChecks::Output::findings() const
{
    QList<Finding> all = quotes.findings;
    for (const SpellChecker::Misspelling &m : misspellings)
        all.append({Finding::Severity::Warning, QStringLiteral("spelling"),
                    TextChecks::tr("Unknown word: %1").arg(m.word), m.start, m.end});
    all.append(typography);
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return all;
}

bool TextChecks::Output::hasErrors() const
{
    const QList<Finding> all = findings();
    return std::any_of(all.cbegin(), all.cend(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

} // namespace Qalam
