#include "app/text/worddiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qalam;

using Kind = DiffSegment::Kind;

namespace QTest {
template <> char *toString(const DiffSegment &s)
{
    const char *kind = s.kind == Kind::Same ? "=" : s.kind == Kind::Removed ? "-" : "+";
    return qstrdup(QStringLiteral("%1\"%2\"").arg(QLatin1String(kind), s.text).toUtf8().constData());
}
} // namespace QTest

namespace {

DiffSegment same(const QString &t)
{
    return {Kind::Same, t};
}
DiffSegment removed(const QString &t)
{
    return {Kind::Removed, t};
}
DiffSegment added(const QString &t)
{
    return {Kind::Added, t};
}

// The text one side is made of: the common segments and that side's own.
QString side(const QList<DiffSegment> &segments, Kind own)
{
    QString text;
    for (const DiffSegment &s : segments)
        if (s.kind == Kind::Same || s.kind == own)
            text += s.text;
    return text;
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber() || c.isMark();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

// The shape every result must have, whatever the texts.
void verifyWellFormed(const QList<DiffSegment> &segments, const QString &before, const QString &after)
{
    QCOMPARE(side(segments, Kind::Removed), before);
    QCOMPARE(side(segments, Kind::Added), after);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QVERIFY2(!segments[i].text.isEmpty(), "empty segment");
        if (i > 0) {
            QVERIFY2(segments[i].kind != segments[i - 1].kind, "adjacent segments of one kind not merged");
            QVERIFY2(!(segments[i - 1].kind == Kind::Added && segments[i].kind == Kind::Removed),
                     "an addition comes before the removal it replaces");
        }
    }
}

const QStringList &vocabulary()
{
    static const QStringList s_words = {
        QStringLiteral("аким"),      QStringLiteral("области"),   QStringLiteral("посетил"),
        QStringLiteral("новую"),     QStringLiteral("школу"),     QStringLiteral("ёлка"),
        QStringLiteral("Қарағанды"), QStringLiteral("облысында"), QStringLiteral("жаңа"),
        QStringLiteral("мектеп"),    QStringLiteral("ашылды"),    QStringLiteral("Өскемен"),
        QStringLiteral("ұлттық"),    QStringLiteral("құрылыс"),   QStringLiteral("Токаев"),
        QStringLiteral("2026"),      QStringLiteral("15,5"),      QStringLiteral("news"),
        QStringLiteral("Astana"),    QStringLiteral("тенге"),     QStringLiteral("«Ақорда»"),
        QStringLiteral("—"),         QStringLiteral("т.е."),      QStringLiteral("Усть-Каменогорск"),
    };
    return s_words;
}

QString randomText(QRandomGenerator &random, int words)
{
    const QStringList &v = vocabulary();
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            const quint32 r = random.bounded(20);
            text += r == 0 ? QStringLiteral(".\n") : r == 1 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        text += v[int(random.bounded(int(v.size())))];
    }
    return text;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTexts();
    void emptySides();
    void cyrillicWordReplaced();
    void kazakhWordInserted();
    void wordsAreWholeNotLetters();
    void punctuationIsItsOwnToken();
    void combiningMarksStayInTheWord();
    void changeRunsJoinAcrossSpaces();
    void paragraphsKeptApart();
    void markedTextAndHtml();
    void changed();
    void joiningReproducesBothSides();
    void longArticleIsQuick();
    void heavilyRewrittenArticle();
    void unrelatedTextsFallBackToWholeBlocks();
};

void TestWordDiff::identicalTexts()
{
    const QString text =
        QStringLiteral("Аким области посетил новую школу.\nҚарағанды облысында жаңа мектеп ашылды.");
    QCOMPARE(WordDiff::compare(text, text), QList<DiffSegment>{same(text)});
    QCOMPARE(WordDiff::compare(QString(), QString()), QList<DiffSegment>{});
    QVERIFY(!WordDiff::changed(WordDiff::compare(text, text)));
}

void TestWordDiff::emptySides()
{
    const QString text = QStringLiteral("Жаңа мектеп ашылды.");
    QCOMPARE(WordDiff::compare(QString(), text), QList<DiffSegment>{added(text)});
    QCOMPARE(WordDiff::compare(text, QString()), QList<DiffSegment>{removed(text)});
}

void TestWordDiff::cyrillicWordReplaced()
{
    const auto diff = WordDiff::compare(QStringLiteral("Аким области посетил новую школу."),
                                        QStringLiteral("Аким области посетил новую больницу."));
    const QList<DiffSegment> expected = {same(QStringLiteral("Аким области посетил новую ")),
                                         removed(QStringLiteral("школу")), added(QStringLiteral("больницу")),
                                         same(QStringLiteral("."))};
    QCOMPARE(diff, expected);
}

