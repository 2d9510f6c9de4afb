#include "store/deliveryrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
const QString kColumns = QStringLiteral(
    "id, event_id, endpoint_id, environment, event_type, idempotency_key, status, attempt_count, "
    "next_attempt_at, last_outcome, created_at, updated_at");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Delivery fromRow(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toString();
    d.eventId = q.value(1).toString();
    d.endpointId = q.value(2).toString();
    d.environment = environmentFromString(q.value(3).toString()).value_or(Environment::Sandbox);
    d.eventType = q.value(4).toString();
    d.idempotencyKey = q.value(5).toString();
    d.status = deliveryStatusFromString(q.value(6).toString()).value_or(DeliveryStatus::Pending);
    d.attemptCount = q.value(7).toInt();
    d.nextAttemptAt = fromMs(q.value(8));
    if (!q.value(9).isNull())
        d.lastOutcome = outcomeClassFromString(q.value(9).toString());
    d.createdAt = fromMs(q.value(10));
    d.updatedAt = fromMs(q.value(11));
    return d;
}

QList<HeaderPair> headersFromJson(const QVariant &v)
{
    QList<HeaderPair> out;
    const QJsonArray arr = QJsonDocument::fromJson(v.toByteArray()).array();
    for (const QJsonValue &h : arr) {
        const QJsonArray pair = h.toArray();
        out << HeaderPair{pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()};
    }
    return out;
}
} // namespace

DeliveryRepository::DeliveryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<StoreError> DeliveryRepository::insert(const Delivery &d)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO deliveries (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    q.addBindValue(d.id);
    q.addBindValue(d.eventId);
    q.addBindValue(d.endpointId);
    q.addBindValue(toString(d.environment));
    q.addBindValue(d.eventType);
    q.addBindValue(d.idempotencyKey);
    q.addBindValue(toString(d.status));
    q.addBindValue(d.attemptCount);
    q.addBindValue(d.nextAttemptAt.isValid() ? QVariant(d.nextAttemptAt.toMSecsSinceEpoch())
                                             : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(d.lastOutcome ? QVariant(toString(*d.lastOutcome))
                                 : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(d.updatedAt.toMSecsSinceEpoch());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

std::optional<Delivery> DeliveryRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Delivery> DeliveryRepository::list(const Filter &f, int limit, const QString &beforeId) const
{
    QStringList where{QStringLiteral("environment = ?")};
    QVariantList binds{toString(f.environment)};
    auto add = [&](const QString &clause, const QVariant &value) {
        where << clause;
        binds << value;
    };
    if (f.status)
        add(QStringLiteral("status = ?"), toString(*f.status));
    if (!f.endpointId.isEmpty())
        add(QStringLiteral("endpoint_id = ?"), f.endpointId);
    if (!f.eventId.isEmpty())
        add(QStringLiteral("event_id = ?"), f.eventId);
    if (!f.eventType.isEmpty())
        add(QStringLiteral("event_type = ?"), f.eventType);
    if (f.lastOutcome)
        add(QStringLiteral("last_outcome = ?"), toString(*f.lastOutcome));
    if (f.from.isValid())
        add(QStringLiteral("created_at >= ?"), f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add(QStringLiteral("created_at < ?"), f.to.toMSecsSinceEpoch());
    if (f.updatedSince.isValid())
        add(QStringLiteral("updated_at >= ?"), f.updatedSince.toMSecsSinceEpoch());
    if (!f.minId.isEmpty())
        add(QStringLiteral("id >= ?"), f.minId);
    if (!beforeId.isEmpty())
        add(QStringLiteral("id < ?"), beforeId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE %2 ORDER BY id DESC LIMIT ?")
                  .arg(kColumns, where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<Delivery> out;
    if (q.exec()) {
        while (q.next())
            out << fromRow(q);
    }
    return out;
}

QList<Delivery> DeliveryRepository::forEvent(const QString &eventId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM deliveries WHERE event_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(eventId);
    QList<Delivery> out;
    if (q.exec()) {
        while (q.next())
            out << fromRow(q);
    }
    return out;
}

QHash<DeliveryStatus, int> DeliveryRepository::countByStatus(Environment environment) const
{
    QHash<DeliveryStatus, int> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT status, count(*) FROM deliveries WHERE environment = ? GROUP BY status"));
    q.addBindValue(toString(environment));
    if (q.exec()) {
        while (q.next()) {
            if (auto s = deliveryStatusFromString(q.value(0).toString()))
                out.insert(*s, q.value(1).toInt());
        }
    }
    return out;
}

QList<Attempt> DeliveryRepository::attempts(const QString &deliveryId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, delivery_id, number, started_at, duration_ms, outcome, http_status, "
        "request_headers, response_headers, response_body, connected_address, error "
        "FROM attempts WHERE delivery_id = ? ORDER BY number"));
    q.addBindValue(deliveryId);
    QList<Attempt> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.deliveryId = q.value(1).toString();
        a.number = q.value(2).toInt();
        a.startedAt = fromMs(q.value(3));
        if (!q.value(4).isNull())
            a.durationMs = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.outcome = outcomeClassFromString(q.value(5).toString());
        a.httpStatus = q.value(6).toInt();
        a.requestHeaders = headersFromJson(q.value(7));
        a.responseHeaders = headersFromJson(q.value(8));
        a.responseBody = q.value(9).toByteArray();
        a.connectedAddress = q.value(10).toString();
        a.error = q.value(11).toString();
        out << a;
    }
    return out;
}

} // namespace hookline
