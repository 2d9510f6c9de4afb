#pragma once

#include "domain/event.h"
#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hookline {

// Events, with their payload stored once (deliveries and attempts refer to it).
class EventRepository
{
public:
    struct Filter
    {
        Environment environment = Environment::Sandbox;
        QString type;       // exact type; empty: any
        QDateTime from;     // inclusive; invalid: open
        QDateTime to;       // exclusive; invalid: open
        QString endpointId; // only events delivered to this endpoint; empty: any
    };

    explicit EventRepository(QSqlDatabase db);

    std::optional<StoreError> insert(const Event &event);
    std::optional<Event> find(const QString &id) const;
    std::optional<Event> findByIdempotencyKey(Environment environment, const QString &key) const;
    // Newest first. Keyset pagination: pass the last id of the previous page as `beforeId`.
    QList<Event> list(const Filter &filter, int limit, const QString &beforeId = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace hookline
