#include "app/text/quoteanalyzer.h"
#include "tests/support/childtest.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qalam;

// The tables describe each expected quote as a compact tuple: text, kind,
// speaker, verb, attributed, level, paragraph. Offsets are not written into
// the tables; they are checked against the input itself: the quote's range
// must frame its text with the marks the shape says, and the speaker's and
// verb's ranges must hold exactly the speaker and the verb.

// How a quote's range [start, end) frames its text.
enum class Shape {
    Marked,    // «text»: one opening mark, the text, one closing mark
    OpenOnly,  // «text: the first part of a split quote, or a paragraph the quote goes on from
    CloseOnly, // text»: the part of a split quote after the author's words (a dash before it may be in range)
    Bare,      // text: a dialogue line, or the middle of a split quote that goes on into the next paragraph
};

struct ExpectedQuote
{
    QString text;
    Quote::Kind kind = Quote::Kind::Speech;
    QString speaker;
    QString verb;
    bool attributed = false;
    int level = 0;
    int paragraph = 0;
    Shape shape = Shape::Marked;

    ExpectedQuote inParagraph(int index) const
    {
        ExpectedQuote copy = *this;
        copy.paragraph = index;
        return copy;
    }
    ExpectedQuote nested() const
    {
        ExpectedQuote copy = *this;
        copy.level = 1;
        return copy;
    }
    ExpectedQuote framed(Shape frame) const
    {
        ExpectedQuote copy = *this;
        copy.shape = frame;
        return copy;
    }
};
using ExpectedQuotes = QList<ExpectedQuote>;

struct ExpectedFinding
{
    QString code;
    QString severity; // Finding::severityKey()
    int start = -1;   // -1: anywhere in the text
    int end = -1;
};
using ExpectedFindings = QList<ExpectedFinding>;

Q_DECLARE_METATYPE(ExpectedQuote)
Q_DECLARE_METATYPE(ExpectedFinding)
Q_DECLARE_METATYPE(Qalam::QuoteAnalyzer::Options)

class TestQuoteAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void kindKeys();

    void speechPatterns_data();
    void speechPatterns();
    void titles_data();
    void titles();
    void relayingSources_data();
    void relayingSources();
    void nesting_data();
    void nesting();
    void splitAndContinuedQuotes_data();
    void splitAndContinuedQuotes();
    void headlineForm_data();
    void headlineForm();
    void english_data();
    void english();
    void kazakh_data();
    void kazakh();
    void dialogueDashes_data();
    void dialogueDashes();
    void badInput_data();
    void badInput();

    void unbalancedMarks_data();
    void unbalancedMarks();
    void mixedStyles_data();
    void mixedStyles();
    void unattributedSpeech_data();
    void unattributedSpeech();
    void headlineMismatch_data();
    void headlineMismatch();
    void placeholders_data();
    void placeholders();
    void longQuotes_data();
    void longQuotes();
    void mismatchedMarks_data();
    void mismatchedMarks();

    void sampleArticle();
    void repeatable();

    void hostileInput_data();
    void hostileInput();

    // Run only inside the child process hostileInput() starts: a crash or a
    // runaway loop there must fail one row, not take the whole suite down.
    void child_longParagraphWithoutPunctuation();
    void child_tenThousandOpeningGuillemets();
    void child_tenThousandOpeningStraightQuotes();
    void child_tenThousandStraightQuotesInARow();
    void child_manyUnclosedOpeningsInOneParagraph();
    void child_manyQuotesInOneParagraph();
    void child_manyAttributedQuotesInOneParagraph();
    void child_manyDialogueLines();
    void child_longContinuedQuote();
    void child_hugeQuote();
    void child_deepNesting();
    void child_longParagraphOfSpeechVerbs();
    void child_manyUrlsWithQuotes();
    void child_manyPlaceholders();
    void child_headlineModeHugeFirstParagraph();
};

namespace {

const char *s_childVariable = "QALAM_QUOTEANALYZER_CHILD";

bool inChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}

QString unbalancedCode()
{
    return QStringLiteral("quote.unbalanced");
}
QString mixedStylesCode()
{
    return QStringLiteral("quote.mixed-styles");
}
QString unattributedCode()
{
    return QStringLiteral("quote.unattributed");
}
QString headlineMismatchCode()
{
    return QStringLiteral("quote.headline-mismatch");
}
QString placeholderCode()
{
    return QStringLiteral("placeholder");
}
QString longCode()
{
    return QStringLiteral("quote.long");
}

ExpectedQuote said(const QString &text, const QString &speaker, const QString &verb)
{
    ExpectedQuote quote;
    quote.text = text;
    quote.speaker = speaker;
    quote.verb = verb;
    quote.attributed = true;
    return quote;
}

ExpectedQuote unattributed(const QString &text)
{
    ExpectedQuote quote;
    quote.text = text;
    return quote;
}

ExpectedQuote title(const QString &text)
{
    ExpectedQuote quote;
    quote.text = text;
    quote.kind = Quote::Kind::Title;
    return quote;
}

ExpectedFinding finding(const QString &code, const QString &severity, int start = -1, int end = -1)
{
    return ExpectedFinding{code, severity, start, end};
}

QuoteAnalyzer::Options headlineMode()
{
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = true;
    return options;
}

QuoteAnalyzer::Options withHeadline(const QString &headline)
{
    QuoteAnalyzer::Options options;
    options.headline = headline;
    return options;
}

QuoteAnalyzer::Options longQuoteWords(int words)
{
    QuoteAnalyzer::Options options;
    options.longQuoteWords = words;
    return options;
}

QString repeated(const QString &piece, int times)
{
    QString text;
    text.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << ((i % 2) ? QStringLiteral("работа") : QStringLiteral("продолжается"));
    return list.join(u' ');
}

QString kindName(Quote::Kind kind)
{
    return kind == Quote::Kind::Title ? QStringLiteral("title") : QStringLiteral("speech");
}

QString tuple(const QString &text, Quote::Kind kind, const QString &speaker, const QString &verb,
              bool attributed, int level, int paragraph)
{
    return QString(QStringLiteral("[") + text + QStringLiteral("] ") + kindName(kind) +
                   QStringLiteral(" speaker=[") + speaker + QStringLiteral("] verb=[") + verb +
                   QStringLiteral("] ") +
                   (attributed ? QStringLiteral("attributed") : QStringLiteral("unattributed")) +
                   QStringLiteral(" level=") + QString::number(level) + QStringLiteral(" paragraph=") +
                   QString::number(paragraph));
}

QString show(const Quote &q)
{
    return tuple(q.text, q.kind, q.speaker, q.verb, q.attributed, q.level, q.paragraph);
}

QString show(const ExpectedQuote &q)
{
    return tuple(q.text, q.kind, q.speaker, q.verb, q.attributed, q.level, q.paragraph);
}

QString showRanges(const Quote &q)
{
    return QString(QStringLiteral("quote %1-%2, speaker %3-%4, verb %5-%6")
                       .arg(q.start)
                       .arg(q.end)
                       .arg(q.speakerStart)
                       .arg(q.speakerEnd)
                       .arg(q.verbStart)
                       .arg(q.verbEnd));
}

QString show(const Finding &f)
{
    return f.code + u' ' + Finding::severityKey(f.severity) +
           QStringLiteral(" @%1-%2").arg(f.start).arg(f.end);
}

QString showAll(const QuoteAnalyzer::Analysis &analysis)
{
    QStringList lines;
    for (const Quote &q : analysis.quotes)
        lines << QString(QStringLiteral("    ") + show(q) + QStringLiteral(" (") + showRanges(q) + u')');
    for (const Finding &f : analysis.findings)
        lines << QString(QStringLiteral("    finding ") + show(f));
    lines << QString(QStringLiteral("    sourceAttribution=[") + analysis.sourceAttribution + u']');
    return lines.join(u'\n');
}

bool isOpeningMark(QChar c)
{
    return QStringView(u"«„“‘\"").contains(c);
}

bool isClosingMark(QChar c)
{
    return QStringView(u"»“”’\"").contains(c);
}

// What may stand between a part of a quote and the author's words: ", – ".
bool onlySeparators(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace() && !QStringView(u"–—-,").contains(c))
            return false;
    }
    return true;
}

// Paragraph of an offset without rescanning the text for every quote: the
// hostile inputs carry hundreds of thousands of quotes.
class ParagraphIndex
{
public:
    explicit ParagraphIndex(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n')
                m_breaks.push_back(int(i));
        }
    }
    int at(int offset) const
    {
        return int(std::lower_bound(m_breaks.begin(), m_breaks.end(), offset) - m_breaks.begin());
    }

private:
    std::vector<int> m_breaks;
};

// Empty when the range [start, end) frames q.text the way `shape` says.
QString shapeProblem(const QString &text, const Quote &q, Shape shape)
{
    if (q.start < 0 || q.start >= q.end || q.end > text.size())
        return QStringLiteral("range outside the text");
    const QString whole = text.mid(q.start, q.end - q.start);
    const qsizetype at = whole.indexOf(q.text);
    if (at < 0)
        return QString(QStringLiteral("range [") + whole + QStringLiteral("] does not hold the text"));
    const QStringView before = QStringView(whole).left(at);
    const QStringView after = QStringView(whole).mid(at + q.text.size());
    bool ok = false;
    switch (shape) {
    case Shape::Marked:
        ok = before.size() == 1 && isOpeningMark(before.front()) && after.size() == 1 &&
             isClosingMark(after.front());
        break;
    case Shape::OpenOnly:
        ok = before.size() == 1 && isOpeningMark(before.front()) && onlySeparators(after);
        break;
    case Shape::CloseOnly:
        ok = onlySeparators(before) && after.size() == 1 && isClosingMark(after.front());
        break;
    case Shape::Bare:
        ok = onlySeparators(before) && onlySeparators(after);
        break;
    }
    if (ok)
        return {};
    return QString(QStringLiteral("range [") + whole + QStringLiteral("] does not frame [") + q.text +
                   QStringLiteral("] as expected (marks included, author's words excluded)"));
}

QString expectedSeverity(const QString &code)
{
    if (code == unbalancedCode() || code == placeholderCode())
        return QStringLiteral("error");
    if (code == longCode())
        return QStringLiteral("info");
    return QStringLiteral("warning");
}

