#include "analytics/latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace hookline {

namespace {

const double kLogRatio = std::log(LatencyHistogram::kRatio);

int lastLogBucket()
{
    static const int last = LatencyHistogram::kExactBuckets +
                            int(std::floor(std::log(double(LatencyHistogram::kMaxTrackedMs) /
                                                    LatencyHistogram::kExactBuckets) /
                                           kLogRatio));
    return last;
}

} // namespace

int LatencyHistogram::bucketCount()
{
    return lastLogBucket() + 2; // the open bucket above kMaxTrackedMs
}

int LatencyHistogram::bucketOf(qint64 ms)
{
    if (ms < kExactBuckets)
        return int(std::max<qint64>(ms, 0));
    if (ms > kMaxTrackedMs)
        return bucketCount() - 1;
    const int index =
        kExactBuckets + int(std::floor(std::log(double(ms) / kExactBuckets) / kLogRatio));
    return std::min(index, lastLogBucket());
}

double LatencyHistogram::bucketLow(int index)
{
    if (index < kExactBuckets)
        return index;
    if (index >= bucketCount() - 1)
        return double(kMaxTrackedMs + 1);
    return kExactBuckets * std::pow(kRatio, index - kExactBuckets);
}

double LatencyHistogram::bucketHigh(int index)
{
    if (index < kExactBuckets)
        return index + 1;
    if (index >= bucketCount() - 1)
        return double(kMaxTrackedMs) * 10;
    if (index == lastLogBucket())
        return double(kMaxTrackedMs + 1);
    return kExactBuckets * std::pow(kRatio, index + 1 - kExactBuckets);
}

qint64 LatencyHistogram::errorBoundMs(double ms)
{
    const int index = bucketOf(qint64(std::floor(ms)));
    if (index < kExactBuckets)
        return 0;
    return qint64(std::ceil(bucketHigh(index) - bucketLow(index)));
}

LatencyHistogram::LatencyHistogram()
    : m_counts(size_t(bucketCount()), 0)
{}

void LatencyHistogram::add(qint64 ms, qint64 n)
{
    addToBucket(bucketOf(ms), n);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
}

void LatencyHistogram::clear()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_total = 0;
}

double LatencyHistogram::percentile(double q) const
{
    if (m_total <= 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(q * double(m_total))));
    qint64 seen = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        const qint64 n = m_counts[i];
        if (n == 0 || seen + n < rank) {
            seen += n;
            continue;
        }
        const int index = int(i);
        if (index < kExactBuckets)
            return index; // one whole millisecond per bucket: exact
        // Spread the bucket's values evenly over its width and take the rank's share.
        const double fraction = (double(rank - seen) - 0.5) / double(n);
        const double low = bucketLow(index);
        const double high = std::min(bucketHigh(index), double(kMaxTrackedMs) * 10);
        return low + (high - low) * fraction;
    }
    return bucketLow(int(m_counts.size()) - 1);
}

} // namespace hookline
