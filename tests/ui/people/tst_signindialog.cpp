// Signing in, offscreen: a wrong password is refused inline and the dialog
// stays open; the right one yields the signed-in Actor; the last login is
// remembered for the next start. Also the first-run step that turns a
// single-desk newsroom into one with accounts, and the administrator's
// users dialog.

#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/people/firstadministratordialog.h"
#include "ui/people/peoplemenu.h"
#include "ui/people/signindialog.h"
#include "ui/people/usersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qalam;

namespace {
constexpr int Iterations = 1000; // the tests' work factor
const QString s_password = QStringLiteral("верный-пароль-1");

User makeUser(const QString &login, const QString &name, QList<Role> roles)
{
    User user;
    user.login = login;
    user.displayName = name;
    user.roles = std::move(roles);
    return user;
}

// A newsroom with an administrator and a chief editor.
std::shared_ptr<Database> newsroom(Test::TestDatabase &file, User *admin = nullptr)
{
    auto db = file.open();
    if (!db)
        return nullptr;
    UserStore first(db);
    first.setPasswordIterations(Iterations);
    auto created =
        first.add(makeUser(QStringLiteral("admin"), QStringLiteral("Администратор"), {Role::Administrator}),
                  s_password);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return nullptr;
    }
    UserStore users(db, Actor::fromUser(*created));
    users.setPasswordIterations(Iterations);
    auto chief = users.add(
        makeUser(QStringLiteral("omarov"), QStringLiteral("Омаров Серик"), {Role::ChiefEditor}), s_password);
    if (!chief) {
        qWarning("%s", qPrintable(chief.error().message));
        return nullptr;
    }
    if (admin)
        *admin = *created;
    return db;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wrongPasswordIsShownInline();
    void rightPasswordYieldsTheActor();
    void lastLoginIsRemembered();
    void firstAdministrator();
    void administratorAddsAUser();
    void firstRunFromTheWindow();
    void signOutFromTheWindow();
    void commandLineSignIn();

private:
    QTemporaryDir m_settingsDir;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
}

void TestSignInDialog::init()
{
    QSettings().clear();
}

void TestSignInDialog::wrongPasswordIsShownInline()
{
    Test::TestDatabase file;
    auto db = newsroom(file);
    QVERIFY(db);

    SignInDialog dialog(db);
    dialog.setPasswordIterations(Iterations);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.errorLabel()->isHidden());
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("omarov"));
    dialog.passwordEdit()->insert(QStringLiteral("не-тот-пароль")); // typed
    QVERIFY(okButton(dialog)->isEnabled());

    QSignalSpy checked(&dialog, &SignInDialog::checked);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // The check runs on a worker thread; meanwhile the dialog says it is busy.
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.loginEdit()->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().first().toBool(), false);

    // The core's message, under the fields; the dialog stays open for another try.
    const auto refused = UserStore(db).signIn(QStringLiteral("omarov"), QStringLiteral("не-тот-пароль"));
    QVERIFY(!refused);
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), refused.error().message);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(dialog.loginEdit()->text(), QStringLiteral("omarov"));
    QVERIFY(dialog.loginEdit()->isEnabled());
    // A refused login is not remembered.
    QVERIFY(SignInDialog::lastLogin().isEmpty());
}

void TestSignInDialog::rightPasswordYieldsTheActor()
{
    Test::TestDatabase file;
    auto db = newsroom(file);
    QVERIFY(db);

    SignInDialog dialog(db);
    dialog.show();
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("omarov"));
    dialog.passwordEdit()->insert(QStringLiteral("ошибка"));
    QSignalSpy checked(&dialog, &SignInDialog::checked);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(checked.wait(10000));
    QVERIFY(dialog.isVisible());

    // Second try with the right password.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.passwordEdit()->insert(s_password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().first().toBool(), true);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isHidden());

    const Actor &actor = dialog.actor();
    QCOMPARE(actor.login, QStringLiteral("omarov"));
    QCOMPARE(actor.displayName, QStringLiteral("Омаров Серик"));
    QCOMPARE(actor.roles, QList<Role>{Role::ChiefEditor});
    QVERIFY(!actor.singleDesk);
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // not kept in the widget
}

void TestSignInDialog::lastLoginIsRemembered()
{
    Test::TestDatabase file;
    auto db = newsroom(file);
    QVERIFY(db);
    {
        SignInDialog first(db);
        QVERIFY(first.loginEdit()->text().isEmpty());
        first.show();
        first.loginEdit()->setText(QStringLiteral("admin"));
        first.passwordEdit()->setText(s_password);
        QSignalSpy checked(&first, &SignInDialog::checked);
        first.accept();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().toBool(), true);
    }
    QCOMPARE(SignInDialog::lastLogin(), QStringLiteral("admin"));
    QCOMPARE(QSettings().value(QStringLiteral("signin/lastLogin")).toString(), QStringLiteral("admin"));

    // The next start offers the last login and waits for the password.
    SignInDialog next(db);
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QCOMPARE(next.loginEdit()->text(), QStringLiteral("admin"));
    QVERIFY(next.passwordEdit()->text().isEmpty());
    QCOMPARE(next.focusWidget(), next.passwordEdit());

    // Someone else failing to sign in leaves it as it was.
    next.loginEdit()->setText(QStringLiteral("omarov"));
    next.passwordEdit()->setText(QStringLiteral("неверно!"));
    next.setPasswordIterations(Iterations);
    QSignalSpy checked(&next, &SignInDialog::checked);
    next.accept();
    QVERIFY(checked.wait(10000));
    QCOMPARE(SignInDialog::lastLogin(), QStringLiteral("admin"));
}

