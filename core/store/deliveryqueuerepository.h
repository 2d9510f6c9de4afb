#pragma once

#include "domain/completion.h"
#include "domain/delivery.h"
#include "domain/event.h"
#include "store/analyticsrepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace hookline {

// The SQL of the engine's hot path: claiming due deliveries (their attempts recorded as started
// before any request goes out), recording finished attempts, recovery at start-up. Every call runs
// inside the caller's transaction (DeliveryQueue's), so a pass's completions and claims share one
// commit. Used only on the engine's thread, with the engine's own connection.
class DeliveryQueueRepository
{
public:
    struct ClaimRequest
    {
        // A constructor, not an aggregate: callers that record no URL write {id, limit}.
        ClaimRequest() = default;
        ClaimRequest(QString endpoint, int max, QString sentTo = {})
            : endpointId(std::move(endpoint))
            , limit(max)
            , url(std::move(sentTo))
        {}

        QString endpointId;
        int limit = 0;
        QString url; // where the engine sends this endpoint's claims now: recorded per attempt
    };

    struct Claim
    {
        Delivery delivery; // as claimed: in_flight, attemptCount already counts this attempt
        Event event;
        qint64 attemptId = 0;
        int attemptNumber = 0;
        QDateTime startedAt;
        QString url; // as recorded for the attempt (the request's url); empty if none was given
    };

    struct OutcomeSample
    {
        QDateTime startedAt;
        OutcomeClass outcome;
    };

    explicit DeliveryQueueRepository(Store store);
    ~DeliveryQueueRepository();
    DeliveryQueueRepository(const DeliveryQueueRepository &) = delete;
    DeliveryQueueRepository &operator=(const DeliveryQueueRepository &) = delete;

    // Attempts left unfinished become `interrupted`; deliveries left in flight are due at `now`.
    // Returns how many deliveries were recovered.
    StoreResult<int> recoverInterrupted(const QDateTime &now);

    // The earliest due time of the endpoint's open (pending/retrying) deliveries; none if nothing
    // is open.
    StoreResult<std::optional<QDateTime>> nextDue(const QString &endpointId) const;

    // For each request, up to `limit` deliveries due at `now`, oldest due first: marks them
    // in_flight and inserts their attempt rows. Appends to `claims`.
    std::optional<StoreError> claim(const QList<ClaimRequest> &requests, const QDateTime &now,
                                    QList<Claim> *claims);

    // Writes each finished attempt and moves its delivery to the status the engine decided.
    // Returns the completions recorded now: an attempt already finished is left alone, so that
    // completions retried after a lost COMMIT acknowledgement (the server committed, the engine
    // never heard) are not counted twice.
    // On PostgreSQL it also fills `facts` (when given) with what the rollups need of each
    // recorded attempt, read by the same statement; on SQLite the rollups read them themselves.
    using AttemptFacts = AnalyticsRepository::AttemptFacts;
    StoreResult<QList<AttemptCompletion>>
    recordCompletions(const QList<AttemptCompletion> &completions,
                      QHash<qint64, AttemptFacts> *facts = nullptr);
    // Undoes a claim whose COMMIT may or may not have reached the server (the connection was
    // lost waiting for its acknowledgement): the attempts it started at `claimedAt` for
    // `endpointIds` that are still unfinished and not in `keep` (attempts the engine did send)
    // are removed, and their deliveries are due again at `now` as they were before the claim.
    // Returns how many deliveries were released.
    StoreResult<int> releaseUncertainClaims(const QDateTime &claimedAt,
                                            const QStringList &endpointIds,
                                            const QSet<qint64> &keep, const QDateTime &now);

    // Moves every open schedule by `ms`.
    std::optional<StoreError> shiftOpenSchedules(qint64 ms);

    // The endpoint's most recent finished attempts, newest first.
    StoreResult<QList<OutcomeSample>> recentOutcomes(const QString &endpointId, int count) const;

private:
    // The statements of the hot path, prepared once per repository: re-preparing them for every
    // batch showed up in profiles (sqlite3Parser) at a thousand deliveries a second.
    struct Statements;
    Statements &statements() const;

    Store m_store;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace hookline
