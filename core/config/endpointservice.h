#pragma once

#include "domain/clock.h"
#include "domain/endpoint.h"
#include "domain/endpointvalidator.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <optional>

namespace hookline {

// The one way configuration changes to endpoints are made, by the console and the CLI alike:
// validate, then write in one transaction (the audit entry joins that transaction).
class EndpointService
{
public:
    struct Result
    {
        QList<EndpointValidator::Error> errors; // the input was refused; nothing was written
        std::optional<StoreError> storeError;   // the store refused; nothing was written
        Endpoint endpoint;                      // as stored, when ok()
        bool ok() const { return errors.isEmpty() && !storeError; }
    };

    explicit EndpointService(Store store, const Clock &clock = Clock::system());

    // Assigns id, webhook id and times; the draft's own id and times are ignored.
    Result create(Endpoint draft);
    // Keeps id, webhook id, environment, state and creation time of the stored endpoint.
    Result update(const Endpoint &changed);
    std::optional<StoreError> remove(const QString &id);
    Result pause(const QString &id, const QString &reason);
    Result resume(const QString &id);

private:
    Result setState(const QString &id, EndpointState state, const QString &reason);

    Store m_store;
    const Clock &m_clock;
};

} // namespace hookline
