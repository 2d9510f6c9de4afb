#pragma once

#include <QtGlobal>

namespace hookline {

// A token bucket on the monotonic clock: `rate` deliveries per second, bursts up to max(1, rate).
// A rate of 0 means unlimited.
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond = 0);

    void setRate(double ratePerSecond);
    bool unlimited() const { return m_rate <= 0; }
    // Whole tokens available at `nowMs` (a large number when unlimited).
    int available(qint64 nowMs);
    void take(int count = 1);
    // Milliseconds until the next whole token (0 when one is available).
    qint64 msUntilNext(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace hookline
