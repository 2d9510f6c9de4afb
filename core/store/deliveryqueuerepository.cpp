#include "store/deliveryqueuerepository.h"

#include "store/attemptheaderscodec.h"
#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

const QString kOpen = QStringLiteral("status IN ('pending', 'retrying')");
} // namespace

struct DeliveryQueueRepository::Statements
{
    Statements(const QSqlDatabase &db, Store::Dialect dialect)
        : returningId(dialect != Store::Dialect::Sqlite)
        , claimSelect(db)
        , claimMark(db)
        , claimInsert(db)
        , completeAttempt(db)
        , completeDelivery(db)
        , nextDue(db)
    {
        claimSelect.setForwardOnly(true);
        claimSelect.prepare(QStringLiteral(
            "SELECT d.id, d.event_id, d.idempotency_key, d.attempt_count, d.created_at, "
            "e.type, e.environment, e.created_at, e.payload, e.source "
            "FROM deliveries d JOIN events e ON e.id = d.event_id "
            "WHERE d.endpoint_id = ? AND d.status IN ('pending', 'retrying') "
            "AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at LIMIT ?"));
        claimMark.prepare(QStringLiteral("UPDATE deliveries SET status = 'in_flight', "
                                         "attempt_count = ?, next_attempt_at = NULL, "
                                         "updated_at = ? WHERE id = ?"));
        // PostgreSQL has no lastInsertId(): RETURNING id there. Not on SQLite, where RETURNING
        // cost the engine 6–8 % of its deliveries/s (bench/throughput.sh) against
        // sqlite3_last_insert_rowid().
        claimInsert.setForwardOnly(true);
        claimInsert.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, "
                                           "number, started_at, url) VALUES (?, ?, ?, ?, ?)%1")
                                .arg(returningId ? QStringLiteral(" RETURNING id") : QString()));
        completeAttempt.prepare(
            QStringLiteral("UPDATE attempts SET duration_ms = ?, outcome = ?, http_status = ?, "
                           "request_headers = ?, response_headers = ?, response_body = ?, "
                           "connected_address = ?, error = ? WHERE id = ?"));
        completeDelivery.prepare(QStringLiteral("UPDATE deliveries SET status = ?, "
                                                "next_attempt_at = ?, last_outcome = ?, "
                                                "last_http_status = ?, updated_at = ? "
                                                "WHERE id = ?"));
        nextDue.setForwardOnly(true);
        nextDue.prepare(QStringLiteral("SELECT min(next_attempt_at) FROM deliveries WHERE "
                                       "endpoint_id = ? AND %1")
                            .arg(kOpen));
    }

    bool returningId;
    QSqlQuery claimSelect;
    QSqlQuery claimMark;
    QSqlQuery claimInsert;
    QSqlQuery completeAttempt;
    QSqlQuery completeDelivery;
    QSqlQuery nextDue;
};

DeliveryQueueRepository::DeliveryQueueRepository(Store store)
    : m_store(std::move(store))
{}

DeliveryQueueRepository::~DeliveryQueueRepository() = default;

DeliveryQueueRepository::Statements &DeliveryQueueRepository::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(sqlDatabase(m_store), m_store.dialect());
    return *m_statements;
}

