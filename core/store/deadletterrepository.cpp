#include "store/deadletterrepository.h"

#include "store/deliverycondition.h"
#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

DeadLetterRepository::DeadLetterRepository(Store store)
    : m_store(std::move(store))
{}

StoreResult<QList<DeadLetterRepository::Group>>
DeadLetterRepository::groups(Environment environment) const
{
    // On SQLite the partial dead-letter index (schema 4) covers the scan and yields the rows
    // grouped: only dead rows are read, never the table. Named, because the status index would
    // also answer and then read every dead row from the table (0.2–0.6 s at 50,000 dead).
    const DeliveryCondition where = deadLetterCondition(DeadLetterFilter{environment, {}, {}, {}});
    const bool sqlite = m_store.dialect() == Store::Dialect::Sqlite;
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT endpoint_id, last_outcome, count(*), max(updated_at) FROM "
                           "deliveries%1 WHERE %2 GROUP BY endpoint_id, last_outcome "
                           "ORDER BY count(*) DESC, endpoint_id, last_outcome%3")
                .arg(sqlite ? QStringLiteral(" INDEXED BY deliveries_dead") : QString(),
                     where.sql(),
                     // SQLite sorts NULLs first; say so on PostgreSQL too.
                     sqlite ? QString() : QStringLiteral(" NULLS FIRST"))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Group> out;
    while (q.next()) {
        Group g;
        g.endpointId = q.value(0).toString();
        if (!q.value(1).isNull())
            g.outcome = outcomeClassFromString(q.value(1).toString());
        g.count = q.value(2).toInt();
        g.latest = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        out << g;
    }
    return out;
}

StoreResult<int> DeadLetterRepository::count(const DeadLetterFilter &filter,
                                             const QDateTime &until) const
{
    const DeliveryCondition where = deadLetterCondition(filter, until);
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM deliveries WHERE %1").arg(where.sql())))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hookline
