#pragma once

#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QtGlobal>
#include <optional>

namespace hookline {

class SettingsRepository;

// The local ingest API's switch (docs/product-contract.md "Events and the envelope", off by
// default): whether `hooklinectl run` and the console start it, and on which 127.0.0.1 port. Stored
// in settings scope "ingest". Its bearer token is a secret and lives in the SecretStore under
// SecretNames::ingestToken(), never here.
struct IngestSettings
{
    static constexpr quint16 kDefaultPort = 8788;

    bool enabled = false;
    quint16 port = kDefaultPort; // 1..65535

    bool isValid() const { return port != 0; }

    // A failed read is an error; a missing or unreadable value falls back to the default.
    static StoreResult<IngestSettings> load(const SettingsRepository &settings);
    // Refuses port 0 (StoreError::Code::Constraint) and writes nothing then.
    std::optional<StoreError> save(SettingsRepository &settings) const;
};

} // namespace hookline
