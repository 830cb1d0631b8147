// Newsroom → Database…, offscreen: Test connection reports in green for the
// real PostgreSQL server (QALAM_TEST_PG_URL; skipped without it, failed on
// CI) and in red for a closed loopback port and a server that never answers,
// while the event loop keeps turning; OK saves the location (never the
// password) for later starts and the password in a file-backed SecretStore;
// a blank password keeps the stored one, and "Remember" unticked forgets it.

#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/storage/database.h"
#include "app/storage/serverlogin.h"
#include "ui/settings/databasechooser.h"
#include "ui/settings/databasedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qalam;

namespace {

// The result label's colour: green or red, on light and dark palettes.
bool looksGreen(const QLabel *label)
{
    const QColor c = label->palette().color(QPalette::WindowText);
    return c.green() > c.red() + 40;
}
bool looksRed(const QLabel *label)
{
    const QColor c = label->palette().color(QPalette::WindowText);
    return c.red() > c.green() + 40;
}

quint16 closedLoopbackPort()
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        return 0;
    return listener.serverPort(); // closed again when `listener` goes
}

// The stored password, "(none)" when none is, "(unreadable)" when the store fails.
QString storedPassword(const QString &location)
{
    SecretStore secrets;
    auto read = ServerLogin::storedPassword(location, secrets);
    if (!read)
        return QStringLiteral("(unreadable)");
    return read->value_or(QStringLiteral("(none)"));
}

} // namespace

class TestDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void formRoundTrip();
    void greenForTheServer();
    void redForClosedPort();
    void staysResponsiveWhileTheServerIsSilent();
    void okSavesLocationAndPassword();
    void okForAFile();
    void missingFieldsAreFindings();
    void chooserClosesTheWindowForAnotherDatabase();
    void qalamStartsWithAnUnreachableServer();

private:
    // Runs the test and waits for its finding; false when none came.
    bool runTest(DatabaseDialog &dialog, bool *usable, int *ticks = nullptr);

    QTemporaryDir m_dir;
};

void TestDatabaseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasedialog"));
    QVERIFY(m_dir.isValid());
    qputenv("QALAM_SECRETS_BACKEND", "file");
    qputenv("QALAM_SECRETS_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("secrets.json"))));
}

void TestDatabaseDialog::init()
{
    DataLocation::saveDatabaseLocation(QString());
}

bool TestDatabaseDialog::runTest(DatabaseDialog &dialog, bool *usable, int *ticks)
{
    QSignalSpy finished(&dialog, &DatabaseDialog::testFinished);
    // A timer on the GUI thread: it ticks only while the event loop turns.
    int count = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&count] { ++count; });
    ticker.start();
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    // The click returns at once: the test runs on a worker thread.
    if (clicked.elapsed() > 500 && finished.isEmpty())
        qWarning("the click took %lld ms", clicked.elapsed());
    if (finished.isEmpty() && !dialog.isBusy())
        return false;
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    if (ticks)
        *ticks = count;
    *usable = finished.first().first().toBool();
    return true;
}

