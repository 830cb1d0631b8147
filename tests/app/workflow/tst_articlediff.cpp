#include "app/workflow/articlediff.h"

#include <QJsonObject>
#include <QTest>

using namespace Qalam;

using Kind = DiffSegment::Kind;

namespace {

Article sample()
{
    Article a;
    a.id = QStringLiteral("a1");
    a.headline = QStringLiteral("В Караганде открыли новую школу");
    a.lead = QStringLiteral("Школа рассчитана на 1200 учеников.");
    a.bodyHtml = QStringLiteral(
        "<p>Аким области посетил новую школу.</p><p>Қарағанды облысында жаңа мектеп ашылды.</p>");
    a.bodyText = QStringLiteral("Аким области посетил новую школу.\nҚарағанды облысында жаңа мектеп ашылды.");
    a.authors = {
        Author(1, QStringLiteral("Колмакова Виктория"), QStringLiteral("Редактор региональных новостей"))};
    return a;
}

QJsonObject photo(qint64 id, const QString &caption, const QString &credit)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("caption"), caption},
                       {QStringLiteral("credit_line"), credit},
                       {QStringLiteral("alt"), QStringLiteral("школа")}};
}

QJsonArray samplePhotos()
{
    return QJsonArray{
        photo(3, QStringLiteral("Новая школа в Караганде"), QStringLiteral("Фото: Акорда: UGC")),
        photo(5, QStringLiteral("Ученики на линейке"), QStringLiteral("Фото: Виктория Колмакова"))};
}

const FieldDiff *fieldOf(const QList<FieldDiff> &diff, const QString &field)
{
    for (const FieldDiff &f : diff)
        if (f.field == field)
            return &f;
    return nullptr;
}

QString side(const QList<DiffSegment> &segments, Kind own)
{
    QString text;
    for (const DiffSegment &s : segments)
        if (s.kind == Kind::Same || s.kind == own)
            text += s.text;
    return text;
}

QStringList keys(const QList<FieldDiff> &diff)
{
    QStringList out;
    for (const FieldDiff &f : diff)
        out.append(f.field);
    return out;
}

} // namespace

class TestArticleDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalArticles();
    void textFieldsCompared();
    void bodyComparedAsText();
    void bylineCompared();
    void photoCaptionAndCredit();
    void photoAddedAndRemoved();
    void photosFollowTheNewOrder();
    void toText();
};

void TestArticleDiff::identicalArticles()
{
    const auto diff = ArticleDiff::compare(sample(), samplePhotos(), sample(), samplePhotos());
    QCOMPARE(keys(diff), (QStringList{QStringLiteral("headline"), QStringLiteral("lead"),
                                      QStringLiteral("body"), QStringLiteral("byline"),
                                      QStringLiteral("photo:3:caption"), QStringLiteral("photo:3:credit"),
                                      QStringLiteral("photo:5:caption"), QStringLiteral("photo:5:credit")}));
    for (const FieldDiff &f : diff) {
        QVERIFY2(!f.changed, qPrintable(f.field));
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.field));
    }
    QCOMPARE(ArticleDiff::toText(diff), QStringLiteral("No changes."));
    QCOMPARE(fieldOf(diff, QStringLiteral("headline"))->label, QStringLiteral("Headline"));
    QCOMPARE(fieldOf(diff, QStringLiteral("photo:5:caption"))->label, QStringLiteral("Caption of photo 2"));
    QCOMPARE(fieldOf(diff, QStringLiteral("photo:5:credit"))->label,
             QStringLiteral("Credit line of photo 2"));
}

void TestArticleDiff::textFieldsCompared()
{
    Article after = sample();
    after.headline = QStringLiteral("В Караганде открыли две новые школы");
    after.lead = QStringLiteral("Школы рассчитаны на 2400 учеников.");
    const auto diff = ArticleDiff::compare(sample(), {}, after, {});
    QCOMPARE(diff.size(), 4);
    const FieldDiff *headline = fieldOf(diff, QStringLiteral("headline"));
    QVERIFY(headline && headline->changed);
    QCOMPARE(side(headline->segments, Kind::Removed), sample().headline);
    QCOMPARE(side(headline->segments, Kind::Added), after.headline);
    QCOMPARE(WordDiff::toMarkedText(headline->segments),
             QStringLiteral("В Караганде открыли [-новую школу-]{+две новые школы+}"));
    QVERIFY(fieldOf(diff, QStringLiteral("lead"))->changed);
    QVERIFY(!fieldOf(diff, QStringLiteral("body"))->changed);
    QVERIFY(!fieldOf(diff, QStringLiteral("byline"))->changed);
}

void TestArticleDiff::bodyComparedAsText()
{
    // Formatting alone is not a change a reviewer reads.
    Article after = sample();
    after.bodyHtml =
        QStringLiteral("<p>Аким области посетил <b>новую</b> школу.</p><p>Қарағанды облысында жаңа мектеп "
                       "ашылды.</p>");
    QVERIFY(!fieldOf(ArticleDiff::compare(sample(), {}, after, {}), QStringLiteral("body"))->changed);

    after.bodyText =
        QStringLiteral("Аким области посетил новую школу.\nҚарағанды облысында екі жаңа мектеп ашылды.");
    const auto diff = ArticleDiff::compare(sample(), {}, after, {});
    const FieldDiff *body = fieldOf(diff, QStringLiteral("body"));
    QVERIFY(body->changed);
    QCOMPARE(side(body->segments, Kind::Added), after.bodyText);
    QString added;
    for (const DiffSegment &s : body->segments)
        if (s.kind == Kind::Added)
            added += s.text;
    QCOMPARE(added.trimmed(), QStringLiteral("екі"));
}

