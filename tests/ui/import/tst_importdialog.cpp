// The import preview in the real window, offscreen: the design sample is
// read and recognised on a worker thread, every field shows what was
// recognised and can be corrected, Create makes the draft as the window's
// actor and the window opens it; a page without a headline cannot be
// created; the Photos dock shows the draft's photo slots and fills them; the
// original text stays readable; a 50 MB page does not hold the window.
//
// With QALAM_TEST_SCREENSHOTS=DIR the preview and the Photos dock are saved
// there as PNG files (QALAM_TEST_QM=FILE.qm[:FILE.qm] loads translations).

#include "app/import/draftcreator.h"
#include "app/import/importer.h"
#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "tests/support/testdatabase.h"
#include "ui/import/importdialog.h"
#include "ui/import/originaldialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/photos/photosdock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qalam;

namespace {

const QString s_samplePath = QStringLiteral(QALAM_SHARED_FIXTURES_DIR "/sample-article.txt");

// Types any text (QTest::keyClicks takes Latin-1 only), one key event per
// character, through the path a keyboard uses.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier,
                        QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier,
                          QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

Actor addUser(const std::shared_ptr<Database> &db, const Actor &by, const QString &login, const QString &name,
              QList<Role> roles)
{
    UserStore users(db, by);
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = name;
    u.roles = std::move(roles);
    auto added = users.add(u, QStringLiteral("qalam-sample"));
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    return Actor::fromUser(*added);
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QALAM_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void designSamplePreviewAndCreate();
    void pageWithoutHeadlineCannotBeCreated();
    void droppedLineCanBeRestored();
    void clipboardImport();
    void importsAsTheSignedInUser();
    void photosDockShowsAndFillsSlots();
    void originalIsShownReadOnly();
    void largePageKeepsTheWindowResponsive();

private:
    QTemporaryDir m_settingsDir;
};

void TestImportDialog::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
    for (const QString &qm : qEnvironmentVariable("QALAM_TEST_QM").split(u':', Qt::SkipEmptyParts)) {
        auto *translator = new QTranslator(qApp);
        if (translator->load(qm))
            QApplication::installTranslator(translator);
    }
}

