#include "app/model/articledocument.h"
#include "tests/support/testfiles.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qalam;

namespace {

Article sampleArticle()
{
    Article a;
    a.id = QStringLiteral("6f1c2a8e-0000-4000-8000-000000000001");
    a.headline = QStringLiteral("Токаев провел совещание");
    a.lead = QStringLiteral("Глава государства встретился с акимами.");
    a.bodyHtml = QStringLiteral("<p>Первый абзац.</p><p>Второй абзац.</p>");
    a.bodyText = QStringLiteral("Первый абзац.\nВторой абзац.");
    a.region = QStringLiteral("Астана");
    a.rubric = QStringLiteral("Политика");
    a.tags = {QStringLiteral("акимы"), QStringLiteral("Токаев")};
    a.source = QStringLiteral("передает Акорда");
    a.language = QStringLiteral("ru");
    a.version = 3;
    a.authors = {Author{7, QStringLiteral("Колмакова Виктория"), QStringLiteral("Редактор"), {}}};
    return a;
}

void typeAtEnd(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestArticleDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialState();
    void setFieldPushesUndoCommand_data();
    void setFieldPushesUndoCommand();
    void setFieldToSameValueIsNoEdit();
    void consecutiveEditsOfOneFieldMerge();
    void editsOfDifferentFieldsDoNotMerge();
    void undoRedoRestoreValues();
    void tagsAreSplitAndTrimmed();
    void bylineIsUndoable();
    void bodyEditsGoThroughTheUndoStack();
    void bodyAndFieldEditsUndoInOrder();
    void snapshotCarriesBody();
    void modifiedAndMarkSaved();
    void markSavedWithOlderSnapshotStaysModified();
    void replaceContentClearsUndo();
};

void TestArticleDocument::initTestCase()
{
    Test::quietHeadingFontWarnings();
}

void TestArticleDocument::initialState()
{
    ArticleDocument doc(sampleArticle());
    QCOMPARE(doc.id(), sampleArticle().id);
    QCOMPARE(doc.version(), 3);
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Токаев провел совещание"));
    QCOMPARE(doc.field(ArticleDocument::Field::Tags), QStringLiteral("акимы, Токаев"));
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац."));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.body()->isUndoAvailable()); // loading is not an edit
    QVERIFY(!doc.isModified());
}

void TestArticleDocument::setFieldPushesUndoCommand_data()
{
    QTest::addColumn<ArticleDocument::Field>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("headline") << ArticleDocument::Field::Headline
                              << QStringLiteral("Тоқаев әкімдермен кездесті");
    QTest::newRow("lead") << ArticleDocument::Field::Lead << QStringLiteral("Новый лид.");
    QTest::newRow("region") << ArticleDocument::Field::Region << QStringLiteral("Шымкент");
    QTest::newRow("rubric") << ArticleDocument::Field::Rubric << QStringLiteral("Экономика");
    QTest::newRow("tags") << ArticleDocument::Field::Tags << QStringLiteral("бюджет, налоги");
    QTest::newRow("source") << ArticleDocument::Field::Source << QStringLiteral("передает Kazinform");
    QTest::newRow("language") << ArticleDocument::Field::Language << QStringLiteral("kk");
}

void TestArticleDocument::setFieldPushesUndoCommand()
{
    QFETCH(ArticleDocument::Field, field);
    QFETCH(QString, value);

    ArticleDocument doc(sampleArticle());
    const QString before = doc.field(field);
    QSignalSpy fieldSpy(&doc, &ArticleDocument::fieldChanged);
    QSignalSpy contentSpy(&doc, &ArticleDocument::contentChanged);
    QSignalSpy modifiedSpy(&doc, &ArticleDocument::modifiedChanged);

    doc.setField(field, value);
    QCOMPARE(doc.field(field), value);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(fieldSpy.count(), 1);
    QCOMPARE(fieldSpy.at(0).at(0).value<ArticleDocument::Field>(), field);
    QCOMPARE(contentSpy.count(), 1);
    QCOMPARE(modifiedSpy.count(), 1);
    QCOMPARE(modifiedSpy.at(0).at(0).toBool(), true);
    QVERIFY(doc.isModified());

    doc.undoStack()->undo();
    QCOMPARE(doc.field(field), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.field(field), value);
}

void TestArticleDocument::setFieldToSameValueIsNoEdit()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Headline, doc.field(ArticleDocument::Field::Headline));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestArticleDocument::consecutiveEditsOfOneFieldMerge()
{
    ArticleDocument doc(sampleArticle());
    const QString original = doc.field(ArticleDocument::Field::Headline);
    // Typing "Итоги" one letter at a time.
    QString typed;
    for (const QChar c : QStringLiteral("Итоги")) {
        typed += c;
        doc.setField(ArticleDocument::Field::Headline, typed);
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Итоги"));

    doc.undoStack()->undo();
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), original);
    QVERIFY(!doc.undoStack()->canUndo());
    doc.undoStack()->redo();
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Итоги"));
}

