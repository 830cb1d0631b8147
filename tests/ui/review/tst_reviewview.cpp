// The review view and the workflow in the window, offscreen, on a real
// newsroom database with accounts: a regional editor writes and submits, the
// chief editor sees the checks, returns the article with a comment (an empty
// comment is refused and changes nothing), the writer fixes and resubmits,
// the chief editor sees the changed words and approves. Every step is checked
// through the core: status, audit log, comment thread, notifications.

#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/workflow/workflow.h"
#include "tests/support/testdatabase.h"
#include "ui/editor/articleeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/notificationsdock.h"
#include "ui/review/reviewqueuedock.h"
#include "ui/review/reviewview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qalam;

namespace {

struct Newsroom
{
    std::shared_ptr<Database> db;
    Actor admin, writer, chief;
};

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

Newsroom makeNewsroom(Test::TestDatabase &file)
{
    Newsroom n;
    n.db = file.open();
    if (!n.db)
        return n;
    // The first account of a newsroom is its administrator; it adds the rest.
    n.admin = addUser(n.db, Actor::local(), QStringLiteral("admin"), QStringLiteral("Администратор"),
                      {Role::Administrator});
    n.writer = addUser(n.db, n.admin, QStringLiteral("sokolova"), QStringLiteral("Соколова Марина"),
                       {Role::RegionalEditor}, {QStringLiteral("Алматы")});
    n.chief =
        addUser(n.db, n.admin, QStringLiteral("omarov"), QStringLiteral("Омаров Ерлан"), {Role::ChiefEditor});
    return n;
}

ArticleStatus statusOf(const Newsroom &n, const QString &id)
{
    auto article = ArticleStore(n.db, &Clock::system(), n.chief).load(id);
    return article ? article->status : ArticleStatus::Draft;
}

QStringList actionsOf(const Newsroom &n, const QString &id)
{
    QStringList actions;
    if (auto log = Workflow(n.db, n.chief).log(id))
        for (const AuditEntry &e : *log)
            actions.append(e.action);
    return actions;
}

} // namespace

class TestReviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void returnResubmitApprove();
    void editorActionsAndNotifications();

private:
    QTemporaryDir m_settingsDir;
};

