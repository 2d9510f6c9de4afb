#include "engine/deliveryhost.h"

#include "engine/deliveryrequestbuilder.h"
#include "engine/standardports.h"
#include "ingest/ingesthost.h"
#include "security/addressclassifier.h"
#include "security/secretstore.h"

#include <utility>

namespace hookline {

namespace {
// A shutdown from the destructor records the attempts in flight; it never waits longer.
constexpr int kDestructorStopMs = 30000;
} // namespace

DeliveryHost::DeliveryHost(Store db, Options options, std::unique_ptr<SecretStore> secrets,
                           QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_options(std::move(options))
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createDefault())
    , m_signer(std::make_shared<DeliveryRequestBuilder>())
{
    DeliveryEngine::Options engineOptions;
    engineOptions.databasePath = m_options.databasePath;
    engineOptions.drain = m_options.drain;
    m_controller = std::make_unique<EngineController>(
        engineOptions, standardPorts(m_signer, AddressClassifier::withSystemInterfaces()));

    connect(m_controller.get(), &EngineController::started, this, [this](int recovered) {
        emit started(recovered);
        setState(State::Running);
    });
    connect(m_controller.get(), &EngineController::stopped, this, [this] {
        if (m_state != State::Failed)
            setState(State::Stopped);
        emit stopped();
    });
    connect(m_controller.get(), &EngineController::failed, this, [this](const QString &message) {
        m_failure = message;
        setState(State::Failed);
        emit failed(message);
    });
    connect(m_controller.get(), &EngineController::snapshotReady, this,
            [this](const EngineSnapshot &snapshot) {
                m_snapshot = snapshot;
                emit snapshotReady(snapshot);
            });
    connect(m_controller.get(), &EngineController::endpointAutoPaused, this,
            &DeliveryHost::endpointAutoPaused);
    connect(m_controller.get(), &EngineController::deliveryDead, this, &DeliveryHost::deliveryDead);
    connect(m_controller.get(), &EngineController::drained, this, &DeliveryHost::drained);

    m_ingest = std::make_unique<IngestHost>(m_db, m_secrets.get());
    connect(m_ingest.get(), &IngestHost::eventAccepted, m_controller.get(),
            &EngineController::wake);
}

DeliveryHost::~DeliveryHost()
{
    m_ingest.reset();
    stopAndWait(kDestructorStopMs);
    // Loads still running hold the store: they go before it does.
    qDeleteAll(findChildren<SigningMaterialLoader *>(Qt::FindDirectChildrenOnly));
}

void DeliveryHost::start()
{
    if (m_startRequested)
        return;
    m_startRequested = true;
    reloadSecrets();
    if (!m_options.secretsFirst)
        tryStart();
}

EngineController::StartResult DeliveryHost::tryStart()
{
    const EngineController::StartResult result = m_controller->start();
    switch (result) {
    case EngineController::StartResult::Started:
        setState(State::Starting);
        break;
    case EngineController::StartResult::LockedByOther:
        m_lockHolder = m_controller->lockHolder();
        setState(State::LockedByOther);
        break;
    case EngineController::StartResult::AlreadyRunning:
        break;
    }
    return result;
}

void DeliveryHost::stop()
{
    if (m_ingest)
        m_ingest->stop();
    if (m_controller->isRunning())
        m_controller->stop();
}

bool DeliveryHost::stopAndWait(int timeoutMs)
{
    if (m_ingest)
        m_ingest->stop();
    if (!m_controller->isRunning())
        return true;
    m_controller->stop();
    return m_controller->waitStopped(timeoutMs);
}

void DeliveryHost::reloadSecrets()
{
    // Only the newest answer counts: an older load may finish after a newer one.
    const quint64 generation = ++m_loadGeneration;
    auto *loader = new SigningMaterialLoader(m_db, m_secrets.get(), this);
    loader->load([this, loader, generation](const SigningMaterial &material) {
        loader->deleteLater();
        if (generation == m_loadGeneration)
            applySecrets(material);
    });
}

void DeliveryHost::applySecrets(const SigningMaterial &material)
{
    m_material = material;
    m_materialLoaded = true;
    m_signer->setMaterial(material);
    emit secretsLoaded(material);
    if (m_options.secretsFirst && m_state == State::Idle) {
        tryStart();
        return;
    }
    // Deliveries that waited for a key are due now.
    m_controller->wake();
}

void DeliveryHost::reloadIngest()
{
    if (m_state == State::Running && !m_options.drain)
        m_ingest->reload();
}

void DeliveryHost::wake()
{
    m_controller->wake();
}

void DeliveryHost::setState(State state)
{
    const bool wasRunning = m_state == State::Running;
    m_state = state;
    if (state == State::Running && !wasRunning)
        reloadIngest();
    else if (state != State::Running && wasRunning)
        m_ingest->stop();
    emit stateChanged(state);
}

} // namespace hookline
