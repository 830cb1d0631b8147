#include "app/storage/databasecopy.h"

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"
#include "app/workflow/permissions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>

namespace Qalam {

namespace {

// Tables that belong to a backend rather than to the newsroom's data. The
// schema version: PostgreSQL keeps it in schema_meta (SQLite in the file's
// header). The photo originals: PostgreSQL keeps them as rows of
// photo_originals, SQLite as files beside the database; they are copied as
// originals, not as a table. SQLite's own tables (sqlite_*) and the full-text
// index (a virtual table with its shadow tables) are left out by their kind.
const QLatin1String s_versionTable("schema_meta");
const QLatin1String s_originalsTable("photo_originals");

enum class Kind { Integer, Text, Blob };

struct Column
{
    QString name;
    Kind kind = Kind::Text;
};

struct Table
{
    QString name;
    QList<Column> columns;  // the copied ones (generated columns left out), in the table's order
    QString sequenceColumn; // the id a sequence hands out (identity, AUTOINCREMENT); empty: none
};

// What a database's catalog says about the newsroom's tables.
struct Catalog
{
    QMap<QString, Table> tables;
    QMap<QString, QStringList> parents; // table → the tables its foreign keys refer to
    QStringList bookkeeping;            // backend tables that a target must have empty too
    QStringList fullTextIndexes;        // SQLite FTS5 tables, checked after a copy
};

Error queryError(const QString &message, const QSqlQuery &q)
{
    return Error{Error::Code::Database, message, q.lastError().text()};
}

// Table and column names go into SQL text (they cannot be bound): only
// plain lower-case names, as Qalam's schema has, are accepted.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString columnList(const Table &table)
{
    QStringList names;
    for (const Column &c : table.columns)
        names.append(c.name);
    return names.join(QStringLiteral(", "));
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Blob:
        return QStringLiteral("bytes");
    }
    return {};
}

std::optional<Kind> sqliteKind(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Kind::Integer;
    if (type.contains(QLatin1String("TEXT")) || type.contains(QLatin1String("CHAR")))
        return Kind::Text;
    if (type.contains(QLatin1String("BLOB")))
        return Kind::Blob;
    return std::nullopt;
}

std::optional<Kind> postgresKind(const QString &dataType)
{
    if (dataType == u"bigint" || dataType == u"integer" || dataType == u"smallint")
        return Kind::Integer;
    if (dataType == u"text" || dataType == u"character varying")
        return Kind::Text;
    if (dataType == u"bytea")
        return Kind::Blob;
    return std::nullopt;
}

Error unknownColumnType(const QString &table, const QString &column, const QString &type)
{
    return Error{
        Error::Code::Database,
        DatabaseCopy::tr("The column %1.%2 has the type %3, which the copy does not know; nothing was "
                         "copied.")
            .arg(table, column, type),
        {}};
}

Error unusualName(const QString &name)
{
    return Error{Error::Code::Database,
                 DatabaseCopy::tr("The database has a table or column named \"%1\", which is not Qalam's; "
                                  "nothing was copied.")
                     .arg(name),
                 {}};
}

Result<Catalog> readSqliteCatalog(QSqlDatabase &db)
{
    const QString failed = DatabaseCopy::tr("The tables of the database could not be read.");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return queryError(failed, q);
    QList<std::pair<QString, QString>> found;
    QStringList virtualTables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString sql = q.value(1).toString();
        found.append({name, sql});
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(name);
    }
    q.finish();
    Catalog catalog;
    for (const auto &[name, sql] : std::as_const(found)) {
        if (name.startsWith(QLatin1String("sqlite_")))
            continue;
        if (virtualTables.contains(name)) {
            if (sql.contains(QLatin1String("fts5"), Qt::CaseInsensitive) && isPlainName(name))
                catalog.fullTextIndexes.append(name);
            continue;
        }
        // A virtual table's shadow tables (articles_fts_data, …) are its own.
        // (A copy of the name: clang 14 cannot capture a structured binding.)
        const QString tableName = name;
        const bool shadow =
            std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                        [&tableName](const QString &v) { return tableName.startsWith(v + u'_'); });
        if (shadow)
            continue;
        if (!isPlainName(name))
            return unusualName(name);
        Table table;
        table.name = name;
        const bool autoincrement = sql.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive);
        QSqlQuery columns(db);
        columns.prepare(
            QStringLiteral("SELECT name, type, pk, hidden FROM pragma_table_xinfo(:table) ORDER BY cid"));
        columns.bindValue(QStringLiteral(":table"), name);
        if (!columns.exec())
            return queryError(failed, columns);
        while (columns.next()) {
            if (columns.value(3).toInt() != 0)
                continue; // generated
            const QString column = columns.value(0).toString();
            if (!isPlainName(column))
                return unusualName(column);
            const auto kind = sqliteKind(columns.value(1).toString());
            if (!kind)
                return unknownColumnType(name, column, columns.value(1).toString());
            table.columns.append({column, *kind});
            if (autoincrement && columns.value(2).toInt() == 1 && *kind == Kind::Integer)
                table.sequenceColumn = column;
        }
        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(:table)"));
        keys.bindValue(QStringLiteral(":table"), name);
        if (!keys.exec())
            return queryError(failed, keys);
        while (keys.next())
            catalog.parents[name].append(keys.value(0).toString());
        catalog.tables.insert(name, table);
    }
    return catalog;
}

