#include "commands/eventcommands.h"

#include "command.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "ingest/ndjsonimport.h"
#include "store/deliveryrepository.h"
#include "store/eventrepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

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

QString describeViolationReason(const QString &reason)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("required"), QStringLiteral("is required but missing")},
        {QStringLiteral("type"), QStringLiteral("has the wrong JSON type")},
        {QStringLiteral("enum"), QStringLiteral("is not one of the allowed values")},
        {QStringLiteral("const"), QStringLiteral("is not the required value")},
        {QStringLiteral("pattern"), QStringLiteral("does not match the pattern of the schema")},
        {QStringLiteral("minimum"), QStringLiteral("is below the minimum")},
        {QStringLiteral("maximum"), QStringLiteral("is above the maximum")},
        {QStringLiteral("min_length"), QStringLiteral("is too short")},
        {QStringLiteral("max_length"), QStringLiteral("is too long")},
        {QStringLiteral("min_items"), QStringLiteral("has too few items")},
        {QStringLiteral("max_items"), QStringLiteral("has too many items")},
        {QStringLiteral("unique_items"), QStringLiteral("has duplicate items")},
        {QStringLiteral("additional_property"), QStringLiteral("is not allowed by the schema")},
        {QStringLiteral("min_properties"), QStringLiteral("has too few properties")},
        {QStringLiteral("max_properties"), QStringLiteral("has too many properties")},
        {QStringLiteral("multiple_of"), QStringLiteral("is not a multiple of the required step")},
        {QStringLiteral("format"), QStringLiteral("is not in the required format")},
        {QStringLiteral("any_of"), QStringLiteral("matches none of the allowed shapes")},
        {QStringLiteral("one_of"), QStringLiteral("does not match exactly one allowed shape")},
        {QStringLiteral("not"), QStringLiteral("matches a shape the schema forbids")},
        {QStringLiteral("contains"), QStringLiteral("has no item of the required shape")},
        {QStringLiteral("dependency"), QStringLiteral("lacks a property that another requires")},
        {QStringLiteral("condition"), QStringLiteral("fails a conditional rule of the schema")},
        {QStringLiteral("invalid_json"), QStringLiteral("is not valid JSON")},
        {QStringLiteral("schema"), QStringLiteral("cannot be checked: the schema is unusable")},
    };
    return words.value(reason, reason);
}

