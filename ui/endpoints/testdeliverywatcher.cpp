#include "endpoints/testdeliverywatcher.h"

namespace hookline::ui {

TestDeliveryWatcher::TestDeliveryWatcher(Store db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &TestDeliveryWatcher::poll);
}

void TestDeliveryWatcher::watch(const QStringList &deliveryIds, int timeoutMs)
{
    m_pending = deliveryIds;
    m_lastStage.clear();
    m_timeoutMs = timeoutMs;
    m_timedOut = false;
    m_clock.start();
    m_timer.start();
    poll();
}

void TestDeliveryWatcher::stop()
{
    m_timer.stop();
    m_pending.clear();
}

void TestDeliveryWatcher::poll()
{
    using Stage = TestEventSender::Progress::Stage;
    QStringList still;
    for (const QString &id : std::as_const(m_pending)) {
        const auto progress = TestEventSender::progress(m_db, id);
        if (!progress) {
            still << id; // a busy store may answer at the next poll
            continue;
        }
        const TestEventSender::Progress &p = *progress;
        if (m_lastStage.value(id, -1) != int(p.stage)) {
            m_lastStage.insert(id, int(p.stage));
            emit progressed(id, p);
        }
        if (p.stage == Stage::Queued || p.stage == Stage::InFlight)
            still << id;
    }
    m_pending = still;
    if (!m_pending.isEmpty() && m_clock.elapsed() < m_timeoutMs)
        return;
    m_timedOut = !m_pending.isEmpty();
    m_timer.stop();
    emit finished();
}

} // namespace hookline::ui
