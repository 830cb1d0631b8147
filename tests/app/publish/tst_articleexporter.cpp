// The exporters: Qalam JSON carries every field; the HTML page escapes what
// the editor typed and sanitises the body again on the way out.

#include "app/publish/articleexporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qalam;

class TestArticleExporter : public QObject
{
    Q_OBJECT

private slots:
    void formatsByName();
    void jsonCarriesEveryField();
    void htmlEscapesAndSanitises();

private:
    static Article sample();
};

Article TestArticleExporter::sample()
{
    Article a;
    a.id = QStringLiteral("2f6c1f0e-7d7e-4a3a-9c55-0b0a3c1f5e11");
    a.headline = QStringLiteral("«В стране должен царить закон»: Токаев – акимам <script>");
    a.lead = QStringLiteral("Глава государства провел совещание & поручил…");
    a.bodyHtml = QStringLiteral("<p>Қазақстан <strong>әкімдері</strong></p><script>alert(1)</script>"
                                "<p onclick=\"x()\">Текст</p>");
    a.bodyText = QStringLiteral("Қазақстан әкімдері\nТекст");
    a.region = QStringLiteral("Астана");
    a.rubric = QStringLiteral("Политика");
    a.tags = {QStringLiteral("закон"), QStringLiteral("акимы")};
    a.source = QStringLiteral("передает Акорда");
    a.language = QStringLiteral("ru");
    a.status = ArticleStatus::Approved;
    a.version = 7;
    a.created = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    a.updated = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    a.authors = {
        Author{1, QStringLiteral("Соколова Марина"), QStringLiteral("Редактор региональных новостей"), {}}};
    return a;
}

void TestArticleExporter::formatsByName()
{
    QCOMPARE(ArticleExporter::formatNames(), QStringList({QStringLiteral("json"), QStringLiteral("html")}));
    for (const QString &name : ArticleExporter::formatNames()) {
        auto exporter = ArticleExporter::create(name);
        QVERIFY(exporter);
        QCOMPARE(exporter->formatName(), name);
    }
    QVERIFY(!ArticleExporter::create(QStringLiteral("docx")));
}

void TestArticleExporter::jsonCarriesEveryField()
{
    JsonExporter exporter;
    const QByteArray bytes = exporter.exportArticle(sample());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(Article::fromJson(o).headline, sample().headline);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-28T09:00:00.000Z"));
    const Article back = Article::fromJson(o);
    QCOMPARE(back.tags, sample().tags);
    QCOMPARE(back.authors.size(), 1);
    QCOMPARE(back.authors.first().position, QStringLiteral("Редактор региональных новостей"));
    QCOMPARE(back.updated, sample().updated);
}

void TestArticleExporter::htmlEscapesAndSanitises()
{
    HtmlExporter exporter;
    const QString html = QString::fromUtf8(exporter.exportArticle(sample()));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"ru\">")));
    QVERIFY(html.contains(QStringLiteral("Токаев – акимам &lt;script&gt;</h1>")));
    QVERIFY(html.contains(QStringLiteral("провел совещание &amp; поручил")));
    QVERIFY(html.contains(QStringLiteral("<p>Қазақстан <strong>әкімдері</strong></p>")));
    QVERIFY(!html.contains(QStringLiteral("alert")));
    QVERIFY(!html.contains(QStringLiteral("onclick")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("Соколова Марина, Редактор региональных новостей")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"source\">передает Акорда</p>")));
}

QTEST_GUILESS_MAIN(TestArticleExporter)
#include "tst_articleexporter.moc"
