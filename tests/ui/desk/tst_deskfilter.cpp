// The desk and the editing lock in the real window, offscreen, with a
// newsroom of accounts: "Awaiting me" lists what waits for the signed-in
// person (a chief editor: in review and overdue approvals; a regional editor:
// their own returned articles); an article someone is editing opens
// read-only for the others with the lock notice; a chief editor takes it
// over, and the first editor's window notices and turns read-only.

#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/workflow/workflow.h"
#include "tests/support/manualclock.h"
#include "tests/support/testdatabase.h"
#include "ui/desk/deskpanel.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/paragraphedit.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/review/lockkeeper.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qalam;

namespace {

Actor addUser(const std::shared_ptr<Database> &db, const Actor &by, const QString &login, const QString &name,
              QList<Role> roles, QStringList regions = {})
{
    UserStore users(db, by);
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = name;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    auto added = users.add(u, QStringLiteral("qalam-sample"));
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    return Actor::fromUser(*added);
}

QSet<QString> listedIds(const MainWindow &window)
{
    QSet<QString> ids;
    for (int row = 0; row < window.listModel()->rowCount(); ++row)
        ids.insert(window.listModel()->idAt(row));
    return ids;
}

} // namespace

class TestDeskFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void awaitingMyAction();
    void lockedArticleOpensReadOnly();
    void awaitsTable_data();
    void awaitsTable();

private:
    QString create(const Actor &by, const QString &headline);
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_file;
    std::shared_ptr<Database> m_db;
    Actor m_admin, m_sokolova, m_ermekov, m_chief;
};

void TestDeskFilter::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestDeskFilter::init()
{
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_admin = addUser(m_db, Actor::local(), QStringLiteral("admin"), QStringLiteral("Администратор"),
                      {Role::Administrator});
    m_sokolova = addUser(m_db, m_admin, QStringLiteral("sokolova"), QStringLiteral("Соколова Марина"),
                         {Role::RegionalEditor}, {QStringLiteral("Алматы")});
    m_ermekov = addUser(m_db, m_admin, QStringLiteral("ermekov"), QStringLiteral("Ермеков Даурен"),
                        {Role::RegionalEditor}, {QStringLiteral("Алматы")});
    m_chief =
        addUser(m_db, m_admin, QStringLiteral("omarov"), QStringLiteral("Омаров Ерлан"), {Role::ChiefEditor});
}

QString TestDeskFilter::create(const Actor &by, const QString &headline)
{
    Article a;
    a.headline = headline;
    a.bodyHtml = QStringLiteral("<p>Текст заметки про %1.</p>").arg(headline);
    a.region = QStringLiteral("Алматы");
    auto created = ArticleStore(m_db, &Clock::system(), by).create(a);
    if (!created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return created->id;
}

void TestDeskFilter::awaitingMyAction()
{
    const QString inReview = create(m_sokolova, QStringLiteral("На проверке"));
    const QString returnedToSokolova = create(m_sokolova, QStringLiteral("Возвращена Соколовой"));
    const QString returnedToErmekov = create(m_ermekov, QStringLiteral("Возвращена Ермекову"));
    const QString draft = create(m_sokolova, QStringLiteral("Черновик"));
    const QString overdue = create(m_ermekov, QStringLiteral("Одобрена, время вышло"));
    const QString scheduled = create(m_ermekov, QStringLiteral("Одобрена на будущее"));

    Workflow sokolova(m_db, m_sokolova), ermekov(m_db, m_ermekov), chief(m_db, m_chief);
    QVERIFY(sokolova.submit(inReview));
    QVERIFY(sokolova.submit(returnedToSokolova));
    QVERIFY(chief.returnToWriter(returnedToSokolova, QStringLiteral("Нужен комментарий акимата.")));
    QVERIFY(ermekov.submit(returnedToErmekov));
    QVERIFY(chief.returnToWriter(returnedToErmekov, QStringLiteral("Проверьте цифры.")));
    QVERIFY(ermekov.submit(scheduled));
    QVERIFY(chief.approve(scheduled, {}, QDateTime::currentDateTimeUtc().addDays(30)));
    // Approved for a time that has passed since: a chief editor must act.
    Test::ManualClock past(QDateTime::currentDateTimeUtc().addDays(-2));
    Workflow chiefInThePast(m_db, m_chief, &past);
    QVERIFY(ermekov.submit(overdue));
    QVERIFY(chiefInThePast.approve(overdue, {}, QDateTime::currentDateTimeUtc().addDays(-1)));

    {
        MainWindow window(m_db, m_chief);
        QAbstractItemModelTester tester(window.listModel());
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.listModel()->rowCount(), 6, 10000);
        QToolButton *awaiting = window.desk()->awaitingButton();
        QVERIFY(awaiting->isVisible());
        awaiting->click();
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(window), (QSet<QString>{inReview, overdue}), 10000);
        awaiting->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.listModel()->rowCount(), 6, 10000);
    }
    {
        MainWindow window(m_db, m_sokolova);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.listModel()->rowCount(), 6, 10000);
        window.desk()->awaitingButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(window), QSet<QString>{returnedToSokolova}, 10000);
        // "Mine" on top of it changes nothing; alone it lists her three.
        window.desk()->awaitingButton()->click();
        window.desk()->mineButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(window), (QSet<QString>{inReview, returnedToSokolova, draft}),
                                  10000);
    }
    {
        // An administrator without an editorial role has nothing waiting.
        MainWindow window(m_db, m_admin);
        QVERIFY(!window.desk()->awaitingButton()->isVisibleTo(&window));
    }
}

