// Publishing benchmark: an article with 10 photos of about 5 MB each is
// published to the fault-injecting WordPress imitation on 127.0.0.1
// (tests/support/fakecms.h, in this process), and the same bytes are uploaded
// to the same server by curl in the same run, so the two are compared, not
// guessed. The endpoint sends originals (`renditions` off, no UGC), so both
// move exactly the same files.
//   BM_PublishTenPhotos: the outbox job from start to confirmed (the photos
//     streamed from disk, the post created, the article marked published);
//     counters: MB sent, peak RSS increase of this process during the job
//     (goal < 60 MB whatever the photo sizes)
//   BM_CurlSameBytes: `curl --data-binary @file` for the same 10 files, one
//     curl process, one connection, the same headers
// Goal: BM_PublishTenPhotos within 1.3x of BM_CurlSameBytes.
// Run: build/bin/qalam_bench_publish [--benchmark_repetitions=3]

#include "app/people/user.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"
#include "tests/support/fakecms.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

using namespace Qalam;

namespace {

constexpr int s_photos = 10;
const QString s_password = QStringLiteral("bench pass word 0000 1111 2222");

// Resident set size and its peak, in kB (Linux).
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Newsroom
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    // The server answers from a thread of its own, as a real one would
    // from its own process: curl and Qalam get the same.
    QThread serverThread;
    QObject serverContext;
    Test::FakeCms *server = nullptr;
    QList<Photo> photos;
    QStringList files; // the originals, as curl sends them
    qint64 bytes = 0;

    bool setUp()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("bench.db")));
        if (!opened)
            return false;
        db = *opened;
        serverThread.start();
        serverContext.moveToThread(&serverThread);
        bool listening = false;
        QMetaObject::invokeMethod(
            &serverContext,
            [this, &listening]() {
                server = new Test::FakeCms;
                listening = server->listen();
                server->setWordPressCredentials(QStringLiteral("qalam"), s_password);
            },
            Qt::BlockingQueuedConnection);
        if (!listening)
            return false;
        // Noise compresses badly: about 5 MB per JPEG at quality 97.
        QRandomGenerator random(7);
        QImage noise(2300, 1800, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = random.generate() | 0xff000000u;
        }
        PhotoStore store(db);
        for (int i = 0; i < s_photos; ++i) {
            noise.setPixel(i, 0, qRgb(i, i, i)); // ten different files
            const QString path = dir.filePath(QStringLiteral("photo-%1.jpg").arg(i));
            if (!noise.save(path, "JPEG", 97))
                return false;
            auto imported = store.importFile(path);
            if (!imported)
                return false;
            Photo p = *imported;
            p.caption = QStringLiteral("Снимок %1").arg(i + 1);
            p.alt = QStringLiteral("Описание снимка %1").arg(i + 1);
            p.creditSource = QStringLiteral("Акорда");
            p.creditType = CreditType::Staff;
            auto updated = store.update(p);
            if (!updated)
                return false;
            photos.append(*updated);
            files.append(store.originalPath(updated->sha256));
            bytes += QFileInfo(files.last()).size();
        }
        EndpointProfile wp;
        wp.name = QStringLiteral("wp");
        wp.type = QStringLiteral("wordpress");
        wp.url = server->url().toString();
        wp.login = QStringLiteral("qalam");
        wp.renditions = false;
        return bool(EndpointStore(db).add(wp));
    }

    // A new approved article with the ten photos.
    QString approvedArticle(int n)
    {
        Article draft;
        draft.headline = QStringLiteral("Статья с десятью снимками %1").arg(n);
        draft.lead = QStringLiteral("Лид статьи.");
        draft.bodyHtml = QStringLiteral("<p>Текст статьи.</p>");
        draft.authors = {Author(0, QStringLiteral("Колмакова Виктория"), QStringLiteral("редактор"))};
        ArticleStore articles(db);
        if (auto author = articles.ensureAuthor(draft.authors.first()))
            draft.authors = {*author};
        auto created = articles.create(draft);
        if (!created)
            return {};
        PhotoStore store(db);
        for (int i = 0; i < photos.size(); ++i)
            if (!store.attach(created->id, photos.at(i).id, i == 0))
                return {};
        Workflow workflow(db);
        if (!workflow.submit(created->id) || !workflow.approve(created->id))
            return {};
        return created->id;
    }
};

Newsroom &newsroom()
{
    static Newsroom *n = [] {
        auto *made = new Newsroom;
        if (!made->setUp())
            qFatal("the benchmark newsroom could not be set up");
        return made;
    }();
    return *n;
}

void BM_PublishTenPhotos(benchmark::State &state)
{
    Newsroom &n = newsroom();
    QNetworkAccessManager network;
    qint64 peakIncreaseKb = 0;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString id = n.approvedArticle(++round);
        auto job = Outbox(n.db).enqueue(id, QStringLiteral("wp"), QStringLiteral("publish"));
        if (!job) {
            state.SkipWithError("the job could not be queued");
            return;
        }
        PublishRunner runner(n.db, Actor::local(), &network);
        runner.setWorkFolder(n.dir.filePath(QStringLiteral("work")));
        runner.setSecretLookup([](const QString &) -> Result<std::optional<QString>> {
            return std::optional<QString>(s_password);
        });
        QEventLoop loop;
        QString finalState;
        QObject::connect(&runner, &PublishRunner::finished, &loop,
                         [&](qint64, const QString &s, const QString &) {
                             finalState = s;
                             loop.quit();
                         });
        resetPeakRss();
        const qint64 before = statusKb("VmRSS:");
        state.ResumeTiming();
        runner.run(job->id);
        loop.exec();
        state.PauseTiming();
        peakIncreaseKb = std::max(peakIncreaseKb, statusKb("VmHWM:") - before);
        if (finalState != u"done") {
            state.SkipWithError("the job did not finish");
            return;
        }
        state.ResumeTiming();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * n.bytes);
    state.counters["MB_sent"] = double(n.bytes) / 1e6;
    state.counters["peak_rss_increase_MB"] = double(peakIncreaseKb) / 1024.0;
}

void BM_CurlSameBytes(benchmark::State &state)
{
    Newsroom &n = newsroom();
    const QString upload = n.server->url().toString() + QStringLiteral("/?rest_route=/wp/v2/media");
    int round = 0;
    for (auto _ : state) {
        QStringList args;
        for (int i = 0; i < n.files.size(); ++i) {
            if (i > 0)
                args << QStringLiteral("--next");
            args << QStringLiteral("-s") << QStringLiteral("-o") << QStringLiteral("/dev/null")
                 << QStringLiteral("-u") << QStringLiteral("qalam:") + s_password << QStringLiteral("-H")
                 << QStringLiteral("Content-Type: image/jpeg") << QStringLiteral("-H")
                 << QStringLiteral("Content-Disposition: attachment; filename=\"curl-%1-%2.jpg\"")
                        .arg(round)
                        .arg(i)
                 << QStringLiteral("--data-binary") << u'@' + n.files.at(i) << upload;
        }
        ++round;
        QProcess curl;
        QEventLoop loop;
        QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        curl.start(QStringLiteral("curl"), args);
        loop.exec(); // the server answers from this thread's event loop
        if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
            state.SkipWithError("curl failed (is it installed?)");
            return;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * n.bytes);
    state.counters["MB_sent"] = double(n.bytes) / 1e6;
}

} // namespace

BENCHMARK(BM_CurlSameBytes)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_PublishTenPhotos)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
