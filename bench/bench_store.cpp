// Storage benchmarks on 10,000 generated articles of 600–1,500 words:
//   open the database and fill the article list model   (goal < 150 ms)
//   one full-text query                                  (goal < 10 ms median)
//   autosave of a 5,000-word article                     (goal < 5 ms)
// Run: build/bin/qalam_bench_store [--benchmark_repetitions=5]
// The generated database is kept in the system temp folder between runs
// (QALAM_BENCH_DB overrides the path).

#include "app/model/articlelistmodel.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/text/htmlsanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>

using namespace Qalam;

namespace {

const QStringList &vocabulary()
{
    static const QStringList s_words =
        QStringLiteral(
            "аким область город район жители школа дорога вода тепло автобус маршрут больница врач учитель "
            "президент глава государства совещание поручение закон граждане работа занятость молодежь резерв "
            "строительство ремонт трубопровод отопление сезон весна паводок спасатели мешки песок дамба река "
            "фестиваль кино режиссер зритель премия культура театр музей библиотека парк дерево саженец двор "
            "бюджет тенге миллион миллиард программа проект инвестиции завод предприятие фермер урожай "
            "пшеница "
            "сказал заявил отметил подчеркнул добавил пояснил сообщил рассказал считает уверен передает "
            "Алматы Астана Шымкент Караганда Туркестан Петропавловск Семей Актобе Павлодар Костанай "
            "Токаев акимат министерство департамент управление пресс-служба "
            "ауыл мектеп жол су жылу көлік аурухана дәрігер мұғалім әкім облыс қала тұрғындар")
            .split(u' ', Qt::SkipEmptyParts);
    return s_words;
}

// Newsroom prose has a few very common words and a long tail of rare ones:
// the real words above plus 20,000 made-up ones, drawn log-uniformly by rank
// (a Zipf-like spread), so that a search term matches tens to thousands of
// articles as it would in a real archive.
const QStringList &corpusWords()
{
    static const QStringList s_corpus = [] {
        QStringList words = vocabulary();
        const QStringList syllables =
            QStringLiteral("ка ра ма та на са ла ба да жа ке ре ме те не се ле бе де же "
                           "ко ро мо то но со ло бо до жо қа ға ңы ө ұ ү і ша ча")
                .split(u' ');
        QRandomGenerator rng(42);
        while (words.size() < 20000) {
            QString w;
            const int n = 2 + int(rng.bounded(3));
            for (int i = 0; i < n; ++i)
                w += syllables.at(rng.bounded(int(syllables.size())));
            words.append(w);
        }
        return words;
    }();
    return s_corpus;
}

QString pickWord(QRandomGenerator &rng)
{
    const QStringList &words = corpusWords();
    const double rank = std::exp(rng.generateDouble() * std::log(double(words.size())));
    return words.at(qBound(0, int(rank) - 1, int(words.size()) - 1));
}

QString paragraphs(QRandomGenerator &rng, int words)
{
    QString html;
    int left = words;
    while (left > 0) {
        const int n = qMin(left, 40 + int(rng.bounded(60)));
        QString p;
        for (int i = 0; i < n; ++i) {
            if (i)
                p += u' ';
            p += pickWord(rng);
        }
        html += QStringLiteral("<p>") + HtmlSanitizer::escape(p) + QStringLiteral(".</p>");
        left -= n;
    }
    return html;
}

QString benchDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("QALAM_BENCH_DB");
    return fromEnv.isEmpty() ? QDir::temp().filePath(QStringLiteral("qalam-bench-10k-v2.sqlite")) : fromEnv;
}

constexpr int ArticleCount = 10000;

// Generates the 10,000 articles once, through the store's own create().
void ensureBenchDatabase()
{
    const QString path = benchDatabasePath();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        std::exit(1);
    }
    ArticleStore store(*db);
    const int existing = store.count().ok() ? store.count().value() : 0;
    if (existing >= ArticleCount)
        return;
    std::fprintf(stderr, "generating %d articles in %s …\n", ArticleCount - existing, qPrintable(path));
    QRandomGenerator rng(20261128);
    const QStringList regions = {QStringLiteral("Алматы"), QStringLiteral("Астана"),
                                 QStringLiteral("Шымкент"), QStringLiteral("Караганда")};
    for (int i = existing; i < ArticleCount; ++i) {
        Article a;
        a.headline = pickWord(rng) + u' ' + pickWord(rng) + u' ' + pickWord(rng);
        a.lead = QStringLiteral("Лид материала %1.").arg(i);
        a.bodyHtml = paragraphs(rng, 600 + int(rng.bounded(901)));
        a.region = regions.at(i % regions.size());
        a.authors = {Author{0, QStringLiteral("Автор %1").arg(i % 40), QStringLiteral("Корреспондент"), {}}};
        if (!store.create(a, QStringLiteral("generated"))) {
            std::fprintf(stderr, "generation failed\n");
            std::exit(1);
        }
    }
}

void BM_OpenAndFillArticleList(benchmark::State &state)
{
    for (auto _ : state) {
        auto db = Database::open(benchDatabasePath());
        ArticleStore store(*db);
        auto rows = store.list();
        ArticleListModel model;
        model.setArticles(*rows);
        benchmark::DoNotOptimize(model.rowCount());
        if (model.rowCount() < ArticleCount)
            state.SkipWithError("the list is incomplete");
    }
}
BENCHMARK(BM_OpenAndFillArticleList)->Unit(benchmark::kMillisecond);

void BM_FullTextQuery(benchmark::State &state)
{
    auto db = Database::open(benchDatabasePath());
    ArticleStore store(*db);
    // Words from the middle and the tail of the distribution, a two-word
    // query and a prefix, as an editor types them.
    const QStringList &words = corpusWords();
    const QStringList queries = {words.at(150), words.at(900), words.at(4000) + u' ' + words.at(300),
                                 words.at(2500).left(4), words.at(12000)};
    int i = 0;
    qint64 rowsFound = 0;
    for (auto _ : state) {
        ArticleFilter filter;
        filter.search = queries.at(i++ % queries.size());
        auto rows = store.list(filter);
        rowsFound += rows.ok() ? rows->size() : 0;
    }
    state.counters["rows_per_query"] = benchmark::Counter(double(rowsFound) / double(state.iterations()));
}
BENCHMARK(BM_FullTextQuery)->Unit(benchmark::kMillisecond);

void BM_Autosave5000Words(benchmark::State &state)
{
    auto db = Database::open(benchDatabasePath());
    ArticleStore store(*db);
    QRandomGenerator rng(5000);
    Article a;
    a.headline = QStringLiteral("Большой материал на 5000 слов");
    a.bodyHtml = paragraphs(rng, 5000);
    auto created = store.create(a);
    Article current = *created;
    int n = 0;
    for (auto _ : state) {
        current.lead = QStringLiteral("Правка %1").arg(++n); // every save differs
        auto saved = store.save(current, ArticleStore::SaveKind::Autosave);
        if (!saved) {
            state.SkipWithError("save failed");
            break;
        }
        current = *saved;
    }
}
BENCHMARK(BM_Autosave5000Words)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ensureBenchDatabase();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
