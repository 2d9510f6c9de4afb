#include "commands/runcommand.h"

#include "command.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/enginecontroller.h"
#include "engine/signingmaterial.h"
#include "engine/standardports.h"
#include "ingest/ingesthost.h"
#include "security/secretstore.h"
#include "signalwatcher.h"
#include "validationmessages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

namespace hookline::cli {

namespace {

Q_LOGGING_CATEGORY(lcRun, "hookline.run", QtInfoMsg)

QString describe(const EngineLockHolder &holder)
{
    if (!holder.known)
        return QStringLiteral("another process");
    return QStringLiteral("%1, pid %2 on %3")
        .arg(holder.application.isEmpty() ? QStringLiteral("a process") : holder.application)
        .arg(holder.pid)
        .arg(holder.hostname.isEmpty() ? QStringLiteral("this machine") : holder.hostname);
}

// Everything one `run` owns, parented to the application so it outlives the command function.
class EngineRun : public QObject
{
public:
    EngineRun(Context &ctx, bool drain)
        : QObject(QCoreApplication::instance())
        , m_ctx(ctx)
        , m_drain(drain)
    {}

    int start()
    {
        Connection *store = m_ctx.store();
        if (!store)
            return ExitFailure;
        m_secrets = SecretStore::createDefault(this);
        auto *loader = new SigningMaterialLoader(store->database(), m_secrets.get(), this);
        loader->load([this, loader](const SigningMaterial &material) {
            loader->deleteLater();
            startEngine(material);
        });
        return kAsync;
    }

private:
    void log(const QString &line)
    {
        // A log line (time, level, category) rather than a bare message: `run` is a service whose
        // stderr goes to the journal.
        if (line.startsWith(QLatin1String("warning: ")))
            qCWarning(lcRun).noquote() << line.mid(9);
        else
            qCInfo(lcRun).noquote() << line;
    }

    void startEngine(const SigningMaterial &material)
    {
        for (const QString &p : material.problems)
            log(QStringLiteral("warning: %1").arg(p));
        for (Environment env : {Environment::Live, Environment::Sandbox}) {
            if (!material.jwt(env))
                log(QStringLiteral("warning: no signing key for %1; its JWT-signed deliveries wait "
                                   "(hooklinectl --env %1 keys generate)")
                        .arg(toString(env)));
        }
        DeliveryEngine::Options options;
        options.databasePath = m_ctx.dbPath();
        options.drain = m_drain;
        DeliveryEngine::Ports ports =
            standardPorts(std::make_shared<DeliveryRequestBuilder>(material),
                          AddressClassifier::withSystemInterfaces());
        m_controller = new EngineController(options, ports, this);
        connect(m_controller, &EngineController::started, this, [this](int recovered) {
            log(QStringLiteral("delivering from %1%2")
                    .arg(m_ctx.dbPath(),
                         recovered
                             ? QStringLiteral(" (%1 interrupted deliveries retried)").arg(recovered)
                             : QString()));
            startIngest();
        });
        connect(m_controller, &EngineController::endpointAutoPaused, this,
                [this](const QString &id, const QString &reason) {
                    log(QStringLiteral("paused endpoint %1: %2").arg(id, pausedReason(reason)));
                });
        connect(m_controller, &EngineController::deliveryDead, this,
                [this](const QString &delivery, const QString &endpoint) {
                    log(QStringLiteral("dead letter %1 (endpoint %2)").arg(delivery, endpoint));
                });
        connect(m_controller, &EngineController::snapshotReady, this,
                [this](const EngineSnapshot &s) { m_last = s; });
        connect(m_controller, &EngineController::drained, this, [this] {
            log(QStringLiteral("drained: nothing due, nothing in flight"));
            m_controller->stop();
        });
        connect(m_controller, &EngineController::failed, this, [this](const QString &message) {
            log(message);
            m_exitCode = ExitFailure;
            m_controller->stop();
        });
        connect(m_controller, &EngineController::stopped, this, [this] {
            if (m_ctx.json())
                m_ctx.printJson(QJsonObject{{QStringLiteral("attempts"), m_last.attemptsFinished},
                                            {QStringLiteral("succeeded"), m_last.succeeded},
                                            {QStringLiteral("failed"), m_last.failed}});
            m_ctx.finish(m_exitCode);
        });
        auto *watcher = new SignalWatcher(this);
        connect(watcher, &SignalWatcher::terminationRequested, this, [this](int) {
            log(QStringLiteral("stopping: in-flight attempts are recorded as interrupted"));
            if (m_ingest)
                m_ingest->stop();
            m_controller->stop();
        });
        switch (m_controller->start()) {
        case EngineController::StartResult::Started:
        case EngineController::StartResult::AlreadyRunning:
            break;
        case EngineController::StartResult::LockedByOther:
            log(QStringLiteral(
                    "another engine delivers from %1 (%2); refusing to start a second one")
                    .arg(m_ctx.dbPath(), describe(m_controller->lockHolder())));
            m_ctx.finish(ExitFailure);
            break;
        }
    }

