#include "store/deliveryqueuerepository.h"

#include "store/attemptheaderscodec.h"
#include "store/sqldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

const QString kOpen = QStringLiteral("status IN ('pending', 'retrying')");

// PostgreSQL's hot path. Every statement there is a round trip to the server process, where
// SQLite's is a function call: two statements per claimed delivery and two per completion made
// the engine about 40 % slower on PostgreSQL (bench/pgthroughput.sh). So a claim is one
// statement per endpoint and a batch of completions one statement in all. SKIP LOCKED lets
// several engines claim from the same table without waiting for each other.
const QString kPostgresClaim = QStringLiteral(R"sql(
WITH picked AS (
    SELECT id, next_attempt_at FROM deliveries
    WHERE endpoint_id = ? AND status IN ('pending', 'retrying') AND next_attempt_at <= ?
    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED),
marked AS (
    UPDATE deliveries d SET status = 'in_flight', attempt_count = d.attempt_count + 1,
        next_attempt_at = NULL, updated_at = ?
    FROM picked WHERE d.id = picked.id
    RETURNING d.id, d.event_id, d.idempotency_key, d.attempt_count, d.created_at,
        picked.next_attempt_at AS due),
inserted AS (
    INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, url)
    SELECT id, ?, attempt_count, ?, CAST(? AS TEXT) FROM marked
    RETURNING id, delivery_id)
SELECT m.id, m.event_id, m.idempotency_key, m.attempt_count - 1, m.created_at,
    e.type, e.environment, e.created_at, e.payload, e.source, i.id
FROM marked m JOIN inserted i ON i.delivery_id = m.id JOIN events e ON e.id = m.event_id
ORDER BY m.due)sql");

// The completions arrive as one JSON array (attempt and delivery columns per element); data-
// modifying WITH clauses always run to completion. Only attempts still unfinished are written,
// and only their deliveries moved on (see recordCompletions). The rows returned are the facts the
// rollups need, which would otherwise take another round trip.
const QString kPostgresComplete = QStringLiteral(R"sql(
WITH c AS (
    SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS c(
        attempt_id BIGINT, delivery_id TEXT, duration_ms BIGINT, outcome TEXT,
        http_status BIGINT, request_headers TEXT, response_headers TEXT, response_body TEXT,
        connected_address TEXT, error TEXT, status TEXT, next_attempt_at BIGINT,
        last_http_status BIGINT, updated_at BIGINT)),
attempt AS (
    UPDATE attempts SET duration_ms = c.duration_ms, outcome = c.outcome,
        http_status = c.http_status, request_headers = c.request_headers,
        response_headers = c.response_headers, response_body = decode(c.response_body, 'base64'),
        connected_address = c.connected_address, error = c.error
    FROM c WHERE attempts.id = c.attempt_id AND attempts.outcome IS NULL
    RETURNING attempts.id, attempts.delivery_id, attempts.started_at, attempts.number),
delivery AS (
    UPDATE deliveries SET status = c.status, next_attempt_at = c.next_attempt_at,
        last_outcome = c.outcome, last_http_status = c.last_http_status,
        updated_at = c.updated_at
    FROM c JOIN attempt ON attempt.id = c.attempt_id WHERE deliveries.id = c.delivery_id
    RETURNING deliveries.id, deliveries.endpoint_id, deliveries.event_type,
        deliveries.environment)
SELECT a.id, a.started_at, a.number, d.endpoint_id, d.event_type, d.environment
FROM attempt a LEFT JOIN delivery d ON d.id = a.delivery_id)sql");