void TestImportDialog::designSamplePreviewAndCreate()
{
    if (!QFile::exists(s_samplePath))
        QSKIP("the design sample (../shared/fixtures/sample-article.txt) is not there");
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    MainWindow window(db);
    window.resize(1400, 900);
    window.show();

    QPointer<ImportDialog> dialog = window.startImport();
    QVERIFY(dialog);
    QSignalSpy recognised(dialog, &ImportDialog::recognised);
    dialog->loadFile(s_samplePath);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(recognised.wait(60000));
    QVERIFY(!dialog->isBusy());

    // What was recognised as what.
    QCOMPARE(dialog->headlineEdit()->text(),
             QStringLiteral("\"В стране должен царить закон\": Токаев - акимам"));
    QCOMPARE(dialog->authorsTable()->rowCount(), 1);
    QCOMPARE(dialog->authorsTable()->item(0, 0)->text(), QStringLiteral("Колмакова Виктория"));
    QCOMPARE(dialog->authorsTable()->item(0, 1)->text(), QStringLiteral("Редактор региональных новостей"));
    QCOMPARE(dialog->sourceEdit()->text(), QStringLiteral("Акорда"));
    QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("ru"));
    QVERIFY(dialog->leadEdit()->toPlainText().startsWith(
        QStringLiteral("Глава государства Касым-Жомарт Токаев")));

    QTableWidget *photos = dialog->photosTable();
    QCOMPARE(photos->rowCount(), 4);
    int leads = 0;
    for (int r = 0; r < photos->rowCount(); ++r) {
        leads += photos->item(r, 0)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(photos->cellWidget(r, 4)->findChild<QComboBox *>()->currentData().toString(),
                 QStringLiteral("ugc"));
    }
    QCOMPARE(leads, 1);
    QCOMPARE(photos->item(0, 0)->checkState(), Qt::Checked);
    QVERIFY(photos->item(0, 1)->text().isEmpty()); // the ": UGC" line has no caption
    for (int r = 1; r < 4; ++r) {
        QCOMPARE(photos->item(r, 3)->text(), QStringLiteral("Акорда"));
        QVERIFY(photos->item(r, 1)->text().startsWith(QStringLiteral("Токаев")));
    }

    // No chrome line in the body; the chrome is listed apart.
    const QStringList body = ImportDialog::paragraphsOf(dialog->bodyEdit()->toPlainText());
    QVERIFY(body.size() >= 5);
    QVERIFY(dialog->droppedList()->count() > 0);
    for (int i = 0; i < dialog->droppedList()->count(); ++i)
        QVERIFY2(!body.contains(dialog->droppedList()->item(i)->text().trimmed()),
                 qPrintable(dialog->droppedList()->item(i)->text()));
    for (const QString &chrome :
         {QStringLiteral("jitsu gif"), QStringLiteral("Провели подряд"), QStringLiteral("Колмакова Виктория"),
          QStringLiteral("Подпишитесь"), QStringLiteral("Закладки"), QStringLiteral("Instagram"),
          QStringLiteral("Пока здесь пусто"), QStringLiteral("Фото: Акорда")})
        for (const QString &paragraph : body)
            QVERIFY2(!paragraph.contains(chrome), qPrintable(paragraph));

    // The two quotations of the body, attributed to the president.
    int tokayev = 0;
    for (int i = 0; i < dialog->quotesList()->count(); ++i)
        tokayev +=
            dialog->quotesList()->item(i)->text().contains(QStringLiteral("Касым-Жомарт Токаев")) ? 1 : 0;
    QVERIFY2(tokayev >= 2, qPrintable(QString::number(tokayev)));
    QVERIFY(dialog->originalView()->toPlainText().contains(QStringLiteral("jitsu gif")));
    QVERIFY(dialog->createButton()->isEnabled());
    QVERIFY(!dialog->headlineWarning()->isVisibleTo(dialog));

    dialog->findChild<QToolButton *>(QStringLiteral("droppedToggle"))->setChecked(true); // unfold the chrome
    screenshot(dialog, QStringLiteral("import-preview.png"));
    dialog->tabs()->setCurrentIndex(1);
    screenshot(dialog, QStringLiteral("import-preview-photos.png"));
    dialog->tabs()->setCurrentIndex(2);
    screenshot(dialog, QStringLiteral("import-preview-quotes.png"));
    dialog->tabs()->setCurrentIndex(0);

    // The editor corrects the headline and creates the draft.
    const QString edited = QStringLiteral("«В стране должен царить закон»: Токаев – акимам областей");
    dialog->headlineEdit()->setFocus();
    dialog->headlineEdit()->selectAll();
    typeText(dialog->headlineEdit(), edited);
    QCOMPARE(dialog->headlineEdit()->text(), edited);
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    QSignalSpy created(dialog, &ImportDialog::draftCreated);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(opened.wait(60000));
    QCOMPARE(created.size(), 1);
    const QString id = opened.first().first().toString();
    QCOMPARE(created.first().first().value<Article>().id, id);
    QTRY_VERIFY(dialog.isNull()); // closed and gone

    auto stored = ArticleStore(db).load(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->headline, edited);
    QCOMPARE(stored->authors.size(), 1);
    QCOMPARE(stored->authors.first().name, QStringLiteral("Колмакова Виктория"));
    QCOMPARE(stored->authors.first().position, QStringLiteral("Редактор региональных новостей"));
    QVERIFY2(stored->source.contains(QStringLiteral("Акорда")), qPrintable(stored->source));
    QVERIFY(!stored->bodyText.contains(QStringLiteral("jitsu gif")));
    auto slotsStored = PhotoStore(db).photoSlots(id);
    QVERIFY(slotsStored.ok());
    QCOMPARE(slotsStored->size(), 4);
    QVERIFY(slotsStored->at(0).lead);
    for (const StoredPhotoSlot &slot : *slotsStored) {
        QCOMPARE(slot.creditType, std::optional<CreditType>(CreditType::Ugc));
        QCOMPARE(slot.lead, &slot == &slotsStored->first());
    }
    QCOMPARE(slotsStored->at(1).creditSource, QStringLiteral("Акорда"));

    // The window opened it and the desk lists it.
    QVERIFY(window.document());
    QCOMPARE(window.document()->id(), id);
    QTRY_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() == 1 && window.listModel()->idAt(0) == id, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.photosDock()->waitingSlots().size(), 4, 10000);
}

