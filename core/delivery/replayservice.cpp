#include "delivery/replayservice.h"

#include "audit/auditlog.h"
#include "delivery/deliveryqueue.h"
#include "store/deliveryrepository.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

ReplayService::ReplayService(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

std::optional<StoreError> ReplayService::replay(const QString &deliveryId)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    if (auto err = DeliveryQueue(m_db).replay(deliveryId, m_clock.nowUtc()))
        return err;
    if (auto err = AuditLog::append(m_db, QStringLiteral("delivery.replay"), deliveryId))
        return err;
    return tx.commit();
}

std::optional<StoreError> ReplayService::replayDead(const DeadLetterFilter &f, int *count)
{
    QStringList where{QStringLiteral("status = 'dead'"), QStringLiteral("environment = ?")};
    QVariantList binds{toString(f.environment)};
    if (!f.endpointId.isEmpty()) {
        where << QStringLiteral("endpoint_id = ?");
        binds << f.endpointId;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("updated_at >= ?");
        binds << f.since.toMSecsSinceEpoch();
    }
    if (f.outcome) {
        where << QStringLiteral("last_outcome = ?");
        binds << toString(*f.outcome);
    }
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, "
                             "updated_at = ? WHERE %1")
                  .arg(where.join(QStringLiteral(" AND "))));
    q.addBindValue(now);
    q.addBindValue(now);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (count)
        *count = q.numRowsAffected();
    if (auto err = AuditLog::append(
            m_db, QStringLiteral("delivery.bulk_replay"), toString(f.environment),
            QJsonObject{{QStringLiteral("endpoint"), f.endpointId},
                        {QStringLiteral("since"), f.since.isValid()
                                                      ? f.since.toUTC().toString(Qt::ISODateWithMs)
                                                      : QString()},
                        {QStringLiteral("outcome"), f.outcome ? toString(*f.outcome) : QString()},
                        {QStringLiteral("count"), q.numRowsAffected()}}))
        return err;
    return tx.commit();
}

QList<Delivery> ReplayService::deadLetters(const DeadLetterFilter &f, int limit,
                                           const QString &beforeId) const
{
    DeliveryRepository::Filter filter;
    filter.environment = f.environment;
    filter.status = DeliveryStatus::Dead;
    filter.endpointId = f.endpointId;
    filter.lastOutcome = f.outcome;
    filter.updatedSince = f.since;
    return DeliveryRepository(m_db).list(filter, limit, beforeId);
}

} // namespace hookline
