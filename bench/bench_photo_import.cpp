// Import of 50 twelve-megapixel JPEGs as the Photos dock does it: files are
// checked, hashed and stored on a worker thread and thumbnails decoded on the
// pool, while the main (GUI) thread runs its event loop. Reported:
//   the longest event-loop stall on the main thread   (goal < 30 ms)
//   the peak memory of the process                     (goal < 300 MB)
// Run: build-rel/bin/qalam_bench_photo_import --benchmark_repetitions=3

#include "app/media/photofile.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureSynchronizer>
#include <QFutureWatcher>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <benchmark/benchmark.h>

using namespace Qalam;

namespace {

constexpr int PhotoCount = 50;

// Fifty distinct 4000×3000 JPEGs, made once per run.
const QStringList &photoFiles(const QString &dir)
{
    static QStringList s_files;
    if (!s_files.isEmpty())
        return s_files;
    for (int i = 0; i < PhotoCount; ++i) {
        QImage image(4000, 3000, QImage::Format_RGB32);
        QPainter painter(&image);
        QLinearGradient gradient(0, 0, 4000, 3000);
        gradient.setColorAt(0, QColor::fromHsv((i * 37) % 360, 120, 200));
        gradient.setColorAt(1, QColor::fromHsv((i * 91) % 360, 200, 90));
        painter.fillRect(image.rect(), gradient);
        for (int k = 0; k < 40; ++k)
            painter.fillRect((k * 97 + i * 13) % 3800, (k * 61 + i * 7) % 2800, 200, 200,
                             QColor::fromHsv((k * 29 + i) % 360, 180, 220));
        painter.end();
        const QString path = QDir(dir).filePath(QStringLiteral("photo-%1.jpg").arg(i));
        image.save(path, "JPEG", 88);
        s_files.append(path);
    }
    return s_files;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void BM_Import50Photos(benchmark::State &state)
{
    static QTemporaryDir s_sources;
    const QStringList &files = photoFiles(s_sources.path());
    qint64 longestStallMs = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        ArticleStore articles(*db);
        Article a;
        a.headline = QStringLiteral("Фоторепортаж");
        const QString articleId = articles.create(a)->id;
        PhotoStore store(*db);

        // The dock's path: one worker imports the files one by one, the
        // pool decodes the thumbnails; the main thread only runs its loop.
        QEventLoop loop;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout,
                         [&] { longestStallMs = qMax(longestStallMs, sinceTick.restart()); });
        tick.start();
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([store, articleId, &files]() mutable {
            QFutureSynchronizer<void> thumbnails;
            for (const QString &path : files) {
                auto photo = store.importFile(path);
                if (!photo || !store.attach(articleId, photo->id))
                    continue;
                const QString original = store.originalPath(photo->sha256);
                thumbnails.addFuture(
                    QtConcurrent::run([original] { (void)PhotoFile::thumbnail(original, 96); }));
            }
        }));
        sinceTick.restart();
        loop.exec();
        tick.stop();
        if (store.photosOf(articleId)->size() != PhotoCount)
            state.SkipWithError("not every photo was imported");
    }
    state.counters["longest_stall_ms"] = double(longestStallMs);
    state.counters["peak_rss_mb"] = double(peakRssKb()) / 1024.0;
}
BENCHMARK(BM_Import50Photos)->Unit(benchmark::kMillisecond)->Iterations(1);

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
