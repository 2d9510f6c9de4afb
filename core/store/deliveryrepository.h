#pragma once

#include "domain/delivery.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hookline {

// Deliveries and their attempts, as the logs and the CLI read them. The engine's hot-path writes
// (claiming due work, recording attempts in group commits) live with the engine.
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

    explicit DeliveryRepository(QSqlDatabase db);

    std::optional<StoreError> insert(const Delivery &delivery);
    std::optional<Delivery> find(const QString &id) const;
    // Newest first; keyset pagination on the id (`beforeId` = last id of the previous page).
    QList<Delivery> list(const Filter &filter, int limit, const QString &beforeId = {}) const;
    // SQLite's plan for list() under this filter, one step a line ("SEARCH deliveries USING
    // INDEX …"): for tests and the benchmark, which check that no filter walks the whole table.
    QString queryPlan(const Filter &filter, const QString &beforeId = {}) const;
    QList<Delivery> forEvent(const QString &eventId) const;
    QHash<DeliveryStatus, int> countByStatus(Environment environment) const;

    // Every attempt of a delivery, in order. Headers are stored as a JSON array of
    // [name, value] pairs (request headers with the auth token already redacted).
    QList<Attempt> attempts(const QString &deliveryId) const;

private:
    struct ListQuery
    {
        QString sql; // ends with "LIMIT ?"
        QVariantList binds;
    };
    ListQuery listQuery(const Filter &filter, const QString &beforeId) const;

    QSqlDatabase m_db;
};

} // namespace hookline
