#pragma once

#include <QString>

namespace Qalam {

// Resolves which database a Qalam process works on: an explicit --db LOCATION,
// else the QALAM_DB environment variable, else the location chosen in the
// Database dialog (QSettings "database/location"), else qalam.sqlite in the
// per-user application data folder (QStandardPaths::AppDataLocation). A
// location is a file path or a postgresql:// URL (without its password).
namespace DataLocation {
enum class Source { CommandLine, Environment, Settings, Default };

QString databasePath(const QString &explicitPath = QString());
// Where databasePath() took its answer from.
Source databasePathSource(const QString &explicitPath = QString());
QString defaultDatabasePath();
// The location the Database dialog saved; empty when none was saved.
QString savedDatabaseLocation();
// Saves the location for later starts (empty: forget it, use the default file).
void saveDatabaseLocation(const QString &location);
} // namespace DataLocation

} // namespace Qalam
