#pragma once

#include <QString>
#include <optional>

namespace hookline {

// The class of one attempt's outcome; the same names are used in logs, charts, CLI and
// recommendations (docs/product-contract.md "Outcome classes"). Rollup cells store their counts by
// this position, so a new class goes at the end: a cell written before it was added still reads
// right.
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
    // The answer is not valid HTTP/1.x (the response parser refused it): the receiver's HTTP
    // stack or a proxy in front of it is at fault, not the network.
    InvalidResponse,
};

inline constexpr int kOutcomeClassCount = 12;

QString toString(OutcomeClass outcome);
std::optional<OutcomeClass> outcomeClassFromString(const QString &text);
// Every class name, comma-separated, for messages that list the valid ones.
QString outcomeClassNames();
// The class of an HTTP status that arrived in time.
OutcomeClass outcomeClassForHttpStatus(int status);

} // namespace hookline
