// Quote analysis and highlighting:
//   quote analysis of 1 MB of news text            (goal < 30 ms)
//   re-highlighting after one keystroke, 10,000 words (goal < 1 ms median)
// Run: build-rel/bin/qalam_bench_quotes --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "app/text/quoteanalyzer.h"
#include "ui/editor/quotehighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <benchmark/benchmark.h>

using namespace Qalam;

namespace {

// Paragraphs in the shape of Kazakhstan news: quotes with attributions,
// titles, split quotes, a relaying source, plain reporting.
const QStringList &paragraphs()
{
    static const QStringList s_paragraphs = {
        QStringLiteral("Глава государства Касым-Жомарт Токаев провел рабочее совещание с акимами областей, "
                       "передает Акорда."),
        QStringLiteral("«В стране должен царить закон. Перед законом все равны: и представители власти, и "
                       "граждане», – заявил Касым-Жомарт Токаев."),
        QStringLiteral("По словам главы государства, «оценка работы акимов будет основываться на решении "
                       "проблемы занятости»."),
        QStringLiteral("Аким области отметил: «Мы завершим ремонт дорог до конца сезона»."),
        QStringLiteral("«Работы идут по графику, – подчеркнул министр. – Первые участки откроем в мае»."),
        QStringLiteral("Представители партии «Аманат» и компании «Казахтелеком» приняли участие во встрече."),
        QStringLiteral("В завершение глава государства дал ряд других конкретных поручений, в том числе по "
                       "развитию малого и среднего бизнеса в регионах."),
        QStringLiteral("«Жаңа жол ашылады», – деді облыс әкімі."),
    };
    return s_paragraphs;
}

QString newsText(qsizetype bytes)
{
    QString text;
    int i = 0;
    while (text.toUtf8().size() < bytes) {
        for (int k = 0; k < 200; ++k)
            text += paragraphs().at(i++ % paragraphs().size()) + u'\n';
    }
    return text;
}

void BM_QuoteAnalysis1MB(benchmark::State &state)
{
    const QString text = newsText(1024 * 1024);
    for (auto _ : state) {
        const auto analysis = QuoteAnalyzer::analyze(text);
        benchmark::DoNotOptimize(analysis.quotes.size());
    }
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}
BENCHMARK(BM_QuoteAnalysis1MB)->Unit(benchmark::kMillisecond);

// Counts the paragraphs the highlighter colours, to prove it ran.
class CountingHighlighter : public QuoteHighlighter
{
public:
    using QuoteHighlighter::QuoteHighlighter;
    int blocks = 0;

protected:
    void highlightBlock(const QString &text) override
    {
        ++blocks;
        QuoteHighlighter::highlightBlock(text);
    }
};

void BM_RehighlightAfterKeystroke(benchmark::State &state)
{
    // About 10,000 words.
    QString text;
    int words = 0;
    int i = 0;
    while (words < 10000) {
        const QString &p = paragraphs().at(i++ % paragraphs().size());
        text += p + u'\n';
        words += int(p.split(u' ', Qt::SkipEmptyParts).size());
    }
    QTextDocument document;
    document.setPlainText(text);
    document.documentLayout(); // as in an editor: edits are reported to a layout
    CountingHighlighter highlighter(&document);
    // QSyntaxHighlighter colours a new document from the event loop and
    // ignores edits until it has: let that happen, as it does in the editor.
    QCoreApplication::processEvents();
    int &blocksHighlighted = highlighter.blocks;
    blocksHighlighted = 0;
    QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfWord);
    bool insert = true;
    for (auto _ : state) {
        // One keystroke: the highlighter re-colours the paragraph it touched.
        if (insert)
            cursor.insertText(QStringLiteral("а"));
        else
            cursor.deletePreviousChar();
        insert = !insert;
    }
    state.counters["words"] = words;
    if (blocksHighlighted == 0)
        state.SkipWithError("the highlighter did not run");
}
BENCHMARK(BM_RehighlightAfterKeystroke)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
