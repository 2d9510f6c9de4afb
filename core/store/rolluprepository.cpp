#include "store/rolluprepository.h"

#include "store/advisorylocks.h"
#include "store/sqldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// How many rows are read between two looks at the stop check.
constexpr int kRowsPerStopCheck = 256;

const QString kKeyColumns = QStringLiteral("environment TEXT, grain BIGINT, bucket BIGINT, "
                                           "endpoint_id TEXT, event_type TEXT");

QJsonObject keyJson(const RollupKey &k)
{
    return {{QStringLiteral("environment"), toString(k.environment)},
            {QStringLiteral("grain"), k.grain},
            {QStringLiteral("bucket"), k.bucket},
            {QStringLiteral("endpoint_id"), k.endpointId},
            {QStringLiteral("event_type"), k.eventType}};
}

QString compactJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
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

std::optional<StoreError> RollupRepository::merge(const LevelKeys &keys, const Merge &merged)
{
    if (m_store.dialect() == Store::Dialect::Postgres)
        return mergePostgres(keys, merged);
    for (int l = 0; l < kLevelCount; ++l) {
        if (auto err = mergeSqlite(RollupLevel(l), keys[l], merged))
            return err;
    }
    return std::nullopt;
}

std::optional<StoreError>
RollupRepository::mergeSqlite(RollupLevel level, const QList<RollupKey> &keys, const Merge &merged)
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
        write.addBindValue(merged(level, k, stored));
        if (!write.exec())
            return StoreError::fromSql(write.lastError());
    }
    return std::nullopt;
}

// PostgreSQL: the lock, one read and one upsert for the keys of all three levels, passed as one
// JSON array with their level (and, for the upsert, their cells in base64). Each statement is a
// round trip to the server there: a statement per key made the engine about 40 % slower than on
// SQLite, a read and an upsert per level still cost it 4 of the 16 round trips of a pass
// (bench/pgthroughput.sh). The advisory lock makes the read-merge-write atomic across engines
// sharing the database (a row lock would not cover a cell two engines create at once); it is
// taken by its own statement because each statement reads the rows committed when it starts.
std::optional<StoreError> RollupRepository::mergePostgres(const LevelKeys &keys,
                                                          const Merge &merged)
{
    QJsonArray keyRows;
    for (int l = 0; l < kLevelCount; ++l) {
        for (const RollupKey &k : keys[l]) {
            QJsonObject row = keyJson(k);
            row.insert(QStringLiteral("level"), l);
            keyRows.append(row);
        }
    }
    if (keyRows.isEmpty())
        return std::nullopt;
    const QSqlDatabase db = sqlDatabase(m_store);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(advisorylock::kRollupMerge)))
        return StoreError::fromSql(q.lastError());
    // Plain statements with the JSON as a literal the driver escapes: one round trip each,
    // where a prepared one takes three (see sqlLiteral).
    QStringList reads;
    for (int l = 0; l < kLevelCount; ++l)
        reads << QStringLiteral("SELECT %1, t.environment, t.grain, t.bucket, t.endpoint_id, "
                                "t.event_type, t.data FROM %2 t JOIN k ON k.level = %1 AND "
                                "t.environment = k.environment AND t.grain = k.grain AND t.bucket "
                                "= k.bucket AND t.endpoint_id = k.endpoint_id AND t.event_type = "
                                "k.event_type")
                     .arg(l)
                     .arg(tableName(RollupLevel(l)));
    if (!q.exec(QStringLiteral("WITH k AS (SELECT * FROM jsonb_to_recordset(CAST(%1 AS jsonb)) "
                               "AS k(level BIGINT, %2)) %3")
                    .arg(sqlLiteral(db, compactJson(keyRows)), kKeyColumns,
                         reads.join(QStringLiteral(" UNION ALL ")))))
        return StoreError::fromSql(q.lastError());
    QHash<QString, QByteArray> stored;
    const auto keyText = [](qint64 level, const QString &env, qint64 grain, qint64 bucket,
                            const QString &endpoint, const QString &type) {
        return QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5\x1f%6")
            .arg(level)
            .arg(env)
            .arg(grain)
            .arg(bucket)
            .arg(endpoint, type);
    };
    while (q.next())
        stored.insert(keyText(q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toLongLong(), q.value(3).toLongLong(),
                              q.value(4).toString(), q.value(5).toString()),
                      q.value(6).toByteArray());
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    QJsonArray cells;
    for (int l = 0; l < kLevelCount; ++l) {
        for (const RollupKey &k : keys[l]) {
            QJsonObject row = keyJson(k);
            row.insert(QStringLiteral("level"), l);
            const QByteArray data =
                merged(RollupLevel(l), k,
                       stored.value(keyText(l, toString(k.environment), k.grain, k.bucket,
                                            k.endpointId, k.eventType)));
            row.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
            cells.append(row);
        }
    }
    // Data-modifying WITH clauses always run to completion: one statement writes all levels.
    QStringList writes;
    for (int l = 0; l < kLevelCount; ++l)
        writes << QStringLiteral("INSERT INTO %2 (environment, grain, bucket, endpoint_id, "
                                 "event_type, data) SELECT environment, grain, bucket, "
                                 "endpoint_id, event_type, decode(data, 'base64') FROM k WHERE "
                                 "level = %1 ON CONFLICT (environment, grain, bucket, "
                                 "endpoint_id, event_type) DO UPDATE SET data = excluded.data")
                      .arg(l)
                      .arg(tableName(RollupLevel(l)));
    if (!q.exec(QStringLiteral("WITH k AS (SELECT * FROM jsonb_to_recordset(CAST(%1 AS jsonb)) "
                               "AS k(level BIGINT, %2, data TEXT)), w0 AS (%3), w1 AS (%4) %5")
                    .arg(sqlLiteral(db, compactJson(cells)), kKeyColumns, writes.at(0),
                         writes.at(1), writes.at(2))))
        return StoreError::fromSql(q.lastError());
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
