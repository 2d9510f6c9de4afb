#pragma once

#include "store/storeerror.h"
#include "store/storeresult.h"

#include <optional>

namespace hookline {

class SettingsRepository;

// How long history is kept (docs/product-contract.md "Analytics"): raw attempts for `attemptDays`,
// rollups for `rollupMonths`. Stored in settings scope "retention"; the console's Settings page
// edits it and the engine's pruning reads it.
struct RetentionSettings
{
    static constexpr int kDefaultAttemptDays = 30;
    static constexpr int kDefaultRollupMonths = 13;
    static constexpr int kMinAttemptDays = 1;
    static constexpr int kMaxAttemptDays = 3650;
    static constexpr int kMinRollupMonths = 1;
    static constexpr int kMaxRollupMonths = 120;

    int attemptDays = kDefaultAttemptDays;
    int rollupMonths = kDefaultRollupMonths;

    bool isValid() const;

    // Missing or unreadable values fall back to the defaults; a failed read is an error.
    static StoreResult<RetentionSettings> load(const SettingsRepository &settings);
    // Refuses invalid values (StoreError::Code::Constraint) and writes nothing then.
    std::optional<StoreError> save(SettingsRepository &settings) const;
};

} // namespace hookline
