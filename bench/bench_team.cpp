// Team-mode benchmarks on a local PostgreSQL server:
//   50 simulated desktops (50 threads, each with its own Database and so its
//   own connection), each autosaving its own 1,500-word article once a second
//   with a small edit each time: p50 and p99 save latency (goal p99 < 30 ms)
//   and the errors (goal: none), as counters;
//   the desk's list refresh over 100,000 articles with a filter (status and
//   region), through ArticleStore::list and the article list model as the
//   desk does it (goal < 100 ms).
// Run: build/bin/qalam_bench_team [--benchmark_repetitions=3]
// The server: QALAM_BENCH_PG_URL, else QALAM_TEST_PG_URL (scripts/postgres.sh
// env), naming a database the account may create databases from. The bench
// keeps two databases there between runs: qalam_bench_team_desks (50
// accounts and their articles) and qalam_bench_team_100k_v2 (articles of
// 600–1,500 words, generated once in one transaction of multi-row INSERTs:
// about ten minutes). QALAM_BENCH_SECONDS sets how long the desktops autosave
// (default 20; QALAM_BENCH_DESKTOPS=1 shows one save alone).

#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/text/htmlsanitizer.h"
#include "app/workflow/workflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <latch>
#include <thread>

using namespace Qalam;

namespace {

constexpr int Desktops = 50;
constexpr int ArticleWords = 1500;
constexpr int ListArticles = 100000;
const QString s_desksDatabase = QStringLiteral("qalam_bench_team_desks");
const QString s_listDatabase = QStringLiteral("qalam_bench_team_100k_v2");

QString serverUrl()
{
    const QString bench = qEnvironmentVariable("QALAM_BENCH_PG_URL");
    return bench.isEmpty() ? qEnvironmentVariable("QALAM_TEST_PG_URL") : bench;
}

QString databaseUrl(const QString &name)
{
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "qalam_bench_team: %s: %s (%s)\n", qPrintable(what), qPrintable(error.message),
                 qPrintable(error.detail));
    std::exit(1);
}

