#include "commands/deliverycommands.h"

#include "command.h"
#include "replay/replayservice.h"
#include "store/deliveryrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hookline::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// The LAST column: the outcome's machine name and, when there was an answer, its status
// ("http_5xx 503"), as `endpoint test` writes an attempt.
QString lastText(const Delivery &d)
{
    if (!d.lastOutcome)
        return QStringLiteral("-");
    const QString outcome = toString(*d.lastOutcome);
    return d.lastHttpStatus > 0 ? QStringLiteral("%1 %2").arg(outcome).arg(d.lastHttpStatus)
                                : outcome;
}

QJsonObject deliveryJson(const Delivery &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("event_id"), d.eventId},
            {QStringLiteral("event_type"), d.eventType},
            {QStringLiteral("endpoint_id"), d.endpointId},
            {QStringLiteral("environment"), toString(d.environment)},
            {QStringLiteral("idempotency_key"), d.idempotencyKey},
            {QStringLiteral("status"), toString(d.status)},
            {QStringLiteral("attempts"), d.attemptCount},
            {QStringLiteral("last_outcome"),
             d.lastOutcome ? QJsonValue(toString(*d.lastOutcome)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_http_status"),
             d.lastHttpStatus > 0 ? QJsonValue(d.lastHttpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("next_attempt_at"), timeOrNull(d.nextAttemptAt)},
            {QStringLiteral("created_at"), timeOrNull(d.createdAt)},
            {QStringLiteral("updated_at"), timeOrNull(d.updatedAt)}};
}

QJsonArray headersJson(const QList<HeaderPair> &headers)
{
    QJsonArray arr;
    for (const HeaderPair &h : headers)
        arr.append(QJsonArray{QString::fromUtf8(h.name), QString::fromUtf8(h.value)});
    return arr;
}

QJsonObject attemptJson(const Attempt &a)
{
    return {{QStringLiteral("number"), a.number},
            {QStringLiteral("started_at"), timeOrNull(a.startedAt)},
            {QStringLiteral("duration_ms"),
             a.durationMs ? QJsonValue(*a.durationMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outcome"), a.outcome ? QJsonValue(toString(*a.outcome))
                                                  : QJsonValue(QStringLiteral("in_flight"))},
            {QStringLiteral("http_status"), a.httpStatus},
            {QStringLiteral("connected_address"), a.connectedAddress},
            {QStringLiteral("error"), a.error},
            {QStringLiteral("request_headers"), headersJson(a.requestHeaders)},
            {QStringLiteral("response_headers"), headersJson(a.responseHeaders)},
            {QStringLiteral("response_body"), QString::fromUtf8(a.responseBody)}};
}

int listDeliveries(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    DeliveryRepository::Filter f;
    f.environment = ctx.environment();
    if (p.isSet(QStringLiteral("status"))) {
        f.status = deliveryStatusFromString(p.value(QStringLiteral("status")));
        if (!f.status)
            return ctx.fail(QStringLiteral("--status must be one of pending, in_flight, retrying, "
                                           "succeeded, held, dead, cancelled"),
                            ExitUsage);
    }
    f.endpointId = p.value(QStringLiteral("endpoint"));
    bool ok = true;
    const int limit =
        p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1)
        return ctx.fail(QStringLiteral("--limit must be a positive whole number"), ExitUsage);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const auto listed = DeliveryRepository(store->database()).list(f, limit);
    if (!listed)
        return ctx.fail(listed.error().message);
    const QList<Delivery> &list = *listed;
    if (ctx.json()) {
        QJsonArray arr;
        for (const Delivery &d : list)
            arr.append(deliveryJson(d));
        ctx.printJson(arr);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Delivery &d : list)
        rows << QStringList{d.id,
                            d.endpointId,
                            d.eventType,
                            toString(d.status),
                            QString::number(d.attemptCount),
                            lastText(d),
                            d.nextAttemptAt.isValid() ? d.nextAttemptAt.toString(Qt::ISODate)
                                                      : QStringLiteral("-")};
    ctx.printTable({QStringLiteral("ID"), QStringLiteral("ENDPOINT"), QStringLiteral("TYPE"),
                    QStringLiteral("STATUS"), QStringLiteral("ATTEMPTS"), QStringLiteral("LAST"),
                    QStringLiteral("NEXT")},
                   rows);
    return ExitOk;
}

