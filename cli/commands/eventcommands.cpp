#include "commands/eventcommands.h"

#include "command.h"
#include "delivery/eventpublisher.h"
#include "store/deliveryrepository.h"
#include "store/eventrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline::cli {

namespace {

QJsonObject eventJson(const Event &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("type"), e.type},
                  {QStringLiteral("environment"), toString(e.environment)},
                  {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("source"), toString(e.source)}};
    if (!e.ingestIdempotencyKey.isEmpty())
        o.insert(QStringLiteral("idempotency_key"), e.ingestIdempotencyKey);
    return o;
}

QJsonObject deliverySummary(const Delivery &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("endpoint_id"), d.endpointId},
                  {QStringLiteral("status"), toString(d.status)},
                  {QStringLiteral("attempts"), d.attemptCount}};
    o.insert(QStringLiteral("next_attempt_at"),
             d.nextAttemptAt.isValid() ? QJsonValue(d.nextAttemptAt.toString(Qt::ISODateWithMs))
                                       : QJsonValue(QJsonValue::Null));
    return o;
}

QString publishError(const EventPublisher::Result &r)
{
    switch (r.code) {
    case EventPublisher::Code::Ok:
        return {};
    case EventPublisher::Code::InvalidType:
        return QStringLiteral("--type '%1' is not an event type (expected resource.action, "
                              "e.g. identity_document.approved)")
            .arg(r.detail);
    case EventPublisher::Code::InvalidPayload:
        return QStringLiteral("--data is not a JSON object: %1").arg(r.detail);
    case EventPublisher::Code::UnknownEndpoint:
        return QStringLiteral("--endpoint: no endpoint with id '%1'").arg(r.detail);
    case EventPublisher::Code::WrongEnvironment:
        return QStringLiteral("--endpoint: '%1' belongs to the other environment (use --env)")
            .arg(r.detail);
    case EventPublisher::Code::DisabledEndpoint:
        return QStringLiteral("--endpoint: '%1' is disabled").arg(r.detail);
    case EventPublisher::Code::Store:
        return r.storeError ? r.storeError->message : QStringLiteral("the store refused the event");
    }
    return {};
}

int sendEvent(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    if (!p.isSet(QStringLiteral("type")))
        return ctx.fail(QStringLiteral("event send needs --type TYPE"), ExitUsage);
    QByteArray data = "{}";
    if (p.isSet(QStringLiteral("data"))) {
        const QString source = p.value(QStringLiteral("data"));
        QFile f;
        const bool opened = source == QLatin1String("-")
                                ? f.open(stdin, QIODevice::ReadOnly)
                                : (f.setFileName(source), f.open(QIODevice::ReadOnly));
        if (!opened)
            return ctx.fail(
                QStringLiteral("--data: cannot read '%1': %2").arg(source, f.errorString()),
                ExitUsage);
        data = f.read(4 * 1024 * 1024 + 1);
        if (data.size() > 4 * 1024 * 1024)
            return ctx.fail(QStringLiteral("--data: more than 4 MiB"), ExitUsage);
    }
    EventPublisher::Request request;
    request.environment = ctx.environment();
    request.type = p.value(QStringLiteral("type")).trimmed();
    request.payload = data;
    request.source = EventSource::Cli;
    request.idempotencyKey = p.value(QStringLiteral("idempotency-key"));
    for (const QString &v : p.values(QStringLiteral("endpoint"))) {
        for (const QString &id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.endpointIds << id.trimmed();
    }
    if (const EventPublisher::Result bad = EventPublisher::checkInput(request); !bad.ok())
        return ctx.fail(publishError(bad), ExitUsage);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const EventPublisher::Result r = EventPublisher(store->database()).publish(request);
    if (!r.ok()) {
        const int code = r.code == EventPublisher::Code::Store             ? ExitFailure
                         : r.code == EventPublisher::Code::UnknownEndpoint ? ExitNotFound
                                                                           : ExitUsage;
        return ctx.fail(publishError(r), code);
    }
    if (ctx.json()) {
        QJsonObject o = eventJson(r.event);
        o.insert(QStringLiteral("duplicate"), r.duplicate);
        QJsonArray deliveries;
        for (const Delivery &d : r.deliveries)
            deliveries.append(deliverySummary(d));
        o.insert(QStringLiteral("deliveries"), deliveries);
        ctx.printJson(o);
    } else {
        ctx.out() << r.event.id << '\n';
        ctx.out().flush();
        if (r.deliveries.isEmpty())
            ctx.err() << "hooklinectl: note: no endpoint in " << toString(ctx.environment())
                      << " is subscribed to " << r.event.type << "; nothing will be delivered\n";
        else if (r.duplicate)
            ctx.err()
                << "hooklinectl: note: idempotency key seen before; this is the original event\n";
    }
    return ExitOk;
}

int listEvents(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    bool ok = true;
    const int limit =
        p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1)
        return ctx.fail(QStringLiteral("--limit must be a positive whole number"), ExitUsage);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    EventRepository::Filter f;
    f.environment = ctx.environment();
    f.type = p.value(QStringLiteral("type"));
    f.endpointId = p.value(QStringLiteral("endpoint"));
    const QList<Event> events = EventRepository(store->database()).list(f, limit);
    if (ctx.json()) {
        QJsonArray arr;
        for (const Event &e : events)
            arr.append(eventJson(e));
        ctx.printJson(arr);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Event &e : events)
        rows << QStringList{e.id, e.createdAt.toString(Qt::ISODateWithMs), e.type,
                            toString(e.source)};
    ctx.printTable({QStringLiteral("ID"), QStringLiteral("CREATED"), QStringLiteral("TYPE"),
                    QStringLiteral("SOURCE")},
                   rows);
    return ExitOk;
}

