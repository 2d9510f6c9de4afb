#pragma once

#include "config/retentionsettings.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <optional>

class QObject;

namespace hookline {

class Clock;

// Retention: finished attempts and minute rollups older than
// RetentionSettings::attemptDays go, hour and day rollups older than rollupMonths go. Rows are
// deleted in small batches, each its own transaction, so the engine's writes never wait long.
// Minute rollups live as long as raw attempts: older ranges are answered from hour and day rows.
class RetentionPruner
{
public:
    static constexpr int kBatchRows = 5000;
    static constexpr int kIntervalMs = 10 * 60 * 1000;

    struct Result
    {
        qint64 attempts = 0;
        qint64 rollups = 0;
        bool complete = true; // false: stopped after maxBatches, more is due
    };

    explicit RetentionPruner(Store store);

    std::optional<StoreError> prune(const RetentionSettings &settings, const QDateTime &now,
                                    Result *result, int maxBatches = 20);

    // Prunes on `store` soon and then every kIntervalMs, on `owner`'s thread, for as long as
    // `owner` lives (the engine calls this once it has opened its connection; calling again
    // replaces the schedule). Settings are read each time.
    static void schedule(QObject *owner, Store store, const Clock &clock);

private:
    Store m_store;
};

} // namespace hookline
