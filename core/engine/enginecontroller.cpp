#include "engine/enginecontroller.h"

namespace hookline {

EngineController::EngineController(DeliveryEngine::Options options, DeliveryEngine::Ports ports,
                                   QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ports(std::move(ports))
    , m_lock(m_options.databasePath)
{
    m_thread.setObjectName(QStringLiteral("hookline-engine"));
}

EngineController::~EngineController()
{
    if (m_thread.isRunning()) {
        stop();
        waitStopped(30000);
    }
}

EngineController::StartResult EngineController::start()
{
    if (m_thread.isRunning())
        return StartResult::AlreadyRunning;
    if (!m_lock.tryLock())
        return StartResult::LockedByOther;
    m_engine = new DeliveryEngine(m_options, m_ports);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &DeliveryEngine::start);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &DeliveryEngine::started, this, &EngineController::started);
    connect(m_engine, &DeliveryEngine::snapshotReady, this, &EngineController::snapshotReady);
    connect(m_engine, &DeliveryEngine::endpointAutoPaused, this,
            &EngineController::endpointAutoPaused);
    connect(m_engine, &DeliveryEngine::deliveryDead, this, &EngineController::deliveryDead);
    connect(m_engine, &DeliveryEngine::drained, this, &EngineController::drained);
    connect(m_engine, &DeliveryEngine::failed, this, &EngineController::failed);
    // The engine's own thread ends once it has stopped; stopped() is relayed after that.
    // Direct: quit() is thread-safe, and the owner may be blocked in waitStopped() meanwhile.
    connect(m_engine, &DeliveryEngine::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, this, [this] {
        // finished() comes before the thread deletes the engine (and closes its database
        // connection). Relayed at once, an owner that quits on stopped() could tear the
        // application down meanwhile: its exit closes every Qt Sql connection still registered,
        // the engine's too, from this thread, and on PostgreSQL the engine then crashed
        // finalising its prepared statements. So wait for the thread's last step.
        m_thread.wait();
        m_engine = nullptr;
        emit stopped();
    });
    m_thread.start();
    return StartResult::Started;
}

EngineLockHolder EngineController::lockHolder() const
{
    return m_lock.holder();
}

void EngineController::stop()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &DeliveryEngine::stop, Qt::QueuedConnection);
}

bool EngineController::waitStopped(int timeoutMs)
{
    return m_thread.wait(QDeadlineTimer(timeoutMs));
}

void EngineController::wake()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &DeliveryEngine::wake, Qt::QueuedConnection);
}

} // namespace hookline
