#include "domain/endpointvalidator.h"

#include "domain/destinationurl.h"
#include "domain/subscription.h"

#include <QRegularExpression>
#include <QSet>

namespace hookline {

namespace {
bool isToken(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return re.match(name).hasMatch();
}

bool isReserved(const QString &lowerName, const QString &authHeaderLower)
{
    static const QSet<QString> reserved = {
        QStringLiteral("host"),
        QStringLiteral("content-type"),
        QStringLiteral("content-length"),
        QStringLiteral("transfer-encoding"),
        QStringLiteral("connection"),
        QStringLiteral("user-agent"),
        QStringLiteral("webhook-id"),
        QStringLiteral("webhook-timestamp"),
        QStringLiteral("webhook-signature"),
    };
    return reserved.contains(lowerName) || lowerName.startsWith(QLatin1String("x-webhook-")) ||
           lowerName == QLatin1String("x-idempotency-key") || lowerName == authHeaderLower;
}
} // namespace

std::optional<EndpointValidator::Code> EndpointValidator::checkUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Code::Required;
    if (url.toString(QUrl::FullyEncoded).size() > kMaxUrlLength)
        return Code::TooLong;
    // The destination policy's strict parser decides the syntax, so the form and the engine agree.
    const DestinationUrl destination = DestinationUrl::fromUrl(url);
    if (!destination.isValid()) {
        switch (*destination.error()) {
        case PolicyReason::NotHttps:
            return Code::NotHttps;
        case PolicyReason::UserInfo:
            return Code::UserInfo;
        case PolicyReason::Fragment:
            return Code::Fragment;
        default:
            return Code::InvalidUrl;
        }
    }
    return std::nullopt;
}

QList<EndpointValidator::Error> EndpointValidator::validate(const Endpoint &e)
{
    QList<Error> errors;
    const QString name = e.name.trimmed();
    if (name.isEmpty())
        errors << Error{Field::Name, Code::Required, {}};
    else if (name.size() > kMaxNameLength)
        errors << Error{Field::Name, Code::TooLong, QString::number(kMaxNameLength)};

    if (auto code = checkUrl(e.url))
        errors << Error{Field::Url, *code, {}};

    if (e.timeoutSeconds < Endpoint::kMinTimeoutSeconds ||
        e.timeoutSeconds > Endpoint::kMaxTimeoutSeconds) {
        errors << Error{Field::Timeout, Code::OutOfRange,
                        QStringLiteral("%1–%2")
                            .arg(Endpoint::kMinTimeoutSeconds)
                            .arg(Endpoint::kMaxTimeoutSeconds)};
    }

    if (e.eventPatterns.isEmpty())
        errors << Error{Field::EventPatterns, Code::Required, {}};
    for (const QString &p : e.eventPatterns) {
        if (!Subscription::isValidPattern(p)) {
            errors << Error{Field::EventPatterns, Code::InvalidPattern, p};
            break;
        }
    }

    const RetryPolicy &r = e.retryPolicy;
    if (r.maxRetries < 0 || r.maxRetries > RetryPolicy::kMaxRetriesLimit)
        errors << Error{Field::MaxRetries, Code::OutOfRange,
                        QStringLiteral("0–%1").arg(RetryPolicy::kMaxRetriesLimit)};
    if (r.jitterPercent < 0 || r.jitterPercent > RetryPolicy::kMaxJitterPercent)
        errors << Error{Field::Jitter, Code::OutOfRange,
                        QStringLiteral("0–%1").arg(RetryPolicy::kMaxJitterPercent)};
    for (auto s : r.intervals) {
        if (s.count() < 0 || s.count() > 7 * 24 * 3600) {
            errors << Error{Field::RetryIntervals, Code::OutOfRange, QStringLiteral("0–604800")};
            break;
        }
    }

    if (e.maxInFlight < 1 || e.maxInFlight > Endpoint::kMaxInFlightLimit)
        errors << Error{Field::MaxInFlight, Code::OutOfRange,
                        QStringLiteral("1–%1").arg(Endpoint::kMaxInFlightLimit)};
    if (!(e.rateLimitPerSecond >= 0 && e.rateLimitPerSecond <= 10000))
        errors << Error{Field::RateLimit, Code::OutOfRange, QStringLiteral("0–10000")};

    if (!e.failoverUrl.isEmpty()) {
        if (auto code = checkUrl(e.failoverUrl))
            errors << Error{Field::FailoverUrl, *code, {}};
        else if (e.failoverUrl == e.url)
            errors << Error{Field::FailoverUrl, Code::SameAsPrimary, {}};
    }

    const QString authLower = e.authHeaderName.trimmed().toLower();
    if (authLower.isEmpty())
        errors << Error{Field::AuthHeaderName, Code::Required, {}};
    else if (!isToken(authLower) || isReserved(authLower, QString()))
        errors << Error{Field::AuthHeaderName, Code::InvalidHeader, e.authHeaderName};

    QSet<QString> seen;
    for (const HttpHeader &h : e.customHeaders) {
        const QString lower = h.name.trimmed().toLower();
        if (!isToken(lower) || h.value.contains(QLatin1Char('\r')) ||
            h.value.contains(QLatin1Char('\n')) || h.value.contains(QChar(0))) {
            errors << Error{Field::CustomHeaders, Code::InvalidHeader, h.name};
            break;
        }
        if (isReserved(lower, authLower)) {
            errors << Error{Field::CustomHeaders, Code::ReservedHeader, h.name};
            break;
        }
        if (seen.contains(lower)) {
            errors << Error{Field::CustomHeaders, Code::DuplicateHeader, h.name};
            break;
        }
        seen.insert(lower);
    }

    const AutoPausePolicy &ap = e.autoPause;
    if ((ap.consecutiveFailures &&
         (*ap.consecutiveFailures < 1 || *ap.consecutiveFailures > 1000)) ||
        (ap.timeoutPercent && (*ap.timeoutPercent < 1 || *ap.timeoutPercent > 100)))
        errors << Error{Field::AutoPause, Code::OutOfRange, {}};

    for (const FilterRules::Error &f : e.filterRules.validate())
        errors << Error{Field::FilterRules, Code::InvalidFilter, FilterRules::codeName(f.code), f};
    return errors;
}

QString EndpointValidator::fieldName(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Url:
        return QStringLiteral("url");
    case Field::Method:
        return QStringLiteral("method");
    case Field::Timeout:
        return QStringLiteral("timeout");
    case Field::EventPatterns:
        return QStringLiteral("events");
    case Field::MaxRetries:
        return QStringLiteral("max_retries");
    case Field::RetryIntervals:
        return QStringLiteral("retry_intervals");
    case Field::Jitter:
        return QStringLiteral("jitter");
    case Field::MaxInFlight:
        return QStringLiteral("max_in_flight");
    case Field::RateLimit:
        return QStringLiteral("rate_limit");
    case Field::FailoverUrl:
        return QStringLiteral("failover_url");
    case Field::CustomHeaders:
        return QStringLiteral("headers");
    case Field::AuthHeaderName:
        return QStringLiteral("auth_header");
    case Field::AutoPause:
        return QStringLiteral("auto_pause");
    case Field::FilterRules:
        return QStringLiteral("filter");
    }
    return {};
}

} // namespace hookline