Result<Catalog> readPostgresCatalog(QSqlDatabase &db)
{
    const QString failed = DatabaseCopy::tr("The tables of the database could not be read.");
    Catalog catalog;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                               " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                               " ORDER BY table_name")))
        return queryError(failed, q);
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == s_versionTable || name == s_originalsTable) {
            catalog.bookkeeping.append(name);
            continue;
        }
        if (!isPlainName(name))
            return unusualName(name);
        catalog.tables.insert(name, Table{name, {}, {}});
    }
    if (!q.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_generated, is_identity"
                               " FROM information_schema.columns WHERE table_schema = current_schema()"
                               " ORDER BY table_name, ordinal_position")))
        return queryError(failed, q);
    while (q.next()) {
        const auto table = catalog.tables.find(q.value(0).toString());
        if (table == catalog.tables.end())
            continue; // bookkeeping, or a view
        if (q.value(3).toString() == u"ALWAYS")
            continue; // generated (the search vector)
        const QString column = q.value(1).toString();
        if (!isPlainName(column))
            return unusualName(column);
        const auto kind = postgresKind(q.value(2).toString());
        if (!kind)
            return unknownColumnType(table->name, column, q.value(2).toString());
        table->columns.append({column, *kind});
        if (q.value(4).toString() == u"YES")
            table->sequenceColumn = column;
    }
    if (!q.exec(QStringLiteral("SELECT ch.relname, pa.relname FROM pg_catalog.pg_constraint c"
                               " JOIN pg_catalog.pg_class ch ON ch.oid = c.conrelid"
                               " JOIN pg_catalog.pg_class pa ON pa.oid = c.confrelid"
                               " JOIN pg_catalog.pg_namespace n ON n.oid = ch.relnamespace"
                               " WHERE c.contype = 'f' AND n.nspname = current_schema()")))
        return queryError(failed, q);
    while (q.next())
        catalog.parents[q.value(0).toString()].append(q.value(1).toString());
    return catalog;
}

Result<Catalog> readCatalog(Database &database, QSqlDatabase &db)
{
    return database.isPostgres() ? readPostgresCatalog(db) : readSqliteCatalog(db);
}

// The highest id each table's sequence has handed out (deleted rows
// included), so that the target never hands an id out again.
Result<QHash<QString, qint64>> sequenceHighs(Database &database, QSqlDatabase &db, const Catalog &catalog)
{
    const QString failed = DatabaseCopy::tr("The database's id sequences could not be read.");
    QHash<QString, qint64> highs;
    QSqlQuery q(db);
    if (!database.isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")) ||
            !q.next())
            return queryError(failed, q);
        if (q.value(0).toInt() == 0)
            return highs;
        if (!q.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence")))
            return queryError(failed, q);
        while (q.next())
            highs.insert(q.value(0).toString(), q.value(1).toLongLong());
        return highs;
    }
    q.prepare(QStringLiteral("SELECT s.last_value FROM pg_catalog.pg_sequences s"
                             " WHERE format('%I.%I', s.schemaname, s.sequencename)"
                             " = pg_get_serial_sequence(:table, :column)"));
    for (const Table &table : catalog.tables) {
        if (table.sequenceColumn.isEmpty())
            continue;
        q.bindValue(QStringLiteral(":table"), table.name);
        q.bindValue(QStringLiteral(":column"), table.sequenceColumn);
        if (!q.exec())
            return queryError(failed, q);
        if (q.next() && !q.isNull(0))
            highs.insert(table.name, q.value(0).toLongLong());
    }
    return highs;
}

