#include "app/text/spellchecker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qalam;

using Misspellings = QList<SpellChecker::Misspelling>;
using Ranges = QList<SpellChecker::Range>;

Q_DECLARE_METATYPE(Ranges)

namespace {

// Sets QALAM_HUNSPELL_DIR for the lifetime of the object.
class DictionaryDirectory
{
public:
    explicit DictionaryDirectory(const QString &dir)
        : m_had(qEnvironmentVariableIsSet("QALAM_HUNSPELL_DIR")), m_old(qgetenv("QALAM_HUNSPELL_DIR"))
    {
        qputenv("QALAM_HUNSPELL_DIR", QFile::encodeName(dir));
    }
    ~DictionaryDirectory()
    {
        if (m_had)
            qputenv("QALAM_HUNSPELL_DIR", m_old);
        else
            qunsetenv("QALAM_HUNSPELL_DIR");
    }

private:
    bool m_had;
    QByteArray m_old;
};

QStringList words(const Misspellings &list)
{
    QStringList w;
    for (const auto &m : list)
        w.append(m.word);
    return w;
}

// The misspelling of `word` at its n-th occurrence in `text`.
SpellChecker::Misspelling at(const QString &text, const QString &word, int occurrence = 0)
{
    qsizetype from = -1;
    for (int i = 0; i <= occurrence; ++i)
        from = text.indexOf(word, from + 1);
    return {int(from), int(from + word.size()), word};
}

} // namespace

namespace Qalam {
char *toString(const SpellChecker::Misspelling &m)
{
    return qstrdup(QStringLiteral("%1@%2–%3").arg(m.word).arg(m.start).arg(m.end).toUtf8().constData());
}
} // namespace Qalam

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void words_data();
    void words();
    void suggestions_data();
    void suggestions();
    void skipped_data();
    void skipped();
    void skipRanges_data();
    void skipRanges();
    void offsetsWithKazakhLettersAndEmoji();
    void hyphenatedWords_data();
    void hyphenatedWords();
    void newsroomWords();
    void regionalWords();
    void missingDictionary();
    void unknownLanguage();
    void eightBitDictionary();
    void longTextStaysLinear();
    void sampleArticle();

private:
    SpellChecker &checker(const QString &language);
    std::map<QString, std::unique_ptr<SpellChecker>> m_checkers;
};

void TestSpellChecker::initTestCase()
{
    qunsetenv("QALAM_HUNSPELL_DIR");
    QCOMPARE(SpellChecker::dictionaryDirectory(), QStringLiteral("/usr/share/hunspell"));
    // Loading takes a moment: one checker per language for the whole run.
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}) {
        auto c = std::make_unique<SpellChecker>(language);
        QCOMPARE(c->language(), language);
        if (!c->isValid())
            qWarning("%s", qPrintable(c->errorString()));
        m_checkers[language] = std::move(c);
    }
}

SpellChecker &TestSpellChecker::checker(const QString &language)
{
    return *m_checkers.at(language);
}

// Debian's hunspell-ru, hunspell-kk and hunspell-en-us must be installed.
#define REQUIRE_DICTIONARY(language)                                                                         \
    do {                                                                                                     \
        if (!checker(language).isValid())                                                                    \
            QSKIP(qPrintable(checker(language).errorString()));                                              \
    } while (false)

