#include "commands/endpointcommands.h"

#include "analytics/endpointhealth.h"
#include "command.h"
#include "commands/endpointsecretcommands.h"
#include "config/endpointjson.h"
#include "config/endpointservice.h"
#include "domain/subscription.h"
#include "security/secretheaders.h"
#include "store/endpointrepository.h"
#include "validationmessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace hookline::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

// The options of `endpoint add` and `endpoint update`.
QList<QCommandLineOption> endpointOptions()
{
    return {
        valueOption(QStringLiteral("url"), QStringLiteral("The HTTPS URL deliveries go to."),
                    QStringLiteral("URL")),
        valueOption(QStringLiteral("name"),
                    QStringLiteral("A name for people (default: the URL's host)."),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("method"), QStringLiteral("POST (default), PUT or PATCH."),
                    QStringLiteral("POST|PUT|PATCH")),
        valueOption(QStringLiteral("events"),
                    QStringLiteral("Comma-separated event patterns: types "
                                   "(identity_document.approved), prefixes (identity_document.*) "
                                   "or * (default)."),
                    QStringLiteral("PATTERNS")),
        valueOption(QStringLiteral("scheme"),
                    QStringLiteral("Signing scheme: jwt (RS256, default) or standard "
                                   "(Standard Webhooks HMAC)."),
                    QStringLiteral("jwt|standard")),
        valueOption(QStringLiteral("timeout"),
                    QStringLiteral("Seconds per attempt, 1–10 (default 10)."), QStringLiteral("S")),
        valueOption(QStringLiteral("max-retries"),
                    QStringLiteral("Retries before a delivery is dead, 0–100 (default 30)."),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("retry-intervals"),
                    QStringLiteral("Comma-separated delays in seconds before attempt 2, 3, …; the "
                                   "last repeats. 'default' restores the standard schedule."),
                    QStringLiteral("LIST")),
        valueOption(QStringLiteral("jitter"),
                    QStringLiteral("Retry jitter in percent, 0–30 (default 0)."),
                    QStringLiteral("P")),
        valueOption(QStringLiteral("max-in-flight"),
                    QStringLiteral("Concurrent attempts to this endpoint, 1–256 (default 8)."),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("rate-limit"),
                    QStringLiteral("Deliveries per second at most; 0 for none (default)."),
                    QStringLiteral("N")),
        valueOption(
            QStringLiteral("failover-url"),
            QStringLiteral("Where deliveries go while the endpoint is paused; '' to clear."),
            QStringLiteral("URL")),
        valueOption(QStringLiteral("header"),
                    QStringLiteral("A custom header 'Name: value' (repeatable; replaces the "
                                   "endpoint's custom headers). Authorization, "
                                   "Proxy-Authorization, Cookie, X-Api-Key and *-Token, *-Key, "
                                   "*-Secret, *-Signature values are kept as secrets."),
                    QStringLiteral("HEADER")),
        valueOption(QStringLiteral("secret-header"),
                    QStringLiteral("A custom header 'Name: value' whose value is a secret: kept "
                                   "in the keychain, shown as [redacted] (repeatable; with "
                                   "--header, replaces the endpoint's custom headers)."),
                    QStringLiteral("HEADER")),
        QCommandLineOption(QStringLiteral("clear-headers"),
                           QStringLiteral("Remove all custom headers.")),
        valueOption(QStringLiteral("auth-header"),
                    QStringLiteral("Header carrying the endpoint's auth token (default "
                                   "Authorization, sent as 'Bearer <token>')."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("description"), QStringLiteral("Free text for people."),
                    QStringLiteral("TEXT")),
        valueOption(QStringLiteral("filter"),
                    QStringLiteral("Filter rules on the payload, as JSON or @FILE: "
                                   "{\"mode\":\"all|any\",\"rules\":[{\"path\":"
                                   "\"verification.status\",\"op\":\"=\",\"value\":"
                                   "\"approved\"}]} or a bare array of rules; ops =, !=, in, "
                                   "exists, <, >; '' removes the filter."),
                    QStringLiteral("JSON|@FILE")),
        valueOption(QStringLiteral("filter-mode"),
                    QStringLiteral("Whether all rules must hold or any one (default all)."),
                    QStringLiteral("all|any")),
    };
}

bool parseInt(Context &ctx, const QString &option, int *out, QString *error)
{
    if (!ctx.parser().isSet(option))
        return true;
    bool ok = false;
    const QString text = ctx.parser().value(option).trimmed();
    const int v = text.toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--%1: '%2' is not a whole number").arg(option, text);
        return false;
    }
    *out = v;
    return true;
}

