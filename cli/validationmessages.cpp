#include "validationmessages.h"

#include "domain/autopause.h"
#include "endpointtext.h"
#include "policytext.h"

namespace hookline::cli {

using Field = EndpointValidator::Field;
using Code = EndpointValidator::Code;

QString optionForField(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("--name");
    case Field::Url:
        return QStringLiteral("--url");
    case Field::Method:
        return QStringLiteral("--method");
    case Field::Timeout:
        return QStringLiteral("--timeout");
    case Field::EventPatterns:
        return QStringLiteral("--events");
    case Field::MaxRetries:
        return QStringLiteral("--max-retries");
    case Field::RetryIntervals:
        return QStringLiteral("--retry-intervals");
    case Field::Jitter:
        return QStringLiteral("--jitter");
    case Field::MaxInFlight:
        return QStringLiteral("--max-in-flight");
    case Field::RateLimit:
        return QStringLiteral("--rate-limit");
    case Field::FailoverUrl:
        return QStringLiteral("--failover-url");
    case Field::CustomHeaders:
        return QStringLiteral("--header");
    case Field::AuthHeaderName:
        return QStringLiteral("--auth-header");
    case Field::AutoPause:
        return QStringLiteral("--auto-pause");
    case Field::FilterRules:
        return QStringLiteral("--filter");
    }
    return {};
}

QString describe(const EndpointValidator::Error &e)
{
    return optionForField(e.field) + QLatin1Char(' ') + problem(e);
}

QString problem(const EndpointValidator::Error &e)
{
    QString what;
    switch (e.code) {
    case Code::Required:
        what = QStringLiteral("is required");
        break;
    case Code::TooLong:
        what = QStringLiteral("is too long (at most %1 characters)").arg(e.detail);
        break;
    case Code::NotHttps:
        what = QStringLiteral("must be an https:// URL (plain HTTP is never used)");
        break;
    case Code::InvalidUrl:
        what = QStringLiteral("is not a valid URL with a host name");
        break;
    case Code::UserInfo:
        what = QStringLiteral("must not contain a user name or password (use --header or the "
                              "endpoint's auth token instead)");
        break;
    case Code::Fragment:
        what = QStringLiteral("must not contain a #fragment");
        break;
    case Code::OutOfRange:
        what = QStringLiteral("is out of range (allowed: %1)").arg(e.detail);
        break;
    case Code::InvalidPattern:
        what = QStringLiteral("has an invalid event pattern '%1' (use a type such as "
                              "identity_document.approved, a prefix such as identity_document.*, "
                              "or *)")
                   .arg(e.detail);
        break;
    case Code::InvalidHeader:
        what = QStringLiteral("has an invalid header '%1' (expected 'Name: value' with a token "
                              "name and a single-line value)")
                   .arg(e.detail);
        break;
    case Code::ReservedHeader:
        what = QStringLiteral("sets '%1', which Hookline sets itself").arg(e.detail);
        break;
    case Code::DuplicateHeader:
        what = QStringLiteral("sets '%1' more than once").arg(e.detail);
        break;
    case Code::SameAsPrimary:
        what = QStringLiteral("must differ from the primary URL");
        break;
    case Code::DestinationDenied: {
        const std::optional<PolicyReason> reason = policyReasonFromString(e.detail);
        what = QStringLiteral("is refused by the destination policy: %1 (see 'hooklinectl "
                              "check-url' and 'hooklinectl policy allow')")
                   .arg(reason ? text::PolicyText::reason(*reason) : e.detail);
        break;
    }
    case Code::InvalidFilter:
        return QStringLiteral("--filter ") +
               (e.filterError ? describe(*e.filterError) : QStringLiteral("is invalid"));
    }
    return what;
}

QString describe(const FilterRules::Error &e)
{
    using FCode = FilterRules::Code;
    QString what;
    switch (e.code) {
    case FCode::InvalidJson:
        what =
            e.detail.isEmpty()
                ? QStringLiteral("is not a JSON object {\"mode\", \"rules\"} or an array of rules")
                : QStringLiteral("is not valid JSON (%1)").arg(e.detail);
        break;
    case FCode::UnknownMode:
        what = QStringLiteral("has an unknown mode '%1' (use all or any)").arg(e.detail);
        break;
    case FCode::RulesNotArray:
        what = QStringLiteral("needs \"rules\" to be an array");
        break;
    case FCode::TooManyRules:
        what = QStringLiteral("has too many rules (at most %1)").arg(e.detail);
        break;
    case FCode::RuleNotObject:
        what = QStringLiteral("is not an object {\"path\", \"op\", \"value\"}");
        break;
    case FCode::EmptyPath:
        what = QStringLiteral("has no path (a field of data, e.g. verification.status)");
        break;
    case FCode::InvalidPath:
        what = QStringLiteral("has an invalid path '%1' (dotted field names with optional [N] "
                              "indices, e.g. document.fraud_indicators[0].code)")
                   .arg(e.detail);
        break;
    case FCode::UnknownOp:
        what =
            QStringLiteral("has an unknown op '%1' (use =, !=, in, exists, < or >)").arg(e.detail);
        break;
    case FCode::MissingValue:
        what = QStringLiteral("needs a value");
        break;
    case FCode::NotAnArray:
        what = QStringLiteral("uses 'in', which needs a non-empty array value");
        break;
    case FCode::NotComparable:
        what =
            QStringLiteral("uses '<' or '>', which needs a number or an ISO 8601 date/time value");
        break;
    case FCode::NotBoolean:
        what = QStringLiteral("uses 'exists', whose value (optional) must be true or false");
        break;
    }
    if (e.rule < 0)
        return what;
    return QStringLiteral("rule %1 %2").arg(e.rule + 1).arg(what);
}

QString pausedReason(const QString &stored)
{
    // The medium's part: the console says "paused automatically" around it.
    if (AutoPause::reasonFromStored(stored))
        return QStringLiteral("automatically: ") + text::EndpointText::pausedReason(stored);
    return stored;
}

} // namespace hookline::cli