    // The local ingest API, when enabled: only here, after the engine lock is ours, so one process
    // per database listens. `--drain` runs never start it (they are meant to end).
    void startIngest()
    {
        if (m_drain || m_ingest)
            return;
        m_ingest = new IngestHost(m_ctx.store()->database(), m_secrets.get(), this);
        connect(m_ingest, &IngestHost::eventAccepted, this, [this] { m_controller->wake(); });
        connect(m_ingest, &IngestHost::stateChanged, this, [this](IngestHost::State state) {
            switch (state) {
            case IngestHost::State::Off:
            case IngestHost::State::Starting:
                break;
            case IngestHost::State::Listening:
                log(QStringLiteral("ingest API listening on http://127.0.0.1:%1/v1/events")
                        .arg(m_ingest->port()));
                break;
            case IngestHost::State::NoToken:
                log(QStringLiteral("ingest API is enabled but has no token; not started (create "
                                   "one with: hooklinectl ingest token)"));
                break;
            case IngestHost::State::SecretsUnavailable:
                log(QStringLiteral("ingest API not started: its token cannot be read (%1)")
                        .arg(m_ingest->detail()));
                break;
            case IngestHost::State::PortInUse:
                log(QStringLiteral("ingest API not started: 127.0.0.1:%1 is in use (choose "
                                   "another port: hooklinectl ingest enable --port N)")
                        .arg(m_ingest->detail()));
                break;
            case IngestHost::State::StoreUnavailable:
                log(QStringLiteral("ingest API not started: its settings cannot be read (%1)")
                        .arg(m_ingest->detail()));
                break;
            }
        });
        m_ingest->reload();
    }

    Context &m_ctx;
    bool m_drain;
    IngestHost *m_ingest = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    EngineController *m_controller = nullptr;
    EngineSnapshot m_last;
    int m_exitCode = ExitOk;
};

int run(Context &ctx)
{
    auto *engine = new EngineRun(ctx, ctx.parser().isSet(QStringLiteral("drain")));
    return engine->start();
}

} // namespace

void registerRunCommand(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("run")},
         QStringLiteral("[--drain]"),
         QStringLiteral("Run the delivery engine headless (both environments)."),
         QStringLiteral(
             "One engine per database: a second one refuses to start. SIGINT or SIGTERM "
             "stop it cleanly; attempts in flight are retried at the next start. Secrets "
             "come from the keychain, or from the file named by "
             "HOOKLINE_SECRET_STORE=file:/path (opt-in, see docs/receivers.md). When the ingest "
             "API is enabled (hooklinectl ingest enable), run also serves it on "
             "127.0.0.1; settings and token are read at start."),
         {QCommandLineOption(QStringLiteral("drain"),
                             QStringLiteral("Exit once nothing is due now and nothing is "
                                            "in flight."))},
         0,
         0,
         run});
}

} // namespace hookline::cli
