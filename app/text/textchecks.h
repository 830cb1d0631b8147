#pragma once

#include "app/core/finding.h"
#include "app/text/quoteanalyzer.h"
#include "app/text/spellchecker.h"
#include "app/text/typography.h"

namespace Qalam {

// Every check of a text in one pass: quotations (with their findings),
// spelling (skipping quoted titles) and, when asked, typography. The editor
// runs it on a worker thread after typing stops; `qalam-cli check` prints its
// findings. The SpellChecker belongs to the calling thread (or is null: no
// spelling).
class TextChecks
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::TextChecks)

public:
    struct Input
    {
        QString text;               // paragraphs separated by '\n'
        bool headlineFirst = false; // an article: headline, lead and body, a line each
        QString language = QStringLiteral("ru");
        bool typography = false; // include typography findings
        Typography::Dash dash = Typography::Dash::Em;
    };

    struct Output
    {
        QuoteAnalyzer::Analysis quotes;
        QList<SpellChecker::Misspelling> misspellings;
        QList<Finding> typography;
        // Quote, placeholder, spelling and typography findings, by position.
        QList<Finding> findings() const;
        bool hasErrors() const;
    };

    static Output run(const Input &input, const SpellChecker *spelling);
};

} // namespace Qalam
