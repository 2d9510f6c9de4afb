#pragma once

#include "engine/enginecontroller.h"
#include "engine/enginesnapshot.h"
#include "engine/signingmaterial.h"
#include "store/store.h"

#include <QObject>
#include <QString>
#include <memory>

namespace hookline {

class DeliveryRequestBuilder;
class IngestHost;
class SecretStore;

// The delivery engine as a process runs it for one database, `hooklinectl run` and the console
// alike: the secrets read from the SecretStore into the signer, the product's ports
// (standardPorts), an EngineController, and the local ingest API served while the engine lock is
// ours (one listener per database), whose accepted events wake the engine. Reports states and
// relays the engine's signals; the callers put them into words and keep their own policy
// (signals, retries, notifications).
class DeliveryHost : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,          // start() not called yet, or waiting for the secrets (Options::secretsFirst)
        Starting,      // engine thread started, recovery running
        Running,       // delivering from this database
        LockedByOther, // another process delivers from it
        Stopped,
        Failed,
    };
    Q_ENUM(State)

    struct Options
    {
        QString databasePath;
        // Stop at the first moment nothing is due and nothing is in flight (drained()); such a
        // run is meant to end, so it never serves the ingest API.
        bool drain = false;
        // Start the engine only once the secrets are read. Otherwise it starts at once and signs
        // as soon as they arrive (a keychain waiting for the user to unlock it never delays
        // deliveries that need no secret); until then deliveries that need one wait, unsent.
        bool secretsFirst = false;
    };

    // `secrets` defaults to SecretStore::createDefault() (the keychain); it lives on this thread,
    // as does `db`.
    DeliveryHost(Store db, Options options, std::unique_ptr<SecretStore> secrets = {},
                 QObject *parent = nullptr);
    ~DeliveryHost() override;

    // Reads the secrets and starts the engine (with secretsFirst, once they are read).
    void start();
    // Takes the engine lock again after LockedByOther (the caller decides when).
    EngineController::StartResult tryStart();
    // Asks the engine and the ingest API to stop; stopped() follows once in-flight attempts are
    // recorded.
    void stop();
    // Shutdown: stop(), then waits for the engine thread to end (at most timeoutMs).
    bool stopAndWait(int timeoutMs);
    // Reads the secrets again (a new endpoint brings its own token or webhook secret); only the
    // newest read counts.
    void reloadSecrets();
    // The ingest settings or token changed: restarts (or stops) the API if the engine is ours.
    void reloadIngest();
    // Something changed in the store: the engine looks at once.
    void wake();

    State state() const { return m_state; }
    // Who delivers instead of us, after LockedByOther.
    EngineLockHolder lockHolder() const { return m_lockHolder; }
    // The engine's diagnostic after Failed.
    QString failure() const { return m_failure; }
    // The secrets last read; materialLoaded() says whether any read has finished yet.
    const SigningMaterial &material() const { return m_material; }
    bool materialLoaded() const { return m_materialLoaded; }
    const EngineSnapshot &snapshot() const { return m_snapshot; }
    EngineController *controller() const { return m_controller.get(); }
    SecretStore *secretStore() const { return m_secrets.get(); }
    IngestHost *ingest() const { return m_ingest.get(); }

signals:
    void stateChanged(hookline::DeliveryHost::State state);
    // A read of the secrets finished (the first, or one asked for by reloadSecrets()).
    void secretsLoaded(const hookline::SigningMaterial &material);
    // The engine runs; emitted before stateChanged(Running), so a caller's "started" comes before
    // anything the ingest API reports.
    void started(int recoveredDeliveries);
    void snapshotReady(const hookline::EngineSnapshot &snapshot);
    void endpointAutoPaused(const QString &endpointId, const QString &reason);
    void deliveryDead(const QString &deliveryId, const QString &endpointId);
    void drained();
    void failed(const QString &message);
    void stopped();

private:
    void setState(State state);
    void applySecrets(const SigningMaterial &material);

    Store m_db;
    Options m_options;
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<DeliveryRequestBuilder> m_signer;
    std::unique_ptr<EngineController> m_controller;
    State m_state = State::Idle;
    bool m_startRequested = false;
    EngineLockHolder m_lockHolder;
    QString m_failure;
    EngineSnapshot m_snapshot;
    SigningMaterial m_material;
    bool m_materialLoaded = false;
    quint64 m_loadGeneration = 0;
    // After m_secrets and m_db: it reads through both, so it goes first.
    std::unique_ptr<IngestHost> m_ingest;
};

} // namespace hookline
