#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/database.h"
#include "app/storage/serverlogin.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/people/signindialog.h"
#include "ui/settings/databasechooser.h"
#include "ui/settings/databasedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include <cstdio>
#include <optional>

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/qalam_%1.qm").arg(language)))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// Saves a picture of the window once the article (or the empty desk) is shown.
void screenshotWhenReady(Qalam::MainWindow &window, const QString &file, const QString &articleId)
{
    auto shoot = [&window, file] {
        // One turn of the event loop lets layouts settle before the grab.
        QTimer::singleShot(0, &window, [&window, file] {
            const bool ok = window.grab().save(file, "PNG");
            if (!ok)
                std::fprintf(stderr, "qalam: cannot write the screenshot %s\n", qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    };
    // An open article is shown once its quotations are analysed and coloured.
    QObject::connect(&window, &Qalam::MainWindow::quotesAnalysed, &window, shoot, Qt::SingleShotConnection);
    QObject::connect(&window, &Qalam::MainWindow::openFailed, &window, [](const QString &message) {
        std::fprintf(stderr, "qalam: %s\n", qPrintable(message));
        QCoreApplication::exit(2);
    });
    QObject::connect(
        &window, &Qalam::MainWindow::listRefreshed, &window,
        [&window, articleId, shoot] {
            if (!articleId.isEmpty()) {
                window.openArticle(articleId);
            } else if (window.listModel()->rowCount() > 0) {
                window.openArticle(window.listModel()->idAt(0));
            } else {
                shoot();
            }
        },
        Qt::SingleShotConnection);
}

// Opens the database. A server is opened on a worker thread, with
// `password` or else the one stored in the keychain (which may prompt), while
// this thread's event loop turns; a file opens at once.
Qalam::Result<std::shared_ptr<Qalam::Database>> openDatabase(const QString &location, const QString &password)
{
    using Opened = Qalam::Result<std::shared_ptr<Qalam::Database>>;
    if (!Qalam::Database::isServerUrl(location))
        return Qalam::Database::open(location);
    QFutureWatcher<Opened> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Opened>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([location, password]() -> Opened {
        if (!password.isEmpty())
            return Qalam::Database::open(location, Qalam::Database::Migration::Apply, password);
        Qalam::SecretStore secrets;
        return Qalam::ServerLogin::open(location, Qalam::Database::Migration::Apply, secrets);
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

// `--dialog database`: the Database dialog on its own; with --screenshot, a
// PNG of it once its connection test has answered.
int showDatabaseDialog(const QString &location, const QString &screenshot)
{
    Qalam::DatabaseDialog dialog;
    dialog.setLocation(location);
    if (screenshot.isEmpty())
        return dialog.exec() == QDialog::Accepted ? 0 : 1;
    QObject::connect(&dialog, &Qalam::DatabaseDialog::testFinished, &dialog, [&dialog, screenshot] {
        QTimer::singleShot(0, &dialog, [&dialog, screenshot] {
            const bool ok = dialog.grab().save(screenshot, "PNG");
            if (!ok)
                std::fprintf(stderr, "qalam: cannot write the screenshot %s\n", qPrintable(screenshot));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    dialog.show();
    dialog.testConnection();
    return QApplication::exec();
}

// Who works in this window. A newsroom without accounts is a single desk
// (the operating-system account, no sign-in). Otherwise `--user` with
// QALAM_PASSWORD signs in directly (scripts, screenshots); anything else
// goes through the sign-in dialog. Empty when nobody signed in.
std::optional<Qalam::Actor> whoSignsIn(const std::shared_ptr<Qalam::Database> &database, QString login,
                                       bool screenshot, int &exitCode)
{
    Qalam::UserStore users(database);
    const auto hasUsers = users.hasUsers();
    if (!hasUsers) {
        std::fprintf(stderr, "qalam: %s\n", qPrintable(hasUsers.error().message));
        exitCode = 2;
        return std::nullopt;
    }
    if (!*hasUsers) {
        if (!login.isEmpty())
            std::fprintf(stderr, "qalam: %s\n",
                         qPrintable(QApplication::translate(
                             "main", "this newsroom has no user accounts yet; --user is ignored")));
        return Qalam::Actor::local();
    }
    const QString password = qEnvironmentVariable("QALAM_PASSWORD");
    QString refusal;
    if (!login.isEmpty() && !password.isEmpty()) {
        // Before any window exists: nothing is waiting for the GUI thread.
        auto actor = users.signIn(login, password);
        if (actor)
            return *actor;
        refusal = actor.error().message;
    }
    if (screenshot) {
        if (refusal.isEmpty())
            std::fprintf(
                stderr, "qalam: %s\n",
                qPrintable(QApplication::translate("main", "this newsroom has user accounts; --screenshot "
                                                           "needs --user LOGIN and the password in "
                                                           "QALAM_PASSWORD")));
        else
            std::fprintf(stderr, "qalam: %s\n", qPrintable(refusal));
        exitCode = 2;
        return std::nullopt;
    }
    Qalam::SignInDialog dialog(database);
    if (!login.isEmpty())
        dialog.setLogin(login);
    dialog.showError(refusal);
    if (dialog.exec() != QDialog::Accepted) {
        exitCode = 0; // nobody signed in: a clean exit
        return std::nullopt;
    }
    return dialog.actor();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Qalam"));
    QApplication::setApplicationName(QStringLiteral("Qalam"));
    QApplication::setApplicationVersion(QStringLiteral(QALAM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qalam.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qalam newsroom editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a PNG of the main window and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption articleOption(QStringLiteral("article"), QStringLiteral("Open this article."),
                                           QStringLiteral("ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: ru (default), kk or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size for --screenshot (default 1500x900)."),
                                        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1500x900"));
    const QCommandLineOption dockOption(
        QStringLiteral("dock"),
        QStringLiteral("Bring a dock to the front: quotes, photos, authors, checks, revisions, review, "
                       "notifications or publishing."),
        QStringLiteral("NAME"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral(
            "Sign in as LOGIN; the password comes from QALAM_PASSWORD, else the sign-in dialog asks."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption dialogOption(
        QStringLiteral("dialog"),
        QStringLiteral("Show a dialog on its own: database (with --screenshot, a PNG of it after its "
                       "connection test)."),
        QStringLiteral("NAME"));
    parser.addOptions({dbOption, screenshotOption, articleOption, langOption, sizeOption, dockOption,
                       userOption, dialogOption});
    parser.process(app);

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = qEnvironmentVariable("QALAM_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ru")).toString();
    installTranslators(app, language);
    // Dates and numbers follow the interface language: «28 нояб.», 4 812.
    QLocale::setDefault(QLocale(language));

    QString location = Qalam::DataLocation::databasePath(parser.value(dbOption));
    const auto locationSource = Qalam::DataLocation::databasePathSource(parser.value(dbOption));
    if (parser.isSet(dialogOption)) {
        if (parser.value(dialogOption) != u"database") {
            std::fprintf(stderr, "qalam: no dialog named %s (there is: database)\n",
                         qPrintable(parser.value(dialogOption)));
            return 2;
        }
        return showDatabaseDialog(location, parser.value(screenshotOption));
    }

    QString password;        // typed in the Database dialog; empty: the keychain's, else libpq's
    bool chosenHere = false; // the location came from the Database dialog
    QString login = parser.value(userOption);
    bool firstWindow = true; // --article opens in the first window only
    for (;;) {
        auto database = openDatabase(location, password);
        if (!database) {
            // Server down, password wrong, a file of another program: say so in
            // the Database dialog, where it can be put right (or Cancel quits).
            const Qalam::Error error = database.error();
            std::fprintf(stderr, "qalam: %s\n", qPrintable(error.message));
            if (parser.isSet(screenshotOption))
                return 2;
            Qalam::DatabaseDialog dialog;
            dialog.setLocation(location);
            dialog.showProblem(error.message, error.detail);
            dialog.setNote(QApplication::translate("main",
                                                   "Correct the address or the password, or choose a file "
                                                   "on this computer. Cancel closes Qalam."));
            if (dialog.exec() != QDialog::Accepted)
                return 2;
            location = dialog.location();
            password = dialog.password();
            chosenHere = true;
            continue;
        }

        // "Sign out" closes the window; then someone else signs in, in the same
        // process. Another database chosen in Newsroom → Database… closes it too.
        QString chosenLocation;
        QString chosenPassword;
        bool databaseChosen = false;
        for (;;) {
            int exitCode = 0;
            const auto actor = whoSignsIn(*database, login, parser.isSet(screenshotOption), exitCode);
            if (!actor)
                return exitCode;
            login.clear(); // after a sign-out the dialog offers the last login

            Qalam::MainWindow window(*database, *actor);
            bool signedOut = false;
            QObject::connect(&window, &Qalam::MainWindow::signOutRequested, &window,
                             [&signedOut] { signedOut = true; });
            if (auto *chooser = window.findChild<Qalam::DatabaseChooser *>()) {
                using Source = Qalam::DataLocation::Source;
                if (!chosenHere &&
                    (locationSource == Source::CommandLine || locationSource == Source::Environment))
                    chooser->setNote(QApplication::translate(
                        "main",
                        "This window's database was given by --db or QALAM_DB, which choose it again at "
                        "the next start. After OK, Qalam opens the chosen database now and at starts "
                        "without them."));
                QObject::connect(chooser, &Qalam::DatabaseChooser::databaseChosen, &window,
                                 [&](const QString &chosen, const QString &typed) {
                                     databaseChosen = true;
                                     chosenLocation = chosen;
                                     chosenPassword = typed;
                                 });
            }
            if (parser.isSet(dockOption)) {
                auto *dock =
                    window.findChild<QDockWidget *>(parser.value(dockOption) + QStringLiteral("Dock"));
                if (!dock) {
                    std::fprintf(stderr, "qalam: no dock named %s\n", qPrintable(parser.value(dockOption)));
                    return 2;
                }
                dock->show();
                dock->raise();
            }
            if (parser.isSet(screenshotOption)) {
                const QStringList size = parser.value(sizeOption).split(u'x');
                const int width = size.value(0).toInt();
                const int height = size.value(1).toInt();
                if (size.size() != 2 || width < 200 || height < 200) {
                    std::fprintf(stderr, "qalam: --size wants WIDTHxHEIGHT, e.g. 1366x768\n");
                    return 2;
                }
                window.resize(width, height);
                screenshotWhenReady(window, parser.value(screenshotOption), parser.value(articleOption));
            } else if (firstWindow && parser.isSet(articleOption)) {
                window.openArticle(parser.value(articleOption));
            } else {
                window.restoreLastSession();
            }
            window.show();
            firstWindow = false;
            const int code = QApplication::exec();
            if (databaseChosen)
                break;
            if (!signedOut || parser.isSet(screenshotOption))
                return code;
        }
        // Another database: open it and ask who signs in.
        location = chosenLocation;
        password = chosenPassword;
        chosenHere = true;
    }
}
