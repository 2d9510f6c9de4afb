#include "commands/endpointcommands.h"

#include "analytics/endpointhealth.h"
#include "command.h"
#include "commands/endpointoptions.h"
#include "commands/endpointsecretcommands.h"
#include "config/endpointjson.h"
#include "config/endpointservice.h"
#include "domain/subscription.h"
#include "security/secretheaders.h"
#include "store/endpointrepository.h"
#include "validationmessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookline::cli {

namespace {

QString filterText(const FilterRules &rules)
{
    if (rules.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (const FilterRules::Rule &r : rules.rules) {
        QString part = r.path + QLatin1Char(' ') + FilterRules::toString(r.op);
        if (!r.value.isUndefined())
            part +=
                QLatin1Char(' ') +
                QString::fromUtf8(QJsonDocument(QJsonArray{r.value}).toJson(QJsonDocument::Compact))
                    .chopped(1)
                    .mid(1);
        parts << part;
    }
    return parts.join(rules.mode == FilterRules::Mode::All ? QStringLiteral(" and ")
                                                           : QStringLiteral(" or "));
}

int reportResult(Context &ctx, const EndpointService::Result &result)
{
    if (!result.errors.isEmpty()) {
        for (const EndpointValidator::Error &e : result.errors)
            ctx.err() << "hooklinectl: " << describe(e) << '\n';
        ctx.err().flush();
        return ExitUsage;
    }
    if (result.storeError) {
        if (result.storeError->code == StoreError::Code::NotFound)
            return ctx.fail(result.storeError->message, ExitNotFound);
        return ctx.fail(result.storeError->message);
    }
    return ExitOk;
}

QString eventsText(const Endpoint &e)
{
    return e.eventPatterns.join(QLatin1Char(','));
}

QString stateText(const Endpoint &e)
{
    return toString(e.state);
}

std::optional<Endpoint> findOrFail(Context &ctx, Connection &store, const QString &id, int *code)
{
    const StoreResult<std::optional<Endpoint>> found =
        EndpointRepository(store.database()).find(id);
    if (!found) {
        *code = ctx.fail(found.error().message);
        return std::nullopt;
    }
    if (!*found)
        *code = ctx.fail(QStringLiteral("no endpoint with id '%1'").arg(id), ExitNotFound);
    return *found;
}

int listEndpoints(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const StoreResult<QList<Endpoint>> stored =
        EndpointRepository(store->database()).list(ctx.environment());
    if (!stored)
        return ctx.fail(stored.error().message);
    const QList<Endpoint> &endpoints = *stored;
    if (ctx.json()) {
        QJsonArray arr;
        for (const Endpoint &e : endpoints)
            arr.append(EndpointJson::toJson(e));
        ctx.printJson(arr);
        return ExitOk;
    }
    if (endpoints.isEmpty()) {
        ctx.out() << "No endpoints in " << toString(ctx.environment())
                  << ". Add one with: hooklinectl endpoint add --url https://…\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Endpoint &e : endpoints)
        rows << QStringList{e.id,
                            e.name,
                            stateText(e),
                            toString(e.method),
                            e.url.toString(QUrl::FullyEncoded),
                            eventsText(e)};
    ctx.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATE"),
                    QStringLiteral("METHOD"), QStringLiteral("URL"), QStringLiteral("EVENTS")},
                   rows);
    return ExitOk;
}

void printEndpoint(Context &ctx, const Endpoint &e)
{
    if (ctx.json()) {
        ctx.printJson(EndpointJson::toJson(e));
        return;
    }
    QTextStream &o = ctx.out();
    auto line = [&o](const char *label, const QString &value) {
        o << QString::fromLatin1(label).leftJustified(16) << value << '\n';
    };
    line("id", e.id);
    line("webhook id", e.webhookId);
    line("name", e.name);
    line("environment", toString(e.environment));
    line("url", e.url.toString(QUrl::FullyEncoded));
    line("method", toString(e.method));
    line("state", e.state == EndpointState::Paused
                      ? QStringLiteral("paused since %1 (%2)")
                            .arg(e.pausedAt.toString(Qt::ISODate),
                                 e.pausedReason.isEmpty() ? QStringLiteral("no reason given")
                                                          : pausedReason(e.pausedReason))
                      : stateText(e));
    line("events", eventsText(e));
    line("filter", filterText(e.filterRules));
    line("scheme", toString(e.signingScheme));
    line("timeout", QStringLiteral("%1 s").arg(e.timeoutSeconds));
    QStringList intervals;
    for (auto s : e.retryPolicy.intervals)
        intervals << QString::number(s.count());
    line("retries",
         QStringLiteral("max %1, intervals %2, jitter %3 %")
             .arg(e.retryPolicy.maxRetries)
             .arg(intervals.isEmpty() ? QStringLiteral("default schedule")
                                      : intervals.join(QLatin1Char(',')) + QStringLiteral(" s"))
             .arg(e.retryPolicy.jitterPercent));
    line("max in flight", QString::number(e.maxInFlight));
    line("rate limit", e.rateLimitPerSecond > 0 ? QStringLiteral("%1/s").arg(e.rateLimitPerSecond)
                                                : QStringLiteral("none"));
    line("failover url", e.failoverUrl.isEmpty() ? QStringLiteral("none")
                                                 : e.failoverUrl.toString(QUrl::FullyEncoded));
    line("auth header", e.authHeaderName);
    for (const HttpHeader &h : e.customHeaders)
        line("header", h.name + QStringLiteral(": ") +
                           (h.secret ? QString(SecretHeaders::kRedacted) : h.value));
    if (!e.description.isEmpty())
        line("description", e.description);
    line("created", e.createdAt.toString(Qt::ISODateWithMs));
    line("updated", e.updatedAt.toString(Qt::ISODateWithMs));
    o.flush();
}

int showEndpoint(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    int code = ExitOk;
    const std::optional<Endpoint> e = findOrFail(ctx, *store, ctx.positional().at(0), &code);
    if (!e)
        return code;
    // Health: the same exact window the console's detail pane shows (last 24 h, at most 200).
    const auto figures = EndpointHealth(store->database()).query(e->id);
    if (!figures)
        return ctx.fail(figures.error().message);
    const EndpointHealth::Figures &h = *figures;
    if (ctx.json()) {
        QJsonObject health{{QStringLiteral("attempts"), h.attempts},
                           {QStringLiteral("successes"), h.successes},
                           {QStringLiteral("in_flight"), h.inFlight}};
        if (h.successRate)
            health.insert(QStringLiteral("success_rate"), *h.successRate);
        if (h.p95Ms)
            health.insert(QStringLiteral("p95_ms"), *h.p95Ms);
        QJsonArray failures;
        for (const EndpointHealth::Failure &f : h.lastFailures)
            failures.append(
                QJsonObject{{QStringLiteral("delivery_id"), f.deliveryId},
                            {QStringLiteral("attempt"), f.attemptNumber},
                            {QStringLiteral("started_at"), f.startedAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("outcome"), toString(f.outcome)},
                            {QStringLiteral("http_status"), f.httpStatus},
                            {QStringLiteral("error"), f.error}});
        health.insert(QStringLiteral("last_failures"), failures);
        QJsonObject o = EndpointJson::toJson(*e);
        o.insert(QStringLiteral("health"), health);
        ctx.printJson(o);
        return ExitOk;
    }
    printEndpoint(ctx, *e);
    QTextStream &o = ctx.out();
    o << QStringLiteral("health 24 h").leftJustified(16)
      << (h.attempts == 0 ? QStringLiteral("no attempts")
                          : QStringLiteral("%1 % success (%2 of %3), p95 %4 ms")
                                .arg(*h.successRate * 100.0, 0, 'f', 1)
                                .arg(h.successes)
                                .arg(h.attempts)
                                .arg(*h.p95Ms))
      << '\n';
    for (const EndpointHealth::Failure &f : h.lastFailures)
        o << QStringLiteral("failure").leftJustified(16) << f.startedAt.toString(Qt::ISODate) << ' '
          << toString(f.outcome)
          << (f.httpStatus > 0 ? QStringLiteral(" %1").arg(f.httpStatus) : QString())
          << (f.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.error)) << '\n';
    o.flush();
    return ExitOk;
}

