#pragma once

#include "domain/environment.h"
#include "domain/outcomeclass.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <array>

namespace hookline {

// The value types the analytics queries return. They are plain values so a query
// can run on a worker thread with its own connection and hand its report to the GUI thread.
// Figures only: words are made by the console and the CLI.

// What to report on. The range is half-open, [from, to), stored and compared in UTC.
struct AnalyticsFilter
{
    Environment environment = Environment::Live;
    QDateTime from;
    QDateTime to;
    QStringList endpointIds; // empty: every endpoint of the environment
    QStringList eventTypes;  // empty: every event type
    // Width of one point of the time series; 0 picks one from the range (about 60 to 200
    // points). Buckets of a day or longer start at local midnight of `displayZone`.
    qint64 bucketSeconds = 0;
    QTimeZone displayZone = QTimeZone::systemTimeZone();
};

struct OutcomeCounts
{
    std::array<qint64, kOutcomeClassCount> byClass{}; // indexed by OutcomeClass

    qint64 count(OutcomeClass outcome) const { return byClass[static_cast<size_t>(outcome)]; }
    qint64 total() const;
    qint64 successes() const { return count(OutcomeClass::Success); }
    // successes / total, in [0, 1]; 0 when there were no attempts.
    double successRate() const;
    void add(const OutcomeCounts &other);
};

// From merged latency histograms (log-spaced buckets, ≤ 2 % error on the percentiles).
struct LatencySummary
{
    qint64 count = 0; // attempts with a measured latency
    double avgMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
};

// One point of the time series.
struct TimeBucket
{
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    OutcomeCounts outcomes;
    LatencySummary latency;
};

// One bar of the latency distribution.
struct LatencyBin
{
    double lowMs = 0;
    double highMs = 0; // exclusive
    qint64 count = 0;
};

struct StatusCount
{
    int httpStatus = 0; // 0: no HTTP answer (timeout, connect, DNS, TLS, blocked, interrupted)
    qint64 count = 0;
};

// The attempt number at which deliveries finished (the dashboard's retry analysis).
struct RetryAnalysis
{
    // succeededAtAttempt[n - 1]: deliveries that succeeded on attempt n.
    QList<qint64> succeededAtAttempt;
    qint64 succeededFirstTry = 0;
    qint64 recovered = 0; // succeeded on attempt 2 or later
    qint64 dead = 0;      // dead-lettered in the range
    // recovered / (recovered + dead); 0 when neither happened.
    double recoveredShare() const;
};

// Volume and health of one endpoint in the range, and its trend against the previous period of
// the same length.
struct EndpointSummary
{
    QString endpointId;
    QString name;
    int timeoutSeconds = 10;
    qint64 volume = 0; // attempts
    OutcomeCounts outcomes;
    LatencySummary latency;
    qint64 previousVolume = 0;
    double previousSuccessRate = 0;
    double previousP95Ms = 0;
    bool paused = false;
    RetryAnalysis retries; // the endpoint's own retry analysis
};

// The same for one event type.
struct EventTypeSummary
{
    QString eventType;
    qint64 volume = 0;
    OutcomeCounts outcomes;
    LatencySummary latency;
};

// Everything the dashboard and `hooklinectl stats` show for one filter.
struct AnalyticsReport
{
    AnalyticsFilter filter;
    qint64 bucketSeconds = 0; // the width actually used for `series`
    OutcomeCounts outcomes;
    LatencySummary latency;
    QList<TimeBucket> series; // every bucket of the range, empty ones included
    QList<LatencyBin> latencyDistribution;
    QList<StatusCount> statuses; // by count, largest first
    RetryAnalysis retries;
    QList<EndpointSummary> endpoints;
    QList<EventTypeSummary> eventTypes;
};

// A suggestion with the evidence behind it and the setting it concerns.
struct Recommendation
{
    enum class Kind
    {
        SlowP95,           // p95 above 70 % of the endpoint's timeout -> timeout / endpoint
        Frequent429,       // many 429 answers -> rate limit
        TlsFailures,       // TLS failures -> the endpoint's certificate / trusted CAs
        RecoversByAttempt, // most failures recover by attempt N -> retry schedule
        NearAutoPause,     // close to an auto-pause threshold -> auto-pause settings
        InvalidResponses,  // answers that are not valid HTTP -> the receiver's HTTP stack, URL
    };
    enum class Setting
    {
        Timeout,
        RateLimit,
        TrustedCertificates,
        RetrySchedule,
        AutoPause,
        Url, // where the endpoint sends: a port that does not speak HTTPS answers garbage
    };

    Kind kind = Kind::SlowP95;
    Setting setting = Setting::Timeout;
    QString endpointId;
    // Evidence; which fields matter depends on the kind.
    double observed = 0;  // e.g. p95 in ms, share of 429s, failure share
    double threshold = 0; // e.g. 70 % of the timeout in ms, the auto-pause limit
    qint64 count = 0; // e.g. number of 429s / TLS failures / invalid answers / failures in a row
    qint64 total = 0; // the attempts it was measured on
    int attemptNumber = 0; // RecoversByAttempt: N
};

} // namespace hookline
