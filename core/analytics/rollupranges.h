#pragma once

#include "store/rolluprepository.h"

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

} // namespace hookline
