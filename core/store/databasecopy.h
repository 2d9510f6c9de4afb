#pragma once

#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace hookline {

// `hooklinectl db copy`: every row of one database into another, SQLite to PostgreSQL or back.
// The target must be empty (its schema freshly made); rows go in table by table, parents first,
// in batches of one transaction each, so memory stays flat at millions of rows. Afterwards the
// row counts of both sides are compared. The audit chain is copied byte for byte, so it verifies
// on the target with the same key (the caller checks that).
class DatabaseCopy
{
public:
    static constexpr int kBatchRows = 1000;

    struct Progress
    {
        QString table;
        qint64 copied = 0;
        qint64 total = 0;
    };
    using Counts = QList<QPair<QString, qint64>>;

    static StoreResult<Counts> run(const Store &from, const Store &to,
                                   const std::function<void(const Progress &)> &progress,
                                   int batchRows = kBatchRows);
};

} // namespace hookline