void TestArticleDocument::editsOfDifferentFieldsDoNotMerge()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("А"));
    doc.setField(ArticleDocument::Field::Lead, QStringLiteral("Б"));
    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("АВ"));
    QCOMPARE(doc.undoStack()->count(), 3);

    doc.undoStack()->undo();
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("А"));
    QCOMPARE(doc.field(ArticleDocument::Field::Lead), QStringLiteral("Б"));
    doc.undoStack()->undo();
    QCOMPARE(doc.field(ArticleDocument::Field::Lead), sampleArticle().lead);
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("А"));
}

void TestArticleDocument::undoRedoRestoreValues()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Region, QStringLiteral("Алматы"));
    doc.setField(ArticleDocument::Field::Rubric, QStringLiteral("Общество"));
    doc.setField(ArticleDocument::Field::Source, QStringLiteral("пишет Tengrinews"));

    QSignalSpy fieldSpy(&doc, &ArticleDocument::fieldChanged);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(fieldSpy.count(), 3);
    const Article original = sampleArticle();
    QCOMPARE(doc.field(ArticleDocument::Field::Region), original.region);
    QCOMPARE(doc.field(ArticleDocument::Field::Rubric), original.rubric);
    QCOMPARE(doc.field(ArticleDocument::Field::Source), original.source);

    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(doc.field(ArticleDocument::Field::Region), QStringLiteral("Алматы"));
    QCOMPARE(doc.field(ArticleDocument::Field::Rubric), QStringLiteral("Общество"));
    QCOMPARE(doc.field(ArticleDocument::Field::Source), QStringLiteral("пишет Tengrinews"));
}

void TestArticleDocument::tagsAreSplitAndTrimmed()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Tags, QStringLiteral(" бюджет ,налоги,, , әкімдер "));
    QCOMPARE(doc.snapshot().tags,
             QStringList({QStringLiteral("бюджет"), QStringLiteral("налоги"), QStringLiteral("әкімдер")}));
    QCOMPARE(doc.field(ArticleDocument::Field::Tags), QStringLiteral("бюджет, налоги, әкімдер"));
    doc.undoStack()->undo();
    QCOMPARE(doc.snapshot().tags, sampleArticle().tags);
}

void TestArticleDocument::bylineIsUndoable()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy authorsSpy(&doc, &ArticleDocument::authorsChanged);
    const QList<Author> byline = {
        Author{0, QStringLiteral("Сейтқали Айгүл"), QStringLiteral("Корреспондент"), {}},
        sampleArticle().authors.first()};
    doc.setAuthors(byline);
    QCOMPARE(doc.authors(), byline);
    QCOMPARE(authorsSpy.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.setAuthors(byline); // unchanged: no command
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.authors(), sampleArticle().authors);
    doc.undoStack()->redo();
    QCOMPARE(doc.authors(), byline);
}

void TestArticleDocument::bodyEditsGoThroughTheUndoStack()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy contentSpy(&doc, &ArticleDocument::contentChanged);
    typeAtEnd(doc.body(), QStringLiteral(" Третье предложение."));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(contentSpy.count() >= 1);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац. Третье предложение."));

    doc.undoStack()->undo();
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац."));
    doc.undoStack()->redo();
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац. Третье предложение."));
    // The stack and the document's own history stay in step.
    QCOMPARE(doc.undoStack()->index(), 1);
    QVERIFY(doc.body()->isUndoAvailable());
    QVERIFY(!doc.body()->isRedoAvailable());
}

void TestArticleDocument::bodyAndFieldEditsUndoInOrder()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("Новый заголовок"));
    typeAtEnd(doc.body(), QStringLiteral(" Қосымша."));
    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("Ещё новее"));
    QCOMPARE(doc.undoStack()->count(), 3);

    doc.undoStack()->undo();
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Новый заголовок"));
    QVERIFY(doc.body()->toPlainText().endsWith(QStringLiteral(" Қосымша.")));
    doc.undoStack()->undo();
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац."));
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Новый заголовок"));
    doc.undoStack()->undo();
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), sampleArticle().headline);

    // A new edit after undo drops the redo history of both.
    typeAtEnd(doc.body(), QStringLiteral(" Другое."));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!doc.undoStack()->canRedo());
    doc.undoStack()->undo();
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Первый абзац.\nВторой абзац."));
}

