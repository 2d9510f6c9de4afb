#include "domain/retrypreview.h"

#include "domain/retryschedule.h"

namespace hookline {

QList<RetryPreview::Row> RetryPreview::rows(const RetryPolicy &policy)
{
    const RetrySchedule schedule(policy);
    QList<Row> out;
    out << Row{};
    std::chrono::milliseconds earliest{0};
    std::chrono::milliseconds latest{0};
    for (int attempt = 2; attempt <= schedule.maxAttempts(); ++attempt) {
        const auto delay = schedule.delayBefore(attempt, 0.0);
        if (!delay)
            break;
        earliest += schedule.delayBefore(attempt, -1.0).value_or(*delay);
        latest += schedule.delayBefore(attempt, 1.0).value_or(*delay);
        out << Row{attempt, *delay, earliest, latest};
    }
    return out;
}

std::chrono::milliseconds RetryPreview::totalSpan(const RetryPolicy &policy)
{
    const RetrySchedule schedule(policy);
    std::chrono::milliseconds total{0};
    for (int attempt = 2; attempt <= schedule.maxAttempts(); ++attempt)
        total += schedule.delayBefore(attempt).value_or(std::chrono::milliseconds(0));
    return total;
}

} // namespace hookline
