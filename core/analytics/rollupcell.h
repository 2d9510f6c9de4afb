#pragma once

#include "domain/outcomeclass.h"

#include <QByteArray>
#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace hookline {

// The figures of one rollup row (one minute, hour or day × endpoint × event type): attempts per
// outcome class, a sparse latency histogram (LatencyHistogram's buckets), HTTP statuses, the
// attempt numbers deliveries succeeded at and dead-letterings. Rows of any level merge by adding,
// so a query returns the same figures whichever level it reads.
class RollupCell
{
public:
    using Sparse = std::vector<std::pair<int, qint64>>; // sorted by key, no zero counts

    std::array<qint64, kOutcomeClassCount> outcomes{};
    qint64 latencyCount = 0;
    qint64 latencySumMs = 0;
    qint64 dead = 0;
    Sparse latencyBuckets;
    Sparse statuses;           // HTTP status (0: no answer) -> attempts
    Sparse succeededAtAttempt; // attempt number -> deliveries that succeeded on it

    // One finished attempt. `durationMs` is unset for attempts without a measured latency
    // (interrupted ones).
    void addAttempt(OutcomeClass outcome, int httpStatus, std::optional<qint64> durationMs,
                    int attemptNumber, bool deadLettered);
    void merge(const RollupCell &other);
    qint64 attempts() const;

    // Compact form stored in the rollup tables' `data` BLOB (varints, sparse lists delta-coded).
    QByteArray encode() const;
    // Replaces the contents; false (and an empty cell) when the bytes are not a cell.
    bool decode(const QByteArray &bytes);

    friend bool operator==(const RollupCell &, const RollupCell &) = default;
};

} // namespace hookline