void TestSignInDialog::firstAdministrator()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    QCOMPARE(*UserStore(db).hasUsers(), false);

    const Actor desk = Actor::singleDeskAccount(QStringLiteral("editor"));
    FirstAdministratorDialog dialog(db, desk);
    dialog.setPasswordIterations(Iterations);
    dialog.show();
    dialog.loginEdit()->setText(QStringLiteral("omarov"));
    dialog.displayNameEdit()->setText(QStringLiteral("Омаров Серик"));
    dialog.passwordEdit()->setText(s_password);
    dialog.repeatEdit()->setText(s_password + QStringLiteral("x"));

    // Two different passwords: said inline, nothing created.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.repeatEdit()->text().isEmpty());
    QCOMPARE(*UserStore(db).hasUsers(), false);

    // A password the core refuses (too short): its message, inline.
    dialog.passwordEdit()->setText(QStringLiteral("корот"));
    dialog.repeatEdit()->setText(QStringLiteral("корот"));
    QSignalSpy finished(&dialog, &FirstAdministratorDialog::addFinished);
    dialog.accept();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QCOMPARE(*UserStore(db).hasUsers(), false);

    dialog.passwordEdit()->setText(s_password);
    dialog.repeatEdit()->setText(s_password);
    dialog.accept();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*UserStore(db).hasUsers(), true);

    // The administrator (and, as ticked by default, chief editor) signs in.
    UserStore users(db);
    auto admin = users.signIn(QStringLiteral("omarov"), s_password);
    QVERIFY2(admin, qPrintable(admin.error().message));
    QVERIFY(admin->has(Role::Administrator));
    QVERIFY(admin->has(Role::ChiefEditor));
    QCOMPARE(admin->displayName, QStringLiteral("Омаров Серик"));
}

void TestSignInDialog::administratorAddsAUser()
{
    Test::TestDatabase file;
    User admin;
    auto db = newsroom(file, &admin);
    QVERIFY(db);

    UsersDialog dialog(db, Actor::fromUser(admin));
    dialog.setPasswordIterations(Iterations);
    QSignalSpy reloaded(&dialog, &UsersDialog::reloaded);
    dialog.show();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(dialog.table()->rowCount(), 2);

    UserEditDialog add(db, Actor::fromUser(admin), User(), {}, {QStringLiteral("Алматы")});
    add.setPasswordIterations(Iterations);
    add.loginEdit()->setText(QStringLiteral("sokolova"));
    add.displayNameEdit()->setText(QStringLiteral("Соколова Марина"));
    add.roleBox(Role::RegionalEditor)->setChecked(true);
    add.regionList()->item(0)->setCheckState(Qt::Checked);
    add.passwordEdit()->setText(s_password);
    add.repeatEdit()->setText(s_password);
    QSignalSpy saved(&add, &UserEditDialog::saveFinished);
    add.accept();
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(add.errorLabel()->text()));

    auto stored = UserStore(db).user(QStringLiteral("sokolova"));
    QVERIFY(stored);
    QCOMPARE(stored->roles, QList<Role>{Role::RegionalEditor});
    QCOMPARE(stored->regions, QStringList{QStringLiteral("Алматы")});
    QVERIFY(UserStore(db).signIn(QStringLiteral("sokolova"), s_password).ok());

    // Deactivated through the edit dialog: the core then refuses the sign-in.
    UserEditDialog edit(db, Actor::fromUser(admin), *stored, {}, {QStringLiteral("Алматы")});
    QVERIFY(edit.loginEdit()->isReadOnly());
    edit.activeBox()->setChecked(false);
    QSignalSpy editSaved(&edit, &UserEditDialog::saveFinished);
    edit.accept();
    QVERIFY(editSaved.wait(10000));
    QVERIFY2(editSaved.first().first().toBool(), qPrintable(edit.errorLabel()->text()));
    QVERIFY(!UserStore(db).signIn(QStringLiteral("sokolova"), s_password).ok());

    dialog.reload();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(dialog.table()->rowCount(), 3);

    // A chief editor who is not an administrator: the core refuses, inline.
    auto chief = UserStore(db).user(QStringLiteral("omarov"));
    QVERIFY(chief);
    UserEditDialog denied(db, Actor::fromUser(*chief), User(), {}, {});
    denied.setPasswordIterations(Iterations);
    denied.loginEdit()->setText(QStringLiteral("kim"));
    denied.roleBox(Role::PhotoEditor)->setChecked(true);
    denied.passwordEdit()->setText(s_password);
    denied.repeatEdit()->setText(s_password);
    QSignalSpy deniedSaved(&denied, &UserEditDialog::saveFinished);
    denied.accept();
    QVERIFY(deniedSaved.wait(10000));
    QCOMPARE(deniedSaved.first().first().toBool(), false);
    QVERIFY(!denied.errorLabel()->text().isEmpty());
    QVERIFY(!UserStore(db).user(QStringLiteral("kim")).ok());
}