// The tables in an order that inserts every referenced row before the rows
// that refer to it (by name among equals, so the order is the same every time).
Result<QStringList> insertOrder(const Catalog &catalog)
{
    QStringList order;
    QSet<QString> placed;
    QStringList left = catalog.tables.keys();
    while (!left.isEmpty()) {
        bool progress = false;
        for (auto it = left.begin(); it != left.end();) {
            bool ready = true;
            for (const QString &parent : catalog.parents.value(*it))
                ready =
                    ready && (parent == *it || placed.contains(parent) || !catalog.tables.contains(parent));
            if (ready) {
                order.append(*it);
                placed.insert(*it);
                it = left.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (!progress)
            return Error{
                Error::Code::Database,
                DatabaseCopy::tr("The tables %1 refer to each other in a circle; the copy cannot order "
                                 "them. Nothing was copied.")
                    .arg(left.join(QStringLiteral(", "))),
                {}};
    }
    return order;
}

// Both databases must hold the same tables with the same columns: a table or
// column only one of them knows would be lost or left empty.
Result<void> compareSchemas(const Catalog &source, const Catalog &target, const QString &sourceName,
                            const QString &targetName)
{
    const QStringList sourceTables = source.tables.keys();
    const QStringList targetTables = target.tables.keys();
    QStringList onlySource, onlyTarget;
    for (const QString &t : sourceTables)
        if (!target.tables.contains(t))
            onlySource.append(t);
    for (const QString &t : targetTables)
        if (!source.tables.contains(t))
            onlyTarget.append(t);
    if (!onlySource.isEmpty())
        return Error{
            Error::Code::InvalidInput,
            DatabaseCopy::tr("%1 has tables that are not part of this Qalam's schema: %2. Nothing was "
                             "copied.")
                .arg(sourceName, onlySource.join(QStringLiteral(", "))),
            {}};
    if (!onlyTarget.isEmpty())
        return Error{Error::Code::InvalidInput,
                     DatabaseCopy::tr("%1 lacks tables of this Qalam's schema: %2. Nothing was copied.")
                         .arg(sourceName, onlyTarget.join(QStringLiteral(", "))),
                     {}};
    for (const Table &s : source.tables) {
        const Table &t = target.tables[s.name];
        QMap<QString, Kind> sourceColumns, targetColumns;
        for (const Column &c : s.columns)
            sourceColumns.insert(c.name, c.kind);
        for (const Column &c : t.columns)
            targetColumns.insert(c.name, c.kind);
        if (sourceColumns == targetColumns)
            continue;
        QStringList differences;
        for (auto it = sourceColumns.cbegin(); it != sourceColumns.cend(); ++it) {
            if (!targetColumns.contains(it.key()))
                differences.append(DatabaseCopy::tr("%1 only in %2").arg(it.key(), sourceName));
            else if (targetColumns.value(it.key()) != it.value())
                differences.append(DatabaseCopy::tr("%1 is %2 in %3 and %4 in %5")
                                       .arg(it.key(), kindName(it.value()), sourceName,
                                            kindName(targetColumns.value(it.key())), targetName));
        }
        for (auto it = targetColumns.cbegin(); it != targetColumns.cend(); ++it)
            if (!sourceColumns.contains(it.key()))
                differences.append(DatabaseCopy::tr("%1 only in %2").arg(it.key(), targetName));
        return Error{Error::Code::InvalidInput,
                     DatabaseCopy::tr("The table %1 differs between the two databases (%2). Nothing was "
                                      "copied.")
                         .arg(s.name, differences.join(QStringLiteral("; "))),
                     {}};
    }
    return {};
}

// A value as both backends give it back for the column's kind: integers as
// qlonglong, text as QString, bytes as QByteArray; NULL stays NULL.
Result<QVariant> normalized(const QSqlQuery &q, int index, const Table &table, const Column &column)
{
    if (q.isNull(index)) {
        switch (column.kind) {
        case Kind::Integer:
            return QVariant(QMetaType::fromType<qlonglong>());
        case Kind::Text:
            return QVariant(QMetaType::fromType<QString>());
        case Kind::Blob:
            return QVariant(QMetaType::fromType<QByteArray>());
        }
    }
    const QVariant value = q.value(index);
    switch (column.kind) {
    case Kind::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok)
            return Error{
                Error::Code::Database,
                DatabaseCopy::tr("The table %1 holds \"%2\" in its whole-number column %3; nothing was "
                                 "copied.")
                    .arg(table.name, value.toString().left(40), column.name),
                {}};
        return QVariant(number);
    }
    case Kind::Text: {
        // Never a null QString: Qt binds that as NULL, and the schema wants text.
        const QString text = value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                                     : value.toString();
        return QVariant(nn(text));
    }
    case Kind::Blob: {
        const QByteArray bytes = value.toByteArray();
        return QVariant(bytes.isNull() ? QByteArray("", 0) : bytes);
    }
    }
    return value;
}

// The canonical text of a row: every column by name, in name order, as
// name=N; (NULL), I<digits>; T<utf-8 length>:<utf-8>; or B<hex>; — the same
// on both backends whatever their column order and types.
class TableDigest
{
public:
    explicit TableDigest(const Table &table)
    {
        for (int i = 0; i < table.columns.size(); ++i)
            m_order.append(i);
        std::sort(m_order.begin(), m_order.end(),
                  [&table](int a, int b) { return table.columns.at(a).name < table.columns.at(b).name; });
        for (const Column &c : table.columns)
            m_names.append(c.name.toUtf8());
        for (const Column &c : table.columns)
            m_kinds.append(c.kind);
    }

    void addRow(const QVariantList &values)
    {
        QByteArray text;
        for (int i : std::as_const(m_order)) {
            const QVariant &v = values.at(i);
            text += m_names.at(i);
            text += '=';
            if (v.isNull()) {
                text += "N;";
                continue;
            }
            switch (m_kinds.at(i)) {
            case Kind::Integer:
                text += 'I';
                text += QByteArray::number(v.toLongLong());
                break;
            case Kind::Text: {
                const QByteArray utf8 = v.toString().toUtf8();
                text += 'T';
                text += QByteArray::number(utf8.size());
                text += ':';
                text += utf8;
                break;
            }
            case Kind::Blob:
                text += 'B';
                text += v.toByteArray().toHex();
                break;
            }
            text += ';';
        }
        m_rowHashes.append(QCryptographicHash::hash(text, QCryptographicHash::Sha256));
    }

    // The rows' order does not count (the backends sort text differently).
    TableFingerprint finish(const QString &name)
    {
        std::sort(m_rowHashes.begin(), m_rowHashes.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &h : std::as_const(m_rowHashes))
            all.addData(h);
        return TableFingerprint{name, qint64(m_rowHashes.size()), QString::fromLatin1(all.result().toHex())};
    }

private:
    QList<int> m_order;
    QList<QByteArray> m_names;
    QList<Kind> m_kinds;
    QList<QByteArray> m_rowHashes;
};