void TestArticleDiff::bylineCompared()
{
    Article after = sample();
    after.authors.append(Author(2, QStringLiteral("Абенов Ержан")));
    const auto diff = ArticleDiff::compare(sample(), {}, after, {});
    const FieldDiff *byline = fieldOf(diff, QStringLiteral("byline"));
    QVERIFY(byline->changed);
    QCOMPARE(byline->label, QStringLiteral("Byline"));
    QCOMPARE(side(byline->segments, Kind::Removed), QStringLiteral("Колмакова Виктория"));
    QCOMPARE(side(byline->segments, Kind::Added), QStringLiteral("Колмакова Виктория, Абенов Ержан"));
}

void TestArticleDiff::photoCaptionAndCredit()
{
    QJsonArray after = samplePhotos();
    after[0] =
        photo(3, QStringLiteral("Новая школа в Караганде, вид сверху"), QStringLiteral("Фото: Акорда"));
    const auto diff = ArticleDiff::compare(sample(), samplePhotos(), sample(), after);
    const FieldDiff *caption = fieldOf(diff, QStringLiteral("photo:3:caption"));
    const FieldDiff *credit = fieldOf(diff, QStringLiteral("photo:3:credit"));
    QVERIFY(caption && credit);
    QVERIFY(caption->changed);
    QVERIFY(credit->changed);
    QCOMPARE(caption->label, QStringLiteral("Caption of photo 1"));
    QCOMPARE(WordDiff::toMarkedText(caption->segments),
             QStringLiteral("Новая школа в Караганде{+, вид сверху+}"));
    QCOMPARE(WordDiff::toMarkedText(credit->segments), QStringLiteral("Фото: Акорда[-: UGC-]"));
    QVERIFY(!fieldOf(diff, QStringLiteral("photo:5:caption"))->changed);
}

void TestArticleDiff::photoAddedAndRemoved()
{
    QJsonArray after{samplePhotos()[0],
                     photo(7, QStringLiteral("Директор школы"), QStringLiteral("Фото: акимат"))};
    const auto diff = ArticleDiff::compare(sample(), samplePhotos(), sample(), after);
    QCOMPARE(keys(diff).mid(4),
             (QStringList{QStringLiteral("photo:3:caption"), QStringLiteral("photo:3:credit"),
                          QStringLiteral("photo:7:caption"), QStringLiteral("photo:7:credit"),
                          QStringLiteral("photo:5:caption"), QStringLiteral("photo:5:credit")}));
    const FieldDiff *added = fieldOf(diff, QStringLiteral("photo:7:caption"));
    QCOMPARE(added->segments, (QList<DiffSegment>{{Kind::Added, QStringLiteral("Директор школы")}}));
    QVERIFY(added->label.contains(u'2'));
    const FieldDiff *removed = fieldOf(diff, QStringLiteral("photo:5:credit"));
    QCOMPARE(removed->segments,
             (QList<DiffSegment>{{Kind::Removed, QStringLiteral("Фото: Виктория Колмакова")}}));
    QVERIFY(removed->changed);
    QVERIFY(removed->label != fieldOf(diff, QStringLiteral("photo:7:credit"))->label);
}

void TestArticleDiff::photosFollowTheNewOrder()
{
    const QJsonArray before = samplePhotos();
    const QJsonArray after{before[1], before[0]};
    const auto diff = ArticleDiff::compare(sample(), before, sample(), after);
    QCOMPARE(keys(diff).mid(4),
             (QStringList{QStringLiteral("photo:5:caption"), QStringLiteral("photo:5:credit"),
                          QStringLiteral("photo:3:caption"), QStringLiteral("photo:3:credit")}));
    QCOMPARE(fieldOf(diff, QStringLiteral("photo:5:caption"))->label, QStringLiteral("Caption of photo 1"));
    for (const FieldDiff &f : diff)
        QVERIFY(!f.changed);
}

void TestArticleDiff::toText()
{
    Article after = sample();
    after.headline = QStringLiteral("В Караганде открыли новую гимназию");
    QJsonArray photos = samplePhotos();
    photos[1] = photo(5, QStringLiteral("Ученики на линейке"), QStringLiteral("Фото: Акорда: UGC"));
    const QString text = ArticleDiff::toText(ArticleDiff::compare(sample(), samplePhotos(), after, photos));
    QCOMPARE(text, QStringLiteral("Headline:\nВ Караганде открыли новую [-школу-]{+гимназию+}\n\n"
                                  "Credit line of photo 2:\nФото: [-Виктория Колмакова-]{+Акорда: UGC+}"));
}

QTEST_GUILESS_MAIN(TestArticleDiff)
#include "tst_articlediff.moc"