int addEndpoint(Context &ctx)
{
    if (!ctx.parser().isSet(QStringLiteral("url")))
        return ctx.fail(QStringLiteral("endpoint add needs --url https://…"), ExitUsage);
    Endpoint draft;
    draft.environment = ctx.environment();
    QString error;
    if (!applyOptions(ctx, draft, &error))
        return ctx.fail(error, ExitUsage);
    if (draft.name.trimmed().isEmpty())
        draft.name = draft.url.host();
    // Validate before touching the store, so bad input never creates or changes a database.
    const QList<EndpointValidator::Error> errors = EndpointValidator::validate(draft);
    if (!errors.isEmpty())
        return reportResult(ctx, EndpointService::Result{errors, std::nullopt, {}});
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const EndpointService::Result result = EndpointService(store->database()).create(draft);
    if (const int code = reportResult(ctx, result); code != ExitOk)
        return code;
    const Endpoint created = result.endpoint;
    auto report = [&ctx, created] {
        if (ctx.json())
            ctx.printJson(EndpointJson::toJson(created));
        else
            ctx.out() << created.id << '\n';
    };
    return storeSecretHeadersThen(ctx, {created}, {}, [&ctx, created, report] {
        if (created.signingScheme == SigningScheme::StandardWebhooks)
            return ensureWebhookSecretsThen(ctx, {created.id}, report);
        report();
        return int(ExitOk);
    });
}

