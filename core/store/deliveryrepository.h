#pragma once

#include "domain/delivery.h"
#include "store/deadletterfilter.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace hookline {

// Deliveries and their attempts, as the logs and the CLI read them, and the one way deliveries are
// made due again. The engine's hot path (claiming due work, recording attempts in group commits)
// is DeliveryQueueRepository.
class DeliveryRepository
{
public:
    struct Filter
    {
        Environment environment = Environment::Sandbox;
        std::optional<DeliveryStatus> status;
        QString endpointId;
        QString eventId;
        QString eventType;
        std::optional<OutcomeClass> lastOutcome;
        QDateTime from;         // created at, inclusive
        QDateTime to;           // created at, exclusive
        QDateTime updatedSince; // last change (e.g. when it died), inclusive
        // Only ids at or above this one (inclusive): a log re-reads the rows it shows plus the
        // newer ones, in one bounded query.
        QString minId;
    };

    // Which deliveries makeDueNow() puts back in the queue.
    struct DueSelection
    {
        enum class Kind
        {
            One,         // one delivery, whatever its status, unless it is in flight (a replay)
            DeadLetters, // dead letters matching a filter (a bulk replay)
            DeadAmong,   // those of the given ids that are still dead (a replay of a selection)
            Held,        // an endpoint's held deliveries (it was resumed)
        };

        static DueSelection one(const QString &deliveryId);
        // At most `limit` (0: all) in id order, dead at or before `until` when that is valid.
        static DueSelection deadLetters(const DeadLetterFilter &filter, const QDateTime &until = {},
                                        int limit = 0);
        static DueSelection deadAmong(const QStringList &ids);
        static DueSelection heldFor(const QString &endpointId);

        Kind kind = Kind::One;
        QStringList ids; // One: the delivery; DeadAmong: the candidates; Held: the endpoint
        DeadLetterFilter filter;
        QDateTime until;
        int limit = 0;
    };

    explicit DeliveryRepository(Store store);

    std::optional<StoreError> insert(const Delivery &delivery);
    StoreResult<std::optional<Delivery>> find(const QString &id) const;
    // Newest first; keyset pagination on the id (`beforeId` = last id of the previous page).
    StoreResult<QList<Delivery>> list(const Filter &filter, int limit,
                                      const QString &beforeId = {}) const;
    // SQLite's plan for list() under this filter, one step a line ("SEARCH deliveries USING
    // INDEX …"): for tests and the benchmark, which check that no filter walks the whole table.
    QString queryPlan(const Filter &filter, const QString &beforeId = {}) const;
    StoreResult<QList<Delivery>> forEvent(const QString &eventId) const;
    StoreResult<QHash<DeliveryStatus, int>> countByStatus(Environment environment) const;

    // Every attempt of a delivery, in order (headers as AttemptHeadersCodec stores them, request
    // headers with the auth token already redacted).
    StoreResult<QList<Attempt>> attempts(const QString &deliveryId) const;

    // Makes the selected deliveries due now: pending, next attempt at `now`. The one statement
    // behind a replay, a bulk replay and resuming an endpoint; the engine paces what it releases
    // by the endpoint's limits. Returns how many deliveries changed.
    StoreResult<int> makeDueNow(const DueSelection &which, const QDateTime &now);
    // Holds the endpoint's open (pending, retrying) deliveries, unless it has a failover URL that
    // takes them while it is paused. Returns how many were held.
    StoreResult<int> holdOpen(const QString &endpointId, const QDateTime &now);

private:
    struct ListQuery
    {
        QString sql; // ends with "LIMIT ?"
        QVariantList binds;
    };
    ListQuery listQuery(const Filter &filter, const QString &beforeId) const;

    Store m_store;
};

} // namespace hookline
