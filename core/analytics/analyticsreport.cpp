#include "analytics/analyticsreport.h"

namespace hookline {

qint64 OutcomeCounts::total() const
{
    qint64 n = 0;
    for (qint64 c : byClass)
        n += c;
    return n;
}

double OutcomeCounts::successRate() const
{
    const qint64 n = total();
    return n > 0 ? double(successes()) / double(n) : 0.0;
}

void OutcomeCounts::add(const OutcomeCounts &other)
{
    for (size_t i = 0; i < byClass.size(); ++i)
        byClass[i] += other.byClass[i];
}

double RetryAnalysis::recoveredShare() const
{
    const qint64 n = recovered + dead;
    return n > 0 ? double(recovered) / double(n) : 0.0;
}

} // namespace hookline
