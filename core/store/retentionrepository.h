#pragma once

#include "store/rolluprepository.h"
#include "store/store.h"
#include "store/storeresult.h"

namespace hookline {

// Deletes what retention lets go, one bounded batch per call, each in a transaction of its own
// so the engine's writes never wait long. How many batches run, and when, is RetentionPruner's.
class RetentionRepository
{
public:
    explicit RetentionRepository(Store store);

    // Finished attempts started before `cutoffMs`, oldest first, at most `limit`; returns how many
    // went. Unfinished attempts stay whatever their age: recovery still needs them.
    StoreResult<qint64> deleteFinishedAttempts(qint64 cutoffMs, int limit);
    // Rows of the level whose bucket starts before `cutoffMs`, at most `limit`.
    StoreResult<qint64> deleteRollups(RollupLevel level, qint64 cutoffMs, int limit);

private:
    StoreResult<qint64> deleteBatch(const QString &sql, qint64 cutoffMs, int limit);

    Store m_store;
};

} // namespace hookline