void TestSpellChecker::words_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    const auto ru = QStringLiteral("ru");
    const auto kk = QStringLiteral("kk");
    const auto en = QStringLiteral("en");
    QTest::newRow("ru привет") << ru << QStringLiteral("привет") << true;
    QTest::newRow("ru Привет at sentence start") << ru << QStringLiteral("Привет") << true;
    QTest::newRow("ru ПРИВЕТ in a headline") << ru << QStringLiteral("ПРИВЕТ") << true;
    QTest::newRow("ru превет") << ru << QStringLiteral("превет") << false;
    QTest::newRow("ru государства") << ru << QStringLiteral("государства") << true;
    QTest::newRow("ru Казахстана") << ru << QStringLiteral("Казахстана") << true;
    QTest::newRow("ru совещание") << ru << QStringLiteral("совещание") << true;
    QTest::newRow("ru совищание") << ru << QStringLiteral("совищание") << false;
    QTest::newRow("ru ёлка") << ru << QStringLiteral("ёлка") << true;
    QTest::newRow("ru елка") << ru << QStringLiteral("елка") << true;
    QTest::newRow("ru всё") << ru << QStringLiteral("всё") << true;
    QTest::newRow("ru её") << ru << QStringLiteral("её") << true;
    QTest::newRow("ru кто-то") << ru << QStringLiteral("кто-то") << true;
    QTest::newRow("ru из-за") << ru << QStringLiteral("из-за") << true;
    QTest::newRow("ru пресс-служба") << ru << QStringLiteral("пресс-служба") << true;
    QTest::newRow("ru пресс-слжба") << ru << QStringLiteral("пресс-слжба") << false;
    QTest::newRow("ru stress mark") << ru << QStringLiteral("за\u0301мок") << true;
    QTest::newRow("ru soft hyphen") << ru << QStringLiteral("госу\u00ADдарства") << true;
    QTest::newRow("ru trimmed") << ru << QStringLiteral(" привет\n") << true;
    QTest::newRow("ru Latin p in привет") << ru << QStringLiteral("пpивет") << false;
    QTest::newRow("kk қазақ") << kk << QStringLiteral("қазақ") << true;
    QTest::newRow("kk Қазақстан") << kk << QStringLiteral("Қазақстан") << true;
    QTest::newRow("kk Қазақстанның") << kk << QStringLiteral("Қазақстанның") << true;
    QTest::newRow("kk мектеп") << kk << QStringLiteral("мектеп") << true;
    QTest::newRow("kk ауыл") << kk << QStringLiteral("ауыл") << true;
    QTest::newRow("kk мектпе") << kk << QStringLiteral("мектпе") << false;
    QTest::newRow("kk қазақстн") << kk << QStringLiteral("қазақстн") << false;
    QTest::newRow("en editor") << en << QStringLiteral("editor") << true;
    QTest::newRow("en Editor") << en << QStringLiteral("Editor") << true;
    QTest::newRow("en newsroom") << en << QStringLiteral("newsroom") << true;
    QTest::newRow("en edtior") << en << QStringLiteral("edtior") << false;
    QTest::newRow("en don't") << en << QStringLiteral("don't") << true;
    QTest::newRow("en don’t, typographic apostrophe") << en << QStringLiteral("don\u2019t") << true;
    QTest::newRow("en e-mail") << en << QStringLiteral("e-mail") << true;
}

void TestSpellChecker::words()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(bool, correct);
    REQUIRE_DICTIONARY(language);
    QCOMPARE(checker(language).isCorrect(word), correct);
    // check() agrees on a word standing alone.
    QCOMPARE(checker(language).check(word).isEmpty(), correct);
}

void TestSpellChecker::suggestions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ru превет") << QStringLiteral("ru") << QStringLiteral("превет")
                               << QStringLiteral("привет");
    QTest::newRow("ru совищание") << QStringLiteral("ru") << QStringLiteral("совищание")
                                  << QStringLiteral("совещание");
    QTest::newRow("kk мектпе") << QStringLiteral("kk") << QStringLiteral("мектпе")
                               << QStringLiteral("мектеп");
    QTest::newRow("kk қазақстн") << QStringLiteral("kk") << QStringLiteral("қазақстн")
                                 << QStringLiteral("қазақстан");
    QTest::newRow("en edtior") << QStringLiteral("en") << QStringLiteral("edtior")
                               << QStringLiteral("editor");
}

void TestSpellChecker::suggestions()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    REQUIRE_DICTIONARY(language);
    const QStringList s = checker(language).suggestions(word);
    QVERIFY2(s.contains(expected), qPrintable(s.join(u", ")));
    QVERIFY(checker(language).isCorrect(expected));
}

