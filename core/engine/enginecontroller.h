#pragma once

#include "engine/deliveryengine.h"
#include "engine/enginelock.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace hookline {

// The engine's handle on the caller's thread (the GUI thread or the CLI's main thread). It takes
// the one-engine-per-database lock, runs the engine in its own QThread, and relays the engine's
// batched signals through queued connections. Everything crossing the threads is a value.
class EngineController : public QObject
{
    Q_OBJECT
public:
    enum class StartResult
    {
        Started,
        LockedByOther,
        AlreadyRunning
    };

    EngineController(DeliveryEngine::Options options, DeliveryEngine::Ports ports,
                     QObject *parent = nullptr);
    ~EngineController() override;

    StartResult start();
    // Who delivers from this database instead of us, after LockedByOther.
    EngineLockHolder lockHolder() const;
    bool isRunning() const { return m_thread.isRunning(); }

    // Asks the engine to stop; stopped() follows once in-flight attempts are recorded.
    void stop();
    // Blocks until the engine thread has ended (shutdown only; at most `timeoutMs`).
    bool waitStopped(int timeoutMs);
    // Tells the engine the store changed (new events, edited endpoints).
    void wake();

signals:
    void started(int recoveredDeliveries);
    void snapshotReady(const hookline::EngineSnapshot &snapshot);
    void endpointAutoPaused(const QString &endpointId, const QString &reason);
    void deliveryDead(const QString &deliveryId, const QString &endpointId);
    void drained();
    void stopped();
    void failed(const QString &message);

private:
    DeliveryEngine::Options m_options;
    DeliveryEngine::Ports m_ports;
    EngineLock m_lock;
    QThread m_thread;
    DeliveryEngine *m_engine = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace hookline