// What holds for any input: ranges inside the text, quotes in text order,
// paragraph indexes that match the text, speaker and verb ranges holding
// exactly the speaker and the verb, outside the quote, and one
// "quote.unattributed" finding on every unattributed speech quote.
void checkSane(const QString &text, const QuoteAnalyzer::Analysis &analysis)
{
    const ParagraphIndex paragraphs(text);
    int previousStart = -1;
    QSet<QPair<int, int>> unattributedQuotes;
    QSet<QPair<int, int>> nestedUnattributed; // a nested quote is its outer speaker's: a finding is optional
    for (const Quote &q : analysis.quotes) {
        const QString where = QString(show(q) + QStringLiteral(" (") + showRanges(q) + u')');
        if (!(q.start >= 0 && q.start < q.end && q.end <= text.size()))
            QFAIL(qPrintable(QString(QStringLiteral("quote range outside the text: ") + where)));
        if (q.start < previousStart)
            QFAIL(qPrintable(QString(QStringLiteral("quotes are not in text order: ") + where)));
        previousStart = q.start;
        if (q.paragraph != paragraphs.at(q.start))
            QFAIL(qPrintable(
                QString(QStringLiteral("paragraph should be %1: ").arg(paragraphs.at(q.start)) + where)));
        if (q.level < 0)
            QFAIL(qPrintable(QString(QStringLiteral("negative level: ") + where)));

        const struct
        {
            const char *name;
            const QString &value;
            int start;
            int end;
        } parts[] = {{"speaker", q.speaker, q.speakerStart, q.speakerEnd},
                     {"verb", q.verb, q.verbStart, q.verbEnd}};
        for (const auto &part : parts) {
            const QString name = QString::fromLatin1(part.name);
            if (part.value.isEmpty()) {
                if (part.start != -1 || part.end != -1)
                    QFAIL(qPrintable(QString(QStringLiteral("no ") + name +
                                             QStringLiteral(" but its range is set: ") + where)));
                continue;
            }
            if (!(part.start >= 0 && part.start < part.end && part.end <= text.size()))
                QFAIL(qPrintable(QString(name + QStringLiteral(" range outside the text: ") + where)));
            if (text.mid(part.start, part.end - part.start) != part.value)
                QFAIL(qPrintable(QString(
                    name + QStringLiteral(" range holds [") + text.mid(part.start, part.end - part.start) +
                    QStringLiteral("], not the ") + name + QStringLiteral(": ") + where)));
            if (part.start < q.end && q.start < part.end)
                QFAIL(qPrintable(QString(name + QStringLiteral(" overlaps its own quote: ") + where)));
        }
        if (!q.speaker.isEmpty() &&
            (q.speaker != q.speaker.trimmed() || QStringView(u".,;:!?–—").contains(q.speaker.back())))
            QFAIL(qPrintable(
                QString(QStringLiteral("speaker has leading/trailing space or punctuation: ") + where)));
        if (q.attributed != !q.speaker.isEmpty())
            QFAIL(qPrintable(QString(QStringLiteral("attributed must mean \"has a speaker\": ") + where)));
        if (q.kind == Quote::Kind::Title && (q.attributed || !q.verb.isEmpty()))
            QFAIL(qPrintable(QString(QStringLiteral("a title has no speaker or verb: ") + where)));
        if (q.kind == Quote::Kind::Speech && !q.attributed && q.level == 0)
            unattributedQuotes.insert(qMakePair(q.start, q.end));
        if (q.kind == Quote::Kind::Speech && !q.attributed && q.level > 0)
            nestedUnattributed.insert(qMakePair(q.start, q.end));
    }

    const QStringList codes = {unbalancedCode(),       mixedStylesCode(), unattributedCode(),
                               headlineMismatchCode(), placeholderCode(), longCode()};
    QSet<QPair<int, int>> unattributedFindings;
    for (const Finding &f : analysis.findings) {
        if (!(f.start >= 0 && f.start <= f.end && f.end <= text.size()))
            QFAIL(qPrintable(QString(QStringLiteral("finding outside the text: ") + show(f))));
        if (!codes.contains(f.code))
            QFAIL(qPrintable(QString(QStringLiteral("unknown finding code: ") + show(f))));
        if (Finding::severityKey(f.severity) != expectedSeverity(f.code))
            QFAIL(qPrintable(QString(QStringLiteral("wrong severity: ") + show(f))));
        if (f.message.isEmpty())
            QFAIL(qPrintable(QString(QStringLiteral("finding without a message: ") + show(f))));
        if (f.code == unattributedCode())
            unattributedFindings.insert(qMakePair(f.start, f.end));
    }
    QCOMPARE(analysis.unattributedCount(), int(unattributedFindings.size()));
    unattributedFindings.subtract(nestedUnattributed);
    if (unattributedFindings != unattributedQuotes)
        QFAIL(qPrintable(QString(
            QStringLiteral("every unattributed speech quote, and only those, must carry a quote.unattributed "
                           "finding on its range (%1 quotes, %2 findings)")
                .arg(unattributedQuotes.size())
                .arg(unattributedFindings.size()))));
}

void addQuoteColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QuoteAnalyzer::Options>("options");
    QTest::addColumn<ExpectedQuotes>("quotes");
    QTest::addColumn<QString>("source");
}

void row(const char *name, const QString &text, const ExpectedQuotes &quotes,
         const QString &source = QString(), const QuoteAnalyzer::Options &options = QuoteAnalyzer::Options())
{
    QTest::newRow(name) << text << options << quotes << source;
}

// The shared check of every quote table: the quotes as tuples, then their
// ranges, then the source attribution and the findings. Well-formed rows may
// only produce quote.unattributed findings, one per unattributed speech quote.
void checkQuoteRow()
{
    QFETCH(QString, text);
    QFETCH(QuoteAnalyzer::Options, options);
    QFETCH(ExpectedQuotes, quotes);
    QFETCH(QString, source);

    // The table itself: whatever it expects is written in the input.
    for (const ExpectedQuote &e : quotes) {
        QVERIFY2(text.contains(e.text), qPrintable(QString(QStringLiteral("table: no text ") + e.text)));
        QVERIFY2(text.contains(e.speaker),
                 qPrintable(QString(QStringLiteral("table: no speaker ") + e.speaker)));
        QVERIFY2(text.contains(e.verb), qPrintable(QString(QStringLiteral("table: no verb ") + e.verb)));
        QVERIFY2(e.kind == Quote::Kind::Speech || e.speaker.isEmpty(), "table: a title has no speaker");
        QVERIFY2(e.attributed == !e.speaker.isEmpty(), "table: attributed means a speaker");
    }
    QVERIFY2(text.contains(source), "table: no source attribution");

    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text, options);

    QStringList actualTuples;
    for (const Quote &q : analysis.quotes)
        actualTuples << show(q);
    QStringList expectedTuples;
    for (const ExpectedQuote &e : quotes)
        expectedTuples << show(e);

    QStringList problems;
    if (actualTuples != expectedTuples) {
        problems << QStringLiteral("quotes differ");
        problems << QStringLiteral("  expected:");
        for (const QString &t : std::as_const(expectedTuples))
            problems << QString(QStringLiteral("    ") + t);
    }
    if (analysis.sourceAttribution != source)
        problems << QString(QStringLiteral("sourceAttribution [") + analysis.sourceAttribution +
                            QStringLiteral("], expected [") + source + u']');
    for (const Finding &f : analysis.findings) {
        if (f.code != unattributedCode())
            problems << QString(QStringLiteral("unexpected finding ") + show(f));
    }
    if (!problems.isEmpty()) {
        problems << QStringLiteral("  actual:") << showAll(analysis);
        QFAIL(qPrintable(problems.join(u'\n')));
    }

    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const QString problem = shapeProblem(text, analysis.quotes.at(i), quotes.at(i).shape);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QString(show(analysis.quotes.at(i)) + QStringLiteral(": ") + problem)));
    }
    checkSane(text, analysis);
}

void addFindingColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QuoteAnalyzer::Options>("options");
    QTest::addColumn<ExpectedFindings>("expected");
    QTest::addColumn<QStringList>("ignored"); // codes this row does not judge
}

void findingRow(const char *name, const QString &text, const ExpectedFindings &expected,
                const QuoteAnalyzer::Options &options = QuoteAnalyzer::Options(),
                const QStringList &ignored = QStringList())
{
    QTest::newRow(name) << text << options << expected << ignored;
}

// The findings of a row, except the ignored codes, compared as a sorted list;
// a code expected "anywhere" is compared without its position.
void checkFindingRow()
{
    QFETCH(QString, text);
    QFETCH(QuoteAnalyzer::Options, options);
    QFETCH(ExpectedFindings, expected);
    QFETCH(QStringList, ignored);

    QSet<QString> anywhere;
    QStringList expectedList;
    for (const ExpectedFinding &e : expected) {
        QVERIFY2(e.start <= text.size() && e.end <= text.size(), "table: finding outside the text");
        if (e.start < 0) {
            anywhere.insert(e.code);
            expectedList << QString(e.code + u' ' + e.severity);
        } else {
            expectedList << QString(e.code + u' ' + e.severity +
                                    QStringLiteral(" @%1-%2").arg(e.start).arg(e.end));
        }
    }

    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text, options);
    QStringList actualList;
    for (const Finding &f : analysis.findings) {
        if (ignored.contains(f.code))
            continue;
        actualList << (anywhere.contains(f.code) ? QString(f.code + u' ' + Finding::severityKey(f.severity))
                                                 : show(f));
    }
    expectedList.sort();
    actualList.sort();
    if (actualList != expectedList) {
        QFAIL(qPrintable(QString(QStringLiteral("findings differ\n  expected:\n    ") +
                                 expectedList.join(QStringLiteral("\n    ")) +
                                 QStringLiteral("\n  actual:\n") + showAll(analysis))));
    }
    checkSane(text, analysis);
}

} // namespace

void TestQuoteAnalyzer::kindKeys()
{
    QCOMPARE(Quote::kindKey(Quote::Kind::Speech), QStringLiteral("speech"));
    QCOMPARE(Quote::kindKey(Quote::Kind::Title), QStringLiteral("title"));
}

// --- Speech: the attribution patterns of Russian-language news -------------