// Reads every row of `table` (its columns in the table's order), hands each
// to `onRow` and returns the table's fingerprint.
Result<TableFingerprint> readTable(QSqlDatabase &db, const Table &table,
                                   const std::function<Result<void>(const QVariantList &)> &onRow = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(table), table.name)))
        return queryError(DatabaseCopy::tr("The table %1 could not be read.").arg(table.name), q);
    TableDigest digest(table);
    QVariantList row;
    row.reserve(table.columns.size());
    while (q.next()) {
        row.clear();
        for (int i = 0; i < table.columns.size(); ++i) {
            auto value = normalized(q, i, table, table.columns.at(i));
            if (!value)
                return value.error();
            row.append(*value);
        }
        digest.addRow(row);
        if (onRow) {
            if (auto r = onRow(row); !r)
                return r.error();
        }
    }
    if (q.lastError().isValid())
        return queryError(DatabaseCopy::tr("The table %1 could not be read.").arg(table.name), q);
    return digest.finish(table.name);
}

// Inserts rows in multi-row INSERTs of at most ~900 bound values (SQLite's
// and PostgreSQL's limits are far above), ids included.
class RowInserter
{
public:
    RowInserter(QSqlDatabase db, const Table &table, bool postgres)
        : m_db(std::move(db)), m_table(table), m_postgres(postgres)
    {
        m_batchRows = std::max<int>(1, std::min<int>(200, 900 / std::max<int>(1, int(table.columns.size()))));
        m_sequenceIndex = -1;
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns.at(i).name == table.sequenceColumn)
                m_sequenceIndex = i;
    }

    Result<void> add(const QVariantList &row)
    {
        if (m_sequenceIndex >= 0)
            m_maxSequence = std::max(m_maxSequence, row.at(m_sequenceIndex).toLongLong());
        m_rows.append(row);
        if (m_rows.size() >= m_batchRows)
            return flush();
        return {};
    }

    Result<void> flush()
    {
        if (m_rows.isEmpty())
            return {};
        const int rows = int(m_rows.size());
        QSqlQuery partial(m_db);
        QSqlQuery *q = &partial;
        if (rows == m_batchRows) {
            // Whole batches reuse one prepared statement.
            if (!m_full) {
                m_full.emplace(m_db);
                if (!m_full->prepare(sql(rows))) {
                    const Error error = queryError(failure(), *m_full);
                    m_full.reset();
                    return error;
                }
            }
            q = &*m_full;
        } else if (!partial.prepare(sql(rows))) {
            return queryError(failure(), partial);
        }
        int index = 0;
        for (const QVariantList &row : std::as_const(m_rows))
            for (const QVariant &v : row)
                q->bindValue(placeholder(index++), v);
        if (!q->exec())
            return queryError(failure(), *q);
        m_written += rows;
        m_rows.clear();
        return {};
    }

    qint64 maxSequence() const { return m_maxSequence; }
    qint64 written() const { return m_written; }

private:
    static QString placeholder(int index) { return QStringLiteral(":v%1").arg(index); }
    QString failure() const
    {
        return DatabaseCopy::tr("The rows of %1 could not be written.").arg(m_table.name);
    }

    QString sql(int rows) const
    {
        QStringList tuples;
        int index = 0;
        for (int r = 0; r < rows; ++r) {
            QStringList values;
            for (int c = 0; c < m_table.columns.size(); ++c)
                values.append(placeholder(index++));
            tuples.append(u'(' + values.join(QStringLiteral(", ")) + u')');
        }
        // The ids are the source's: an identity column takes them as given.
        const QString overriding = m_postgres && !m_table.sequenceColumn.isEmpty()
                                       ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                       : QString();
        return QStringLiteral("INSERT INTO %1 (%2)%3 VALUES %4")
            .arg(m_table.name, columnList(m_table), overriding, tuples.join(QStringLiteral(", ")));
    }

    QSqlDatabase m_db;
    const Table &m_table;
    bool m_postgres;
    int m_batchRows = 1;
    int m_sequenceIndex = -1;
    qint64 m_maxSequence = 0;
    qint64 m_written = 0;
    QList<QVariantList> m_rows;
    std::optional<QSqlQuery> m_full;
};

// The photo originals, by content.
struct Original
{
    qint64 photoId = 0;
    QString sha256; // lower-case hex, the name it is stored under
};

Result<QList<Original>> originalsOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sha256 FROM photos ORDER BY id")))
        return queryError(DatabaseCopy::tr("The photos could not be read."), q);
    QList<Original> originals;
    while (q.next())
        originals.append({q.value(0).toLongLong(), q.value(1).toString().toLower()});
    return originals;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The original's bytes: a row of the server's database, or the file beside
// the SQLite file.
Result<QByteArray> readOriginal(const std::shared_ptr<Database> &database, QSqlDatabase &db,
                                const Original &original)
{
    if (database->dialect().keepsPhotoOriginals()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT data FROM %1 WHERE sha256 = :sha").arg(s_originalsTable));
        q.bindValue(QStringLiteral(":sha"), original.sha256);
        if (!q.exec())
            return queryError(
                DatabaseCopy::tr("The original of photo %1 could not be read.").arg(original.photoId), q);
        if (!q.next())
            return Error{Error::Code::NotFound,
                         DatabaseCopy::tr("%1 has no original for photo %2 (%3); nothing was copied.")
                             .arg(database->path())
                             .arg(original.photoId)
                             .arg(original.sha256),
                         {}};
        return q.value(0).toByteArray();
    }
    const QString path = PhotoStore(database).originalPath(original.sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound,
                     DatabaseCopy::tr("The original of photo %1 is missing: %2. Nothing was copied.")
                         .arg(original.photoId)
                         .arg(path),
                     file.errorString()};
    return file.readAll();
}

