#include "store/rolluprepository.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// How many rows are read between two looks at the stop check.
constexpr int kRowsPerStopCheck = 256;
} // namespace

RollupRepository::RollupRepository(Store store)
    : m_store(std::move(store))
{}

QString RollupRepository::tableName(RollupLevel level)
{
    switch (level) {
    case RollupLevel::Minute:
        return QStringLiteral("rollups_minute");
    case RollupLevel::Hour:
        return QStringLiteral("rollups_hour");
    case RollupLevel::Day:
        return QStringLiteral("rollups_day");
    }
    return {};
}

std::optional<StoreError> RollupRepository::merge(RollupLevel level, const QList<RollupKey> &keys,
                                                  const Merge &merged)
{
    if (keys.isEmpty())
        return std::nullopt;
    const QSqlDatabase db = sqlDatabase(m_store);
    const QString table = tableName(level);
    // Prepared once per level: a batch touches a few hundred rows.
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT data FROM %1 WHERE environment = ? AND grain = ? AND "
                                     "bucket = ? AND endpoint_id = ? AND event_type = ?")
                          .arg(table)))
        return StoreError::fromSql(read.lastError());
    QSqlQuery write(db);
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (environment, grain, bucket, endpoint_id, "
                           "event_type, data) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                           "(environment, grain, bucket, endpoint_id, event_type) DO UPDATE "
                           "SET data = excluded.data")
                .arg(table)))
        return StoreError::fromSql(write.lastError());
    for (const RollupKey &k : keys) {
        const QString env = toString(k.environment);
        const auto bindKey = [&](QSqlQuery &q) {
            q.addBindValue(env);
            q.addBindValue(qint64(k.grain));
            q.addBindValue(k.bucket);
            q.addBindValue(k.endpointId);
            q.addBindValue(k.eventType);
        };
        bindKey(read);
        if (!read.exec())
            return StoreError::fromSql(read.lastError());
        QByteArray stored;
        if (read.next())
            stored = read.value(0).toByteArray();
        else if (read.lastError().isValid())
            return StoreError::fromSql(read.lastError());
        read.finish();
        bindKey(write);
        write.addBindValue(merged(k, stored));
        if (!write.exec())
            return StoreError::fromSql(write.lastError());
    }
    return std::nullopt;
}

std::optional<StoreError> RollupRepository::scan(RollupLevel level, Environment environment,
                                                 int grain, const std::vector<Range> &ranges,
                                                 const Visit &visit,
                                                 const std::function<bool()> &stop) const
{
    if (ranges.empty())
        return std::nullopt;
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT bucket, endpoint_id, event_type, data FROM %1 WHERE "
                                  "environment = ? AND grain = ? AND bucket >= ? AND bucket < ?")
                       .arg(tableName(level))))
        return StoreError::fromSql(q.lastError());
    const QString env = toString(environment);
    for (const Range &r : ranges) {
        if (stop && stop())
            return std::nullopt;
        q.addBindValue(env);
        q.addBindValue(qint64(grain));
        q.addBindValue(r.from);
        q.addBindValue(r.to);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        int rows = 0;
        while (q.next()) {
            if (++rows % kRowsPerStopCheck == 0 && stop && stop())
                return std::nullopt;
            visit(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toByteArray());
        }
        // A read that ends on an error (a lock, a lost connection) is not the end of the rows.
        if (q.lastError().isValid())
            return StoreError::fromSql(q.lastError());
        q.finish();
    }
    return std::nullopt;
}

} // namespace hookline
