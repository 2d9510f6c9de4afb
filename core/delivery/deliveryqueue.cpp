#include "delivery/deliveryqueue.h"

#include "analytics/rollupwriter.h"
#include "audit/auditlog.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace hookline {

namespace {

bool isPlainAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}

// [["name","value"],…], the format DeliveryRepository reads back. Written by hand for the common
// case of printable ASCII (every header the engine sends, and nearly every one it receives): the
// QJsonDocument route cost more than the SQL that stores it.
QString headersToJson(const QList<HeaderPair> &headers)
{
    const bool plain = std::all_of(headers.cbegin(), headers.cend(), [](const HeaderPair &h) {
        return isPlainAscii(h.name) && isPlainAscii(h.value);
    });
    if (!plain) {
        QJsonArray arr;
        for (const HeaderPair &h : headers)
            arr.append(QJsonArray{QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
    }
    QByteArray out;
    qsizetype size = 2;
    for (const HeaderPair &h : headers)
        size += h.name.size() + h.value.size() + 8;
    out.reserve(size);
    out += '[';
    for (const HeaderPair &h : headers) {
        if (out.size() > 1)
            out += ',';
        out += "[\"";
        out += h.name;
        out += "\",\"";
        out += h.value;
        out += "\"]";
    }
    out += ']';
    return QString::fromLatin1(out);
}

QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

struct DeliveryQueue::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : claimSelect(db)
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
        claimInsert.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, "
                                           "number, started_at, url) VALUES (?, ?, ?, ?, ?)"));
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
                                       "endpoint_id = ? AND status IN ('pending', 'retrying')"));
    }

    QSqlQuery claimSelect;
    QSqlQuery claimMark;
    QSqlQuery claimInsert;
    QSqlQuery completeAttempt;
    QSqlQuery completeDelivery;
    QSqlQuery nextDue;
};

DeliveryQueue::DeliveryQueue(QSqlDatabase db)
    : m_db(std::move(db))
{}

DeliveryQueue::~DeliveryQueue() = default;

DeliveryQueue::Statements &DeliveryQueue::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

std::optional<StoreError> DeliveryQueue::recoverInterrupted(const QDateTime &now, int *recovered)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    if (auto err = RollupWriter::recordUnfinishedAsInterrupted(m_db))
        return err;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE attempts SET outcome = 'interrupted', error = "
                             "'the engine stopped during this attempt' WHERE outcome IS NULL"));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    q.prepare(
        QStringLiteral("UPDATE deliveries SET status = 'retrying', next_attempt_at = ?, "
                       "last_outcome = 'interrupted', last_http_status = NULL, updated_at = ? "
                       "WHERE status = 'in_flight'"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (recovered)
        *recovered = q.numRowsAffected();
    return tx.commit();
}

std::optional<QDateTime> DeliveryQueue::nextDue(const QString &endpointId) const
{
    QSqlQuery &q = statements().nextDue;
    q.bindValue(0, endpointId);
    std::optional<QDateTime> due;
    if (q.exec() && q.next() && !q.value(0).isNull())
        due = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    q.finish(); // a statement left open would keep a read snapshot of the file
    return due;
}

std::optional<StoreError> DeliveryQueue::claim(const QList<ClaimRequest> &requests,
                                               const QDateTime &now, QList<Claim> *claims)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    Statements &st = statements();
    QSqlQuery &select = st.claimSelect;
    QSqlQuery &mark = st.claimMark;
    QSqlQuery &insert = st.claimInsert;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<Claim> out;
    for (const ClaimRequest &r : requests) {
        if (r.limit <= 0)
            continue;
        select.bindValue(0, r.endpointId);
        select.bindValue(1, nowMs);
        select.bindValue(2, r.limit);
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
            mark.bindValue(0, c.attemptNumber);
            mark.bindValue(1, nowMs);
            mark.bindValue(2, c.delivery.id);
            if (!mark.exec())
                return StoreError::fromSql(mark.lastError());
            mark.finish();
            insert.bindValue(0, c.delivery.id);
            insert.bindValue(1, r.endpointId);
            insert.bindValue(2, c.attemptNumber);
            insert.bindValue(3, nowMs);
            insert.bindValue(4, r.url.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(r.url));
            if (!insert.exec())
                return StoreError::fromSql(insert.lastError());
            c.attemptId = insert.lastInsertId().toLongLong();
            insert.finish();
        }
        out += batch;
    }
    if (auto err = tx.commit())
        return err;
    *claims = out;
    return std::nullopt;
}

std::optional<StoreError> DeliveryQueue::complete(const QList<Completion> &completions)
{
    if (completions.isEmpty())
        return std::nullopt;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    Statements &st = statements();
    QSqlQuery &attempt = st.completeAttempt;
    QSqlQuery &delivery = st.completeDelivery;
    for (const Completion &c : completions) {
        attempt.bindValue(0, c.durationMs);
        attempt.bindValue(1, toString(c.outcome));
        attempt.bindValue(2, c.httpStatus);
        attempt.bindValue(3, headersToJson(c.requestHeaders));
        attempt.bindValue(4, headersToJson(c.responseHeaders));
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
        delivery.bindValue(3, c.httpStatus > 0 ? QVariant(c.httpStatus)
                                               : QVariant(QMetaType::fromType<int>()));
        delivery.bindValue(4, c.finishedAt.toMSecsSinceEpoch());
        delivery.bindValue(5, c.deliveryId);
        if (!delivery.exec())
            return StoreError::fromSql(delivery.lastError());
        delivery.finish();
        if (c.nextStatus == DeliveryStatus::Dead) {
            if (auto err =
                    AuditLog::append(m_db, QStringLiteral("delivery.dead"), c.deliveryId,
                                     QJsonObject{{QStringLiteral("outcome"), toString(c.outcome)},
                                                 {QStringLiteral("http_status"), c.httpStatus}}))
                return err;
        }
    }
    // Same transaction: rollups and attempts never disagree, whatever crashes.
    if (auto err = RollupWriter::recordCompletions(m_db, completions))
        return err;
    return tx.commit();
}

std::optional<StoreError> DeliveryQueue::shiftOpenSchedules(qint64 ms)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE deliveries SET next_attempt_at = next_attempt_at + ? "
                       "WHERE status IN ('pending', 'retrying') AND next_attempt_at IS NOT NULL"));
    q.addBindValue(ms);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

QList<DeliveryQueue::OutcomeSample> DeliveryQueue::recentOutcomes(const QString &endpointId,
                                                                  int count) const
{
    QList<OutcomeSample> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT started_at, outcome FROM attempts WHERE endpoint_id = ? "
                             "AND outcome IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(endpointId);
    q.addBindValue(count);
    if (q.exec()) {
        while (q.next()) {
            if (auto o = outcomeClassFromString(q.value(1).toString()))
                out << OutcomeSample{
                    QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), *o};
        }
    }
    return out;
}

std::optional<StoreError> DeliveryQueue::replay(const QString &deliveryId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, "
                             "updated_at = ? WHERE id = ? AND status <> 'in_flight'"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(deliveryId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return StoreError{StoreError::Code::NotFound,
                          QStringLiteral("no delivery %1 that can be replayed").arg(deliveryId)};
    return std::nullopt;
}

} // namespace hookline
