#include "store/deliveryrepository.h"

#include "store/attemptheaderscodec.h"
#include "store/deliverycondition.h"
#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// Fewer matches than this on its own index: a filter drives the search (see list()).
constexpr int kRare = 2000;

const QString kColumns = QStringLiteral(
    "id, event_id, endpoint_id, environment, event_type, idempotency_key, status, attempt_count, "
    "next_attempt_at, last_outcome, created_at, updated_at, last_http_status");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Delivery fromRow(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toString();
    d.eventId = q.value(1).toString();
    d.endpointId = q.value(2).toString();
    d.environment = environmentFromString(q.value(3).toString()).value_or(Environment::Sandbox);
    d.eventType = q.value(4).toString();
    d.idempotencyKey = q.value(5).toString();
    d.status = deliveryStatusFromString(q.value(6).toString()).value_or(DeliveryStatus::Pending);
    d.attemptCount = q.value(7).toInt();
    d.nextAttemptAt = fromMs(q.value(8));
    if (!q.value(9).isNull())
        d.lastOutcome = outcomeClassFromString(q.value(9).toString());
    d.createdAt = fromMs(q.value(10));
    d.updatedAt = fromMs(q.value(11));
    d.lastHttpStatus = q.value(12).toInt(); // NULL reads as 0
    return d;
}

StoreResult<QList<Delivery>> readDeliveries(QSqlQuery &q)
{
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Delivery> out;
    while (q.next())
        out << fromRow(q);
    return out;
}
} // namespace

DeliveryRepository::DueSelection DeliveryRepository::DueSelection::one(const QString &deliveryId)
{
    DueSelection s;
    s.kind = Kind::One;
    s.ids = {deliveryId};
    return s;
}

DeliveryRepository::DueSelection
DeliveryRepository::DueSelection::deadLetters(const DeadLetterFilter &filter,
                                              const QDateTime &until, int limit)
{
    DueSelection s;
    s.kind = Kind::DeadLetters;
    s.filter = filter;
    s.until = until;
    s.limit = limit;
    return s;
}

DeliveryRepository::DueSelection DeliveryRepository::DueSelection::deadAmong(const QStringList &ids)
{
    DueSelection s;
    s.kind = Kind::DeadAmong;
    s.ids = ids;
    return s;
}

DeliveryRepository::DueSelection
DeliveryRepository::DueSelection::heldFor(const QString &endpointId)
{
    DueSelection s;
    s.kind = Kind::Held;
    s.ids = {endpointId};
    return s;
}