void TestQuoteAnalyzer::speechPatterns_data()
{
    addQuoteColumns();

    row("quote, en dash, verb, description and name",
        QStringLiteral("«Мы завершим ремонт дороги Алматы – Капшагай до конца сентября», – сказал аким "
                       "Алматинской области Марат Султангазиев."),
        {said(QStringLiteral("Мы завершим ремонт дороги Алматы – Капшагай до конца сентября"),
              QStringLiteral("аким Алматинской области Марат Султангазиев"), QStringLiteral("сказал"))});
    row("quote, hyphen-minus, заявил",
        QStringLiteral(
            "«Тарифы на коммунальные услуги в этом году не вырастут», - заявил министр национальной "
            "экономики."),
        {said(QStringLiteral("Тарифы на коммунальные услуги в этом году не вырастут"),
              QStringLiteral("министр национальной экономики"), QStringLiteral("заявил"))});
    row("quote, em dash, заявила",
        QStringLiteral(
            "«Все школы области готовы к новому учебному году», — заявила аким Жамбылской области."),
        {said(QStringLiteral("Все школы области готовы к новому учебному году"),
              QStringLiteral("аким Жамбылской области"), QStringLiteral("заявила"))});
    row("speaker заявил, что quote",
        QStringLiteral("Аким области заявил, что «ремонт дороги завершат до конца сентября»."),
        {said(QStringLiteral("ремонт дороги завершат до конца сентября"), QStringLiteral("Аким области"),
              QStringLiteral("заявил"))});
    row("speaker заявила: quote",
        QStringLiteral("Министр здравоохранения Ажар Гиният заявила: «Ситуация с заболеваемостью корью "
                       "стабильная»."),
        {said(QStringLiteral("Ситуация с заболеваемостью корью стабильная"),
              QStringLiteral("Министр здравоохранения Ажар Гиният"), QStringLiteral("заявила"))});
    row("по словам X, quote",
        QStringLiteral(
            "По словам главы государства, «оценка работы акимов будет зависеть от решения проблемы "
            "занятости»."),
        {said(QStringLiteral("оценка работы акимов будет зависеть от решения проблемы занятости"),
              QStringLiteral("главы государства"), QString())});
    row("заявили, plural speaker",
        QStringLiteral("«Мы против повышения пенсионного возраста», – заявили депутаты Мажилиса."),
        {said(QStringLiteral("Мы против повышения пенсионного возраста"), QStringLiteral("депутаты Мажилиса"),
              QStringLiteral("заявили"))});
    row("подчеркнул, hyphenated full name",
        QStringLiteral(
            "«Коррупции не должно быть места в государственных органах», – подчеркнул Касым-Жомарт "
            "Токаев."),
        {said(QStringLiteral("Коррупции не должно быть места в государственных органах"),
              QStringLiteral("Касым-Жомарт Токаев"), QStringLiteral("подчеркнул"))});
    row("отметил",
        QStringLiteral(
            "«Урожай зерновых в этом году превысил 20 миллионов тонн», – отметил министр сельского "
            "хозяйства."),
        {said(QStringLiteral("Урожай зерновых в этом году превысил 20 миллионов тонн"),
              QStringLiteral("министр сельского хозяйства"), QStringLiteral("отметил"))});
    row("добавил", QStringLiteral("«Финансирование предусмотрено в полном объеме», – добавил аким Шымкента."),
        {said(QStringLiteral("Финансирование предусмотрено в полном объеме"), QStringLiteral("аким Шымкента"),
              QStringLiteral("добавил"))});
    row("пояснил, long description",
        QStringLiteral("«Повышение связано с ростом цен на топливо», – пояснил председатель комитета по "
                       "регулированию естественных монополий."),
        {said(QStringLiteral("Повышение связано с ростом цен на топливо"),
              QStringLiteral("председатель комитета по регулированию естественных монополий"),
              QStringLiteral("пояснил"))});
    row("сообщил",
        QStringLiteral("«Пострадавших нет, пожар локализован», – сообщил представитель ДЧС Карагандинской "
                       "области."),
        {said(QStringLiteral("Пострадавших нет, пожар локализован"),
              QStringLiteral("представитель ДЧС Карагандинской области"), QStringLiteral("сообщил"))});
    row("рассказал",
        QStringLiteral("«Воду в село провели впервые за тридцать лет», – рассказал аким Байзакского района."),
        {said(QStringLiteral("Воду в село провели впервые за тридцать лет"),
              QStringLiteral("аким Байзакского района"), QStringLiteral("рассказал"))});
    row("считает", QStringLiteral("«Инфляция замедлится к концу года», – считает экономист Алмас Чукин."),
        {said(QStringLiteral("Инфляция замедлится к концу года"), QStringLiteral("экономист Алмас Чукин"),
              QStringLiteral("считает"))});
    row("уверен, hyphenated description",
        QStringLiteral(
            "«Казахстан сможет удвоить экспорт зерна», – уверен вице-министр сельского хозяйства."),
        {said(QStringLiteral("Казахстан сможет удвоить экспорт зерна"),
              QStringLiteral("вице-министр сельского хозяйства"), QStringLiteral("уверен"))});
    row("уверена",
        QStringLiteral(
            "«Новая поликлиника решит проблему очередей», – уверена главный врач областной больницы."),
        {said(QStringLiteral("Новая поликлиника решит проблему очередей"),
              QStringLiteral("главный врач областной больницы"), QStringLiteral("уверена"))});
    row("говорит, resident with a name",
        QStringLiteral("«Автобус ходит два раза в день, и то не всегда», – говорит жительница села Бесагаш "
                       "Гульнара Ахметова."),
        {said(QStringLiteral("Автобус ходит два раза в день, и то не всегда"),
              QStringLiteral("жительница села Бесагаш Гульнара Ахметова"), QStringLiteral("говорит"))});
    row("отвечает, press office as speaker",
        QStringLiteral("«Проект находится на стадии государственной экспертизы», – отвечает пресс-служба "
                       "акимата."),
        {said(QStringLiteral("Проект находится на стадии государственной экспертизы"),
              QStringLiteral("пресс-служба акимата"), QStringLiteral("отвечает"))});
    row("initial and surname", QStringLiteral("«Мы должны слышать каждого гражданина», – сказал К. Токаев."),
        {said(QStringLiteral("Мы должны слышать каждого гражданина"), QStringLiteral("К. Токаев"),
              QStringLiteral("сказал"))});
    row("hyphenated initials", QStringLiteral("«Реформы будут продолжены», – заявил К.-Ж. Токаев."),
        {said(QStringLiteral("Реформы будут продолжены"), QStringLiteral("К.-Ж. Токаев"),
              QStringLiteral("заявил"))});
    row("title and full name before the verb",
        QStringLiteral("Президент Касым-Жомарт Токаев подчеркнул: «Власть должна слушать и слышать народ»."),
        {said(QStringLiteral("Власть должна слушать и слышать народ"),
              QStringLiteral("Президент Касым-Жомарт Токаев"), QStringLiteral("подчеркнул"))});
    row("description before the verb",
        QStringLiteral("Глава государства заявил: «Чиновники не должны отсиживаться в кабинетах»."),
        {said(QStringLiteral("Чиновники не должны отсиживаться в кабинетах"),
              QStringLiteral("Глава государства"), QStringLiteral("заявил"))});
    row("speaker after an introductory clause",
        QStringLiteral("Выступая на брифинге в СЦК, министр энергетики Алмасадам Саткалиев заявил: «Дефицита "
                       "бензина не будет»."),
        {said(QStringLiteral("Дефицита бензина не будет"),
              QStringLiteral("министр энергетики Алмасадам Саткалиев"), QStringLiteral("заявил"))});
    row("no comma before the dash",
        QStringLiteral("«Границы для грузовиков откроются в понедельник» – сказал председатель КГД."),
        {said(QStringLiteral("Границы для грузовиков откроются в понедельник"),
              QStringLiteral("председатель КГД"), QStringLiteral("сказал"))});
    row("сказала, long feminine description",
        QStringLiteral("«Мы выплатили пособия 12 тысячам семей», – сказала министр труда и социальной защиты "
                       "населения Тамара Дуйсенова."),
        {said(QStringLiteral("Мы выплатили пособия 12 тысячам семей"),
              QStringLiteral("министр труда и социальной защиты населения Тамара Дуйсенова"),
              QStringLiteral("сказала"))});
    row("question mark inside, no comma",
        QStringLiteral("«Почему тарифы растут, а качество услуг нет?» – сказал депутат Мажилиса."),
        {said(QStringLiteral("Почему тарифы растут, а качество услуг нет?"),
              QStringLiteral("депутат Мажилиса"), QStringLiteral("сказал"))});
    row("exclamation mark inside", QStringLiteral("«Закон един для всех!» – подчеркнул Президент."),
        {said(QStringLiteral("Закон един для всех!"), QStringLiteral("Президент"),
              QStringLiteral("подчеркнул"))});
    row("ellipsis inside", QStringLiteral("«Мы работаем над этим…», – сказал аким города."),
        {said(QStringLiteral("Мы работаем над этим…"), QStringLiteral("аким города"),
              QStringLiteral("сказал"))});
    row("two speakers in one paragraph",
        QStringLiteral(
            "«Цены на хлеб заморожены до конца года», – сказал аким Костанайской области. «Запасов "
            "муки хватит до нового урожая», – добавил руководитель управления сельского хозяйства."),
        {said(QStringLiteral("Цены на хлеб заморожены до конца года"),
              QStringLiteral("аким Костанайской области"), QStringLiteral("сказал")),
         said(QStringLiteral("Запасов муки хватит до нового урожая"),
              QStringLiteral("руководитель управления сельского хозяйства"), QStringLiteral("добавил"))});
    row("quote in the second paragraph",
        QStringLiteral(
            "В Атырау прошло заседание оперативного штаба.\n«Паводковая ситуация под контролем», – "
            "сообщил аким Атырауской области."),
        {said(QStringLiteral("Паводковая ситуация под контролем"), QStringLiteral("аким Атырауской области"),
              QStringLiteral("сообщил"))
             .inParagraph(1)});
    row("unattributed quote after a sentence",
        QStringLiteral("В акимате пообещали решить вопрос до зимы. «Работы начнутся в мае»."),
        {unattributed(QStringLiteral("Работы начнутся в мае"))});
    row("indirect speech is not a quote",
        QStringLiteral("Аким области считает, что школа будет построена вовремя."), {});
    row("dash inside a sentence is not dialogue",
        QStringLiteral("Алматы – крупнейший город страны, здесь живут более двух миллионов человек."), {});
    row("по словам without a quote",
        QStringLiteral(
            "По словам главы государства, оценка работы акимов будет основываться на решении проблемы "
            "занятости."),
        {});
    row("как заявил X, quote",
        QStringLiteral("Как заявил аким Алматы Ерболат Досаев, «метро дойдет до Калкамана к 2027 году»."),
        {said(QStringLiteral("метро дойдет до Калкамана к 2027 году"),
              QStringLiteral("аким Алматы Ерболат Досаев"), QStringLiteral("заявил"))});
    row("comma inside the quote",
        QStringLiteral(
            "«Мы выделили 2 млрд тенге, из них половина пойдет на дороги», – пояснил аким Павлодара."),
        {said(QStringLiteral("Мы выделили 2 млрд тенге, из них половина пойдет на дороги"),
              QStringLiteral("аким Павлодара"), QStringLiteral("пояснил"))});
    row("percent sign inside the quote",
        QStringLiteral("«Инфляция по итогам года составит 8,5%», – сообщил председатель Национального банка "
                       "Тимур Сулейменов."),
        {said(QStringLiteral("Инфляция по итогам года составит 8,5%"),
              QStringLiteral("председатель Национального банка Тимур Сулейменов"),
              QStringLiteral("сообщил"))});
    row("подчеркнула",
        QStringLiteral("«Ни один ребенок не останется без места в детском саду», – подчеркнула вице-министр "
                       "просвещения."),
        {said(QStringLiteral("Ни один ребенок не останется без места в детском саду"),
              QStringLiteral("вице-министр просвещения"), QStringLiteral("подчеркнула"))});
    row("straight quotes paired by context",
        QStringLiteral("\"Школа будет построена к 1 сентября\", – заявил аким Акмолинской области."),
        {said(QStringLiteral("Школа будет построена к 1 сентября"),
              QStringLiteral("аким Акмолинской области"), QStringLiteral("заявил"))});
    row("straight quotes after a colon",
        QStringLiteral("Аким района заявил: \"Мост отремонтируют до наступления холодов\"."),
        {said(QStringLiteral("Мост отремонтируют до наступления холодов"), QStringLiteral("Аким района"),
              QStringLiteral("заявил"))});
    row("curly quotes as the outer marks",
        QStringLiteral("“Экспорт мяса вырос на треть”, – сообщил министр сельского хозяйства."),
        {said(QStringLiteral("Экспорт мяса вырос на треть"), QStringLiteral("министр сельского хозяйства"),
              QStringLiteral("сообщил"))});
    row("low-high quotes as the outer marks",
        QStringLiteral("„Мы откроем еще три поликлиники“, – сказал аким Шымкента."),
        {said(QStringLiteral("Мы откроем еще три поликлиники"), QStringLiteral("аким Шымкента"),
              QStringLiteral("сказал"))});
    row("inner text exactly as written", QStringLiteral("«Мы начнем работу, — », – сказал аким области."),
        {said(QStringLiteral("Мы начнем работу, — "), QStringLiteral("аким области"),
              QStringLiteral("сказал"))});
}

void TestQuoteAnalyzer::speechPatterns()
{
    checkQuoteRow();
}

// --- Titles: quoted names are not speech ------------------------------------