int showEvent(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    const std::optional<Event> e = EventRepository(store->database()).find(id);
    if (!e)
        return ctx.fail(QStringLiteral("no event with id '%1'").arg(id), ExitNotFound);
    const QList<Delivery> deliveries = DeliveryRepository(store->database()).forEvent(id);
    if (ctx.json()) {
        QJsonObject o = eventJson(*e);
        o.insert(QStringLiteral("data"), QJsonDocument::fromJson(e->payload).object());
        QJsonArray arr;
        for (const Delivery &d : deliveries)
            arr.append(deliverySummary(d));
        o.insert(QStringLiteral("deliveries"), arr);
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &o = ctx.out();
    o << "id           " << e->id << "\ntype         " << e->type << "\nenvironment  "
      << toString(e->environment) << "\ncreated      " << e->createdAt.toString(Qt::ISODateWithMs)
      << "\nsource       " << toString(e->source) << '\n';
    if (!e->ingestIdempotencyKey.isEmpty())
        o << "idem. key    " << e->ingestIdempotencyKey << '\n';
    o << "data\n"
      << QString::fromUtf8(QJsonDocument::fromJson(e->payload).toJson(QJsonDocument::Indented));
    o << "deliveries (" << deliveries.size() << ")\n";
    for (const Delivery &d : deliveries)
        o << "  " << d.id << "  " << d.endpointId << "  " << toString(d.status) << "  attempts "
          << d.attemptCount << '\n';
    o.flush();
    return ExitOk;
}

} // namespace

void registerEventCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("event"), QStringLiteral("send")},
         QStringLiteral("--type T [--data FILE|-] [--endpoint ID] [--idempotency-key K]"),
         QStringLiteral(
             "Accept an event and fan it out to the subscribed endpoints; prints its id."),
         QStringLiteral("The event and all its deliveries are written in one transaction. Without "
                        "--endpoint every endpoint of the environment subscribed to the type gets "
                        "a delivery; with it, exactly the named endpoints do."),
         {QCommandLineOption(QStringLiteral("type"), QStringLiteral("The event type."),
                             QStringLiteral("T")),
          QCommandLineOption(QStringLiteral("data"),
                             QStringLiteral("A file with the JSON object of `data`, or - for "
                                            "standard input (default: {})."),
                             QStringLiteral("FILE|-")),
          QCommandLineOption(QStringLiteral("endpoint"),
                             QStringLiteral("Deliver to this endpoint only (repeatable)."),
                             QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("idempotency-key"),
                             QStringLiteral("A repeated key returns the original event instead of "
                                            "creating a second one."),
                             QStringLiteral("K"))},
         0,
         0,
         sendEvent});
    registry.add({{QStringLiteral("event"), QStringLiteral("list")},
                  QStringLiteral("[--type T] [--endpoint ID] [--limit N]"),
                  QStringLiteral("List events, newest first."),
                  QString(),
                  {QCommandLineOption(QStringLiteral("type"), QStringLiteral("Only this type."),
                                      QStringLiteral("T")),
                   QCommandLineOption(QStringLiteral("endpoint"),
                                      QStringLiteral("Only events delivered to this endpoint."),
                                      QStringLiteral("ID")),
                   QCommandLineOption(QStringLiteral("limit"),
                                      QStringLiteral("At most N events (default 50)."),
                                      QStringLiteral("N"))},
                  0,
                  0,
                  listEvents});
    registry.add({{QStringLiteral("event"), QStringLiteral("show")},
                  QStringLiteral("ID"),
                  QStringLiteral("Show an event, its data and its deliveries."),
                  QString(),
                  {},
                  1,
                  1,
                  showEvent});
}

} // namespace hookline::cli
