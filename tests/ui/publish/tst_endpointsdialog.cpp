// Newsroom → Publishing endpoints…, offscreen, on a real newsroom database:
// an administrator adds a folder and a ninjs profile through the dialog's
// widgets (every field), the secret goes to a file-backed SecretStore and
// never into the database or back into the dialog, Test connection reports
// in green or red (a folder, and a ninjs CMS on 127.0.0.1 with the right and
// a wrong token). A chief editor sees the list read-only, and the core's
// refusal shows when a change is tried anyway. Removing takes the secret too.

#include "app/core/secretstore.h"
#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "tests/support/fakecms.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testfiles.h"
#include "ui/publish/endpointsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qalam;

namespace {

Actor addUser(const std::shared_ptr<Database> &db, const Actor &by, const QString &login, QList<Role> roles)
{
    UserStore users(db, by);
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = login;
    u.roles = std::move(roles);
    auto added = users.add(u, QStringLiteral("qalam-sample"));
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    return Actor::fromUser(*added);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Green for ok, red otherwise, as the user sees it.
bool looksGreen(const QLabel *label)
{
    const QColor c = label->palette().color(QPalette::WindowText);
    return c.green() > c.red();
}

// Optional pictures for the reviewer: $QALAM_TEST_SCREENSHOTS/<name>.png.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QALAM_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

} // namespace

class TestEndpointsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addFolderProfile();
    void addNinjsProfile();
    void othersSeeTheListReadOnly();
    void removeTakesTheSecret();

private:
    EndpointEditDialog *startAdding(EndpointsDialog &dialog);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    Actor m_admin;
    Actor m_chief;
    QNetworkAccessManager m_network;
};

void TestEndpointsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestEndpointsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The secrets go to a file of this test, never to a keychain.
    qputenv("QALAM_SECRETS_BACKEND", "file");
    qputenv("QALAM_SECRETS_FILE", QFile::encodeName(m_dir->filePath(QStringLiteral("secrets.json"))));
    m_file = std::make_unique<Test::TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_admin = addUser(m_db, Actor::local(), QStringLiteral("admin"), {Role::Administrator});
    m_chief = addUser(m_db, m_admin, QStringLiteral("omarov"), {Role::ChiefEditor});
}

void TestEndpointsDialog::cleanup()
{
    m_db.reset();
    m_file.reset();
    m_dir.reset();
    qunsetenv("QALAM_SECRETS_BACKEND");
    qunsetenv("QALAM_SECRETS_FILE");
}

EndpointEditDialog *TestEndpointsDialog::startAdding(EndpointsDialog &dialog)
{
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    EndpointEditDialog *edit = dialog.editDialog();
    if (!edit)
        return nullptr;
    edit->show();
    return QTest::qWaitForWindowExposed(edit) ? edit : nullptr;
}

