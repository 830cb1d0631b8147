#pragma once

#include "app/core/result.h"
#include "app/people/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Qalam {

class Database;

// One table as a copy or a fingerprint saw it: its rows and the SHA-256 of
// their canonical text (every value as integer, text or hex bytes, the same
// on SQLite and PostgreSQL; the rows' order does not count).
struct TableFingerprint
{
    QString name;
    qint64 rows = 0;
    QString checksum; // hex

    bool operator==(const TableFingerprint &) const = default;
};

// Every table of a database and its photo originals (by content), as the
// copy verifies them. Equal fingerprints mean equal newsroom data, whichever
// backend holds it.
struct DatabaseFingerprint
{
    int schemaVersion = 0;
    QList<TableFingerprint> tables; // by name
    qint64 photoOriginals = 0;
    qint64 photoBytes = 0;
    QString photoChecksum; // hex, over the originals' SHA-256 and sizes

    bool operator==(const DatabaseFingerprint &) const = default;
    QJsonObject toJson() const;
};

// What `db copy` did: where from, where to, and what it verified.
struct DatabaseCopyReport
{
    QString from; // shown as Database::path() (never a password)
    QString to;
    DatabaseFingerprint copied; // the source's, equal to the target's
    bool verified = false;

    QJsonObject toJson() const;
};

// Copies a whole Qalam database into an empty one of either backend (a single
// desk's SQLite file into the team's PostgreSQL database, and back): every
// table, ids kept, and the photo originals (files beside an SQLite database,
// rows of photo_originals on a server). The tables and their columns come from
// the two databases' catalogs, so a later migration is copied without a change
// here; a table or column only one side knows stops the copy. The source is
// read in one snapshot and never written; the target is written in one
// transaction that commits only after every table's rows and every original's
// bytes read back from it match the source. Runs on the calling thread.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::DatabaseCopy)

public:
    // Opens a copy's source without changing it: a source with an older
    // schema is refused with the advice to migrate it first. `password` (a
    // stored one, see ServerLogin) as for Database::open.
    static Result<std::shared_ptr<Database>> openSource(const QString &location,
                                                        const QString &password = QString());
    // Copies `source` into the database at `target` (a file path or a
    // postgresql:// URL). The target must have no rows: a new file or an
    // empty server database gets the schema first. `actor` must be an
    // administrator of the source when it has accounts (the copy reads them
    // all). Refused, with nothing written, when the target holds rows (the
    // tables are named), the schemas differ, or the verification finds a
    // difference.
    static Result<DatabaseCopyReport> copy(const std::shared_ptr<Database> &source, const QString &target,
                                           const Actor &actor = Actor::local(),
                                           const QString &targetPassword = QString());
    // Row counts and checksums of every table, and the originals checked
    // against their SHA-256: what copy() compares. Needs no permission (it
    // shows no content); for checks and tests.
    static Result<DatabaseFingerprint> fingerprint(const std::shared_ptr<Database> &database);
};

} // namespace Qalam
