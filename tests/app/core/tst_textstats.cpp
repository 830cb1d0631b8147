#include "app/core/textstats.h"

#include <QTest>

using namespace Qalam;

class TestTextStats : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void readingTime_data();
    void readingTime();
    void normalizationDoesNotChangeCounts_data();
    void normalizationDoesNotChangeCounts();
};

void TestTextStats::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("withSpaces");
    QTest::addColumn<int>("withoutSpaces");

    QTest::newRow("empty") << QString() << 0 << 0 << 0;
    QTest::newRow("only spaces") << QStringLiteral("  \t ") << 0 << 4 << 0;
    QTest::newRow("hyphenated name is one word")
        << QStringLiteral("Касым-Жомарт Токаев провел совещание") << 4 << 36 << 33;
    QTest::newRow("hyphenated city") << QStringLiteral("Нур-Султан — столица") << 2 << 20 << 18;
    QTest::newRow("en dash between spaces is not a word")
        << QStringLiteral("Главное – это диалог с народом") << 5 << 30 << 25;
    QTest::newRow("hyphen-minus between spaces is not a word")
        << QStringLiteral("Токаев - акимам") << 2 << 15 << 13;
    QTest::newRow("kazakh") << QStringLiteral("Қазақстан Республикасының Үкіметі") << 3 << 33 << 31;
    QTest::newRow("kazakh letters alone") << QStringLiteral("ә ғ қ ң ө ұ ү һ і") << 9 << 17 << 9;
    QTest::newRow("english apostrophes") << QStringLiteral("Don't stop — it's fine") << 4 << 22 << 18;
    QTest::newRow("typographic apostrophe") << QStringLiteral("it\u2019s") << 1 << 4 << 4;
    QTest::newRow("numbers are words") << QStringLiteral("В 2024 году 15%") << 4 << 15 << 12;
    // Line breaks separate paragraphs; they are not characters of the text.
    QTest::newRow("paragraphs") << QStringLiteral("Первый абзац.\nВторой абзац.") << 4 << 26 << 24;
    QTest::newRow("crlf") << QStringLiteral("Первый абзац.\r\nВторой абзац.") << 4 << 26 << 24;
    QTest::newRow("paragraph separator")
        << QStringLiteral("Первый абзац.\u2029Второй абзац.") << 4 << 26 << 24;
    QTest::newRow("tabs and runs of spaces") << QStringLiteral("  Токаев  \t акимам ") << 2 << 19 << 12;
    QTest::newRow("no-break space") << QStringLiteral("15\u00a0мая") << 2 << 6 << 5;
}

void TestTextStats::counts()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(int, withSpaces);
    QFETCH(int, withoutSpaces);

    const TextStats stats = TextStats::of(text);
    QCOMPARE(stats.words, words);
    QCOMPARE(stats.charactersWithSpaces, withSpaces);
    QCOMPARE(stats.charactersWithoutSpaces, withoutSpaces);
}

void TestTextStats::readingTime_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("minutes");

    QTest::newRow("nothing") << 0 << 0;
    QTest::newRow("one word") << 1 << 1;
    QTest::newRow("exactly a minute") << TextStats::WordsPerMinute << 1;
    QTest::newRow("one word over") << TextStats::WordsPerMinute + 1 << 2;
    QTest::newRow("long read") << 10 * TextStats::WordsPerMinute << 10;
}

void TestTextStats::readingTime()
{
    QFETCH(int, words);
    QFETCH(int, minutes);

    QStringList text;
    for (int i = 0; i < words; ++i)
        text.append(i % 2 ? QStringLiteral("слово") : QStringLiteral("сөз"));
    const TextStats stats = TextStats::of(text.join(u' '));
    QCOMPARE(stats.words, words);
    QCOMPARE(stats.readingMinutes, minutes);
}

void TestTextStats::normalizationDoesNotChangeCounts_data()
{
    QTest::addColumn<QString>("text");
    // Text pasted from macOS or some PDF tools arrives decomposed (NFD): "й" as
    // "и" + U+0306, "ё" as "е" + U+0308. The reader sees the same words.
    QTest::newRow("район") << QStringLiteral("Новый район Алматы");
    QTest::newRow("ещё") << QStringLiteral("Ещё одна ёлка");
    QTest::newRow("Қазақстан йемені") << QStringLiteral("Қазақстан мен Йемен");
    QTest::newRow("café") << QStringLiteral("A café in Almaty");
}

void TestTextStats::normalizationDoesNotChangeCounts()
{
    QFETCH(QString, text);
    const QString composed = text.normalized(QString::NormalizationForm_C);
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed); // the row has something to decompose
    const TextStats nfc = TextStats::of(composed);
    const TextStats nfd = TextStats::of(decomposed);
    QCOMPARE(nfd.words, nfc.words);
    QCOMPARE(nfd.charactersWithSpaces, nfc.charactersWithSpaces);
    QCOMPARE(nfd.charactersWithoutSpaces, nfc.charactersWithoutSpaces);
}

QTEST_GUILESS_MAIN(TestTextStats)
#include "tst_textstats.moc"
