#pragma once

#include "domain/autopause.h"
#include "domain/completion.h"
#include "store/deliveryqueuerepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <optional>

namespace hookline {

class Transaction;

// The engine's queue: claiming due deliveries (recording their attempts as started, durably, before
// any request goes out), recording many completions per transaction (group commit) together with
// their rollups and audit entries, recovery at start-up, replays. The SQL is the store's
// (DeliveryQueueRepository); this class decides what goes into one transaction. Used only on the
// engine's thread, with the engine's own connection.
class DeliveryQueue
{
public:
    using ClaimRequest = DeliveryQueueRepository::ClaimRequest;
    using Claim = DeliveryQueueRepository::Claim;
    using OutcomeSample = DeliveryQueueRepository::OutcomeSample;
    // Kept under its old name for the callers that say DeliveryQueue::Completion.
    using Completion = AttemptCompletion;

    explicit DeliveryQueue(Store store);

    // Attempts left in flight by a crash or a kill become `interrupted`; their deliveries are due
    // at once. Returns how many deliveries were recovered.
    std::optional<StoreError> recoverInterrupted(const QDateTime &now, int *recovered);

    // The earliest due time of the endpoint's open (pending/retrying) deliveries.
    StoreResult<std::optional<QDateTime>> nextDue(const QString &endpointId) const;

    // For each request, up to `limit` deliveries due at `now`, oldest due first: marks them
    // in_flight and inserts their attempt rows, all in one transaction.
    std::optional<StoreError> claim(const QList<ClaimRequest> &requests, const QDateTime &now,
                                    QList<Claim> *claims);

    // Records finished attempts and moves their deliveries on, in one transaction (or inside the
    // caller's: the engine commits a pass's completions and its next claims together). An
    // attempt already recorded (a retry after a lost COMMIT acknowledgement) is skipped, with its
    // rollups and audit entry.
    std::optional<StoreError> complete(const QList<Completion> &completions);

    // The engine's pass: complete() and then claim() inside the caller's open transaction `tx`,
    // without transactions of their own. Their savepoints would cost four of a pass's round
    // trips on PostgreSQL, and the caller rolls the whole pass back on any error anyway.
    std::optional<StoreError> completeAndClaim(const Transaction &tx,
                                               const QList<Completion> &completions,
                                               const QList<ClaimRequest> &requests,
                                               const QDateTime &now, QList<Claim> *claims);

    // See DeliveryQueueRepository::releaseUncertainClaims; in one transaction.
    StoreResult<int> releaseUncertainClaims(const QDateTime &claimedAt,
                                            const QStringList &endpointIds,
                                            const QSet<qint64> &keep, const QDateTime &now);

    // Moves every open schedule by `ms` (the wall clock jumped; keep retries relative to real
    // elapsed time, so a jump neither fires a storm of retries nor strands them).
    std::optional<StoreError> shiftOpenSchedules(qint64 ms);

    // The endpoint's most recent finished attempts, newest first, as auto-pause weighs them.
    StoreResult<QList<AutoPause::Sample>> recentOutcomes(const QString &endpointId,
                                                         int count) const;

    // Makes one delivery due now (a replay). Refused for deliveries in flight.
    std::optional<StoreError> replay(const QString &deliveryId, const QDateTime &now);

private:
    // Records completions with their audit entries and rollups, in the caller's transaction.
    std::optional<StoreError> record(const QList<Completion> &completions);

    Store m_store;
    DeliveryQueueRepository m_repository;
};

} // namespace hookline