void TestImportDialog::pageWithoutHeadlineCannotBeCreated()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    ImportDialog dialog(db, Actor::local());
    dialog.show();
    QSignalSpy recognised(&dialog, &ImportDialog::recognised);
    // A page of running text and menus: nothing in it reads as a headline.
    dialog.loadText(
        QStringLiteral("<html><body><nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a> <a "
                       "href=\"/contacts\">Контакты</a></nav><div><p>в городе продолжается ремонт дорог, "
                       "который начался еще весной, и жители просят ускорить работы на центральных улицах, "
                       "где движение перекрыто уже несколько недель, а объезды не справляются с потоком "
                       "машин, сообщает пресс-служба акимата.</p><p>работы планируют завершить к осени, "
                       "когда подрядчик сдаст последний участок, а после этого начнется озеленение и "
                       "установка новых остановок общественного транспорта по всему маршруту.</p></div>"
                       "</body></html>"),
        QStringLiteral("html"), QStringLiteral("page.html"));
    QVERIFY(recognised.wait(30000));
    QVERIFY2(dialog.headlineEdit()->text().isEmpty(), qPrintable(dialog.headlineEdit()->text()));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.headlineWarning()->isVisibleTo(&dialog));
    QVERIFY(dialog.findingsList()->count() > 0); // the importer says why
    screenshot(&dialog, QStringLiteral("import-no-headline.png"));
    // Nothing happens when Create is forced.
    QSignalSpy created(&dialog, &ImportDialog::draftCreated);
    dialog.create();
    QVERIFY(!dialog.isBusy());
    QCOMPARE(created.size(), 0);

    // The editor picks a line as the headline: a body paragraph…
    const QStringList body = ImportDialog::paragraphsOf(dialog.bodyEdit()->toPlainText());
    QVERIFY(!body.isEmpty());
    dialog.takeHeadlineFromBody(0);
    QCOMPARE(dialog.headlineEdit()->text(), body.first());
    QCOMPARE(ImportDialog::paragraphsOf(dialog.bodyEdit()->toPlainText()), body.mid(1));
    QVERIFY(dialog.createButton()->isEnabled());
    QCOMPARE(dialog.draft().paragraphs, body.mid(1));
    // …or a left-out line; the headline it replaces is left out instead.
    QVERIFY(dialog.droppedList()->count() > 0);
    const QString dropped = dialog.droppedList()->item(0)->text().trimmed();
    dialog.takeHeadlineFromDropped(0);
    QCOMPARE(dialog.headlineEdit()->text(), dropped);
    QVERIFY(dialog.draft().dropped.contains(body.first()));
    QVERIFY(!dialog.draft().dropped.contains(dropped));

    // The editor writes one: Create becomes available; emptied again, it is not.
    dialog.headlineEdit()->clear();
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.headlineEdit()->setFocus();
    typeText(dialog.headlineEdit(), QStringLiteral("Ремонт дорог затянулся"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(!dialog.headlineWarning()->isVisibleTo(&dialog));
    dialog.headlineEdit()->setText(QStringLiteral("   "));
    QVERIFY(!dialog.createButton()->isEnabled());
}

void TestImportDialog::droppedLineCanBeRestored()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    ImportDialog dialog(db, Actor::local());
    dialog.show();
    QSignalSpy recognised(&dialog, &ImportDialog::recognised);
    const QString text =
        QStringLiteral("Главная\nНовости\nПодписаться\n\n"
                       "Аким Карагандинской области встретился с фермерами\n\n"
                       "КАРАГАНДА. 3 апреля. КАЗИНФОРМ – Аким области обсудил с фермерами "
                       "весенний сев и цены на горючее, передает корреспондент агентства.\n\n"
                       "По словам акима, горючее для сева будет продаваться по фиксированной "
                       "цене до конца мая.\n\n"
                       "Поделиться\n\n"
                       "Фермеры попросили также ускорить выплату субсидий за прошлый год.\n\n"
                       "Читайте также\n");
    dialog.loadText(text, QStringLiteral("text"));
    QVERIFY(recognised.wait(30000));
    QVERIFY(dialog.droppedList()->count() > 0);
    const QStringList before = ImportDialog::paragraphsOf(dialog.bodyEdit()->toPlainText());
    const ImportedDraft original = dialog.draft();
    const int row = 0;
    const QString line = dialog.droppedList()->item(row)->text().trimmed();
    QVERIFY(!before.contains(line));
    dialog.restoreDropped(row);
    const QStringList after = ImportDialog::paragraphsOf(dialog.bodyEdit()->toPlainText());
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(after.contains(line));
    QCOMPARE(dialog.droppedList()->count(), original.dropped.size() - 1);
    // Where it stood in the original: before the paragraphs that followed it.
    const qsizetype at = after.indexOf(line);
    for (qsizetype i = at + 1; i < after.size(); ++i) {
        const qsizetype pos = text.indexOf(after.at(i).left(30));
        if (pos >= 0)
            QVERIFY2(pos > text.indexOf(line), qPrintable(after.at(i)));
    }
    // The draft takes the body as edited.
    const ImportedDraft edited = dialog.draft();
    QCOMPARE(edited.paragraphs, after);
    QVERIFY(edited.bodyHtml.contains(line.toHtmlEscaped()));
    QVERIFY(!edited.dropped.contains(line));
}