// The SHA-256 and size of an original as the database holds it (a server
// hashes its own rows: the bytes need not travel back).
Result<std::pair<QByteArray, qint64>> digestOriginal(const std::shared_ptr<Database> &database,
                                                     QSqlDatabase &db, const Original &original)
{
    if (database->dialect().keepsPhotoOriginals()) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT encode(sha256(data), 'hex'), length(data) FROM %1 WHERE sha256 = :sha")
                .arg(s_originalsTable));
        q.bindValue(QStringLiteral(":sha"), original.sha256);
        if (!q.exec())
            return queryError(
                DatabaseCopy::tr("The original of photo %1 could not be read.").arg(original.photoId), q);
        if (!q.next())
            return Error{Error::Code::NotFound,
                         DatabaseCopy::tr("%1 has no original for photo %2 (%3).")
                             .arg(database->path())
                             .arg(original.photoId)
                             .arg(original.sha256),
                         {}};
        return std::pair<QByteArray, qint64>(q.value(0).toByteArray(), q.value(1).toLongLong());
    }
    auto bytes = readOriginal(database, db, original);
    if (!bytes)
        return bytes.error();
    return std::pair<QByteArray, qint64>(sha256Hex(*bytes), bytes->size());
}

// The fingerprint of the originals: their names (SHA-256) and sizes.
void setOriginals(DatabaseFingerprint *fingerprint, QStringList lines, qint64 bytes)
{
    lines.sort();
    fingerprint->photoOriginals = lines.size();
    fingerprint->photoBytes = bytes;
    fingerprint->photoChecksum = QString::fromLatin1(sha256Hex(lines.join(u'\n').toUtf8()));
}

QString originalLine(const Original &original, qint64 size)
{
    return original.sha256 + u':' + QString::number(size);
}

// Every original checked against the SHA-256 it is named by.
Result<void> fingerprintOriginals(const std::shared_ptr<Database> &database, QSqlDatabase &db,
                                  DatabaseFingerprint *fingerprint)
{
    auto originals = originalsOf(db);
    if (!originals)
        return originals.error();
    QStringList lines;
    qint64 bytes = 0;
    for (const Original &original : std::as_const(*originals)) {
        auto digest = digestOriginal(database, db, original);
        if (!digest)
            return digest.error();
        if (QString::fromLatin1(digest->first) != original.sha256)
            return Error{Error::Code::Database,
                         DatabaseCopy::tr("The original of photo %1 in %2 is damaged: its bytes do not match "
                                          "its SHA-256.")
                             .arg(original.photoId)
                             .arg(database->path()),
                         original.sha256};
        bytes += digest->second;
        lines.append(originalLine(original, digest->second));
    }
    setOriginals(fingerprint, lines, bytes);
    return {};
}

// A read of the whole source in one snapshot: other desks may go on
// writing, the copy sees one moment.
Result<void> beginSnapshot(Database &database, QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString sql = database.isPostgres()
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return queryError(DatabaseCopy::tr("The database %1 could not be read.").arg(database.path()), q);
    return {};
}

