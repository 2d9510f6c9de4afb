#include "config/endpointjson.h"

#include "security/secretheaders.h"

#include <QJsonArray>

namespace hookline {

namespace {
QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject EndpointJson::toJson(const Endpoint &e)
{
    QJsonArray headers;
    for (const HttpHeader &h : e.customHeaders) {
        QJsonObject header{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("value"), h.secret ? QString(SecretHeaders::kRedacted) : h.value}};
        if (h.secret)
            header.insert(QStringLiteral("secret"), true);
        headers.append(header);
    }
    QJsonArray intervals;
    for (auto s : e.retryPolicy.intervals)
        intervals.append(static_cast<qint64>(s.count()));

    QJsonObject retry{{QStringLiteral("max_retries"), e.retryPolicy.maxRetries},
                      {QStringLiteral("jitter_percent"), e.retryPolicy.jitterPercent}};
    retry.insert(QStringLiteral("intervals_s"), e.retryPolicy.usesDefaultIntervals()
                                                    ? QJsonValue(QStringLiteral("default"))
                                                    : QJsonValue(intervals));
    QJsonObject autoPause;
    if (e.autoPause.consecutiveFailures)
        autoPause.insert(QStringLiteral("consecutive_failures"), *e.autoPause.consecutiveFailures);
    if (e.autoPause.timeoutPercent)
        autoPause.insert(QStringLiteral("timeout_percent"), *e.autoPause.timeoutPercent);

    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("webhook_id"), e.webhookId},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("environment"), toString(e.environment)},
        {QStringLiteral("url"), e.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("method"), toString(e.method)},
        {QStringLiteral("state"), toString(e.state)},
        {QStringLiteral("events"), QJsonArray::fromStringList(e.eventPatterns)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("auth_header"), e.authHeaderName},
        {QStringLiteral("scheme"), toString(e.signingScheme)},
        {QStringLiteral("timeout_s"), e.timeoutSeconds},
        {QStringLiteral("retry"), retry},
        {QStringLiteral("auto_pause"), autoPause},
        {QStringLiteral("max_in_flight"), e.maxInFlight},
        {QStringLiteral("rate_limit"), e.rateLimitPerSecond},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("created_at"), isoMs(e.createdAt)},
        {QStringLiteral("updated_at"), isoMs(e.updatedAt)},
    };
    o.insert(QStringLiteral("failover_url"),
             e.failoverUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(e.failoverUrl.toString(QUrl::FullyEncoded)));
    o.insert(QStringLiteral("filter"), e.filterRules.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(e.filterRules.toJson()));
    if (e.state == EndpointState::Paused) {
        o.insert(QStringLiteral("paused_reason"), e.pausedReason);
        o.insert(QStringLiteral("paused_at"), isoMs(e.pausedAt));
    }
    return o;
}

} // namespace hookline
