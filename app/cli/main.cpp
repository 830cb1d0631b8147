#include "app/cli/cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Qalam"));
    QCoreApplication::setApplicationName(QStringLiteral("Qalam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QALAM_VERSION));
    Qalam::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
