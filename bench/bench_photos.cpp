// Photo benchmarks on one generated 24-megapixel JPEG (6000×4000, gradient
// plus noise so that it compresses like a photograph, ~10 MB at quality 92):
//   thumbnail(path, 320)                 (goal < 120 ms)
//   render(path, {2048, 85, credit…})    (goal < 400 ms)
//   inspect(path)                        (full decode + hash + metadata, for reference)
// Run: build/bin/qalam_bench_photos [--benchmark_repetitions=5]

#include "app/media/photofile.h"

#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qalam;

namespace {

QString photoPath()
{
    static QTemporaryDir s_dir;
    static const QString s_path = [] {
        const QString path = s_dir.filePath(QStringLiteral("24mp.jpg"));
        QImage image(6000, 4000, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const quint32 noise = random.generate();
                const int n = int(noise & 0x1F) - 16;
                const int r = qBound(0, x * 255 / 6000 + n, 255);
                const int g = qBound(0, y * 255 / 4000 + int((noise >> 5) & 0x1F) - 16, 255);
                const int b = qBound(0, ((x + y) / 40) % 2 ? 180 + n : 60 + n, 255);
                line[x] = qRgb(r, g, b);
            }
        }
        if (!image.save(path, "JPEG", 92))
            return QString();
        return path;
    }();
    return s_path;
}

void BM_Thumbnail(benchmark::State &state)
{
    const QString path = photoPath();
    for (auto _ : state) {
        auto thumb = PhotoFile::thumbnail(path, int(state.range(0)));
        if (!thumb) {
            state.SkipWithError("thumbnail failed");
            break;
        }
        benchmark::DoNotOptimize(thumb);
    }
    state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(BM_Thumbnail)->Arg(320)->Arg(800)->Unit(benchmark::kMillisecond);

void BM_Render(benchmark::State &state)
{
    const QString path = photoPath();
    PhotoFile::RenditionOptions options;
    options.longestEdge = int(state.range(0));
    options.caption = QStringLiteral("Токаев встретился с акимами");
    options.creator = QStringLiteral("Ерлан Сейтов");
    options.creditLine = QStringLiteral("Фото: Акорда: UGC");
    options.copyright = QStringLiteral("© Акорда");
    options.stripPrivate = true;
    qint64 bytes = 0;
    for (auto _ : state) {
        auto jpeg = PhotoFile::render(path, options);
        if (!jpeg) {
            state.SkipWithError("render failed");
            break;
        }
        bytes = jpeg->size();
        benchmark::DoNotOptimize(jpeg);
    }
    state.counters["out_KB"] = double(bytes) / 1e3;
}
BENCHMARK(BM_Render)->Arg(2048)->Arg(1200)->Unit(benchmark::kMillisecond);

void BM_Inspect(benchmark::State &state)
{
    const QString path = photoPath();
    for (auto _ : state) {
        auto info = PhotoFile::inspect(path);
        if (!info) {
            state.SkipWithError("inspect failed");
            break;
        }
        benchmark::DoNotOptimize(info);
    }
}
BENCHMARK(BM_Inspect)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
