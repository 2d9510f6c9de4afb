#pragma once

#include "engine/deliveryhost.h"
#include "security/secretstore.h"
#include "store/store.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace hookline::ui {

// The console's delivery engine: a DeliveryHost for the open database (secrets, ports, engine,
// ingest API), and what the console adds to it: it says in words what the engine is doing, takes
// the engine over when another process lets go of it, reads the keychain again while deliveries
// wait for a key, and batches dead letters for notifications.
//
// The engine starts at once with no secrets, so a keychain that is slow to answer (or waits for
// the user to unlock it) never delays deliveries that are already due elsewhere; until the secrets
// arrive it simply cannot sign, and the engine never sends unsigned: those deliveries wait.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    // LockedByOther: the console is read-only for delivery.
    using State = DeliveryHost::State;

    // `secrets` defaults to SecretStore::createDefault() (the keychain); it lives on this thread.
    EngineHost(Store db, QString databasePath, std::unique_ptr<SecretStore> secrets = {},
               QObject *parent = nullptr);
    ~EngineHost() override;

    void start();
    // Shutdown: in-flight attempts are recorded, then the engine thread ends (at most timeoutMs).
    bool stop(int timeoutMs);
    // The console wrote endpoints: the engine looks at once, and secrets are read again (a new
    // endpoint brings its own auth token or webhook secret).
    void configurationChanged();

    State state() const { return m_host.state(); }
    // The engine's line for the status bar.
    QString statusText() const;
    QString statusToolTip() const;
    // What keeps deliveries of `environment` from being signed, in words; empty when nothing does.
    QString signingProblem(Environment environment) const;
    // Everything that keeps deliveries from being signed, with the details, one per line.
    QString signingProblemDetail() const { return m_signingProblemDetail; }
    const EngineSnapshot &snapshot() const { return m_host.snapshot(); }
    EngineController *controller() const { return m_host.controller(); }
    // The keychain the engine reads; the Settings page writes keys and tokens to the same one.
    SecretStore *secretStore() const { return m_host.secretStore(); }

    // How long dead letters are collected before deadLettersAppeared() (default 5 s).
    void setNotificationBatchMs(int ms) { m_deadLetterBatch.setInterval(ms); }
    // The local ingest API: served only while this console holds the engine lock (Running), so
    // one process per database listens. Connect the Settings page's change signal to
    // reloadIngest().
    IngestHost *ingest() const { return m_host.ingest(); }

public slots:
    // The ingest settings or token changed: restart (or stop) the API if the engine is ours.
    void reloadIngest();

signals:
    // statusText(), statusToolTip() or signingProblem() changed.
    void statusChanged();
    void snapshotReady(const hookline::EngineSnapshot &snapshot);
    void endpointAutoPaused(const QString &endpointId, const QString &reason);
    // Deliveries became dead letters; batched, so a burst makes one notification.
    void deadLettersAppeared(int count);

private:
    void tryStart();
    QString lockHolderText() const;
    void probeSecrets();
    void updateSigningProblem();

    Store m_db;
    DeliveryHost m_host;
    bool m_secretsUnavailable = false;
    QString m_secretsDetail;
    QMap<Environment, QString> m_signingProblems;
    QString m_signingProblemDetail;
    // Another process may release the lock, or generate the missing key (hooklinectl keys
    // generate); both are looked at again now and then.
    QTimer m_deadLetterBatch;
    int m_pendingDeadLetters = 0;
    QTimer m_lockRetry;
    QTimer m_secretsRetry;
};

} // namespace hookline::ui
