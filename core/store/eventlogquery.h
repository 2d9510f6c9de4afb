#pragma once

#include "domain/event.h"
#include "store/eventrepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>

namespace hookline {

// The console's event log, read page by page. Unlike EventRepository::list, a failed read is an
// error the log can show, not an empty page that looks like "no events".
class EventLogQuery
{
public:
    explicit EventLogQuery(Store store);

    // Newest first. Keyset pagination: pass the last id of the previous page as `beforeId`.
    StoreResult<QList<Event>> page(const EventRepository::Filter &filter, int limit,
                                   const QString &beforeId = {}) const;

private:
    Store m_store;
};

} // namespace hookline
