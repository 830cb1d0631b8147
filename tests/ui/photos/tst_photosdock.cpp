// The Photos dock in the real window, offscreen: pictures dropped onto it are
// imported (a bad file is reported, the rest still come in), captions and
// credits typed in it are stored, the credit line follows the house template,
// and the photo rules appear in the Checks list until they are met.

#include "app/media/photorules.h"
#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"
#include "ui/checks/checksdock.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/photos/photosdock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qalam;

class TestPhotosDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropImportsAndCaptionsAreStored();
    void batchCreditForSeveralPhotos();
    void libraryReuseAcrossArticles();

private:
    QTemporaryDir m_settingsDir;
};

void TestPhotosDock::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestPhotosDock::dropImportsAndCaptionsAreStored()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    Article a;
    a.headline = QStringLiteral("Токаев встретился с акимами");
    auto article = ArticleStore(db).create(a);
    QVERIFY(article.ok());

    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(0x0f, 0x5e, 0x63));
    const QString photoPath = QDir(file.dir()).filePath(QStringLiteral("akorda.jpg"));
    QVERIFY(image.save(photoPath, "JPEG", 90));
    const QString notAPhoto = QDir(file.dir()).filePath(QStringLiteral("notes.jpg"));
    QVERIFY(Test::writeFile(notAPhoto, QByteArrayLiteral("не фото")));

    MainWindow window(db);
    window.resize(1300, 850);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(article->id);
    QVERIFY(opened.wait(10000));
    PhotosDock *dock = window.photosDock();
    QVERIFY(dock->isEnabled());

    // Drop two files: the picture comes in, the text file is reported.
    QSignalSpy imported(dock, &PhotosDock::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photoPath), QUrl::fromLocalFile(notAPhoto)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dock, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dock, &drop);
    QVERIFY(imported.wait(10000));
    const QStringList errors = imported.first().first().toStringList();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("notes.jpg")), qPrintable(errors.first()));
    QTRY_COMPARE(dock->list()->count(), 1);

    // Until it has a caption, alt text and a credit, the Checks list says so.
    QTreeWidget *checks = window.checksDock()->list();
    auto checksMention = [checks](const QString &text) {
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            if (checks->topLevelItem(i)->text(0).contains(text))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(checksMention(QStringLiteral("akorda.jpg")), 5000);

    // Type the caption and credit as a photo editor would.
    dock->list()->setCurrentRow(0);
    // The privacy report, read from the file in the background.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QLabel *label : dock->findChildren<QLabel *>())
                if (label->text() ==
                    QStringLiteral("Privacy: the file carries no location, device or owner data."))
                    return true;
            return false;
        }(),
        5000);
    dock->captionEdit()->setPlainText(
        QStringLiteral("Токаев встретился с акимами Нур-Султана, Алматы и Шымкента"));
    const QList<QLineEdit *> fields = dock->findChildren<QLineEdit *>();
    QVERIFY(fields.size() >= 6);
    auto *source = fields.at(1); // alt, source, creator, contributor, contact, channel
    fields.at(0)->setText(QStringLiteral("Президент за столом с акимами"));
    emit fields.at(0)->textEdited(fields.at(0)->text());
    source->setText(QStringLiteral("Акорда"));
    emit source->textEdited(source->text());
    auto *type = dock->findChild<QComboBox *>();
    type->setCurrentIndex(type->findData(QStringLiteral("ugc")));
    emit type->activated(type->currentIndex());
    dock->findChild<QCheckBox *>()->setChecked(true);

    PhotoStore store(db);
    QTRY_VERIFY_WITH_TIMEOUT(
        store.photosOf(article->id)->first().photo.caption.contains(QStringLiteral("Шымкента")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(dock->creditLineLabel()->text(), QStringLiteral("Фото: Акорда: UGC"), 5000);
    const Photo saved = store.photosOf(article->id)->first().photo;
    QCOMPARE(saved.creditSource, QStringLiteral("Акорда"));
    QCOMPARE(saved.creditType, CreditType::Ugc);
    QVERIFY(saved.consent.granted);
    QVERIFY(PhotoRules::check({saved}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!checksMention(QStringLiteral("akorda.jpg")), 5000);

    // Insert into the text: a figure with the picture, its caption and
    // credit line, stored as such with the article.
    window.autosaver()->setDelay(50);
    emit dock->insertRequested(saved.id, QStringLiteral("Токаев встретился с акимами / Фото: Акорда: UGC"));
    const QString figure = QStringLiteral("<figure><p><img src=\"qalam-photo:%1\"></p><figcaption>Токаев "
                                          "встретился с акимами / Фото: Акорда: UGC</figcaption></figure>")
                               .arg(saved.id);
    QVERIFY2(window.document()->snapshot().bodyHtml.contains(figure),
             qPrintable(window.document()->snapshot().bodyHtml));
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isModified(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.autosaver()->state(), Autosaver::State::Saved, 10000);
    const Article stored = *ArticleStore(db).load(article->id);
    QVERIFY2(stored.bodyHtml.contains(figure), qPrintable(stored.bodyHtml));
    // Reopened, the figure survives the editor's round trip.
    ArticleDocument reopened(stored);
    QVERIFY2(reopened.snapshot().bodyHtml.contains(figure), qPrintable(reopened.snapshot().bodyHtml));
}

void TestPhotosDock::batchCreditForSeveralPhotos()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    Article a;
    a.headline = QStringLiteral("Паводок в Петропавловске");
    auto article = ArticleStore(db).create(a);
    QVERIFY(article.ok());
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 100, 150, 200));
        paths.append(QDir(file.dir()).filePath(QStringLiteral("ugc-%1.jpg").arg(i)));
        QVERIFY(image.save(paths.last(), "JPEG"));
    }
    MainWindow window(db);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(article->id);
    QVERIFY(opened.wait(10000));
    PhotosDock *dock = window.photosDock();
    QSignalSpy imported(dock, &PhotosDock::importFinished);
    dock->importFiles(paths);
    QVERIFY(imported.wait(10000));
    QTRY_COMPARE(dock->list()->count(), 3);

    // The first photo's credit and sender, typed once…
    dock->list()->setCurrentRow(0);
    const QList<QLineEdit *> fields = dock->findChildren<QLineEdit *>();
    fields.at(1)->setText(QStringLiteral("Kazinform"));
    auto *type = dock->findChild<QComboBox *>();
    type->setCurrentIndex(type->findData(QStringLiteral("ugc")));
    fields.at(3)->setText(QStringLiteral("Ержан Мусин"));
    dock->findChild<QCheckBox *>()->setChecked(true);
    // …go to the two others at once.
    dock->list()->selectAll();
    dock->copyCreditToSelection();
    PhotoStore store(db);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto uses = store.photosOf(article->id);
            for (const PhotoUse &use : *uses)
                if (use.photo.creditSource != u"Kazinform" ||
                    use.photo.consent.contributor != u"Ержан Мусин" || !use.photo.consent.granted ||
                    use.photo.creditType != CreditType::Ugc)
                    return false;
            return uses->size() == 3;
        }(),
        5000);
}

