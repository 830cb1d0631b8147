// The qalam executable itself, run as a user (or the README) runs it:
// --screenshot writes a picture of the laid-out window; a database it must
// not touch is refused with exit code 2 and left as it was.

#include "app/storage/articlestore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"

#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;

class TestQalamApp : public QObject
{
    Q_OBJECT

private slots:
    void screenshotOfTheWindow();
    void screenshotOfAnEmptyDesk();
    void unknownArticle();
    void refusesFilesItMustNotTouch_data();
    void refusesFilesItMustNotTouch();
    void errorsSpeakTheInterfaceLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QString stdErr;
    };
    static Run runQalam(const QStringList &arguments);
};

TestQalamApp::Run TestQalamApp::runQalam(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("QALAM_DB"));
    env.insert(QStringLiteral("QALAM_LANG"), QStringLiteral("en"));
    // Qt warns on stderr when this is unset; the tests read stderr.
    static QTemporaryDir s_runtimeDir;
    QFile::setPermissions(s_runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), s_runtimeDir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QALAM_GUI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdErr = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestQalamApp::screenshotOfTheWindow()
{
    Test::TestDatabase file;
    {
        auto db = file.open();
        QVERIFY(db);
        ArticleStore store(db);
        Article a;
        a.headline = QStringLiteral("«В стране должен царить закон»: Токаев – акимам");
        a.bodyHtml = QStringLiteral("<p>Глава государства провел совещание, передает Акорда.</p>");
        QVERIFY(store.create(a).ok());
    }
    const QString png = file.dir() + QStringLiteral("/shot.png");
    const Run run = runQalam({QStringLiteral("--db"), file.path(), QStringLiteral("--size"),
                              QStringLiteral("1366x768"), QStringLiteral("--screenshot"), png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1366, 768));
    // Not a blank picture: the window drew text and widgets.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestQalamApp::screenshotOfAnEmptyDesk()
{
    Test::TestDatabase file;
    const QString png = file.dir() + QStringLiteral("/empty.png");
    const Run run = runQalam({QStringLiteral("--db"), file.path(), QStringLiteral("--screenshot"), png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(QImage(png).size(), QSize(1500, 900));
}

void TestQalamApp::unknownArticle()
{
    Test::TestDatabase file;
    QVERIFY(file.open());
    const QString png = file.dir() + QStringLiteral("/none.png");
    const Run run = runQalam({QStringLiteral("--db"), file.path(), QStringLiteral("--article"),
                              QStringLiteral("00000000-0000-0000-0000-000000000000"),
                              QStringLiteral("--screenshot"), png});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stdErr.contains(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QVERIFY(!QFile::exists(png));
}

void TestQalamApp::refusesFilesItMustNotTouch_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not sqlite") << QStringLiteral("text");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("another program's database") << QStringLiteral("foreign");
}

void TestQalamApp::refusesFilesItMustNotTouch()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    if (kind == u"text") {
        QVERIFY(Test::writeFile(path, QByteArrayLiteral("Это не база данных, а заметка редактора.\n")));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(kind == u"newer" ? q.exec(QStringLiteral("PRAGMA user_version = 99"))
                                 : q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kind);
    }
    const QByteArray before = Test::checksum(path);
    QVERIFY(!before.isEmpty());
    const Run run = runQalam({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                              dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.stdErr.trimmed().count(u'\n'), 0); // one line
    QVERIFY(run.stdErr.contains(path));
    QVERIFY(run.stdErr.contains(QStringLiteral("untouched")));
    QCOMPARE(Test::checksum(path), before);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestQalamApp::errorsSpeakTheInterfaceLanguage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("note.sqlite"));
    QVERIFY(Test::writeFile(path, QByteArrayLiteral("заметка")));
    const Run run = runQalam({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--db"), path,
                              QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stdErr.contains(QStringLiteral("не является базой данных Qalam")), qPrintable(run.stdErr));
}

QTEST_GUILESS_MAIN(TestQalamApp)
#include "tst_qalamapp.moc"
