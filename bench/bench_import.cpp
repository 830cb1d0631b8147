// Import of agency copy and web pages into structured drafts:
//   the design sample (a news page copied from a browser)
//   a 1 MB agency text (a long wire with datelines, quotes, captions and credits)
//   a 50 MB HTML page, read from disk (goal: a few seconds, memory under ~10x the file)
// Run: build-rel/bin/qalam_bench_import --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "app/import/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qalam;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets the process's peak resident size to what it holds now (Linux),
// after handing freed heap back, so that the next peak is this import's.
bool resetPeakRss()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void BM_ImportSamplePage(benchmark::State &state)
{
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("the shared fixtures are not beside this checkout");
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (auto _ : state) {
        const ImportedDraft draft = Importer::fromText(text);
        if (draft.photos.size() != 4)
            state.SkipWithError("the sample was not recognised");
        benchmark::DoNotOptimize(draft.paragraphs.size());
    }
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}
BENCHMARK(BM_ImportSamplePage)->Unit(benchmark::kMicrosecond);

// A long wire: a headline, a dateline lead, paragraphs with quotes and
// attributions, captions with credit lines, and chrome at the end.
QString agencyText(qsizetype bytes)
{
    const QStringList paragraphs = {
        QStringLiteral(
            "Глава государства провел совещание с акимами областей и поручил ускорить ремонт дорог "
            "в регионах, сообщает пресс-служба Акорды."),
        QStringLiteral(
            "«Мы должны завершить ремонт дорог до конца сезона. Никаких переносов сроков не будет», – "
            "заявил Касым-Жомарт Токаев."),
        QStringLiteral(
            "По данным министерства транспорта, в этом году отремонтируют более 12 тысяч километров "
            "дорог, из них 4 тысячи – местного значения."),
        QStringLiteral(
            "Аким области отметил, что подрядчики уже вышли на объекты, а контроль качества возьмут "
            "на себя общественные наблюдатели."),
        QStringLiteral("«Жол жөндеу жұмыстары кестеге сай жүріп жатыр», – деді облыс әкімі."),
    };
    QString text =
        QStringLiteral("Токаев поручил ускорить ремонт дорог в регионах\n\n"
                       "АСТАНА. 12 марта. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев провел "
                       "совещание по развитию дорожной отрасли.\n\n");
    int i = 0;
    while (text.size() * 2 < bytes) {
        text += paragraphs[i % paragraphs.size()] + QStringLiteral("\n\n");
        if (++i % 12 == 0)
            text += QStringLiteral("Ремонт дороги в Акмолинской области\nФото: Kazinform\n\n");
    }
    text += QStringLiteral("Подпишитесь на наш канал в Telegram\nInstagram\nЗакладки\n");
    return text;
}

void BM_ImportAgencyText1MB(benchmark::State &state)
{
    const QString text = agencyText(1024 * 1024);
    for (auto _ : state) {
        const ImportedDraft draft = Importer::fromText(text);
        if (draft.dateline.isEmpty() || draft.photos.isEmpty())
            state.SkipWithError("the wire was not recognised");
        benchmark::DoNotOptimize(draft.paragraphs.size());
    }
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}
BENCHMARK(BM_ImportAgencyText1MB)->Unit(benchmark::kMillisecond);

// A saved page of 50 MB: navigation, an article of many thousand paragraphs
// with formatting, links, figures and "read also" lists, comments, a footer.
QString hugePagePath(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("page.html"));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Архив</title>"
                       "<style>p{margin:0}</style><script>var counter = 0;</script></head><body>"
                       "<header><nav><ul><li><a href=\"/\">Главная</a></li><li><a href=\"/r\">Регионы</a>"
                       "</li><li><a href=\"/s\">Спорт</a></li></ul></nav></header>"
                       "<div class=\"cookie-banner\">Мы используем файлы cookie.</div><main><article>"
                       "<h1>Стенограмма сессий маслихата за десять лет</h1>"
                       "<p class=\"author\">Автор: Ержан Султанов, корреспондент</p>"
                       "<p class=\"lead\">Маслихат опубликовал стенограмму всех сессий, передает "
                       "пресс-служба маслихата.</p>\n")
            .toUtf8());
    const QByteArray paragraph =
        QStringLiteral("<p>Депутаты обсудили бюджет города на <b>2025 год</b>, ремонт дорог и "
                       "<a href=\"https://example.kz/doc?utm_source=x&amp;id=1\">строительство школ</a>; «Мы "
                       "выполним план», – сказал аким города Ержан Бекетов.</p>\n")
            .toUtf8();
    const QByteArray figure =
        QStringLiteral("<figure><img src=\"https://example.kz/p.jpg\" alt=\"Зал\"><figcaption>"
                       "Зал заседаний. Фото: пресс-служба маслихата</figcaption></figure>\n")
            .toUtf8();
    const QByteArray related =
        QStringLiteral(
            "<aside><ul><li><a href=\"/1\">Ещё новость один</a></li><li><a href=\"/2\">Ещё новость "
            "два</a></li><li><a href=\"/3\">Ещё новость три</a></li></ul></aside>\n")
            .toUtf8();
    qint64 written = file.pos();
    for (int i = 1; written < 50 * 1024 * 1024; ++i) {
        written += file.write(paragraph);
        if (i % 50 == 0)
            written += file.write(figure);
        if (i % 120 == 0)
            written += file.write(related);
    }
    file.write(
        QStringLiteral("</article></main><section class=\"comments\"><p>Отличная новость!</p></section>"
                       "<footer><p>© Все права защищены.</p></footer></body></html>")
            .toUtf8());
    return path;
}

void BM_ImportHtmlPage50MB(benchmark::State &state)
{
    static QTemporaryDir s_dir;
    const QString path = hugePagePath(s_dir.path());
    const qint64 size = QFileInfo(path).size();
    qint64 peakKb = 0;
    qint64 baseKb = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const bool reset = resetPeakRss();
        baseKb = statusKb("VmRSS:");
        state.ResumeTiming();
        {
            const auto draft = Importer::fromFile(path);
            if (!draft || draft->headline.isEmpty() || draft->paragraphs.size() < 100000)
                state.SkipWithError("the page was not recognised");
            benchmark::DoNotOptimize(draft->paragraphs.size());
            state.PauseTiming();
            if (reset)
                peakKb = std::max(peakKb, statusKb("VmHWM:"));
            state.ResumeTiming();
        }
    }
    state.SetBytesProcessed(state.iterations() * size);
    state.counters["file_mb"] = double(size) / (1024.0 * 1024.0);
    state.counters["peak_rss_mb"] = double(peakKb) / 1024.0;
    state.counters["import_peak_mb"] = double(peakKb - baseKb) / 1024.0;
    state.counters["peak_over_file"] = double(peakKb - baseKb) * 1024.0 / double(size);
}
BENCHMARK(BM_ImportHtmlPage50MB)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
