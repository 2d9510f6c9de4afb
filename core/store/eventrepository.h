#pragma once

#include "domain/event.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <QVariantList>
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

    explicit EventRepository(Store store);

    std::optional<StoreError> insert(const Event &event);
    StoreResult<std::optional<Event>> find(const QString &id) const;
    StoreResult<std::optional<Event>> findByIdempotencyKey(Environment environment,
                                                           const QString &key) const;
    // Newest first. Keyset pagination: pass the last id of the previous page as `beforeId`.
    StoreResult<QList<Event>> list(const Filter &filter, int limit,
                                   const QString &beforeId = {}) const;

private:
    StoreResult<std::optional<Event>> findOne(const QString &where,
                                              const QVariantList &binds) const;

    Store m_store;
};

} // namespace hookline