void TestSignInDialog::firstRunFromTheWindow()
{
    Test::TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    Article draft;
    draft.headline = QStringLiteral("Аким Шымкента встретился с жителями");
    auto article = ArticleStore(db).create(draft);
    QVERIFY(article);

    MainWindow window(db); // a single desk: nobody signed in
    window.show();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(article->id);
    QVERIFY(opened.wait(10000));
    PeopleMenu *menu = window.peopleMenu();
    QVERIFY(menu);
    QVERIFY(menu->accountsAction()->isEnabled());
    QVERIFY(!menu->signOutAction()->isVisible());
    QVERIFY(!menu->passwordAction()->isVisible());

    // Typed while still a single desk: stored before the account exists.
    window.document()->setField(ArticleDocument::Field::Lead, QStringLiteral("Встреча прошла в акимате."));
    QSignalSpy signedOut(&window, &MainWindow::signOutRequested);
    menu->accountsAction()->trigger();
    auto *dialog = window.findChild<FirstAdministratorDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(ArticleStore(db).load(article->id)->lead, QStringLiteral("Встреча прошла в акимате."));
    dialog->setPasswordIterations(Iterations);
    dialog->loginEdit()->setText(QStringLiteral("omarov"));
    dialog->passwordEdit()->setText(s_password);
    dialog->repeatEdit()->setText(s_password);
    dialog->accept();

    // The window closes and whoever started it asks for a sign-in, offering the new login.
    QVERIFY(signedOut.wait(10000));
    QVERIFY(!window.isVisible());
    QCOMPARE(*UserStore(db).hasUsers(), true);
    QCOMPARE(SignInDialog::lastLogin(), QStringLiteral("omarov"));
}

void TestSignInDialog::signOutFromTheWindow()
{
    Test::TestDatabase file;
    User admin;
    auto db = newsroom(file, &admin);
    QVERIFY(db);
    MainWindow window(db, Actor::fromUser(admin));
    window.show();
    PeopleMenu *menu = window.peopleMenu();
    QVERIFY(menu->signOutAction()->isVisible());
    QVERIFY(menu->signOutAction()->text().contains(QStringLiteral("Администратор")));

    // An administrator's accounts action opens the users dialog.
    menu->accountsAction()->trigger();
    auto *users = window.findChild<UsersDialog *>();
    QVERIFY(users);
    QTRY_COMPARE_WITH_TIMEOUT(users->table()->rowCount(), 2, 10000);
    users->close();

    QSignalSpy signedOut(&window, &MainWindow::signOutRequested);
    menu->signOutAction()->trigger();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!window.isVisible());

    // Someone without the administrator role cannot open the accounts.
    auto chief = UserStore(db).user(QStringLiteral("omarov"));
    QVERIFY(chief);
    MainWindow chiefWindow(db, Actor::fromUser(*chief));
    QVERIFY(!chiefWindow.peopleMenu()->accountsAction()->isEnabled());
    QVERIFY(chiefWindow.peopleMenu()->passwordAction()->isVisible());
}

void TestSignInDialog::commandLineSignIn()
{
    Test::TestDatabase file;
    {
        auto db = newsroom(file);
        QVERIFY(db);
    }
    QTemporaryDir dir;
    auto run = [&](const QStringList &arguments, const QString &password, QString *stdErr) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QALAM_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        env.remove(QStringLiteral("QALAM_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("QALAM_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QALAM_GUI_PATH), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *stdErr = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QStringList shot = {QStringLiteral("--db"),         file.path(),
                              QStringLiteral("--dock"),       QStringLiteral("authors"),
                              QStringLiteral("--screenshot"), png};
    QString stdErr;

    // A newsroom with accounts: a screenshot needs a signed-in user.
    QCOMPARE(run(shot, {}, &stdErr), 2);
    QVERIFY2(stdErr.contains(QStringLiteral("--user")), qPrintable(stdErr));
    QCOMPARE(stdErr.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!QFile::exists(png));

    // A wrong password: the core's message, exit 2.
    QCOMPARE(run(shot + QStringList{QStringLiteral("--user"), QStringLiteral("omarov")},
                 QStringLiteral("неверно!"), &stdErr),
             2);
    QVERIFY2(stdErr.contains(QStringLiteral("password")), qPrintable(stdErr));
    QVERIFY(!QFile::exists(png));

    QCOMPARE(run(shot + QStringList{QStringLiteral("--user"), QStringLiteral("omarov")}, s_password, &stdErr),
             0);
    QVERIFY(QFile::exists(png));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