int showDelivery(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    DeliveryRepository repo(store->database());
    const auto found = repo.find(id);
    if (!found) // a busy or failing store is not "not found"
        return ctx.fail(found.error().message);
    const std::optional<Delivery> &d = *found;
    if (!d)
        return ctx.fail(QStringLiteral("no delivery with id '%1'").arg(id), ExitNotFound);
    const auto attemptsRead = repo.attempts(id);
    if (!attemptsRead)
        return ctx.fail(attemptsRead.error().message);
    const QList<Attempt> &attempts = *attemptsRead;
    if (ctx.json()) {
        QJsonObject o = deliveryJson(*d);
        QJsonArray arr;
        for (const Attempt &a : attempts)
            arr.append(attemptJson(a));
        o.insert(QStringLiteral("attempt_log"), arr);
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &o = ctx.out();
    o << "id               " << d->id << "\nevent            " << d->eventId << " (" << d->eventType
      << ")\nendpoint         " << d->endpointId << "\nidempotency key  " << d->idempotencyKey
      << "\nstatus           " << toString(d->status) << "\nnext attempt     "
      << (d->nextAttemptAt.isValid() ? d->nextAttemptAt.toString(Qt::ISODateWithMs)
                                     : QStringLiteral("none"))
      << "\nattempts         " << d->attemptCount << '\n';
    for (const Attempt &a : attempts) {
        o << "  #" << a.number << "  " << a.startedAt.toString(Qt::ISODateWithMs) << "  "
          << (a.outcome ? toString(*a.outcome) : QStringLiteral("in flight"));
        if (a.httpStatus)
            o << "  HTTP " << a.httpStatus;
        if (a.durationMs)
            o << "  " << *a.durationMs << " ms";
        if (!a.connectedAddress.isEmpty())
            o << "  " << a.connectedAddress;
        if (!a.error.isEmpty())
            o << "  " << a.error;
        o << '\n';
    }
    o.flush();
    return ExitOk;
}

int replayDelivery(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    if (auto err = ReplayService(store->database()).replay(id)) {
        if (err->code == StoreError::Code::NotFound)
            return ctx.fail(QStringLiteral("no delivery with id '%1' that can be replayed (it does "
                                           "not exist, or it is in flight right now)")
                                .arg(id),
                            ExitNotFound);
        return ctx.fail(err->message);
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("replayed"), id}});
    else
        ctx.out() << "replaying " << id << " (due now)\n";
    return ExitOk;
}