void TestQuoteAnalyzer::titles_data()
{
    addQuoteColumns();

    row("party", QStringLiteral("Партия «Аманат» провела внеочередной съезд в Астане."),
        {title(QStringLiteral("Аманат"))});
    row("party, genitive",
        QStringLiteral("Депутаты от партии «Нур Отан» поддержали законопроект о местном самоуправлении."),
        {title(QStringLiteral("Нур Отан"))});
    row("company", QStringLiteral("Компания «Газпром» увеличит поставки газа в северные регионы Казахстана."),
        {title(QStringLiteral("Газпром"))});
    row("newspaper", QStringLiteral("Интервью вышло в газете «Казахстанская правда» в понедельник."),
        {title(QStringLiteral("Казахстанская правда"))});
    row("film with a Kazakh title", QStringLiteral("Фильм «Жаңа кадр» покажут во всех кинотеатрах Алматы."),
        {title(QStringLiteral("Жаңа кадр"))});
    row("programme with an exclamation mark",
        QStringLiteral("Участники программы «Дипломмен – ауылға!» получат подъемные выплаты."),
        {title(QStringLiteral("Дипломмен – ауылға!"))});
    row("joint-stock company", QStringLiteral("АО «Самрук-Казына» объявило о продаже непрофильных активов."),
        {title(QStringLiteral("Самрук-Казына"))});
    row("TV channel", QStringLiteral("Телеканал «Хабар» покажет прямую трансляцию парада."),
        {title(QStringLiteral("Хабар"))});
    row("Kazakh word order", QStringLiteral("«Аманат» партиясы кезектен тыс съезд өткізді."),
        {title(QStringLiteral("Аманат"))});
    row("title inside the speaker",
        QStringLiteral(
            "Председатель правления АО «Самрук-Казына» заявил: «Дивиденды будут выплачены в полном "
            "объеме»."),
        {title(QStringLiteral("Самрук-Казына")),
         said(QStringLiteral("Дивиденды будут выплачены в полном объеме"),
              QStringLiteral("Председатель правления АО «Самрук-Казына»"), QStringLiteral("заявил"))});
    row("title inside a speaker after the quote",
        QStringLiteral("«Мы поддержим кандидата от партии», – сказал секретарь партии «Аманат»."),
        {said(QStringLiteral("Мы поддержим кандидата от партии"), QStringLiteral("секретарь партии «Аманат»"),
              QStringLiteral("сказал")),
         title(QStringLiteral("Аманат"))});
    row("national project",
        QStringLiteral("В рамках национального проекта «Таза Қазақстан» высадили 10 тысяч деревьев."),
        {title(QStringLiteral("Таза Қазақстан"))});
    row("Latin-script airline", QStringLiteral("Авиакомпания «Air Astana» открыла прямой рейс в Милан."),
        {title(QStringLiteral("Air Astana"))});
    row("title, then speech",
        QStringLiteral("Проект реализует ТОО «Казахмыс Энерджи». «Станция заработает в 2026 году», – сообщил "
                       "директор компании."),
        {title(QStringLiteral("Казахмыс Энерджи")),
         said(QStringLiteral("Станция заработает в 2026 году"), QStringLiteral("директор компании"),
              QStringLiteral("сообщил"))});
    row("по программе is not по словам",
        QStringLiteral("По программе «Серпін» в вузах учатся пять тысяч студентов из южных регионов."),
        {title(QStringLiteral("Серпін"))});
    row("magazine", QStringLiteral("Рейтинг опубликовал журнал «Forbes Kazakhstan»."),
        {title(QStringLiteral("Forbes Kazakhstan"))});
    row("speech verb before a title", QStringLiteral("Об этом рассказал директор театра «Астана Опера»."),
        {title(QStringLiteral("Астана Опера"))});
    row("two titles",
        QStringLiteral("Футбольные клубы «Кайрат» и «Астана» сыграют в финале Кубка Казахстана."),
        {title(QStringLiteral("Кайрат")), title(QStringLiteral("Астана"))});
}

void TestQuoteAnalyzer::titles()
{
    checkQuoteRow();
}

// --- Relaying sources are not speakers --------------------------------------

void TestQuoteAnalyzer::relayingSources_data()
{
    addQuoteColumns();

    row("передает Акорда",
        QStringLiteral("Глава государства провел совещание с акимами областей, передает Акорда."), {},
        QStringLiteral("передает Акорда"));
    row("after an attributed quote",
        QStringLiteral("«Работы завершатся к 1 сентября», – сказал аким города, передает Kazinform."),
        {said(QStringLiteral("Работы завершатся к 1 сентября"), QStringLiteral("аким города"),
              QStringLiteral("сказал"))},
        QStringLiteral("передает Kazinform"));
    row("как передает",
        QStringLiteral("Как передает Kazinform, в Туркестанской области открылась новая школа на 600 мест."),
        {}, QStringLiteral("передает Kazinform"));
    row("об этом сообщает after an unattributed quote",
        QStringLiteral("«Паводковая ситуация в области остается под полным контролем». Об этом сообщает "
                       "пресс-служба акимата Атырауской области."),
        {unattributed(QStringLiteral("Паводковая ситуация в области остается под полным контролем"))},
        QStringLiteral("сообщает пресс-служба акимата Атырауской области"));
    row("сообщает пресс-служба акимата",
        QStringLiteral("В Шымкенте открыли новый парк на 12 гектаров, сообщает пресс-служба акимата."), {},
        QStringLiteral("сообщает пресс-служба акимата"));
    row("source in the first paragraph, quote in the second",
        QStringLiteral(
            "Президент подписал закон о республиканском бюджете, передает Акорда.\n«Бюджет сохраняет "
            "социальную направленность», – заявил министр финансов."),
        {said(QStringLiteral("Бюджет сохраняет социальную направленность"),
              QStringLiteral("министр финансов"), QStringLiteral("заявил"))
             .inParagraph(1)},
        QStringLiteral("передает Акорда"));
    row("source, then a quote in the same paragraph",
        QStringLiteral(
            "Касым-Жомарт Токаев встретился с министром энергетики, передает Акорда. «Надо работать с "
            "людьми», – сказал Президент."),
        {said(QStringLiteral("Надо работать с людьми"), QStringLiteral("Президент"),
              QStringLiteral("сказал"))},
        QStringLiteral("передает Акорда"));
    row("correspondent of a site, no trailing period",
        QStringLiteral("На месте работают спасатели, передает корреспондент Tengrinews.kz."), {},
        QStringLiteral("передает корреспондент Tengrinews.kz"));
}

void TestQuoteAnalyzer::relayingSources()
{
    checkQuoteRow();
}

// --- Nesting ---------------------------------------------------------------

void TestQuoteAnalyzer::nesting_data()
{
    addQuoteColumns();

    row("title in low-high quotes inside speech",
        QStringLiteral("«Мы поддерживаем программу „Дорожная карта бизнеса“», – сказал министр национальной "
                       "экономики."),
        {said(QStringLiteral("Мы поддерживаем программу „Дорожная карта бизнеса“"),
              QStringLiteral("министр национальной экономики"), QStringLiteral("сказал")),
         title(QStringLiteral("Дорожная карта бизнеса")).nested()});
    row("speech in curly quotes inside speech",
        QStringLiteral("«Президент сказал: “Работайте с людьми”», – отметил аким Шымкента."),
        {said(QStringLiteral("Президент сказал: “Работайте с людьми”"), QStringLiteral("аким Шымкента"),
              QStringLiteral("отметил")),
         said(QStringLiteral("Работайте с людьми"), QStringLiteral("Президент"), QStringLiteral("сказал"))
             .nested()});
    row("company in the middle of the quote",
        QStringLiteral(
            "«Компания „Казахтелеком“ обязана обеспечить связь в каждом селе», – подчеркнул министр "
            "цифрового развития."),
        {said(QStringLiteral("Компания „Казахтелеком“ обязана обеспечить связь в каждом селе"),
              QStringLiteral("министр цифрового развития"), QStringLiteral("подчеркнул")),
         title(QStringLiteral("Казахтелеком")).nested()});
    row("guillemets nested in guillemets",
        QStringLiteral("«Мы вступили в партию «Аманат» осознанно», – сказал депутат маслихата."),
        {said(QStringLiteral("Мы вступили в партию «Аманат» осознанно"), QStringLiteral("депутат маслихата"),
              QStringLiteral("сказал")),
         title(QStringLiteral("Аманат")).nested()});
    row("English single quotes inside double",
        QStringLiteral("“We joined the programme ‘Digital Kazakhstan’ last year,” said Almaty akim Yerbolat "
                       "Dossayev."),
        {said(QStringLiteral("We joined the programme ‘Digital Kazakhstan’ last year,"),
              QStringLiteral("Almaty akim Yerbolat Dossayev"), QStringLiteral("said")),
         title(QStringLiteral("Digital Kazakhstan")).nested()});
    row("unattributed outer quote with a nested title",
        QStringLiteral("«Фильм „Жаңа кадр“ посмотрели 200 тысяч зрителей»."),
        {unattributed(QStringLiteral("Фильм „Жаңа кадр“ посмотрели 200 тысяч зрителей")),
         title(QStringLiteral("Жаңа кадр")).nested()});
    row("straight quotes inside guillemets",
        QStringLiteral("«Мы назвали проект \"Ауыл аманаты\"», – сказал аким района."),
        {said(QStringLiteral("Мы назвали проект \"Ауыл аманаты\""), QStringLiteral("аким района"),
              QStringLiteral("сказал")),
         title(QStringLiteral("Ауыл аманаты")).nested()});
    row("Kazakh, nested title before its noun",
        QStringLiteral("«Біз „Жасыл ел“ бағдарламасын жалғастырамыз», – деді министр."),
        {said(QStringLiteral("Біз „Жасыл ел“ бағдарламасын жалғастырамыз"), QStringLiteral("министр"),
              QStringLiteral("деді")),
         title(QStringLiteral("Жасыл ел")).nested()});
}

void TestQuoteAnalyzer::nesting()
{
    checkQuoteRow();
}

// --- Split quotes and quotes that go on into the next paragraph -------------
// A split quote «Q1, – отметил X. – Q2» is two quotes, both attributed to X.
// The comma before the author's words belongs to them (as in «Q», – сказал X),
// so the first part is "Q1"; a question or exclamation mark stays with the
// quote ("Q1?"). Dialogue lines follow the same rule: "– Q, – сказал X." is "Q".

