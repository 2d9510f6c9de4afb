#pragma once

#include "store/rolluprepository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>
#include <array>
#include <vector>

namespace hookline {

// Time arithmetic on rollup buckets (UTC, ms since the epoch).
qint64 floorTo(qint64 ms, qint64 unit);
qint64 ceilTo(qint64 ms, qint64 unit);

// Which rows of each rollup level cover a range: indexed by RollupLevel.
using LevelRanges = std::array<std::vector<RollupRepository::Range>, 3>;

// Adds the rollup rows covering the minute-aligned [a, b): minute rows for the parts off whole
// hours, hour rows for the parts off whole (UTC) days, day rows for the rest. Every level holds
// the same figures, so the split only decides how many rows are read.
void decompose(qint64 a, qint64 b, LevelRanges &levels);
// Sorts each level's ranges and joins those that touch, so each row is read once.
void coalesce(LevelRanges &levels);

// The width of the dashboard's series buckets for a range: about 60 to 200 points.
qint64 pickBucketSeconds(qint64 rangeMs);
// The edges of the series buckets: from, every aligned boundary inside, to. Buckets of whole days
// start at local midnight of `zone` (so a DST day is 23 or 25 hours long); shorter ones are
// fixed-width, counted from local midnight.
std::vector<qint64> seriesEdges(const QDateTime &from, const QDateTime &to, qint64 bucketSeconds,
                                const QTimeZone &zone);

} // namespace hookline