void TestSpellChecker::skipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");

    const auto ru = QStringLiteral("ru");
    const auto en = QStringLiteral("en");
    const QStringList none;
    QTest::newRow("plain typo") << ru << QStringLiteral("Он сказал превет.")
                                << QStringList{QStringLiteral("превет")};
    QTest::newRow("https URL") << ru
                               << QStringLiteral(
                                      "Подробнее: https://tengrinews.kz/news/превет-smth?q=edtior.")
                               << none;
    QTest::newRow("http URL in brackets") << ru << QStringLiteral("(см. http://akorda.kz/ru/превет)") << none;
    QTest::newRow("word glued to URL")
        << ru << QStringLiteral("превет:https://gov.kz/превет") << QStringList{QStringLiteral("превет")};
    QTest::newRow("www") << ru << QStringLiteral("на сайте «www.превет.kz/edtior».") << none;
    QTest::newRow("bare domain") << ru << QStringLiteral("сообщает Tengrinews.kz и gov.kz/ru/edtior,")
                                 << none;
    QTest::newRow("e-mail") << ru << QStringLiteral("Пишите: превет.ivanov@mail.kz или edtior@qalam.kz.")
                            << none;
    QTest::newRow("handle") << ru << QStringLiteral("в аккаунте @превет_kz") << none;
    QTest::newRow("numbers") << ru << QStringLiteral("В 2022 году 15,5 тысячи и 1 000 000") << none;
    QTest::newRow("words with digits")
        << ru << QStringLiteral("2022-го, 5-й, COVID-19, превет5, ЕАЭС2") << none;
    QTest::newRow("abbreviations") << ru << QStringLiteral("ТЦ, ЕАЭС, ВКО, СНГ и NATO; XXI век") << none;
    QTest::newRow("long word in capitals is checked")
        << ru << QStringLiteral("СОВИЩАНИЕ") << QStringList{QStringLiteral("СОВИЩАНИЕ")};
    QTest::newRow("single letters") << ru << QStringLiteral("К. Токаев, пункт б) и в")
                                    << QStringList{QStringLiteral("Токаев")};
    QTest::newRow("Latin word in Russian text") << ru << QStringLiteral("в Instagram и Telegram") << none;
    QTest::newRow("quotes around words") << ru << QStringLiteral("«превет», \"привет\" и 'превет'")
                                         << QStringList{QStringLiteral("превет"), QStringLiteral("превет")};
    QTest::newRow("dashes are not hyphens")
        << ru << QStringLiteral("закон – это превет—привет") << QStringList{QStringLiteral("превет")};
    QTest::newRow("en apostrophes") << en << QStringLiteral("The editor’s desk doesn't edtior")
                                    << QStringList{QStringLiteral("edtior")};
    QTest::newRow("en Cyrillic name")
        << en << QStringLiteral("the word Акорда edtior") << QStringList{QStringLiteral("edtior")};
    QTest::newRow("empty") << ru << QString() << none;
    QTest::newRow("only punctuation") << ru << QStringLiteral("… — «» - ' ’ @ :// www.") << none;
}

void TestSpellChecker::skipped()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    REQUIRE_DICTIONARY(language);
    if (QByteArray(QTest::currentDataTag()) == "single letters")
        flagged.clear(); // Токаев may or may not be known; only the letters matter here
    const Misspellings found = checker(language).check(text);
    QStringList got = ::words(found);
    if (QByteArray(QTest::currentDataTag()) == "single letters")
        got.removeAll(QStringLiteral("Токаев"));
    QCOMPARE(got, flagged);
    for (const auto &m : found)
        QCOMPARE(text.mid(m.start, m.end - m.start), m.word);
}

void TestSpellChecker::skipRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ranges>("skip");
    QTest::addColumn<QList<int>>("occurrences"); // which "превет"s are flagged

    const QString text = QStringLiteral("Превет «превет» и превет.");
    const int second = int(text.indexOf(u'«'));
    const int third = int(text.lastIndexOf(QStringLiteral("превет")));
    QTest::newRow("none") << text << Ranges{} << QList<int>{0, 1, 2};
    QTest::newRow("quoted title") << text << Ranges{{second, second + 8}} << QList<int>{0, 2};
    QTest::newRow("partly covered word") << text << Ranges{{third + 2, third + 3}} << QList<int>{0, 1};
    QTest::newRow("unsorted and overlapping")
        << text << Ranges{{third, int(text.size())}, {0, 3}, {1, 2}} << QList<int>{1};
    QTest::newRow("ranges outside the text")
        << text << Ranges{{-10, 0}, {500, 600}, {7, 4}} << QList<int>{0, 1, 2};
    QTest::newRow("everything") << text << Ranges{{0, int(text.size())}} << QList<int>{};
}

void TestSpellChecker::skipRanges()
{
    QFETCH(QString, text);
    QFETCH(Ranges, skip);
    QFETCH(QList<int>, occurrences);
    REQUIRE_DICTIONARY(QStringLiteral("ru"));
    const QString lowered = text.toLower();
    Misspellings expected;
    for (int occurrence : occurrences) {
        auto m = at(lowered, QStringLiteral("превет"), occurrence);
        m.word = text.mid(m.start, m.end - m.start);
        expected.append(m);
    }
    QCOMPARE(checker(QStringLiteral("ru")).check(text, skip), expected);
}

