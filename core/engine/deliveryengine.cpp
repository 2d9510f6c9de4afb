#include "engine/deliveryengine.h"

#include "analytics/retentionpruner.h"
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "domain/retryschedule.h"
#include "http/httpconnectionpool.h"
#include "store/changewatcher.h"
#include "store/connection.h"
#include "store/connectionsupervisor.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <algorithm>

namespace hookline {

Q_LOGGING_CATEGORY(lcDelivery, "hookline.delivery", QtInfoMsg)

namespace {
constexpr int kRecentWindow = AutoPause::kTimeoutWindow;
constexpr int kMaxTimerMs = 30 * 1000;
constexpr int kStoreRetryMs = 1000; // a busy or failing store is asked again after this

// The URL recorded for the attempt when it was claimed, so the record and the request agree even
// if the endpoint changed in between.
QUrl attemptUrl(const Endpoint &e, const DeliveryQueue::Claim &claim)
{
    return claim.url.isEmpty() ? e.deliveryUrl() : QUrl(claim.url, QUrl::StrictMode);
}
} // namespace

DeliveryEngine::DeliveryEngine(Options options, Ports ports, const Clock &clock)
    : m_options(std::move(options))
    , m_ports(std::move(ports))
    , m_clock(clock)
    , m_clockJumps(m_clock, m_options.clockJumpThresholdMs)
    , m_signing(std::make_unique<SigningPool>(m_ports.signer))
    , m_wakeTimer(this)
    , m_flushTimer(this)
    , m_snapshotTimer(this)
    , m_externalTimer(this)
    , m_rng(std::random_device{}())
{
    qRegisterMetaType<EngineSnapshot>();
    qRegisterMetaType<ExchangeResult>();
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &DeliveryEngine::pump);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeliveryEngine::flushCompletions);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &DeliveryEngine::emitSnapshot);
    connect(&m_externalTimer, &QTimer::timeout, this, &DeliveryEngine::checkExternalChanges);
}

DeliveryEngine::~DeliveryEngine()
{
    m_signing.reset(); // waits for the signing jobs still running
    // Exchanges and connections are children; a final commit keeps finished attempts.
    m_stopping = true;
    commitCompletions();
}

void DeliveryEngine::start()
{
    if (m_running)
        return;
    // Auto-pause and dead-lettering are recorded in the audit log as the engine's decisions.
    AuditLog::setThreadActor(AuditLog::engineActor());
    m_connection = std::make_unique<Connection>(m_options.databasePath);
    if (auto err = m_connection->open()) {
        emit failed(QStringLiteral("cannot open the database %1: %2")
                        .arg(m_options.databasePath, err->message));
        return;
    }
    m_supervisor = std::make_unique<ConnectionSupervisor>(m_connection.get(), m_clock);
    connect(m_supervisor.get(), &ConnectionSupervisor::restored, this,
            &DeliveryEngine::startOverAfterReconnect);
    m_queue = std::make_unique<DeliveryQueue>(m_connection->store());
    m_changes = ChangeWatcher::create(m_connection->store());
    // Sockets belong to the thread that made them: this one.
    if (!m_connections)
        m_connections = new HttpConnectionPool(AttemptExchange::kMaxBody, this);
    int recovered = 0;
    if (auto err = m_queue->recoverInterrupted(m_clock.nowUtc(), &recovered)) {
        emit failed(QStringLiteral("cannot recover interrupted attempts: %1").arg(err->message));
        return;
    }
    if (recovered > 0)
        qCInfo(lcDelivery) << "recovered" << recovered
                           << "interrupted deliveries; retrying them now";
    RetentionPruner::schedule(this, m_connection->store(), m_clock);
    m_running = true;
    m_clockJumps.restart();
    reloadEndpoints();
    m_snapshotTimer.start(m_options.snapshotIntervalMs);
    // Other processes (the CLI, the console) write to the same file: notice their commits cheaply.
    m_externalTimer.start(1000);
    checkExternalChanges();
    emit started(recovered);
    pump();
}

