#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qalam;

// A writer process killed (SIGKILL) in the middle of saving: the file must
// stay a sound database holding the last committed version, complete.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesLastCommit_data();
    void killedWriterLeavesLastCommit();
};

namespace {

QString crashWriterPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("qalam_crash_writer"));
}

// Reads "saved N" lines as they come; returns the last N seen.
int readReports(QProcess &writer, QByteArray &buffer, int last)
{
    buffer += writer.readAllStandardOutput();
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        if (line.startsWith("saved "))
            last = line.mid(6).toInt();
    }
    return last;
}

} // namespace

void TestCrash::killedWriterLeavesLastCommit_data()
{
    QTest::addColumn<int>("savesBeforeKill");
    QTest::newRow("early") << 5;
    QTest::newRow("after 50 saves") << 50;
    QTest::newRow("after 200 saves") << 200;
}

void TestCrash::killedWriterLeavesLastCommit()
{
    QFETCH(int, savesBeforeKill);
    QVERIFY2(QFile::exists(crashWriterPath()), qPrintable(crashWriterPath()));

    Test::TestDatabase file;
    QString id;
    {
        auto db = file.open();
        QVERIFY(db);
        ArticleStore store(db);
        Article draft;
        draft.headline = QStringLiteral("Запись до сбоя");
        auto created = store.create(draft);
        QVERIFY(created);
        QCOMPARE(created->version, 1);
        id = created->id;
    }

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy outputSpy(&writer, &QProcess::readyReadStandardOutput);
    writer.start(crashWriterPath(), {file.path(), id});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

    QByteArray buffer;
    int lastReported = 0;
    while (lastReported < savesBeforeKill + 1) {
        if (writer.state() != QProcess::Running)
            break;
        if (!writer.bytesAvailable())
            QVERIFY2(outputSpy.wait(30000), "the writer stopped reporting saves");
        lastReported = readReports(writer, buffer, lastReported);
    }
    QVERIFY2(writer.state() == QProcess::Running, "the writer ended before it was killed");
    writer.kill(); // SIGKILL: no destructors, no COMMIT of whatever was in flight
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    lastReported = readReports(writer, buffer, lastReported);
    QVERIFY(lastReported >= savesBeforeKill + 1);

    // Open the file as the editor would after the crash.
    auto db = Database::open(file.path());
    QVERIFY2(db, qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail));
    auto problems = (*db)->integrityCheck();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList{QStringLiteral("ok")});

    ArticleStore store(*db);
    auto article = store.load(id);
    QVERIFY(article);
    // Every reported commit survived; at most one more finished after the last report.
    QVERIFY2(
        article->version >= lastReported && article->version <= lastReported + 1,
        qPrintable(
            QStringLiteral("stored version %1, last reported %2").arg(article->version).arg(lastReported)));

    // The body is exactly the one saved with that version: "w2 … wN".
    QStringList expected;
    for (int v = 2; v <= article->version; ++v)
        expected.append(QStringLiteral("w%1").arg(v));
    QCOMPARE(article->bodyText, expected.join(u' '));
    QCOMPARE(article->bodyHtml, QStringLiteral("<p>") + expected.join(u' ') + QStringLiteral("</p>"));
    QCOMPARE(article->headline, QStringLiteral("Запись до сбоя"));

    // The full-text index agrees with the table.
    ArticleFilter filter;
    filter.search = QStringLiteral("w%1").arg(article->version);
    auto found = store.list(filter);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);

    // And the article can be edited further.
    Article next = *article;
    next.lead = QStringLiteral("После сбоя");
    auto saved = store.save(next);
    QVERIFY(saved);
    QCOMPARE(saved->version, article->version + 1);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
