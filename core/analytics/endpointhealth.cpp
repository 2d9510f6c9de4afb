#include "analytics/endpointhealth.h"

#include "analytics/latencyhistogram.h"

#include <cmath>

namespace hookline {

EndpointHealth::EndpointHealth(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

StoreResult<EndpointHealth::Figures> EndpointHealth::query(const QString &endpointId) const
{
    const AttemptHistoryRepository history(m_store);
    const QDateTime since = m_clock.nowUtc().addMSecs(
        -std::chrono::duration_cast<std::chrono::milliseconds>(kWindow).count());
    const auto finished = history.finishedSince(endpointId, since, kMaxAttempts);
    if (!finished)
        return finished.error();
    const auto failures = history.recentFailures(endpointId, kFailureScan, kLastFailures);
    if (!failures)
        return failures.error();
    const auto inFlight = history.unfinishedCount(endpointId);
    if (!inFlight)
        return inFlight.error();

    Figures f;
    LatencyHistogram durations;
    qint64 total = 0;
    for (const AttemptHistoryRepository::Finished &a : *finished) {
        ++f.attempts;
        f.windowStart = a.startedAt;
        durations.add(a.durationMs);
        total += a.durationMs;
        if (a.outcome == OutcomeClass::Success) {
            ++f.successes;
            if (!f.lastSuccessAt.isValid())
                f.lastSuccessAt = a.startedAt;
        }
    }
    if (f.attempts > 0) {
        f.successRate = double(f.successes) / double(f.attempts);
        f.p95Ms = qint64(std::llround(durations.percentile(0.95)));
        f.averageMs = qint64(std::llround(double(total) / double(f.attempts)));
    }
    f.lastFailures = *failures;
    f.inFlight = *inFlight;
    return f;
}

} // namespace hookline