void TestPhotosDock::libraryReuseAcrossArticles()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    ArticleStore articles(db);
    Article first;
    first.headline = QStringLiteral("Паводок в Петропавловске");
    Article second;
    second.headline = QStringLiteral("Дамбу укрепили");
    const QString firstId = articles.create(first)->id;
    const QString secondId = articles.create(second)->id;
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = QDir(file.dir()).filePath(QStringLiteral("river.jpg"));
    QVERIFY(image.save(path, "JPEG"));
    PhotoStore store(db);
    Photo photo = *store.importFile(path);
    photo.caption = QStringLiteral("Река Ишим вышла из берегов");
    photo.creditSource = QStringLiteral("Kazinform");
    photo.creditType = CreditType::Agency;
    QVERIFY(store.update(photo).ok());
    QVERIFY(store.attach(firstId, photo.id).ok());

    MainWindow window(db);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(secondId);
    QVERIFY(opened.wait(10000));
    PhotosDock *dock = window.photosDock();
    dock->librarySearch()->setText(QStringLiteral("Ишим"));
    emit dock->librarySearch()->returnPressed();
    QTRY_COMPARE_WITH_TIMEOUT(dock->libraryList()->count(), 1, 5000);
    QCOMPARE(dock->libraryList()->item(0)->text(),
             QStringLiteral("Река Ишим вышла из берегов / Фото: Kazinform"));
    dock->libraryList()->setCurrentRow(0);
    dock->reuseSelectedLibraryPhoto();
    QTRY_COMPARE_WITH_TIMEOUT(dock->list()->count(), 1, 5000);
    QCOMPARE(store.photosOf(secondId)->first().photo.id, photo.id);
    QCOMPARE(store.photosOf(firstId)->size(), 1); // still in the first article too
}

QTEST_MAIN(TestPhotosDock)
#include "tst_photosdock.moc"