DeliveryRepository::DeliveryRepository(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError> DeliveryRepository::insert(const Delivery &d)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral(
                       "INSERT INTO deliveries (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(kColumns)))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(d.id);
    q.addBindValue(d.eventId);
    q.addBindValue(d.endpointId);
    q.addBindValue(toString(d.environment));
    q.addBindValue(d.eventType);
    q.addBindValue(d.idempotencyKey);
    q.addBindValue(toString(d.status));
    q.addBindValue(d.attemptCount);
    q.addBindValue(d.nextAttemptAt.isValid() ? QVariant(d.nextAttemptAt.toMSecsSinceEpoch())
                                             : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(d.lastOutcome ? QVariant(toString(*d.lastOutcome))
                                 : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(d.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(d.lastHttpStatus > 0 ? QVariant(d.lastHttpStatus)
                                        : QVariant(QMetaType::fromType<int>()));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

StoreResult<std::optional<Delivery>> DeliveryRepository::find(const QString &id) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(kColumns)))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.next())
        return std::optional<Delivery>(fromRow(q));
    return std::optional<Delivery>();
}

DeliveryRepository::ListQuery DeliveryRepository::listQuery(const Filter &f,
                                                            const QString &beforeId) const
{
    // The page comes newest first, and two ways lead there: walk an index in id order backwards,
    // testing each row (quick while matches are common: 200 rows of a 5 % filter cost ~4,000
    // rows), or start from a selective index and sort what it yields (quick while that set is
    // small). Left to itself SQLite often picks the second for a common filter — without ANALYZE
    // it read and sorted a whole environment, 6 s on a million rows, for the unfiltered first
    // page. So one filter that is rare right now (a bounded count on its own index says so) drives
    // the search; otherwise a status walks (environment, status, id) and no status walks the
    // primary key. Every other term is written with a unary + so no index competes.
    const QString env = toString(f.environment);
    // SQLite's planner hints (INDEXED BY, a unary + to keep an index out) are SQLite's only; on
    // PostgreSQL the same terms are written plainly and its planner (with statistics) chooses.
    const bool sqlite = m_store.dialect() == Store::Dialect::Sqlite;
    const QString deadIndex = sqlite ? QStringLiteral(" INDEXED BY deliveries_dead") : QString();
    auto rare = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery probe(sqlDatabase(m_store));
        probe.prepare(
            QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS probe").arg(sql).arg(kRare));
        for (const QVariant &v : values)
            probe.addBindValue(v);
        return probe.exec() && probe.next() && probe.value(0).toInt() < kRare;
    };
    // Dead letters narrowed by endpoint and/or outcome: the partial index holds exactly those
    // columns, so a combination that matches little (or nothing, which otherwise walks every dead
    // row) is counted there. The status is a literal: SQLite uses a partial index only when the
    // query's WHERE visibly implies the index's.
    const bool deadNarrowed =
        f.status == DeliveryStatus::Dead && (!f.endpointId.isEmpty() || f.lastOutcome.has_value());
    const DeliveryCondition deadTerms =
        deadLetterCondition(DeadLetterFilter{f.environment, f.endpointId, {}, f.lastOutcome});
    enum class Driver
    {
        Id,
        Event,
        Type,
        Dead,
        Endpoint,
        Status,
        Time
    };
    Driver driver = Driver::Id;
    if (!f.eventId.isEmpty()) {
        driver = Driver::Event; // (event_id, endpoint_id) is unique: a handful of rows at most
    } else if (!f.eventType.isEmpty() &&
               rare(QStringLiteral("SELECT 1 FROM events WHERE environment = ? AND type = ?"),
                    {env, f.eventType})) {
        driver = Driver::Type;
    } else if (deadNarrowed && rare(QStringLiteral("SELECT 1 FROM deliveries%1 WHERE %2")
                                        .arg(deadIndex, deadTerms.sql()),
                                    deadTerms.binds)) {
        driver = Driver::Dead;
    } else if (!f.endpointId.isEmpty() && !deadNarrowed && // if so, counted just above
               (f.status ? rare(QStringLiteral("SELECT 1 FROM deliveries WHERE endpoint_id = ? "
                                               "AND status = ?"),
                                {f.endpointId, toString(*f.status)})
                         : rare(QStringLiteral("SELECT 1 FROM deliveries WHERE endpoint_id = ?"),
                                {f.endpointId}))) {
        driver = Driver::Endpoint; // (endpoint_id, status, created_at): e.g. one's retrying rows
    } else if (f.from.isValid() &&
               rare(QStringLiteral(
                        "SELECT 1 FROM deliveries WHERE environment = ? AND created_at >= ?"),
                    {env, f.from.toMSecsSinceEpoch()})) {
        // Before the status walk: a recent window with few rows of that status would otherwise
        // walk the status back to its oldest row.
        driver = Driver::Time;
    } else if (f.status) {
        driver = Driver::Status; // newest first along (environment, status, id), no sort
    }

    QStringList where;
    QVariantList binds;
    auto add = [&](bool indexed, const QString &column, const QString &op, const QVariant &value) {
        where << (indexed || !sqlite ? QString() : QStringLiteral("+")) + column + op;
        binds << value;
    };
    if (driver == Driver::Dead) {
        where = deadTerms.terms;
        binds = deadTerms.binds;
    } else {
        const bool envIndexed = driver == Driver::Status || driver == Driver::Time;
        add(envIndexed, QStringLiteral("environment"), QStringLiteral(" = ?"), env);
        if (f.status)
            add(driver == Driver::Status || driver == Driver::Endpoint, QStringLiteral("status"),
                QStringLiteral(" = ?"), toString(*f.status));
        if (!f.endpointId.isEmpty())
            add(driver == Driver::Endpoint, QStringLiteral("endpoint_id"), QStringLiteral(" = ?"),
                f.endpointId);
        if (f.lastOutcome)
            add(false, QStringLiteral("last_outcome"), QStringLiteral(" = ?"),
                toString(*f.lastOutcome));
    }
    if (!f.eventId.isEmpty())
        add(driver == Driver::Event, QStringLiteral("event_id"), QStringLiteral(" = ?"), f.eventId);
    if (!f.eventType.isEmpty())
        add(false, QStringLiteral("event_type"), QStringLiteral(" = ?"), f.eventType);
    if (driver == Driver::Type) {
        // No index leads from a type to deliveries: its events do (indexed by type).
        where << QStringLiteral(
            "event_id IN (SELECT id FROM events WHERE environment = ? AND type = ?)");
        binds << env << f.eventType;
    }
    if (f.from.isValid())
        add(driver == Driver::Time, QStringLiteral("created_at"), QStringLiteral(" >= ?"),
            f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add(driver == Driver::Time, QStringLiteral("created_at"), QStringLiteral(" < ?"),
            f.to.toMSecsSinceEpoch());
    if (f.updatedSince.isValid())
        add(false, QStringLiteral("updated_at"), QStringLiteral(" >= ?"),
            f.updatedSince.toMSecsSinceEpoch());
    // Id bounds are the walk's range when the walk is in id order (primary key or status index).
    const bool idOrdered = driver == Driver::Id || driver == Driver::Status;
    if (!f.minId.isEmpty())
        add(idOrdered, QStringLiteral("id"), QStringLiteral(" >= ?"), f.minId);
    if (!beforeId.isEmpty())
        add(idOrdered, QStringLiteral("id"), QStringLiteral(" < ?"), beforeId);
    return ListQuery{QStringLiteral("SELECT %1 FROM deliveries%2 WHERE %3 ORDER BY %4 DESC LIMIT ?")
                         .arg(kColumns, driver == Driver::Dead ? deadIndex : QString(),
                              where.join(QStringLiteral(" AND ")),
                              idOrdered || !sqlite ? QStringLiteral("id") : QStringLiteral("+id")),
                     binds};
}

StoreResult<QList<Delivery>> DeliveryRepository::list(const Filter &f, int limit,
                                                      const QString &beforeId) const
{
    const ListQuery query = listQuery(f, beforeId);
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(query.sql))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : query.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    return readDeliveries(q);
}

QString DeliveryRepository::queryPlan(const Filter &f, const QString &beforeId) const
{
    const ListQuery query = listQuery(f, beforeId);
    QSqlQuery q(sqlDatabase(m_store));
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql);
    for (const QVariant &b : query.binds)
        q.addBindValue(b);
    q.addBindValue(200);
    QStringList lines;
    if (q.exec()) {
        while (q.next())
            lines << q.value(3).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

StoreResult<QList<Delivery>> DeliveryRepository::forEvent(const QString &eventId) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE event_id = ? ORDER BY id")
                       .arg(kColumns)))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(eventId);
    return readDeliveries(q);
}

