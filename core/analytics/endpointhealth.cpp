#include "analytics/endpointhealth.h"

#include <algorithm>
#include <cmath>

namespace hookline {

EndpointHealth::EndpointHealth(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

std::optional<qint64> EndpointHealth::percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(percent / 100.0 * double(values.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, values.size() - 1);
    return values.at(index);
}

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
    QList<qint64> durations;
    qint64 total = 0;
    for (const AttemptHistoryRepository::Finished &a : *finished) {
        ++f.attempts;
        f.windowStart = a.startedAt;
        durations << a.durationMs;
        total += a.durationMs;
        if (a.outcome == OutcomeClass::Success) {
            ++f.successes;
            if (!f.lastSuccessAt.isValid())
                f.lastSuccessAt = a.startedAt;
        }
    }
    if (f.attempts > 0) {
        f.successRate = double(f.successes) / double(f.attempts);
        f.p95Ms = percentile(durations, 95);
        f.averageMs = qint64(std::llround(double(total) / double(f.attempts)));
    }
    f.lastFailures = *failures;
    f.inFlight = *inFlight;
    return f;
}

} // namespace hookline
