// ParagraphEdit (the headline and the lead) grows to show every line of its
// text: a long lead in the bold, larger font must never be cut at the bottom,
// at any width the editor column may take.

#include "ui/editor/paragraphedit.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTest>
#include <QTextBlock>

using namespace Qalam;

class TestParagraphEdit : public QObject
{
    Q_OBJECT

private slots:
    void everyLineIsShown_data();
    void everyLineIsShown();
};

void TestParagraphEdit::everyLineIsShown_data()
{
    QTest::addColumn<bool>("bold");
    QTest::addColumn<QString>("text");
    const QString lead = QStringLiteral(
        "Три поликлиники в новых микрорайонах столицы примут первых пациентов до конца 2026 года, "
        "сообщил на брифинге руководитель управления здравоохранения Астаны Тимур Сагындыков.");
    const QString headline = QStringLiteral(
        "«Работать надо с людьми, а не с бумагами»: Президент – акимам о реформе местного управления");
    QTest::newRow("lead, bold and larger") << true << lead;
    QTest::newRow("headline, bold") << true << headline;
    QTest::newRow("plain") << false << lead;
    QTest::newRow("one unbreakable word") << true << QString(200, u'ж');
}

void TestParagraphEdit::everyLineIsShown()
{
    QFETCH(bool, bold);
    QFETCH(QString, text);
    ParagraphEdit edit;
    QFont font = edit.font();
    if (bold) {
        font.setPointSizeF(font.pointSizeF() * 1.1);
        font.setBold(true);
    }
    edit.setFont(font);
    edit.setText(text);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    int tallest = 0;
    for (int width = 220; width <= 900; width += 23) {
        edit.resize(width, edit.height());
        QCoreApplication::processEvents();
        (void)edit.grab(); // paints: the editor's own layout is now done at this width
        const QTextBlock block = edit.document()->firstBlock();
        const QRectF laidOut = edit.document()->documentLayout()->blockBoundingRect(block);
        // (The last block's bounding rectangle includes the bottom margin.)
        const qreal needed = laidOut.height() + edit.document()->documentMargin();
        QVERIFY2(needed <= edit.viewport()->height(),
                 qPrintable(QStringLiteral("at width %1: %2 lines need %3 px, the field shows %4")
                                .arg(width)
                                .arg(block.layout()->lineCount())
                                .arg(needed)
                                .arg(edit.viewport()->height())));
        // …and not much more than that: no empty line below the text.
        const qreal lineHeight = block.layout()->lineAt(0).height();
        QVERIFY2(edit.viewport()->height() < needed + lineHeight,
                 qPrintable(QStringLiteral("at width %1 the field is %2 px for %3 px of text")
                                .arg(width)
                                .arg(edit.viewport()->height())
                                .arg(needed)));
        tallest = qMax(tallest, block.layout()->lineCount());
    }
    QVERIFY(tallest > 1); // the narrow widths did wrap
}

QTEST_MAIN(TestParagraphEdit)
#include "tst_paragraphedit.moc"
