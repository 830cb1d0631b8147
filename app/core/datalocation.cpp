#include "app/core/datalocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Qalam::DataLocation {

namespace {
const QString s_settingsKey = QStringLiteral("database/location");
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("qalam.sqlite"));
}

QString savedDatabaseLocation()
{
    return QSettings().value(s_settingsKey).toString().trimmed();
}

void saveDatabaseLocation(const QString &location)
{
    QSettings settings;
    if (location.trimmed().isEmpty())
        settings.remove(s_settingsKey);
    else
        settings.setValue(s_settingsKey, location.trimmed());
    settings.sync();
}

Source databasePathSource(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return Source::CommandLine;
    if (!qEnvironmentVariable("QALAM_DB").isEmpty())
        return Source::Environment;
    if (!savedDatabaseLocation().isEmpty())
        return Source::Settings;
    return Source::Default;
}

QString databasePath(const QString &explicitPath)
{
    switch (databasePathSource(explicitPath)) {
    case Source::CommandLine:
        return explicitPath;
    case Source::Environment:
        return qEnvironmentVariable("QALAM_DB");
    case Source::Settings:
        return savedDatabaseLocation();
    case Source::Default:
        break;
    }
    return defaultDatabasePath();
}

} // namespace Qalam::DataLocation