void TestDatabaseDialog::formRoundTrip()
{
    DatabaseDialog dialog;
    const QString url = QStringLiteral(
        "postgresql://sokolova@db.newsroom.kz:6432/newsroom?sslmode=verify-full&sslrootcert=/etc/qalam/ca.pem"
        "&connect_timeout=4");
    dialog.setLocation(url);
    QVERIFY(dialog.serverChoice()->isChecked());
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.newsroom.kz"));
    QCOMPARE(dialog.portEdit()->value(), 6432);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("newsroom"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("sokolova"));
    QCOMPARE(dialog.sslModeBox()->currentData().toString(), QStringLiteral("verify-full"));
    QCOMPARE(dialog.caFileEdit()->text(), QStringLiteral("/etc/qalam/ca.pem"));
    QVERIFY(dialog.caFileEdit()->isEnabled());
    QVERIFY(DatabaseDialog::sameLocation(dialog.location(), url));
    QVERIFY(dialog.password().isEmpty());

    // Every TLS mode has its own explanation; the CA file matters for verify-* only.
    QSet<QString> explanations;
    for (int i = 0; i < dialog.sslModeBox()->count(); ++i) {
        dialog.sslModeBox()->setCurrentIndex(i);
        const QString mode = dialog.sslModeBox()->currentData().toString();
        QCOMPARE(dialog.caFileEdit()->isEnabled(), mode.startsWith(QLatin1String("verify-")));
        const auto *help = dialog.findChild<QLabel *>(QStringLiteral("sslHelp"));
        QVERIFY(help);
        const QString text = help->text();
        QVERIFY2(text.contains(QLatin1String("encrypt"), Qt::CaseInsensitive), qPrintable(mode));
        explanations.insert(text);
    }
    QCOMPARE(explanations.size(), dialog.sslModeBox()->count());

    // A URL without sslmode keeps none (libpq's prefer) while prefer stays chosen.
    dialog.setLocation(QStringLiteral("postgresql://sokolova@db.newsroom.kz/newsroom"));
    QCOMPARE(dialog.sslModeBox()->currentData().toString(), QStringLiteral("prefer"));
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/newsroom"));
    // A password in the URL is never shown, and never part of location().
    dialog.setLocation(QStringLiteral("postgresql://sokolova:in-the-url@db.newsroom.kz/newsroom"));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(dialog.password(), QStringLiteral("in-the-url"));
    QVERIFY(!dialog.location().contains(QLatin1String("in-the-url")));

    // A new server entry starts at verify-full.
    DatabaseDialog fresh;
    QVERIFY(fresh.fileChoice()->isChecked());
    QCOMPARE(fresh.sslModeBox()->currentData().toString(), QStringLiteral("verify-full"));
}

void TestDatabaseDialog::greenForTheServer()
{
    const QString server = qEnvironmentVariable("QALAM_TEST_PG_URL");
    if (server.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the team-mode tests, but QALAM_TEST_PG_URL is empty");
        QSKIP(
            "QALAM_TEST_PG_URL is not set (scripts/postgres.sh start; eval \"$(scripts/postgres.sh env)\")");
    }
    DatabaseDialog dialog;
    dialog.show();
    // The server's maintenance database (the password from PGPASSFILE):
    // reachable, and no Qalam tables in it.
    dialog.setLocation(server);
    QCOMPARE(dialog.sslModeBox()->currentData().toString(), QStringLiteral("prefer"));
    bool usable = false;
    QVERIFY(runTest(dialog, &usable));
    QVERIFY2(usable, qPrintable(dialog.resultLabel()->text()));
    QVERIFY(dialog.resultLabel()->isVisible());
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("PostgreSQL")),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("without TLS")),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY(looksGreen(dialog.resultLabel()));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.testButton()->isEnabled());
}

void TestDatabaseDialog::redForClosedPort()
{
    DatabaseDialog dialog;
    dialog.show();
    const quint16 port = closedLoopbackPort();
    QVERIFY(port != 0);
    dialog.setLocation(QStringLiteral("postgresql://desk@127.0.0.1:%1/newsroom?sslmode=disable").arg(port));
    bool usable = true;
    QVERIFY(runTest(dialog, &usable));
    QVERIFY(!usable);
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("No answer")),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY2(dialog.resultLabel()->text().contains(QString::number(port)),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY(looksRed(dialog.resultLabel()));
    // Editing the form takes the finding away: it was about the old values.
    QTest::keyClick(dialog.hostEdit(), Qt::Key_X);
    QVERIFY(!dialog.resultLabel()->isVisible());
}

