#include "app/storage/keptquery.h"

#include <QMutex>
#include <QSqlError>

#include <map>
#include <utility>

namespace Qalam {

namespace {

// (connection name, SQL text) → the statement, while no KeptQuery holds it.
using Key = std::pair<QString, QString>;

QMutex &keptMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<Key, QSqlQuery> &kept()
{
    static std::map<Key, QSqlQuery> statements;
    return statements;
}

} // namespace

KeptQuery::KeptQuery(const QSqlDatabase &db, const QString &sql)
    : m_connection(db.connectionName()), m_sql(sql), m_query(db)
{
    {
        QMutexLocker lock(&keptMutex());
        auto it = kept().find(Key{m_connection, m_sql});
        if (it != kept().end()) {
            m_query = std::move(it->second);
            kept().erase(it);
            m_reused = true;
        }
    }
    if (!m_reused)
        m_query.prepare(m_sql);
}

KeptQuery::~KeptQuery()
{
    // A failed statement (or one whose preparing failed) is not kept: its
    // connection may be gone, or the schema changed under it.
    if (m_query.lastError().isValid() || !m_query.driver())
        return;
    m_query.finish();
    QSqlQuery dropped(std::move(m_query));
    QMutexLocker lock(&keptMutex());
    // A second holder of the same text returns its own copy: one is enough.
    kept().try_emplace(Key{m_connection, m_sql}, std::move(dropped));
}

void KeptQuery::forget(const QString &connectionName)
{
    std::map<Key, QSqlQuery> dropped;
    {
        QMutexLocker lock(&keptMutex());
        auto it = kept().lower_bound(Key{connectionName, QString()});
        while (it != kept().end() && it->first.first == connectionName) {
            auto node = kept().extract(it++);
            dropped.insert(std::move(node));
        }
    }
    // Destroyed outside the lock: each DEALLOCATE is a round trip.
}

int KeptQuery::keptCount(const QString &connectionName)
{
    QMutexLocker lock(&keptMutex());
    int count = 0;
    for (auto it = kept().lower_bound(Key{connectionName, QString()});
         it != kept().end() && it->first.first == connectionName; ++it)
        ++count;
    return count;
}

} // namespace Qalam