void endSnapshot(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<DatabaseFingerprint> fingerprintOf(const std::shared_ptr<Database> &database, QSqlDatabase &db,
                                          const Catalog &catalog)
{
    DatabaseFingerprint fingerprint;
    fingerprint.schemaVersion = database->schemaVersion();
    for (const Table &table : catalog.tables) {
        auto t = readTable(db, table);
        if (!t)
            return t.error();
        fingerprint.tables.append(*t);
    }
    if (auto r = fingerprintOriginals(database, db, &fingerprint); !r)
        return r.error();
    return fingerprint;
}

// Where a location is shown: a server URL never with its password.
QString shown(const QString &location)
{
    return Database::isServerUrl(location) ? QUrl(location).toString(QUrl::RemovePassword) : location;
}

// How many tables the database at `location` holds (0: a new file, or an
// empty server database); an error when it cannot be reached.
Result<qint64> tableCountAt(const QString &location, bool fileExistedBefore, const QString &password)
{
    if (!Database::isServerUrl(location))
        return qint64(fileExistedBefore && QFileInfo(location).size() > 0 ? 1 : 0);
    const QString name = QStringLiteral("qalam-copy-probe");
    Result<qint64> count = Error{};
    {
        auto db = Database::openServerConnection(location, name, password);
        if (!db) {
            count = db.error();
        } else {
            QSqlQuery q(*db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()")) &&
                q.next())
                count = q.value(0).toLongLong();
            else
                count = queryError(
                    DatabaseCopy::tr("The database %1 could not be read.").arg(shown(location)), q);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// Database::open with Migration::Refuse says InvalidInput for an older
// schema and for a server address it cannot read; the address is fine when
// the server can be reached.
bool needsMigrating(const Error &error, const QString &location, bool fileExistedBefore,
                    const QString &password)
{
    return error.code == Error::Code::InvalidInput &&
           tableCountAt(location, fileExistedBefore, password).ok();
}

// Files written into an SQLite target's photo folder, removed again when
// the copy fails (the database part rolls back by itself).
class WrittenFiles
{
public:
    ~WrittenFiles()
    {
        if (m_keep)
            return;
        for (const QString &path : std::as_const(m_files))
            QFile::remove(path);
        if (!m_createdFolder.isEmpty())
            QDir(m_createdFolder).removeRecursively();
        if (!m_createdDatabase.isEmpty())
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(m_createdDatabase + suffix);
    }
    void add(const QString &path) { m_files.append(path); }
    void setCreated(const QString &databaseFile, const QString &photoFolder)
    {
        m_createdDatabase = databaseFile;
        m_createdFolder = photoFolder;
    }
    void keep() { m_keep = true; }

private:
    QStringList m_files;
    QString m_createdDatabase;
    QString m_createdFolder;
    bool m_keep = false;
};

Result<void> writeOriginal(const std::shared_ptr<Database> &target, QSqlDatabase &db,
                           const Original &original, const QByteArray &bytes, WrittenFiles *written)
{
    if (target->dialect().keepsPhotoOriginals()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (sha256, data) VALUES (:sha, :data)").arg(s_originalsTable));
        q.bindValue(QStringLiteral(":sha"), original.sha256);
        q.bindValue(QStringLiteral(":data"), bytes);
        if (!q.exec())
            return queryError(
                DatabaseCopy::tr("The original of photo %1 could not be written.").arg(original.photoId), q);
        return {};
    }
    const QString path = PhotoStore(target).originalPath(original.sha256);
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && sha256Hex(existing.readAll()) == original.sha256.toLatin1())
            return {}; // already there (originals are stored by content)
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io,
                     DatabaseCopy::tr("Cannot write the original of photo %1 into %2; nothing was copied.")
                         .arg(original.photoId)
                         .arg(QFileInfo(path).absolutePath()),
                     file.errorString()};
    written->add(path);
    return {};
}

// Makes every sequence hand out ids above the copied ones and above the
// highest the source ever handed out.
Result<void> resetSequences(Database &target, QSqlDatabase &db, const Catalog &catalog,
                            const QHash<QString, qint64> &copiedMax,
                            const QHash<QString, qint64> &sourceHighs)
{
    const QString failed = DatabaseCopy::tr("The id sequences of the copy could not be set.");
    for (const Table &table : catalog.tables) {
        if (table.sequenceColumn.isEmpty())
            continue;
        const qint64 high = std::max(copiedMax.value(table.name), sourceHighs.value(table.name));
        QSqlQuery q(db);
        if (target.isPostgres()) {
            q.prepare(
                high > 0
                    ? QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), :value)")
                    : QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), 1, false)"));
            q.bindValue(QStringLiteral(":table"), table.name);
            q.bindValue(QStringLiteral(":column"), table.sequenceColumn);
            if (high > 0)
                q.bindValue(QStringLiteral(":value"), high);
            if (!q.exec())
                return queryError(failed, q);
            continue;
        }
        if (high <= 0)
            continue;
        // SQLite's AUTOINCREMENT keeps its high-water mark in sqlite_sequence
        // (raised already to the highest id inserted).
        q.prepare(
            QStringLiteral("UPDATE sqlite_sequence SET seq = :high WHERE name = :table AND seq < :high2"));
        q.bindValue(QStringLiteral(":high"), high);
        q.bindValue(QStringLiteral(":table"), table.name);
        q.bindValue(QStringLiteral(":high2"), high);
        if (!q.exec())
            return queryError(failed, q);
        q.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT :table, :high"
                                 " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :table2)"));
        q.bindValue(QStringLiteral(":table"), table.name);
        q.bindValue(QStringLiteral(":high"), high);
        q.bindValue(QStringLiteral(":table2"), table.name);
        if (!q.exec())
            return queryError(failed, q);
    }
    return {};
}

QStringList differingTables(const DatabaseFingerprint &a, const DatabaseFingerprint &b)
{
    QStringList names;
    for (int i = 0; i < std::max(a.tables.size(), b.tables.size()); ++i) {
        if (i >= a.tables.size() || i >= b.tables.size() || !(a.tables.at(i) == b.tables.at(i)))
            names.append(i < a.tables.size() ? a.tables.at(i).name : b.tables.at(i).name);
    }
    if (a.photoOriginals != b.photoOriginals || a.photoBytes != b.photoBytes ||
        a.photoChecksum != b.photoChecksum)
        names.append(DatabaseCopy::tr("photo originals"));
    return names;
}

} // namespace

QJsonObject DatabaseFingerprint::toJson() const
{
    QJsonArray tableArray;
    for (const TableFingerprint &t : tables)
        tableArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("rows"), t.rows},
                                      {QStringLiteral("checksum"), t.checksum}});
    return QJsonObject{
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("tables"), tableArray},
        {QStringLiteral("photo_originals"), QJsonObject{{QStringLiteral("count"), photoOriginals},
                                                        {QStringLiteral("bytes"), photoBytes},
                                                        {QStringLiteral("checksum"), photoChecksum}}}};
}

