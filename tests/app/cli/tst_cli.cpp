#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/samplenewsroom.h"
#include "app/storage/sqldialect.h"
#include "app/workflow/workflow.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qalam;
using Qalam::Test::checksum;
using Qalam::Test::writeFile;

namespace {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // "qalam-cli: …\n" and nothing else.
    bool errIsOneLine() const
    {
        return err.startsWith("qalam-cli: ") && err.endsWith('\n') && err.count('\n') == 1;
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Builds a file as a Qalam with an older (or newer) schema left it.
bool buildRawSchema(const QString &path, int version, int userVersion)
{
    const QString name = QStringLiteral("tst_cli-raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (int v = 1; ok && v <= version; ++v)
            for (const QString &sql : SqliteDialect().migration(v))
                ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

const QString s_unknownId = QStringLiteral("00000000-0000-4000-8000-000000000000");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newPrintsId();
    void newJson();
    void newBodyFile_data();
    void newBodyFile();
    void newFromSharedFixture();
    void nonUtf8BodyFile();
    void missingBodyFile();
    void newNeedsHeadlineAndKnownLanguage_data();
    void newNeedsHeadlineAndKnownLanguage();
    void list();
    void listJson();
    void showJsonKeys();
    void showText();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void exportJson();
    void exportHtmlHasNoScript();
    void exportToFile();
    void exportToUnwritableFile();
    void exportNeedsFormat_data();
    void exportNeedsFormat();
    void revisions();
    void dbCheck();
    void dbCheckMissingFile();
    void dbCheckOlderSchema();
    void dbInitSample();
    void dbInitSampleKeepsExistingDesk();
    void help();
    void noArguments();
    void usageErrors_data();
    void usageErrors();
    void notADatabase_data();
    void notADatabase();
    void newerSchema_data();
    void newerSchema();
    void qalamDbEnvironment();
    void defaultLocation();
    void quotesOfAFile();
    void quotesOfAnArticle();
    void typoReadsStdin();
    void checkFindingsAndExitCodes();
    void photoCommands();

private:
    CliRun run(const QStringList &arguments, const QProcessEnvironment &extra = {},
               const QByteArray &input = {});
    QString newArticle(const QStringList &options, const QString &dbPath = {});
    // --db first: an option left without its value at the end of a row must
    // not take "--db" for it.
    QStringList withDb(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_dbPath} + arguments;
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_home;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QALAM_CLI_PATH)), QALAM_CLI_PATH);
}

void TestCli::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = file(QStringLiteral("qalam.sqlite"));
    m_home = file(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &extra, const QByteArray &input)
{
    // No database from the person running the tests: no QALAM_DB, and a home
    // and data folder of the test's own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QALAM_DB"));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(QALAM_CLI_PATH), arguments);
    if (process.waitForStarted(30000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliRun result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "qalam-cli did not run: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCli::newArticle(const QStringList &options, const QString &dbPath)
{
    const CliRun r =
        run(QStringList{QStringLiteral("new"), QStringLiteral("--db"), dbPath.isEmpty() ? m_dbPath : dbPath} +
            options);
    if (r.exitCode != 0) {
        qWarning("new failed: %s", r.describe().constData());
        return {};
    }
    return r.outText().trimmed();
}

void TestCli::newPrintsId()
{
    const CliRun r = run(withDb({QStringLiteral("new"),
                                 QStringLiteral("--headline"),
                                 QStringLiteral("Тоқаев әкімдермен кездесті"),
                                 QStringLiteral("--lead"),
                                 QStringLiteral("Мемлекет басшысы жиын өткізді."),
                                 QStringLiteral("--region"),
                                 QStringLiteral("Астана"),
                                 QStringLiteral("--rubric"),
                                 QStringLiteral("Саясат"),
                                 QStringLiteral("--tag"),
                                 QStringLiteral("әкімдер"),
                                 QStringLiteral("--tag"),
                                 QStringLiteral("Ақорда"),
                                 QStringLiteral("--source"),
                                 QStringLiteral("Ақорда хабарлайды"),
                                 QStringLiteral("--language"),
                                 QStringLiteral("kk"),
                                 QStringLiteral("--author"),
                                 QStringLiteral("Сейтқали Айгүл"),
                                 QStringLiteral("--author"),
                                 QStringLiteral("Колмакова Виктория")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.err, QByteArray());
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$"));
    QVERIFY2(uuid.match(r.outText()).hasMatch(), r.out.constData());
    const QString id = r.outText().trimmed();

    const CliRun show = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject o = show.json().object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("headline")).toString(), QStringLiteral("Тоқаев әкімдермен кездесті"));
    QCOMPARE(o.value(QStringLiteral("lead")).toString(), QStringLiteral("Мемлекет басшысы жиын өткізді."));
    QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("Астана"));
    QCOMPARE(o.value(QStringLiteral("rubric")).toString(), QStringLiteral("Саясат"));
    QCOMPARE(o.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("әкімдер"), QStringLiteral("Ақорда")}));
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("Ақорда хабарлайды"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("kk"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray authors = o.value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Сейтқали Айгүл"));
    QCOMPARE(authors.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Колмакова Виктория"));
}

void TestCli::newJson()
{
    const CliRun r = run(withDb({QStringLiteral("new"), QStringLiteral("--json"),
                                 QStringLiteral("--headline"), QStringLiteral("Заголовок")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.json().isObject());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.keys(), QStringList{QStringLiteral("id")});
    QVERIFY(!QUuid::fromString(o.value(QStringLiteral("id")).toString()).isNull());
}

void TestCli::newBodyFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("bodyHtml");
    QTest::addColumn<QString>("bodyText");

    QTest::newRow("txt") << QStringLiteral("body.txt")
                         << QStringLiteral("Первый абзац.\nВторой абзац.\n").toUtf8()
                         << QStringLiteral("<p>Первый абзац.</p><p>Второй абзац.</p>")
                         << QStringLiteral("Первый абзац.\nВторой абзац.");
    QTest::newRow("txt, windows line ends and a BOM")
        << QStringLiteral("body.txt")
        << QByteArray("\xEF\xBB\xBF") + QStringLiteral("Бір.\r\n\r\nЕкі & үш.\r\n").toUtf8()
        << QStringLiteral("<p>Бір.</p><p>Екі &amp; үш.</p>") << QStringLiteral("Бір.\nЕкі & үш.");
    QTest::newRow("txt with markup-like text")
        << QStringLiteral("body.txt") << QStringLiteral("Формула: a < b и b > c\n").toUtf8()
        << QStringLiteral("<p>Формула: a &lt; b и b &gt; c</p>") << QStringLiteral("Формула: a < b и b > c");
    // The extension says plain text; text that happens to start with "<" stays text.
    QTest::newRow("txt starting with <")
        << QStringLiteral("body.txt")
        << QStringLiteral("<b> — так в разметке пишут жирный.\nВторой абзац.\n").toUtf8()
        << QStringLiteral("<p>&lt;b&gt; — так в разметке пишут жирный.</p><p>Второй абзац.</p>")
        << QStringLiteral("<b> — так в разметке пишут жирный.\nВторой абзац.");
    QTest::newRow("html")
        << QStringLiteral("body.html")
        << QStringLiteral("<h1>Заголовок</h1><p>Текст <b>жирный</b>.</p><script>alert(1)</script>").toUtf8()
        << QStringLiteral("<h2>Заголовок</h2><p>Текст <strong>жирный</strong>.</p>")
        << QStringLiteral("Заголовок\nТекст жирный.");
    QTest::newRow("htm, upper case") << QStringLiteral("BODY.HTM")
                                     << QByteArray("<div>One</div><div>Two</div>")
                                     << QStringLiteral("<p>One</p><p>Two</p>") << QStringLiteral("One\nTwo");
    QTest::newRow("html without extension") << QStringLiteral("body") << QByteArray("  <p>Абзац</p>\n")
                                            << QStringLiteral("<p>Абзац</p>") << QStringLiteral("Абзац");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << QString() << QString();
}

void TestCli::newBodyFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, bodyHtml);
    QFETCH(QString, bodyText);

    QVERIFY(writeFile(file(fileName), bytes));
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("С телом"),
                                   QStringLiteral("--body-file"), file(fileName)});
    QVERIFY(!id.isEmpty());
    const CliRun show = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QVERIFY2(show.exitCode == 0, show.describe());
    QCOMPARE(show.json().object().value(QStringLiteral("body_html")).toString(), bodyHtml);
    QCOMPARE(show.json().object().value(QStringLiteral("body_text")).toString(), bodyText);
}

