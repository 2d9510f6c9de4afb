#pragma once

#include "http/receivedrequest.h"
#include "receiver/localreceiver.h"
#include "receiver/receiverbehaviour.h"
#include "security/allowlist.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QObject>
#include <QSslCertificate>
#include <optional>

namespace hookline {

class SettingsRepository;

// The console's local test receiver (docs/product-contract.md "Console"), wired for the sandbox: a
// LocalReceiver on a port that stays the same across runs (so the demo endpoints' URLs stay valid),
// whose private CA the sandbox trusts and whose address the sandbox allowlists, automatically.
// Never live: the live trust store and allowlist are not touched.
//
// The CA is made afresh at every start and its private key never leaves memory; the previous
// run's CA is withdrawn from the sandbox trust store, so no stale CA accumulates and nobody can
// mint certificates the sandbox trusts once the console has quit.
class SandboxReceiver : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        CertificateGeneration,
        Listen, // neither the stored port nor any other could be opened
        Store,  // trust, allowlist or port could not be written (see errorDetail())
    };
    Q_ENUM(Error)

    static constexpr quint16 kDefaultPort = 8789;
    static QString settingsScope(); // "receiver"
    // "127.0.0.1/32 port <port>": loopback on the receiver's port only, for as long as it runs.
    static Allowlist::Entry allowlistEntry(quint16 port);
    // The entry a running (or crashed) receiver put on the sandbox allowlist, if any.
    static StoreResult<std::optional<Allowlist::Entry>>
    registeredEntry(const SettingsRepository &settings);

    // A behaviour that cannot be read leaves the default one, and error() says Store.
    explicit SandboxReceiver(Store db, QObject *parent = nullptr);

    // Listens on the stored port (kDefaultPort the first time), on another one the OS picks when
    // that is taken (then remembered, and the demo endpoints follow), trusts the CA and allowlists
    // 127.0.0.1 on that port for the sandbox. trustChanged() tells the engine to reload them.
    Error start();
    // Stops listening, withdraws the sandbox's trust in the CA and the allowlist entry.
    void stop();
    bool isRunning() const;
    quint16 port() const;
    // The stored port was taken at the last start, so another one is used.
    bool portMoved() const { return m_portMoved; }
    Error error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }
    QSslCertificate caCertificate() const { return m_receiver.caCertificate(); }
    LocalReceiver *receiver() { return &m_receiver; }
    const LocalReceiver *receiver() const { return &m_receiver; }

    // The configured answer (status, delay, failure rate), remembered in settings. The demo's
    // flaky path answers the same but fails at least DemoSetup::kFlakyFailureRate of requests.
    ReceiverBehaviour behaviour() const { return m_behaviour; }
    std::optional<StoreError> setBehaviour(const ReceiverBehaviour &behaviour);

    // A failed read is an error, never "no port stored" or the default behaviour.
    static StoreResult<std::optional<quint16>> storedPort(const SettingsRepository &settings);
    static StoreResult<ReceiverBehaviour> storedBehaviour(const SettingsRepository &settings);

signals:
    // The sandbox's trusted CAs or allowlist changed: the engine must read them again.
    void trustChanged();
    void runningChanged(bool running);
    void requestReceived(const hookline::ReceivedRequest &request);

private:
    Error fail(Error error, const QString &detail);
    std::optional<StoreError> trustCa();
    std::optional<StoreError> withdrawCa();
    std::optional<StoreError> allowlistLoopback(quint16 port);
    std::optional<StoreError> withdrawLoopback();
    void applyBehaviour();

    Store m_db;
    LocalReceiver m_receiver;
    ReceiverBehaviour m_behaviour;
    Error m_error = Error::None;
    QString m_errorDetail;
    bool m_portMoved = false;
};

} // namespace hookline