void DeliveryEngine::stop()
{
    if (!m_running && !m_stopping) {
        // start() failed: nothing to wind down, but the owner waits for stopped() to end this
        // thread (without it, its destructor waited 30 s and then destroyed a running thread).
        m_stopping = true;
        emit stopped();
        return;
    }
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_wakeTimer.stop();
    m_externalTimer.stop();
    const QList<qint64> ids = m_inFlight.keys();
    for (qint64 id : ids) {
        if (auto it = m_inFlight.find(id); it != m_inFlight.end() && it->exchange)
            it->exchange->abort(); // finishes synchronously or soon as `interrupted`
    }
    // Attempts still waiting for their destination check end as interrupted too.
    const QList<qint64> waiting = m_inFlight.keys();
    for (qint64 id : waiting)
        completeAttempt(id, ExchangeResult::interrupted(QStringLiteral("the engine stopped")));
    flushCompletions();
    m_snapshotTimer.stop();
    emitSnapshot();
    m_running = false;
    emit stopped();
}

void DeliveryEngine::wake()
{
    if (!m_running || m_stopping)
        return;
    reloadEndpoints();
    pump();
}

void DeliveryEngine::reloadEndpoints()
{
    m_ports.vetter->refresh(m_connection->store());
    m_ports.tls->refresh(m_connection->store());
    const StoreResult<QList<Endpoint>> stored = EndpointRepository(m_connection->store()).listAll();
    if (!stored) {
        // The endpoints loaded before stay; the next reload tries again.
        qCWarning(lcDelivery) << "cannot read the endpoints:" << stored.error().message;
        return;
    }
    const QList<Endpoint> &all = *stored;
    QHash<QString, Runtime> next;
    for (const Endpoint &e : all) {
        Runtime rt;
        if (auto it = m_endpoints.find(e.id); it != m_endpoints.end())
            rt = std::move(*it);
        else if (auto recent = m_queue->recentOutcomes(e.id, kRecentWindow))
            rt.recent = std::move(*recent);
        else // auto-pause then starts from no history, as for a new endpoint
            qCWarning(lcDelivery) << "cannot read the recent outcomes of" << e.id << ":"
                                  << recent.error().message;
        rt.config = e;
        rt.limiter.setRate(e.rateLimitPerSecond);
        rt.nextDue = nextDue(e.id);
        rt.live.state = e.state;
        rt.live.pausedReason = e.pausedReason;
        rt.live.consecutiveFailures = AutoPause::consecutiveFailures(rt.recent);
        next.insert(e.id, std::move(rt));
    }
    // An endpoint removed while attempts were in flight keeps its runtime until they finish.
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it) {
        if (!next.contains(it.key()) && it->inFlight > 0) {
            it->nextDue.reset();
            next.insert(it.key(), std::move(*it));
        }
    }
    m_endpoints = std::move(next);
    m_snapshotDirty = true;
}

std::optional<QDateTime> DeliveryEngine::nextDue(const QString &endpointId) const
{
    const auto due = m_queue->nextDue(endpointId);
    if (due)
        return *due;
    // Not knowing is not "nothing due": look again shortly (the claim then finds what is due).
    qCWarning(lcDelivery) << "cannot read when" << endpointId
                          << "is due next:" << due.error().message;
    return m_clock.nowUtc().addMSecs(kStoreRetryMs);
}

bool DeliveryEngine::dispatchable(const Runtime &rt) const
{
    // Never unsigned: without its key or secret an endpoint's deliveries wait.
    if (!m_ports.signer->canSign(rt.config))
        return false;
    return rt.config.state == EndpointState::Active || rt.config.failoverActive();
}