void TestDatabaseDialog::staysResponsiveWhileTheServerIsSilent()
{
    // A "server" that takes the connection and never says a word: the
    // client waits for its connect_timeout (2 s) on the worker thread.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    DatabaseDialog dialog;
    dialog.show();
    dialog.setLocation(
        QStringLiteral("postgresql://desk@127.0.0.1:%1/newsroom?sslmode=disable&connect_timeout=2")
            .arg(silent.serverPort()));
    bool usable = true;
    int ticks = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(runTest(dialog, &usable, &ticks));
    QVERIFY(!usable);
    QVERIFY2(elapsed.elapsed() >= 1500, qPrintable(QString::number(elapsed.elapsed())));
    // About 200 ticks in 2 s; a blocked GUI thread would give none.
    QVERIFY2(ticks >= 50, qPrintable(QString::number(ticks)));
    QVERIFY(!held.isEmpty()); // the client did connect
    QVERIFY(looksRed(dialog.resultLabel()));
    qDeleteAll(held);
}

void TestDatabaseDialog::okSavesLocationAndPassword()
{
    const QString typed = QStringLiteral("s3cret-ё \"x\"");
    {
        DatabaseDialog dialog;
        dialog.show();
        dialog.setLocation(QStringLiteral("postgresql://desk@127.0.0.1:5999/newsroom?sslmode=require"));
        dialog.passwordEdit()->setText(typed); // (keyClicks types ASCII only)
        QVERIFY(dialog.rememberBox()->isChecked());
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        const QString saved = QSettings().value(QStringLiteral("database/location")).toString();
        QCOMPARE(saved, QStringLiteral("postgresql://desk@127.0.0.1:5999/newsroom?sslmode=require"));
        QCOMPARE(DataLocation::databasePath(), saved);
        QVERIFY(!saved.contains(QLatin1String("s3cret")));
        QCOMPARE(dialog.password(), typed);
        QCOMPARE(storedPassword(saved), typed);
    }
    {
        // Blank: the stored one stays; another sslmode is the same login.
        DatabaseDialog dialog;
        dialog.setLocation(DataLocation::databasePath());
        dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(QStringLiteral("disable")));
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        QCOMPARE(DataLocation::databasePath(),
                 QStringLiteral("postgresql://desk@127.0.0.1:5999/newsroom?sslmode=disable"));
        QCOMPARE(storedPassword(DataLocation::databasePath()), typed);
        QVERIFY(dialog.password().isEmpty());
    }
    {
        // Not remembered: used for this session, the stored one forgotten.
        DatabaseDialog dialog;
        dialog.setLocation(DataLocation::databasePath());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("only-today"));
        dialog.rememberBox()->setChecked(false);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(dialog.password(), QStringLiteral("only-today"));
        QCOMPARE(storedPassword(DataLocation::databasePath()), QStringLiteral("(none)"));
    }
    QFile secrets(m_dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QByteArray bytes = secrets.readAll();
    QVERIFY(!bytes.contains("only-today"));
    QVERIFY(!bytes.contains("s3cret"));
}

void TestDatabaseDialog::okForAFile()
{
    DatabaseDialog dialog;
    dialog.setLocation(QStringLiteral("postgresql://desk@127.0.0.1:5999/newsroom"));
    dialog.fileChoice()->setChecked(true);
    QVERIFY(!dialog.hostEdit()->isEnabled() || !dialog.hostEdit()->parentWidget()->isEnabled());
    const QString file = m_dir.filePath(QStringLiteral("desk/qalam.sqlite"));
    dialog.filePathEdit()->setText(file);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.location(), file);
    QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(), file);
    QVERIFY(dialog.password().isEmpty());

    // The file's test: none yet, Qalam would create it (nothing is created).
    bool usable = false;
    QVERIFY(runTest(dialog, &usable));
    QVERIFY(usable);
    QVERIFY(looksGreen(dialog.resultLabel()));
    QVERIFY(!QFile::exists(file));
}

