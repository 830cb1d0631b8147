// Review and sign-in benchmarks:
//   the word diff of a 5,000-word Russian article with about 5% of its words
//   changed (replaced, inserted, removed)           (goal < 50 ms)
//   the same article against an unrelated one (the "all removed, all added"
//   fallback must stay fast too)
//   the same words shuffled (the worst case for the diff's time budget)
//   one password hash at Password::DefaultIterations (the sign-in cost)
// Run: build/bin/qalam_bench_workflow [--benchmark_repetitions=5]

#include "app/people/password.h"
#include "app/text/worddiff.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace Qalam;

namespace {

// The words of the sample article, and some of the newsroom's own.
QStringList vocabulary()
{
    QStringList words;
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (file.open(QIODevice::ReadOnly))
        words = QString::fromUtf8(file.readAll())
                    .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    words += {QStringLiteral("аким"),   QStringLiteral("области"), QStringLiteral("сообщил,"),
              QStringLiteral("что"),    QStringLiteral("в"),       QStringLiteral("2026"),
              QStringLiteral("году"),   QStringLiteral("школы"),   QStringLiteral("«Ақорда»"),
              QStringLiteral("тенге."), QStringLiteral("—"),       QStringLiteral("жители")};
    return words;
}

// `words` words in paragraphs of 40 to 120 words.
QString article(QRandomGenerator &random, const QStringList &pool, int words)
{
    QString text;
    int untilBreak = 40 + int(random.bounded(80));
    for (int i = 0; i < words; ++i) {
        text += pool[int(random.bounded(int(pool.size())))];
        if (--untilBreak == 0) {
            text += u'\n';
            untilBreak = 40 + int(random.bounded(80));
        } else {
            text += u' ';
        }
    }
    return text;
}

// About `percent`% of the words replaced, inserted or removed.
QString edited(QRandomGenerator &random, const QStringList &pool, const QString &text, int percent)
{
    QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (int(random.bounded(100)) >= percent)
            continue;
        switch (random.bounded(3)) {
        case 0:
            words[i] = pool[int(random.bounded(int(pool.size())))];
            break;
        case 1:
            words.insert(i++, pool[int(random.bounded(int(pool.size())))]);
            break;
        default:
            words.removeAt(i--);
            break;
        }
    }
    return words.join(u' ');
}

struct Pair
{
    QString before;
    QString after;
};

const Pair &revisedArticle()
{
    static const Pair s_pair = [] {
        QRandomGenerator random(2026);
        const QStringList pool = vocabulary();
        Pair p;
        p.before = article(random, pool, 5000);
        p.after = edited(random, pool, p.before, 5);
        return p;
    }();
    return s_pair;
}

void BM_WordDiff5000Words5Percent(benchmark::State &state)
{
    const Pair &p = revisedArticle();
    qsizetype segments = 0;
    for (auto _ : state) {
        const auto diff = WordDiff::compare(p.before, p.after);
        segments = diff.size();
        benchmark::DoNotOptimize(diff);
    }
    state.counters["segments"] = double(segments);
}
BENCHMARK(BM_WordDiff5000Words5Percent)->Unit(benchmark::kMillisecond);

void BM_WordDiff5000WordsUnrelated(benchmark::State &state)
{
    QRandomGenerator random(7);
    const QString other = article(random,
                                  {QStringLiteral("lorem"), QStringLiteral("ipsum"), QStringLiteral("dolor"),
                                   QStringLiteral("sit"), QStringLiteral("amet")},
                                  5000);
    const QString &before = revisedArticle().before;
    for (auto _ : state)
        benchmark::DoNotOptimize(WordDiff::compare(before, other));
}
BENCHMARK(BM_WordDiff5000WordsUnrelated)->Unit(benchmark::kMillisecond);

// The worst case the budget cannot foresee: the same words in another order.
void BM_WordDiff5000WordsShuffled(benchmark::State &state)
{
    const QString &before = revisedArticle().before;
    QStringList words = before.split(u' ');
    QRandomGenerator random(9);
    std::shuffle(words.begin(), words.end(), random);
    const QString after = words.join(u' ');
    for (auto _ : state)
        benchmark::DoNotOptimize(WordDiff::compare(before, after));
}
BENCHMARK(BM_WordDiff5000WordsShuffled)->Unit(benchmark::kMillisecond);

void BM_PasswordHashDefaultIterations(benchmark::State &state)
{
    const QString password = QStringLiteral("Колмакова-2026!");
    for (auto _ : state)
        benchmark::DoNotOptimize(Password::hash(password));
    state.counters["iterations"] = Password::DefaultIterations;
}
BENCHMARK(BM_PasswordHashDefaultIterations)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