void TestEndpointsDialog::addFolderProfile()
{
    EndpointsDialog dialog(m_db, m_admin, &m_network);
    QSignalSpy reloaded(&dialog, &EndpointsDialog::reloaded);
    dialog.show();
    QVERIFY(reloaded.wait(10000));
    QVERIFY(dialog.mayEdit());
    QVERIFY(dialog.addButton()->isEnabled());
    QCOMPARE(dialog.table()->rowCount(), 0);

    EndpointEditDialog *edit = startAdding(dialog);
    QVERIFY(edit);
    // A new profile starts as a folder: no authentication, no secret, a folder picker.
    QCOMPARE(edit->typeBox()->currentData().toString(), QStringLiteral("folder"));
    QVERIFY(edit->folderButton()->isVisible());
    QVERIFY(!edit->secretEdit()->isVisible());
    const QString folder = m_dir->filePath(QStringLiteral("export"));
    QTest::keyClicks(edit->nameEdit(), QStringLiteral("site-export"));
    QTest::keyClicks(edit->urlEdit(), folder);
    edit->ninjsVersionBox()->setCurrentIndex(edit->ninjsVersionBox()->findData(QStringLiteral("2.2")));

    // Test connection on the profile as typed: the folder does not exist yet,
    // its parent is writable.
    QSignalSpy tested(edit, &EndpointEditDialog::testFinished);
    QTest::mouseClick(edit->testButton(), Qt::LeftButton);
    QVERIFY(tested.count() == 1 || tested.wait(10000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(edit->testResultLabel()->isVisible());
    QVERIFY(edit->testResultLabel()->text().contains(QDir::toNativeSeparators(folder)));
    QVERIFY(looksGreen(edit->testResultLabel()));
    keepPicture(edit, QStringLiteral("endpoint-folder"));

    QSignalSpy saved(edit, &EndpointEditDialog::saveFinished);
    reloaded.clear();
    clickOk(edit);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(edit->errorLabel()->text()));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("site-export"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QDir::toNativeSeparators(folder));

    auto stored = EndpointStore(m_db, m_admin).byName(QStringLiteral("site-export"));
    QVERIFY2(stored, qPrintable(stored.error().message));
    QCOMPARE(stored->type, QStringLiteral("folder"));
    QCOMPARE(stored->url, folder);
    QCOMPARE(stored->auth, QStringLiteral("none"));
    QCOMPARE(stored->ninjsVersion, QStringLiteral("2.2"));

    // Test connection from the list, for the selected profile: ok, in green.
    QFileInfo(folder).dir().mkpath(folder);
    dialog.selectProfile(QStringLiteral("site-export"));
    QVERIFY(dialog.testButton()->isEnabled());
    QSignalSpy listTested(&dialog, &EndpointsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(listTested.count() == 1 || listTested.wait(10000));
    QVERIFY2(listTested.first().at(0).toBool(), qPrintable(listTested.first().at(1).toString()));
    QVERIFY(dialog.testResultLabel()->text().contains(QStringLiteral("writable")));
    QVERIFY(looksGreen(dialog.testResultLabel()));
    keepPicture(&dialog, QStringLiteral("endpoints-list"));
}

void TestEndpointsDialog::addNinjsProfile()
{
    Test::FakeCms cms;
    QVERIFY(cms.listen());
    const QString token = QStringLiteral("tok-Ninjs-7f3a9c");
    cms.setBearerToken(token);
    auto author = AuthorStore(m_db, m_admin).add(Author(0, QStringLiteral("Соколова Марина")));
    QVERIFY2(author, qPrintable(author.error().message));
    const QString caFile = m_dir->filePath(QStringLiteral("newsroom-ca.pem"));
    QVERIFY(Test::writeFile(caFile, QByteArray()));

    EndpointsDialog dialog(m_db, m_admin, &m_network);
    QSignalSpy reloaded(&dialog, &EndpointsDialog::reloaded);
    dialog.show();
    QVERIFY(reloaded.wait(10000));
    EndpointEditDialog *edit = startAdding(dialog);
    QVERIFY(edit);

    QTest::keyClicks(edit->nameEdit(), QStringLiteral("cms"));
    edit->typeBox()->setCurrentIndex(edit->typeBox()->findData(QStringLiteral("ninjs-http")));
    // ninjs over HTTP takes a bearer token by default; no folder picker now.
    QCOMPARE(edit->authBox()->currentData().toString(), QStringLiteral("bearer"));
    QVERIFY(!edit->folderButton()->isVisible());
    QVERIFY(edit->secretEdit()->isVisibleTo(edit));
    QVERIFY(!edit->loginEdit()->isVisibleTo(edit));
    QCOMPARE(edit->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit->urlEdit(), cms.ninjsUrl().toString());
    edit->timeoutBox()->setValue(15);
    edit->concurrencyBox()->setValue(3);
    edit->renditionsBox()->setChecked(false);
    edit->caFileEdit()->setText(caFile);
    edit->ninjsVersionBox()->setCurrentIndex(edit->ninjsVersionBox()->findData(QStringLiteral("3.1")));
    edit->addCategoryRow();
    edit->categoryTable()->item(0, 0)->setText(QStringLiteral("Астана"));
    edit->categoryTable()->item(0, 1)->setText(QStringLiteral("12"));
    edit->addCategoryRow(QStringLiteral("Образование"), QStringLiteral("tag:5"));
    // The author map's first column picks a Qalam author (loaded on a worker thread).
    edit->addAuthorRow();
    auto *authorBox = qobject_cast<QComboBox *>(edit->authorTable()->cellWidget(0, 0));
    QVERIFY(authorBox);
    QTRY_VERIFY(authorBox->findData(author->id) >= 0);
    authorBox->setCurrentIndex(authorBox->findData(author->id));
    edit->authorTable()->item(0, 1)->setText(QStringLiteral("7"));

    // A wrong token: the CMS's refusal, in red.
    QSignalSpy tested(edit, &EndpointEditDialog::testFinished);
    QTest::keyClicks(edit->secretEdit(), QStringLiteral("wrong-token"));
    QTest::mouseClick(edit->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY(!looksGreen(edit->testResultLabel()));
    QVERIFY(edit->testResultLabel()->text().contains(QStringLiteral("refused")));
    // The right one: ok, in green.
    edit->secretEdit()->clear();
    QTest::keyClicks(edit->secretEdit(), token);
    tested.clear();
    QTest::mouseClick(edit->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(looksGreen(edit->testResultLabel()));
    QVERIFY(!edit->testResultLabel()->text().contains(token));
    keepPicture(edit, QStringLiteral("endpoint-ninjs"));

    QSignalSpy saved(edit, &EndpointEditDialog::saveFinished);
    reloaded.clear();
    clickOk(edit);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(edit->errorLabel()->text()));
    QVERIFY(reloaded.wait(10000));

    auto stored = EndpointStore(m_db, m_admin).byName(QStringLiteral("cms"));
    QVERIFY2(stored, qPrintable(stored.error().message));
    QCOMPARE(stored->type, QStringLiteral("ninjs-http"));
    QCOMPARE(stored->url, cms.ninjsUrl().toString());
    QCOMPARE(stored->auth, QStringLiteral("bearer"));
    QCOMPARE(stored->timeoutSeconds, 15);
    QCOMPARE(stored->concurrency, 3);
    QCOMPARE(stored->renditions, false);
    QCOMPARE(stored->trashOnUnpublish, false);
    QCOMPARE(stored->caCertificateFile, caFile);
    QCOMPARE(stored->ninjsVersion, QStringLiteral("3.1"));
    QCOMPARE(stored->categoryMap.value(QStringLiteral("Астана")).toInteger(), 12);
    QCOMPARE(stored->categoryMap.value(QStringLiteral("Образование")).toString(), QStringLiteral("tag:5"));
    QCOMPARE(stored->authorMap.value(QString::number(author->id)).toInteger(), 7);

    // The secret is in the secrets file (mode 0600), not in the database.
    SecretStore secrets;
    auto secret = secrets.read(QStringLiteral("cms"));
    QVERIFY2(secret, qPrintable(secret.error().message));
    QVERIFY(secret->has_value());
    QCOMPARE(**secret, token);
    const QString secretsFile = m_dir->filePath(QStringLiteral("secrets.json"));
    QCOMPARE(QFile::permissions(secretsFile) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        QVERIFY(!fileContains(m_file->path() + suffix, token.toUtf8()));

    // The list says where the secret is, never what it is.
    QSignalSpy checked(&dialog, &EndpointsDialog::secretsChecked);
    dialog.reload();
    QVERIFY(checked.wait(10000));
    dialog.selectProfile(QStringLiteral("cms"));
    const int row = dialog.table()->currentRow();
    QCOMPARE(dialog.table()->item(row, 4)->text(), EndpointsDialog::tr("stored in the fallback file"));

    // Reopened, the secret field is empty and only says where the secret is.
    QTest::mouseClick(dialog.editButton(), Qt::LeftButton);
    EndpointEditDialog *again = dialog.editDialog();
    QVERIFY(again);
    QSignalSpy secretChecked(again, &EndpointEditDialog::secretChecked);
    QVERIFY(secretChecked.wait(10000));
    QVERIFY(again->secretEdit()->text().isEmpty());
    QVERIFY(again->secretStateLabel()->text().contains(QStringLiteral("fallback file")));
    QVERIFY(!again->secretStateLabel()->text().contains(token));
    QVERIFY(again->nameEdit()->isReadOnly());
    again->reject();

    // Test connection from the list reads the stored secret on a worker thread.
    QSignalSpy listTested(&dialog, &EndpointsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(listTested.wait(10000));
    QVERIFY2(listTested.first().at(0).toBool(), qPrintable(listTested.first().at(1).toString()));
    QVERIFY(cms.count(QStringLiteral("GET"), QStringLiteral("/ninjs")) >= 3);
}

void TestEndpointsDialog::othersSeeTheListReadOnly()
{
    EndpointProfile folder;
    folder.name = QStringLiteral("site-export");
    folder.type = QStringLiteral("folder");
    folder.url = m_dir->filePath(QStringLiteral("export"));
    QVERIFY(EndpointStore(m_db, m_admin).add(folder));

    EndpointsDialog dialog(m_db, m_chief, &m_network);
    QSignalSpy reloaded(&dialog, &EndpointsDialog::reloaded);
    dialog.show();
    QVERIFY(reloaded.wait(10000));
    QVERIFY(!dialog.mayEdit());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(!dialog.addButton()->isEnabled());
    dialog.selectProfile(QStringLiteral("site-export"));
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(dialog.editButton()->isEnabled()); // to look at it
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.editButton(), Qt::LeftButton);
    EndpointEditDialog *view = dialog.editDialog();
    QVERIFY(view);
    auto *buttons = view->findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isVisibleTo(view));
    QVERIFY(view->urlEdit()->isReadOnly());
    QVERIFY(!view->typeBox()->isEnabled());
    view->reject();

    // Were the change tried anyway, the core refuses it and says why.
    EndpointProfile stored = *EndpointStore(m_db, m_chief).byName(QStringLiteral("site-export"));
    EndpointEditDialog edit(m_db, m_chief, stored, &m_network);
    edit.concurrencyBox()->setValue(5);
    QSignalSpy saved(&edit, &EndpointEditDialog::saveFinished);
    edit.accept();
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.first().at(0).toBool());
    QVERIFY(edit.errorLabel()->isVisibleTo(&edit));
    QVERIFY(!edit.errorLabel()->text().isEmpty());
    QCOMPARE(EndpointStore(m_db, m_admin).byName(QStringLiteral("site-export"))->concurrency, 2);
}

void TestEndpointsDialog::removeTakesTheSecret()
{
    EndpointProfile wp;
    wp.name = QStringLiteral("site");
    wp.type = QStringLiteral("wordpress");
    wp.url = QStringLiteral("https://news.example.kz");
    wp.login = QStringLiteral("qalam-bot");
    QVERIFY(EndpointStore(m_db, m_admin).add(wp));
    QVERIFY(SecretStore().store(QStringLiteral("site"), QStringLiteral("abcd efgh ijkl mnop")));

    EndpointsDialog dialog(m_db, m_admin, &m_network);
    QSignalSpy reloaded(&dialog, &EndpointsDialog::reloaded);
    dialog.show();
    QVERIFY(reloaded.wait(10000));
    dialog.selectProfile(QStringLiteral("site"));
    QVERIFY(dialog.removeButton()->isEnabled());
    QSignalSpy removed(&dialog, &EndpointsDialog::removeFinished);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog.findChild<QMessageBox *>(QStringLiteral("removeEndpointQuestion"))));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QVERIFY(removed.first().at(0).toBool());
    QTRY_COMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(!EndpointStore(m_db, m_admin).byName(QStringLiteral("site")));
    auto secret = SecretStore().read(QStringLiteral("site"));
    QVERIFY(secret);
    QVERIFY(!secret->has_value());
}

QTEST_MAIN(TestEndpointsDialog)
#include "tst_endpointsdialog.moc"
