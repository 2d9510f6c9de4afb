#pragma once

#include <QtGlobal>
#include <vector>

namespace hookline {

// Latency counts in log-spaced buckets: one bucket per millisecond below 64 ms (durations are whole
// milliseconds, so these are exact), then buckets 2 % wide up to 10 minutes, then one open bucket.
// A percentile interpolated inside its bucket is therefore within 2 % of the exact one, and
// histograms of any number of minutes merge by adding counts.
//
// This is Hookline's one percentile: the dashboard, `hooklinectl stats`, the endpoint pane's health
// and `endpoint show` all read their p95 from a LatencyHistogram, so one endpoint never shows two
// p95 values. errorBoundMs() is the error bound stated next to a p95 where one is shown.
class LatencyHistogram
{
public:
    static constexpr int kExactBuckets = 64;
    static constexpr double kRatio = 1.02;
    static constexpr qint64 kMaxTrackedMs = 600000;

    static int bucketCount();
    static int bucketOf(qint64 ms);
    static double bucketLow(int index);
    static double bucketHigh(int index); // exclusive

    LatencyHistogram();

    void add(qint64 ms, qint64 n = 1);
    void addToBucket(int index, qint64 n)
    {
        m_counts[size_t(index)] += n;
        m_total += n;
    }
    void merge(const LatencyHistogram &other);
    void clear();

    qint64 total() const { return m_total; }
    qint64 countAt(int index) const { return m_counts[size_t(index)]; }
    // q in [0, 1]; nearest rank, interpolated within the bucket. 0 when empty.
    double percentile(double q) const;
    // How far a percentile reported as `ms` may be from the exact one: the width of its bucket
    // (0 below kExactBuckets, where buckets are whole milliseconds and exact).
    static qint64 errorBoundMs(double ms);

private:
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace hookline