QJsonValue jsonText(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

QJsonValue jsonMs(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

// The next attempt time a completion leaves on its delivery: only open deliveries have one.
QDateTime nextAttemptAfter(const AttemptCompletion &c)
{
    return c.nextStatus == DeliveryStatus::Retrying || c.nextStatus == DeliveryStatus::Pending
               ? c.nextAttemptAt
               : QDateTime();
}

// Columns 0–9 of both claim statements: the delivery (attempt_count as stored before this
// claim) and its event.
DeliveryQueueRepository::Claim claimFromRow(const QSqlQuery &q, const QString &endpointId,
                                            const QDateTime &now, const QString &url)
{
    DeliveryQueueRepository::Claim c;
    c.delivery.id = q.value(0).toString();
    c.delivery.eventId = q.value(1).toString();
    c.delivery.endpointId = endpointId;
    c.delivery.idempotencyKey = q.value(2).toString();
    c.delivery.attemptCount = q.value(3).toInt() + 1;
    c.delivery.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    c.delivery.status = DeliveryStatus::InFlight;
    c.event.id = c.delivery.eventId;
    c.event.type = q.value(5).toString();
    c.event.environment =
        environmentFromString(q.value(6).toString()).value_or(Environment::Sandbox);
    c.event.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    c.event.payload = q.value(8).toByteArray();
    c.event.source = eventSourceFromString(q.value(9).toString()).value_or(EventSource::Api);
    c.delivery.environment = c.event.environment;
    c.delivery.eventType = c.event.type;
    c.attemptNumber = c.delivery.attemptCount;
    c.startedAt = now;
    c.url = url;
    return c;
}
} // namespace

struct DeliveryQueueRepository::Statements
{
    // Prepared once per connection; on PostgreSQL each prepare is a round trip, so only the
    // statements of the connection's own dialect are.
    Statements(const QSqlDatabase &db, Store::Dialect dialect)
        : claimSelect(db)
        , claimMark(db)
        , claimInsert(db)
        , completeAttempt(db)
        , completeDelivery(db)
        , nextDue(db)
        , postgresClaim(db)
        , postgresComplete(db)
    {
        nextDue.setForwardOnly(true);
        nextDue.prepare(QStringLiteral("SELECT min(next_attempt_at) FROM deliveries WHERE "
                                       "endpoint_id = ? AND %1")
                            .arg(kOpen));
        if (dialect == Store::Dialect::Postgres) {
            postgresClaim.setForwardOnly(true);
            postgresClaim.prepare(kPostgresClaim);
            postgresComplete.prepare(kPostgresComplete);
            return;
        }
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
        // sqlite3_last_insert_rowid() rather than RETURNING, which cost the engine 6–8 % of its
        // deliveries/s (bench/throughput.sh).
        claimInsert.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, "
                                           "number, started_at, url) VALUES (?, ?, ?, ?, ?)"));
        completeAttempt.prepare(
            QStringLiteral("UPDATE attempts SET duration_ms = ?, outcome = ?, http_status = ?, "
                           "request_headers = ?, response_headers = ?, response_body = ?, "
                           "connected_address = ?, error = ? WHERE id = ? AND outcome IS NULL"));
        completeDelivery.prepare(QStringLiteral("UPDATE deliveries SET status = ?, "
                                                "next_attempt_at = ?, last_outcome = ?, "
                                                "last_http_status = ?, updated_at = ? "
                                                "WHERE id = ?"));
    }

    QSqlQuery claimSelect;
    QSqlQuery claimMark;
    QSqlQuery claimInsert;
    QSqlQuery completeAttempt;
    QSqlQuery completeDelivery;
    QSqlQuery nextDue;
    QSqlQuery postgresClaim;
    QSqlQuery postgresComplete;
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
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QVariant noUrl(QMetaType::fromType<QString>());
    for (const ClaimRequest &r : requests) {
        if (r.limit <= 0)
            continue;
        const QVariant url = r.url.isEmpty() ? noUrl : QVariant(r.url);
        if (m_store.dialect() == Store::Dialect::Postgres) {
            QSqlQuery &q = st.postgresClaim;
            q.bindValue(0, r.endpointId);
            q.bindValue(1, nowMs);
            q.bindValue(2, qint64(r.limit));
            q.bindValue(3, nowMs);
            q.bindValue(4, r.endpointId);
            q.bindValue(5, nowMs);
            q.bindValue(6, url);
            if (!q.exec())
                return StoreError::fromSql(q.lastError());
            while (q.next()) {
                Claim c = claimFromRow(q, r.endpointId, now, r.url);
                c.attemptId = q.value(10).toLongLong();
                *claims << c;
            }
            const std::optional<StoreError> err =
                q.lastError().isValid() ? std::optional(StoreError::fromSql(q.lastError()))
                                        : std::nullopt;
            q.finish();
            if (err)
                return err;
            continue;
        }
        QSqlQuery &select = st.claimSelect;
        QSqlQuery &mark = st.claimMark;
        QSqlQuery &insert = st.claimInsert;
        select.bindValue(0, r.endpointId);
        select.bindValue(1, nowMs);
        select.bindValue(2, qint64(r.limit));
        if (!select.exec())
            return StoreError::fromSql(select.lastError());
        QList<Claim> batch;
        while (select.next())
            batch << claimFromRow(select, r.endpointId, now, r.url);
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
            insert.bindValue(4, url);
            if (!insert.exec())
                return StoreError::fromSql(insert.lastError());
            c.attemptId = insert.lastInsertId().toLongLong();
            insert.finish();
        }
        *claims += batch;
    }
    return std::nullopt;
}