void DeliveryEngine::checkClockJump()
{
    const std::optional<qint64> step = m_clockJumps.look();
    if (!step)
        return;
    const qint64 jump = *step;
    // Keep every waiting retry the same real time away: no storm after a jump forward, nothing
    // stranded for a day after a jump back.
    qCWarning(lcDelivery) << "wall clock jumped by" << jump << "ms; shifting open schedules";
    if (auto err = m_queue->shiftOpenSchedules(jump))
        qCWarning(lcDelivery) << "cannot shift schedules:" << err->message;
    for (Runtime &rt : m_endpoints) {
        if (rt.nextDue)
            rt.nextDue = rt.nextDue->addMSecs(jump);
    }
}

void DeliveryEngine::checkExternalChanges()
{
    if (!m_running || m_stopping)
        return;
    checkClockJump();
    const StoreResult<bool> changed = m_changes->changedElsewhere();
    if (!changed) {
        if (!reconnectIfLost(changed.error()))
            qCWarning(lcDelivery) << "cannot look for changes by others:"
                                  << changed.error().message;
        return;
    }
    if (*changed) {
        reloadEndpoints();
        pump();
    }
}

void DeliveryEngine::pump()
{
    if (!m_running || m_stopping)
        return;
    checkClockJump();
    const QDateTime now = m_clock.nowUtc();
    const qint64 mono = m_clock.monotonicMs();
    int globalRoom = m_options.globalMaxInFlight - static_cast<int>(m_inFlight.size());
    QList<DeliveryQueue::ClaimRequest> requests;
    for (auto it = m_endpoints.begin(); it != m_endpoints.end() && globalRoom > 0; ++it) {
        Runtime &rt = *it;
        if (!dispatchable(rt) || !rt.nextDue || *rt.nextDue > now)
            continue;
        int room = std::min(rt.config.maxInFlight - rt.inFlight, globalRoom);
        room = std::min(room, rt.limiter.available(mono));
        if (room <= 0)
            continue;
        requests << DeliveryQueue::ClaimRequest{
            it.key(), room, rt.config.deliveryUrl().toString(QUrl::FullyEncoded)};
        globalRoom -= room;
    }
    // The pass's finished attempts and its new claims share one commit (one fsync): the
    // completions come first, so a retry due at once is seen by the claim that looks for it.
    QList<DeliveryQueue::Claim> claims;
    if (!requests.isEmpty() || !m_completions.isEmpty()) {
        Transaction tx(m_connection->store());
        std::optional<StoreError> err = tx.error();
        if (!err)
            err = m_queue->completeAndClaim(tx, m_completions, requests, now, &claims);
        bool commitFailed = false;
        if (!err) {
            err = tx.commit();
            commitFailed = err.has_value();
        }
        if (err) {
            if (commitFailed)
                m_uncertainClaims.remember(now, requests);
            // Completions stay in memory and are retried; should the process die first, their
            // attempts are recovered as interrupted and delivered again (at least once).
            qCWarning(lcDelivery) << "cannot record" << m_completions.size()
                                  << "finished attempts and claim due deliveries:" << err->message;
            reconnectIfLost(*err);
            // The store is busy or failing: try again shortly. The flush timer, not the wake
            // timer, so that finishing attempts do not retry at once one by one.
            m_wakeTimer.stop();
            m_flushTimer.start(1000);
            return;
        }
        m_completions.clear();
    }
    // An endpoint that got all it asked for may have more due now: no need to ask the store
    // (a query per endpoint per pass, a server round trip on PostgreSQL). One that got less has
    // nothing more due now, and the store says when it will.
    QHash<QString, int> claimed;
    for (const DeliveryQueue::Claim &c : std::as_const(claims))
        ++claimed[c.delivery.endpointId];
    for (const auto &r : std::as_const(requests)) {
        if (auto it = m_endpoints.find(r.endpointId); it != m_endpoints.end())
            it->nextDue =
                claimed.value(r.endpointId) >= r.limit ? std::optional(now) : nextDue(r.endpointId);
    }
    if (!claims.isEmpty()) {
        qCDebug(lcDelivery) << "claimed" << claims.size() << "deliveries";
        for (const DeliveryQueue::Claim &c : std::as_const(claims))
            startAttempt(c);
    }
    armTimer();
    if (m_options.drain && !m_drainedEmitted && isDrained()) {
        m_drainedEmitted = true;
        emit drained();
    }
}