void TestDeskFilter::lockedArticleOpensReadOnly()
{
    const QString id = create(m_sokolova, QStringLiteral("Аким открыл мост"));

    MainWindow first(m_db, m_sokolova);
    first.show();
    QSignalSpy firstOpened(&first, &MainWindow::articleOpened);
    first.openArticle(id);
    QVERIFY(firstOpened.wait(10000));
    QVERIFY(!first.isArticleReadOnly());
    auto lock = Workflow(m_db, m_chief).lockOf(id);
    QVERIFY(lock && lock->has_value());
    QCOMPARE((*lock)->holder, QStringLiteral("sokolova"));
    const QString notice = (*lock)->notice();

    // Another regional editor of the region: read-only, the notice over the text, no Take over.
    {
        MainWindow second(m_db, m_ermekov);
        second.show();
        QSignalSpy opened(&second, &MainWindow::articleOpened);
        second.openArticle(id);
        QVERIFY(opened.wait(10000));
        QVERIFY(second.isArticleReadOnly());
        QCOMPARE(second.editor()->readOnlyReason(), notice);
        QVERIFY(second.editor()->headlineEdit()->isReadOnly());
        auto *takeOver = second.editor()->findChild<QPushButton *>(QStringLiteral("takeOverButton"));
        QVERIFY(takeOver);
        QVERIFY(!takeOver->isVisible());
        // The desk shows who is editing it.
        QTRY_COMPARE_WITH_TIMEOUT(second.desk()->summaries().value(id).lockedBy,
                                  QStringLiteral("Соколова Марина"), 10000);
    }
    // Closing a read-only window leaves the lock with its holder.
    QCOMPARE((*Workflow(m_db, m_chief).lockOf(id))->holder, QStringLiteral("sokolova"));

    // The chief editor takes it over from the banner.
    MainWindow chief(m_db, m_chief);
    chief.show();
    QSignalSpy opened(&chief, &MainWindow::articleOpened);
    chief.openArticle(id);
    QVERIFY(opened.wait(10000));
    QVERIFY(chief.isArticleReadOnly());
    QCOMPARE(chief.editor()->readOnlyReason(), notice);
    auto *takeOver = chief.editor()->findChild<QPushButton *>(QStringLiteral("takeOverButton"));
    QVERIFY(takeOver && takeOver->isVisible());
    QTest::mouseClick(takeOver, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!chief.isArticleReadOnly(), 10000);
    QVERIFY(!chief.editor()->headlineEdit()->isReadOnly());
    QCOMPARE((*Workflow(m_db, m_chief).lockOf(id))->holder, QStringLiteral("omarov"));
    auto log = Workflow(m_db, m_chief).log(id);
    QVERIFY(log);
    QCOMPARE(log->last().action, QStringLiteral("lock-takeover"));
    QCOMPARE(log->last().who, QStringLiteral("omarov"));

    // The first window still believes it edits: its save is refused, the text
    // stays, and the reason is shown.
    first.editor()->headlineEdit()->setPlainText(QStringLiteral("Аким открыл новый мост"));
    QTRY_VERIFY_WITH_TIMEOUT(first.autosaver()->state() == Autosaver::State::Conflict, 10000);
    QCOMPARE(first.document()->field(ArticleDocument::Field::Headline),
             QStringLiteral("Аким открыл новый мост"));
    QCOMPARE(ArticleStore(m_db, &Clock::system(), m_chief).load(id)->headline,
             QStringLiteral("Аким открыл мост"));
    // Its next renewal finds the lock gone: read-only with the new holder's notice.
    first.lockKeeper()->setRenewInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(first.isArticleReadOnly(), 10000);
    QVERIFY(first.editor()->readOnlyReason().contains(QStringLiteral("Омаров")));
    QCOMPARE(first.lockKeeper()->state(), LockKeeper::State::Waiting);
}