void TestWordDiff::kazakhWordInserted()
{
    const QString before = QStringLiteral("Қарағанды облысында жаңа мектеп ашылды.");
    const QString after = QStringLiteral("Қарағанды облысында екі жаңа мектеп ашылды.");
    const auto diff = WordDiff::compare(before, after);
    verifyWellFormed(diff, before, after);
    // One addition: the word and one of the spaces around it.
    QCOMPARE(diff.size(), 3);
    QCOMPARE(diff[1].kind, Kind::Added);
    QCOMPARE(diff[1].text.trimmed(), QStringLiteral("екі"));
    QCOMPARE(diff[1].text.size(), 4);
}

void TestWordDiff::wordsAreWholeNotLetters()
{
    // "школа" → "школы": the word changed, not its last letter.
    const auto diff =
        WordDiff::compare(QStringLiteral("Новая школа открыта"), QStringLiteral("Новой школы открыта"));
    const QList<DiffSegment> expected = {removed(QStringLiteral("Новая школа")),
                                         added(QStringLiteral("Новой школы")),
                                         same(QStringLiteral(" открыта"))};
    QCOMPARE(diff, expected);
}

void TestWordDiff::punctuationIsItsOwnToken()
{
    const auto diff = WordDiff::compare(QStringLiteral("Токаев: «Мы справимся»."),
                                        QStringLiteral("Токаев: «Мы справимся!»"));
    verifyWellFormed(diff, QStringLiteral("Токаев: «Мы справимся»."),
                     QStringLiteral("Токаев: «Мы справимся!»"));
    // The words stay; only the punctuation changes.
    QString sameText;
    for (const DiffSegment &s : diff)
        if (s.kind == Kind::Same)
            sameText += s.text;
    QVERIFY2(sameText.contains(QStringLiteral("Токаев: «Мы справимся")), qPrintable(sameText));
    QCOMPARE(WordDiff::toMarkedText(diff), QStringLiteral("Токаев: «Мы справимся{+!+}»[-.-]"));
}

void TestWordDiff::combiningMarksStayInTheWord()
{
    // "й" written as "и" + combining breve is one word with the rest.
    const QString decomposed = QStringLiteral("Мои\u0306 город");
    const auto diff = WordDiff::compare(decomposed, QStringLiteral("Мои\u0306 аул"));
    const QList<DiffSegment> expected = {same(QStringLiteral("Мои\u0306 ")), removed(QStringLiteral("город")),
                                         added(QStringLiteral("аул"))};
    QCOMPARE(diff, expected);
    // A letter outside the BMP (a surrogate pair) is not split either.
    const QString math = QStringLiteral("x\U0001D49C y");
    verifyWellFormed(WordDiff::compare(math, QStringLiteral("x\U0001D49E y")), math,
                     QStringLiteral("x\U0001D49E y"));
    QCOMPARE(WordDiff::compare(math, QStringLiteral("x\U0001D49E y")).first().kind, Kind::Removed);
}

void TestWordDiff::changeRunsJoinAcrossSpaces()
{
    const auto diff =
        WordDiff::compare(QStringLiteral("Иван Петров пришёл"), QStringLiteral("Пётр Сидоров пришёл"));
    QCOMPARE(WordDiff::toMarkedText(diff), QStringLiteral("[-Иван Петров-]{+Пётр Сидоров+} пришёл"));
}

void TestWordDiff::paragraphsKeptApart()
{
    const QString before = QStringLiteral("Первый абзац.\nВторой абзац.\nТретий абзац.");
    const QString after = QStringLiteral("Первый абзац.\nВставка.\nВторой абзац.\nТретий текст.");
    const auto diff = WordDiff::compare(before, after);
    verifyWellFormed(diff, before, after);
    QCOMPARE(WordDiff::toMarkedText(diff),
             QStringLiteral("Первый абзац.\n{+Вставка.\n+}Второй абзац.\nТретий [-абзац-]{+текст+}."));
}

void TestWordDiff::markedTextAndHtml()
{
    const QList<DiffSegment> segments = {same(QStringLiteral("a <b> & ")), removed(QStringLiteral("старое")),
                                         added(QStringLiteral("новое\nстрока"))};
    QCOMPARE(WordDiff::toMarkedText(segments), QStringLiteral("a <b> & [-старое-]{+новое\nстрока+}"));
    QCOMPARE(WordDiff::toHtml(segments),
             QStringLiteral("a &lt;b&gt; &amp; <del>старое</del><ins>новое<br/>строка</ins>"));
}

void TestWordDiff::changed()
{
    QVERIFY(!WordDiff::changed({}));
    QVERIFY(!WordDiff::changed({same(QStringLiteral("x"))}));
    QVERIFY(WordDiff::changed({same(QStringLiteral("x")), added(QStringLiteral("y"))}));
    QVERIFY(WordDiff::changed({removed(QStringLiteral("y"))}));
}

