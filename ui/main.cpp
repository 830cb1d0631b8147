#include "app/core/datalocation.h"
#include "app/model/articlelistmodel.h"
#include "app/people/userstore.h"
#include "app/storage/database.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/people/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

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
    parser.addOptions(
        {dbOption, screenshotOption, articleOption, langOption, sizeOption, dockOption, userOption});
    parser.process(app);

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = qEnvironmentVariable("QALAM_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ru")).toString();
    installTranslators(app, language);
    // Dates and numbers follow the interface language: «28 нояб.», 4 812.
    QLocale::setDefault(QLocale(language));

    const QString path = Qalam::DataLocation::databasePath(parser.value(dbOption));
    auto database = Qalam::Database::open(path);
    if (!database) {
        const QString message = database.error().message;
        std::fprintf(stderr, "qalam: %s\n", qPrintable(message));
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Qalam cannot open the database"),
                                  message);
        return 2;
    }

    // "Sign out" closes the window; then someone else signs in, in the same process.
    QString login = parser.value(userOption);
    for (bool first = true;; first = false) {
        int exitCode = 0;
        const auto actor = whoSignsIn(*database, login, parser.isSet(screenshotOption), exitCode);
        if (!actor)
            return exitCode;
        login.clear(); // after a sign-out the dialog offers the last login

        Qalam::MainWindow window(*database, *actor);
        bool signedOut = false;
        QObject::connect(&window, &Qalam::MainWindow::signOutRequested, &window,
                         [&signedOut] { signedOut = true; });
        if (parser.isSet(dockOption)) {
            auto *dock = window.findChild<QDockWidget *>(parser.value(dockOption) + QStringLiteral("Dock"));
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
        } else if (first && parser.isSet(articleOption)) {
            window.openArticle(parser.value(articleOption));
        } else {
            window.restoreLastSession();
        }
        window.show();
        const int code = QApplication::exec();
        if (!signedOut || parser.isSet(screenshotOption))
            return code;
    }
}
