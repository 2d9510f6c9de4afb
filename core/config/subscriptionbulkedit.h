#pragma once

#include "config/endpointservice.h"
#include "domain/clock.h"
#include "store/store.h"

#include <QStringList>

namespace hookline {

// Adds and removes subscription patterns across several endpoints at once: previewed first, then
// applied in one transaction through EndpointService (every endpoint is validated and written as
// a single update would be), so either every endpoint changes or none does.
class SubscriptionBulkEdit
{
public:
    struct Change
    {
        QString endpointId;
        QString endpointName;
        QStringList before;
        QStringList after;
        bool changes() const { return before != after; }
    };

    struct Plan
    {
        QList<Change> changes; // one per endpoint, in the order asked
        // Refused input: bad patterns (field EventPatterns, detail = the pattern), an endpoint
        // left without any pattern (code Required, detail = its id), an unknown endpoint (a
        // StoreError NotFound in storeError, as is a failed read).
        QList<EndpointValidator::Error> errors;
        std::optional<StoreError> storeError;
        int changedCount() const;
        bool ok() const { return errors.isEmpty() && !storeError; }
    };

    explicit SubscriptionBulkEdit(Store store, const Clock &clock = Clock::system());

    // What apply() would do; writes nothing.
    Plan preview(const QStringList &endpointIds, const QStringList &add,
                 const QStringList &remove) const;
    // Applies the plan in one transaction; on any refusal nothing is written.
    Plan apply(const QStringList &endpointIds, const QStringList &add, const QStringList &remove);

private:
    Store m_store;
    const Clock &m_clock;
};

} // namespace hookline
