#include "domain/retryschedule.h"

#include <algorithm>
#include <cmath>

namespace hookline {

using namespace std::chrono_literals;

namespace {
QList<std::chrono::seconds> buildDefaultIntervals()
{
    QList<std::chrono::seconds> list;
    list << 0s;                              // attempt 2
    for (int minutes : {1, 2, 4, 8, 16, 32}) // attempts 3–8
        list << std::chrono::minutes(minutes);
    for (int i = 9; i <= 12; ++i) // attempts 9–12
        list << std::chrono::seconds(1h);
    for (int i = 13; i <= 32; ++i) // attempts 13–32
        list << std::chrono::seconds(6h);
    list << std::chrono::seconds(24h); // attempt 33 and later (last entry repeats)
    return list;
}
} // namespace

RetrySchedule::RetrySchedule(RetryPolicy policy)
    : m_policy(std::move(policy))
{}

const QList<std::chrono::seconds> &RetrySchedule::defaultIntervals()
{
    static const QList<std::chrono::seconds> intervals = buildDefaultIntervals();
    return intervals;
}

std::chrono::seconds RetrySchedule::baseDelayBefore(int attempt) const
{
    const QList<std::chrono::seconds> &list =
        m_policy.usesDefaultIntervals() ? defaultIntervals() : m_policy.intervals;
    if (attempt < 2 || list.isEmpty())
        return 0s;
    const qsizetype index = std::min<qsizetype>(attempt - 2, list.size() - 1);
    return list.at(index);
}

std::optional<std::chrono::milliseconds>
RetrySchedule::delayBefore(int attempt, double jitterUnit,
                           std::optional<std::chrono::seconds> retryAfter) const
{
    if (attempt < 2 || attempt > maxAttempts())
        return std::nullopt;
    const double unit = std::clamp(jitterUnit, -1.0, 1.0);
    const double base = std::chrono::duration<double, std::milli>(baseDelayBefore(attempt)).count();
    const double jittered = base * (1.0 + unit * m_policy.jitterPercent / 100.0);
    auto delay = std::chrono::milliseconds(std::llround(jittered));
    if (retryAfter) {
        const auto asked = std::chrono::milliseconds(
            std::min<std::chrono::seconds>(*retryAfter, std::chrono::seconds(kRetryAfterCap)));
        delay = std::max(delay, asked);
    }
    return delay;
}

RetrySchedule::NextStep
RetrySchedule::nextStep(OutcomeClass outcome, int attempt, const QDateTime &now, double jitterUnit,
                        std::optional<std::chrono::seconds> retryAfter) const
{
    if (outcome == OutcomeClass::Success)
        return {DeliveryStatus::Succeeded, {}};
    if (outcome == OutcomeClass::Interrupted)
        return {DeliveryStatus::Retrying, now};
    const auto delay = delayBefore(attempt + 1, jitterUnit, retryAfter);
    if (!delay)
        return {DeliveryStatus::Dead, {}};
    return {DeliveryStatus::Retrying, now.addMSecs(delay->count())};
}

} // namespace hookline