int updateEndpoint(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    int code = ExitOk;
    std::optional<Endpoint> e = findOrFail(ctx, *store, ctx.positional().at(0), &code);
    if (!e)
        return code;
    QString error;
    const Endpoint before = *e;
    if (!applyOptions(ctx, *e, &error))
        return ctx.fail(error, ExitUsage);
    const EndpointService::Result result = EndpointService(store->database()).update(*e);
    if ((code = reportResult(ctx, result)) != ExitOk)
        return code;
    const Endpoint updated = result.endpoint;
    auto report = [&ctx, updated] {
        if (ctx.json())
            ctx.printJson(EndpointJson::toJson(updated));
        else
            ctx.out() << "updated " << updated.id << '\n';
    };
    return storeSecretHeadersThen(ctx, {updated}, {before}, [&ctx, updated, report] {
        if (updated.signingScheme == SigningScheme::StandardWebhooks)
            return ensureWebhookSecretsThen(ctx, {updated.id}, report);
        report();
        return int(ExitOk);
    });
}

int removeEndpoint(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    if (auto err = EndpointService(store->database()).remove(id)) {
        if (err->code == StoreError::Code::NotFound)
            return ctx.fail(QStringLiteral("no endpoint with id '%1'").arg(id), ExitNotFound);
        return ctx.fail(err->message);
    }
    if (!ctx.json())
        ctx.out() << "removed " << id << '\n';
    else
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), id}});
    return ExitOk;
}

int setPaused(Context &ctx, bool pause)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString id = ctx.positional().at(0);
    EndpointService service(store->database());
    const EndpointService::Result result =
        pause ? service.pause(id, ctx.parser().value(QStringLiteral("reason")))
              : service.resume(id);
    if (const int code = reportResult(ctx, result); code != ExitOk)
        return code;
    if (ctx.json())
        ctx.printJson(EndpointJson::toJson(result.endpoint));
    else
        ctx.out() << (pause ? "paused " : "resumed ") << id << '\n';
    return ExitOk;
}

} // namespace

void registerEndpointCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("list")},
                  QString(),
                  QStringLiteral("List the endpoints of the environment with their state."),
                  QString(),
                  {},
                  0,
                  0,
                  listEndpoints});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("show")},
                  QStringLiteral("ID"),
                  QStringLiteral("Show every setting of one endpoint."),
                  QString(),
                  {},
                  1,
                  1,
                  showEndpoint});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("add")},
                  QStringLiteral("--url URL [options]"),
                  QStringLiteral("Add an endpoint; prints its id (ep_…)."),
                  QStringLiteral("Nothing is written when any option is invalid."),
                  endpointOptions(),
                  0,
                  0,
                  addEndpoint});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("update")},
                  QStringLiteral("ID [options]"),
                  QStringLiteral("Change the given settings of an endpoint; the rest stay."),
                  QStringLiteral("Nothing is written when any option is invalid."),
                  endpointOptions(),
                  1,
                  1,
                  updateEndpoint});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("remove")},
                  QStringLiteral("ID"),
                  QStringLiteral("Remove an endpoint with its deliveries and attempts."),
                  QString(),
                  {},
                  1,
                  1,
                  removeEndpoint});
    registry.add(
        {{QStringLiteral("endpoint"), QStringLiteral("pause")},
         QStringLiteral("ID [--reason TEXT]"),
         QStringLiteral("Pause deliveries to an endpoint; new ones are held, not dropped."),
         QString(),
         {QCommandLineOption(QStringLiteral("reason"), QStringLiteral("Why, for the record."),
                             QStringLiteral("TEXT"))},
         1,
         1,
         [](Context &ctx) {
             return setPaused(ctx, true);
         }});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("resume")},
                  QStringLiteral("ID"),
                  QStringLiteral("Resume a paused endpoint."),
                  QString(),
                  {},
                  1,
                  1,
                  [](Context &ctx) {
                      return setPaused(ctx, false);
                  }});
}

} // namespace hookline::cli