// One line per violation, e.g. "/document/country: does not match the pattern of the schema".
// `root` prefixes the paths when the data sits inside a larger document (an NDJSON line).
QStringList describeViolations(const QList<SchemaViolation> &violations, const QString &root = {})
{
    QStringList lines;
    for (const SchemaViolation &v : violations)
        lines << QStringLiteral("%1: %2 (%3)")
                     .arg(root.isEmpty() && v.path.isEmpty() ? QStringLiteral("/") : root + v.path,
                          describeViolationReason(v.reason), v.reason);
    return lines;
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
    case EventPublisher::Code::UnknownType:
        return QStringLiteral("--type '%1' is not a known event type (see the catalog, or "
                              "register a custom type)")
            .arg(r.detail);
    case EventPublisher::Code::SchemaViolation:
        return QStringLiteral("--data does not match the schema of the type (--sample generates "
                              "a valid payload)");
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

// Schema violations are listed one per line, each naming its JSON path.
int failPublish(Context &ctx, const EventPublisher::Result &r)
{
    if (r.code != EventPublisher::Code::SchemaViolation)
        return ctx.fail(publishError(r), ExitUsage);
    for (const QString &line : describeViolations(r.violations))
        ctx.err() << "hooklinectl: --data: " << line << '\n';
    return ctx.fail(publishError(r), ExitUsage);
}

int sendEvent(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    if (!p.isSet(QStringLiteral("type")))
        return ctx.fail(QStringLiteral("event send needs --type TYPE"), ExitUsage);
    const QString type = p.value(QStringLiteral("type")).trimmed();
    const bool sample = p.isSet(QStringLiteral("sample"));
    if (sample && p.isSet(QStringLiteral("data")))
        return ctx.fail(QStringLiteral("--sample and --data exclude each other"), ExitUsage);
    if (p.isSet(QStringLiteral("seed")) && !sample)
        return ctx.fail(QStringLiteral("--seed needs --sample"), ExitUsage);
    quint64 seed = 0;
    QByteArray data = "{}";
    if (sample) {
        if (p.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return ctx.fail(QStringLiteral("--seed must be a whole number"), ExitUsage);
        } else {
            seed = QRandomGenerator::system()->generate64();
        }
        if (!SampleGenerator::canGenerate(type))
            return ctx.fail(
                QStringLiteral("--sample: no generator for '%1' (built-in types only)").arg(type),
                ExitUsage);
        // Whole seconds, so the sample's timestamps can be reproduced from the seed and the time.
        const QDateTime now =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        data = SampleGenerator::generateJson(type, seed, now);
    } else if (p.isSet(QStringLiteral("data"))) {
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
    request.type = type;
    request.payload = data;
    request.source = EventSource::Cli;
    request.idempotencyKey = p.value(QStringLiteral("idempotency-key"));
    for (const QString &v : p.values(QStringLiteral("endpoint"))) {
        for (const QString &id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.endpointIds << id.trimmed();
    }
    if (const EventPublisher::Result bad = EventPublisher::checkInput(request); !bad.ok())
        return failPublish(ctx, bad);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const EventPublisher::Result r = EventPublisher(store->database()).publish(request);
    if (!r.ok()) {
        if (r.code == EventPublisher::Code::SchemaViolation ||
            r.code == EventPublisher::Code::UnknownType)
            return failPublish(ctx, r);
        const int code = r.code == EventPublisher::Code::Store             ? ExitFailure
                         : r.code == EventPublisher::Code::UnknownEndpoint ? ExitNotFound
                                                                           : ExitUsage;
        return ctx.fail(publishError(r), code);
    }
    if (ctx.json()) {
        QJsonObject o = eventJson(r.event);
        o.insert(QStringLiteral("duplicate"), r.duplicate);
        if (sample)
            o.insert(QStringLiteral("sample_seed"), QString::number(seed));
        QJsonArray deliveries;
        for (const Delivery &d : r.deliveries)
            deliveries.append(deliverySummary(d));
        o.insert(QStringLiteral("deliveries"), deliveries);
        ctx.printJson(o);
    } else {
        ctx.out() << r.event.id << '\n';
        ctx.out().flush();
        if (sample)
            ctx.err() << "hooklinectl: note: sample seed " << seed << '\n';
        if (r.deliveries.isEmpty())
            ctx.err() << "hooklinectl: note: no endpoint in " << toString(ctx.environment())
                      << " is subscribed to " << r.event.type << "; nothing will be delivered\n";
        else if (r.duplicate)
            ctx.err()
                << "hooklinectl: note: idempotency key seen before; this is the original event\n";
    }
    return ExitOk;
}

// "line 7: /document/country: does not match …" — one or more lines per refused input line.
QStringList describeLineError(const NdjsonImport::LineError &e)
{
    const QString prefix = QStringLiteral("line %1: ").arg(e.line);
    switch (e.code) {
    case NdjsonImport::LineCode::InvalidJson:
        return {prefix + QStringLiteral("not a JSON object: %1").arg(e.detail)};
    case NdjsonImport::LineCode::MissingType:
        return {prefix + QStringLiteral("\"type\" must be a string")};
    case NdjsonImport::LineCode::MissingData:
        return {prefix + QStringLiteral("\"data\" must be a JSON object")};
    case NdjsonImport::LineCode::InvalidKey:
        return {prefix + QStringLiteral("\"idempotency_key\" must be a non-empty string")};
    case NdjsonImport::LineCode::UnknownMember:
        return {prefix + QStringLiteral("unknown member \"%1\" (expected type, data, "
                                        "idempotency_key)")
                             .arg(e.detail)};
    case NdjsonImport::LineCode::Rejected:
        break;
    }
    switch (e.publishCode) {
    case EventPublisher::Code::InvalidType:
        return {
            prefix +
            QStringLiteral("'%1' is not an event type (expected resource.action)").arg(e.detail)};
    case EventPublisher::Code::UnknownType:
        return {prefix + QStringLiteral("'%1' is not a known event type").arg(e.detail)};
    case EventPublisher::Code::InvalidPayload:
        return {prefix + QStringLiteral("\"data\" is not a JSON object: %1").arg(e.detail)};
    case EventPublisher::Code::SchemaViolation: {
        QStringList lines;
        for (const QString &v : describeViolations(e.violations, QStringLiteral("/data")))
            lines << prefix + v;
        return lines;
    }
    default:
        return {prefix + QStringLiteral("refused: %1").arg(e.detail)};
    }
}

int importEvents(Context &ctx)
{
    const QString source = ctx.positional().at(0);
    const bool skipInvalid = ctx.parser().isSet(QStringLiteral("skip-invalid"));
    QFile f;
    const bool opened = source == QLatin1String("-")
                            ? f.open(stdin, QIODevice::ReadOnly)
                            : (f.setFileName(source), f.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(QStringLiteral("cannot read '%1': %2").arg(source, f.errorString()),
                        ExitUsage);
    const NdjsonImport::Parsed parsed = NdjsonImport::parse(f.readAll(), ctx.environment());
    const auto report = [&ctx, skipInvalid](const QList<NdjsonImport::LineError> &errors) {
        for (const NdjsonImport::LineError &e : errors) {
            for (const QString &line : describeLineError(e))
                ctx.err() << "hooklinectl: " << line << (skipInvalid ? " (skipped)" : "") << '\n';
        }
        ctx.err().flush();
    };
    // A bad file is refused before the store is opened or created.
    if (!parsed.errors.isEmpty() && !skipInvalid) {
        report(parsed.errors);
        return ctx.fail(QStringLiteral("%1 invalid line(s); nothing imported (--skip-invalid "
                                       "imports the valid lines)")
                            .arg(parsed.errors.size()),
                        ExitUsage);
    }
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const NdjsonImport::Result r = NdjsonImport(store->database()).run(parsed, skipInvalid);
    if (r.code == NdjsonImport::Code::Store)
        return ctx.fail(r.storeError ? r.storeError->message
                                     : QStringLiteral("the store refused the import"),
                        ExitFailure);
    report(r.errors);
    if (r.code == NdjsonImport::Code::InvalidLines)
        return ctx.fail(QStringLiteral("%1 invalid line(s); nothing imported (--skip-invalid "
                                       "imports the valid lines)")
                            .arg(r.errors.size()),
                        ExitUsage);
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("imported"), int(r.eventIds.size())},
                        {QStringLiteral("duplicates"), r.duplicates},
                        {QStringLiteral("skipped"), int(r.errors.size())},
                        {QStringLiteral("deliveries"), r.deliveries},
                        {QStringLiteral("event_ids"), QJsonArray::fromStringList(r.eventIds)}});
    } else {
        ctx.out() << "imported " << r.eventIds.size() << " event(s)";
        if (r.duplicates)
            ctx.out() << " (" << r.duplicates << " already known by idempotency key)";
        ctx.out() << ", " << r.deliveries << " deliveries";
        if (!r.errors.isEmpty())
            ctx.out() << ", skipped " << r.errors.size() << " line(s)";
        ctx.out() << '\n';
        ctx.out().flush();
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
    const auto listed = EventRepository(store->database()).list(f, limit);
    if (!listed)
        return ctx.fail(listed.error().message);
    const QList<Event> &events = *listed;
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
    const auto found = EventRepository(store->database()).find(id);
    if (!found) // a busy or failing store is not "not found"
        return ctx.fail(found.error().message);
    const std::optional<Event> &e = *found;
    if (!e)
        return ctx.fail(QStringLiteral("no event with id '%1'").arg(id), ExitNotFound);
    const auto forEvent = DeliveryRepository(store->database()).forEvent(id);
    if (!forEvent)
        return ctx.fail(forEvent.error().message);
    const QList<Delivery> &deliveries = *forEvent;
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
         QStringLiteral("--type T [--data FILE|- | --sample [--seed N]] [--endpoint ID] "
                        "[--idempotency-key K]"),
         QStringLiteral(
             "Accept an event and fan it out to the subscribed endpoints; prints its id."),
         QStringLiteral("The data is checked against the type's schema first; each violation is "
                        "reported with its JSON path and nothing is written. "
                        "The event and all its deliveries are written in one transaction. Without "
                        "--endpoint every endpoint of the environment subscribed to the type gets "
                        "a delivery; with it, exactly the named endpoints do."),
         {QCommandLineOption(QStringLiteral("type"), QStringLiteral("The event type."),
                             QStringLiteral("T")),
          QCommandLineOption(QStringLiteral("data"),
                             QStringLiteral("A file with the JSON object of `data`, or - for "
                                            "standard input (default: {})."),
                             QStringLiteral("FILE|-")),
          QCommandLineOption(QStringLiteral("sample"),
                             QStringLiteral("Use a realistic payload from the catalog's generator "
                                            "(built-in types).")),
          QCommandLineOption(QStringLiteral("seed"),
                             QStringLiteral("The generator's seed for --sample (default: random); "
                                            "the same seed tells the same story."),
                             QStringLiteral("N")),
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
    registry.add(
        {{QStringLiteral("event"), QStringLiteral("import")},
         QStringLiteral("FILE.ndjson|- [--skip-invalid]"),
         QStringLiteral("Import events from NDJSON, one {\"type\", \"data\", "
                        "\"idempotency_key\"?} object per line."),
         QStringLiteral("All or nothing: the events and their deliveries are written in one "
                        "transaction, and one bad line (named with its number) imports nothing. "
                        "With --skip-invalid the valid lines are imported and each skipped line is "
                        "reported on standard error."),
         {QCommandLineOption(QStringLiteral("skip-invalid"),
                             QStringLiteral("Import the valid lines, report the others."))},
         1,
         1,
         importEvents});
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
