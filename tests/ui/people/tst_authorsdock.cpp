// The Authors dock in the real window, offscreen: the byline shown with its
// profiles, reordered with the dock's buttons through the ArticleDocument
// (one undo step, stored by the autosaver), an author added through the
// picker, and the dock read-only for someone who may not change the byline.

#include "app/model/articledocument.h"
#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/autosaver.h"
#include "app/workflow/permissions.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/people/authordirectory.h"
#include "ui/people/authorpickerdialog.h"
#include "ui/people/authorprofiledialog.h"
#include "ui/people/authorsdock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qalam;

namespace {

Author profile(const QString &family, const QString &given, const QString &position, const QString &region)
{
    Author a;
    a.familyName = family;
    a.givenName = given;
    a.name = family + u' ' + given;
    a.position = position;
    a.region = region;
    return a;
}

QList<qint64> idsOf(const QList<Author> &authors)
{
    QList<qint64> ids;
    for (const Author &a : authors)
        ids.append(a.id);
    return ids;
}

QList<qint64> listedIds(const AuthorsDock *dock)
{
    QList<qint64> ids;
    for (int i = 0; i < dock->list()->count(); ++i)
        ids.append(dock->list()->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

// Three profiles and an article with the first two in its byline.
struct Newsroom
{
    std::shared_ptr<Database> db;
    Author kolmakova, sokolova, ermekov;
    QString articleId;
};

bool fill(Newsroom &n)
{
    AuthorStore authors(n.db);
    Author first = profile(QStringLiteral("Колмакова"), QStringLiteral("Виктория"),
                           QStringLiteral("Редактор региональных новостей"), QStringLiteral("Алматы"));
    first.bioRu = QStringLiteral("Пишет о жизни Алматы с 2015 года.");
    first.bioKk = QStringLiteral("2015 жылдан бері Алматы өмірі туралы жазады.");
    auto a = authors.add(first);
    auto b = authors.add(profile(QStringLiteral("Соколова"), QStringLiteral("Марина"),
                                 QStringLiteral("Корреспондент"), QStringLiteral("Астана")));
    auto c = authors.add(profile(QStringLiteral("Ермеков"), QStringLiteral("Нурлан"),
                                 QStringLiteral("Фотокорреспондент"), QStringLiteral("Шымкент")));
    if (!a || !b || !c)
        return false;
    n.kolmakova = *a;
    n.sokolova = *b;
    n.ermekov = *c;
    Article article;
    article.headline = QStringLiteral("«В стране должен царить закон»: Токаев – акимам");
    article.bodyHtml = QStringLiteral("<p>Глава государства провел совещание, передает Акорда.</p>");
    article.region = QStringLiteral("Алматы");
    article.authors = {n.kolmakova, n.sokolova};
    auto created = ArticleStore(n.db).create(article);
    if (!created)
        return false;
    n.articleId = created->id;
    return true;
}

} // namespace

class TestAuthorsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheBylineWithProfiles();
    void reorderIsUndoableAndSaved();
    void addThroughThePicker();
    void readOnlyForAPhotoEditor();
    void profileDialogSavesEveryField();
    void directoryListsAuthorsWithCounts();

private:
    QTemporaryDir m_settingsDir;
};

void TestAuthorsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestAuthorsDock::showsTheBylineWithProfiles()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n));

    MainWindow window(n.db);
    window.resize(1400, 900);
    window.show();
    AuthorsDock *dock = window.authorsDock();
    QVERIFY(dock);
    QCOMPARE(dock->objectName(), QStringLiteral("authorsDock"));
    QVERIFY(!dock->isEditable()); // nothing open yet
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    QSignalSpy loaded(dock, &AuthorsDock::profilesLoaded);
    window.openArticle(n.articleId);
    QVERIFY(opened.wait(10000));
    QVERIFY(loaded.wait(10000));

    QCOMPARE(listedIds(dock), (QList<qint64>{n.kolmakova.id, n.sokolova.id}));
    QVERIFY(dock->isEditable());
    QVERIFY(dock->noticeLabel()->isHidden());
    // The first author's profile: name in the newsroom's order, bio in the
    // article's language.
    QCOMPARE(dock->list()->currentRow(), 0);
    QCOMPARE(dock->nameLabel()->text(), QStringLiteral("Колмакова Виктория"));
    QCOMPARE(dock->bioLabel()->text(), n.kolmakova.bioRu);
    QVERIFY(dock->list()->item(0)->text().contains(QStringLiteral("Редактор региональных новостей")));
    window.document()->setField(ArticleDocument::Field::Language, QStringLiteral("kk"));
    QCOMPARE(dock->bioLabel()->text(), n.kolmakova.bioKk);
    window.document()->setField(ArticleDocument::Field::Language, QStringLiteral("en"));
    QVERIFY(dock->bioLabel()->text() != n.kolmakova.bioRu); // none in English: said so
    dock->list()->setCurrentRow(1);
    QCOMPARE(dock->nameLabel()->text(), QStringLiteral("Соколова Марина"));
}