void TestSpellChecker::offsetsWithKazakhLettersAndEmoji()
{
    REQUIRE_DICTIONARY(QStringLiteral("kk"));
    // Emoji outside the BMP take two UTF-16 units; offsets stay UTF-16.
    const QString text = QStringLiteral("🇰🇿 Қазақстан 😀мектпе👍 және ауыл—қазақстн, "
                                        "👨‍👩‍👧 "
                                        "мектпе!");
    const Misspellings expected = {at(text, QStringLiteral("мектпе")), at(text, QStringLiteral("қазақстн")),
                                   at(text, QStringLiteral("мектпе"), 1)};
    QCOMPARE(checker(QStringLiteral("kk")).check(text), expected);
    QCOMPARE(expected.first().start, 17);
}

void TestSpellChecker::hyphenatedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");

    QTest::newRow("known whole") << QStringLiteral("кто-то из-за когда-нибудь северо-восток")
                                 << QStringList{};
    QTest::newRow("known parts") << QStringLiteral("экс-президент") << QStringList{};
    QTest::newRow("wrong part only") << QStringLiteral("пресс-слжба") << QStringList{QStringLiteral("слжба")};
    QTest::newRow("non-breaking hyphen")
        << QStringLiteral("кто\u2011то пресс\u2011слжба") << QStringList{QStringLiteral("слжба")};
    QTest::newRow("abbreviation part")
        << QStringLiteral("ТЦ-превет") << QStringList{QStringLiteral("превет")};
    QTest::newRow("leading and trailing hyphens")
        << QStringLiteral("-превет- -привет") << QStringList{QStringLiteral("превет")};
}

void TestSpellChecker::hyphenatedWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    REQUIRE_DICTIONARY(QStringLiteral("ru"));
    const Misspellings found = checker(QStringLiteral("ru")).check(text);
    QCOMPARE(::words(found), flagged);
    for (const auto &m : found)
        QCOMPARE(text.mid(m.start, m.end - m.start), m.word);
}

void TestSpellChecker::newsroomWords()
{
    SpellChecker ru(QStringLiteral("ru"));
    if (!ru.isValid())
        QSKIP(qPrintable(ru.errorString()));
    // Words neither ru_RU nor Qalam's regional list knows.
    const QString text = QStringLiteral("Жаркент, жаркент и ЖАРКЕНТ; Ордабасы, Ордабасе, жайлау и жайлауы.");
    QCOMPARE(::words(ru.check(text)),
             (QStringList{QStringLiteral("Жаркент"), QStringLiteral("жаркент"), QStringLiteral("ЖАРКЕНТ"),
                          QStringLiteral("Ордабасы"), QStringLiteral("Ордабасе"), QStringLiteral("жайлау"),
                          QStringLiteral("жайлауы")}));

    ru.addNewsroomWords({QStringLiteral(" Жаркент "), QString(), QStringLiteral("жайлау"),
                         QStringLiteral("Ордабасы"), QStringLiteral("Семёнов")});
    QVERIFY(ru.isCorrect(QStringLiteral("Жаркент")));
    QVERIFY(ru.isCorrect(QStringLiteral("жаркент")));
    QVERIFY(ru.isCorrect(QStringLiteral("ЖАРКЕНТ")));
    QVERIFY(ru.isCorrect(QStringLiteral("Жайлау")));
    QVERIFY(ru.isCorrect(QStringLiteral("Семенов"))); // е for ё
    QVERIFY(!ru.isCorrect(QStringLiteral("Жаркентт")));
    // Only the words themselves: forms of them are still for Hunspell to judge.
    QCOMPARE(::words(ru.check(text)), (QStringList{QStringLiteral("Ордабасе"), QStringLiteral("жайлауы")}));
    // Added words are offered as suggestions too.
    QVERIFY2(ru.suggestions(QStringLiteral("Жаркетн")).contains(QStringLiteral("Жаркент")),
             qPrintable(ru.suggestions(QStringLiteral("Жаркетн")).join(u", ")));
    // A hyphenated name is one newsroom word.
    QVERIFY(!ru.isCorrect(QStringLiteral("Шардара-Жаркент")));
    ru.addNewsroomWords({QStringLiteral("Шардара-Жаркент")});
    QVERIFY(ru.isCorrect(QStringLiteral("Шардара-Жаркент")));
    QVERIFY(ru.check(QStringLiteral("Шардара-Жаркент")).isEmpty());
}

