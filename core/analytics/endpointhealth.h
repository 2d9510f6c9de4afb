#pragma once

#include "domain/clock.h"
#include "domain/outcomeclass.h"
#include "store/attempthistoryrepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace hookline {

// An endpoint's recent health, exact over a bounded window of its own attempts (the newest
// finished attempts of the last 24 hours, at most 200), read straight from the attempts table:
// independent of the analytics rollups, so it is right the moment an attempt is recorded.
class EndpointHealth
{
public:
    static constexpr int kMaxAttempts = 200;
    static constexpr std::chrono::hours kWindow{24};
    static constexpr int kLastFailures = 5;
    // The last failures are looked for among this many of the newest attempts.
    static constexpr int kFailureScan = 1000;

    using Failure = AttemptHistoryRepository::Failure;

    struct Figures
    {
        int attempts = 0;                  // finished attempts in the window
        int successes = 0;                 // of those, outcome success
        std::optional<double> successRate; // successes / attempts, unset without attempts
        // The window's durations in a LatencyHistogram: the dashboard's p95 for the same attempts.
        std::optional<qint64> p95Ms;
        std::optional<qint64> averageMs;
        QDateTime windowStart;       // the oldest attempt counted
        QDateTime lastSuccessAt;     // within the window
        int inFlight = 0;            // attempts started and not finished yet
        QList<Failure> lastFailures; // newest first, any age, at most kLastFailures
    };

    explicit EndpointHealth(Store store, const Clock &clock = Clock::system());

    // Empty figures for an endpoint without attempts (or one that does not exist).
    StoreResult<Figures> query(const QString &endpointId) const;

private:
    Store m_store;
    const Clock &m_clock;
};

} // namespace hookline