void TestAuthorsDock::reorderIsUndoableAndSaved()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n));

    MainWindow window(n.db);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(n.articleId);
    QVERIFY(opened.wait(10000));
    AuthorsDock *dock = window.authorsDock();
    ArticleDocument *document = window.document();
    QVERIFY(document);
    const QList<qint64> stored = {n.kolmakova.id, n.sokolova.id};
    const QList<qint64> swapped = {n.sokolova.id, n.kolmakova.id};
    QCOMPARE(listedIds(dock), stored);

    // The first author cannot go up, the last cannot go down.
    dock->list()->setCurrentRow(0);
    QVERIFY(!dock->upButton()->isEnabled());
    QVERIFY(dock->downButton()->isEnabled());
    dock->list()->setCurrentRow(1);
    QVERIFY(dock->upButton()->isEnabled());
    QVERIFY(!dock->downButton()->isEnabled());

    const int undoSteps = document->undoStack()->count();
    QTest::mouseClick(dock->upButton(), Qt::LeftButton);
    QCOMPARE(idsOf(document->authors()), swapped);
    QCOMPARE(listedIds(dock), swapped);
    QCOMPARE(dock->list()->currentRow(), 0); // the moved author stays selected
    QCOMPARE(document->undoStack()->count(), undoSteps + 1);

    document->undoStack()->undo();
    QCOMPARE(idsOf(document->authors()), stored);
    QCOMPARE(listedIds(dock), stored);
    document->undoStack()->redo();
    QCOMPARE(idsOf(document->authors()), swapped);

    // The autosaver stores the new order.
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(ArticleStore(n.db).load(n.articleId)->authors), swapped, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.autosaver()->state() == Autosaver::State::Saved, 10000);

    // Moving down and removing work the same way.
    dock->list()->setCurrentRow(0);
    QTest::mouseClick(dock->downButton(), Qt::LeftButton);
    QCOMPARE(idsOf(document->authors()), stored);
    dock->list()->setCurrentRow(1);
    QTest::mouseClick(dock->removeButton(), Qt::LeftButton);
    QCOMPARE(idsOf(document->authors()), QList<qint64>{n.kolmakova.id});
    document->undoStack()->undo();
    QCOMPARE(idsOf(document->authors()), stored);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(ArticleStore(n.db).load(n.articleId)->authors), stored, 10000);
}

