#include "engine/deliveryqueue.h"

#include "analytics/rollupwriter.h"
#include "audit/auditlog.h"
#include "store/deliveryrepository.h"
#include "store/transaction.h"

namespace hookline {

DeliveryQueue::DeliveryQueue(Store store)
    : m_store(std::move(store))
    , m_repository(m_store)
{}

std::optional<StoreError> DeliveryQueue::recoverInterrupted(const QDateTime &now, int *recovered)
{
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    if (auto err = RollupWriter::recordUnfinishedAsInterrupted(m_store))
        return err;
    const StoreResult<int> count = m_repository.recoverInterrupted(now);
    if (!count)
        return count.error();
    if (recovered)
        *recovered = *count;
    return tx.commit();
}

StoreResult<std::optional<QDateTime>> DeliveryQueue::nextDue(const QString &endpointId) const
{
    return m_repository.nextDue(endpointId);
}

std::optional<StoreError> DeliveryQueue::claim(const QList<ClaimRequest> &requests,
                                               const QDateTime &now, QList<Claim> *claims)
{
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    QList<Claim> out;
    if (auto err = m_repository.claim(requests, now, &out))
        return err;
    if (auto err = tx.commit())
        return err;
    *claims = out;
    return std::nullopt;
}

std::optional<StoreError> DeliveryQueue::complete(const QList<Completion> &completions)
{
    if (completions.isEmpty())
        return std::nullopt;
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    if (auto err = record(completions))
        return err;
    return tx.commit();
}

std::optional<StoreError> DeliveryQueue::completeAndClaim(const Transaction &,
                                                          const QList<Completion> &completions,
                                                          const QList<ClaimRequest> &requests,
                                                          const QDateTime &now,
                                                          QList<Claim> *claims)
{
    if (auto err = record(completions))
        return err;
    QList<Claim> out;
    if (auto err = m_repository.claim(requests, now, &out))
        return err;
    *claims = out;
    return std::nullopt;
}

std::optional<StoreError> DeliveryQueue::record(const QList<Completion> &completions)
{
    if (completions.isEmpty())
        return std::nullopt;
    QHash<qint64, DeliveryQueueRepository::AttemptFacts> facts;
    const StoreResult<QList<Completion>> recorded =
        m_repository.recordCompletions(completions, &facts);
    if (!recorded)
        return recorded.error();
    for (const Completion &c : *recorded) {
        if (c.nextStatus != DeliveryStatus::Dead)
            continue;
        if (auto err =
                AuditLog::append(m_store, QStringLiteral("delivery.dead"), c.deliveryId,
                                 QJsonObject{{QStringLiteral("outcome"), toString(c.outcome)},
                                             {QStringLiteral("http_status"), c.httpStatus}}))
            return err;
    }
    // Same transaction: rollups and attempts never disagree, whatever crashes.
    return RollupWriter::recordCompletions(m_store, *recorded, facts);
}

StoreResult<int> DeliveryQueue::releaseUncertainClaims(const QDateTime &claimedAt,
                                                       const QStringList &endpointIds,
                                                       const QSet<qint64> &keep,
                                                       const QDateTime &now)
{
    Transaction tx(m_store);
    if (tx.error())
        return *tx.error();
    const StoreResult<int> released =
        m_repository.releaseUncertainClaims(claimedAt, endpointIds, keep, now);
    if (!released)
        return released;
    if (auto err = tx.commit())
        return *err;
    return released;
}

std::optional<StoreError> DeliveryQueue::shiftOpenSchedules(qint64 ms)
{
    return m_repository.shiftOpenSchedules(ms);
}

StoreResult<QList<AutoPause::Sample>> DeliveryQueue::recentOutcomes(const QString &endpointId,
                                                                    int count) const
{
    const auto stored = m_repository.recentOutcomes(endpointId, count);
    if (!stored)
        return stored.error();
    QList<AutoPause::Sample> out;
    for (const OutcomeSample &s : *stored)
        out << AutoPause::Sample{s.startedAt, s.outcome};
    return out;
}

std::optional<StoreError> DeliveryQueue::replay(const QString &deliveryId, const QDateTime &now)
{
    const StoreResult<int> changed = DeliveryRepository(m_store).makeDueNow(
        DeliveryRepository::DueSelection::one(deliveryId), now);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return StoreError{StoreError::Code::NotFound,
                          QStringLiteral("no delivery %1 that can be replayed").arg(deliveryId)};
    return std::nullopt;
}

} // namespace hookline