StoreResult<QHash<DeliveryStatus, int>>
DeliveryRepository::countByStatus(Environment environment) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral(
            "SELECT status, count(*) FROM deliveries WHERE environment = ? GROUP BY status")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(toString(environment));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QHash<DeliveryStatus, int> out;
    while (q.next()) {
        if (auto s = deliveryStatusFromString(q.value(0).toString()))
            out.insert(*s, q.value(1).toInt());
    }
    return out;
}

StoreResult<QList<Attempt>> DeliveryRepository::attempts(const QString &deliveryId) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral(
            "SELECT id, delivery_id, number, started_at, duration_ms, outcome, http_status, "
            "request_headers, response_headers, response_body, connected_address, error, url "
            "FROM attempts WHERE delivery_id = ? ORDER BY number")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(deliveryId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<Attempt> out;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.deliveryId = q.value(1).toString();
        a.number = q.value(2).toInt();
        a.startedAt = fromMs(q.value(3));
        if (!q.value(4).isNull())
            a.durationMs = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.outcome = outcomeClassFromString(q.value(5).toString());
        a.httpStatus = q.value(6).toInt();
        a.requestHeaders = AttemptHeadersCodec::decode(q.value(7).toByteArray());
        a.responseHeaders = AttemptHeadersCodec::decode(q.value(8).toByteArray());
        a.responseBody = q.value(9).toByteArray();
        a.connectedAddress = q.value(10).toString();
        a.error = q.value(11).toString();
        if (!q.value(12).isNull())
            a.url = QUrl(q.value(12).toString());
        out << a;
    }
    return out;
}

StoreResult<int> DeliveryRepository::makeDueNow(const DueSelection &which, const QDateTime &now)
{
    DeliveryCondition where;
    switch (which.kind) {
    case DueSelection::Kind::One:
        where.add(QStringLiteral("id = ?"), which.ids.value(0));
        where.add(QStringLiteral("status <> 'in_flight'"));
        break;
    case DueSelection::Kind::DeadLetters: {
        const DeliveryCondition dead = deadLetterCondition(which.filter, which.until);
        if (which.limit <= 0) {
            where = dead;
            break;
        }
        // A batch, in a stable order, so that successive batches walk the plan once.
        where.add(QStringLiteral("id IN (SELECT id FROM deliveries WHERE %1 ORDER BY id LIMIT ?)")
                      .arg(dead.sql()));
        where.binds = dead.binds;
        where.binds << qint64(which.limit);
        break;
    }
    case DueSelection::Kind::DeadAmong: {
        if (which.ids.isEmpty())
            return 0;
        QStringList marks;
        marks.fill(QStringLiteral("?"), which.ids.size());
        where.add(QStringLiteral("status = 'dead'"));
        where.terms << QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &id : which.ids)
            where.binds << id;
        break;
    }
    case DueSelection::Kind::Held:
        where.add(QStringLiteral("endpoint_id = ?"), which.ids.value(0));
        where.add(QStringLiteral("status = 'held'"));
        break;
    }
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, "
                                  "updated_at = ? WHERE %1")
                       .arg(where.sql())))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    for (const QVariant &b : std::as_const(where.binds))
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return q.numRowsAffected();
}

StoreResult<int> DeliveryRepository::holdOpen(const QString &endpointId, const QDateTime &now)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral(
            "UPDATE deliveries SET status = 'held', next_attempt_at = NULL, updated_at = ? "
            "WHERE endpoint_id = ? AND status IN ('pending', 'retrying') AND NOT EXISTS "
            "(SELECT 1 FROM endpoints WHERE id = ? AND failover_url IS NOT NULL)")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(endpointId);
    q.addBindValue(endpointId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return q.numRowsAffected();
}

} // namespace hookline
