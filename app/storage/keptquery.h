#pragma once

#include <QSqlQuery>
#include <QString>

namespace Qalam {

// A prepared statement kept for its connection's life and reused by the next
// KeptQuery with the same text on that connection. The paths every autosave
// takes use it: Qt's PostgreSQL driver sends PREPARE, EXECUTE and DEALLOCATE
// as three round trips, so a statement prepared for one use costs three
// times what a kept one does (SQLite saves the parsing).
//
// Used like a QSqlQuery (`q->bindValue(…)`, `execChecked(*q, …)`). While one
// KeptQuery holds a statement, another with the same text on the same
// connection prepares its own, so nesting is safe. On destruction the
// statement is finished (an SQLite read ends) and kept, unless it failed:
// then it is dropped and prepared afresh next time (e.g. after another desk
// changed the schema). Database drops a connection's statements before it
// closes or removes the connection.
class KeptQuery
{
public:
    KeptQuery(const QSqlDatabase &db, const QString &sql);
    ~KeptQuery();
    KeptQuery(const KeptQuery &) = delete;
    KeptQuery &operator=(const KeptQuery &) = delete;

    QSqlQuery &operator*() { return m_query; }
    QSqlQuery *operator->() { return &m_query; }

    // Drops every statement kept for the connection.
    static void forget(const QString &connectionName);
    // How many statements are kept for the connection (tests).
    static int keptCount(const QString &connectionName);

private:
    QString m_connection;
    QString m_sql;
    QSqlQuery m_query;
    bool m_reused = false;
};

} // namespace Qalam
