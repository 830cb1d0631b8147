// Typography benchmarks on about 1 MB (UTF-8) of Russian news text built
// from the sample article's sentences, varied with numbers, ranges, units,
// initials, quotes, dashes and dialogue lines so that every rule fires:
//   apply() on raw text                       (goal >= 20 MB/s)
//   apply() on text that is already typeset  (the common re-run)
//   edits() and check() on raw text
// Throughput counts the UTF-8 size of the input, as a file on disk would.
// Run: build/bin/qalam_bench_typography [--benchmark_repetitions=5]

#include "app/text/typography.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <benchmark/benchmark.h>

using namespace Qalam;

namespace {

// The sample article's prose paragraphs, plus sentences that exercise the
// rules the sample does not (ranges, units, initials, dialogue, ellipses).
QStringList sentences()
{
    QStringList result;
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QString paragraph = line.trimmed();
            if (paragraph.size() > 60)
                result.append(paragraph);
        }
    }
    result += {
        QStringLiteral("По данным акимата, в {from}-{to} годах на ремонт дорог направят {n} млн тенге, "
                       "а протяженность участков составит {k} км."),
        QStringLiteral("- Мы ждем воду уже {k} дней... - рассказала жительница села. - Обещали к весне."),
        QStringLiteral("Аким области Е. Т. {surname} отметил, что \"работы идут по графику\", а доля "
                       "отремонтированных школ выросла до {k} %."),
        QStringLiteral(
            "\"Проект \"Таза Қазақстан\" - это не кампания, а образ жизни\", - подчеркнул К. Токаев."),
        QStringLiteral(
            "Подробности на сайте https://example.kz/news/{from}-{to} и по адресу press@akimat.kz."),
        QStringLiteral("Ауыл тұрғындары \"жаңа мектеп\" салынатынын айтты - құрылыс {from} жылы басталады."),
    };
    return result;
}

QString newsText(qsizetype utf8Bytes)
{
    const QStringList pool = sentences();
    const QStringList surnames = {QStringLiteral("Бекенов"), QStringLiteral("Смагулова"),
                                  QStringLiteral("Иванов"), QStringLiteral("Жумабаев")};
    QRandomGenerator random(42);
    QString text;
    qsizetype bytes = 0;
    while (bytes < utf8Bytes) {
        QString paragraph;
        const int count = 2 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            QString sentence = pool[int(random.bounded(int(pool.size())))];
            const int from = 2000 + int(random.bounded(20));
            sentence.replace(QStringLiteral("{from}"), QString::number(from));
            sentence.replace(QStringLiteral("{to}"), QString::number(from + 1 + int(random.bounded(5))));
            sentence.replace(QStringLiteral("{n}"), QString::number(random.bounded(1000)));
            sentence.replace(QStringLiteral("{k}"), QString::number(random.bounded(100)));
            sentence.replace(QStringLiteral("{surname}"),
                             surnames[int(random.bounded(int(surnames.size())))]);
            paragraph += sentence;
            paragraph += u' ';
        }
        paragraph.back() = u'\n';
        bytes += paragraph.toUtf8().size();
        text += paragraph;
    }
    return text;
}

const QString &rawText()
{
    static const QString s_text = newsText(1024 * 1024);
    return s_text;
}

Typography::Options russian()
{
    Typography::Options options;
    options.language = QStringLiteral("ru");
    return options;
}

void setThroughput(benchmark::State &state, const QString &text)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.toUtf8().size()));
}

void BM_ApplyRaw(benchmark::State &state)
{
    const QString &text = rawText();
    const Typography::Options options = russian();
    for (auto _ : state)
        benchmark::DoNotOptimize(Typography::apply(text, options));
    setThroughput(state, text);
}
BENCHMARK(BM_ApplyRaw)->Unit(benchmark::kMillisecond);

void BM_ApplyTypeset(benchmark::State &state)
{
    const Typography::Options options = russian();
    const QString text = Typography::apply(rawText(), options);
    for (auto _ : state)
        benchmark::DoNotOptimize(Typography::apply(text, options));
    setThroughput(state, text);
}
BENCHMARK(BM_ApplyTypeset)->Unit(benchmark::kMillisecond);

void BM_Edits(benchmark::State &state)
{
    const QString &text = rawText();
    const Typography::Options options = russian();
    for (auto _ : state)
        benchmark::DoNotOptimize(Typography::edits(text, options));
    setThroughput(state, text);
}
BENCHMARK(BM_Edits)->Unit(benchmark::kMillisecond);

void BM_Check(benchmark::State &state)
{
    const QString &text = rawText();
    const Typography::Options options = russian();
    for (auto _ : state)
        benchmark::DoNotOptimize(Typography::check(text, options));
    setThroughput(state, text);
}
BENCHMARK(BM_Check)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
