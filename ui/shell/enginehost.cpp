#include "shell/enginehost.h"

#include "common/displaytext.h"
#include "security/secretstore.h"
#include "store/endpointrepository.h"

#include <QLocale>
#include <algorithm>
#include <utility>

namespace hookline::ui {

namespace {
constexpr int kLockRetryMs = 5000;
constexpr int kSecretsRetryMs = 10000;
} // namespace

EngineHost::EngineHost(Store db, QString databasePath, std::unique_ptr<SecretStore> secrets,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_host(std::move(db), {std::move(databasePath)}, std::move(secrets))
{
    connect(&m_host, &DeliveryHost::stateChanged, this, [this] { emit statusChanged(); });
    connect(&m_host, &DeliveryHost::snapshotReady, this, [this](const EngineSnapshot &snapshot) {
        emit snapshotReady(snapshot);
        emit statusChanged();
    });
    connect(&m_host, &DeliveryHost::endpointAutoPaused, this, &EngineHost::endpointAutoPaused);
    connect(&m_host, &DeliveryHost::secretsLoaded, this, &EngineHost::updateSigningProblem);
    m_deadLetterBatch.setSingleShot(true);
    m_deadLetterBatch.setInterval(5000);
    connect(&m_deadLetterBatch, &QTimer::timeout, this, [this] {
        const int count = std::exchange(m_pendingDeadLetters, 0);
        if (count > 0)
            emit deadLettersAppeared(count);
    });
    connect(&m_host, &DeliveryHost::deliveryDead, this, [this] {
        ++m_pendingDeadLetters;
        if (!m_deadLetterBatch.isActive())
            m_deadLetterBatch.start();
    });

    m_lockRetry.setInterval(kLockRetryMs);
    connect(&m_lockRetry, &QTimer::timeout, this, &EngineHost::tryStart);
    m_secretsRetry.setInterval(kSecretsRetryMs);
    connect(&m_secretsRetry, &QTimer::timeout, &m_host, &DeliveryHost::reloadSecrets);
}

EngineHost::~EngineHost()
{
    stop(30000);
}

void EngineHost::start()
{
    if (state() != State::Idle)
        return;
    probeSecrets();
    m_host.start();
    if (state() == State::LockedByOther)
        m_lockRetry.start();
}

void EngineHost::tryStart()
{
    if (m_host.tryStart() == EngineController::StartResult::LockedByOther) {
        if (!m_lockRetry.isActive())
            m_lockRetry.start();
    } else {
        m_lockRetry.stop();
    }
}

bool EngineHost::stop(int timeoutMs)
{
    m_lockRetry.stop();
    m_secretsRetry.stop();
    return m_host.stopAndWait(timeoutMs);
}

void EngineHost::configurationChanged()
{
    m_host.wake();
    m_host.reloadSecrets();
}

void EngineHost::reloadIngest()
{
    m_host.reloadIngest();
}

void EngineHost::probeSecrets()
{
    m_host.secretStore()->probe(this, [this](const SecretStore::Result &r) {
        m_secretsUnavailable = !r.ok();
        m_secretsDetail = r.detail;
        updateSigningProblem();
    });
}

void EngineHost::updateSigningProblem()
{
    const SigningMaterial &material = m_host.material();
    QMap<Environment, QStringList> problems;
    QStringList details;
    const QList<Environment> environments = {Environment::Sandbox, Environment::Live};
    if (m_secretsUnavailable || !material.problems.isEmpty()) {
        for (Environment env : environments)
            problems[env] << tr(
                "The keychain is unavailable — deliveries wait until it can be read");
        if (!m_secretsDetail.isEmpty())
            details << m_secretsDetail;
        details << material.problems;
    } else if (m_host.materialLoaded()) {
        const StoreResult<QList<Endpoint>> stored = EndpointRepository(m_db).listAll();
        if (!stored)
            details << stored.error().message;
        const QList<Endpoint> endpoints = stored ? *stored : QList<Endpoint>();
        for (Environment env : environments) {
            const bool needsKey =
                std::any_of(endpoints.begin(), endpoints.end(), [env](const Endpoint &e) {
                    return e.environment == env && e.signingScheme == SigningScheme::Jwt;
                });
            if (needsKey && !material.jwt(env)) {
                problems[env] << tr("No signing key for %1 — deliveries wait until one is "
                                    "generated (Settings › Keys, or hooklinectl keys generate)")
                                     .arg(DisplayText::environment(env));
            }
            QStringList withoutSecret;
            for (const Endpoint &e : endpoints) {
                if (e.environment == env && e.signingScheme == SigningScheme::StandardWebhooks &&
                    !material.standard.contains(e.id))
                    withoutSecret << e.name;
            }
            if (!withoutSecret.isEmpty()) {
                problems[env] << tr("No webhook secret for %n endpoint(s) — their deliveries wait",
                                    nullptr, int(withoutSecret.size()));
                details << withoutSecret.join(QStringLiteral(", "));
            }
        }
    }
    QMap<Environment, QString> texts;
    QStringList all;
    for (Environment env : environments) {
        if (problems.value(env).isEmpty())
            continue;
        texts.insert(env, problems.value(env).join(QStringLiteral(" · ")));
        for (const QString &p : problems.value(env)) {
            if (!all.contains(p))
                all << p;
        }
    }
    const QString detail = (all + details).join(QLatin1Char('\n'));
    // A key generated elsewhere (hooklinectl) is only seen by reading the keychain again.
    if (texts.isEmpty())
        m_secretsRetry.stop();
    else if (!m_secretsRetry.isActive())
        m_secretsRetry.start();
    if (texts == m_signingProblems && detail == m_signingProblemDetail)
        return;
    m_signingProblems = texts;
    m_signingProblemDetail = detail;
    emit statusChanged();
}

QString EngineHost::signingProblem(Environment environment) const
{
    return m_signingProblems.value(environment);
}

QString EngineHost::lockHolderText() const
{
    const EngineLockHolder holder = m_host.lockHolder();
    if (!holder.known)
        return tr("another process");
    //: %1 application, %2 process id, %3 host name
    return tr("%1, pid %2 on %3")
        .arg(holder.application.isEmpty() ? tr("a process") : holder.application)
        .arg(holder.pid)
        .arg(holder.hostname.isEmpty() ? tr("this machine") : holder.hostname);
}

QString EngineHost::statusText() const
{
    const QLocale locale;
    const EngineSnapshot &snapshot = m_host.snapshot();
    switch (state()) {
    case State::Idle:
    case State::Starting:
        return tr("Delivery engine: starting…");
    case State::Running:
        return tr("Delivering · %1 in flight · %2 sent, %3 failed")
            .arg(locale.toString(snapshot.inFlight), locale.toString(snapshot.succeeded),
                 locale.toString(snapshot.failed));
    case State::LockedByOther:
        return tr("Deliveries are being sent by %1").arg(lockHolderText());
    case State::Stopped:
        return tr("Delivery engine stopped");
    case State::Failed:
        // The engine's reason is an English diagnostic: the tooltip carries it.
        return tr("Delivery engine failed — nothing is delivered until Hookline is restarted");
    }
    return {};
}

QString EngineHost::statusToolTip() const
{
    switch (state()) {
    case State::Running:
        return tr("Counts since the console started. Deliveries are sent from this window while "
                  "it is open.");
    case State::LockedByOther:
        return tr("Only one process delivers from a database. This console shows and edits "
                  "endpoints; it takes over delivery when the other process ends.");
    case State::Failed:
        return tr("Diagnostic: %1").arg(m_host.failure());
    default:
        return {};
    }
}

} // namespace hookline::ui
