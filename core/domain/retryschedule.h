#pragma once

#include "domain/delivery.h"
#include "domain/outcomeclass.h"
#include "domain/retrypolicy.h"

#include <QDateTime>
#include <chrono>
#include <optional>

namespace hookline {

// When the next attempt of a failed delivery is due. Pure: no clock, no randomness of its own.
//
// Default table (docs/product-contract.md "Retry schedule"): attempt 2 immediately; 3–8 after 1, 2,
// 4, 8, 16, 32 minutes; 9–12 after 1 hour each; 13–32 after 6 hours each; 33 and later after 24
// hours each.
class RetrySchedule
{
public:
    static constexpr std::chrono::hours kRetryAfterCap{24};

    explicit RetrySchedule(RetryPolicy policy = {});

    // The total number of attempts allowed (first attempt plus retries).
    int maxAttempts() const { return m_policy.maxRetries + 1; }

    // The schedule's delay before attempt `attempt` (2 and later), ignoring the maximum.
    std::chrono::seconds baseDelayBefore(int attempt) const;

    // The delay before `attempt` after the previous one failed, or nullopt when the delivery has
    // exhausted its retries. `jitterUnit` in [-1, 1] scales the policy's jitter percentage;
    // `retryAfter` (from a 429/503) wins when it asks for more than the schedule, capped at 24 h.
    std::optional<std::chrono::milliseconds>
    delayBefore(int attempt, double jitterUnit = 0.0,
                std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;

    static const QList<std::chrono::seconds> &defaultIntervals();

    // What happens to a delivery whose attempt number `attempt` ended with `outcome` at `now`:
    // it succeeded; it is due again at once (interrupted: never the endpoint's fault, the same
    // idempotency key goes out again); it is due after the schedule's delay; or it is dead.
    struct NextStep
    {
        DeliveryStatus status = DeliveryStatus::Retrying;
        QDateTime at; // when it is due again, for Retrying
    };
    NextStep nextStep(OutcomeClass outcome, int attempt, const QDateTime &now,
                      double jitterUnit = 0.0,
                      std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;

private:
    RetryPolicy m_policy;
};

} // namespace hookline
