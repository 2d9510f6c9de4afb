#include "domain/retrypolicy.h"

#include <algorithm>

namespace hookline {

bool RetryPolicy::isValid() const
{
    if (maxRetries < 0 || maxRetries > kMaxRetriesLimit)
        return false;
    if (jitterPercent < 0 || jitterPercent > kMaxJitterPercent)
        return false;
    return std::all_of(intervals.cbegin(), intervals.cend(),
                       [](std::chrono::seconds s) { return s.count() >= 0; });
}

} // namespace hookline
