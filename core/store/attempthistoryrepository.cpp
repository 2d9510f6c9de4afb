#include "store/attempthistoryrepository.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

AttemptHistoryRepository::AttemptHistoryRepository(Store store)
    : m_store(std::move(store))
{}

StoreResult<QList<AttemptHistoryRepository::Finished>>
AttemptHistoryRepository::finishedSince(const QString &endpointId, const QDateTime &since,
                                        int limit) const
{
    // The (endpoint_id, started_at) index serves it.
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT started_at, duration_ms, outcome FROM attempts "
                           "WHERE endpoint_id = ? AND started_at >= ? AND outcome IS NOT NULL "
                           "ORDER BY started_at DESC, id DESC LIMIT ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(endpointId);
    q.addBindValue(since.toMSecsSinceEpoch());
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Finished> out;
    while (q.next())
        out << Finished{fromMs(q.value(0)), q.value(1).toLongLong(),
                        outcomeClassFromString(q.value(2).toString())};
    return out;
}

StoreResult<QList<AttemptHistoryRepository::Failure>>
AttemptHistoryRepository::recentFailures(const QString &endpointId, int scan, int limit) const
{
    // Bounded: a healthy endpoint with millions of successes is not scanned to its first day.
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT delivery_id, number, started_at, outcome, http_status, duration_ms, error FROM "
            "(SELECT id, delivery_id, number, started_at, outcome, http_status, duration_ms, error "
            " FROM attempts WHERE endpoint_id = ? AND outcome IS NOT NULL "
            " ORDER BY started_at DESC, id DESC LIMIT ?) AS recent "
            "WHERE outcome <> 'success' ORDER BY started_at DESC, id DESC LIMIT ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(endpointId);
    q.addBindValue(qint64(scan));
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Failure> out;
    while (q.next()) {
        Failure f;
        f.deliveryId = q.value(0).toString();
        f.attemptNumber = q.value(1).toInt();
        f.startedAt = fromMs(q.value(2));
        f.outcome =
            outcomeClassFromString(q.value(3).toString()).value_or(OutcomeClass::Interrupted);
        f.httpStatus = q.value(4).toInt();
        f.durationMs = q.value(5).toLongLong();
        f.error = q.value(6).toString();
        out << f;
    }
    return out;
}

StoreResult<int> AttemptHistoryRepository::unfinishedCount(const QString &endpointId) const
{
    // The partial index of unfinished attempts is tiny; the endpoint's own index is not.
    const bool sqlite = m_store.dialect() == Store::Dialect::Sqlite;
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(
            QStringLiteral("SELECT count(*) FROM attempts%1 WHERE outcome IS NULL AND "
                           "endpoint_id = ?")
                .arg(sqlite ? QStringLiteral(" INDEXED BY attempts_unfinished") : QString())))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(endpointId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hookline
