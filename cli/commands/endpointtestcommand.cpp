#include "commands/endpointtestcommand.h"

#include "command.h"
#include "engine/enginelock.h"
#include "events/testeventsender.h"
#include "store/endpointrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

namespace hookline::cli {

namespace {

constexpr int kPollMs = 200;
const QString kTimeoutOption = QStringLiteral("timeout");
const QString kNoWaitOption = QStringLiteral("no-wait");

QJsonObject attemptJson(const Attempt &a)
{
    QJsonObject o{{QStringLiteral("number"), a.number},
                  {QStringLiteral("started_at"), a.startedAt.toString(Qt::ISODateWithMs)}};
    if (a.outcome)
        o.insert(QStringLiteral("outcome"), toString(*a.outcome));
    if (a.httpStatus > 0)
        o.insert(QStringLiteral("http_status"), a.httpStatus);
    if (a.durationMs)
        o.insert(QStringLiteral("duration_ms"), *a.durationMs);
    if (!a.error.isEmpty())
        o.insert(QStringLiteral("error"), a.error);
    return o;
}

QString attemptLine(const Attempt &a)
{
    QString line = QStringLiteral("attempt %1: %2").arg(a.number).arg(toString(*a.outcome));
    if (a.httpStatus > 0)
        line += QStringLiteral(", HTTP %1").arg(a.httpStatus);
    if (a.durationMs)
        line += QStringLiteral(", %1 ms").arg(*a.durationMs);
    if (!a.error.isEmpty() && a.outcome != OutcomeClass::Success)
        line += QStringLiteral(" (%1)").arg(a.error);
    return line;
}

// The command's result, printed once: stdout for the ids and a success, stderr for the rest.
int report(Context &ctx, const EventPublisher::Result &sent, const QString &status,
           const TestEventSender::Progress &p, const QString &message, int code)
{
    const Delivery &d = sent.deliveries.first();
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("event_id"), sent.event.id},
                      {QStringLiteral("delivery_id"), d.id},
                      {QStringLiteral("endpoint_id"), d.endpointId},
                      {QStringLiteral("status"), status}};
        if (p.firstAttempt)
            o.insert(QStringLiteral("attempt"), attemptJson(*p.firstAttempt));
        if (!message.isEmpty())
            o.insert(QStringLiteral("message"), message);
        ctx.printJson(o);
        return code;
    }
    ctx.out() << "event " << sent.event.id << '\n' << "delivery " << d.id << '\n';
    if (p.firstAttempt && p.firstAttempt->outcome)
        (code == ExitOk ? ctx.out() : ctx.err()) << attemptLine(*p.firstAttempt) << '\n';
    if (!message.isEmpty())
        (code == ExitOk ? ctx.out() : ctx.err()) << message << '\n';
    ctx.out().flush();
    ctx.err().flush();
    return code;
}

// Polls the store until the first attempt finished, the delivery is held, or the time is up.
// Runs on the app's event loop (no nested loop, no sleep): the engine is another process.
void poll(Context &ctx, const EventPublisher::Result &sent, int timeoutMs)
{
    auto *timer = new QTimer(QCoreApplication::instance());
    auto *clock = new QElapsedTimer;
    clock->start();
    const QString deliveryId = sent.deliveries.first().id;
    QObject::connect(
        timer, &QTimer::timeout, timer, [&ctx, sent, timer, clock, deliveryId, timeoutMs] {
            Connection *store = ctx.store();
            const auto progress = TestEventSender::progress(store->database(), deliveryId);
            if (!progress) {
                // A busy store may answer at the next poll; past the timeout, say why not.
                if (clock->elapsed() < timeoutMs)
                    return;
                timer->stop();
                timer->deleteLater();
                delete clock;
                ctx.finish(ctx.fail(progress.error().message));
                return;
            }
            const TestEventSender::Progress &p = *progress;
            int code = -1;
            using Stage = TestEventSender::Progress::Stage;
            if (p.stage == Stage::Done) {
                code = report(
                    ctx, sent,
                    p.succeeded() ? QStringLiteral("succeeded") : QStringLiteral("failed"), p,
                    p.succeeded() ? QString()
                    : p.delivery.nextAttemptAt.isValid()
                        ? QStringLiteral("the delivery is retried; next attempt at %1")
                              .arg(p.delivery.nextAttemptAt.toString(Qt::ISODate))
                        : QStringLiteral("the delivery is %1").arg(toString(p.delivery.status)),
                    p.succeeded() ? ExitOk : ExitFailure);
            } else if (p.stage == Stage::Held) {
                code = report(ctx, sent, QStringLiteral("held"), p,
                              QStringLiteral("the endpoint is paused: the test is held until it is "
                                             "resumed"),
                              ExitFailure);
            } else if (p.stage == Stage::Missing) {
                code = report(ctx, sent, QStringLiteral("gone"), p,
                              QStringLiteral("the delivery no longer exists"), ExitFailure);
            } else if (clock->elapsed() >= timeoutMs) {
                code = report(ctx, sent, QStringLiteral("timeout"), p,
                              QStringLiteral("no answer within %1 s; the delivery stays %2 — see "
                                             "hooklinectl delivery show %3")
                                  .arg(timeoutMs / 1000)
                                  .arg(toString(p.delivery.status), deliveryId),
                              ExitFailure);
            }
            if (code < 0)
                return;
            timer->stop();
            timer->deleteLater();
            delete clock;
            ctx.finish(code);
        });
    timer->start(kPollMs);
}

