#pragma once

#include "domain/autopause.h"
#include "domain/clock.h"
#include "domain/ratelimiter.h"
#include "engine/attemptexchange.h"
#include "engine/deliveryports.h"
#include "engine/deliveryqueue.h"
#include "engine/enginesnapshot.h"
#include "engine/signingpool.h"
#include "engine/uncertainclaims.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>
#include <random>

namespace hookline {

class ChangeWatcher;
class Connection;
class ConnectionSupervisor;
class HttpConnectionPool;

// The delivery engine. Lives in its own thread (see EngineController), where it opens its own
// database connection and HTTPS connection pool. A single timer wakes it exactly when the next
// delivery is due; completions are written in group commits; observers get batched snapshots.
class DeliveryEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        int globalMaxInFlight = 256;
        bool drain = false; // emit drained() once nothing is due and nothing in flight
        int snapshotIntervalMs = 250;
        // A wall-clock step larger than this (against the monotonic clock) shifts open schedules.
        qint64 clockJumpThresholdMs = 60 * 1000;
        int completionBatch = 256; // flush completions at this many even within one loop pass
        // How long finished attempts wait for others before their group commit. Each commit is
        // an fsync that blocks this thread; under load 10 ms turn commits of ~7 attempts into
        // commits of dozens.
        int groupCommitDelayMs = 10;
    };

    struct Ports
    {
        std::shared_ptr<DestinationVetter> vetter;
        std::shared_ptr<const DeliverySigner> signer; // thread-safe: called from a pool
        std::shared_ptr<TlsSettingsProvider> tls;
    };

    DeliveryEngine(Options options, Ports ports, const Clock &clock = Clock::system());
    ~DeliveryEngine() override;

public slots:
    void start();
    // Stops taking work; attempts in flight end as `interrupted` (retried at the next start).
    void stop();
    // Something changed in the store (a new event, an endpoint edited, paused or resumed).
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
    struct Runtime
    {
        Endpoint config;
        int inFlight = 0;
        std::optional<QDateTime> nextDue;
        RateLimiter limiter;
        QList<AutoPause::Sample> recent; // newest first, at most 100
        EndpointLiveState live;
    };
    struct InFlight
    {
        DeliveryQueue::Claim claim;
        QString endpointId;
        QElapsedTimer elapsed;
        AttemptExchange *exchange = nullptr;
        QList<HeaderPair> loggedHeaders;
        QString connectedAddress;
    };

    void reloadEndpoints();
    void pump();
    void armTimer();
    bool dispatchable(const Runtime &rt) const;
    void checkClockJump();
    void checkExternalChanges();
    std::optional<QDateTime> nextDue(const QString &endpointId) const;
    void startAttempt(const DeliveryQueue::Claim &claim);
    void sendVetted(qint64 attemptId, const VettedDestination &vetted);
    void sendSigned(qint64 attemptId, const VettedDestination &vetted,
                    const SignedRequest &signedRequest);
    void completeAttempt(qint64 attemptId, ExchangeResult result);
    bool commitCompletions();
    void flushCompletions(); // commit, then look for due work
    // After a lost database server: reconnect (with backoff) and start over from the store;
    // what is in memory (finished attempts not yet recorded) is kept and recorded then. True when
    // `error` was a lost connection.
    bool reconnectIfLost(const StoreError &error);
    void startOverAfterReconnect();
    void maybeAutoPause(Runtime &rt);
    void emitSnapshot();
    bool isDrained() const;

    Options m_options;
    Ports m_ports;
    const Clock &m_clock;
    ClockJumpDetector m_clockJumps;
    std::unique_ptr<Connection> m_connection;
    // Reopens m_connection with backoff after the server went away; before m_connection goes.
    std::unique_ptr<ConnectionSupervisor> m_supervisor;
    std::unique_ptr<DeliveryQueue> m_queue;
    std::unique_ptr<ChangeWatcher> m_changes;
    QHash<QString, Runtime> m_endpoints;
    QHash<qint64, InFlight> m_inFlight; // by attempt id
    HttpConnectionPool *m_connections = nullptr;
    QList<DeliveryQueue::Completion> m_completions;
    std::unique_ptr<SigningPool> m_signing;
    QTimer m_wakeTimer;
    QTimer m_flushTimer;
    QTimer m_snapshotTimer;
    QTimer m_externalTimer;
    UncertainClaims m_uncertainClaims;
    EngineSnapshot m_totals;
    bool m_running = false;
    bool m_stopping = false;
    bool m_snapshotDirty = false;
    bool m_drainedEmitted = false;
    std::mt19937_64 m_rng;
};

} // namespace hookline
