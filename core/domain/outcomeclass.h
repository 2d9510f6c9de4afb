#pragma once

#include <QString>
#include <optional>

namespace hookline {

// The class of one attempt's outcome; the same names are used in logs, charts, CLI and
// recommendations (PRODUCT.md §1).
enum class OutcomeClass
{
    Success,
    Http4xx,
    Http5xx,
    Http429,
    Redirect,
    Timeout,
    Connect,
    Dns,
    Tls,
    Blocked,
    Interrupted,
};

inline constexpr int kOutcomeClassCount = 11;

QString toString(OutcomeClass outcome);
std::optional<OutcomeClass> outcomeClassFromString(const QString &text);
// The class of an HTTP status that arrived in time.
OutcomeClass outcomeClassForHttpStatus(int status);

} // namespace hookline
