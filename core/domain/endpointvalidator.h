#pragma once

#include "domain/endpoint.h"
#include "domain/filterrules.h"

#include <QList>
#include <QString>

namespace hookline {

// Save-time checks of an endpoint. Core reports fields and codes; the UI and the CLI turn them
// into words (docs/ARCHITECTURE.md "Conventions": translatable strings live in ui/ and the CLI
// only).
class EndpointValidator
{
public:
    enum class Field
    {
        Name,
        Url,
        Method,
        Timeout,
        EventPatterns,
        MaxRetries,
        RetryIntervals,
        Jitter,
        MaxInFlight,
        RateLimit,
        FailoverUrl,
        CustomHeaders,
        AuthHeaderName,
        AutoPause,
        FilterRules,
    };

    enum class Code
    {
        Required,          // empty
        TooLong,           // over the length limit
        NotHttps,          // scheme other than https
        InvalidUrl,        // unparsable or no host
        UserInfo,          // user:password@ in the URL
        Fragment,          // #fragment in the URL
        OutOfRange,        // a number outside its range (detail: "min–max")
        InvalidPattern,    // an event pattern that is neither a type, a prefix.* nor * (detail)
        InvalidHeader,     // a header name or value that is not valid HTTP (detail: the name)
        ReservedHeader,    // a header Hookline sets itself (detail: the name)
        DuplicateHeader,   // the same header twice (detail: the name)
        SameAsPrimary,     // the failover URL equals the primary URL
        DestinationDenied, // the destination policy refuses the URL (detail: its PolicyReason name)
        InvalidFilter,     // a filter rule is wrong (filterError: which rule and why)
    };

    struct Error
    {
        Field field;
        Code code;
        QString detail;
        std::optional<hookline::FilterRules::Error> filterError = {}; // for Code::InvalidFilter
        friend bool operator==(const Error &, const Error &) = default;
    };

    static QList<Error> validate(const Endpoint &endpoint);
    // The URL rules alone (used by the form as the user types).
    static std::optional<Code> checkUrl(const QUrl &url);

    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxUrlLength = 2048;
    static QString fieldName(Field field); // stable machine name: "url", "timeout", …
};

} // namespace hookline