QJsonObject DatabaseCopyReport::toJson() const
{
    QJsonObject json = copied.toJson();
    json.insert(QStringLiteral("from"), from);
    json.insert(QStringLiteral("to"), to);
    json.insert(QStringLiteral("verified"), verified);
    return json;
}

Result<std::shared_ptr<Database>> DatabaseCopy::openSource(const QString &location, const QString &password)
{
    if (!Database::isServerUrl(location) && !QFileInfo::exists(location))
        return Error{Error::Code::NotFound, tr("There is no database at %1.").arg(location), {}};
    auto source = Database::open(location, Database::Migration::Refuse, password);
    if (source)
        return source;
    if (!needsMigrating(source.error(), location, true, password))
        return source.error();
    if (auto tables = tableCountAt(location, true, password); tables && *tables == 0)
        return Error{
            Error::Code::NotFound, tr("%1 is empty: there is nothing to copy.").arg(shown(location)), {}};
    return Error{Error::Code::InvalidInput,
                 tr("%1 Bring it up to date first (qalam-cli --db %2 db migrate), then copy it. Nothing was "
                    "copied.")
                     .arg(source.error().message, shown(location)),
                 {}};
}

Result<DatabaseFingerprint> DatabaseCopy::fingerprint(const std::shared_ptr<Database> &database)
{
    auto conn = database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (auto r = beginSnapshot(*database, db); !r)
        return r.error();
    const auto end = qScopeGuard([&db]() { endSnapshot(db); });
    auto catalog = readCatalog(*database, db);
    if (!catalog)
        return catalog.error();
    return fingerprintOf(database, db, *catalog);
}