bool DeliveryEngine::isDrained() const
{
    if (!m_inFlight.isEmpty() || !m_completions.isEmpty())
        return false;
    const QDateTime now = m_clock.nowUtc();
    for (const Runtime &rt : m_endpoints) {
        if (dispatchable(rt) && rt.nextDue && *rt.nextDue <= now)
            return false;
    }
    return true;
}

void DeliveryEngine::armTimer()
{
    const QDateTime now = m_clock.nowUtc();
    const qint64 mono = m_clock.monotonicMs();
    std::optional<qint64> earliestMs;
    for (Runtime &rt : m_endpoints) {
        if (!dispatchable(rt) || !rt.nextDue || rt.inFlight >= rt.config.maxInFlight)
            continue;
        qint64 wait = std::max<qint64>(0, now.msecsTo(*rt.nextDue));
        wait = std::max(wait, rt.limiter.msUntilNext(mono));
        if (!earliestMs || wait < *earliestMs)
            earliestMs = wait;
    }
    if (!earliestMs) {
        m_wakeTimer.stop(); // nothing waits: completions or wake() will start us again
        return;
    }
    if (*earliestMs == 0 && static_cast<int>(m_inFlight.size()) >= m_options.globalMaxInFlight) {
        m_wakeTimer.stop(); // due, but the global limit is reached: a completion pumps again
        return;
    }
    m_wakeTimer.start(static_cast<int>(std::min<qint64>(*earliestMs, kMaxTimerMs)));
}

void DeliveryEngine::startAttempt(const DeliveryQueue::Claim &claim)
{
    auto it = m_endpoints.find(claim.delivery.endpointId);
    if (it == m_endpoints.end())
        return;
    Runtime &rt = *it;
    rt.inFlight++;
    rt.limiter.take();
    rt.live.inFlight = rt.inFlight;
    InFlight f;
    f.claim = claim;
    f.endpointId = claim.delivery.endpointId;
    f.elapsed.start();
    m_inFlight.insert(claim.attemptId, f);
    m_snapshotDirty = true;

    const QUrl url = attemptUrl(rt.config, claim);
    const qint64 attemptId = claim.attemptId;
    m_ports.vetter->vet(
        url, rt.config.environment, this,
        [this, attemptId](const VettedDestination &v) { sendVetted(attemptId, v); });
}

void DeliveryEngine::sendVetted(qint64 attemptId, const VettedDestination &vetted)
{
    auto fit = m_inFlight.find(attemptId);
    if (fit == m_inFlight.end() || m_stopping)
        return;
    auto eit = m_endpoints.find(fit->endpointId);
    if (eit == m_endpoints.end()) {
        completeAttempt(attemptId, ExchangeResult::interrupted(QStringLiteral("endpoint removed")));
        return;
    }
    const Runtime &rt = *eit;
    if (!vetted.allowed) {
        ExchangeResult r;
        r.outcome = vetted.failure;
        r.error = vetted.reason;
        r.durationMs = fit->elapsed.elapsed();
        completeAttempt(attemptId, r);
        return;
    }
    m_signing->sign(SigningPool::Job{rt.config, fit->claim.event, fit->claim.delivery,
                                     fit->claim.attemptNumber, attemptUrl(rt.config, fit->claim),
                                     m_clock.nowUtc()},
                    this, [this, attemptId, vetted](const SignedRequest &signedRequest) {
                        sendSigned(attemptId, vetted, signedRequest);
                    });
}