void TestDatabaseDialog::missingFieldsAreFindings()
{
    DatabaseDialog dialog;
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->setText(QStringLiteral("db.newsroom.kz"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(looksRed(dialog.resultLabel()));
    QVERIFY(!dialog.resultLabel()->text().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("database/location")));
}

void TestDatabaseDialog::chooserClosesTheWindowForAnotherDatabase()
{
    const QString current = m_dir.filePath(QStringLiteral("current.sqlite"));
    auto db = Database::open(current);
    QVERIFY(db);
    QMainWindow window;
    auto *chooser = new DatabaseChooser(*db, &window);
    QVERIFY(window.findChild<DatabaseChooser *>() == chooser);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy chosen(chooser, &DatabaseChooser::databaseChosen);

    // The same database again: nothing happens.
    chooser->action()->trigger();
    auto *dialog = window.findChild<DatabaseDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->fileChoice()->isChecked());
    QCOMPARE(dialog->filePathEdit()->text(), current);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window.findChild<DatabaseDialog *>()); // closed and deleted
    QTest::qWait(50);
    QVERIFY(window.isVisible());
    QCOMPARE(chosen.count(), 0);

    // Another one: the window closes and says which.
    chooser->action()->trigger();
    dialog = window.findChild<DatabaseDialog *>();
    QVERIFY(dialog);
    dialog->serverChoice()->setChecked(true);
    dialog->hostEdit()->setText(QStringLiteral("db.newsroom.kz"));
    dialog->databaseEdit()->setText(QStringLiteral("newsroom"));
    dialog->userEdit()->setText(QStringLiteral("sokolova"));
    dialog->passwordEdit()->setText(QStringLiteral("typed-today"));
    dialog->rememberBox()->setChecked(false);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(chosen.count() == 1 || chosen.wait(20000));
    QVERIFY(!window.isVisible());
    QCOMPARE(chosen.first().at(0).toString(),
             QStringLiteral("postgresql://sokolova@db.newsroom.kz:5432/newsroom?sslmode=verify-full"));
    QCOMPARE(chosen.first().at(1).toString(), QStringLiteral("typed-today"));
    QCOMPARE(DataLocation::databasePath(), chosen.first().at(0).toString());
}

// The real `qalam`: --screenshot with a database it cannot open still ends
// with the reason on stderr and exit 2; `--dialog database --screenshot`
// pictures the dialog after its connection test.
void TestDatabaseDialog::qalamStartsWithAnUnreachableServer()
{
    const quint16 port = closedLoopbackPort();
    QVERIFY(port != 0);
    const QString url = QStringLiteral("postgresql://desk@127.0.0.1:%1/newsroom?sslmode=disable").arg(port);
    const QString home = m_dir.filePath(QStringLiteral("gui-home"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QALAM_DB", "QALAM_PASSWORD", "PGPASSWORD", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QALAM_SECRETS_BACKEND"), QStringLiteral("file"));
    const auto runQalam = [&env](const QStringList &arguments, QByteArray *err) {
        QProcess qalam;
        qalam.setProcessEnvironment(env);
        qalam.start(QStringLiteral(QALAM_GUI_PATH), arguments);
        if (!qalam.waitForFinished(60000)) {
            qalam.kill();
            qalam.waitForFinished();
            return -1;
        }
        *err = qalam.readAllStandardError();
        return qalam.exitStatus() == QProcess::NormalExit ? qalam.exitCode() : -1;
    };
    QByteArray err;
    const QString window = m_dir.filePath(QStringLiteral("window.png"));
    QCOMPARE(runQalam({QStringLiteral("--db"), url, QStringLiteral("--screenshot"), window}, &err), 2);
    QVERIFY2(err.contains(QByteArray::number(port)), err.constData());
    QVERIFY(!QFile::exists(window));

    const QString picture = m_dir.filePath(QStringLiteral("dialog.png"));
    QCOMPARE(runQalam({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--db"), url,
                       QStringLiteral("--dialog"), QStringLiteral("database"), QStringLiteral("--screenshot"),
                       picture},
                      &err),
             0);
    const QImage image(picture);
    QVERIFY2(!image.isNull(), err.constData());
    QVERIFY(image.width() >= 400 && image.height() >= 300);
}

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
