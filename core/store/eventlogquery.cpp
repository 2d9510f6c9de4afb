#include "store/eventlogquery.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

EventLogQuery::EventLogQuery(Store store)
    : m_store(std::move(store))
{}

StoreResult<QList<Event>> EventLogQuery::page(const EventRepository::Filter &f, int limit,
                                              const QString &beforeId) const
{
    QStringList where{QStringLiteral("environment = ?")};
    QVariantList binds{toString(f.environment)};
    if (!f.type.isEmpty()) {
        where << QStringLiteral("type = ?");
        binds << f.type;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << f.to.toMSecsSinceEpoch();
    }
    if (!f.endpointId.isEmpty()) {
        where << QStringLiteral("id IN (SELECT event_id FROM deliveries WHERE endpoint_id = ?)");
        binds << f.endpointId;
    }
    if (!beforeId.isEmpty()) {
        where << QStringLiteral("id < ?"); // ids sort by creation time
        binds << beforeId;
    }
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    // A statement SQLite cannot prepare (a missing table) reports why here; exec() would only
    // say "Parameter count mismatch".
    if (!q.prepare(
            QStringLiteral("SELECT id, environment, type, created_at, source, idempotency_key, "
                           "payload FROM events WHERE %1 ORDER BY id DESC LIMIT ?")
                .arg(where.join(QStringLiteral(" AND ")))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toString();
        e.environment = environmentFromString(q.value(1).toString()).value_or(Environment::Sandbox);
        e.type = q.value(2).toString();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        e.source = eventSourceFromString(q.value(4).toString()).value_or(EventSource::Console);
        e.ingestIdempotencyKey = q.value(5).toString();
        e.payload = q.value(6).toByteArray();
        out << e;
    }
    // A step that fails after the first row (SQLITE_BUSY, a lost server) ends next() early.
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

} // namespace hookline