StoreResult<int> DeliveryQueueRepository::recoverInterrupted(const QDateTime &now)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(
            QStringLiteral("UPDATE attempts SET outcome = 'interrupted', error = "
                           "'the engine stopped during this attempt' WHERE outcome IS NULL")))
        return StoreError::fromSql(q.lastError());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (!q.prepare(
            QStringLiteral("UPDATE deliveries SET status = 'retrying', next_attempt_at = ?, "
                           "last_outcome = 'interrupted', last_http_status = NULL, updated_at = ? "
                           "WHERE status = 'in_flight'")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return q.numRowsAffected();
}

StoreResult<std::optional<QDateTime>>
DeliveryQueueRepository::nextDue(const QString &endpointId) const
{
    QSqlQuery &q = statements().nextDue;
    q.bindValue(0, endpointId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    std::optional<QDateTime> due;
    if (q.next() && !q.value(0).isNull())
        due = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    q.finish(); // a statement left open would keep a read snapshot of the file
    return due;
}

std::optional<StoreError> DeliveryQueueRepository::claim(const QList<ClaimRequest> &requests,
                                                         const QDateTime &now, QList<Claim> *claims)
{
    Statements &st = statements();
    QSqlQuery &select = st.claimSelect;
    QSqlQuery &mark = st.claimMark;
    QSqlQuery &insert = st.claimInsert;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const ClaimRequest &r : requests) {
        if (r.limit <= 0)
            continue;
        select.bindValue(0, r.endpointId);
        select.bindValue(1, nowMs);
        select.bindValue(2, qint64(r.limit));
        if (!select.exec())
            return StoreError::fromSql(select.lastError());
        QList<Claim> batch;
        while (select.next()) {
            Claim c;
            c.delivery.id = select.value(0).toString();
            c.delivery.eventId = select.value(1).toString();
            c.delivery.endpointId = r.endpointId;
            c.delivery.idempotencyKey = select.value(2).toString();
            c.delivery.attemptCount = select.value(3).toInt() + 1;
            c.delivery.createdAt =
                QDateTime::fromMSecsSinceEpoch(select.value(4).toLongLong(), Qt::UTC);
            c.delivery.status = DeliveryStatus::InFlight;
            c.event.id = c.delivery.eventId;
            c.event.type = select.value(5).toString();
            c.event.environment =
                environmentFromString(select.value(6).toString()).value_or(Environment::Sandbox);
            c.event.createdAt =
                QDateTime::fromMSecsSinceEpoch(select.value(7).toLongLong(), Qt::UTC);
            c.event.payload = select.value(8).toByteArray();
            c.event.source =
                eventSourceFromString(select.value(9).toString()).value_or(EventSource::Api);
            c.delivery.environment = c.event.environment;
            c.delivery.eventType = c.event.type;
            c.attemptNumber = c.delivery.attemptCount;
            c.startedAt = now;
            c.url = r.url;
            batch << c;
        }
        select.finish();
        for (Claim &c : batch) {
            mark.bindValue(0, qint64(c.attemptNumber));
            mark.bindValue(1, nowMs);
            mark.bindValue(2, c.delivery.id);
            if (!mark.exec())
                return StoreError::fromSql(mark.lastError());
            mark.finish();
            insert.bindValue(0, c.delivery.id);
            insert.bindValue(1, r.endpointId);
            insert.bindValue(2, qint64(c.attemptNumber));
            insert.bindValue(3, nowMs);
            insert.bindValue(4, r.url.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(r.url));
            if (!insert.exec())
                return StoreError::fromSql(insert.lastError());
            if (st.returningId) {
                if (!insert.next()) {
                    const StoreError err = StoreError::fromSql(insert.lastError());
                    insert.finish();
                    return err;
                }
                c.attemptId = insert.value(0).toLongLong();
            } else {
                c.attemptId = insert.lastInsertId().toLongLong();
            }
            insert.finish();
        }
        *claims += batch;
    }
    return std::nullopt;
}

std::optional<StoreError>
DeliveryQueueRepository::recordCompletions(const QList<AttemptCompletion> &completions)
{
    Statements &st = statements();
    QSqlQuery &attempt = st.completeAttempt;
    QSqlQuery &delivery = st.completeDelivery;
    for (const AttemptCompletion &c : completions) {
        attempt.bindValue(0, c.durationMs);
        attempt.bindValue(1, toString(c.outcome));
        attempt.bindValue(2, qint64(c.httpStatus));
        attempt.bindValue(3, AttemptHeadersCodec::encode(c.requestHeaders));
        attempt.bindValue(4, AttemptHeadersCodec::encode(c.responseHeaders));
        attempt.bindValue(5, c.responseBody.isNull() ? QByteArray("") : c.responseBody);
        attempt.bindValue(6, c.connectedAddress);
        attempt.bindValue(7, c.error);
        attempt.bindValue(8, c.attemptId);
        if (!attempt.exec())
            return StoreError::fromSql(attempt.lastError());
        attempt.finish();
        delivery.bindValue(0, toString(c.nextStatus));
        delivery.bindValue(1, c.nextStatus == DeliveryStatus::Retrying ||
                                      c.nextStatus == DeliveryStatus::Pending
                                  ? nullableMs(c.nextAttemptAt)
                                  : QVariant(QMetaType::fromType<qint64>()));
        delivery.bindValue(2, toString(c.outcome));
        delivery.bindValue(3, c.httpStatus > 0 ? QVariant(qint64(c.httpStatus))
                                               : QVariant(QMetaType::fromType<qint64>()));
        delivery.bindValue(4, c.finishedAt.toMSecsSinceEpoch());
        delivery.bindValue(5, c.deliveryId);
        if (!delivery.exec())
            return StoreError::fromSql(delivery.lastError());
        delivery.finish();
    }
    return std::nullopt;
}

std::optional<StoreError> DeliveryQueueRepository::shiftOpenSchedules(qint64 ms)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("UPDATE deliveries SET next_attempt_at = next_attempt_at + ? "
                                  "WHERE %1 AND next_attempt_at IS NOT NULL")
                       .arg(kOpen)))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(ms);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

StoreResult<QList<DeliveryQueueRepository::OutcomeSample>>
DeliveryQueueRepository::recentOutcomes(const QString &endpointId, int count) const
{
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT started_at, outcome FROM attempts WHERE endpoint_id = ? "
                           "AND outcome IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(endpointId);
    q.addBindValue(qint64(count));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<OutcomeSample> out;
    while (q.next()) {
        if (auto o = outcomeClassFromString(q.value(1).toString()))
            out << OutcomeSample{QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                                 *o};
    }
    return out;
}

} // namespace hookline