void TestSpellChecker::regionalWords()
{
    // Kazakhstan's places and officials are known out of the box, in their forms.
    SpellChecker ru(QStringLiteral("ru"));
    if (!ru.isValid())
        QSKIP(qPrintable(ru.errorString()));
    const QString text =
        QStringLiteral("Касым-Жомарт Токаев встретился с акимами Шымкента, Алматы и Караганды "
                       "в Акорде; маслихат Туркестанской области одобрил решение.");
    QCOMPARE(::words(ru.check(text)), QStringList());
}

void TestSpellChecker::missingDictionary()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    DictionaryDirectory env(empty.path());
    QCOMPARE(SpellChecker::dictionaryDirectory(), empty.path());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ru_RU\\.aff")));
    SpellChecker ru(QStringLiteral("ru"));
    QVERIFY(!ru.isValid());
    QVERIFY2(ru.errorString().contains(QDir(empty.path()).filePath(QStringLiteral("ru_RU.aff"))),
             qPrintable(ru.errorString()));
    QVERIFY(ru.errorString().contains(QStringLiteral("hunspell-ru")));
    // Nothing can be judged: nothing is flagged and nothing crashes.
    QVERIFY(ru.check(QStringLiteral("превет edtior")).isEmpty());
    QVERIFY(ru.isCorrect(QStringLiteral("превет")));
    QVERIFY(ru.suggestions(QStringLiteral("превет")).isEmpty());
    ru.addNewsroomWords({QStringLiteral("Шымкент")});

    // Only the .dic missing: the message names that file.
    QFile aff(QDir(empty.path()).filePath(QStringLiteral("en_US.aff")));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET UTF-8\n");
    aff.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("en_US\\.dic")));
    SpellChecker en(QStringLiteral("en"));
    QVERIFY(!en.isValid());
    QVERIFY2(en.errorString().contains(QStringLiteral("en_US.dic")), qPrintable(en.errorString()));
}

void TestSpellChecker::unknownLanguage()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"de\"")));
    SpellChecker de(QStringLiteral("de"));
    QVERIFY(!de.isValid());
    QCOMPARE(de.language(), QStringLiteral("de"));
    QVERIFY(de.errorString().contains(QStringLiteral("\"de\"")));
    QVERIFY(de.check(QStringLiteral("Rechtschreibung")).isEmpty());
}

// Older Russian dictionaries are KOI8-R: words go to Hunspell in the
// dictionary's own encoding and suggestions come back from it.
void TestSpellChecker::eightBitDictionary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringEncoder koi8("KOI8-R");
    QVERIFY(koi8.isValid());
    auto write = [&](const QString &name, const QString &content) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(koi8.encode(content));
    };
    write(QStringLiteral("ru_RU.aff"),
          QStringLiteral("SET KOI8-R\nTRY оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё\n\nSFX A Y 1\nSFX A 0 а .\n"));
    write(QStringLiteral("ru_RU.dic"), QStringLiteral("3\nпривет\nзакон/A\nёжик\n"));
    DictionaryDirectory env(dir.path());

    SpellChecker ru(QStringLiteral("ru"));
    QVERIFY2(ru.isValid(), qPrintable(ru.errorString()));
    QVERIFY(ru.isCorrect(QStringLiteral("привет")));
    QVERIFY(ru.isCorrect(QStringLiteral("Привет")));
    QVERIFY(ru.isCorrect(QStringLiteral("закона")));
    QVERIFY(ru.isCorrect(QStringLiteral("ёжик")));
    QVERIFY(!ru.isCorrect(QStringLiteral("превет")));
    QVERIFY(!ru.isCorrect(QStringLiteral("қазақ"))); // not in KOI8-R at all
    QVERIFY(ru.suggestions(QStringLiteral("превет")).contains(QStringLiteral("привет")));
    const QString text = QStringLiteral("привет, превет и закона");
    QCOMPARE(ru.check(text), Misspellings{at(text, QStringLiteral("превет"))});
    ru.addNewsroomWords({QStringLiteral("Шымкент")});
    QVERIFY(ru.isCorrect(QStringLiteral("Шымкент")));
}