void TestImportDialog::clipboardImport()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    MainWindow window(db);
    window.show();
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<html><head><title>Site</title><script>track()</script></head><body>"
                                 "<article><h1>В Шымкенте открыли новый мост через Бадам</h1>"
                                 "<p>ШЫМКЕНТ. В городе открыли новый мост через реку Бадам, сообщает "
                                 "пресс-служба акимата.</p><p>Мост длиной 120 метров соединил два района "
                                 "города.</p></article></body></html>"));
    mime->setText(QStringLiteral("В Шымкенте открыли новый мост через Бадам"));
    QGuiApplication::clipboard()->setMimeData(mime);
    window.importClipboard();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QSignalSpy recognised(dialog, &ImportDialog::recognised);
    QVERIFY(recognised.wait(30000));
    QCOMPARE(dialog->headlineEdit()->text(), QStringLiteral("В Шымкенте открыли новый мост через Бадам"));
    QCOMPARE(dialog->draft().format, QStringLiteral("html"));
    QVERIFY(!dialog->bodyEdit()->toPlainText().contains(QStringLiteral("track")));
    QVERIFY(dialog->createButton()->isEnabled());
    dialog->close();
}

void TestImportDialog::importsAsTheSignedInUser()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const Actor admin = addUser(db, Actor::local(), QStringLiteral("admin"), QStringLiteral("Администратор"),
                                {Role::Administrator});
    const Actor writer = addUser(db, admin, QStringLiteral("sokolova"), QStringLiteral("Соколова Марина"),
                                 {Role::RegionalEditor});
    const Actor photoEditor =
        addUser(db, admin, QStringLiteral("kim"), QStringLiteral("Ким Алексей"), {Role::PhotoEditor});

    // A photo editor creates no articles: the import is not offered.
    {
        MainWindow window(db, photoEditor);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionImportClipboard"))->isEnabled());
    }

    MainWindow window(db, writer);
    window.show();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionImport"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    ImportDialog *dialog = window.startImport();
    QSignalSpy recognised(dialog, &ImportDialog::recognised);
    dialog->loadText(QStringLiteral("Главная\nВойти\n\nВ Таразе открыли центр для пожилых людей\n\n"
                                    "ТАРАЗ. В городе открылся дневной центр для пожилых людей, сообщает "
                                    "пресс-служба акимата Жамбылской области.\n\n"
                                    "В центре будут работать кружки и проводиться занятия гимнастикой.\n"),
                     QStringLiteral("text"));
    QVERIFY(recognised.wait(30000));
    QVERIFY(dialog->createButton()->isEnabled());
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    dialog->createButton()->click();
    QVERIFY(opened.wait(30000));
    auto stored = ArticleStore(db, &Clock::system(), writer).load(opened.first().first().toString());
    QVERIFY(stored.ok());
    QCOMPARE(stored->createdBy, QStringLiteral("sokolova"));
    QCOMPARE(stored->headline, QStringLiteral("В Таразе открыли центр для пожилых людей"));
    auto original = DraftCreator(db, writer).original(stored->id);
    QVERIFY(original.ok() && original->has_value());
    QCOMPARE((*original)->importedBy, QStringLiteral("sokolova"));
}