void DeliveryEngine::sendSigned(qint64 attemptId, const VettedDestination &vetted,
                                const SignedRequest &signedRequest)
{
    auto fit = m_inFlight.find(attemptId);
    if (fit == m_inFlight.end() || m_stopping)
        return;
    auto eit = m_endpoints.find(fit->endpointId);
    if (eit == m_endpoints.end()) {
        completeAttempt(attemptId, ExchangeResult::interrupted(QStringLiteral("endpoint removed")));
        return;
    }
    const Runtime &rt = *eit;
    if (signedRequest.headers.isEmpty()) {
        // Only if the secret vanished between canSign() and now: not the endpoint's fault.
        completeAttempt(attemptId, ExchangeResult::interrupted(QStringLiteral("could not sign")));
        return;
    }

    PreparedRequest req;
    req.target = vetted.target;
    req.method = toString(rt.config.method).toLatin1();
    req.headers = signedRequest.headers;
    req.body = signedRequest.body;
    req.ssl = m_ports.tls->configuration(rt.config.environment);
    // The endpoint's timeout covers everything, the destination check included.
    req.timeoutMs = std::max<qint64>(1, rt.config.timeoutSeconds * 1000 - fit->elapsed.elapsed());
    for (const VettedDestination::Fallback &f : vetted.fallbacks)
        req.fallbacks << f.target;
    fit->loggedHeaders = signedRequest.loggedHeaders;
    fit->connectedAddress = vetted.address.toString();
    auto *exchange = new AttemptExchange(m_connections, req, this);
    fit->exchange = exchange;
    connect(
        exchange, &AttemptExchange::finished, this,
        [this, attemptId, exchange, fallbacks = vetted.fallbacks](const ExchangeResult &result) {
            auto it = m_inFlight.find(attemptId);
            if (it != m_inFlight.end()) {
                it->exchange = nullptr;
                if (result.route > 0 && result.route <= fallbacks.size())
                    it->connectedAddress = fallbacks.at(result.route - 1).address.toString();
                ExchangeResult r = result;
                r.durationMs = it->elapsed.elapsed();
                completeAttempt(attemptId, r);
            }
            exchange->deleteLater();
        });
    exchange->start();
}

void DeliveryEngine::completeAttempt(qint64 attemptId, ExchangeResult result)
{
    auto fit = m_inFlight.find(attemptId);
    if (fit == m_inFlight.end())
        return;
    const InFlight f = *fit;
    m_inFlight.erase(fit);
    const QDateTime now = m_clock.nowUtc();

    DeliveryQueue::Completion c;
    c.attemptId = attemptId;
    c.deliveryId = f.claim.delivery.id;
    c.outcome = result.outcome;
    c.httpStatus = result.httpStatus;
    c.durationMs = result.durationMs;
    c.requestHeaders = f.loggedHeaders;
    c.responseHeaders = result.responseHeaders;
    c.responseBody = result.responseBody;
    c.connectedAddress = f.connectedAddress;
    c.error = result.error;
    c.finishedAt = now;

    auto eit = m_endpoints.find(f.endpointId);
    const RetrySchedule schedule(eit != m_endpoints.end() ? eit->config.retryPolicy
                                                          : RetryPolicy{});
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    const RetrySchedule::NextStep next = schedule.nextStep(result.outcome, f.claim.attemptNumber,
                                                           now, unit(m_rng), result.retryAfter);
    c.nextStatus = next.status;
    c.nextAttemptAt = next.at;
    qCDebug(lcDelivery) << "attempt" << attemptId << "of" << c.deliveryId << toString(c.outcome)
                        << c.httpStatus << c.error;
    m_completions << c;
    m_totals.attemptsFinished++;
    if (result.outcome == OutcomeClass::Success)
        m_totals.succeeded++;
    else if (result.outcome != OutcomeClass::Interrupted)
        m_totals.failed++;

    if (eit != m_endpoints.end()) {
        Runtime &rt = *eit;
        rt.inFlight = std::max(0, rt.inFlight - 1);
        rt.live.inFlight = rt.inFlight;
        rt.live.lastOutcome = result.outcome;
        rt.live.lastHttpStatus = result.httpStatus;
        rt.live.lastLatencyMs = result.durationMs;
        if (c.nextStatus == DeliveryStatus::Retrying &&
            (!rt.nextDue || c.nextAttemptAt < *rt.nextDue))
            rt.nextDue = c.nextAttemptAt;
        if (result.outcome != OutcomeClass::Interrupted) {
            rt.recent.prepend(AutoPause::Sample{f.claim.startedAt, result.outcome});
            if (rt.recent.size() > kRecentWindow)
                rt.recent.removeLast();
        }
        rt.live.consecutiveFailures = AutoPause::consecutiveFailures(rt.recent);
        if (c.nextStatus == DeliveryStatus::Dead)
            emit deliveryDead(c.deliveryId, f.endpointId);
        if (!m_stopping)
            maybeAutoPause(rt);
    }
    m_snapshotDirty = true;
    if (m_stopping)
        return;
    // Coalesce the completions of this event-loop pass into one commit; the next claims follow
    // that commit, so a retry due at once is seen by the claim that looks for it.
    // Waiting is pointless once as many attempts wait for the commit as are still in flight:
    // the endpoints' slots are held by finished work.
    if (m_completions.size() >= m_options.completionBatch ||
        m_completions.size() >= m_inFlight.size())
        flushCompletions();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(m_options.groupCommitDelayMs);
}