void TestCli::newFromSharedFixture()
{
    // A real article as copied out of a news site: indented lines, site junk.
    const QString fixture = QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt");
    // The shared fixtures sit beside the checkout (as on CI); a bare clone
    // elsewhere does not have them.
    if (!QFileInfo::exists(fixture))
        QSKIP(qPrintable(QStringLiteral("no shared fixture at ") + fixture));
    QFile source(fixture);
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(fixture));
    QStringList paragraphs;
    for (const QString &line : QString::fromUtf8(source.readAll()).split(u'\n')) {
        if (!line.simplified().isEmpty())
            paragraphs.append(line.simplified());
    }
    QVERIFY(paragraphs.size() > 10);

    const QString id = newArticle({QStringLiteral("--headline"),
                                   QStringLiteral("«В стране должен царить закон»: Токаев — акимам"),
                                   QStringLiteral("--body-file"), fixture, QStringLiteral("--author"),
                                   QStringLiteral("Колмакова Виктория")});
    QVERIFY(!id.isEmpty());
    const CliRun show = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject o = show.json().object();
    QCOMPARE(o.value(QStringLiteral("body_text")).toString(), paragraphs.join(u'\n'));
    QCOMPARE(o.value(QStringLiteral("body_html")).toString().count(QStringLiteral("<p>")), paragraphs.size());

    const CliRun found = run(withDb({QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--search"), QStringLiteral("Касым-Жомарт Шымкента")}));
    QCOMPARE(found.json().array().size(), 1);
}

void TestCli::nonUtf8BodyFile()
{
    // "Привет, мир" in Windows-1251, as old newsroom archives have it.
    QVERIFY(writeFile(file(QStringLiteral("cp1251.txt")),
                      QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0\n")));
    const CliRun r =
        run(withDb({QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Кодировка"),
                    QStringLiteral("--body-file"), file(QStringLiteral("cp1251.txt"))}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("cp1251.txt")), r.describe());
    QCOMPARE(r.out, QByteArray());

    const CliRun list = run(withDb({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 0); // nothing half-created
}

void TestCli::missingBodyFile()
{
    const CliRun r =
        run(withDb({QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Нет файла"),
                    QStringLiteral("--body-file"), file(QStringLiteral("нет.txt"))}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.describe());
}

void TestCli::newNeedsHeadlineAndKnownLanguage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no headline") << QStringList{QStringLiteral("--lead"), QStringLiteral("Лид")};
    QTest::newRow("blank headline") << QStringList{QStringLiteral("--headline"), QStringLiteral("   ")};
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--headline"), QStringLiteral("Заголовок"),
                       QStringLiteral("--language"), QStringLiteral("de")};
}

void TestCli::newNeedsHeadlineAndKnownLanguage()
{
    QFETCH(QStringList, options);
    const CliRun r = run(withDb(QStringList{QStringLiteral("new")} + options));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.describe());
    QCOMPARE(r.out, QByteArray());
}

void TestCli::list()
{
    // Articles in every state, written by the desk through the store.
    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db);
        ArticleStore store(*db);
        const struct
        {
            const char16_t *headline;
            ArticleStatus status;
            const char16_t *region;
        } rows[] = {
            {u"Токаев провел совещание", ArticleStatus::InReview, u"Астана"},
            {u"Қазақстан экономикасы", ArticleStatus::Draft, u"Алматы"},
            {u"Snow in Almaty", ArticleStatus::Published, u"Алматы"},
        };
        // A new article is a draft; only the Workflow moves it on.
        Workflow workflow(*db);
        for (const auto &row : rows) {
            Article a;
            a.headline = QString::fromUtf16(row.headline);
            a.region = QString::fromUtf16(row.region);
            auto created = store.create(a);
            QVERIFY(created);
            if (row.status != ArticleStatus::Draft)
                QVERIFY(workflow.submit(created->id));
            if (row.status == ArticleStatus::Published) {
                QVERIFY(workflow.approve(created->id));
                QVERIFY(workflow.publish(created->id));
            }
        }
    }

    const CliRun all = run(withDb({QStringLiteral("list")}));
    QVERIFY2(all.exitCode == 0, all.describe());
    const QStringList lines = all.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines)
        QCOMPARE(line.split(u'\t').size(), 4);

    const CliRun review =
        run(withDb({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("in_review")}));
    QVERIFY2(review.exitCode == 0, review.describe());
    QCOMPARE(review.outText().count(u'\n'), 1);
    QVERIFY(review.outText().contains(QStringLiteral("\tin_review\t")));
    QVERIFY(review.outText().trimmed().endsWith(QStringLiteral("\tТокаев провел совещание")));

    const CliRun search =
        run(withDb({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ТОКАЕ")}));
    QVERIFY2(search.exitCode == 0, search.describe());
    QCOMPARE(search.outText().count(u'\n'), 1);
    QVERIFY(search.outText().contains(QStringLiteral("Токаев провел совещание")));

    const CliRun kazakh =
        run(withDb({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("қаз")}));
    QCOMPARE(kazakh.outText().count(u'\n'), 1);

    const CliRun region =
        run(withDb({QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("Алматы")}));
    QCOMPARE(region.outText().count(u'\n'), 2);

    const CliRun limited =
        run(withDb({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}));
    QCOMPARE(limited.outText().count(u'\n'), 1);

    const CliRun none =
        run(withDb({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ничего")}));
    QVERIFY2(none.exitCode == 0, none.describe());
    QCOMPARE(none.out, QByteArray());

    for (const QStringList &bad : {QStringList{QStringLiteral("--status"), QStringLiteral("lost")},
                                   QStringList{QStringLiteral("--limit"), QStringLiteral("many")},
                                   QStringList{QStringLiteral("--limit"), QStringLiteral("-3")}}) {
        const CliRun r = run(withDb(QStringList{QStringLiteral("list")} + bad));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errIsOneLine(), r.describe());
    }
}

void TestCli::listJson()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Токаев провел совещание"),
                                   QStringLiteral("--author"), QStringLiteral("Колмакова Виктория")});
    QVERIFY(!id.isEmpty());
    QVERIFY(!newArticle({QStringLiteral("--headline"), QStringLiteral("Другая статья")}).isEmpty());

    const CliRun r = run(withDb({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"),
                                 QStringLiteral("токаев")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.json().isArray());
    const QJsonArray rows = r.json().array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(sortedKeys(row),
             sorted({QStringLiteral("id"), QStringLiteral("headline"), QStringLiteral("status"),
                     QStringLiteral("region"), QStringLiteral("authors"), QStringLiteral("words"),
                     QStringLiteral("updated")}));
    QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(row.value(QStringLiteral("authors")).toString(), QStringLiteral("Колмакова Виктория"));
    QVERIFY(
        QDateTime::fromString(row.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs).isValid());

    const CliRun empty = run(withDb({QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--status"), QStringLiteral("published")}));
    QVERIFY2(empty.exitCode == 0, empty.describe());
    QVERIFY(empty.json().isArray());
    QCOMPARE(empty.json().array().size(), 0);
}

void TestCli::showJsonKeys()
{
    QVERIFY(writeFile(file(QStringLiteral("body.html")), QByteArray("<p>Body <b>text</b>.</p>")));
    const QString id =
        newArticle({QStringLiteral("--headline"), QStringLiteral("Headline"), QStringLiteral("--lead"),
                    QStringLiteral("Lead"), QStringLiteral("--body-file"), file(QStringLiteral("body.html")),
                    QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--author"),
                    QStringLiteral("Jane Doe")});
    QVERIFY(!id.isEmpty());
    const CliRun r = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.err, QByteArray());
    QVERIFY(r.json().isObject());
    const QJsonObject o = r.json().object();
    QCOMPARE(
        sortedKeys(o),
        sorted(
            {QStringLiteral("id"),          QStringLiteral("headline"),   QStringLiteral("lead"),
             QStringLiteral("body_html"),   QStringLiteral("body_text"),  QStringLiteral("region"),
             QStringLiteral("rubric"),      QStringLiteral("tags"),       QStringLiteral("source"),
             QStringLiteral("language"),    QStringLiteral("status"),     QStringLiteral("version"),
             QStringLiteral("created"),     QStringLiteral("updated"),    QStringLiteral("authors"),
             QStringLiteral("pull_quotes"), QStringLiteral("quotes"),     QStringLiteral("photos"),
             QStringLiteral("created_by"),  QStringLiteral("publish_at"), QStringLiteral("published_at")}));
    // Who created it, and the workflow's times (none yet).
    QVERIFY(!o.value(QStringLiteral("created_by")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("publish_at")).isNull());
    QVERIFY(o.value(QStringLiteral("published_at")).isNull());
    QVERIFY(o.value(QStringLiteral("tags")).isArray());
    QVERIFY(o.value(QStringLiteral("version")).isDouble());
    QCOMPARE(o.value(QStringLiteral("body_html")).toString(),
             QStringLiteral("<p>Body <strong>text</strong>.</p>"));
    QCOMPARE(o.value(QStringLiteral("body_text")).toString(), QStringLiteral("Body text."));
    const QDateTime created =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    const QJsonArray authors = o.value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 1);
    QCOMPARE(sortedKeys(authors.first().toObject()),
             QStringList({QStringLiteral("name"), QStringLiteral("position")}));
    QCOMPARE(authors.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Jane Doe"));
}

void TestCli::showText()
{
    QVERIFY(
        writeFile(file(QStringLiteral("body.txt")), QStringLiteral("Первый абзац.\nВторой абзац.").toUtf8()));
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Токаев провел совещание"),
                                   QStringLiteral("--body-file"), file(QStringLiteral("body.txt"))});
    const CliRun r = run(withDb({QStringLiteral("show"), id}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.outText().startsWith(QStringLiteral("Токаев провел совещание\n")));
    QVERIFY(r.outText().contains(id));
    QVERIFY(r.outText().contains(QStringLiteral("Первый абзац.\nВторой абзац.")));
}

void TestCli::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<bool>("separateValue");

    QTest::newRow("before the command") << QStringList{QStringLiteral("--json")} << QStringList{} << true;
    QTest::newRow("after the command") << QStringList{} << QStringList{QStringLiteral("--json")} << true;
    QTest::newRow("split") << QStringList{QStringLiteral("--json")} << QStringList{} << false;
}

void TestCli::globalOptionsAnywhere()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(bool, separateValue);
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Порядок опций")});
    QVERIFY(!id.isEmpty());
    const QStringList db = separateValue ? QStringList{QStringLiteral("--db"), m_dbPath}
                                         : QStringList{QStringLiteral("--db=") + m_dbPath};

    const CliRun reference =
        run({QStringLiteral("show"), id, QStringLiteral("--json"), QStringLiteral("--db"), m_dbPath});
    QVERIFY2(reference.exitCode == 0, reference.describe());

    const QList<QStringList> variants = {
        before + db + QStringList{QStringLiteral("show"), id} + after,
        QStringList{QStringLiteral("show")} + before + QStringList{id} + db + after,
        db + QStringList{QStringLiteral("show")} + before + after + QStringList{id},
    };
    for (const QStringList &args : variants) {
        QStringList full = args;
        if (!full.contains(QStringLiteral("--json")))
            full << QStringLiteral("--json");
        const CliRun r = run(full);
        QVERIFY2(r.exitCode == 0, qPrintable(full.join(u' ') + u'\n' + QString::fromUtf8(r.describe())));
        QCOMPARE(r.out, reference.out);
        QCOMPARE(r.err, QByteArray());
    }

    // list too: the values of command options are not taken for command words.
    const CliRun listRef = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("draft"),
                                QStringLiteral("--db"), m_dbPath, QStringLiteral("--json")});
    const CliRun listMoved =
        run({QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("draft"),
             QStringLiteral("--db"), m_dbPath, QStringLiteral("list")});
    QVERIFY2(listRef.exitCode == 0, listRef.describe());
    QCOMPARE(listMoved.exitCode, 0);
    QCOMPARE(listMoved.out, listRef.out);
}

void TestCli::exportJson()
{
    QVERIFY(writeFile(file(QStringLiteral("body.txt")), QStringLiteral("Қазақша мәтін.").toUtf8()));
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Экспорт"),
                                   QStringLiteral("--body-file"), file(QStringLiteral("body.txt"))});
    const CliRun exported =
        run(withDb({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const CliRun shown = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QVERIFY(exported.json().isObject());
    // show --json adds the quotations found in the text; the export is the article.
    QJsonObject article = shown.json().object();
    QVERIFY(article.contains(QStringLiteral("quotes")));
    article.remove(QStringLiteral("quotes"));
    QVERIFY(article.contains(QStringLiteral("photos")));
    article.remove(QStringLiteral("photos"));
    // …and the workflow's facts.
    for (const char *key : {"created_by", "publish_at", "published_at"}) {
        QVERIFY2(article.contains(QLatin1String(key)), key);
        article.remove(QLatin1String(key));
    }
    QCOMPARE(exported.json().object(), article);
    QCOMPARE(exported.json().object().value(QStringLiteral("body_text")).toString(),
             QStringLiteral("Қазақша мәтін."));
}

void TestCli::exportHtmlHasNoScript()
{
    QVERIFY(writeFile(file(QStringLiteral("body.html")),
                      QByteArray("<p onclick=\"x()\">Текст.</p><script>alert('body')</script>"
                                 "<p><a href=\"javascript:alert(1)\">ссылка</a></p>")));
    const QString id = newArticle(
        {QStringLiteral("--headline"), QStringLiteral("<script>alert('headline')</script> Заголовок"),
         QStringLiteral("--lead"), QStringLiteral("Лид <img src=x onerror=alert(1)>"),
         QStringLiteral("--source"), QStringLiteral("передает <b>Акорда</b>"), QStringLiteral("--author"),
         QStringLiteral("Колмакова <Виктория>"), QStringLiteral("--body-file"),
         file(QStringLiteral("body.html"))});
    QVERIFY(!id.isEmpty());
    const CliRun r =
        run(withDb({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("html")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString html = r.outText();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("onclick")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("javascript:")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert('headline')&lt;/script&gt; Заголовок")));
    QVERIFY(html.contains(QStringLiteral("<p>Текст.</p>")));
    QVERIFY(html.contains(QStringLiteral("lang=\"ru\"")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
}

void TestCli::exportToFile()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("В файл")});
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("html")}) {
        const CliRun toStdout =
            run(withDb({QStringLiteral("export"), id, QStringLiteral("--format"), format}));
        QVERIFY2(toStdout.exitCode == 0, toStdout.describe());
        const QString target = file(QStringLiteral("экспорт.") + format);
        const CliRun toFile = run(withDb({QStringLiteral("export"), id, QStringLiteral("--format"), format,
                                          QStringLiteral("--output"), target}));
        QVERIFY2(toFile.exitCode == 0, toFile.describe());
        QCOMPARE(toFile.out, QByteArray());
        QCOMPARE(toFile.err, QByteArray());
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), toStdout.out);
    }
}

void TestCli::exportToUnwritableFile()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Некуда")});
    QVERIFY(writeFile(file(QStringLiteral("not-a-folder")), "x"));
    const CliRun r =
        run(withDb({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), file(QStringLiteral("not-a-folder/out.json"))}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errIsOneLine(), r.describe());
    QCOMPARE(r.out, QByteArray());
}

