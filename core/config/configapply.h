#pragma once

#include "config/configdiff.h"
#include "domain/clock.h"
#include "store/store.h"

namespace hookline {

// Applies a previewed template in one transaction, through EndpointService (so every change is
// validated, policy-checked and audited like a change made in the form). All or nothing: on any
// refusal the transaction rolls back and the store is as it was.
class ConfigApply
{
public:
    struct Result
    {
        QList<ConfigError> errors; // non-empty: nothing was changed
        int created = 0;
        int updated = 0;
        int deleted = 0;
        // Created and updated endpoints as saved, with the secret header values the caller
        // writes to the SecretStore (the database has references only), and the updated ones as
        // they were before.
        QList<Endpoint> saved;
        QList<Endpoint> before;
        bool ok() const { return errors.isEmpty(); }
    };

    // `previewed` is what the user saw. The diff is recomputed inside the transaction; when it
    // differs (someone changed the endpoints meanwhile) nothing is done and Code::Stale returned.
    static Result apply(Store store, const ConfigDiff &previewed,
                        const Clock &clock = Clock::system());
};

} // namespace hookline