void TestReviewView::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestReviewView::returnResubmitApprove()
{
    Test::TestDatabase file;
    const Newsroom n = makeNewsroom(file);
    QVERIFY(n.db);

    ArticleStore writerStore(n.db, &Clock::system(), n.writer);
    Article draft;
    draft.headline = QStringLiteral("Аким Алматы открыл новую школу");
    draft.lead = QStringLiteral("Школа на 600 мест открылась в Наурызбайском районе. Подробности TK.");
    draft.bodyHtml = QStringLiteral("<p>«Это лучшая школа города», – сказал аким Алматы Ерболат Досаев.</p>"
                                    "<p>В школе 600 мест и два спортзала.</p>");
    draft.region = QStringLiteral("Алматы");
    auto created = writerStore.create(draft);
    QVERIFY2(created, qPrintable(created.error().message));
    const QString id = created->id;
    auto submitted = Workflow(n.db, n.writer).submit(id);
    QVERIFY2(submitted, qPrintable(submitted.error().message));

    // The chief editor opens the review.
    {
        ReviewView view(n.db, n.chief, id);
        QSignalSpy loaded(&view, &ReviewView::loaded);
        view.show();
        QVERIFY(loaded.wait(10000));
        auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *returnButton = view.findChild<QPushButton *>(QStringLiteral("returnButton"));
        auto *comment = view.findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
        QVERIFY(approve && returnButton && comment);
        QVERIFY(approve->isEnabled());
        QVERIFY(returnButton->isEnabled());
        // The checklist has the placeholder left in the lead.
        const QStringList checks = view.checklist();
        QVERIFY2(std::any_of(checks.cbegin(), checks.cend(),
                             [](const QString &c) { return c.contains(QLatin1String("TK")); }),
                 qPrintable(checks.join(u'\n')));
        // Never approved: everything counts as new against the first version.
        QVERIFY(view.diffHtml().contains(QStringLiteral("Школа на 600 мест")));

        // Returning without a comment is refused, and nothing changes.
        const QStringList before = actionsOf(n, id);
        QSignalSpy failed(&view, &ReviewView::actionFailed);
        QSignalSpy changed(&view, &ReviewView::articleChanged);
        QTest::mouseClick(returnButton, Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!view.message().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(statusOf(n, id), ArticleStatus::InReview);
        QCOMPARE(actionsOf(n, id), before);

        // With a comment the article goes back to the writer.
        const QString note = QStringLiteral("Уточните число мест: в пресс-релизе 620. И уберите TK.");
        comment->setPlainText(note);
        QTest::mouseClick(returnButton, Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(statusOf(n, id), ArticleStatus::Returned);
        auto log = Workflow(n.db, n.chief).log(id);
        QVERIFY(log);
        const auto returned = std::find_if(log->crbegin(), log->crend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("return");
        });
        QVERIFY(returned != log->crend());
        QCOMPARE(returned->comment, note);
        QCOMPARE(returned->who, QStringLiteral("omarov"));
        auto thread = Workflow(n.db, n.writer).comments(id);
        QVERIFY(thread);
        QVERIFY(
            std::any_of(thread->cbegin(), thread->cend(), [&](const Comment &c) { return c.text == note; }));
        // The view shows the thread with the comment once it has reloaded.
        QTRY_VERIFY_WITH_TIMEOUT(view.thread().contains(note), 10000);
        // Returned: neither approve nor return now.
        QTRY_VERIFY(!approve->isEnabled());
        QVERIFY(!returnButton->isEnabled());
    }

    // The writer fixes the text and resubmits.
    auto current = writerStore.load(id);
    QVERIFY(current);
    Article fixed = *current;
    fixed.lead = QStringLiteral("Школа на 620 мест открылась в Наурызбайском районе.");
    fixed.bodyHtml = QStringLiteral("<p>«Это лучшая школа города», – сказал аким Алматы Ерболат Досаев.</p>"
                                    "<p>В школе 620 мест и два спортзала.</p>");
    auto saved = writerStore.save(fixed, ArticleStore::SaveKind::Revision);
    QVERIFY2(saved, qPrintable(saved.error().message));
    auto resubmitted = Workflow(n.db, n.writer).submit(id);
    QVERIFY2(resubmitted, qPrintable(resubmitted.error().message));

    const QDateTime tomorrowAtTen(QDate::currentDate().addDays(1), QTime(10, 0));
    {
        ReviewView view(n.db, n.chief, id);
        QSignalSpy loaded(&view, &ReviewView::loaded);
        view.show();
        QVERIFY(loaded.wait(10000));
        // The changed words, removed and added.
        QVERIFY2(view.diffHtml().contains(QStringLiteral("<del>600</del><ins>620</ins>")),
                 qPrintable(view.diffHtml()));
        QVERIFY(view.diffHtml().contains(QStringLiteral("<del> Подробности TK.</del>")) ||
                view.diffHtml().contains(QStringLiteral("Подробности")));
        QVERIFY(!view.checklist().join(u'\n').contains(QLatin1String("TK")));
        // Against the previous submission, only what the writer changed since.
        auto *compare = view.findChild<QComboBox *>(QStringLiteral("compareCombo"));
        QVERIFY(compare);
        QCOMPARE(compare->count(), 2);
        QVERIFY(
            view.thread().contains(QStringLiteral("Уточните число мест: в пресс-релизе 620. И уберите TK.")));

        auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve->isEnabled());
        // For looking at the layout: QALAM_TEST_SCREENSHOTS=DIR saves a picture.
        if (const QString dir = qEnvironmentVariable("QALAM_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QCoreApplication::sendPostedEvents(); // pending layout requests
            QVERIFY(view.grab().save(dir + QStringLiteral("/reviewview.png")));
        }
        // Approved for publication tomorrow at ten.
        auto *schedule = view.findChild<QCheckBox *>(QStringLiteral("scheduleCheck"));
        auto *publishAt = view.findChild<QDateTimeEdit *>(QStringLiteral("publishAtEdit"));
        QVERIFY(schedule && publishAt);
        QVERIFY(!publishAt->isEnabled());
        schedule->setChecked(true);
        QVERIFY(publishAt->isEnabled());
        publishAt->setDateTime(tomorrowAtTen);
        QSignalSpy changed(&view, &ReviewView::articleChanged);
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().value<Article>().status, ArticleStatus::Approved);
    }
    QCOMPARE(ArticleStore(n.db, &Clock::system(), n.chief).load(id)->publishAt, tomorrowAtTen.toUTC());
    QCOMPARE(statusOf(n, id), ArticleStatus::Approved);
    auto log = Workflow(n.db, n.chief).log(id);
    QVERIFY(log);
    QCOMPARE(log->last().action, QStringLiteral("approve"));
    QCOMPARE(log->last().who, QStringLiteral("omarov"));
    QCOMPARE(log->last().from, std::optional<ArticleStatus>(ArticleStatus::InReview));
    QCOMPARE(log->last().to, std::optional<ArticleStatus>(ArticleStatus::Approved));
    auto approvedRevision = Workflow(n.db, n.chief).lastApprovedRevision(id);
    auto submittedRevision = Workflow(n.db, n.chief).lastSubmittedRevision(id);
    QVERIFY(approvedRevision && submittedRevision);
    QCOMPARE(*approvedRevision, *submittedRevision);
}