bool DeliveryEngine::commitCompletions()
{
    if (m_completions.isEmpty() || !m_queue)
        return true;
    if (auto err = m_queue->complete(m_completions)) {
        // Kept in memory and retried; should the process die first, the attempts are recovered
        // as interrupted and delivered again (at least once).
        qCWarning(lcDelivery) << "cannot record" << m_completions.size()
                              << "finished attempts:" << err->message;
        reconnectIfLost(*err);
        m_flushTimer.start(500);
        return false;
    }
    m_completions.clear();
    return true;
}

bool DeliveryEngine::reconnectIfLost(const StoreError &error)
{
    return m_supervisor->recoverIfLost(error);
}

void DeliveryEngine::startOverAfterReconnect()
{
    qCInfo(lcDelivery) << "reconnected to the database;" << m_completions.size()
                       << "finished attempts wait to be recorded";
    // Prepared statements and the LISTEN went with the old session.
    m_queue = std::make_unique<DeliveryQueue>(m_connection->store());
    m_uncertainClaims.release(*m_queue, QSet<qint64>(m_inFlight.keyBegin(), m_inFlight.keyEnd()),
                              m_clock.nowUtc());
    m_changes = ChangeWatcher::create(m_connection->store());
    (void)m_changes->changedElsewhere();
    reloadEndpoints();
}

void DeliveryEngine::flushCompletions()
{
    if (m_running && !m_stopping)
        pump(); // commits them together with the next claims
    else
        commitCompletions();
}

void DeliveryEngine::maybeAutoPause(Runtime &rt)
{
    if (rt.config.state != EndpointState::Active)
        return;
    const auto reason = AutoPause::evaluate(rt.recent, m_clock.nowUtc(), rt.config.autoPause);
    if (!reason)
        return;
    commitCompletions();
    const QString text = AutoPause::reasonCode(*reason);
    const auto result = EndpointService(m_connection->store(), m_clock).pause(rt.config.id, text);
    if (!result.ok()) {
        qCWarning(lcDelivery) << "cannot pause endpoint" << rt.config.id;
        return;
    }
    qCWarning(lcDelivery) << "paused endpoint" << rt.config.id << text;
    rt.config.state = EndpointState::Paused;
    rt.config.pausedReason = text;
    rt.live.state = EndpointState::Paused;
    rt.live.pausedReason = text;
    rt.nextDue = nextDue(rt.config.id);
    emit endpointAutoPaused(rt.config.id, text);
}

void DeliveryEngine::emitSnapshot()
{
    if (!m_snapshotDirty)
        return;
    m_snapshotDirty = false;
    EngineSnapshot s = m_totals;
    s.inFlight = static_cast<int>(m_inFlight.size());
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        s.endpoints.insert(it.key(), it->live);
    emit snapshotReady(s);
}

} // namespace hookline
