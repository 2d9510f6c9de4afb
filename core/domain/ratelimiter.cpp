#include "domain/ratelimiter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hookline {

RateLimiter::RateLimiter(double ratePerSecond)
{
    setRate(ratePerSecond);
}

void RateLimiter::setRate(double ratePerSecond)
{
    if (ratePerSecond == m_rate)
        return;
    m_rate = std::max(0.0, ratePerSecond);
    m_tokens = std::max(1.0, m_rate);
    m_lastMs = -1;
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs < 0) {
        m_lastMs = nowMs;
        return;
    }
    const double burst = std::max(1.0, m_rate);
    m_tokens = std::min(burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
    m_lastMs = nowMs;
}

int RateLimiter::available(qint64 nowMs)
{
    if (unlimited())
        return std::numeric_limits<int>::max() / 2;
    refill(nowMs);
    return static_cast<int>(std::floor(m_tokens));
}

void RateLimiter::take(int count)
{
    if (!unlimited())
        m_tokens -= count;
}

qint64 RateLimiter::msUntilNext(qint64 nowMs)
{
    if (unlimited())
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return static_cast<qint64>(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

} // namespace hookline