void TestReviewView::editorActionsAndNotifications()
{
    Test::TestDatabase file;
    const Newsroom n = makeNewsroom(file);
    QVERIFY(n.db);
    Article draft;
    draft.headline = QStringLiteral("В Алматы открыли каток");
    draft.bodyHtml = QStringLiteral("<p>Каток на 300 человек открыли в парке.</p>");
    draft.region = QStringLiteral("Алматы");
    auto created = ArticleStore(n.db, &Clock::system(), n.writer).create(draft);
    QVERIFY(created);
    const QString id = created->id;

    // The writer's window: the status bar names her; Submit is in the menu.
    MainWindow writer(n.db, n.writer);
    writer.resize(1300, 850);
    writer.show();
    auto *userLabel = writer.findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(userLabel);
    QVERIFY(userLabel->text().contains(QStringLiteral("Соколова Марина")));
    QVERIFY(userLabel->text().contains(roleDisplayName(Role::RegionalEditor)));
    QVERIFY(!writer.reviewQueueDock()->toggleViewAction()->isVisible());
    QSignalSpy opened(&writer, &MainWindow::articleOpened);
    writer.openArticle(id);
    QVERIFY(opened.wait(10000));
    QVERIFY(!writer.isArticleReadOnly());
    auto *submit = writer.findChild<QAction *>(QStringLiteral("actionSubmit"));
    auto *withdraw = writer.findChild<QAction *>(QStringLiteral("actionWithdraw"));
    auto *approve = writer.findChild<QAction *>(QStringLiteral("actionApprove"));
    QVERIFY(submit && withdraw && approve);
    QVERIFY(submit->isEnabled());
    QVERIFY(!withdraw->isEnabled());
    QVERIFY(!approve->isEnabled());

    // Submitted: read-only for the writer, with the reason over the text, and
    // the lock given back.
    QSignalSpy finished(&writer, &MainWindow::workflowActionFinished);
    submit->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(statusOf(n, id), ArticleStatus::InReview);
    QVERIFY(writer.isArticleReadOnly());
    QVERIFY(!writer.editor()->readOnlyReason().isEmpty());
    QVERIFY(withdraw->isEnabled());
    QVERIFY(!submit->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!Workflow(n.db, n.chief).lockOf(id)->has_value(), 10000);

    // The chief editor's window: the queue lists it, the bell counts it.
    // (Closed again before the writer goes on: it holds the lock meanwhile.)
    {
        MainWindow chief(n.db, n.chief);
        chief.resize(1300, 850);
        chief.show();
        QTRY_COMPARE_WITH_TIMEOUT(chief.reviewQueueDock()->list()->count(), 1, 10000);
        NotificationsDock *bell = chief.notificationsDock();
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, 10000);
        QCOMPARE(bell->notifications().first().kind, QStringLiteral("submitted"));
        QCOMPARE(bell->bellAction()->iconText(), QStringLiteral("1"));
        // Clicking the notification opens the article and marks it read.
        QSignalSpy chiefOpened(&chief, &MainWindow::articleOpened);
        bell->activate(bell->notifications().first().id);
        QVERIFY(chiefOpened.wait(10000));
        QCOMPARE(chiefOpened.first().first().toString(), id);
        QCOMPARE(bell->unreadCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(Workflow(n.db, n.chief).notifications(true)->isEmpty(), 10000);

        // The queue opens the review view.
        emit chief.reviewQueueDock()->reviewRequested(id);
        QVERIFY(chief.reviewView());
        QCOMPARE(chief.reviewView()->articleId(), id);
        chief.reviewView()->close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!Workflow(n.db, n.chief).lockOf(id)->has_value(), 10000);

    // The writer withdraws: editable again.
    QSignalSpy editable(&writer, &MainWindow::editabilityChanged);
    withdraw->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(statusOf(n, id), ArticleStatus::Withdrawn);
    QTRY_VERIFY_WITH_TIMEOUT(!writer.isArticleReadOnly(), 10000);
    QVERIFY(submit->isEnabled());
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