void TestCli::exportNeedsFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no format") << QStringList{};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")};
}

void TestCli::exportNeedsFormat()
{
    QFETCH(QStringList, options);
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Формат")});
    const CliRun r = run(withDb(QStringList{QStringLiteral("export"), id} + options));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errIsOneLine(), r.describe());
}

void TestCli::revisions()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Версии")});
    CliRun r = run(withDb({QStringLiteral("revisions"), id}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^#\\d+\tv1\t\\S+\t[^\t]+\tcreated$"))
                 .match(lines.first())
                 .hasMatch(),
             qPrintable(lines.first()));

    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db);
        ArticleStore store(*db, &Clock::system(), Actor::singleDeskAccount(QStringLiteral("seitkali")));
        Article a = *store.load(id);
        a.headline = QStringLiteral("Версии, правка");
        QVERIFY(store.save(a, ArticleStore::SaveKind::Revision, QStringLiteral("перед сдачей")));
    }
    r = run(withDb({QStringLiteral("revisions"), id}));
    lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().contains(QStringLiteral("\tv2\t")));
    QVERIFY(lines.first().endsWith(QStringLiteral("\tseitkali\tперед сдачей")));

    r = run(withDb({QStringLiteral("revisions"), id, QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray revs = r.json().array();
    QCOMPARE(revs.size(), 2);
    const QJsonObject newest = revs.first().toObject();
    QCOMPARE(sortedKeys(newest),
             sorted({QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("who"),
                     QStringLiteral("reason"), QStringLiteral("created"), QStringLiteral("headline")}));
    QCOMPARE(newest.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(newest.value(QStringLiteral("reason")).toString(), QStringLiteral("перед сдачей"));
    QCOMPARE(newest.value(QStringLiteral("headline")).toString(), QStringLiteral("Версии, правка"));
    QCOMPARE(revs.last().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("created"));
}

void TestCli::dbCheck()
{
    QVERIFY(!newArticle({QStringLiteral("--headline"), QStringLiteral("Проверка")}).isEmpty());
    CliRun r = run(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.err, QByteArray());
    QVERIFY2(r.outText().contains(
                 QStringLiteral("Schema version: %1 (latest %1)").arg(Database::latestSchemaVersion())),
             r.out.constData());
    QVERIFY(r.outText().contains(QStringLiteral("Integrity: ok")));

    r = run(withDb({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(o.value(QStringLiteral("latest_schema_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(QFileInfo(o.value(QStringLiteral("path")).toString()).canonicalFilePath(),
             QFileInfo(m_dbPath).canonicalFilePath());
}

void TestCli::dbCheckMissingFile()
{
    const CliRun r = run(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.describe());
    QVERIFY(!QFile::exists(m_dbPath)); // checking does not create
}

void TestCli::dbCheckOlderSchema()
{
    QVERIFY(buildRawSchema(m_dbPath, 1, 1));
    const QByteArray before = checksum(m_dbPath);
    const CliRun r = run(withDb({QStringLiteral("db"), QStringLiteral("check")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("schema 1")), r.describe());
    QCOMPARE(checksum(m_dbPath), before); // a check does not migrate

    // db init does.
    const CliRun init = run(withDb({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json")}));
    QVERIFY2(init.exitCode == 0, init.describe());
    QCOMPARE(init.json().object().value(QStringLiteral("schema_version")).toInt(),
             Database::latestSchemaVersion());
}

void TestCli::dbInitSample()
{
    CliRun r = run(withDb({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample"),
                           QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const int bundledArticles = r.json().object().value(QStringLiteral("sample_articles_added")).toInt();
    QVERIFY2(bundledArticles > 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("schema_version")).toInt(),
             Database::latestSchemaVersion());

    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db);
        // The sample newsroom has accounts: read it as its chief editor.
        auto chief = UserStore(*db).user(QStringLiteral("omarov"));
        QVERIFY(chief);
        ArticleStore store(*db, &Clock::system(), Actor::fromUser(*chief));
        QCOMPARE(*store.count(), bundledArticles);
        QSet<QString> languages;
        auto rows = store.list();
        QVERIFY2(rows, qPrintable(rows.error().message + QStringLiteral(" / ") + rows.error().detail));
        for (const ArticleSummary &s : *rows) {
            auto loaded = store.load(s.id);
            QVERIFY2(loaded,
                     qPrintable(loaded.error().message + QStringLiteral(" / ") + loaded.error().detail));
            const Article a = *loaded;
            languages.insert(a.language);
            QVERIFY2(!a.headline.isEmpty(), qPrintable(a.id));
            QVERIFY2(!a.bodyText.isEmpty(), qPrintable(a.headline));
            QVERIFY2(!a.authors.isEmpty(), qPrintable(a.headline));
            QCOMPARE(store.revisions(a.id)->first().reason, QStringLiteral("sample"));
        }
        QVERIFY(languages.contains(QStringLiteral("ru")));
        QVERIFY(languages.contains(QStringLiteral("kk")));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    // Not twice.
    r = run(withDb({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample"),
                    QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("sample_articles_added")).toInt(), 0);
    QProcessEnvironment sampleAccount;
    sampleAccount.insert(QStringLiteral("QALAM_PASSWORD"),
                         QString::fromLatin1(SampleNewsroom::SamplePassword));
    const CliRun list = run(withDb({QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--user"), QStringLiteral("omarov")}),
                            sampleAccount);
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), bundledArticles);

    // The plain-text report says the same.
    r = run(withDb({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.outText().contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())));
}

void TestCli::dbInitSampleKeepsExistingDesk()
{
    QVERIFY(!newArticle({QStringLiteral("--headline"), QStringLiteral("Своя статья")}).isEmpty());
    const CliRun r = run(withDb({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample"),
                                 QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("sample_articles_added")).toInt(), 0);
    const CliRun list = run(withDb({QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.json().array().size(), 1);
}

void TestCli::help()
{
    const CliRun overview = run({QStringLiteral("help")});
    QVERIFY2(overview.exitCode == 0, overview.describe());
    QCOMPARE(overview.err, QByteArray());
    for (const char *command : {"new", "list", "show", "export", "revisions", "db check", "db init"})
        QVERIFY2(overview.outText().contains(QLatin1String(command)), command);
    QVERIFY(overview.outText().contains(QStringLiteral("Exit codes")));

    for (const QStringList &same :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("-h")}}) {
        const CliRun r = run(same);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, overview.out);
    }

    const CliRun helpNew = run({QStringLiteral("help"), QStringLiteral("new")});
    QVERIFY2(helpNew.exitCode == 0, helpNew.describe());
    QVERIFY(helpNew.outText().startsWith(QStringLiteral("Usage: qalam-cli new")));
    for (const char *option :
         {"--headline", "--body-file", "--tag", "--author", "--language", "--db", "--json"})
        QVERIFY2(helpNew.outText().contains(QLatin1String(option)), option);
    const CliRun newHelp = run({QStringLiteral("new"), QStringLiteral("--help")});
    QCOMPARE(newHelp.exitCode, 0);
    QCOMPARE(newHelp.out, helpNew.out);
    // --help wins over everything else on the line and touches no database.
    const CliRun newHelpWithJunk =
        run({QStringLiteral("new"), QStringLiteral("--frobnicate"), QStringLiteral("--help")});
    QCOMPARE(newHelpWithJunk.exitCode, 0);
    QCOMPARE(newHelpWithJunk.out, helpNew.out);

    const CliRun helpDbCheck = run({QStringLiteral("help"), QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(helpDbCheck.exitCode == 0, helpDbCheck.describe());
    QVERIFY(helpDbCheck.outText().startsWith(QStringLiteral("Usage: qalam-cli db check")));

    const CliRun unknown = run({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errIsOneLine(), unknown.describe());
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestCli::noArguments()
{
    // Bare "qalam-cli" is a usage error that shows the overview on stderr.
    const CliRun r = run({});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY(r.errText().contains(QStringLiteral("Commands:")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("db without subcommand") << QStringList{QStringLiteral("db")};
    QTest::newRow("unknown db subcommand") << QStringList{QStringLiteral("db"), QStringLiteral("vacuum")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")};
    QTest::newRow("another command's option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--headline"), QStringLiteral("x")};
    QTest::newRow("option without value") << QStringList{QStringLiteral("list"), QStringLiteral("--status")};
    QTest::newRow("flag with value") << QStringList{QStringLiteral("list"), QStringLiteral("--json=yes")};
    QTest::newRow("option twice") << QStringList{QStringLiteral("new"), QStringLiteral("--headline"),
                                                 QStringLiteral("a"), QStringLiteral("--headline"),
                                                 QStringLiteral("b")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
    QTest::newRow("export without id")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("revisions without id") << QStringList{QStringLiteral("revisions")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("show"), s_unknownId,
                                                   QStringLiteral("more")};
    QTest::newRow("list with argument") << QStringList{QStringLiteral("list"), QStringLiteral("токаев")};
    QTest::newRow("show unknown id") << QStringList{QStringLiteral("show"), s_unknownId};
    QTest::newRow("show unknown id, json")
        << QStringList{QStringLiteral("show"), s_unknownId, QStringLiteral("--json")};
    QTest::newRow("export unknown id") << QStringList{QStringLiteral("export"), s_unknownId,
                                                      QStringLiteral("--format"), QStringLiteral("html")};
    QTest::newRow("revisions unknown id") << QStringList{QStringLiteral("revisions"), s_unknownId};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QVERIFY(!newArticle({QStringLiteral("--headline"), QStringLiteral("Есть статья")}).isEmpty());
    const QByteArray before = checksum(m_dbPath);

    const CliRun r = run(withDb(arguments));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errIsOneLine(), r.describe());
    QCOMPARE(checksum(m_dbPath), before);
}

void TestCli::notADatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--headline"),
                                        QStringLiteral("x")};
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list json") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), s_unknownId};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), s_unknownId, QStringLiteral("--format"),
                                           QStringLiteral("json")};
    QTest::newRow("revisions") << QStringList{QStringLiteral("revisions"), s_unknownId};
    QTest::newRow("db check") << QStringList{QStringLiteral("db"), QStringLiteral("check")};
    QTest::newRow("db init") << QStringList{QStringLiteral("db"), QStringLiteral("init")};
    QTest::newRow("db init --sample")
        << QStringList{QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--sample")};
}

void TestCli::notADatabase()
{
    QFETCH(QStringList, arguments);
    QVERIFY(writeFile(m_dbPath, QStringLiteral("Это заметка, а не база данных.\n").toUtf8()));
    const QByteArray before = checksum(m_dbPath);
    const CliRun r = run(withDb(arguments));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errIsOneLine(), r.describe());
    QVERIFY2(r.errText().contains(m_dbPath), r.describe());
    QCOMPARE(checksum(m_dbPath), before);
    QVERIFY(!QFile::exists(m_dbPath + QStringLiteral("-wal")));
}

void TestCli::newerSchema_data()
{
    notADatabase_data();
}

void TestCli::newerSchema()
{
    QFETCH(QStringList, arguments);
    QVERIFY(buildRawSchema(m_dbPath, Database::latestSchemaVersion(), 99));
    const QByteArray before = checksum(m_dbPath);
    const CliRun r = run(withDb(arguments));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errIsOneLine(), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("99")), r.describe());
    QCOMPARE(checksum(m_dbPath), before);
}

void TestCli::qalamDbEnvironment()
{
    const QString fromEnv = file(QStringLiteral("env/qalam-env.sqlite"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("QALAM_DB"), fromEnv);

    const CliRun created =
        run({QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Из окружения")}, env);
    QVERIFY2(created.exitCode == 0, created.describe());
    QVERIFY(QFile::exists(fromEnv));
    QVERIFY(!QFile::exists(m_dbPath));

    const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")}, env);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().first().toObject().value(QStringLiteral("id")).toString(),
             created.outText().trimmed());

    // --db wins over the environment.
    const CliRun explicitDb =
        run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_dbPath}, env);
    QVERIFY2(explicitDb.exitCode == 0, explicitDb.describe());
    QCOMPARE(explicitDb.json().array().size(), 0);
    QVERIFY(QFile::exists(m_dbPath));
}

void TestCli::defaultLocation()
{
    // Neither --db nor QALAM_DB: the per-user data folder (here the test's own).
    const CliRun r = run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString path = r.json().object().value(QStringLiteral("path")).toString();
    QVERIFY2(path.startsWith(m_home + QStringLiteral("/.local/share/")), qPrintable(path));
    QVERIFY2(path.endsWith(QStringLiteral("/qalam.sqlite")), qPrintable(path));
    QVERIFY(QFile::exists(path));
}

void TestCli::quotesOfAFile()
{
    QVERIFY(writeFile(file(QStringLiteral("text.txt")),
                      QStringLiteral("«В стране должен царить закон», – заявил Касым-Жомарт Токаев.\n"
                                     "По словам главы государства, «работа продолжится».\n"
                                     "Партия «Аманат» поддержала решение, передает Акорда.\n")
                          .toUtf8()));
    const CliRun r =
        run({QStringLiteral("quotes"), file(QStringLiteral("text.txt")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray quotes = r.json().array();
    QCOMPARE(quotes.size(), 3);
    const QJsonObject first = quotes.at(0).toObject();
    QCOMPARE(sortedKeys(first),
             sorted({QStringLiteral("text"), QStringLiteral("kind"), QStringLiteral("speaker"),
                     QStringLiteral("verb"), QStringLiteral("attributed"), QStringLiteral("start"),
                     QStringLiteral("end"), QStringLiteral("paragraph"), QStringLiteral("level")}));
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("В стране должен царить закон"));
    QCOMPARE(first.value(QStringLiteral("speaker")).toString(), QStringLiteral("Касым-Жомарт Токаев"));
    QCOMPARE(first.value(QStringLiteral("verb")).toString(), QStringLiteral("заявил"));
    QCOMPARE(first.value(QStringLiteral("start")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("end")).toInt(), 30);
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("speaker")).toString(),
             QStringLiteral("главы государства"));
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("paragraph")).toInt(), 1);
    QCOMPARE(quotes.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("title"));

    const CliRun text = run({QStringLiteral("quotes"), file(QStringLiteral("text.txt"))});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.outText().contains(QStringLiteral("Касым-Жомарт Токаев")));
    QVERIFY(text.outText().contains(QStringLiteral("передает Акорда")));

    const CliRun missing = run(withDb({QStringLiteral("quotes"), file(QStringLiteral("nope.txt"))}));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.errIsOneLine(), missing.describe());
}

void TestCli::quotesOfAnArticle()
{
    QVERIFY(writeFile(file(QStringLiteral("body.txt")),
                      QStringLiteral("Глава государства провел совещание, передает Акорда.\n"
                                     "«В стране должен царить закон», – заявил Касым-Жомарт Токаев.")
                          .toUtf8()));
    const QString id = newArticle({QStringLiteral("--headline"),
                                   QStringLiteral("«В стране должен царить закон»: Токаев – акимам"),
                                   QStringLiteral("--body-file"), file(QStringLiteral("body.txt"))});
    QVERIFY(!id.isEmpty());
    for (const QStringList &args : {QStringList{QStringLiteral("quotes"), QStringLiteral("--id"), id},
                                    QStringList{QStringLiteral("quotes"), id}}) {
        const CliRun r = run(withDb(args + QStringList{QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray quotes = r.json().array();
        QCOMPARE(quotes.size(), 2);
        // The headline (paragraph 0) in its «Q»: X – Y form, and the body quote.
        QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("speaker")).toString(),
                 QStringLiteral("Токаев"));
        QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("paragraph")).toInt(), 0);
        QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("speaker")).toString(),
                 QStringLiteral("Касым-Жомарт Токаев"));
    }
    const CliRun shown = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    const QJsonArray quotes = shown.json().object().value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("verb")).toString(), QStringLiteral("заявил"));
}

void TestCli::typoReadsStdin()
{
    const QByteArray input =
        QStringLiteral("\"Работа продолжится\" - сказал он... В 2020-2021 годах").toUtf8();
    const CliRun r = run({QStringLiteral("typo"), QStringLiteral("--lang"), QStringLiteral("ru")}, {}, input);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), QStringLiteral("«Работа продолжится»\u00A0— сказал он… В\u00A02020–2021 годах"));
    const CliRun en = run({QStringLiteral("typo"), QStringLiteral("--lang"), QStringLiteral("ru"),
                           QStringLiteral("--dash"), QStringLiteral("en")},
                          {}, input);
    QVERIFY(en.outText().startsWith(QStringLiteral("«Работа продолжится»\u00A0– сказал")));
    const CliRun bad =
        run({QStringLiteral("typo"), QStringLiteral("--lang"), QStringLiteral("de")}, {}, input);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errIsOneLine(), bad.describe());
    const CliRun binary = run({QStringLiteral("typo")}, {}, QByteArray("\xff\xfe\x00broken"));
    QCOMPARE(binary.exitCode, 2);
}

void TestCli::checkFindingsAndExitCodes()
{
    QVERIFY(writeFile(file(QStringLiteral("clean.txt")),
                      QStringLiteral("«Работа продолжится», – сказал аким.\n").toUtf8()));
    QVERIFY(writeFile(file(QStringLiteral("draft.txt")),
                      QStringLiteral("Аким сказал, что работа TK продолжится.\n«Без автора».\n"
                                     "Превет \"цитата\" - тире.\n")
                          .toUtf8()));
    const CliRun clean =
        run({QStringLiteral("check"), file(QStringLiteral("clean.txt")), QStringLiteral("--json")});
    QVERIFY2(clean.exitCode == 0, clean.describe());
    for (const QJsonValue &v : clean.json().array())
        QVERIFY(v.toObject().value(QStringLiteral("severity")).toString() != u"error");

    const CliRun draft =
        run({QStringLiteral("check"), file(QStringLiteral("draft.txt")), QStringLiteral("--json")});
    QCOMPARE(draft.exitCode, 1); // the placeholder is an error
    QStringList codes;
    for (const QJsonValue &v : draft.json().array()) {
        const QJsonObject f = v.toObject();
        codes.append(f.value(QStringLiteral("code")).toString());
        if (f.value(QStringLiteral("code")).toString() == u"placeholder") {
            QCOMPARE(f.value(QStringLiteral("line")).toInt(), 1);
            QCOMPARE(f.value(QStringLiteral("text")).toString(), QStringLiteral("TK"));
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        }
    }
    QVERIFY2(codes.contains(QStringLiteral("placeholder")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("quote.unattributed")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("typography.straight-quotes")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("typography.dash")), qPrintable(codes.join(u' ')));
    if (!draft.errText().contains(QStringLiteral("spelling not checked")))
        QVERIFY2(codes.contains(QStringLiteral("spelling")), qPrintable(codes.join(u' ')));

    const CliRun text = run({QStringLiteral("check"), file(QStringLiteral("draft.txt"))});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.outText().contains(file(QStringLiteral("draft.txt")) + QStringLiteral(":1:")));
    QVERIFY(text.outText().contains(QStringLiteral("[placeholder]")));
}

void TestCli::photoCommands()
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(0x1a, 0x5f, 0xb4));
    QVERIFY(image.save(file(QStringLiteral("akorda.jpg")), "JPEG", 90));
    const QString id =
        newArticle({QStringLiteral("--headline"), QStringLiteral("Токаев встретился с акимами")});
    QVERIFY(!id.isEmpty());

    // --lead is a flag here (and takes a value for "new").
    const CliRun added =
        run(withDb({QStringLiteral("photo"), QStringLiteral("add"), id, file(QStringLiteral("akorda.jpg")),
                    QStringLiteral("--caption"), QStringLiteral("Токаев встретился с акимами"),
                    QStringLiteral("--credit-source"), QStringLiteral("Акорда"),
                    QStringLiteral("--credit-type"), QStringLiteral("ugc"), QStringLiteral("--lead")}));
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString photoId = added.outText().trimmed();
    QVERIFY(photoId.toLongLong() > 0);

    const CliRun listed =
        run(withDb({QStringLiteral("photo"), QStringLiteral("list"), id, QStringLiteral("--json")}));
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonObject photo = listed.json().array().first().toObject();
    QCOMPARE(photo.value(QStringLiteral("credit_line")).toString(), QStringLiteral("Фото: Акорда: UGC"));
    QCOMPARE(photo.value(QStringLiteral("is_lead")).toBool(), true);
    QCOMPARE(photo.value(QStringLiteral("width")).toInt(), 1600);

    // No alt text and no permission yet: check fails with the photo rules.
    const CliRun before = run(withDb({QStringLiteral("check"), id, QStringLiteral("--json")}));
    QCOMPARE(before.exitCode, 1);
    QStringList codes;
    for (const QJsonValue &v : before.json().array())
        codes.append(v.toObject().value(QStringLiteral("code")).toString());
    QVERIFY2(codes.contains(QStringLiteral("photo.alt")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("photo.ugc-permission")), qPrintable(codes.join(u' ')));

    const CliRun set =
        run(withDb({QStringLiteral("photo"), QStringLiteral("set"), photoId, QStringLiteral("--alt"),
                    QStringLiteral("Президент за столом"), QStringLiteral("--ugc-contributor"),
                    QStringLiteral("Әйгерім"), QStringLiteral("--ugc-permission"), QStringLiteral("yes")}));
    QVERIFY2(set.exitCode == 0, set.describe());
    const CliRun after = run(withDb({QStringLiteral("check"), id, QStringLiteral("--json")}));
    for (const QJsonValue &v : after.json().array())
        QVERIFY(!v.toObject().value(QStringLiteral("code")).toString().startsWith(QStringLiteral("photo.")));

    const CliRun rendered =
        run(withDb({QStringLiteral("photo"), QStringLiteral("render"), photoId,
                    file(QStringLiteral("out.jpg")), QStringLiteral("--max-edge"), QStringLiteral("800")}));
    QVERIFY2(rendered.exitCode == 0, rendered.describe());
    const QImage out(file(QStringLiteral("out.jpg")));
    QCOMPARE(out.size(), QSize(800, 600));

    const CliRun shown = run(withDb({QStringLiteral("show"), id, QStringLiteral("--json")}));
    QCOMPARE(shown.json().object().value(QStringLiteral("photos")).toArray().size(), 1);

    const CliRun badType = run(withDb({QStringLiteral("photo"), QStringLiteral("set"), photoId,
                                       QStringLiteral("--credit-type"), QStringLiteral("friend")}));
    QCOMPARE(badType.exitCode, 2);
    QVERIFY2(badType.errIsOneLine(), badType.describe());
    // The newsroom's credit template, shared through the database.
    const CliRun templ =
        run(withDb({QStringLiteral("photo"), QStringLiteral("settings"), QStringLiteral("--credit-template"),
                    QStringLiteral("© {source}"), QStringLiteral("--json")}));
    QVERIFY2(templ.exitCode == 0, templ.describe());
    QCOMPARE(templ.json().object().value(QStringLiteral("credit_template")).toString(),
             QStringLiteral("© {source}"));
    const CliRun relisted =
        run(withDb({QStringLiteral("photo"), QStringLiteral("list"), id, QStringLiteral("--json")}));
    QCOMPARE(relisted.json().array().first().toObject().value(QStringLiteral("credit_line")).toString(),
             QStringLiteral("© Акорда: UGC"));
    const CliRun badTemplate = run(withDb({QStringLiteral("photo"), QStringLiteral("settings"),
                                           QStringLiteral("--credit-template"), QStringLiteral("Фото")}));
    QCOMPARE(badTemplate.exitCode, 2);
    QVERIFY2(badTemplate.errIsOneLine(), badTemplate.describe());

    QVERIFY(writeFile(file(QStringLiteral("notes.jpg")), "не фото"));
    const CliRun badFile =
        run(withDb({QStringLiteral("photo"), QStringLiteral("add"), id, file(QStringLiteral("notes.jpg"))}));
    QCOMPARE(badFile.exitCode, 2);
    QVERIFY2(badFile.errIsOneLine(), badFile.describe());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
