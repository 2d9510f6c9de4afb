#include "common/displaytext.h"

#include <QLocale>

namespace hookline::ui {

QString DisplayText::environment(Environment env)
{
    return env == Environment::Live ? tr("Live") : tr("Sandbox");
}

QString DisplayText::state(EndpointState state)
{
    switch (state) {
    case EndpointState::Active:
        return tr("Active");
    case EndpointState::Paused:
        return tr("Paused");
    case EndpointState::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString DisplayText::method(HttpMethod method)
{
    // HTTP method names are protocol tokens, the same in every language.
    return toString(method);
}

QString DisplayText::signingScheme(SigningScheme scheme)
{
    return scheme == SigningScheme::Jwt ? tr("JWT (RS256)") : tr("Standard Webhooks (HMAC)");
}

QString DisplayText::outcome(OutcomeClass outcome)
{
    switch (outcome) {
    case OutcomeClass::Success:
        return tr("Success");
    case OutcomeClass::Http4xx:
        return tr("HTTP 4xx");
    case OutcomeClass::Http5xx:
        return tr("HTTP 5xx");
    case OutcomeClass::Http429:
        return tr("HTTP 429 (rate limited)");
    case OutcomeClass::Redirect:
        return tr("Redirect (not followed)");
    case OutcomeClass::Timeout:
        return tr("Timeout");
    case OutcomeClass::Connect:
        return tr("Connection failed");
    case OutcomeClass::Dns:
        return tr("DNS lookup failed");
    case OutcomeClass::Tls:
        return tr("TLS error");
    case OutcomeClass::Blocked:
        return tr("Blocked by policy");
    case OutcomeClass::Interrupted:
        return tr("Interrupted");
    case OutcomeClass::InvalidResponse:
        return tr("Invalid HTTP response");
    }
    return {};
}

QString DisplayText::result(OutcomeClass outcome, int httpStatus)
{
    const QString words = DisplayText::outcome(outcome);
    if (httpStatus <= 0 || outcome == OutcomeClass::Http429)
        return words; // 429's words name the status already
    if (outcome == OutcomeClass::Http4xx || outcome == OutcomeClass::Http5xx)
        return tr("HTTP %1").arg(httpStatus);
    return tr("%1 · HTTP %2").arg(words).arg(httpStatus);
}

QString DisplayText::result(const Attempt &attempt)
{
    return attempt.outcome ? result(*attempt.outcome, attempt.httpStatus) : tr("In flight");
}

QString DisplayText::status(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::InFlight:
        return tr("In flight");
    case DeliveryStatus::Retrying:
        return tr("Retrying");
    case DeliveryStatus::Succeeded:
        return tr("Succeeded");
    case DeliveryStatus::Held:
        return tr("Held");
    case DeliveryStatus::Dead:
        return tr("Dead");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DisplayText::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace hookline::ui
