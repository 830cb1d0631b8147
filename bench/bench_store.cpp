// Storage benchmarks on 10,000 generated articles of 600–1,500 words:
//   open the database and fill the article list model   (goal < 150 ms)
//   one full-text query                                  (goal < 10 ms median)
//   autosave of a 5,000-word article                     (goal < 5 ms)
// Run: build/bin/qalam_bench [--benchmark_repetitions=5]
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

#include <cstdio>

using namespace Qalam;

namespace {

const QStringList &vocabulary()
{
    static const QStringList s_words = QStringLiteral(
        "аким область город район жители школа дорога вода тепло автобус маршрут больница врач учитель "
        "президент глава государства совещание поручение закон граждане работа занятость молодежь резерв "
        "строительство ремонт трубопровод отопление сезон весна паводок спасатели мешки песок дамба река "
        "фестиваль кино режиссер зритель премия культура театр музей библиотека парк дерево саженец двор "
        "бюджет тенге миллион миллиард программа проект инвестиции завод предприятие фермер урожай пшеница "
        "сказал заявил отметил подчеркнул добавил пояснил сообщил рассказал считает уверен передает "
        "Алматы Астана Шымкент Караганда Туркестан Петропавловск Семей Актобе Павлодар Костанай "
        "Токаев акимат министерство департамент управление пресс-служба "
        "ауыл мектеп жол су жылу көлік аурухана дәрігер мұғалім әкім облыс қала тұрғындар")
                                               .split(u' ', Qt::SkipEmptyParts);
    return s_words;
}

QString paragraphs(QRandomGenerator &rng, int words)
{
    const QStringList &vocab = vocabulary();
    QString html;
    int left = words;
    while (left > 0) {
        const int n = qMin(left, 40 + int(rng.bounded(60)));
        QString p;
        for (int i = 0; i < n; ++i) {
            if (i)
                p += u' ';
            p += vocab.at(rng.bounded(int(vocab.size())));
        }
        html += QStringLiteral("<p>") + HtmlSanitizer::escape(p) + QStringLiteral(".</p>");
        left -= n;
    }
    return html;
}

QString benchDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("QALAM_BENCH_DB");
    return fromEnv.isEmpty() ? QDir::temp().filePath(QStringLiteral("qalam-bench-10k.sqlite")) : fromEnv;
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
    const QStringList regions = {QStringLiteral("Алматы"), QStringLiteral("Астана"), QStringLiteral("Шымкент"),
                                 QStringLiteral("Караганда")};
    for (int i = existing; i < ArticleCount; ++i) {
        Article a;
        a.headline = QStringLiteral("Материал %1: ").arg(i) + vocabulary().at(rng.bounded(int(vocabulary().size())));
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
    const QStringList queries = {QStringLiteral("токаев"), QStringLiteral("паводок дамба"),
                                 QStringLiteral("фестив"), QStringLiteral("әкім"),
                                 QStringLiteral("материал 4242")};
    int i = 0;
    for (auto _ : state) {
        ArticleFilter filter;
        filter.search = queries.at(i++ % queries.size());
        auto rows = store.list(filter);
        benchmark::DoNotOptimize(rows.ok());
    }
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