void TestDeskFilter::awaitsTable_data()
{
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<int>("photos");
    QTest::addColumn<int>("publishInHours");
    QTest::addColumn<bool>("awaits");

    QTest::newRow("chief: in review") << "chief-editor"
                                      << "in_review"
                                      << "sokolova" << 0 << 0 << true;
    QTest::newRow("chief: approved, overdue") << "chief-editor"
                                              << "approved"
                                              << "sokolova" << 0 << -1 << true;
    QTest::newRow("chief: approved, scheduled") << "chief-editor"
                                                << "approved"
                                                << "sokolova" << 0 << 5 << false;
    QTest::newRow("chief: approved, at once") << "chief-editor"
                                              << "approved"
                                              << "sokolova" << 0 << 0 << false;
    QTest::newRow("chief: returned") << "chief-editor"
                                     << "returned"
                                     << "sokolova" << 0 << 0 << false;
    QTest::newRow("writer: own returned") << "regional-editor"
                                          << "returned"
                                          << "me" << 0 << 0 << true;
    QTest::newRow("writer: other's returned") << "regional-editor"
                                              << "returned"
                                              << "ermekov" << 0 << 0 << false;
    QTest::newRow("writer: own in review") << "regional-editor"
                                           << "in_review"
                                           << "me" << 0 << 0 << false;
    QTest::newRow("photo: in review with photos") << "photo-editor"
                                                  << "in_review"
                                                  << "sokolova" << 2 << 0 << true;
    QTest::newRow("photo: in review, no photos") << "photo-editor"
                                                 << "in_review"
                                                 << "sokolova" << 0 << 0 << false;
    QTest::newRow("photo: approved with photos") << "photo-editor"
                                                 << "approved"
                                                 << "sokolova" << 1 << 5 << true;
    QTest::newRow("photo: published") << "photo-editor"
                                      << "published"
                                      << "sokolova" << 1 << 0 << false;
    QTest::newRow("admin: in review") << "administrator"
                                      << "in_review"
                                      << "sokolova" << 1 << 0 << false;
}

void TestDeskFilter::awaitsTable()
{
    QFETCH(QString, roles);
    QFETCH(QString, status);
    QFETCH(QString, createdBy);
    QFETCH(int, photos);
    QFETCH(int, publishInHours);
    QFETCH(bool, awaits);
    Actor actor;
    actor.login = QStringLiteral("me");
    actor.roles = {*roleFromKey(roles)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ArticleSummary article;
    article.status = *statusFromKey(status);
    article.createdBy = createdBy;
    article.photos = photos;
    if (publishInHours != 0)
        article.publishAt = now.addSecs(3600 * publishInHours);
    QCOMPARE(DeskPanel::awaits(actor, article, now), awaits);
}

QTEST_MAIN(TestDeskFilter)
#include "tst_deskfilter.moc"
