#pragma once

#include "domain/retrypolicy.h"

#include <QList>
#include <chrono>

namespace hookline {

// The schedule a retry policy results in, attempt by attempt, for people to check before saving:
// when each attempt is due after the first one started if every attempt fails (the attempts' own
// durations not counted). With jitter, each offset is a range: every delay at its shortest, or
// every delay at its longest. Computed with RetrySchedule, so it is exactly what the engine does.
class RetryPreview
{
public:
    struct Row
    {
        int attempt = 1;
        std::chrono::milliseconds delay{0};    // before this attempt (after the previous failed)
        std::chrono::milliseconds earliest{0}; // after the first attempt, jitter at its least
        std::chrono::milliseconds latest{0};   // jitter at its most (== earliest without jitter)
    };

    // Row 1 is the first attempt (offset 0); the last row is the last attempt allowed.
    static QList<Row> rows(const RetryPolicy &policy);
    // From the first attempt to the last, without jitter.
    static std::chrono::milliseconds totalSpan(const RetryPolicy &policy);
};

} // namespace hookline