void TestArticleDocument::snapshotCarriesBody()
{
    ArticleDocument doc(sampleArticle());
    Article snap = doc.snapshot();
    QCOMPARE(snap.bodyHtml, QStringLiteral("<p>Первый абзац.</p><p>Второй абзац.</p>"));
    QCOMPARE(snap.bodyText, QStringLiteral("Первый абзац.\nВторой абзац."));
    QCOMPARE(snap.id, sampleArticle().id);
    QCOMPARE(snap.version, 3);
    QCOMPARE(snap.authors, sampleArticle().authors);

    typeAtEnd(doc.body(), QStringLiteral(" <script> & ә"));
    doc.setField(ArticleDocument::Field::Lead, QStringLiteral("Лид"));
    snap = doc.snapshot();
    QCOMPARE(snap.bodyHtml,
             QStringLiteral("<p>Первый абзац.</p><p>Второй абзац. &lt;script&gt; &amp; ә</p>"));
    QCOMPARE(snap.bodyText, QStringLiteral("Первый абзац.\nВторой абзац. <script> & ә"));
    QCOMPARE(snap.lead, QStringLiteral("Лид"));
}

void TestArticleDocument::modifiedAndMarkSaved()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy modifiedSpy(&doc, &ArticleDocument::modifiedChanged);
    QSignalSpy savedSpy(&doc, &ArticleDocument::saved);

    typeAtEnd(doc.body(), QStringLiteral(" а"));
    typeAtEnd(doc.body(), QStringLiteral(" б"));
    QVERIFY(doc.isModified());
    QCOMPARE(modifiedSpy.count(), 1);

    Article stored = doc.snapshot();
    const quint64 atSnapshot = doc.changeCount();
    stored.version = 4;
    stored.updated = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    stored.authors.first().id = 7;
    doc.markSaved(stored, atSnapshot);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.version(), 4);
    QCOMPARE(doc.snapshot().updated, stored.updated);
    QCOMPARE(modifiedSpy.count(), 2);
    QCOMPARE(modifiedSpy.at(1).at(0).toBool(), false);
    QCOMPARE(savedSpy.count(), 1);

    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("Снова"));
    QVERIFY(doc.isModified());
    QCOMPARE(modifiedSpy.count(), 3);
}

void TestArticleDocument::markSavedWithOlderSnapshotStaysModified()
{
    ArticleDocument doc(sampleArticle());
    typeAtEnd(doc.body(), QStringLiteral(" а"));
    Article stored = doc.snapshot();
    const quint64 atSnapshot = doc.changeCount();
    typeAtEnd(doc.body(), QStringLiteral(" б")); // typed while the save ran
    stored.version = 4;
    doc.markSaved(stored, atSnapshot);
    QCOMPARE(doc.version(), 4);
    QVERIFY(doc.isModified());
    QVERIFY(doc.body()->toPlainText().endsWith(QStringLiteral(" а б")));
}

void TestArticleDocument::replaceContentClearsUndo()
{
    ArticleDocument doc(sampleArticle());
    doc.setField(ArticleDocument::Field::Headline, QStringLiteral("Правка"));
    typeAtEnd(doc.body(), QStringLiteral(" правка"));
    QCOMPARE(doc.undoStack()->count(), 2);

    Article restored = sampleArticle();
    restored.headline = QStringLiteral("Восстановленный заголовок");
    restored.bodyHtml = QStringLiteral("<h2>Раздел</h2><p>Восстановленный текст.</p>");
    restored.version = 9;
    QSignalSpy modifiedSpy(&doc, &ArticleDocument::modifiedChanged);
    QSignalSpy fieldSpy(&doc, &ArticleDocument::fieldChanged);
    doc.replaceContent(restored);

    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.body()->isUndoAvailable());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.version(), 9);
    QCOMPARE(doc.field(ArticleDocument::Field::Headline), QStringLiteral("Восстановленный заголовок"));
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Раздел\nВосстановленный текст."));
    QVERIFY(fieldSpy.count() >= 1);
    QCOMPARE(modifiedSpy.count(), 1);
    QCOMPARE(modifiedSpy.at(0).at(0).toBool(), false);

    // Editing after the replacement is undoable again, and only back to the replacement.
    typeAtEnd(doc.body(), QStringLiteral(" Ещё."));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.body()->toPlainText(), QStringLiteral("Раздел\nВосстановленный текст."));
    QVERIFY(!doc.undoStack()->canUndo());
}

QTEST_GUILESS_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