QList<QCommandLineOption> deadLetterOptions()
{
    return {
        QCommandLineOption(QStringLiteral("endpoint"), QStringLiteral("Only this endpoint."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("since"),
                           QStringLiteral("Dead since this time: ISO 8601 or an age (24h, 7d)."),
                           QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("outcome"),
                           QStringLiteral("Only those whose last attempt had this outcome class "
                                          "(http_5xx, timeout, tls, …)."),
                           QStringLiteral("C"))};
}

bool deadLetterFilter(Context &ctx, ReplayService::DeadLetterFilter *f)
{
    const QCommandLineParser &p = ctx.parser();
    f->environment = ctx.environment();
    f->endpointId = p.value(QStringLiteral("endpoint"));
    if (p.isSet(QStringLiteral("since"))) {
        f->since = ctx.parseTime(QStringLiteral("since"), p.value(QStringLiteral("since")));
        if (!f->since.isValid())
            return false;
    }
    if (p.isSet(QStringLiteral("outcome"))) {
        f->outcome = outcomeClassFromString(p.value(QStringLiteral("outcome")));
        if (!f->outcome) {
            ctx.fail(QStringLiteral("--outcome must be one of %1").arg(outcomeClassNames()),
                     ExitUsage);
            return false;
        }
    }
    return true;
}

int listDeadLetters(Context &ctx)
{
    ReplayService::DeadLetterFilter f;
    if (!deadLetterFilter(ctx, &f))
        return ExitUsage;
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const auto listed = ReplayService(store->database()).deadLetters(f, 1000);
    if (!listed)
        return ctx.fail(listed.error().message);
    const QList<Delivery> &dead = *listed;
    if (ctx.json()) {
        QJsonArray arr;
        for (const Delivery &d : dead)
            arr.append(deliveryJson(d));
        ctx.printJson(arr);
        return ExitOk;
    }
    if (dead.isEmpty()) {
        ctx.out() << "No dead letters in " << toString(ctx.environment()) << ".\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Delivery &d : dead)
        rows << QStringList{d.id,        d.endpointId,
                            d.eventType, QString::number(d.attemptCount),
                            lastText(d), d.updatedAt.toString(Qt::ISODate)};
    ctx.printTable({QStringLiteral("ID"), QStringLiteral("ENDPOINT"), QStringLiteral("TYPE"),
                    QStringLiteral("ATTEMPTS"), QStringLiteral("LAST"), QStringLiteral("DIED")},
                   rows);
    return ExitOk;
}

int replayDeadLetters(Context &ctx)
{
    ReplayService::DeadLetterFilter f;
    if (!deadLetterFilter(ctx, &f))
        return ExitUsage;
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    int count = 0;
    if (auto err = ReplayService(store->database()).replayDead(f, &count))
        return ctx.fail(err->message);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("replayed"), count}});
    else
        ctx.out() << "replaying " << count << " dead letter" << (count == 1 ? "" : "s")
                  << "; the engine paces them by each endpoint's limits\n";
    return ExitOk;
}

} // namespace

void registerDeliveryCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("delivery"), QStringLiteral("list")},
                  QStringLiteral("[--status S] [--endpoint ID] [--limit N]"),
                  QStringLiteral("List deliveries, newest first."),
                  QString(),
                  {QCommandLineOption(QStringLiteral("status"),
                                      QStringLiteral("pending, in_flight, retrying, succeeded, "
                                                     "held, dead or cancelled."),
                                      QStringLiteral("S")),
                   QCommandLineOption(QStringLiteral("endpoint"),
                                      QStringLiteral("Only this endpoint."), QStringLiteral("ID")),
                   QCommandLineOption(QStringLiteral("limit"),
                                      QStringLiteral("At most N deliveries (default 50)."),
                                      QStringLiteral("N"))},
                  0,
                  0,
                  listDeliveries});
    registry.add({{QStringLiteral("delivery"), QStringLiteral("show")},
                  QStringLiteral("ID"),
                  QStringLiteral("Show a delivery with every attempt and the next attempt time."),
                  QString(),
                  {},
                  1,
                  1,
                  showDelivery});
    registry.add({{QStringLiteral("delivery"), QStringLiteral("replay")},
                  QStringLiteral("ID"),
                  QStringLiteral("Deliver again now, with the same idempotency key."),
                  QString(),
                  {},
                  1,
                  1,
                  replayDelivery});
    registry.add({{QStringLiteral("dlq"), QStringLiteral("list")},
                  QStringLiteral("[--endpoint ID] [--since T] [--outcome C]"),
                  QStringLiteral("List dead letters: deliveries that exhausted their retries."),
                  QString(),
                  deadLetterOptions(),
                  0,
                  0,
                  listDeadLetters});
    registry.add(
        {{QStringLiteral("dlq"), QStringLiteral("replay")},
         QStringLiteral("[--endpoint ID] [--since T] [--outcome C]"),
         QStringLiteral("Replay the matching dead letters, paced by each endpoint's limits."),
         QString(),
         deadLetterOptions(),
         0,
         0,
         replayDeadLetters});
}

} // namespace hookline::cli
