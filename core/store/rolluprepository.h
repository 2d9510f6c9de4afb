#pragma once

#include "domain/environment.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace hookline {

// The three rollup levels (docs/product-contract.md "Analytics"): the same figures per minute, hour
// and day.
enum class RollupLevel
{
    Minute,
    Hour,
    Day
};

// One rollup row's identity. `grain` says which dimensions it keeps (RollupWriter::Grain); a
// dimension it does not keep holds "*".
struct RollupKey
{
    Environment environment = Environment::Live;
    int grain = 0;
    qint64 bucket = 0; // the bucket's start, ms since the epoch, UTC
    QString endpointId;
    QString eventType;
};

// The rollup tables: rows merged by the engine, scanned by the dashboard and `stats`. The encoded
// cell (RollupCell) is opaque here: merging and decoding belong to core/analytics.
class RollupRepository
{
public:
    explicit RollupRepository(Store store);

    static QString tableName(RollupLevel level);

    // For each key of each level, reads the stored data (empty when there is no row yet) and
    // writes back what `merged` makes of it. Needs the caller's open write transaction; on
    // PostgreSQL the merge takes a lock that serialises merges across engines until that
    // transaction ends, and the three levels are one read and one write (a statement is a round
    // trip to the server there).
    static constexpr int kLevelCount = 3;
    using LevelKeys = std::array<QList<RollupKey>, kLevelCount>; // indexed by RollupLevel
    using Merge = std::function<QByteArray(RollupLevel level, const RollupKey &key,
                                           const QByteArray &stored)>;
    std::optional<StoreError> merge(const LevelKeys &keys, const Merge &merged);

    // The bucket range [from, to).
    struct Range
    {
        qint64 from;
        qint64 to;
    };
    // Visits the rows of one environment and grain whose bucket lies in one of `ranges`.
    // `stop` is asked before each range and every few hundred rows: when it answers true the scan
    // ends early without an error (the caller knows why it asked to stop).
    using Visit = std::function<void(qint64 bucket, const QString &endpointId,
                                     const QString &eventType, const QByteArray &data)>;
    std::optional<StoreError> scan(RollupLevel level, Environment environment, int grain,
                                   const std::vector<Range> &ranges, const Visit &visit,
                                   const std::function<bool()> &stop) const;

private:
    std::optional<StoreError> mergeSqlite(RollupLevel level, const QList<RollupKey> &keys,
                                          const Merge &merged);
    std::optional<StoreError> mergePostgres(const LevelKeys &keys, const Merge &merged);
    Store m_store;
};

} // namespace hookline
