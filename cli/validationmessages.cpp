#include "validationmessages.h"

#include "policymessages.h"

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
                   .arg(reason ? describe(*reason) : e.detail);
        break;
    }
    }
    return what;
}

} // namespace hookline::cli