void TestAuthorsDock::addThroughThePicker()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n));

    MainWindow window(n.db);
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(n.articleId);
    QVERIFY(opened.wait(10000));
    AuthorsDock *dock = window.authorsDock();

    QTest::mouseClick(dock->addButton(), Qt::LeftButton);
    AuthorPickerDialog *picker = dock->picker();
    QVERIFY(picker);
    QVERIFY(picker->isVisible());
    // Only the author not yet in the byline is offered.
    QTRY_COMPARE_WITH_TIMEOUT(picker->list()->count(), 1, 10000);
    QCOMPARE(picker->results().first().id, n.ermekov.id);

    // The search goes to the store: nobody matches, then Ермеков by position.
    QSignalSpy shown(picker, &AuthorPickerDialog::resultsShown);
    picker->searchEdit()->insert(QStringLiteral("Караганда"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(picker->list()->count(), 0);
    picker->searchEdit()->setText(QStringLiteral("фотокорр"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(picker->list()->count(), 1);
    picker->list()->setCurrentRow(0);
    QTest::mouseClick(picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const QList<qint64> three = {n.kolmakova.id, n.sokolova.id, n.ermekov.id};
    QCOMPARE(idsOf(window.document()->authors()), three);
    QCOMPARE(listedIds(dock), three);
    QCOMPARE(dock->list()->currentRow(), 2); // the new author, with their profile
    QCOMPARE(dock->nameLabel()->text(), QStringLiteral("Ермеков Нурлан"));
    QTRY_VERIFY(!dock->picker());
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(ArticleStore(n.db).load(n.articleId)->authors), three, 10000);

    window.document()->undoStack()->undo();
    QCOMPARE(idsOf(window.document()->authors()), (QList<qint64>{n.kolmakova.id, n.sokolova.id}));
}

void TestAuthorsDock::readOnlyForAPhotoEditor()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n)); // written while the newsroom is a single desk

    UserStore first(n.db);
    first.setPasswordIterations(1000);
    User admin;
    admin.login = QStringLiteral("admin");
    admin.roles = {Role::Administrator};
    auto created = first.add(admin, QStringLiteral("qalam-sample"));
    QVERIFY2(created, qPrintable(created.error().message));
    UserStore users(n.db, Actor::fromUser(*created));
    users.setPasswordIterations(1000);
    User kim;
    kim.login = QStringLiteral("kim");
    kim.displayName = QStringLiteral("Ким Алина");
    kim.roles = {Role::PhotoEditor};
    auto photoEditor = users.add(kim, QStringLiteral("qalam-sample"));
    QVERIFY2(photoEditor, qPrintable(photoEditor.error().message));
    User omarov;
    omarov.login = QStringLiteral("omarov");
    omarov.displayName = QStringLiteral("Омаров Серик");
    omarov.roles = {Role::ChiefEditor};
    auto chief = users.add(omarov, QStringLiteral("qalam-sample"));
    QVERIFY2(chief, qPrintable(chief.error().message));

    {
        MainWindow window(n.db, Actor::fromUser(*photoEditor));
        window.show();
        QSignalSpy opened(&window, &MainWindow::articleOpened);
        window.openArticle(n.articleId);
        QVERIFY(opened.wait(10000));
        AuthorsDock *dock = window.authorsDock();
        QCOMPARE(dock->list()->count(), 2); // the byline is still shown
        QVERIFY(!dock->isEditable());
        for (QToolButton *b : {dock->addButton(), dock->removeButton(), dock->upButton(), dock->downButton()})
            QVERIFY(!b->isEnabled());
        QVERIFY(dock->noticeLabel()->isVisible());
        QVERIFY(!dock->noticeLabel()->text().isEmpty());
        // The core's reason, on hover.
        ArticleFacts facts;
        facts.region = QStringLiteral("Алматы");
        const auto stored = ArticleStore(n.db, &Clock::system(), Actor::fromUser(*chief)).load(n.articleId);
        QVERIFY(stored);
        facts.createdBy = stored->createdBy;
        facts.authorIds = {n.kolmakova.id, n.sokolova.id};
        const auto refused = Permissions::check(Actor::fromUser(*photoEditor), Action::EditByline, &facts);
        QVERIFY(!refused);
        QCOMPARE(dock->noticeLabel()->toolTip(), refused.error().message);
        // Even called directly, nothing changes.
        dock->list()->setCurrentRow(1);
        dock->moveSelected(-1);
        dock->removeSelected();
        QCOMPARE(idsOf(window.document()->authors()), (QList<qint64>{n.kolmakova.id, n.sokolova.id}));
        QCOMPARE(window.document()->undoStack()->count(), 0);
        // Profiles can be looked at, not edited.
        QCOMPARE(dock->editProfileButton()->isEnabled(), true);
    }
    {
        MainWindow window(n.db, Actor::fromUser(*chief));
        window.show();
        QSignalSpy opened(&window, &MainWindow::articleOpened);
        window.openArticle(n.articleId);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(window.authorsDock()->isEditable());
        QVERIFY(window.authorsDock()->addButton()->isEnabled());
        QVERIFY(window.authorsDock()->noticeLabel()->isHidden());
    }
}