void TestImportDialog::photosDockShowsAndFillsSlots()
{
    if (!QFile::exists(s_samplePath))
        QSKIP("the design sample (../shared/fixtures/sample-article.txt) is not there");
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto draft = Importer::fromFile(s_samplePath);
    QVERIFY(draft.ok());
    auto created = DraftCreator(db).create(*draft);
    QVERIFY2(created.ok(), qPrintable(created.error().message));

    MainWindow window(db);
    window.resize(1400, 900);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(created->id);
    QVERIFY(opened.wait(10000));
    PhotosDock *dock = window.photosDock();
    dock->show();
    dock->raise();
    QTRY_COMPARE_WITH_TIMEOUT(dock->waitingSlots().size(), 4, 10000);
    QCOMPARE(dock->list()->count(), 4); // no photos yet: four waiting tiles
    QVERIFY(dock->list()->item(0)->text().startsWith(QStringLiteral("★ ")));
    QVERIFY(dock->list()->item(1)->toolTip().contains(QStringLiteral("Фото: Акорда: UGC")));
    QVERIFY(dock->list()->item(1)->toolTip().contains(QStringLiteral("Токаев")));
    QVERIFY(dock->fillSlotButton()->isVisibleTo(dock));
    dock->list()->setCurrentRow(1);
    QVERIFY(dock->fillSlotButton()->isEnabled());
    QVERIFY(dock->creditLineLabel()->text().contains(QStringLiteral("Фото: Акорда: UGC")));
    screenshot(&window, QStringLiteral("photos-dock-slots.png"));

    // Fill the second slot from a file: the photo takes its caption and credit.
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x2a, 0x6f, 0x97));
    const QString jpeg = QDir(file.dir()).filePath(QStringLiteral("akorda-2.jpg"));
    QVERIFY(image.save(jpeg, "JPEG", 85));
    const StoredPhotoSlot slot = dock->waitingSlots().at(1);
    QSignalSpy changed(dock, &PhotosDock::photosChanged);
    dock->fillSlot(slot.id, jpeg);
    QTRY_COMPARE_WITH_TIMEOUT(dock->photos().size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dock->waitingSlots().size(), 3, 10000);
    QCOMPARE(dock->list()->count(), 4); // one photo, three waiting
    const Photo photo = dock->photos().first().photo;
    QCOMPARE(photo.caption, slot.caption);
    QCOMPARE(photo.creditSource, QStringLiteral("Акорда"));
    QCOMPARE(photo.creditType, std::optional<CreditType>(CreditType::Ugc));
    screenshot(&window, QStringLiteral("photos-dock-filled.png"));

    // Remove the lead slot (no caption): two wait.
    const qint64 leadSlot = dock->waitingSlots().first().id;
    QVERIFY(dock->waitingSlots().first().lead);
    dock->removeSlot(leadSlot);
    QTRY_COMPARE_WITH_TIMEOUT(dock->waitingSlots().size(), 2, 10000);
    auto remaining = PhotoStore(db).photoSlots(created->id);
    QVERIFY(remaining.ok());
    QCOMPARE(remaining->size(), 2);
}

