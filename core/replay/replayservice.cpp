#include "replay/replayservice.h"

#include "audit/auditlog.h"
#include "engine/deliveryqueue.h"
#include "store/deliveryrepository.h"
#include "store/transaction.h"

namespace hookline {

ReplayService::ReplayService(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

std::optional<StoreError> ReplayService::replay(const QString &deliveryId)
{
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    if (auto err = DeliveryQueue(m_store).replay(deliveryId, m_clock.nowUtc()))
        return err;
    if (auto err = AuditLog::append(m_store, QStringLiteral("delivery.replay"), deliveryId))
        return err;
    return tx.commit();
}

std::optional<StoreError> ReplayService::replayDead(const DeadLetterFilter &f, int *count)
{
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    const StoreResult<int> replayed = DeliveryRepository(m_store).makeDueNow(
        DeliveryRepository::DueSelection::deadLetters(f), m_clock.nowUtc());
    if (!replayed)
        return replayed.error();
    if (count)
        *count = *replayed;
    if (auto err = AuditLog::append(
            m_store, QStringLiteral("delivery.bulk_replay"), toString(f.environment),
            QJsonObject{{QStringLiteral("endpoint"), f.endpointId},
                        {QStringLiteral("since"), f.since.isValid()
                                                      ? f.since.toUTC().toString(Qt::ISODateWithMs)
                                                      : QString()},
                        {QStringLiteral("outcome"), f.outcome ? toString(*f.outcome) : QString()},
                        {QStringLiteral("count"), *replayed}}))
        return err;
    return tx.commit();
}

StoreResult<QList<Delivery>> ReplayService::deadLetters(const DeadLetterFilter &f, int limit,
                                                        const QString &beforeId) const
{
    DeliveryRepository::Filter filter;
    filter.environment = f.environment;
    filter.status = DeliveryStatus::Dead;
    filter.endpointId = f.endpointId;
    filter.lastOutcome = f.outcome;
    filter.updatedSince = f.since;
    return DeliveryRepository(m_store).list(filter, limit, beforeId);
}

} // namespace hookline
