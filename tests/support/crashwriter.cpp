// qalam_crash_writer DB_PATH ARTICLE_ID
//
// A helper process for tst_crash: appends one word to the article's body and
// saves it (an autosave) over and over, printing "saved <version>" after each
// commit, until the test kills it mid-write. Bounded so that a test that forgot
// to kill it does not leave it running: at most 100000 saves or 60 seconds.

#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/text/htmlsanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qalam;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "qalam_crash_writer: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return failWith(QStringLiteral("usage: qalam_crash_writer DB_PATH ARTICLE_ID"));

    auto db = Database::open(args.at(1));
    if (!db)
        return failWith(db.error().message + QStringLiteral(" / ") + db.error().detail);
    ArticleStore store(*db);
    auto loaded = store.load(args.at(2));
    if (!loaded)
        return failWith(loaded.error().message);
    Article article = *loaded;

    // The body holds one paragraph of words "w2 w3 … wN" for version N: the
    // test checks that whatever version survived has exactly its own words.
    QStringList words = article.bodyText.split(u' ', Qt::SkipEmptyParts);
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 100000 && elapsed.elapsed() < 60 * 1000; ++i) {
        words.append(QStringLiteral("w%1").arg(article.version + 1));
        article.bodyHtml =
            QStringLiteral("<p>") + HtmlSanitizer::escape(words.join(u' ')) + QStringLiteral("</p>");
        auto saved = store.save(article, ArticleStore::SaveKind::Autosave);
        if (!saved)
            return failWith(saved.error().message + QStringLiteral(" / ") + saved.error().detail);
        article = *saved;
        std::printf("saved %d\n", article.version);
        std::fflush(stdout);
    }
    return 0;
}