StoreResult<QList<AttemptCompletion>>
DeliveryQueueRepository::recordCompletions(const QList<AttemptCompletion> &completions,
                                           QHash<qint64, AttemptFacts> *facts)
{
    QList<AttemptCompletion> recorded;
    if (completions.isEmpty())
        return recorded;
    Statements &st = statements();
    if (m_store.dialect() == Store::Dialect::Postgres) {
        QJsonArray rows;
        for (const AttemptCompletion &c : completions) {
            rows.append(QJsonObject{
                {QStringLiteral("attempt_id"), c.attemptId},
                {QStringLiteral("delivery_id"), c.deliveryId},
                {QStringLiteral("duration_ms"), c.durationMs},
                {QStringLiteral("outcome"), toString(c.outcome)},
                {QStringLiteral("http_status"), c.httpStatus},
                {QStringLiteral("request_headers"),
                 jsonText(AttemptHeadersCodec::encode(c.requestHeaders))},
                {QStringLiteral("response_headers"),
                 jsonText(AttemptHeadersCodec::encode(c.responseHeaders))},
                {QStringLiteral("response_body"), QString::fromLatin1(c.responseBody.toBase64())},
                {QStringLiteral("connected_address"), jsonText(c.connectedAddress)},
                {QStringLiteral("error"), jsonText(c.error)},
                {QStringLiteral("status"), toString(c.nextStatus)},
                {QStringLiteral("next_attempt_at"), jsonMs(nextAttemptAfter(c))},
                {QStringLiteral("last_http_status"),
                 c.httpStatus > 0 ? QJsonValue(c.httpStatus) : QJsonValue()},
                {QStringLiteral("updated_at"), c.finishedAt.toMSecsSinceEpoch()}});
        }
        QSqlQuery &q = st.postgresComplete;
        q.bindValue(0, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        QSet<qint64> written;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            written.insert(id);
            if (facts && !q.value(3).isNull()) {
                AnalyticsRepository::AttemptFacts f;
                f.startedAtMs = q.value(1).toLongLong();
                f.number = q.value(2).toInt();
                f.endpointId = q.value(3).toString();
                f.eventType = q.value(4).toString();
                f.environment =
                    environmentFromString(q.value(5).toString()).value_or(Environment::Live);
                facts->insert(id, f);
            }
        }
        if (q.lastError().isValid())
            return StoreError::fromSql(q.lastError());
        q.finish();
        for (const AttemptCompletion &c : completions) {
            if (written.contains(c.attemptId))
                recorded << c;
        }
        return recorded;
    }
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
        const bool written = attempt.numRowsAffected() > 0;
        attempt.finish();
        if (!written)
            continue;
        recorded << c;
        delivery.bindValue(0, toString(c.nextStatus));
        delivery.bindValue(1, nullableMs(nextAttemptAfter(c)));
        delivery.bindValue(2, toString(c.outcome));
        delivery.bindValue(3, c.httpStatus > 0 ? QVariant(qint64(c.httpStatus))
                                               : QVariant(QMetaType::fromType<qint64>()));
        delivery.bindValue(4, c.finishedAt.toMSecsSinceEpoch());
        delivery.bindValue(5, c.deliveryId);
        if (!delivery.exec())
            return StoreError::fromSql(delivery.lastError());
        delivery.finish();
    }
    return recorded;
}

StoreResult<int> DeliveryQueueRepository::releaseUncertainClaims(const QDateTime &claimedAt,
                                                                 const QStringList &endpointIds,
                                                                 const QSet<qint64> &keep,
                                                                 const QDateTime &now)
{
    const QSqlDatabase db = sqlDatabase(m_store);
    QSqlQuery find(db);
    find.setForwardOnly(true);
    QSqlQuery drop(db);
    QSqlQuery restore(db);
    if (!find.prepare(QStringLiteral("SELECT id, delivery_id FROM attempts WHERE endpoint_id = ? "
                                     "AND started_at = ? AND outcome IS NULL")) ||
        !drop.prepare(QStringLiteral("DELETE FROM attempts WHERE id = ? AND outcome IS NULL")) ||
        !restore.prepare(QStringLiteral(
            "UPDATE deliveries SET status = CASE WHEN attempt_count <= 1 THEN 'pending' ELSE "
            "'retrying' END, attempt_count = attempt_count - 1, next_attempt_at = ?, "
            "updated_at = ? WHERE id = ? AND status = 'in_flight'")))
        return StoreError::fromSql(find.lastError().isValid()   ? find.lastError()
                                   : drop.lastError().isValid() ? drop.lastError()
                                                                : restore.lastError());
    QList<QPair<qint64, QString>> orphans;
    for (const QString &endpointId : endpointIds) {
        find.bindValue(0, endpointId);
        find.bindValue(1, claimedAt.toMSecsSinceEpoch());
        if (!find.exec())
            return StoreError::fromSql(find.lastError());
        while (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            if (!keep.contains(id))
                orphans.append({id, find.value(1).toString()});
        }
        if (find.lastError().isValid())
            return StoreError::fromSql(find.lastError());
        find.finish();
    }
    int released = 0;
    for (const auto &[attemptId, deliveryId] : std::as_const(orphans)) {
        drop.bindValue(0, attemptId);
        if (!drop.exec())
            return StoreError::fromSql(drop.lastError());
        restore.bindValue(0, now.toMSecsSinceEpoch());
        restore.bindValue(1, now.toMSecsSinceEpoch());
        restore.bindValue(2, deliveryId);
        if (!restore.exec())
            return StoreError::fromSql(restore.lastError());
        released += restore.numRowsAffected();
    }
    return released;
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
