#include "delivery/bulkreplay.h"

#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// The WHERE clause of a dead-letter filter, for a plan made at `cutoffMs`.
QString filterClause(const ReplayService::DeadLetterFilter &f, qint64 cutoffMs, QVariantList *binds)
{
    QStringList where{QStringLiteral("status = 'dead'"), QStringLiteral("environment = ?"),
                      QStringLiteral("updated_at <= ?")};
    *binds << toString(f.environment) << cutoffMs;
    if (!f.endpointId.isEmpty()) {
        where << QStringLiteral("endpoint_id = ?");
        *binds << f.endpointId;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("updated_at >= ?");
        *binds << f.since.toMSecsSinceEpoch();
    }
    if (f.outcome) {
        where << QStringLiteral("last_outcome = ?");
        *binds << toString(*f.outcome);
    }
    return where.join(QStringLiteral(" AND "));
}
} // namespace

BulkReplay::BulkReplay(QSqlDatabase db, const Clock &clock, int batchSize)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_batchSize(qMax(1, batchSize))
{}

BulkReplay BulkReplay::forFilter(QSqlDatabase db, const ReplayService::DeadLetterFilter &filter,
                                 const Clock &clock, int batchSize)
{
    BulkReplay plan(std::move(db), clock, batchSize);
    plan.m_byFilter = true;
    plan.m_filter = filter;
    plan.m_cutoffMs = clock.nowUtc().toMSecsSinceEpoch();
    QVariantList binds;
    QSqlQuery q(plan.m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM deliveries WHERE %1")
                  .arg(filterClause(filter, plan.m_cutoffMs, &binds)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    plan.m_total = q.exec() && q.next() ? q.value(0).toInt() : 0;
    plan.m_finished = plan.m_total == 0;
    return plan;
}

BulkReplay BulkReplay::forDeliveries(QSqlDatabase db, const QStringList &ids, const Clock &clock,
                                     int batchSize)
{
    BulkReplay plan(std::move(db), clock, batchSize);
    plan.m_ids = ids;
    plan.m_ids.removeDuplicates();
    plan.m_total = int(plan.m_ids.size());
    plan.m_finished = plan.m_total == 0;
    return plan;
}

std::optional<StoreError> BulkReplay::step()
{
    if (m_finished)
        return std::nullopt;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    int affected = 0;
    if (auto err = m_byFilter ? stepFilter(now, &affected) : stepIds(now, &affected))
        return err;
    if (auto err = tx.commit())
        return err;
    m_replayed += affected;
    if (m_byFilter) {
        m_processed = qMin(m_total, m_processed + affected);
        // A short batch means nothing of the plan is left dead (some may have been replayed
        // elsewhere meanwhile: they count as done).
        if (affected < m_batchSize)
            m_processed = m_total;
    } else {
        m_processed = qMin(m_total, m_processed + m_batchSize);
    }
    m_finished = m_processed >= m_total;
    return std::nullopt;
}

std::optional<StoreError> BulkReplay::stepFilter(qint64 nowMs, int *affected)
{
    QVariantList binds;
    const QString where = filterClause(m_filter, m_cutoffMs, &binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, "
                             "updated_at = ? WHERE id IN (SELECT id FROM deliveries WHERE %1 "
                             "ORDER BY id LIMIT ?)")
                  .arg(where));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(m_batchSize);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    *affected = q.numRowsAffected();
    return std::nullopt;
}

std::optional<StoreError> BulkReplay::stepIds(qint64 nowMs, int *affected)
{
    const QStringList batch = m_ids.mid(m_processed, m_batchSize);
    QStringList marks;
    marks.fill(QStringLiteral("?"), batch.size());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, "
                             "updated_at = ? WHERE status = 'dead' AND id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    for (const QString &id : batch)
        q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    *affected = q.numRowsAffected();
    return std::nullopt;
}

} // namespace hookline