// Creates the database on the server unless it is there; true when it was created.
bool ensureServerDatabase(const QString &name)
{
    const QString connection = QStringLiteral("bench-maintenance");
    bool created = false;
    {
        auto db = Database::openServerConnection(serverUrl(), connection);
        if (!db)
            die(QStringLiteral("cannot reach the server"), db.error());
        QSqlQuery q(*db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :name"));
        q.bindValue(QStringLiteral(":name"), name);
        if (!q.exec())
            die(QStringLiteral("cannot list databases"),
                Error{Error::Code::Database, {}, q.lastError().text()});
        if (!q.next()) {
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                die(QStringLiteral("cannot create ") + name,
                    Error{Error::Code::Database, {}, q.lastError().text()});
            created = true;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

// Newsroom prose: real words plus made-up ones drawn log-uniformly by rank
// (as bench_store.cpp does), so that texts are neither repetitive nor random.
const QStringList &words()
{
    static const QStringList s_words = [] {
        QStringList list =
            QStringLiteral(
                "аким область город район жители школа дорога вода тепло автобус маршрут больница "
                "врач учитель президент совещание поручение закон граждане работа молодежь "
                "строительство ремонт отопление сезон паводок спасатели река фестиваль театр музей "
                "бюджет тенге миллион программа проект завод фермер урожай сказал заявил отметил "
                "ауыл мектеп жол су жылу көлік аурухана дәрігер мұғалім әкім облыс қала тұрғындар")
                .split(u' ', Qt::SkipEmptyParts);
        const QStringList syllables =
            QStringLiteral(
                "ка ра ма та на са ла ба да жа ке ре ме те не се ле ко ро мо то но қа ға ңы ө ұ ү і")
                .split(u' ');
        QRandomGenerator rng(42);
        while (list.size() < 20000) {
            QString w;
            const int n = 2 + int(rng.bounded(3));
            for (int i = 0; i < n; ++i)
                w += syllables.at(rng.bounded(int(syllables.size())));
            list.append(w);
        }
        return list;
    }();
    return s_words;
}

QString pickWord(QRandomGenerator &rng)
{
    const double rank = std::exp(rng.generateDouble() * std::log(double(words().size())));
    return words().at(qBound(0, int(rank) - 1, int(words().size()) - 1));
}

QStringList wordList(QRandomGenerator &rng, int count)
{
    QStringList list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(pickWord(rng));
    return list;
}

// Paragraphs of 60 words.
QString paragraphsOf(const QStringList &text)
{
    QString html;
    for (qsizetype i = 0; i < text.size(); i += 60)
        html += QStringLiteral("<p>") + HtmlSanitizer::escape(text.mid(i, 60).join(u' ')) +
                QStringLiteral(".</p>");
    return html;
}

const QStringList &regions()
{
    static const QStringList s_regions = {
        QStringLiteral("Алматы"),    QStringLiteral("Астана"),        QStringLiteral("Шымкент"),
        QStringLiteral("Караганда"), QStringLiteral("Актобе"),        QStringLiteral("Павлодар"),
        QStringLiteral("Костанай"),  QStringLiteral("Семей"),         QStringLiteral("Атырау"),
        QStringLiteral("Актау"),     QStringLiteral("Тараз"),         QStringLiteral("Уральск"),
        QStringLiteral("Кызылорда"), QStringLiteral("Петропавловск"), QStringLiteral("Усть-Каменогорск"),
        QStringLiteral("Туркестан"), QStringLiteral("Талдыкорган")};
    return s_regions;
}

// ---- (a) 50 desktops autosaving -------------------------------------------

struct Desk
{
    Actor actor;
    QString articleId;
};

// 50 regional editors, each with a 1,500-word draft of their own; made once.
QList<Desk> prepareDesks()
{
    ensureServerDatabase(s_desksDatabase);
    auto db = Database::open(databaseUrl(s_desksDatabase));
    if (!db)
        die(QStringLiteral("cannot open the desks database"), db.error());
    UserStore setup(*db);
    setup.setPasswordIterations(1000); // the accounts are never signed in to here
    auto hasUsers = setup.hasUsers();
    if (!hasUsers)
        die(QStringLiteral("cannot read the accounts"), hasUsers.error());
    if (!*hasUsers) {
        User admin;
        admin.login = QStringLiteral("admin");
        admin.roles = {Role::Administrator};
        if (auto r = setup.add(admin, QStringLiteral("bench-password")); !r)
            die(QStringLiteral("cannot add the administrator"), r.error());
    }
    auto admin = UserStore(*db).user(QStringLiteral("admin"));
    if (!admin)
        die(QStringLiteral("cannot read the administrator"), admin.error());
    UserStore users(*db, Actor::fromUser(*admin));
    users.setPasswordIterations(1000);
    QList<Desk> desks;
    QRandomGenerator rng(1500);
    for (int i = 0; i < Desktops; ++i) {
        const QString login = QStringLiteral("desk%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        auto user = UserStore(*db).user(login);
        if (!user) {
            User u;
            u.login = login;
            u.displayName = QStringLiteral("Редактор %1").arg(i + 1);
            u.roles = {Role::RegionalEditor};
            u.regions = {regions().at(i % regions().size())};
            user = users.add(u, QStringLiteral("bench-password"));
            if (!user)
                die(QStringLiteral("cannot add ") + login, user.error());
        }
        const Actor actor = Actor::fromUser(*user);
        ArticleStore store(*db, &Clock::system(), actor);
        ArticleFilter mine;
        mine.createdBy = login;
        auto existing = store.list(mine);
        if (!existing)
            die(QStringLiteral("cannot list the articles"), existing.error());
        QString id = existing->isEmpty() ? QString() : existing->first().id;
        if (id.isEmpty()) {
            Article a;
            a.headline = QStringLiteral("Материал редактора %1").arg(login);
            a.lead = QStringLiteral("Лид материала.");
            a.region = actor.regions.value(0);
            a.bodyHtml = paragraphsOf(wordList(rng, ArticleWords));
            auto created = store.create(a);
            if (!created)
                die(QStringLiteral("cannot create an article"), created.error());
            id = created->id;
        }
        desks.append({actor, id});
    }
    return desks;
}

void BM_FiftyDesktopsAutosave(benchmark::State &state)
{
    const QList<Desk> desks = prepareDesks();
    const int seconds = qEnvironmentVariableIsSet("QALAM_BENCH_SECONDS")
                            ? qMax(1, qEnvironmentVariableIntValue("QALAM_BENCH_SECONDS"))
                            : 20;
    // Fewer desktops (QALAM_BENCH_DESKTOPS) show what one save costs alone.
    const int desktops = qEnvironmentVariableIsSet("QALAM_BENCH_DESKTOPS")
                             ? qBound(1, qEnvironmentVariableIntValue("QALAM_BENCH_DESKTOPS"), Desktops)
                             : Desktops;
    for (auto _ : state) {
        QMutex mutex;
        QList<double> latencies; // ms
        QList<double> firstSaves;
        int errors = 0;
        QStringList errorTexts;
        std::latch ready(desktops + 1);
        std::latch go(1);
        std::atomic<bool> running{true};
        std::vector<std::thread> threads;
        // How many saves wait for the write lock (an advisory lock), sampled
        // every 10 ms from the server's own view.
        qint64 samples = 0, waiting = 0, busy = 0;
        std::thread sampler([&]() {
            auto db = Database::open(databaseUrl(s_desksDatabase));
            if (!db)
                return;
            auto conn = (*db)->connection();
            if (!conn)
                return;
            QSqlQuery q(*conn);
            q.prepare(QStringLiteral("SELECT count(*) FILTER (WHERE wait_event = 'advisory'),"
                                     " count(*) FILTER (WHERE state = 'active' AND pid <> pg_backend_pid())"
                                     " FROM pg_stat_activity WHERE datname = current_database()"));
            go.wait();
            while (running.load()) {
                if (q.exec() && q.next()) {
                    ++samples;
                    waiting += q.value(0).toLongLong();
                    busy += q.value(1).toLongLong();
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        for (int i = 0; i < desktops; ++i) {
            threads.emplace_back([&, i]() {
                const Desk &desk = desks.at(i);
                // Each desktop opens the database itself, takes its
                // article's editing lock and loads it, as the app does.
                auto db = Database::open(databaseUrl(s_desksDatabase));
                std::optional<ArticleStore> store;
                Article current;
                QStringList text;
                QRandomGenerator rng(quint32(1000 + i));
                bool usable = db.ok();
                if (usable) {
                    store.emplace(*db, &Clock::system(), desk.actor);
                    usable = Workflow(*db, desk.actor).acquireLock(desk.articleId).ok();
                    auto loaded = store->load(desk.articleId);
                    usable = usable && loaded.ok();
                    if (loaded)
                        current = *loaded;
                    text = current.bodyText.split(QRegularExpression(QStringLiteral("[\\s.]+")),
                                                  Qt::SkipEmptyParts);
                }
                // The first save on a new connection pays for the server
                // process's catalog and plan caches: measured apart.
                if (usable) {
                    text[rng.bounded(int(text.size()))] = pickWord(rng);
                    Article edited = current;
                    edited.bodyHtml = paragraphsOf(text);
                    QElapsedTimer timer;
                    timer.start();
                    auto saved = store->save(edited, ArticleStore::SaveKind::Autosave);
                    const double ms = double(timer.nsecsElapsed()) / 1e6;
                    usable = saved.ok();
                    if (saved)
                        current = *saved;
                    QMutexLocker lock(&mutex);
                    firstSaves.append(ms);
                }
                ready.count_down();
                go.wait();
                if (!usable) {
                    QMutexLocker lock(&mutex);
                    ++errors;
                    errorTexts.append(db ? QStringLiteral("setup failed") : db.error().message);
                    return;
                }
                // Desktops are not in step: each starts somewhere in the first second.
                const auto start =
                    std::chrono::steady_clock::now() + std::chrono::milliseconds(rng.bounded(1000));
                for (int tick = 0; tick < seconds; ++tick) {
                    std::this_thread::sleep_until(start + std::chrono::seconds(tick));
                    // A small edit: one word changes.
                    text[rng.bounded(int(text.size()))] = pickWord(rng);
                    Article edited = current;
                    edited.bodyHtml = paragraphsOf(text);
                    QElapsedTimer timer;
                    timer.start();
                    auto saved = store->save(edited, ArticleStore::SaveKind::Autosave);
                    const double ms = double(timer.nsecsElapsed()) / 1e6;
                    QMutexLocker lock(&mutex);
                    if (saved) {
                        latencies.append(ms);
                        current = *saved;
                    } else {
                        ++errors;
                        errorTexts.append(saved.error().message + QStringLiteral(" / ") +
                                          saved.error().detail);
                        auto reloaded = store->load(desk.articleId);
                        if (reloaded)
                            current = *reloaded;
                    }
                }
                (void)Workflow(*db, desk.actor).releaseLock(desk.articleId);
            });
        }
        ready.arrive_and_wait();
        go.count_down();
        for (std::thread &t : threads)
            t.join();
        running.store(false);
        sampler.join();
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&latencies](double p) {
            if (latencies.isEmpty())
                return 0.0;
            const qsizetype index =
                qMin(latencies.size() - 1, qsizetype(std::ceil(p * double(latencies.size())) - 1));
            return latencies.at(qMax<qsizetype>(0, index));
        };
        state.counters["saves"] = double(latencies.size());
        state.counters["errors"] = double(errors);
        state.counters["p50_ms"] = percentile(0.50);
        state.counters["p90_ms"] = percentile(0.90);
        state.counters["p99_ms"] = percentile(0.99);
        // Mean saves waiting for the write lock and mean statements running
        // (Little's law: waiting / saves per second = the mean wait).
        state.counters["lock_waiters"] = samples ? double(waiting) / double(samples) : 0.0;
        state.counters["active"] = samples ? double(busy) / double(samples) : 0.0;
        state.counters["desktops"] = desktops;
        std::sort(firstSaves.begin(), firstSaves.end());
        state.counters["first_save_p50_ms"] =
            firstSaves.isEmpty() ? 0.0 : firstSaves.at(firstSaves.size() / 2);
        state.counters["max_ms"] = latencies.isEmpty() ? 0.0 : latencies.last();
        if (!errorTexts.isEmpty())
            std::fprintf(stderr, "first error: %s\n", qPrintable(errorTexts.first()));
    }
}
BENCHMARK(BM_FiftyDesktopsAutosave)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- (b) the desk's list over 100,000 articles -----------------------------

// The statuses of a newsroom's archive: mostly published, some of everything else.
QString statusFor(QRandomGenerator &rng)
{
    const int roll = int(rng.bounded(100));
    if (roll < 70)
        return QStringLiteral("published");
    if (roll < 82)
        return QStringLiteral("draft");
    if (roll < 88)
        return QStringLiteral("in_review");
    if (roll < 92)
        return QStringLiteral("approved");
    if (roll < 95)
        return QStringLiteral("returned");
    if (roll < 97)
        return QStringLiteral("withdrawn");
    if (roll < 99)
        return QStringLiteral("updated");
    return QStringLiteral("unpublished");
}

// The 100,000 articles, once: multi-row INSERTs in one transaction (the
// stores' create() would take a transaction and a revision per article).
void ensureListDatabase()
{
    ensureServerDatabase(s_listDatabase);
    auto db = Database::open(databaseUrl(s_listDatabase));
    if (!db)
        die(QStringLiteral("cannot open the list database"), db.error());
    ArticleStore store(*db);
    auto count = store.count();
    if (!count)
        die(QStringLiteral("cannot count the articles"), count.error());
    auto conn = (*db)->connection();
    if (!conn)
        die(QStringLiteral("cannot connect"), conn.error());
    QSqlQuery q(*conn);
    // Statistics for the planner, as autovacuum would gather them by and by.
    auto analyze = [&q]() {
        if (!q.exec(QStringLiteral("VACUUM ANALYZE")))
            die(QStringLiteral("cannot analyze"), Error{Error::Code::Database, {}, q.lastError().text()});
    };
    if (*count >= ListArticles) {
        if (!q.exec(QStringLiteral(
                "SELECT last_analyze IS NULL AND last_autoanalyze IS NULL FROM pg_stat_user_tables"
                " WHERE relname = 'articles'")) ||
            !q.next())
            die(QStringLiteral("cannot read the statistics"),
                Error{Error::Code::Database, {}, q.lastError().text()});
        if (q.value(0).toBool())
            analyze();
        return;
    }
    std::fprintf(stderr, "generating %d articles in %s …\n", ListArticles - *count,
                 qPrintable((*db)->path()));
    QElapsedTimer timer;
    timer.start();
    QList<qint64> authorIds;
    for (int i = 0; i < 40; ++i) {
        auto author = store.ensureAuthor(
            Author{0, QStringLiteral("Автор %1").arg(i), QStringLiteral("Корреспондент"), {}});
        if (!author)
            die(QStringLiteral("cannot add an author"), author.error());
        authorIds.append(author->id);
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        die(QStringLiteral("cannot begin"), Error{Error::Code::Database, {}, q.lastError().text()});
    constexpr int Batch = 200;
    static const char *const columns[] = {
        "id",     "headline",   "lead",    "region",  "rubric",  "tags",       "source",    "language",
        "status", "word_count", "created", "updated", "version", "created_by", "body_html", "body_text"};
    constexpr int Columns = int(std::size(columns));
    QStringList columnNames;
    for (const char *c : columns)
        columnNames.append(QString::fromLatin1(c));
    auto tuples = [](int rows, int width, const QString &prefix) {
        QStringList list;
        for (int r = 0; r < rows; ++r) {
            QStringList values;
            for (int c = 0; c < width; ++c)
                values.append(QStringLiteral(":%1%2_%3").arg(prefix).arg(r).arg(c));
            list.append(u'(' + values.join(u',') + u')');
        }
        return list.join(u',');
    };
    QSqlQuery articles(*conn);
    articles.prepare(QStringLiteral("INSERT INTO articles (%1) VALUES %2")
                         .arg(columnNames.join(u','), tuples(Batch, Columns, QStringLiteral("a"))));
    QSqlQuery bylines(*conn);
    bylines.prepare(QStringLiteral("INSERT INTO article_authors (article_id, author_id, ord) VALUES %1")
                        .arg(tuples(Batch, 3, QStringLiteral("b"))));
    QRandomGenerator rng(20261128);
    const QDateTime newest = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    for (int done = int(*count); done < ListArticles; done += Batch) {
        for (int r = 0; r < Batch; ++r) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QStringList body = wordList(rng, 600 + int(rng.bounded(901)));
            const HtmlSanitizer::Output clean = HtmlSanitizer::sanitize(paragraphsOf(body));
            const QDateTime updated = newest.addSecs(-qint64(rng.bounded(3 * 365 * 24 * 3600)));
            const QVariant values[Columns] = {
                id,
                QString(pickWord(rng) + u' ' + pickWord(rng) + u' ' + pickWord(rng)),
                QStringLiteral("Лид материала %1.").arg(done + r),
                regions().at(int(rng.bounded(int(regions().size())))),
                QStringLiteral("Общество"),
                QStringLiteral("[]"),
                QStringLiteral(""),
                QStringLiteral("ru"),
                statusFor(rng),
                int(body.size()),
                toDbTime(updated.addSecs(-3600)),
                toDbTime(updated),
                1,
                QStringLiteral("desk"),
                clean.html,
                clean.text,
            };
            for (int c = 0; c < Columns; ++c)
                articles.bindValue(QStringLiteral(":a%1_%2").arg(r).arg(c), values[c]);
            bylines.bindValue(QStringLiteral(":b%1_0").arg(r), id);
            bylines.bindValue(QStringLiteral(":b%1_1").arg(r),
                              authorIds.at(int(rng.bounded(int(authorIds.size())))));
            bylines.bindValue(QStringLiteral(":b%1_2").arg(r), 0);
        }
        if (!articles.exec())
            die(QStringLiteral("cannot insert articles"),
                Error{Error::Code::Database, {}, articles.lastError().text()});
        if (!bylines.exec())
            die(QStringLiteral("cannot insert bylines"),
                Error{Error::Code::Database, {}, bylines.lastError().text()});
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        die(QStringLiteral("cannot commit"), Error{Error::Code::Database, {}, q.lastError().text()});
    analyze();
    std::fprintf(stderr, "generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
}

void listRefresh(benchmark::State &state, ArticleStatus status)
{
    auto db = Database::open(databaseUrl(s_listDatabase));
    if (!db) {
        state.SkipWithError("cannot open the list database");
        return;
    }
    ArticleStore store(*db);
    ArticleFilter filter;
    filter.status = status;
    filter.region = QStringLiteral("Алматы");
    qint64 rows = 0;
    for (auto _ : state) {
        auto list = store.list(filter);
        if (!list) {
            state.SkipWithError("the list failed");
            break;
        }
        ArticleListModel model;
        model.setArticles(*list);
        rows = model.rowCount();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

void BM_ListRefresh100k_DraftAlmaty(benchmark::State &state)
{
    listRefresh(state, ArticleStatus::Draft);
}
BENCHMARK(BM_ListRefresh100k_DraftAlmaty)->Unit(benchmark::kMillisecond);

void BM_ListRefresh100k_PublishedAlmaty(benchmark::State &state)
{
    listRefresh(state, ArticleStatus::Published);
}
BENCHMARK(BM_ListRefresh100k_PublishedAlmaty)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!Database::isServerUrl(serverUrl())) {
        std::fprintf(stderr,
                     "qalam_bench_team needs a PostgreSQL server: set QALAM_BENCH_PG_URL or "
                     "QALAM_TEST_PG_URL (scripts/postgres.sh start; eval \"$(scripts/postgres.sh env)\"). "
                     "Skipped.\n");
        return 0;
    }
    ensureListDatabase();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