void TestQuoteAnalyzer::splitAndContinuedQuotes_data()
{
    addQuoteColumns();

    row("split, en dash",
        QStringLiteral(
            "«Мы начнем строительство весной, – отметил аким области. – Подрядчики уже определены»."),
        {said(QStringLiteral("Мы начнем строительство весной"), QStringLiteral("аким области"),
              QStringLiteral("отметил"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Подрядчики уже определены"), QStringLiteral("аким области"),
              QStringLiteral("отметил"))
             .framed(Shape::CloseOnly)});
    row("split, em dash",
        QStringLiteral("«Бюджет исполнен на 98 процентов, — сказал министр финансов Ерулан Жамаубаев. — "
                       "Неосвоенные средства вернутся в Национальный фонд»."),
        {said(QStringLiteral("Бюджет исполнен на 98 процентов"),
              QStringLiteral("министр финансов Ерулан Жамаубаев"), QStringLiteral("сказал"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Неосвоенные средства вернутся в Национальный фонд"),
              QStringLiteral("министр финансов Ерулан Жамаубаев"), QStringLiteral("сказал"))
             .framed(Shape::CloseOnly)});
    row("split, hyphen-minus",
        QStringLiteral("«Дороги отремонтируем к осени, - заявил аким Караганды. - Деньги уже выделены»."),
        {said(QStringLiteral("Дороги отремонтируем к осени"), QStringLiteral("аким Караганды"),
              QStringLiteral("заявил"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Деньги уже выделены"), QStringLiteral("аким Караганды"),
              QStringLiteral("заявил"))
             .framed(Shape::CloseOnly)});
    row("split after a question",
        QStringLiteral("«Разве можно так работать? – сказал Президент. – Люди ждут решений»."),
        {said(QStringLiteral("Разве можно так работать?"), QStringLiteral("Президент"),
              QStringLiteral("сказал"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Люди ждут решений"), QStringLiteral("Президент"), QStringLiteral("сказал"))
             .framed(Shape::CloseOnly)});
    row("split, Kazakh",
        QStringLiteral(
            "«Біз халықпен бірге жұмыс істейміз, – деді Тоқаев. – Әкімдер халықты тыңдауы керек»."),
        {said(QStringLiteral("Біз халықпен бірге жұмыс істейміз"), QStringLiteral("Тоқаев"),
              QStringLiteral("деді"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Әкімдер халықты тыңдауы керек"), QStringLiteral("Тоқаев"),
              QStringLiteral("деді"))
             .framed(Shape::CloseOnly)});
    row("continued, attribution first",
        QStringLiteral(
            "Аким области заявил: «Мы начнем строительство весной. Подрядчики уже определены.\n«Первые "
            "дома сдадим к концу года»."),
        {said(QStringLiteral("Мы начнем строительство весной. Подрядчики уже определены."),
              QStringLiteral("Аким области"), QStringLiteral("заявил"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Первые дома сдадим к концу года"), QStringLiteral("Аким области"),
              QStringLiteral("заявил"))
             .inParagraph(1)});
    row("continued, attribution last",
        QStringLiteral("«Мы начнем строительство весной.\n«Первые дома сдадим к концу года», – сказал аким "
                       "области."),
        {said(QStringLiteral("Мы начнем строительство весной."), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Первые дома сдадим к концу года"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .inParagraph(1)});
    row("continued over three paragraphs",
        QStringLiteral("Министр здравоохранения сказал: «Первое – вакцинация.\n«Второе – обновление "
                       "поликлиник.\n«Третье – подготовка кадров»."),
        {said(QStringLiteral("Первое – вакцинация."), QStringLiteral("Министр здравоохранения"),
              QStringLiteral("сказал"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Второе – обновление поликлиник."), QStringLiteral("Министр здравоохранения"),
              QStringLiteral("сказал"))
             .framed(Shape::OpenOnly)
             .inParagraph(1),
         said(QStringLiteral("Третье – подготовка кадров"), QStringLiteral("Министр здравоохранения"),
              QStringLiteral("сказал"))
             .inParagraph(2)});
    row("split, then continued",
        QStringLiteral(
            "«Мы начнем строительство весной, – сказал аким области. – Подрядчики уже определены.\n"
            "«Первые дома сдадим к концу года»."),
        {said(QStringLiteral("Мы начнем строительство весной"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("Подрядчики уже определены."), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare),
         said(QStringLiteral("Первые дома сдадим к концу года"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .inParagraph(1)});
    row("continued, unattributed",
        QStringLiteral("«Мы начнем строительство весной.\n«Первые дома сдадим к концу года»."),
        {unattributed(QStringLiteral("Мы начнем строительство весной.")).framed(Shape::OpenOnly),
         unattributed(QStringLiteral("Первые дома сдадим к концу года")).inParagraph(1)});
    row("continued, English curly quotes",
        QStringLiteral("“We will build a new school.\n“It will open in September,” the akim said."),
        {said(QStringLiteral("We will build a new school."), QStringLiteral("the akim"),
              QStringLiteral("said"))
             .framed(Shape::OpenOnly),
         said(QStringLiteral("It will open in September,"), QStringLiteral("the akim"),
              QStringLiteral("said"))
             .inParagraph(1)});
}

void TestQuoteAnalyzer::splitAndContinuedQuotes()
{
    checkQuoteRow();
}

// --- The headline form «Q»: X – Y -----------------------------------------

void TestQuoteAnalyzer::headlineForm_data()
{
    addQuoteColumns();

    row("the sample headline, straight quotes",
        QStringLiteral(
            "\"В стране должен царить закон\": Токаев - акимам\nГлава государства заявил: \"В стране "
            "должен царить закон\"."),
        {said(QStringLiteral("В стране должен царить закон"), QStringLiteral("Токаев"), QString()),
         said(QStringLiteral("В стране должен царить закон"), QStringLiteral("Глава государства"),
              QStringLiteral("заявил"))
             .inParagraph(1)},
        QString(), headlineMode());
    row("description as the speaker",
        QStringLiteral("«Цены на бензин не вырастут»: министр энергетики – водителям"),
        {said(QStringLiteral("Цены на бензин не вырастут"), QStringLiteral("министр энергетики"), QString())},
        QString(), headlineMode());
    row("Kazakh", QStringLiteral("«Заң бәріне ортақ»: Тоқаев – әкімдерге"),
        {said(QStringLiteral("Заң бәріне ортақ"), QStringLiteral("Тоқаев"), QString())}, QString(),
        headlineMode());
    row("full name", QStringLiteral("«Работать надо с людьми»: Касым-Жомарт Токаев – акимам"),
        {said(QStringLiteral("Работать надо с людьми"), QStringLiteral("Касым-Жомарт Токаев"), QString())},
        QString(), headlineMode());
    row("no addressee", QStringLiteral("«Работать надо с людьми»: Токаев"),
        {said(QStringLiteral("Работать надо с людьми"), QStringLiteral("Токаев"), QString())}, QString(),
        headlineMode());
    // The headline quotes the body word for word (else quote.headline-mismatch).
    row("headline and an attributed body quote",
        QStringLiteral(
            "«Работать надо с людьми»: Токаев – акимам\n«Работать надо с людьми. Власть должна слышать "
            "народ», – сказал Касым-Жомарт Токаев."),
        {said(QStringLiteral("Работать надо с людьми"), QStringLiteral("Токаев"), QString()),
         said(QStringLiteral("Работать надо с людьми. Власть должна слышать народ"),
              QStringLiteral("Касым-Жомарт Токаев"), QStringLiteral("сказал"))
             .inParagraph(1)},
        QString(), headlineMode());
    row("option off: unattributed",
        QStringLiteral("«Цены на бензин не вырастут»: министр энергетики – водителям"),
        {unattributed(QStringLiteral("Цены на бензин не вырастут"))});
    row("not the first paragraph: unattributed",
        QStringLiteral("Новости энергетики\n«Цены на бензин не вырастут»: министр энергетики – водителям"),
        {unattributed(QStringLiteral("Цены на бензин не вырастут")).inParagraph(1)}, QString(),
        headlineMode());
}

void TestQuoteAnalyzer::headlineForm()
{
    checkQuoteRow();
}

// --- English ----------------------------------------------------------------
// English puts the comma inside the marks; it is part of the text then.

void TestQuoteAnalyzer::english_data()
{
    addQuoteColumns();

    row("\"Q,\" X said",
        QStringLiteral("\"Kazakhstan will remain open to foreign investors,\" Tokayev said."),
        {said(QStringLiteral("Kazakhstan will remain open to foreign investors,"), QStringLiteral("Tokayev"),
              QStringLiteral("said"))});
    row("X said: \"Q\"", QStringLiteral("President Tokayev said: \"Laws must be respected by everyone.\""),
        {said(QStringLiteral("Laws must be respected by everyone."), QStringLiteral("President Tokayev"),
              QStringLiteral("said"))});
    row("\"Q,\" said X",
        QStringLiteral(
            "\"The harvest exceeded 20 million tonnes,\" said Agriculture Minister Aidarbek Saparov."),
        {said(QStringLiteral("The harvest exceeded 20 million tonnes,"),
              QStringLiteral("Agriculture Minister Aidarbek Saparov"), QStringLiteral("said"))});
    row("according to X, \"Q\"",
        QStringLiteral("According to the Ministry of Health, \"the situation remains stable\"."),
        {said(QStringLiteral("the situation remains stable"), QStringLiteral("the Ministry of Health"),
              QString())});
    row("according to in mid-sentence",
        QStringLiteral("The road will open in May and, according to the akimat, \"traffic will become much "
                       "easier\"."),
        {said(QStringLiteral("traffic will become much easier"), QStringLiteral("the akimat"), QString())});
    row("curly quotes",
        QStringLiteral("“We will finish the new terminal by December,” Almaty akim Yerbolat Dossayev said."),
        {said(QStringLiteral("We will finish the new terminal by December,"),
              QStringLiteral("Almaty akim Yerbolat Dossayev"), QStringLiteral("said"))});
    row("single quotes with an apostrophe inside",
        QStringLiteral(
            "‘Kazakhstan’s economy will grow by four percent,’ said Finance Minister Madi Takiyev."),
        {said(QStringLiteral("Kazakhstan’s economy will grow by four percent,"),
              QStringLiteral("Finance Minister Madi Takiyev"), QStringLiteral("said"))});
    row("the minister said",
        QStringLiteral("\"We are ready for the floods,\" the emergency situations minister said."),
        {said(QStringLiteral("We are ready for the floods,"),
              QStringLiteral("the emergency situations minister"), QStringLiteral("said"))});
    row("straight apostrophe inside straight quotes",
        QStringLiteral("\"Kazakhstan's farmers had a record year,\" the agriculture minister said."),
        {said(QStringLiteral("Kazakhstan's farmers had a record year,"),
              QStringLiteral("the agriculture minister"), QStringLiteral("said"))});
    row("unattributed", QStringLiteral("Residents have complained for years. \"The bridge is unsafe.\""),
        {unattributed(QStringLiteral("The bridge is unsafe."))});
    row("quote in the second paragraph",
        QStringLiteral("Tokayev met regional governors in Astana.\n\"Officials must listen to people,\" the "
                       "president said."),
        {said(QStringLiteral("Officials must listen to people,"), QStringLiteral("the president"),
              QStringLiteral("said"))
             .inParagraph(1)});
}

void TestQuoteAnalyzer::english()
{
    checkQuoteRow();
}

// --- Kazakh -----------------------------------------------------------------

void TestQuoteAnalyzer::kazakh_data()
{
    addQuoteColumns();

    row("деді, surname", QStringLiteral("«Заң мен тәртіп – басты басымдық», – деді Тоқаев."),
        {said(QStringLiteral("Заң мен тәртіп – басты басымдық"), QStringLiteral("Тоқаев"),
              QStringLiteral("деді"))});
    row("X: «Q», – деді", QStringLiteral("Тоқаев: «Әкімдер халықпен тікелей жұмыс істеуі керек», – деді."),
        {said(QStringLiteral("Әкімдер халықпен тікелей жұмыс істеуі керек"), QStringLiteral("Тоқаев"),
              QStringLiteral("деді"))});
    row("деді, full name",
        QStringLiteral("«Жаңа мектептер 1 қыркүйекке дейін салынады», – деді Қасым-Жомарт Тоқаев."),
        {said(QStringLiteral("Жаңа мектептер 1 қыркүйекке дейін салынады"),
              QStringLiteral("Қасым-Жомарт Тоқаев"), QStringLiteral("деді"))});
    row("деп атап өтті, initial",
        QStringLiteral("«Биыл егін өнімі жақсы болады», – деп атап өтті Қ. Тоқаев."),
        {said(QStringLiteral("Биыл егін өнімі жақсы болады"), QStringLiteral("Қ. Тоқаев"),
              QStringLiteral("атап өтті"))});
    row("деп мәлімдеді",
        QStringLiteral("«Тарифтер көтерілмейді», – деп мәлімдеді министр Алмасадам Сәтқалиев."),
        {said(QStringLiteral("Тарифтер көтерілмейді"), QStringLiteral("министр Алмасадам Сәтқалиев"),
              QStringLiteral("мәлімдеді"))});
    row("деп айтты", QStringLiteral("«Су тасқыны қаупі жоқ», – деп айтты облыс әкімі."),
        {said(QStringLiteral("Су тасқыны қаупі жоқ"), QStringLiteral("облыс әкімі"),
              QStringLiteral("айтты"))});
    row("деп хабарлады",
        QStringLiteral("«Барлық жол жөндеуден өтеді», – деп хабарлады Алматы облысының әкімдігі."),
        {said(QStringLiteral("Барлық жол жөндеуден өтеді"), QStringLiteral("Алматы облысының әкімдігі"),
              QStringLiteral("хабарлады"))});
    row("second paragraph",
        QStringLiteral(
            "Мемлекет басшысы Қасым-Жомарт Тоқаев әкімдермен кеңес өткізді.\n«Халықтың сенімін ақтау "
            "керек», – деді Президент."),
        {said(QStringLiteral("Халықтың сенімін ақтау керек"), QStringLiteral("Президент"),
              QStringLiteral("деді"))
             .inParagraph(1)});
    row("description: «Q», – деді", QStringLiteral("Министр: «Дәрі-дәрмек тапшылығы болмайды», – деді."),
        {said(QStringLiteral("Дәрі-дәрмек тапшылығы болмайды"), QStringLiteral("Министр"),
              QStringLiteral("деді"))});
    row("hyphenated initials", QStringLiteral("«Реформалар жалғасады», – деді Қ.-Ж. Тоқаев."),
        {said(QStringLiteral("Реформалар жалғасады"), QStringLiteral("Қ.-Ж. Тоқаев"),
              QStringLiteral("деді"))});
    row("unattributed",
        QStringLiteral("Ауыл тұрғындары жиналды. «Бізге таза ауыз су керек, біз оны бес жыл күтіп отырмыз»."),
        {unattributed(QStringLiteral("Бізге таза ауыз су керек, біз оны бес жыл күтіп отырмыз"))});
}

void TestQuoteAnalyzer::kazakh()
{
    checkQuoteRow();
}

// --- Dialogue lines opened by a dash ----------------------------------------

void TestQuoteAnalyzer::dialogueDashes_data()
{
    addQuoteColumns();

    row("en dash, attributed",
        QStringLiteral("– Мы завершим ремонт дороги до конца сентября, – сказал аким района."),
        {said(QStringLiteral("Мы завершим ремонт дороги до конца сентября"), QStringLiteral("аким района"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare)});
    row("em dash, attributed",
        QStringLiteral("— Очереди в поликлиниках сократились вдвое, — заявила главный врач."),
        {said(QStringLiteral("Очереди в поликлиниках сократились вдвое"), QStringLiteral("главный врач"),
              QStringLiteral("заявила"))
             .framed(Shape::Bare)});
    row("hyphen-minus, attributed",
        QStringLiteral("- Все готово к приему учеников, - сказал директор школы."),
        {said(QStringLiteral("Все готово к приему учеников"), QStringLiteral("директор школы"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare)});
    row("interview, unattributed",
        QStringLiteral("– Когда начнется строительство?\n– В следующем году, если выделят деньги."),
        {unattributed(QStringLiteral("Когда начнется строительство?")).framed(Shape::Bare),
         unattributed(QStringLiteral("В следующем году, если выделят деньги."))
             .framed(Shape::Bare)
             .inParagraph(1)});
    row("dialogue split by the author's words",
        QStringLiteral("– Мы готовы к паводкам, – сказал аким области. – Техника и люди на местах."),
        {said(QStringLiteral("Мы готовы к паводкам"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare),
         said(QStringLiteral("Техника и люди на местах."), QStringLiteral("аким области"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare)});
    row("Kazakh", QStringLiteral("– Жол күзге дейін жөнделеді, – деді аудан әкімі."),
        {said(QStringLiteral("Жол күзге дейін жөнделеді"), QStringLiteral("аудан әкімі"),
              QStringLiteral("деді"))
             .framed(Shape::Bare)});
    row("after a narrative paragraph",
        QStringLiteral(
            "Аким встретился с жителями села.\n– Газ проведут в следующем году, – сказал аким района."),
        {said(QStringLiteral("Газ проведут в следующем году"), QStringLiteral("аким района"),
              QStringLiteral("сказал"))
             .framed(Shape::Bare)
             .inParagraph(1)});
}

void TestQuoteAnalyzer::dialogueDashes()
{
    checkQuoteRow();
}

// --- Bad input with a definite answer ----------------------------------------

void TestQuoteAnalyzer::badInput_data()
{
    addQuoteColumns();

    row("empty text", QString(), {});
    row("only line breaks", QStringLiteral("\n\n\n"), {});
    row("straight quotes in a URL",
        QStringLiteral("Подробнее на сайте https://example.kz/?q=\"x\" и в соцсетях акимата."), {});
    row("unpaired straight quote in a URL", QStringLiteral("Форма: https://example.kz/form?name=\"Алматы"),
        {});
    row("URL with quotes inside a quote",
        QStringLiteral("«Заявки принимаются на сайте https://example.kz/?q=\"x\"», – сообщил аким района."),
        {said(QStringLiteral("Заявки принимаются на сайте https://example.kz/?q=\"x\""),
              QStringLiteral("аким района"), QStringLiteral("сообщил"))});
    row("mixed scripts", QStringLiteral("«Qazaqstan – Қазақстан – Казахстан – 哈萨克斯坦», – деді Тоқаев."),
        {said(QStringLiteral("Qazaqstan – Қазақстан – Казахстан – 哈萨克斯坦"), QStringLiteral("Тоқаев"),
              QStringLiteral("деді"))});
    row("Arabic inside the quote", QStringLiteral("«مرحبا بكم في أستانا», – сказал посол Египта."),
        {said(QStringLiteral("مرحبا بكم في أستانا"), QStringLiteral("посол Египта"),
              QStringLiteral("сказал"))});
    {
        const QString inner =
            QStringLiteral("Сигнал ") + QChar(char16_t(0xD800)) + QStringLiteral(" потерян");
        row("lone high surrogate inside the quote",
            QString(u'«' + inner + QStringLiteral("», – сказал аким района.")),
            {said(inner, QStringLiteral("аким района"), QStringLiteral("сказал"))});
    }
    {
        const QString inner = QStringLiteral("Сигнал потерян") + QChar(char16_t(0xDC00));
        row("lone low surrogate before the closing mark",
            QString(u'«' + inner + QStringLiteral("», – сказал аким района.")),
            {said(inner, QStringLiteral("аким района"), QStringLiteral("сказал"))});
    }
    row("lone high surrogate before the opening mark",
        QString(QChar(char16_t(0xD83D)) + QStringLiteral("«Мы готовы», – сказал аким района.")),
        {said(QStringLiteral("Мы готовы"), QStringLiteral("аким района"), QStringLiteral("сказал"))});
    row("emoji inside the quote (UTF-16 offsets)",
        QStringLiteral("«Праздник удался 🎉🎉», – сказал аким города."),
        {said(QStringLiteral("Праздник удался 🎉🎉"), QStringLiteral("аким города"),
              QStringLiteral("сказал"))});
    row("right-to-left mark at the start",
        QStringLiteral("\u200F«Мы готовы к паводкам», – сказал аким области."),
        {said(QStringLiteral("Мы готовы к паводкам"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))});
    row("bidi marks inside the quote",
        QStringLiteral("«Мы \u200Fготовы\u200E к паводкам», – сказал аким области."),
        {said(QStringLiteral("Мы \u200Fготовы\u200E к паводкам"), QStringLiteral("аким области"),
              QStringLiteral("сказал"))});
    row("CRLF line ends",
        QStringLiteral(
            "«Мост откроют в мае», – сказал аким района.\r\n«Движение будет двусторонним», – добавил "
            "аким района."),
        {said(QStringLiteral("Мост откроют в мае"), QStringLiteral("аким района"), QStringLiteral("сказал")),
         said(QStringLiteral("Движение будет двусторонним"), QStringLiteral("аким района"),
              QStringLiteral("добавил"))
             .inParagraph(1)});
    row("non-breaking spaces", QStringLiteral("«Мы готовы», –\u00a0сказал аким\u00a0области."),
        {said(QStringLiteral("Мы готовы"), QStringLiteral("аким\u00a0области"), QStringLiteral("сказал"))});
}

void TestQuoteAnalyzer::badInput()
{
    checkQuoteRow();
}

// --- Findings ----------------------------------------------------------------

void TestQuoteAnalyzer::unbalancedMarks_data()
{
    addFindingColumns();
    const QString error = QStringLiteral("error");
    const QStringList quoteCodes = {unattributedCode(), longCode()};

    {
        const QString text = QStringLiteral("Аким района заявил: «Мы построим школу к осени.");
        const int at = int(text.indexOf(u'«'));
        findingRow("unclosed guillemet", text, {finding(unbalancedCode(), error, at, at + 1)},
                   QuoteAnalyzer::Options(), quoteCodes);
    }
    {
        const QString text = QStringLiteral("Школу построят к осени» – сказал аким района.");
        const int at = int(text.indexOf(u'»'));
        findingRow("stray closing guillemet", text, {finding(unbalancedCode(), error, at, at + 1)},
                   QuoteAnalyzer::Options(), quoteCodes);
    }
    {
        const QString text = QStringLiteral("Аким района заявил: \"Мы построим школу к осени.");
        const int at = int(text.indexOf(u'"'));
        findingRow("unclosed straight quote", text, {finding(unbalancedCode(), error, at, at + 1)},
                   QuoteAnalyzer::Options(), quoteCodes);
    }
    findingRow("unclosed at the end of the text", QStringLiteral("«Мы построим"),
               {finding(unbalancedCode(), error, 0, 1)}, QuoteAnalyzer::Options(), quoteCodes);
    {
        const QString text =
            QStringLiteral("«Школа будет построена», – сказал аким района.\nЖители заявили: «Нам "
                           "нужна поликлиника.");
        const int at = int(text.lastIndexOf(u'«'));
        findingRow("second quote unclosed", text, {finding(unbalancedCode(), error, at, at + 1)},
                   QuoteAnalyzer::Options(), quoteCodes);
    }
    findingRow("balanced", QStringLiteral("«Школа будет построена», – сказал аким района."), {});
    findingRow("a continued quote is balanced",
               QStringLiteral("«Мы начнем строительство весной.\n«Первые дома сдадим к концу года», – сказал "
                              "аким области."),
               {});
    findingRow("nested marks balanced",
               QStringLiteral("«Мы поддерживаем программу „Дорожная карта бизнеса“», – сказал министр."), {});
    findingRow("straight quotes in a URL are not marks",
               QStringLiteral("Форма: https://example.kz/form?name=\"Алматы"), {});
    findingRow(
        "apostrophes are not marks",
        QStringLiteral("Kazakhstan’s wheat and Almaty’s apples sold well, the ministry’s report says."), {});
}

void TestQuoteAnalyzer::unbalancedMarks()
{
    checkFindingRow();
}

void TestQuoteAnalyzer::mixedStyles_data()
{
    addFindingColumns();
    const QString warning = QStringLiteral("warning");
    // These rows judge the marks; whether a quote is attributed is judged elsewhere.
    const QStringList others = {unattributedCode()};

    findingRow(
        "guillemets and straight quotes",
        QStringLiteral("«Мост откроют в мае», – сказал аким района. \"Движение будет двусторонним\", – "
                       "добавил аким района."),
        {finding(mixedStylesCode(), warning)}, QuoteAnalyzer::Options(), others);
    findingRow("guillemets and curly quotes across paragraphs",
               QStringLiteral("«Мост откроют в мае», – сказал аким района.\n“Движение будет двусторонним”, – "
                              "добавил аким района."),
               {finding(mixedStylesCode(), warning)}, QuoteAnalyzer::Options(), others);
    findingRow(
        "titles in two styles",
        QStringLiteral("Партия «Аманат» выдвинула кандидата.\nКомпания \"Казахтелеком\" подключила село к "
                       "интернету."),
        {finding(mixedStylesCode(), warning)}, QuoteAnalyzer::Options(), others);
    findingRow(
        "nested low-high quotes are not a second style",
        QStringLiteral("«Мы поддерживаем программу „Дорожная карта бизнеса“», – сказал министр национальной "
                       "экономики."),
        {}, QuoteAnalyzer::Options(), others);
    findingRow("nested straight quotes are not a second style",
               QStringLiteral("«Мы назвали проект \"Ауыл аманаты\"», – сказал аким района."), {},
               QuoteAnalyzer::Options(), others);
    findingRow(
        "English double with nested single",
        QStringLiteral("“We joined the programme ‘Digital Kazakhstan’ last year,” said Almaty akim Yerbolat "
                       "Dossayev."),
        {}, QuoteAnalyzer::Options(), others);
    findingRow(
        "titles and speech in guillemets",
        QStringLiteral("Партия «Аманат» выдвинула кандидата. «Мы уверены в победе», – заявил секретарь "
                       "партии."),
        {}, QuoteAnalyzer::Options(), others);
    findingRow("straight quotes in a URL are not a second style",
               QStringLiteral("«Подробности на сайте акимата», – сказал аким района. Ссылка: "
                              "https://example.kz/?q=\"x\""),
               {}, QuoteAnalyzer::Options(), others);
}

void TestQuoteAnalyzer::mixedStyles()
{
    checkFindingRow();
}

void TestQuoteAnalyzer::unattributedSpeech_data()
{
    addFindingColumns();
    const QString warning = QStringLiteral("warning");

    {
        const QString text = QStringLiteral("«Школа откроется 1 сентября».");
        findingRow("quote alone", text,
                   {finding(unattributedCode(), warning, 0, int(text.indexOf(u'»')) + 1)});
    }
    {
        const QString text = QStringLiteral(
            "В городе открыли новую школу. «Мест в новой школе хватит всем детям микрорайона».");
        findingRow(
            "quote after a sentence", text,
            {finding(unattributedCode(), warning, int(text.indexOf(u'«')), int(text.indexOf(u'»')) + 1)});
    }
    {
        const QString text = QStringLiteral("«Цены на бензин не вырастут»: министр энергетики – водителям");
        findingRow("headline form without the option", text,
                   {finding(unattributedCode(), warning, 0, int(text.indexOf(u'»')) + 1)});
    }
    findingRow("dialogue line alone", QStringLiteral("– Когда начнется строительство?"),
               {finding(unattributedCode(), warning)});
    findingRow("attributed", QStringLiteral("«Школа откроется 1 сентября», – сказал аким района."), {});
    findingRow("a title is not unattributed speech",
               QStringLiteral("Партия «Аманат» провела съезд в Астане."), {});
    findingRow(
        "relaying source does not attribute",
        QStringLiteral("«Паводковая ситуация в области остается под полным контролем». Об этом сообщает "
                       "пресс-служба акимата."),
        {finding(
            unattributedCode(), warning, 0,
            int(QStringLiteral("«Паводковая ситуация в области остается под полным контролем»").size()))});
    findingRow("plain text",
               QStringLiteral("Глава государства провел совещание с акимами областей, передает Акорда."), {});
}

void TestQuoteAnalyzer::unattributedSpeech()
{
    checkFindingRow();
}

void TestQuoteAnalyzer::headlineMismatch_data()
{
    addFindingColumns();
    const QString body = QStringLiteral("«В стране должен царить закон. Перед законом все равны», – заявил "
                                        "Касым-Жомарт Токаев.");

    findingRow("headline quote in the body", body, {},
               withHeadline(QStringLiteral("«В стране должен царить закон»: Токаев – акимам")));
    findingRow("headline in straight quotes, body in guillemets", body, {},
               withHeadline(QStringLiteral("\"В стране должен царить закон\": Токаев - акимам")));
    findingRow("headline quote reworded", body, {finding(headlineMismatchCode(), QStringLiteral("warning"))},
               withHeadline(QStringLiteral("«Закон должен царить в стране»: Токаев – акимам")));
    findingRow("headline quote nowhere in the body", body,
               {finding(headlineMismatchCode(), QStringLiteral("warning"))},
               withHeadline(QStringLiteral("«Акимы должны уйти в отставку»: Токаев")));
    findingRow("headline without a quote", body, {},
               withHeadline(QStringLiteral("Токаев провел совещание с акимами")));
    findingRow("no headline", body, {});
}

void TestQuoteAnalyzer::headlineMismatch()
{
    checkFindingRow();
}

void TestQuoteAnalyzer::placeholders_data()
{
    addFindingColumns();
    const QString error = QStringLiteral("error");

    {
        const QString text = QStringLiteral("Бюджет проекта составит XXX млрд тенге.");
        const int at = int(text.indexOf(QStringLiteral("XXX")));
        findingRow("XXX", text, {finding(placeholderCode(), error, at, at + 3)});
    }
    {
        const QString text = QStringLiteral("Открытие моста запланировано на TK.");
        const int at = int(text.indexOf(QStringLiteral("TK")));
        findingRow("TK", text, {finding(placeholderCode(), error, at, at + 2)});
    }
    {
        const QString text = QStringLiteral("Число пострадавших уточняется: ???");
        const int at = int(text.indexOf(QStringLiteral("???")));
        findingRow("???", text, {finding(placeholderCode(), error, at, at + 3)});
    }
    {
        const QString text = QStringLiteral("«Мы выделим XXX млн тенге на ремонт», – сказал аким района.");
        const int at = int(text.indexOf(QStringLiteral("XXX")));
        findingRow("inside a quote", text, {finding(placeholderCode(), error, at, at + 3)});
    }
    {
        const QString text = QStringLiteral("Акимом района назначен TK, его заместителем – XXX.");
        const int tk = int(text.indexOf(QStringLiteral("TK")));
        const int xxx = int(text.indexOf(QStringLiteral("XXX")));
        findingRow(
            "two placeholders", text,
            {finding(placeholderCode(), error, tk, tk + 2), finding(placeholderCode(), error, xxx, xxx + 3)});
    }
    findingRow("Roman numeral", QStringLiteral("В Токио прошли XXXII летние Олимпийские игры."), {});
    findingRow("stock ticker", QStringLiteral("Акции Казахтелекома (KZTK) подорожали на 3%."), {});
}

void TestQuoteAnalyzer::placeholders()
{
    checkFindingRow();
}

void TestQuoteAnalyzer::longQuotes_data()
{
    addFindingColumns();
    const QString info = QStringLiteral("info");

    {
        const QString text = QStringLiteral("«Мы построим шесть новых школ сразу», – сказал аким района.");
        findingRow("six words, limit five", text, {finding(longCode(), info, 0, int(text.indexOf(u'»')) + 1)},
                   longQuoteWords(5));
    }
    findingRow("five words, limit five",
               QStringLiteral("«Мы построим пять новых школ», – сказал аким района."), {}, longQuoteWords(5));
    {
        const QString text = QStringLiteral("«Мы построим шесть новых школ сразу».");
        const int end = int(text.indexOf(u'»')) + 1;
        findingRow("long and unattributed", text,
                   {finding(longCode(), info, 0, end),
                    finding(unattributedCode(), QStringLiteral("warning"), 0, end)},
                   longQuoteWords(5));
    }
    {
        const QString text = QString(u'«' + words(61) + QStringLiteral("», – сказал аким области."));
        findingRow("61 words, default limit", text,
                   {finding(longCode(), info, 0, int(text.indexOf(u'»')) + 1)});
    }
    findingRow("60 words, default limit",
               QString(u'«' + words(60) + QStringLiteral("», – сказал аким области.")), {});
}

void TestQuoteAnalyzer::longQuotes()
{
    checkFindingRow();
}

// Marks that do not match: the analyzer may report either mark (or both), as
// long as it reports at least one, and only at a mark.
void TestQuoteAnalyzer::mismatchedMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("candidates");

    auto marks = [](const QString &text) {
        QList<int> at;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (QStringView(u"«»„“”\"").contains(text.at(i)))
                at << int(i);
        }
        return at;
    };
    const QStringList texts = {
        QStringLiteral("«Мы построим школу”, – сказал аким района."),
        QStringLiteral("«Мы выполним программу „Дорожная карта», – сказал аким района."),
        QStringLiteral("Аким заявил: «Мы построим школу.\nРаботы начнутся весной»."),
        QStringLiteral("«Мы начнем строительство весной.\n«Первые дома сдадим к концу года."),
        QStringLiteral("Экспорт вырос” на треть."),
        QString(QStringLiteral("«Текст") + QChar(char16_t(0xD800))),
    };
    const char *names[] = {
        "guillemet closed by a curly quote", "nested low quote never closed",
        "runs into the next paragraph",      "continuation never closed",
        "lone closing curly quote",          "unclosed, lone surrogate at the end",
    };
    for (qsizetype i = 0; i < texts.size(); ++i)
        QTest::newRow(names[i]) << texts.at(i) << marks(texts.at(i));
}

void TestQuoteAnalyzer::mismatchedMarks()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, candidates);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    int unbalanced = 0;
    for (const Finding &f : analysis.findings) {
        if (f.code != unbalancedCode())
            continue;
        ++unbalanced;
        QVERIFY2(candidates.contains(f.start) && f.end == f.start + 1,
                 qPrintable(QString(QStringLiteral("not at a mark: ") + show(f))));
    }
    QVERIFY2(unbalanced > 0,
             qPrintable(QString(QStringLiteral("no quote.unbalanced finding:\n") + showAll(analysis))));
    checkSane(text, analysis);
}

// --- The news page the product was designed around ----------------------------

void TestQuoteAnalyzer::sampleArticle()
{
    QFile file(QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt"));
    if (!file.exists())
        QSKIP("shared fixture sample-article.txt is not there");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    // The headline alone, as the editor's headline field holds it.
    QString headline;
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(QStringLiteral("царить закон\":")))
            headline = line.trimmed();
    }
    QCOMPARE(headline, QStringLiteral("\"В стране должен царить закон\": Токаев - акимам"));
    {
        const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(headline, headlineMode());
        QVERIFY2(analysis.quotes.size() == 1, qPrintable(showAll(analysis)));
        const Quote &q = analysis.quotes.first();
        QCOMPARE(q.text, QStringLiteral("В стране должен царить закон"));
        QCOMPARE(q.kind, Quote::Kind::Speech);
        QCOMPARE(q.speaker, QStringLiteral("Токаев"));
        QCOMPARE(q.verb, QString());
        QVERIFY(q.attributed);
        QCOMPARE(q.start, 0);
        QCOMPARE(q.end, int(headline.indexOf(QStringLiteral("\":"))) + 1);
        QCOMPARE(q.speakerStart, int(headline.indexOf(QStringLiteral("Токаев"))));
        QVERIFY2(analysis.findings.isEmpty(), qPrintable(showAll(analysis)));
        checkSane(headline, analysis);
    }

    // The whole page.
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(analysis.sourceAttribution, QStringLiteral("передает Акорда"));

    struct BodyQuote
    {
        QString opening; // the quotation from its opening mark on
        QString closing; // the closing mark and the author's words
        QString verb;
    };
    const BodyQuote bodyQuotes[] = {
        {QStringLiteral("\"В стране должен царить закон. Перед законом"), QStringLiteral("\", - заявил"),
         QStringLiteral("заявил")},
        {QStringLiteral("\"По моему поручению будет сформирован"), QStringLiteral("\", – сказал"),
         QStringLiteral("сказал")},
    };
    for (const BodyQuote &body : bodyQuotes) {
        const int open = int(text.indexOf(body.opening));
        QVERIFY(open >= 0);
        const int close = int(text.indexOf(body.closing, open));
        QVERIFY(close > open);
        const QString expectedText = text.mid(open + 1, close - open - 1);
        const Quote *found = nullptr;
        for (const Quote &q : analysis.quotes) {
            if (q.start == open)
                found = &q;
        }
        QVERIFY2(found, qPrintable(QString(QStringLiteral("no quote at ") + body.opening + u'\n' +
                                           showAll(analysis))));
        QCOMPARE(found->text, expectedText);
        QCOMPARE(found->end, close + 1);
        QCOMPARE(found->kind, Quote::Kind::Speech);
        QCOMPARE(found->level, 0);
        QCOMPARE(found->paragraph, int(text.left(open).count(u'\n')));
        QVERIFY(found->attributed);
        QCOMPARE(found->speaker, QStringLiteral("Касым-Жомарт Токаев"));
        QCOMPARE(found->verb, body.verb);
        const int verbAt = int(text.indexOf(body.verb, close));
        QCOMPARE(found->verbStart, verbAt);
        QCOMPARE(found->speakerStart, int(text.indexOf(QStringLiteral("Касым-Жомарт Токаев"), verbAt)));
    }

    int byTokayev = 0;
    for (const Quote &q : analysis.quotes) {
        QVERIFY2(!q.speaker.contains(QStringLiteral("Акорда")), qPrintable(show(q)));
        QVERIFY2(!q.speaker.contains(QStringLiteral("глав")),
                 qPrintable(show(q))); // "По словам главы государства,"
        if (q.speaker == QStringLiteral("Касым-Жомарт Токаев"))
            ++byTokayev;
    }
    QCOMPARE(byTokayev, 2);

    // The headline's quote is in the body word for word; a reworded one is not.
    QuoteAnalyzer::Options options = withHeadline(headline);
    for (const Finding &f : QuoteAnalyzer::analyze(text, options).findings)
        QVERIFY2(f.code != headlineMismatchCode(), qPrintable(show(f)));
    options.headline = QStringLiteral("\"Закон должен царить в стране\": Токаев - акимам");
    bool mismatch = false;
    for (const Finding &f : QuoteAnalyzer::analyze(text, options).findings)
        mismatch = mismatch || f.code == headlineMismatchCode();
    QVERIFY(mismatch);

    // Without the headline option the page's headline line is not read as a
    // headline: its quote is there, unattributed.
    int headlineQuotes = 0;
    for (const Quote &q : analysis.quotes) {
        if (q.text != QStringLiteral("В стране должен царить закон"))
            continue;
        ++headlineQuotes;
        QVERIFY2(!q.attributed && q.kind == Quote::Kind::Speech, qPrintable(show(q)));
    }
    QCOMPARE(headlineQuotes, 1);
}

void TestQuoteAnalyzer::repeatable()
{
    // Pure functions: the same text gives the same analysis.
    const QString text = QStringLiteral(
        "«Мы начнем строительство весной, – сказал аким области. – Подрядчики уже определены.\n"
        "«Первые дома сдадим к концу года». Партия «Аманат» поддержала проект, передает Kazinform.\n"
        "– Когда? – XXX");
    const QuoteAnalyzer::Analysis first = QuoteAnalyzer::analyze(text);
    const QuoteAnalyzer::Analysis second = QuoteAnalyzer::analyze(text);
    QCOMPARE(first.quotes, second.quotes);
    QCOMPARE(first.findings, second.findings);
    QCOMPARE(first.sourceAttribution, second.sourceAttribution);
}

// --- Hostile input, each in a child process ---------------------------------------

void TestQuoteAnalyzer::hostileInput_data()
{
    QTest::addColumn<QString>("childFunction");
    const char *functions[] = {
        "child_longParagraphWithoutPunctuation",    // 5 MB of words, no punctuation
        "child_tenThousandOpeningGuillemets",       // «««… ×10,000
        "child_tenThousandOpeningStraightQuotes",   // ` "слово` ×10,000
        "child_tenThousandStraightQuotesInARow",    // """… ×10,000
        "child_manyUnclosedOpeningsInOneParagraph", // 200,000 unclosed « in one paragraph
        "child_manyQuotesInOneParagraph",           // 100,000 «да» in one sentence
        "child_manyAttributedQuotesInOneParagraph", // 50,000 «Q», – сказал аким.
        "child_manyDialogueLines",                  // 50,000 dialogue lines
        "child_longContinuedQuote",                 // one quote continued over 100,000 paragraphs
        "child_hugeQuote",                          // one 5 MB quote
        "child_deepNesting",                        // «„«„… 4,000 deep
        "child_longParagraphOfSpeechVerbs",         // 5 MB of speech verbs, then one quote
        "child_manyUrlsWithQuotes",                 // 100,000 URLs with straight quotes
        "child_manyPlaceholders",                   // 100,000 XXX
        "child_headlineModeHugeFirstParagraph",     // 200,000 «а»: in the headline paragraph
    };
    for (const char *function : functions)
        QTest::newRow(function) << QString::fromLatin1(function);
}

void TestQuoteAnalyzer::hostileInput()
{
    QFETCH(QString, childFunction);
    // A linear pass needs a few seconds at most for any of these in a debug
    // build; the deadline only separates "finishes" from "hangs".
    const Test::ChildRun run = Test::runChildTestFunction(childFunction, s_childVariable);
    QVERIFY2(run.started, qPrintable(run.output));
    QVERIFY2(run.finished, "the analyzer did not finish within 60 s");
    QVERIFY2(!run.crashed, qPrintable(QStringLiteral("the analyzer crashed (signal); child output:\n") +
                                      run.output.right(2000)));
    QVERIFY2(run.passed(QStringLiteral("TestQuoteAnalyzer"), childFunction),
             qPrintable(run.output.right(3000)));
}

namespace {
int countCode(const QuoteAnalyzer::Analysis &analysis, const QString &code)
{
    return int(std::count_if(analysis.findings.cbegin(), analysis.findings.cend(),
                             [&code](const Finding &f) { return f.code == code; }));
}
} // namespace

#define QALAM_CHILD_ONLY()                                                                                   \
    do {                                                                                                     \
        if (!inChild())                                                                                      \
            QSKIP("runs in the child process that hostileInput() starts");                                   \
    } while (false)

void TestQuoteAnalyzer::child_longParagraphWithoutPunctuation()
{
    QALAM_CHILD_ONLY();
    const QString word = QStringLiteral("слово ");
    const QString text = repeated(word, int(5 * 1024 * 1024 / word.toUtf8().size()) + 1);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    QVERIFY(analysis.quotes.isEmpty());
    QVERIFY(analysis.findings.isEmpty());
    QVERIFY(analysis.sourceAttribution.isEmpty());
}

void TestQuoteAnalyzer::child_tenThousandOpeningGuillemets()
{
    QALAM_CHILD_ONLY();
    const QString text =
        QString(QStringLiteral("Аким заявил: ") + QString(10000, u'«') + QStringLiteral("слово"));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    const int unbalanced = countCode(analysis, unbalancedCode());
    QVERIFY(unbalanced >= 1 && unbalanced <= 10000);
    for (const Finding &f : analysis.findings) {
        if (f.code == unbalancedCode())
            QCOMPARE(text.at(f.start), QChar(u'«'));
    }
}

void TestQuoteAnalyzer::child_tenThousandOpeningStraightQuotes()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral(" \"слово"), 10000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QVERIFY(countCode(analysis, unbalancedCode()) >= 1);
}

void TestQuoteAnalyzer::child_tenThousandStraightQuotesInARow()
{
    QALAM_CHILD_ONLY();
    const QString text = QString(10000, u'"');
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
}

void TestQuoteAnalyzer::child_manyUnclosedOpeningsInOneParagraph()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("«слово "), 200000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QVERIFY(countCode(analysis, unbalancedCode()) >= 1);
}

void TestQuoteAnalyzer::child_manyQuotesInOneParagraph()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("«да» "), 100000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 100000);
    QCOMPARE(countCode(analysis, unbalancedCode()), 0);
}

void TestQuoteAnalyzer::child_manyAttributedQuotesInOneParagraph()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("«Мы готовы», – сказал аким. "), 50000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 50000);
    for (const Quote &q : analysis.quotes) {
        if (q.speaker != QStringLiteral("аким") || q.verb != QStringLiteral("сказал"))
            QFAIL(qPrintable(show(q)));
    }
    QVERIFY(analysis.findings.isEmpty());
}

void TestQuoteAnalyzer::child_manyDialogueLines()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("– Мы готовы, – сказал аким.\n"), 50000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 50000);
    QCOMPARE(analysis.unattributedCount(), 0);
}

void TestQuoteAnalyzer::child_longContinuedQuote()
{
    QALAM_CHILD_ONLY();
    const QString text = QString(repeated(QStringLiteral("«Абзац продолжается.\n"), 100000) +
                                 QStringLiteral("«Конец», – сказал аким."));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 100001);
    QCOMPARE(countCode(analysis, unbalancedCode()), 0);
    QVERIFY(analysis.quotes.last().attributed);
}

void TestQuoteAnalyzer::child_hugeQuote()
{
    QALAM_CHILD_ONLY();
    const QString word = QStringLiteral("слово ");
    const QString text = QString(u'«' + repeated(word, int(5 * 1024 * 1024 / word.toUtf8().size())) +
                                 QStringLiteral("работа», – сказал аким области."));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 1);
    QCOMPARE(analysis.quotes.first().speaker, QStringLiteral("аким области"));
    QCOMPARE(countCode(analysis, longCode()), 1);
    QCOMPARE(analysis.findings.size(), 1);
}

void TestQuoteAnalyzer::child_deepNesting()
{
    QALAM_CHILD_ONLY();
    // 4,000 nested quotes: every quote carries its own text, so the output
    // grows with the square of the depth whatever the analyzer does.
    const QString text = QString(repeated(QStringLiteral("«„"), 2000) + QStringLiteral("слово") +
                                 repeated(QStringLiteral("“»"), 2000));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(countCode(analysis, unbalancedCode()), 0);
}

void TestQuoteAnalyzer::child_longParagraphOfSpeechVerbs()
{
    QALAM_CHILD_ONLY();
    const QString verbs = QStringLiteral("сказал заявил деді said отметил атап өтті ");
    const QString text = QString(repeated(verbs, int(5 * 1024 * 1024 / verbs.toUtf8().size())) +
                                 QStringLiteral("«Мы готовы»"));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 1);
    QCOMPARE(analysis.quotes.first().text, QStringLiteral("Мы готовы"));
}

void TestQuoteAnalyzer::child_manyUrlsWithQuotes()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("https://example.kz/?q=\"x\" "), 100000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    QVERIFY(analysis.quotes.isEmpty());
    QVERIFY(analysis.findings.isEmpty());
}

void TestQuoteAnalyzer::child_manyPlaceholders()
{
    QALAM_CHILD_ONLY();
    const QString text = repeated(QStringLiteral("XXX "), 100000);
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text);
    checkSane(text, analysis);
    QCOMPARE(countCode(analysis, placeholderCode()), 100000);
}

void TestQuoteAnalyzer::child_headlineModeHugeFirstParagraph()
{
    QALAM_CHILD_ONLY();
    const QString text = QString(repeated(QStringLiteral("«а»: "), 200000) + QStringLiteral("\nТекст."));
    const QuoteAnalyzer::Analysis analysis = QuoteAnalyzer::analyze(text, headlineMode());
    checkSane(text, analysis);
    QCOMPARE(int(analysis.quotes.size()), 200000);
}

QTEST_GUILESS_MAIN(TestQuoteAnalyzer)
#include "tst_quoteanalyzer.moc"
