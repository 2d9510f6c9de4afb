#include "store/eventrepository.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
const QString kColumns =
    QStringLiteral("id, environment, type, created_at, source, idempotency_key, payload");

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.environment = environmentFromString(q.value(1).toString()).value_or(Environment::Sandbox);
    e.type = q.value(2).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    e.source = eventSourceFromString(q.value(4).toString()).value_or(EventSource::Console);
    e.ingestIdempotencyKey = q.value(5).toString();
    e.payload = q.value(6).toByteArray();
    return e;
}
} // namespace

EventRepository::EventRepository(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError> EventRepository::insert(const Event &e)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(
            QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kColumns)))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(e.id);
    q.addBindValue(toString(e.environment));
    q.addBindValue(e.type);
    q.addBindValue(e.createdAt.toMSecsSinceEpoch());
    q.addBindValue(toString(e.source));
    q.addBindValue(e.ingestIdempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(e.ingestIdempotencyKey));
    // A BLOB, so the exact bytes come back (no text conversion).
    q.addBindValue(e.payload.isNull() ? QByteArray("") : e.payload);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

StoreResult<std::optional<Event>> EventRepository::findOne(const QString &where,
                                                           const QVariantList &binds) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT %1 FROM events WHERE %2").arg(kColumns, where)))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.next())
        return std::optional<Event>(fromRow(q));
    return std::optional<Event>();
}

StoreResult<std::optional<Event>> EventRepository::find(const QString &id) const
{
    return findOne(QStringLiteral("id = ?"), {id});
}

StoreResult<std::optional<Event>> EventRepository::findByIdempotencyKey(Environment environment,
                                                                        const QString &key) const
{
    return findOne(QStringLiteral("environment = ? AND idempotency_key = ?"),
                   {toString(environment), key});
}

StoreResult<QList<Event>> EventRepository::list(const Filter &f, int limit,
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
    // A failed prepare would otherwise surface as "Parameter count mismatch" at exec.
    if (!q.prepare(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY id DESC LIMIT ?")
                       .arg(kColumns, where.join(QStringLiteral(" AND ")))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Event> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace hookline