int testEndpoint(Context &ctx)
{
    int timeoutSeconds = 0;
    if (ctx.parser().isSet(kTimeoutOption)) {
        bool ok = false;
        timeoutSeconds = ctx.parser().value(kTimeoutOption).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
            return ctx.fail(QStringLiteral("--timeout must be 1 to 600 seconds"), ExitUsage);
    }
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    const StoreResult<std::optional<Endpoint>> found =
        EndpointRepository(store->database()).find(id);
    if (!found)
        return ctx.fail(found.error().message);
    const std::optional<Endpoint> &endpoint = *found;
    if (!endpoint || endpoint->environment != ctx.environment())
        return ctx.fail(
            endpoint ? QStringLiteral("endpoint '%1' belongs to %2, not %3 (use --env)")
                           .arg(id, toString(endpoint->environment), toString(ctx.environment()))
                     : QStringLiteral("no endpoint with id '%1'").arg(id),
            ExitNotFound);
    if (endpoint->state == EndpointState::Disabled)
        return ctx.fail(QStringLiteral("endpoint '%1' is disabled").arg(id), ExitUsage);

    const EventPublisher::Result sent =
        TestEventSender(store->database()).send(ctx.environment(), {id}, EventSource::Cli);
    if (!sent.ok() || sent.deliveries.isEmpty())
        return ctx.fail(sent.storeError
                            ? sent.storeError->message
                            : QStringLiteral("the test event was refused (%1)").arg(sent.detail));

    const auto progress = TestEventSender::progress(store->database(), sent.deliveries.first().id);
    if (!progress)
        return ctx.fail(progress.error().message);
    const TestEventSender::Progress &initial = *progress;
    if (initial.stage == TestEventSender::Progress::Stage::Held)
        return report(ctx, sent, QStringLiteral("held"), initial,
                      QStringLiteral("the endpoint is paused: the test is held until it is "
                                     "resumed"),
                      ExitFailure);
    if (ctx.parser().isSet(kNoWaitOption))
        return report(ctx, sent, QStringLiteral("queued"), initial, QString(), ExitOk);
    // Only an engine delivers: when none holds this database's lock, waiting cannot end well.
    // The lock is only probed (taken and dropped at once), never kept.
    bool engineRunning = false;
    {
        EngineLock probe(ctx.dbPath());
        engineRunning = !probe.tryLock();
    }
    if (!engineRunning)
        return report(ctx, sent, QStringLiteral("queued"), initial,
                      QStringLiteral("queued: no engine is running on this database; "
                                     "hooklinectl run (or the console) delivers it"),
                      ExitOk);
    // The endpoint's own deadline plus room for the engine to pick the delivery up.
    const int waitMs = (timeoutSeconds > 0 ? timeoutSeconds : endpoint->timeoutSeconds + 5) * 1000;
    poll(ctx, sent, waitMs);
    return kAsync;
}

} // namespace

void registerEndpointTestCommand(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("endpoint"), QStringLiteral("test")},
         QStringLiteral("ID [--timeout S] [--no-wait]"),
         QStringLiteral("Fire a test event (webhook.test) at one endpoint."),
         QStringLiteral(
             "Prints the event and delivery ids. When an engine is running on the database (the "
             "console or hooklinectl run), waits for the first attempt (up to the endpoint's "
             "timeout plus 5 s, or --timeout) and prints its outcome: exit 0 on success, 1 on "
             "failure or when no attempt finished in time. Without an engine the test stays "
             "queued (exit 0) until one runs. A paused endpoint holds the test (exit 1)."),
         {QCommandLineOption(kTimeoutOption,
                             QStringLiteral("Seconds to wait for the first attempt (1–600)."),
                             QStringLiteral("S")),
          QCommandLineOption(kNoWaitOption,
                             QStringLiteral("Print the ids and return without waiting."))},
         1,
         1,
         testEndpoint});
}

} // namespace hookline::cli
