#include "store/analyticsrepository.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

const QString kFactsSelect = QStringLiteral(
    "SELECT a.started_at, a.number, d.endpoint_id, d.event_type, d.environment, a.id "
    "FROM attempts a "
    "JOIN deliveries d ON d.id = a.delivery_id WHERE ");

AnalyticsRepository::AttemptFacts factsFromRow(const QSqlQuery &q)
{
    AnalyticsRepository::AttemptFacts f;
    f.startedAtMs = q.value(0).toLongLong();
    f.number = q.value(1).toInt();
    f.endpointId = q.value(2).toString();
    f.eventType = q.value(3).toString();
    f.environment = environmentFromString(q.value(4).toString()).value_or(Environment::Live);
    return f;
}

} // namespace

AnalyticsRepository::AnalyticsRepository(Store store)
    : m_store(std::move(store))
{}

StoreResult<QHash<qint64, AnalyticsRepository::AttemptFacts>>
AnalyticsRepository::attempts(const QList<qint64> &attemptIds) const
{
    QHash<qint64, AttemptFacts> out;
    if (attemptIds.isEmpty())
        return out;
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (m_store.dialect() == Store::Dialect::Postgres) {
        // One plain statement for the batch: one round trip to the server, where a prepared
        // statement per id took three each. The ids are numbers formatted here.
        QStringList ids;
        ids.reserve(attemptIds.size());
        for (qint64 id : attemptIds)
            ids << QString::number(id);
        if (!q.exec(kFactsSelect + QStringLiteral("a.id IN (%1)").arg(ids.join(QLatin1Char(',')))))
            return StoreError::fromSql(q.lastError());
        while (q.next())
            out.insert(q.value(5).toLongLong(), factsFromRow(q));
        if (q.lastError().isValid())
            return StoreError::fromSql(q.lastError());
        return out;
    }
    if (!q.prepare(kFactsSelect + QStringLiteral("a.id = ?")))
        return StoreError::fromSql(q.lastError());
    for (qint64 id : attemptIds) {
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        if (q.next())
            out.insert(id, factsFromRow(q));
        else if (q.lastError().isValid())
            return StoreError::fromSql(q.lastError());
        q.finish();
    }
    return out;
}

StoreResult<QList<AnalyticsRepository::AttemptFacts>>
AnalyticsRepository::unfinishedAttempts() const
{
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.exec(kFactsSelect + QStringLiteral("a.outcome IS NULL")))
        return StoreError::fromSql(q.lastError());
    QList<AttemptFacts> out;
    while (q.next())
        out << factsFromRow(q);
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

struct AnalyticsRepository::RecentOutcomes::Prepared
{
    QSqlQuery query;
};

AnalyticsRepository::RecentOutcomes::RecentOutcomes(const Store &store)
    : m_store(store)
{}

AnalyticsRepository::RecentOutcomes::~RecentOutcomes() = default;

std::optional<StoreError>
AnalyticsRepository::RecentOutcomes::read(const QString &endpointId, qint64 beforeMs, int limit,
                                          const std::function<bool(const RecentOutcome &)> &visit)
{
    if (!m_prepared) {
        // Newest first by the (endpoint_id, started_at) index alone: a tie-break on id would
        // sort every attempt the endpoint ever had.
        auto prepared = std::make_unique<Prepared>(Prepared{QSqlQuery(sqlDatabase(m_store))});
        prepared->query.setForwardOnly(true);
        if (!prepared->query.prepare(
                QStringLiteral("SELECT started_at, outcome FROM attempts WHERE endpoint_id = ? "
                               "AND started_at < ? AND outcome IS NOT NULL ORDER BY started_at "
                               "DESC LIMIT ?")))
            return StoreError::fromSql(prepared->query.lastError());
        m_prepared = std::move(prepared);
    }
    QSqlQuery &q = m_prepared->query;
    q.addBindValue(endpointId);
    q.addBindValue(beforeMs);
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    bool more = true;
    while (more && q.next())
        more = visit(
            RecentOutcome{q.value(0).toLongLong(), outcomeClassFromString(q.value(1).toString())});
    const QSqlError error = more ? q.lastError() : QSqlError();
    q.finish();
    if (error.isValid())
        return StoreError::fromSql(error);
    return std::nullopt;
}

} // namespace hookline