// --filter JSON|@FILE: every problem is reported, each naming its rule.
bool applyFilter(const QString &option, Endpoint &e, QString *error)
{
    QByteArray json = option.toUtf8();
    if (option.startsWith(QLatin1Char('@'))) {
        QFile file(option.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--filter: cannot read %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
        json = file.readAll();
    }
    QList<FilterRules::Error> errors;
    const std::optional<FilterRules> rules = FilterRules::parse(json, &errors);
    if (!rules) {
        QStringList lines;
        for (const FilterRules::Error &f : errors)
            lines << QStringLiteral("--filter ") + describe(f);
        *error = lines.join(QStringLiteral("\nhooklinectl: "));
        return false;
    }
    e.filterRules = *rules;
    return true;
}

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

// Applies the options given on the command line to `e`; anything not given stays as it is.
bool applyOptions(Context &ctx, Endpoint &e, QString *error)
{
    const QCommandLineParser &p = ctx.parser();
    if (p.isSet(QStringLiteral("url")))
        e.url = QUrl(p.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("name")))
        e.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("method"))) {
        const auto m = httpMethodFromString(p.value(QStringLiteral("method")));
        if (!m) {
            *error = QStringLiteral("--method must be POST, PUT or PATCH, not '%1'")
                         .arg(p.value(QStringLiteral("method")));
            return false;
        }
        e.method = *m;
    }
    if (p.isSet(QStringLiteral("events")))
        e.eventPatterns = Subscription::parsePatternList(p.value(QStringLiteral("events")));
    if (p.isSet(QStringLiteral("scheme"))) {
        const auto s = signingSchemeFromString(p.value(QStringLiteral("scheme")).trimmed());
        if (!s) {
            *error = QStringLiteral("--scheme must be jwt or standard, not '%1'")
                         .arg(p.value(QStringLiteral("scheme")));
            return false;
        }
        e.signingScheme = *s;
    }
    if (!parseInt(ctx, QStringLiteral("timeout"), &e.timeoutSeconds, error) ||
        !parseInt(ctx, QStringLiteral("max-retries"), &e.retryPolicy.maxRetries, error) ||
        !parseInt(ctx, QStringLiteral("jitter"), &e.retryPolicy.jitterPercent, error) ||
        !parseInt(ctx, QStringLiteral("max-in-flight"), &e.maxInFlight, error)) {
        return false;
    }
    if (p.isSet(QStringLiteral("retry-intervals"))) {
        const QString text = p.value(QStringLiteral("retry-intervals")).trimmed();
        e.retryPolicy.intervals.clear();
        if (text != QLatin1String("default")) {
            const QStringList parts = text.split(QLatin1Char(','));
            for (const QString &part : parts) {
                bool ok = false;
                const qint64 s = part.trimmed().toLongLong(&ok);
                if (!ok) {
                    *error = QStringLiteral("--retry-intervals: '%1' is not a number of seconds")
                                 .arg(part.trimmed());
                    return false;
                }
                e.retryPolicy.intervals << std::chrono::seconds(s);
            }
        }
    }
    if (p.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const QString text = p.value(QStringLiteral("rate-limit")).trimmed();
        e.rateLimitPerSecond = text.toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("--rate-limit: '%1' is not a number").arg(text);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("failover-url"))) {
        const QString text = p.value(QStringLiteral("failover-url")).trimmed();
        e.failoverUrl = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    }
    if (p.isSet(QStringLiteral("clear-headers")))
        e.customHeaders.clear();
    if (p.isSet(QStringLiteral("header")) || p.isSet(QStringLiteral("secret-header"))) {
        e.customHeaders.clear();
        for (const QString &option : {QStringLiteral("header"), QStringLiteral("secret-header")}) {
            const QStringList headers = p.values(option);
            for (const QString &h : headers) {
                const qsizetype colon = h.indexOf(QLatin1Char(':'));
                if (colon <= 0) {
                    // Not `h` itself: it may be a credential.
                    *error = QStringLiteral("--%1: expected 'Name: value'").arg(option);
                    return false;
                }
                const QString name = h.left(colon).trimmed();
                const QString value = h.mid(colon + 1).trimmed();
                const bool secret = option == QLatin1String("secret-header") ||
                                    SecretHeaders::isSecretByDefault(name);
                if (secret && value.isEmpty()) {
                    *error = QStringLiteral("--%1: the secret header %2 needs a value")
                                 .arg(option, name);
                    return false;
                }
                e.customHeaders << HttpHeader{name, value, secret};
            }
        }
    }
    if (p.isSet(QStringLiteral("auth-header")))
        e.authHeaderName = p.value(QStringLiteral("auth-header"));
    if (p.isSet(QStringLiteral("description")))
        e.description = p.value(QStringLiteral("description"));
    if (p.isSet(QStringLiteral("filter")) &&
        !applyFilter(p.value(QStringLiteral("filter")), e, error))
        return false;
    if (p.isSet(QStringLiteral("filter-mode"))) {
        const auto mode =
            FilterRules::modeFromString(p.value(QStringLiteral("filter-mode")).trimmed());
        if (!mode) {
            *error = QStringLiteral("--filter-mode must be all or any, not '%1'")
                         .arg(p.value(QStringLiteral("filter-mode")));
            return false;
        }
        e.filterRules.mode = *mode;
    }
    return true;
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
         {valueOption(QStringLiteral("reason"), QStringLiteral("Why, for the record."),
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
