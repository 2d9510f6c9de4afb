#pragma once

#include <QList>
#include <chrono>

namespace hookline {

// An endpoint's retry settings. An empty interval list means the default schedule of
// docs/product-contract.md "Retry schedule"; a custom list gives the delay before attempt 2, 3, …
// and its last entry repeats.
struct RetryPolicy
{
    static constexpr int kDefaultMaxRetries = 30;
    static constexpr int kMaxRetriesLimit = 100;
    static constexpr int kMaxJitterPercent = 30;

    int maxRetries = kDefaultMaxRetries;
    QList<std::chrono::seconds> intervals;
    int jitterPercent = 0;

    bool usesDefaultIntervals() const { return intervals.isEmpty(); }
    bool isValid() const;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace hookline