void TestImportDialog::originalIsShownReadOnly()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const QString text =
        QStringLiteral("Меню\nВойти\n\nВ Атырау прошел фестиваль домбры\n\n"
                       "АТЫРАУ. В городе прошел фестиваль домбры, на который приехали "
                       "музыканты из всех районов области, сообщает пресс-служба акимата.\n\n"
                       "Победители получат гранты на обучение.\n");
    auto created = DraftCreator(db).create(Importer::fromText(text));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Article plain;
    plain.headline = QStringLiteral("Написано здесь");
    auto written = ArticleStore(db).create(plain);
    QVERIFY(written.ok());

    MainWindow window(db);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(created->id);
    QVERIFY(opened.wait(10000));
    window.showOriginal();
    auto *dialog = window.findChild<OriginalDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &OriginalDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(dialog->textView()->isReadOnly());
    QCOMPARE(dialog->textView()->toPlainText(), text);
    dialog->close();
    QTRY_VERIFY(!window.findChild<OriginalDialog *>());

    // An article written here has none, and says so.
    window.openArticle(written->id);
    QVERIFY(opened.wait(10000));
    window.showOriginal();
    dialog = window.findChild<OriginalDialog *>();
    QVERIFY(dialog);
    QSignalSpy none(dialog, &OriginalDialog::loaded);
    QVERIFY(none.wait(10000));
    QCOMPARE(none.first().first().toBool(), false);
    QVERIFY(dialog->textView()->toPlainText().isEmpty());
}

void TestImportDialog::largePageKeepsTheWindowResponsive()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    // A 50 MB saved page: mostly markup, scripts and menus around a story.
    const QString path = QDir(file.dir()).filePath(QStringLiteral("big.html"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("<html><head><title>Новости</title><script>var a = 1;</script></head><body>"
                  "<h1>Большая страница с новостью о строительстве школы</h1>");
        const QByteArray chunk =
            QStringLiteral(
                "<div class=\"teaser\"><a href=\"https://site.kz/news/%1?utm_source=x\">Читайте "
                "также</a><script>track(%1)</script><p>Абзац номер %1: в области продолжают "
                "строить школу на 600 мест, работы идут по графику, сообщает пресс-служба.</p></div>\n")
                .toUtf8();
        qint64 written = 0;
        for (int i = 0; written < 50 * 1024 * 1024; ++i)
            written += out.write(QByteArray(chunk).replace("%1", QByteArray::number(i)));
        out.write("</body></html>");
    }
    ImportDialog dialog(db, Actor::local());
    dialog.show();
    QSignalSpy recognised(&dialog, &ImportDialog::recognised);
    QSignalSpy failed(&dialog, &ImportDialog::failed);
    // A 10 ms timer on the GUI thread: the longest gap between its ticks is
    // how long the window was frozen.
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    dialog.loadFile(path);
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.stopButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(recognised.size() + failed.size() > 0, 280000);
    tick.stop();
    qInfo("recognised in %lld ms; longest GUI stall %lld ms (including filling the fields)", clock.elapsed(),
          longest);
    QVERIFY(!dialog.isBusy());
    QVERIFY2(longest < 750, qPrintable(QString::number(longest)));
    if (recognised.size() > 0)
        QCOMPARE(dialog.headlineEdit()->text(),
                 QStringLiteral("Большая страница с новостью о строительстве школы"));

    // Stop: the next recognition's result is dropped, nothing changes.
    const QString headline = dialog.headlineEdit()->text();
    QSignalSpy again(&dialog, &ImportDialog::recognised);
    dialog.loadText(QStringLiteral("Другой заголовок\n\nДругой текст, передает агентство."),
                    QStringLiteral("text"));
    dialog.stop();
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.headlineEdit()->text(), headline);
    QVERIFY(!again.wait(500));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
