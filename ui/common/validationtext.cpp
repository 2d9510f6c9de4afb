#include "common/validationtext.h"

#include "domain/endpoint.h"
#include "domain/retrypolicy.h"
#include "policytext.h"

namespace hookline::ui {

namespace {
using Code = EndpointValidator::Code;
using Field = EndpointValidator::Field;

// Range details come from core as "min–max"; an empty or odd detail falls back to the field's
// known limits so the message never shows a bare dash.
QPair<QString, QString> range(const QString &detail, const QString &min, const QString &max)
{
    const QStringList parts = detail.split(QChar(0x2013));
    if (parts.size() == 2 && !parts.at(0).isEmpty() && !parts.at(1).isEmpty())
        return {parts.at(0), parts.at(1)};
    return {min, max};
}
} // namespace

QString ValidationText::fieldLabel(EndpointValidator::Field field)
{
    switch (field) {
    case Field::Name:
        return tr("Name");
    case Field::Url:
        return tr("URL");
    case Field::Method:
        return tr("Method");
    case Field::Timeout:
        return tr("Timeout");
    case Field::EventPatterns:
        return tr("Events");
    case Field::MaxRetries:
        return tr("Max retries");
    case Field::RetryIntervals:
        return tr("Retry intervals");
    case Field::Jitter:
        return tr("Jitter");
    case Field::MaxInFlight:
        return tr("Max in flight");
    case Field::RateLimit:
        return tr("Rate limit");
    case Field::FailoverUrl:
        return tr("Failover URL");
    case Field::CustomHeaders:
        return tr("Custom headers");
    case Field::AuthHeaderName:
        return tr("Auth header");
    case Field::AutoPause:
        return tr("Auto-pause");
    case Field::FilterRules:
        return tr("Filter rules");
    }
    return {};
}

QString ValidationText::message(const EndpointValidator::Error &error)
{
    const bool isFailover = error.field == Field::FailoverUrl;
    switch (error.code) {
    case Code::Required:
        switch (error.field) {
        case Field::Name:
            return tr("Give the endpoint a name, e.g. “KYC receiver”.");
        case Field::Url:
            return tr("Enter the URL that receives the webhooks, e.g. https://example.com/hooks.");
        case Field::EventPatterns:
            return tr("Enter at least one event pattern, e.g. identity_document.* — or * for all "
                      "events.");
        case Field::AuthHeaderName:
            return tr("Enter the header that carries the auth token, usually Authorization.");
        default:
            return tr("%1 is required.").arg(fieldLabel(error.field));
        }
    case Code::TooLong:
        if (error.field == Field::Name)
            return tr("A name can have at most %1 characters — shorten it.")
                .arg(EndpointValidator::kMaxNameLength);
        return tr("A URL can have at most %1 characters — shorten it.")
            .arg(EndpointValidator::kMaxUrlLength);
    case Code::NotHttps:
        return isFailover ? tr("Only HTTPS failover URLs are accepted — use https://…")
                          : tr("Only HTTPS URLs are accepted — use https://…");
    case Code::InvalidUrl:
        return tr("This is not a complete URL — write it as https://host/path.");
    case Code::UserInfo:
        return tr("Remove the user name and password from the URL; send credentials with the "
                  "auth header instead.");
    case Code::Fragment:
        return tr("Remove the #fragment — it is never sent to the receiver.");
    case Code::SameAsPrimary:
        return tr("The failover URL must differ from the primary URL — enter a second receiver or "
                  "leave it empty.");
    case Code::OutOfRange:
        switch (error.field) {
        case Field::Timeout: {
            const auto [min, max] =
                range(error.detail, QString::number(Endpoint::kMinTimeoutSeconds),
                      QString::number(Endpoint::kMaxTimeoutSeconds));
            return tr("Choose a timeout from %1 to %2 seconds.").arg(min, max);
        }
        case Field::MaxRetries: {
            const auto [min, max] = range(error.detail, QStringLiteral("0"),
                                          QString::number(RetryPolicy::kMaxRetriesLimit));
            return tr("Choose from %1 to %2 retries.").arg(min, max);
        }
        case Field::MaxInFlight: {
            const auto [min, max] = range(error.detail, QStringLiteral("1"),
                                          QString::number(Endpoint::kMaxInFlightLimit));
            return tr("Choose from %1 to %2 deliveries in flight.").arg(min, max);
        }
        case Field::RateLimit: {
            const auto [min, max] =
                range(error.detail, QStringLiteral("0"), QStringLiteral("10000"));
            return tr("Choose a rate from %1 (unlimited) to %2 deliveries per second.")
                .arg(min, max);
        }
        case Field::Jitter: {
            const auto [min, max] = range(error.detail, QStringLiteral("0"),
                                          QString::number(RetryPolicy::kMaxJitterPercent));
            return tr("Choose a jitter from %1 to %2 %.").arg(min, max);
        }
        case Field::RetryIntervals:
            return tr("Each retry interval must be between 0 seconds and 7 days.");
        case Field::AutoPause:
            return tr("Auto-pause needs 1 to 1000 consecutive failures and 1 to 100 % timeouts.");
        default:
            return tr("%1 is out of range — choose a value from %2.")
                .arg(fieldLabel(error.field), error.detail);
        }
    case Code::InvalidPattern:
        return tr("“%1” is not a valid pattern — use an event type (customer.created), a prefix "
                  "with .* (identity_document.*) or *.")
            .arg(error.detail);
    case Code::InvalidHeader:
        if (error.field == Field::AuthHeaderName)
            return tr("“%1” cannot carry the auth token — use a valid header name that Hookline "
                      "does not set itself, e.g. Authorization.")
                .arg(error.detail);
        if (error.detail.trimmed().isEmpty())
            return tr("Every header needs a name — fill it in or remove the row.");
        return tr("“%1” is not a valid header — names use letters, digits and “-”, values fit on "
                  "one line.")
            .arg(error.detail);
    case Code::ReservedHeader:
        return tr("Hookline sets “%1” itself — remove this header or rename it.").arg(error.detail);
    case Code::DuplicateHeader:
        return tr("“%1” appears twice — keep one of them.").arg(error.detail);
    case Code::DestinationDenied: {
        const std::optional<PolicyReason> reason = policyReasonFromString(error.detail);
        return tr("Hookline does not deliver to this address: %1. Use a public HTTPS receiver, or "
                  "allow this one for the environment with “hooklinectl policy allow”.")
            .arg(reason ? text::PolicyText::reason(*reason) : error.detail);
    }
    case Code::InvalidFilter:
        if (error.filterError)
            return filterError(*error.filterError);
        break;
    }
    return tr("%1 is not valid.").arg(fieldLabel(error.field));
}

QString ValidationText::filterError(const FilterRules::Error &error)
{
    QString what;
    switch (error.code) {
    case FilterRules::Code::InvalidJson:
    case FilterRules::Code::RulesNotArray:
    case FilterRules::Code::RuleNotObject:
        what = tr("the filter is not valid JSON rules");
        break;
    case FilterRules::Code::UnknownMode:
        what = tr("choose whether all rules or any rule must hold");
        break;
    case FilterRules::Code::TooManyRules:
        what = tr("use at most %1 rules").arg(error.detail);
        break;
    case FilterRules::Code::EmptyPath:
        what = tr("enter a field path, e.g. verification.status");
        break;
    case FilterRules::Code::InvalidPath:
        what = tr("“%1” is not a field path — use names separated by dots, with [0] for list "
                  "items")
                   .arg(error.detail);
        break;
    case FilterRules::Code::UnknownOp:
        what = tr("“%1” is not an operator").arg(error.detail);
        break;
    case FilterRules::Code::MissingValue:
        what = tr("enter a value to compare with");
        break;
    case FilterRules::Code::NotAnArray:
        what = tr("“in” needs a list of values, e.g. [\"DE\", \"AT\"]");
        break;
    case FilterRules::Code::NotComparable:
        what = tr("“<” and “>” need a number or a date, e.g. 0.9 or 2026-01-31");
        break;
    case FilterRules::Code::NotBoolean:
        what = tr("“exists” takes true, false or no value");
        break;
    }
    if (error.rule < 0)
        return what;
    //: %1 is the rule's number in the table, %2 what is wrong with it
    return tr("Rule %1: %2").arg(error.rule + 1).arg(what);
}

QString ValidationText::storeError(const StoreError &error)
{
    switch (error.code) {
    case StoreError::Code::OpenFailed:
        return tr("The database could not be opened: %1").arg(error.message);
    case StoreError::Code::TooNew:
        return tr("This database was written by a newer version of Hookline. Update Hookline to "
                  "open it.");
    case StoreError::Code::Migration:
        return tr("The database could not be upgraded for this version of Hookline; nothing was "
                  "changed. Details: %1")
            .arg(error.message);
    case StoreError::Code::Constraint:
        return tr("The database refused the change; nothing was saved. Details: %1")
            .arg(error.message);
    case StoreError::Code::NotFound:
        return tr("This endpoint no longer exists — it may have been removed elsewhere, for "
                  "example with hooklinectl.");
    case StoreError::Code::Busy:
        return tr("The database is busy: another Hookline process is writing. Try again in a "
                  "moment.");
    case StoreError::Code::ConnectionLost:
        return tr("The connection to the database server was lost; nothing was saved. Hookline "
                  "reconnects by itself: try again in a moment.");
    case StoreError::Code::AuditUnavailable:
        return tr("The change was not saved: the audit log's key could not be read from the "
                  "keychain. Unlock the keychain and try again.");
    case StoreError::Code::Other:
        break;
    }
    return tr("The database reported an error; nothing was saved. Details: %1").arg(error.message);
}

QString ValidationText::readError(const StoreError &error)
{
    if (error.code == StoreError::Code::Busy)
        return tr("The database could not be read: another Hookline process is holding it. What "
                  "is shown may be incomplete; it is read again at the next refresh.");
    return tr("The database could not be read; what is shown may be incomplete. Details: %1")
        .arg(error.message);
}

QString ValidationText::openFailed(const QString &path, const StoreError &error)
{
    switch (error.code) {
    case StoreError::Code::TooNew:
        return tr("The database %1 was written by a newer version of Hookline. Update Hookline, "
                  "or start it with --db PATH to use another database.")
            .arg(path);
    case StoreError::Code::Migration:
        return tr("The database %1 could not be upgraded for this version of Hookline. It was "
                  "left unchanged.\n\nDetails: %2")
            .arg(path, error.message);
    default:
        return tr("The database %1 could not be opened. Is it a Hookline database, and can you "
                  "write to its folder? Start Hookline with --db PATH to use another "
                  "file.\n\nDetails: %2")
            .arg(path, error.message);
    }
}

} // namespace hookline::ui
