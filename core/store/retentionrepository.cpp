#include "store/retentionrepository.h"

#include "store/sqldatabase.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

RetentionRepository::RetentionRepository(Store store)
    : m_store(std::move(store))
{}

StoreResult<qint64> RetentionRepository::deleteFinishedAttempts(qint64 cutoffMs, int limit)
{
    return deleteBatch(QStringLiteral("DELETE FROM attempts WHERE id IN (SELECT id FROM attempts "
                                      "WHERE started_at < ? AND outcome IS NOT NULL ORDER BY "
                                      "started_at LIMIT ?)"),
                       cutoffMs, limit);
}

StoreResult<qint64> RetentionRepository::deleteRollups(RollupLevel level, qint64 cutoffMs,
                                                       int limit)
{
    // The environment and grain lists let the primary key's index find the old buckets.
    return deleteBatch(
        QStringLiteral("DELETE FROM %1 WHERE (environment, grain, bucket, endpoint_id, "
                       "event_type) IN (SELECT environment, grain, bucket, endpoint_id, "
                       "event_type FROM %1 WHERE environment IN ('live', 'sandbox') AND "
                       "grain IN (0, 1, 2, 3) AND bucket < ? LIMIT ?)")
            .arg(RollupRepository::tableName(level)),
        cutoffMs, limit);
}

StoreResult<qint64> RetentionRepository::deleteBatch(const QString &sql, qint64 cutoffMs, int limit)
{
    const QSqlDatabase db = sqlDatabase(m_store);
    Transaction tx(db);
    if (tx.error())
        return *tx.error();
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(cutoffMs);
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    const qint64 deleted = q.numRowsAffected();
    if (auto err = tx.commit())
        return *err;
    return deleted;
}

} // namespace hookline
