#include "commands/runcommand.h"

#include "command.h"
#include "engine/deliveryhost.h"
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
        DeliveryHost::Options options;
        options.databasePath = m_ctx.dbPath();
        options.drain = m_drain;
        // A run begins knowing what it can sign, and says so.
        options.secretsFirst = true;
        m_host = new DeliveryHost(store->database(), options, SecretStore::createDefault(), this);
        connect(m_host, &DeliveryHost::secretsLoaded, this, &EngineRun::secretsLoaded);
        connect(m_host, &DeliveryHost::started, this, [this](int recovered) {
            log(QStringLiteral("delivering from %1%2")
                    .arg(m_ctx.dbPath(),
                         recovered
                             ? QStringLiteral(" (%1 interrupted deliveries retried)").arg(recovered)
                             : QString()));
        });
        connect(m_host, &DeliveryHost::stateChanged, this, [this](DeliveryHost::State state) {
            if (state != DeliveryHost::State::LockedByOther)
                return;
            log(QStringLiteral(
                    "another engine delivers from %1 (%2); refusing to start a second one")
                    .arg(m_ctx.dbPath(), describe(m_host->lockHolder())));
            m_ctx.finish(ExitFailure);
        });
        connect(m_host, &DeliveryHost::endpointAutoPaused, this,
                [this](const QString &id, const QString &reason) {
                    log(QStringLiteral("paused endpoint %1: %2").arg(id, pausedReason(reason)));
                });
        connect(m_host, &DeliveryHost::deliveryDead, this,
                [this](const QString &delivery, const QString &endpoint) {
                    log(QStringLiteral("dead letter %1 (endpoint %2)").arg(delivery, endpoint));
                });
        connect(m_host, &DeliveryHost::drained, this, [this] {
            log(QStringLiteral("drained: nothing due, nothing in flight"));
            m_host->stop();
        });
        connect(m_host, &DeliveryHost::failed, this, [this](const QString &message) {
            log(message);
            m_exitCode = ExitFailure;
            m_host->stop();
        });
        connect(m_host, &DeliveryHost::stopped, this, [this] {
            const EngineSnapshot &last = m_host->snapshot();
            if (m_ctx.json())
                m_ctx.printJson(QJsonObject{{QStringLiteral("attempts"), last.attemptsFinished},
                                            {QStringLiteral("succeeded"), last.succeeded},
                                            {QStringLiteral("failed"), last.failed}});
            m_ctx.finish(m_exitCode);
        });
        connect(m_host->ingest(), &IngestHost::stateChanged, this, &EngineRun::ingestStateChanged);
        m_host->start();
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

    // Once, just before the engine starts.
    void secretsLoaded(const SigningMaterial &material)
    {
        for (const QString &p : material.problems)
            log(QStringLiteral("warning: %1").arg(p));
        for (Environment env : {Environment::Live, Environment::Sandbox}) {
            if (!material.jwt(env))
                log(QStringLiteral("warning: no signing key for %1; its JWT-signed deliveries wait "
                                   "(hooklinectl --env %1 keys generate)")
                        .arg(toString(env)));
        }
        if (m_watcher)
            return;
        m_watcher = new SignalWatcher(this);
        connect(m_watcher, &SignalWatcher::terminationRequested, this, [this](int) {
            log(QStringLiteral("stopping: in-flight attempts are recorded as interrupted"));
            m_host->stop();
        });
    }

    // The local ingest API, served by the host once the engine lock is ours (`--drain` runs never
    // serve it: they are meant to end).
    void ingestStateChanged(IngestHost::State state)
    {
        IngestHost *ingest = m_host->ingest();
        switch (state) {
        case IngestHost::State::Off:
        case IngestHost::State::Starting:
            break;
        case IngestHost::State::Listening:
            log(QStringLiteral("ingest API listening on http://127.0.0.1:%1/v1/events")
                    .arg(ingest->port()));
            break;
        case IngestHost::State::NoToken:
            log(QStringLiteral("ingest API is enabled but has no token; not started (create "
                               "one with: hooklinectl ingest token)"));
            break;
        case IngestHost::State::SecretsUnavailable:
            log(QStringLiteral("ingest API not started: its token cannot be read (%1)")
                    .arg(ingest->detail()));
            break;
        case IngestHost::State::PortInUse:
            log(QStringLiteral("ingest API not started: 127.0.0.1:%1 is in use (choose "
                               "another port: hooklinectl ingest enable --port N)")
                    .arg(ingest->detail()));
            break;
        case IngestHost::State::StoreUnavailable:
            log(QStringLiteral("ingest API not started: its settings cannot be read (%1)")
                    .arg(ingest->detail()));
            break;
        }
    }

    Context &m_ctx;
    bool m_drain;
    DeliveryHost *m_host = nullptr;
    SignalWatcher *m_watcher = nullptr;
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
