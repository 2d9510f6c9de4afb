#pragma once

#include "events/testeventsender.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace hookline::ui {

// Follows test deliveries until each one's first attempt finished (or it is held, or the time is
// up), by polling the store on a timer: the engine writes through its own connection, and the GUI
// never waits in a nested loop. Used by the detail pane's "Send test" and the bulk test.
class TestDeliveryWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 250;
    static constexpr int kDefaultTimeoutMs = 30000;

    TestDeliveryWatcher(Store db, QObject *parent = nullptr);

    void watch(const QStringList &deliveryIds, int timeoutMs = kDefaultTimeoutMs);
    void stop();
    bool isWatching() const { return m_timer.isActive(); }
    // True once the time is up for deliveries that are still waiting.
    bool timedOut() const { return m_timedOut; }

signals:
    // Every poll, for each delivery whose progress changed; once more when it is final.
    void progressed(const QString &deliveryId, const hookline::TestEventSender::Progress &progress);
    // Every delivery finished its first attempt or is held or gone; or the time is up.
    void finished();

private:
    void poll();

    Store m_db;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_timeoutMs = kDefaultTimeoutMs;
    QStringList m_pending;
    QHash<QString, int> m_lastStage;
    bool m_timedOut = false;
};

} // namespace hookline::ui