// Linear time: five megabytes of prose without punctuation, a megabyte-long
// "word" and a megabyte of hyphens and @ signs all finish quickly.
void TestSpellChecker::longTextStaysLinear()
{
    REQUIRE_DICTIONARY(QStringLiteral("ru"));
    const SpellChecker &ru = checker(QStringLiteral("ru"));
    const QString sentence =
        QStringLiteral("глава государства провел совещание с жайлаушами областей превет ");
    QString paragraph;
    paragraph.reserve(5 * 1024 * 1024 + sentence.size());
    while (paragraph.size() < 5 * 1024 * 1024)
        paragraph += sentence;

    QElapsedTimer timer;
    timer.start();
    const Misspellings found = ru.check(paragraph);
    const qint64 prose = timer.restart();
    const qsizetype sentences = paragraph.size() / sentence.size();
    QCOMPARE(found.size(), sentences * 2); // жайлаушами and превет
    QCOMPARE(found.last().word, QStringLiteral("превет"));

    QString word(1024 * 1024, u'ы');
    QCOMPARE(ru.check(word).size(), 1);
    word =
        QString(1024 * 1024, u'-') + QString(1024 * 1024, u'@') + QStringLiteral("ы-").repeated(512 * 1024);
    QCOMPARE(ru.check(word).size(), 0); // one chunk with an @ in it
    word = QStringLiteral("ы-").repeated(512 * 1024) + QStringLiteral("ы'ы").repeated(100000) +
           QStringLiteral("https://").repeated(100000) + QStringLiteral("www.").repeated(100000);
    QVERIFY(ru.check(word).size() <= 1);
    const qint64 odd = timer.elapsed();
    qInfo("5 MB paragraph: %lld ms; degenerate tokens: %lld ms", prose, odd);
    QVERIFY2(prose < 30000 && odd < 30000, "check() is not linear");
}

// A real article from a Kazakhstani news site: common Russian words pass;
// names, Kazakh terms and site furniture may be flagged.
void TestSpellChecker::sampleArticle()
{
    REQUIRE_DICTIONARY(QStringLiteral("ru"));
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared sample article is not there.");
    const QString text = QString::fromUtf8(file.readAll());
    const Misspellings found = checker(QStringLiteral("ru")).check(text);
    const QStringList flagged = ::words(found);
    qInfo("flagged: %s", qPrintable(flagged.join(u", ")));

    const QStringList common = {
        QStringLiteral("Глава"),        QStringLiteral("государства"),
        QStringLiteral("провел"),       QStringLiteral("рабочее"),
        QStringLiteral("совещание"),    QStringLiteral("областей"),
        QStringLiteral("передает"),     QStringLiteral("выступлении"),
        QStringLiteral("президент"),    QStringLiteral("стране"),
        QStringLiteral("должен"),       QStringLiteral("царить"),
        QStringLiteral("закон"),        QStringLiteral("граждан"),
        QStringLiteral("безопасность"), QStringLiteral("Чиновники"),
        QStringLiteral("кабинетах"),    QStringLiteral("занятости"),
        QStringLiteral("поручил"),      QStringLiteral("регионов"),
        QStringLiteral("подчеркнул"),   QStringLiteral("какая-либо"),
        QStringLiteral("протекция"),    QStringLiteral("недопустима"),
        QStringLiteral("молодежной"),   QStringLiteral("лифтов"),
        QStringLiteral("поколения"),    QStringLiteral("Президентский"),
        QStringLiteral("кадровый"),     QStringLiteral("резерв"),
        QStringLiteral("претендентов"), QStringLiteral("управленцев"),
        QStringLiteral("Подпишитесь"),  QStringLiteral("Казахстана"),
        QStringLiteral("Закладки"),     QStringLiteral("публикации"),
        QStringLiteral("её"),
    };
    for (const QString &word : common) {
        QVERIFY2(text.contains(word), qPrintable(word));
        QVERIFY2(!flagged.contains(word), qPrintable(word));
    }
    // Instagram, UGC, 300 and the quotes are skipped, not flagged.
    for (const char *skipped : {"Instagram", "UGC", "300"})
        QVERIFY(!flagged.contains(QLatin1String(skipped)));
    // Whatever else is flagged is a name or a Kazakhstani term this
    // dictionary lacks (аким), or the rare эксклюзив.
    const QStringList lacking = {QStringLiteral("акимам"), QStringLiteral("акимами"),
                                 QStringLiteral("акимов"), QStringLiteral("эксклюзивах")};
    for (const QString &word : flagged)
        QVERIFY2(word.at(0).isUpper() || lacking.contains(word), qPrintable(word));
    for (const auto &m : found)
        QCOMPARE(text.mid(m.start, m.end - m.start), m.word);
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
