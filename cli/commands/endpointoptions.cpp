#include "commands/endpointoptions.h"

#include "command.h"
#include "domain/subscription.h"
#include "security/secretheaders.h"
#include "validationmessages.h"

#include <QFile>

namespace hookline::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
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

} // namespace

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

} // namespace hookline::cli
