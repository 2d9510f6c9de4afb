#include "analytics/rollupranges.h"

#include <algorithm>

namespace hookline {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QDateTime localMidnight(const QDateTime &t, const QTimeZone &zone)
{
    QDateTime m(t.toTimeZone(zone).date(), QTime(0, 0), zone);
    // A zone whose day starts at 00:00 that does not exist (DST at midnight) gets the first
    // valid time after it from Qt; never start after `t`.
    while (m > t)
        m = m.addDays(-1);
    return m;
}
} // namespace

qint64 floorTo(qint64 ms, qint64 unit)
{
    const qint64 r = ms % unit;
    return r < 0 ? ms - r - unit : ms - r;
}

qint64 ceilTo(qint64 ms, qint64 unit)
{
    const qint64 f = floorTo(ms, unit);
    return f == ms ? ms : f + unit;
}

void decompose(qint64 a, qint64 b, LevelRanges &levels)
{
    if (a >= b)
        return;
    const qint64 ha = ceilTo(a, kHourMs);
    const qint64 hb = floorTo(b, kHourMs);
    if (ha >= hb) {
        levels[0].push_back({a, b});
        return;
    }
    if (a < ha)
        levels[0].push_back({a, ha});
    if (hb < b)
        levels[0].push_back({hb, b});
    const qint64 da = ceilTo(ha, kDayMs);
    const qint64 db = floorTo(hb, kDayMs);
    if (da >= db) {
        levels[1].push_back({ha, hb});
        return;
    }
    if (ha < da)
        levels[1].push_back({ha, da});
    if (db < hb)
        levels[1].push_back({db, hb});
    levels[2].push_back({da, db});
}

void coalesce(LevelRanges &levels)
{
    using Range = RollupRepository::Range;
    for (auto &list : levels) {
        std::sort(list.begin(), list.end(),
                  [](const Range &x, const Range &y) { return x.from < y.from; });
        std::vector<Range> out;
        for (const Range &i : list) {
            if (!out.empty() && out.back().to >= i.from)
                out.back().to = std::max(out.back().to, i.to);
            else
                out.push_back(i);
        }
        list.swap(out);
    }
}

qint64 pickBucketSeconds(qint64 rangeMs)
{
    static const qint64 kCandidates[] = {60,    300,   900,   1800,      3600,      3 * 3600,
                                         21600, 43200, 86400, 7 * 86400, 30 * 86400};
    for (qint64 c : kCandidates)
        if (rangeMs / (c * 1000) <= 200)
            return c;
    return 30 * 86400;
}

// The edges of the series buckets: from, every aligned boundary inside, to. Buckets of whole days
// start at local midnight (so a DST day is 23 or 25 hours long); shorter ones are fixed-width,
// counted from local midnight.
std::vector<qint64> seriesEdges(const QDateTime &from, const QDateTime &to, qint64 bucketSeconds,
                                const QTimeZone &zone)
{
    const qint64 f = from.toMSecsSinceEpoch();
    const qint64 t = to.toMSecsSinceEpoch();
    std::vector<qint64> edges{f};
    const QDateTime midnight = localMidnight(from, zone);
    if (bucketSeconds % 86400 == 0) {
        const int days = int(bucketSeconds / 86400);
        for (QDateTime b = midnight.addDays(days); b.toMSecsSinceEpoch() < t; b = b.addDays(days))
            if (b.toMSecsSinceEpoch() > f)
                edges.push_back(b.toMSecsSinceEpoch());
    } else {
        const qint64 w = bucketSeconds * 1000;
        const qint64 anchor = midnight.toMSecsSinceEpoch();
        for (qint64 b = anchor + floorTo(f - anchor, w) + w; b < t; b += w)
            edges.push_back(b);
    }
    edges.push_back(t);
    return edges;
}

} // namespace hookline
