#pragma once

#include <QString>
#include <QStringList>

namespace Qalam {

// Everything in Qalam's SQL that is specific to one database engine: the schema
// migrations, the write-transaction start, full-text search. The repositories
// write portable SQL and ask the dialect for the rest, so that the PostgreSQL
// backend (team mode) adds a second implementation instead of edits everywhere.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Statements that take the schema from version-1 to `version`.
    virtual QStringList migration(int version) const = 0;
    virtual int latestSchemaVersion() const = 0;
    // Starts a transaction that holds the write lock from its first statement.
    virtual QString beginWrite() const = 0;
    // A condition on `articles a` that keeps the rows matching :search.
    virtual QString searchCondition() const = 0;
    // Turns what the user typed into the engine's query syntax (prefix match on
    // every word); empty when there is nothing to search for.
    virtual QString searchQuery(const QString &userText) const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    QStringList migration(int version) const override;
    int latestSchemaVersion() const override { return 9; }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString searchCondition() const override;
    QString searchQuery(const QString &userText) const override;
};

} // namespace Qalam
