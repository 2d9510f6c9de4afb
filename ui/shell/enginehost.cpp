#include "shell/enginehost.h"

#include "common/displaytext.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/standardports.h"
#include "ingest/ingesthost.h"
#include "security/addressclassifier.h"
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
    , m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createDefault())
    , m_signer(std::make_shared<DeliveryRequestBuilder>())
{
    DeliveryEngine::Options options;
    options.databasePath = m_databasePath;
    DeliveryEngine::Ports ports =
        standardPorts(m_signer, AddressClassifier::withSystemInterfaces());
    m_controller = std::make_unique<EngineController>(options, ports);

    connect(m_controller.get(), &EngineController::started, this,
            [this] { setState(State::Running); });
    connect(m_controller.get(), &EngineController::stopped, this, [this] {
        if (m_state != State::Failed)
            setState(State::Stopped);
    });
    connect(m_controller.get(), &EngineController::failed, this, [this](const QString &message) {
        m_failure = message;
        setState(State::Failed);
    });
    connect(m_controller.get(), &EngineController::snapshotReady, this,
            [this](const EngineSnapshot &snapshot) {
                m_snapshot = snapshot;
                emit snapshotReady(snapshot);
                emit statusChanged();
            });
    connect(m_controller.get(), &EngineController::endpointAutoPaused, this,
            &EngineHost::endpointAutoPaused);
    m_deadLetterBatch.setSingleShot(true);
    m_deadLetterBatch.setInterval(5000);
    connect(&m_deadLetterBatch, &QTimer::timeout, this, [this] {
        const int count = std::exchange(m_pendingDeadLetters, 0);
        if (count > 0)
            emit deadLettersAppeared(count);
    });
    connect(m_controller.get(), &EngineController::deliveryDead, this, [this] {
        ++m_pendingDeadLetters;
        if (!m_deadLetterBatch.isActive())
            m_deadLetterBatch.start();
    });

    m_ingest = std::make_unique<IngestHost>(m_db, m_secrets.get());
    connect(m_ingest.get(), &IngestHost::eventAccepted, this, [this] { m_controller->wake(); });

    m_lockRetry.setInterval(kLockRetryMs);
    connect(&m_lockRetry, &QTimer::timeout, this, &EngineHost::tryStart);
    m_secretsRetry.setInterval(kSecretsRetryMs);
    connect(&m_secretsRetry, &QTimer::timeout, this, &EngineHost::loadSecrets);
}

EngineHost::~EngineHost()
{
    m_ingest.reset();
    stop(30000);
    // Loads still running hold the store: they go before it does.
    qDeleteAll(findChildren<SigningMaterialLoader *>(Qt::FindDirectChildrenOnly));
}

void EngineHost::start()
{
    if (m_state != State::Idle)
        return;
    probeSecrets();
    loadSecrets();
    tryStart();
}

void EngineHost::tryStart()
{
    switch (m_controller->start()) {
    case EngineController::StartResult::Started:
        m_lockRetry.stop();
        setState(State::Starting);
        break;
    case EngineController::StartResult::LockedByOther:
        m_lockHolder = m_controller->lockHolder();
        if (!m_lockRetry.isActive())
            m_lockRetry.start();
        setState(State::LockedByOther);
        break;
    case EngineController::StartResult::AlreadyRunning:
        m_lockRetry.stop();
        break;
    }
}

bool EngineHost::stop(int timeoutMs)
{
    if (m_ingest)
        m_ingest->stop();
    m_lockRetry.stop();
    m_secretsRetry.stop();
    if (!m_controller->isRunning())
        return true;
    m_controller->stop();
    return m_controller->waitStopped(timeoutMs);
}

void EngineHost::configurationChanged()
{
    m_controller->wake();
    loadSecrets();
}

void EngineHost::setState(State state)
{
    const bool wasRunning = m_state == State::Running;
    m_state = state;
    if (state == State::Running && !wasRunning)
        m_ingest->reload();
    else if (state != State::Running && wasRunning)
        m_ingest->stop();
    emit statusChanged();
}

void EngineHost::reloadIngest()
{
    if (m_state == State::Running)
        m_ingest->reload();
}

void EngineHost::probeSecrets()
{
    m_secrets->probe(this, [this](const SecretStore::Result &r) {
        m_secretsUnavailable = !r.ok();
        m_secretsDetail = r.detail;
        updateSigningProblem();
    });
}

void EngineHost::loadSecrets()
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

void EngineHost::applySecrets(const SigningMaterial &material)
{
    m_material = material;
    m_materialLoaded = true;
    m_signer->setMaterial(material);
    // Deliveries that waited for a key are due now.
    m_controller->wake();
    updateSigningProblem();
}

void EngineHost::updateSigningProblem()
{
    QMap<Environment, QStringList> problems;
    QStringList details;
    const QList<Environment> environments = {Environment::Sandbox, Environment::Live};
    if (m_secretsUnavailable || !m_material.problems.isEmpty()) {
        for (Environment env : environments)
            problems[env] << tr(
                "The keychain is unavailable — deliveries wait until it can be read");
        if (!m_secretsDetail.isEmpty())
            details << m_secretsDetail;
        details << m_material.problems;
    } else if (m_materialLoaded) {
        const StoreResult<QList<Endpoint>> stored = EndpointRepository(m_db).listAll();
        if (!stored)
            details << stored.error().message;
        const QList<Endpoint> endpoints = stored ? *stored : QList<Endpoint>();
        for (Environment env : environments) {
            const bool needsKey =
                std::any_of(endpoints.begin(), endpoints.end(), [env](const Endpoint &e) {
                    return e.environment == env && e.signingScheme == SigningScheme::Jwt;
                });
            if (needsKey && !m_material.jwt(env)) {
                problems[env] << tr("No signing key for %1 — deliveries wait until one is "
                                    "generated (Settings › Keys, or hooklinectl keys generate)")
                                     .arg(DisplayText::environment(env));
            }
            QStringList withoutSecret;
            for (const Endpoint &e : endpoints) {
                if (e.environment == env && e.signingScheme == SigningScheme::StandardWebhooks &&
                    !m_material.standard.contains(e.id))
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
    if (!m_lockHolder.known)
        return tr("another process");
    //: %1 application, %2 process id, %3 host name
    return tr("%1, pid %2 on %3")
        .arg(m_lockHolder.application.isEmpty() ? tr("a process") : m_lockHolder.application)
        .arg(m_lockHolder.pid)
        .arg(m_lockHolder.hostname.isEmpty() ? tr("this machine") : m_lockHolder.hostname);
}

QString EngineHost::statusText() const
{
    const QLocale locale;
    switch (m_state) {
    case State::Idle:
    case State::Starting:
        return tr("Delivery engine: starting…");
    case State::Running:
        return tr("Delivering · %1 in flight · %2 sent, %3 failed")
            .arg(locale.toString(m_snapshot.inFlight), locale.toString(m_snapshot.succeeded),
                 locale.toString(m_snapshot.failed));
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
    switch (m_state) {
    case State::Running:
        return tr("Counts since the console started. Deliveries are sent from this window while "
                  "it is open.");
    case State::LockedByOther:
        return tr("Only one process delivers from a database. This console shows and edits "
                  "endpoints; it takes over delivery when the other process ends.");
    case State::Failed:
        return tr("Diagnostic: %1").arg(m_failure);
    default:
        return {};
    }
}

} // namespace hookline::ui