Result<DatabaseCopyReport> DatabaseCopy::copy(const std::shared_ptr<Database> &source,
                                              const QString &targetLocation, const Actor &actor,
                                              const QString &targetPassword)
{
    auto sourceConn = source->connection();
    if (!sourceConn)
        return sourceConn.error();
    QSqlDatabase from = *sourceConn;
    // The copy reads everything, accounts and their password hashes included.
    if (auto r = Permissions::authorize(from, actor, Action::ManageUsers); !r) {
        if (r.error().detail == u"sign-in")
            return r.error();
        return Error{
            Error::Code::Denied,
            tr("Only an administrator of %1 may copy it (the copy includes its accounts). Nothing was "
               "copied.")
                .arg(source->path()),
            r.error().message};
    }
    if (source->schemaVersion() != Database::latestSchemaVersion())
        return Error{
            Error::Code::InvalidInput,
            tr("%1 has schema %2; this Qalam copies schema %3. Run qalam-cli --db %1 db migrate first. "
               "Nothing was copied.")
                .arg(source->path())
                .arg(source->schemaVersion())
                .arg(Database::latestSchemaVersion()),
            {}};

    // The target: an existing Qalam database at this version, or a blank
    // one that gets the schema now. A target that needs migrating is left
    // alone (it is refused below anyway if it holds rows).
    WrittenFiles written;
    const bool server = Database::isServerUrl(targetLocation);
    const bool fileExisted = !server && QFileInfo::exists(targetLocation);
    const QString photoFolderBefore =
        server ? QString() : QFileInfo(targetLocation).absoluteFilePath() + QStringLiteral(".photos");
    const bool folderExisted = !server && QFileInfo::exists(photoFolderBefore);
    auto opened = Database::open(targetLocation, Database::Migration::Refuse, targetPassword);
    bool olderSchema = !opened && needsMigrating(opened.error(), targetLocation, fileExisted, targetPassword);
    if (olderSchema) {
        if (auto tables = tableCountAt(targetLocation, fileExisted, targetPassword); tables && *tables == 0) {
            opened = Database::open(targetLocation, Database::Migration::Apply, targetPassword);
            olderSchema = false;
        }
    }
    if (!server && !fileExisted)
        written.setCreated(QFileInfo(targetLocation).absoluteFilePath(),
                           folderExisted ? QString() : photoFolderBefore);
    if (!opened) {
        if (olderSchema)
            return Error{
                Error::Code::InvalidInput,
                tr("%1 The copy goes into an empty database, or one at this Qalam's schema with no rows. "
                   "Nothing was copied.")
                    .arg(opened.error().message),
                {}};
        return opened.error();
    }
    // Held here only: the target's connections close before a failed
    // copy's new file is removed.
    std::shared_ptr<Database> target = std::move(opened.value());
    DatabaseCopyReport report;
    report.from = source->path();
    report.to = target->path();
    if (report.from == report.to)
        return Error{Error::Code::InvalidInput,
                     tr("%1 is both the source and the target of the copy.").arg(report.from),
                     {}};
    if (target->schemaVersion() != source->schemaVersion())
        return Error{
            Error::Code::InvalidInput,
            tr("%1 has schema %2 and %3 schema %4; both must be at this Qalam's schema %5. Nothing was "
               "copied.")
                .arg(report.from)
                .arg(source->schemaVersion())
                .arg(report.to)
                .arg(target->schemaVersion())
                .arg(Database::latestSchemaVersion()),
            {}};

    Result<DatabaseCopyReport> result = [&]() -> Result<DatabaseCopyReport> {
        auto targetConn = target->connection();
        if (!targetConn)
            return targetConn.error();
        QSqlDatabase to = *targetConn;
        if (auto r = beginSnapshot(*source, from); !r)
            return r.error();
        const auto end = qScopeGuard([&from]() { endSnapshot(from); });
        auto sourceCatalog = readCatalog(*source, from);
        if (!sourceCatalog)
            return sourceCatalog.error();
        auto highs = sequenceHighs(*source, from, *sourceCatalog);
        if (!highs)
            return highs.error();

        WriteTransaction tx(to);
        if (auto r = tx.begin(target->dialect().beginWrite()); !r)
            return r.error();
        auto targetCatalog = readCatalog(*target, to);
        if (!targetCatalog)
            return targetCatalog.error();
        if (auto r = compareSchemas(*sourceCatalog, *targetCatalog, report.from, report.to); !r)
            return r.error();

        // Only into an empty database: rows there would mix two newsrooms.
        QStringList withRows;
        QStringList checked = targetCatalog->tables.keys();
        for (const QString &t : std::as_const(targetCatalog->bookkeeping))
            if (t != s_versionTable)
                checked.append(t);
        for (const QString &t : std::as_const(checked)) {
            QSqlQuery q(to);
            if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(t)))
                return queryError(tr("The database %1 could not be read.").arg(report.to), q);
            if (q.next())
                withRows.append(t);
        }
        if (!withRows.isEmpty())
            return Error{
                Error::Code::InvalidInput,
                tr("%1 is not empty (rows in %2). The copy goes into an empty database only; nothing was "
                   "copied.")
                    .arg(report.to, withRows.join(QStringLiteral(", "))),
                {}};

        auto order = insertOrder(*targetCatalog);
        if (!order)
            return order.error();
        DatabaseFingerprint copied;
        copied.schemaVersion = source->schemaVersion();
        QHash<QString, qint64> copiedMax;
        for (const QString &name : std::as_const(*order)) {
            const Table &targetTable = (*targetCatalog).tables[name];
            // Read in the target's column order, so rows go in as they come.
            Table readAs = sourceCatalog->tables.value(name);
            readAs.columns = targetTable.columns;
            RowInserter inserter(to, targetTable, target->isPostgres());
            auto table =
                readTable(from, readAs, [&inserter](const QVariantList &row) { return inserter.add(row); });
            if (!table)
                return table.error();
            if (auto r = inserter.flush(); !r)
                return r.error();
            copiedMax.insert(name, inserter.maxSequence());
            copied.tables.append(*table);
            qCInfo(lcStorage) << "copied" << table->rows << "rows of" << name;
        }
        std::sort(copied.tables.begin(), copied.tables.end(),
                  [](const TableFingerprint &a, const TableFingerprint &b) { return a.name < b.name; });

        // articles.photo_count is kept by triggers on photo_uses, which fired
        // once for every copied use on top of the copied count: take those
        // increments back, so that the counts are exactly the source's.
        if (targetCatalog->tables.contains(QStringLiteral("photo_uses"))) {
            QSqlQuery q(to);
            if (!q.exec(QStringLiteral(
                    "UPDATE articles SET photo_count = photo_count -"
                    " (SELECT count(*) FROM photo_uses u WHERE u.article_id = articles.id)"
                    " WHERE EXISTS (SELECT 1 FROM photo_uses u WHERE u.article_id = articles.id)")))
                return queryError(tr("The photo counts of the copy could not be set."), q);
        }

        // The originals, each checked against its name on the way.
        auto originals = originalsOf(from);
        if (!originals)
            return originals.error();
        QStringList originalLines;
        qint64 originalBytes = 0;
        for (const Original &original : std::as_const(*originals)) {
            auto bytes = readOriginal(source, from, original);
            if (!bytes)
                return bytes.error();
            if (sha256Hex(*bytes) != original.sha256.toLatin1())
                return Error{
                    Error::Code::Database,
                    tr("The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256. "
                       "Nothing was copied.")
                        .arg(original.photoId)
                        .arg(report.from),
                    original.sha256};
            if (auto r = writeOriginal(target, to, original, *bytes, &written); !r)
                return r.error();
            originalLines.append(originalLine(original, bytes->size()));
            originalBytes += bytes->size();
        }
        setOriginals(&copied, originalLines, originalBytes);

        if (auto r = resetSequences(*target, to, *targetCatalog, copiedMax, *highs); !r)
            return r.error();
        // SQLite's full-text index is filled by triggers as the articles go
        // in (folded, so it is checked for its own consistency only).
        for (const QString &index : std::as_const(targetCatalog->fullTextIndexes)) {
            QSqlQuery q(to);
            if (!q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index)))
                return queryError(tr("The search index of the copy does not match its articles."), q);
        }

        // The verification: everything read back from the target, inside
        // the transaction, must be what was read from the source.
        auto check = fingerprintOf(target, to, *targetCatalog);
        if (!check)
            return check.error();
        if (!(*check == copied))
            return Error{
                Error::Code::Database,
                tr("The copy in %1 differs from %2 in %3; it was rolled back and nothing was copied.")
                    .arg(report.to, report.from, differingTables(copied, *check).join(QStringLiteral(", "))),
                {}};
        if (auto r = tx.commit(); !r)
            return r.error();
        report.copied = copied;
        report.verified = true;
        return report;
    }();
    if (result)
        written.keep();
    target.reset();
    return result;
}

} // namespace Qalam
