#include "domain/clock.h"

namespace hookline {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};
} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

ClockJumpDetector::ClockJumpDetector(const Clock &clock, qint64 thresholdMs)
    : m_clock(clock)
    , m_thresholdMs(thresholdMs)
{
    restart();
}

void ClockJumpDetector::restart()
{
    m_lastWallMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_lastMonoMs = m_clock.monotonicMs();
}

std::optional<qint64> ClockJumpDetector::look()
{
    const qint64 wall = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 mono = m_clock.monotonicMs();
    const qint64 jump = (wall - m_lastWallMs) - (mono - m_lastMonoMs);
    m_lastWallMs = wall;
    m_lastMonoMs = mono;
    if (std::abs(jump) < m_thresholdMs)
        return std::nullopt;
    return jump;
}

} // namespace hookline
