#include "analytics/rollupranges.h"

#include <algorithm>

namespace hookline {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
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

} // namespace hookline
