#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <optional>

namespace hookline {

// Wall and monotonic time, injectable so tests can jump the wall clock or freeze it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a clock that never jumps; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;

    static Clock &system();
};

// A clock that only moves when told to; for tests.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    // Moves the wall clock only, as an NTP step or a user changing the time would.
    void jumpWall(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

// Notices steps of the wall clock (an NTP step, a user changing the time): how far the wall clock
// moved beyond the monotonic clock since the last look.
class ClockJumpDetector
{
public:
    ClockJumpDetector(const Clock &clock, qint64 thresholdMs);
    void restart();
    // The step since the last look in ms (positive: forward), when it is at least the threshold.
    std::optional<qint64> look();

private:
    const Clock &m_clock;
    qint64 m_thresholdMs;
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonoMs = 0;
};

} // namespace hookline