// A property over many generated edits (fixed seed): whatever was changed,
// the segments give both texts back exactly, are well formed, and do not
// report much more than was edited.
void TestWordDiff::joiningReproducesBothSides()
{
    QRandomGenerator random(20261128);
    const QStringList &v = vocabulary();
    for (int round = 0; round < 400; ++round) {
        const QString before = randomText(random, int(random.bounded(60)));
        QStringList words = before.split(u' ');
        const int edits = int(random.bounded(6));
        int touched = 0;
        for (int e = 0; e < edits; ++e) {
            const int at = words.isEmpty() ? 0 : int(random.bounded(int(words.size())));
            switch (random.bounded(3)) {
            case 0: // replace
                if (!words.isEmpty()) {
                    words[at] = v[int(random.bounded(int(v.size())))];
                    ++touched;
                }
                break;
            case 1: // insert
                words.insert(at, v[int(random.bounded(int(v.size())))]);
                break;
            default: // delete
                if (!words.isEmpty()) {
                    touched += wordCount(words[at]);
                    words.removeAt(at);
                }
                break;
            }
        }
        const QString after = words.join(u' ');
        const auto diff = WordDiff::compare(before, after);
        verifyWellFormed(diff, before, after);
        if (QTest::currentTestFailed()) {
            qWarning("round %d:\nbefore: %s\nafter:  %s", round, qPrintable(before), qPrintable(after));
            return;
        }
        QCOMPARE(WordDiff::changed(diff), before != after);
        int removedWords = 0;
        for (const DiffSegment &s : diff)
            if (s.kind == Kind::Removed)
                removedWords += wordCount(s.text);
        // Every edit touches a "word" of the split, which may hold two words
        // and punctuation; a minimal script removes no more than that.
        QVERIFY2(removedWords <= 3 * touched + 2 * edits,
                 qPrintable(QStringLiteral("round %1: %2 words removed for %3 touched")
                                .arg(round)
                                .arg(removedWords)
                                .arg(touched)));
    }
}

void TestWordDiff::longArticleIsQuick()
{
    // 5,000 words, 5% of them replaced: what a review of a long story diffs.
    QRandomGenerator random(5);
    const QString before = randomText(random, 5000);
    QStringList words = before.split(u' ');
    int replaced = 0;
    for (QString &w : words) {
        if (random.bounded(20) == 0) {
            w = QStringLiteral("замена%1").arg(replaced++);
        }
    }
    const QString after = words.join(u' ');
    QElapsedTimer timer;
    timer.start();
    const auto diff = WordDiff::compare(before, after);
    const qint64 ms = timer.elapsed();
    qInfo("5,000 words, %d replaced: %lld ms", replaced, ms);
    verifyWellFormed(diff, before, after);
    int added = 0;
    for (const DiffSegment &s : diff)
        if (s.kind == Kind::Added)
            added += int(s.text.count(QStringLiteral("замена")));
    QCOMPARE(added, replaced);
}

// Half the words of a long one-paragraph story replaced: a long edit script
// (past the diff library's own path-table limit, where it works in rounds),
// still exact on both sides.
void TestWordDiff::heavilyRewrittenArticle()
{
    QRandomGenerator random(11);
    const QString before = randomText(random, 6000).replace(u'\n', u' ');
    QStringList words = before.split(u' ');
    for (QString &w : words)
        if (random.bounded(2) == 0)
            w = QStringLiteral("новое%1").arg(random.bounded(50));
    const QString after = words.join(u' ');
    QElapsedTimer timer;
    timer.start();
    const auto diff = WordDiff::compare(before, after);
    qInfo("6,000 words, half replaced: %lld ms, %lld segments", timer.elapsed(), qint64(diff.size()));
    verifyWellFormed(diff, before, after);
    QVERIFY(diff.size() > 100); // compared word by word, not dropped whole
}

void TestWordDiff::unrelatedTextsFallBackToWholeBlocks()
{
    // Two long paragraphs with no word in common: the edit distance is the
    // whole text, and the result is "all removed, all added" at once.
    QString before, after;
    for (int i = 0; i < 60000; ++i) {
        before += QStringLiteral("слово%1 ").arg(i);
        after += QStringLiteral("word%1 ").arg(i);
    }
    before += u'.';
    after += u'!';
    QElapsedTimer timer;
    timer.start();
    const auto diff = WordDiff::compare(before, after);
    qInfo("60,000 unrelated words: %lld ms", timer.elapsed());
    verifyWellFormed(diff, before, after);
    QCOMPARE(diff.size(), 2);
    QCOMPARE(diff[0].kind, Kind::Removed);
    QCOMPARE(diff[1].kind, Kind::Added);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
