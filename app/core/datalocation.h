#pragma once

#include <QString>

namespace Qalam {

// Resolves which database file a Qalam process works on: an explicit --db PATH,
// else the QALAM_DB environment variable, else qalam.sqlite in the per-user
// application data folder (QStandardPaths::AppDataLocation).
namespace DataLocation {
QString databasePath(const QString &explicitPath = QString());
QString defaultDatabasePath();
} // namespace DataLocation

} // namespace Qalam