void TestAuthorsDock::profileDialogSavesEveryField()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n));

    AuthorProfileDialog dialog(n.db, Actor::local(), n.sokolova.id);
    QSignalSpy loaded(&dialog, &AuthorProfileDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!dialog.isReadOnly());
    QCOMPARE(dialog.familyNameEdit()->text(), QStringLiteral("Соколова"));
    QCOMPARE(dialog.givenNameEdit()->text(), QStringLiteral("Марина"));

    // A portrait from a file becomes a small square PNG.
    QImage portrait(640, 480, QImage::Format_RGB32);
    portrait.fill(QColor(0x0f, 0x5e, 0x63));
    const QString portraitPath = QDir(file.dir()).filePath(QStringLiteral("портрет.jpg"));
    QVERIFY(portrait.save(portraitPath, "JPEG"));
    QSignalSpy avatar(&dialog, &AuthorProfileDialog::avatarLoaded);
    dialog.loadAvatar(portraitPath);
    QVERIFY(avatar.wait(10000));
    QCOMPARE(avatar.first().first().toBool(), true);
    // A file that is no picture: said inline, the picture stays.
    const QString notes = QDir(file.dir()).filePath(QStringLiteral("notes.png"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("не картинка");
    text.close();
    dialog.loadAvatar(notes);
    QVERIFY(avatar.wait(10000));
    QCOMPARE(avatar.last().first().toBool(), false);
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("notes.png")));

    dialog.positionEdit()->setText(QStringLiteral("Шеф-редактор"));
    dialog.regionBox()->setCurrentText(QStringLiteral("Караганда"));
    dialog.deskEdit()->setText(QStringLiteral("Новости регионов"));
    dialog.bioEdit(QStringLiteral("ru"))->setPlainText(QStringLiteral("Пишет о регионах."));
    dialog.bioEdit(QStringLiteral("kk"))->setPlainText(QStringLiteral("Өңірлер туралы жазады."));
    dialog.bioEdit(QStringLiteral("en"))->setPlainText(QStringLiteral("Writes about the regions."));
    dialog.emailEdit()->setText(QStringLiteral("sokolova@newsroom.kz"));
    dialog.phoneEdit()->setText(QStringLiteral("+7 701 000 00 00"));
    dialog.linksEdit()->setPlainText(
        QStringLiteral("https://t.me/sokolova\n\nhttps://instagram.com/sokolova"));
    dialog.leftBox()->setChecked(true);
    QSignalSpy saved(&dialog, &AuthorProfileDialog::saveFinished);
    dialog.accept();
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto stored = AuthorStore(n.db).author(n.sokolova.id);
    QVERIFY(stored);
    QCOMPARE(stored->position, QStringLiteral("Шеф-редактор"));
    QCOMPARE(stored->region, QStringLiteral("Караганда"));
    QCOMPARE(stored->desk, QStringLiteral("Новости регионов"));
    QCOMPARE(stored->bioRu, QStringLiteral("Пишет о регионах."));
    QCOMPARE(stored->bioKk, QStringLiteral("Өңірлер туралы жазады."));
    QCOMPARE(stored->bioEn, QStringLiteral("Writes about the regions."));
    QCOMPARE(stored->email, QStringLiteral("sokolova@newsroom.kz"));
    QCOMPARE(stored->phone, QStringLiteral("+7 701 000 00 00"));
    QCOMPARE(stored->links, (QStringList{QStringLiteral("https://t.me/sokolova"),
                                         QStringLiteral("https://instagram.com/sokolova")}));
    QVERIFY(!stored->active);
    QImage storedAvatar;
    QVERIFY(storedAvatar.loadFromData(stored->avatarPng, "PNG"));
    QCOMPARE(storedAvatar.width(), storedAvatar.height());
    QVERIFY(storedAvatar.width() <= AuthorProfileDialog::AvatarEdge);

    // A new profile with a name that is taken: the core's message, inline.
    AuthorProfileDialog duplicate(n.db, Actor::local());
    QSignalSpy duplicateLoaded(&duplicate, &AuthorProfileDialog::loaded);
    QVERIFY(duplicateLoaded.wait(10000));
    duplicate.familyNameEdit()->setText(QStringLiteral("Колмакова"));
    duplicate.givenNameEdit()->setText(QStringLiteral("Виктория"));
    QSignalSpy duplicateSaved(&duplicate, &AuthorProfileDialog::saveFinished);
    duplicate.accept();
    QVERIFY(duplicateSaved.wait(10000));
    QCOMPARE(duplicateSaved.first().first().toBool(), false);
    QVERIFY(duplicate.errorLabel()->isVisibleTo(&duplicate));
    QVERIFY(!duplicate.errorLabel()->text().isEmpty());
    QCOMPARE(AuthorStore(n.db).list()->size(), 3);

    // A regional editor sees someone else's profile read-only.
    Actor writer;
    writer.login = QStringLiteral("ermekov");
    writer.roles = {Role::RegionalEditor};
    writer.authorId = n.ermekov.id;
    AuthorProfileDialog other(n.db, writer, n.kolmakova.id);
    QSignalSpy otherLoaded(&other, &AuthorProfileDialog::loaded);
    QVERIFY(otherLoaded.wait(10000));
    QVERIFY(other.isReadOnly());
    QVERIFY(other.familyNameEdit()->isReadOnly());
    AuthorProfileDialog own(n.db, writer, n.ermekov.id);
    QSignalSpy ownLoaded(&own, &AuthorProfileDialog::loaded);
    QVERIFY(ownLoaded.wait(10000));
    QVERIFY(!own.isReadOnly());
}

