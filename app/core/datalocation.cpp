#include "app/core/datalocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Qalam::DataLocation {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("qalam.sqlite"));
}

QString databasePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable("QALAM_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultDatabasePath();
}

} // namespace Qalam::DataLocation
