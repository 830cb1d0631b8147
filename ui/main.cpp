#include "app/core/datalocation.h"
#include "app/model/articlelistmodel.h"
#include "app/storage/database.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

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
        QStringLiteral("Bring a dock to the front: quotes, photos, checks or revisions."),
        QStringLiteral("NAME"));
    parser.addOptions({dbOption, screenshotOption, articleOption, langOption, sizeOption, dockOption});
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

    Qalam::MainWindow window(*database);
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
    } else if (parser.isSet(articleOption)) {
        window.openArticle(parser.value(articleOption));
    } else {
        window.restoreLastSession();
    }
    window.show();
    return QApplication::exec();
}