void TestAuthorsDock::directoryListsAuthorsWithCounts()
{
    Test::TestDatabase file;
    Newsroom n{file.open(), {}, {}, {}, {}};
    QVERIFY(n.db);
    QVERIFY(fill(n));

    AuthorDirectory directory(n.db, Actor::local());
    QSignalSpy reloaded(&directory, &AuthorDirectory::reloaded);
    directory.show();
    QVERIFY(reloaded.wait(10000));
    QAbstractItemModel *model = directory.view()->model();
    QCOMPARE(model->rowCount(), 3);
    auto rowOf = [&](qint64 id) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (directory.authorIdAt(r) == id)
                return r;
        return -1;
    };
    const auto stats = AuthorStore(n.db).stats(n.kolmakova.id);
    QVERIFY(stats);
    const int row = rowOf(n.kolmakova.id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AuthorDirectory::NameColumn).data().toString(),
             QStringLiteral("Колмакова Виктория"));
    QCOMPARE(model->index(row, AuthorDirectory::DraftedColumn).data().toString(),
             QLocale().toString(stats->drafted));
    QCOMPARE(stats->drafted, 1);
    QCOMPARE(model->index(row, AuthorDirectory::PositionColumn).data().toString(),
             QStringLiteral("Редактор региональных новостей"));
    // Sorted by family name: Ермеков, Колмакова, Соколова.
    QCOMPARE(directory.authorIdAt(0), n.ermekov.id);
    QCOMPARE(directory.authorIdAt(2), n.sokolova.id);

    // The search goes to the store.
    directory.searchEdit()->setText(QStringLiteral("Астана"));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(directory.authorIdAt(0), n.sokolova.id);

    // Double-click opens the profile.
    directory.openProfile(0);
    auto *profile = directory.findChild<AuthorProfileDialog *>();
    QVERIFY(profile);
    QSignalSpy loaded(profile, &AuthorProfileDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(profile->familyNameEdit()->text(), QStringLiteral("Соколова"));
}

QTEST_MAIN(TestAuthorsDock)
#include "tst_authorsdock.moc"
