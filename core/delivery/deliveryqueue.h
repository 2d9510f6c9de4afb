#pragma once

#include "domain/delivery.h"
#include "domain/event.h"
#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace hookline {

// The engine's SQL: claiming due deliveries (recording their attempts as started, durably, before
// any request goes out), recording many completions per transaction (group commit), recovery at
// start-up, replays. Used only on the engine's thread, with the engine's own connection.
class DeliveryQueue
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

    struct Completion
    {
        qint64 attemptId = 0;
        QString deliveryId;
        OutcomeClass outcome = OutcomeClass::Interrupted;
        int httpStatus = 0;
        qint64 durationMs = 0;
        QList<HeaderPair> requestHeaders; // auth token already redacted
        QList<HeaderPair> responseHeaders;
        QByteArray responseBody; // at most 16 KiB
        QString connectedAddress;
        QString error;
        // What happens to the delivery next, decided by the engine.
        DeliveryStatus nextStatus = DeliveryStatus::Retrying;
        QDateTime nextAttemptAt; // for retrying
        QDateTime finishedAt;
    };

    struct OutcomeSample
    {
        QDateTime startedAt;
        OutcomeClass outcome;
    };

    explicit DeliveryQueue(QSqlDatabase db);
    ~DeliveryQueue();
    DeliveryQueue(const DeliveryQueue &) = delete;
    DeliveryQueue &operator=(const DeliveryQueue &) = delete;

    // Attempts left in flight by a crash or a kill become `interrupted`; their deliveries are due
    // at once. Returns how many deliveries were recovered.
    std::optional<StoreError> recoverInterrupted(const QDateTime &now, int *recovered);

    // The earliest due time of the endpoint's open (pending/retrying) deliveries.
    std::optional<QDateTime> nextDue(const QString &endpointId) const;

    // For each request, up to `limit` deliveries due at `now`, oldest due first: marks them
    // in_flight and inserts their attempt rows, all in one transaction.
    std::optional<StoreError> claim(const QList<ClaimRequest> &requests, const QDateTime &now,
                                    QList<Claim> *claims);

    // Records finished attempts and moves their deliveries on, in one transaction (or inside the
    // caller's: the engine commits a pass's completions and its next claims together).
    std::optional<StoreError> complete(const QList<Completion> &completions);

    // Moves every open schedule by `ms` (the wall clock jumped; keep retries relative to real
    // elapsed time, so a jump neither fires a storm of retries nor strands them).
    std::optional<StoreError> shiftOpenSchedules(qint64 ms);

    // The endpoint's most recent finished attempts, newest first.
    QList<OutcomeSample> recentOutcomes(const QString &endpointId, int count) const;

    // Makes one delivery due now (a replay). Refused for deliveries in flight.
    std::optional<StoreError> replay(const QString &deliveryId, const QDateTime &now);

private:
    // The statements of the engine's hot path, prepared once per queue: re-preparing them for
    // every batch showed up in profiles (sqlite3Parser) at a thousand deliveries a second.
    struct Statements;
    Statements &statements() const;

    QSqlDatabase m_db;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace hookline
