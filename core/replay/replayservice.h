#pragma once

#include "domain/clock.h"
#include "domain/delivery.h"
#include "store/deadletterfilter.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <optional>

namespace hookline {

// Manual replays: one delivery, or dead letters in bulk. A replayed delivery keeps its id and
// idempotency key and becomes due now; the engine paces it by the endpoint's limits.
class ReplayService
{
public:
    using DeadLetterFilter = hookline::DeadLetterFilter;

    explicit ReplayService(Store store, const Clock &clock = Clock::system());

    // Refused (NotFound) for a delivery that does not exist or is in flight right now.
    std::optional<StoreError> replay(const QString &deliveryId);
    // Replays every dead letter matching the filter in one transaction; `count` receives how many.
    std::optional<StoreError> replayDead(const DeadLetterFilter &filter, int *count);
    StoreResult<QList<Delivery>> deadLetters(const DeadLetterFilter &filter, int limit,
                                             const QString &beforeId = {}) const;

private:
    Store m_store;
    const Clock &m_clock;
};

} // namespace hookline
