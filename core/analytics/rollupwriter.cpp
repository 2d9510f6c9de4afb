#include "analytics/rollupwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

qint64 floorTo(qint64 ms, qint64 unit)
{
    const qint64 r = ms % unit;
    return r < 0 ? ms - r - unit : ms - r;
}

} // namespace

qint64 RollupWriter::levelMs(Level level)
{
    switch (level) {
    case Level::Minute:
        return 60 * 1000;
    case Level::Hour:
        return 3600 * 1000;
    case Level::Day:
        return 24 * 3600 * 1000;
    }
    return 60 * 1000;
}

QString RollupWriter::tableName(Level level)
{
    switch (level) {
    case Level::Minute:
        return QStringLiteral("rollups_minute");
    case Level::Hour:
        return QStringLiteral("rollups_hour");
    case Level::Day:
        return QStringLiteral("rollups_day");
    }
    return {};
}

RollupWriter::RollupWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<StoreError>
RollupWriter::recordCompletions(QSqlDatabase db, const QList<AttemptCompletion> &completions)
{
    RollupWriter writer(std::move(db));
    if (auto err = writer.addCompletions(completions))
        return err;
    return writer.flush();
}

std::optional<StoreError> RollupWriter::recordUnfinishedAsInterrupted(QSqlDatabase db)
{
    RollupWriter writer(std::move(db));
    if (auto err = writer.addUnfinishedAsInterrupted())
        return err;
    return writer.flush();
}

void RollupWriter::add(const Sample &s)
{
    const Key key{floorTo(s.startedAtMs, levelMs(Level::Minute)), s.environment, s.endpointId,
                  s.eventType};
    m_cells[key].addAttempt(s.outcome, s.httpStatus, s.durationMs, s.attemptNumber, s.deadLettered);
}

std::optional<StoreError> RollupWriter::addCompletions(const QList<AttemptCompletion> &completions)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.started_at, a.number, d.endpoint_id, d.event_type, "
                             "d.environment FROM attempts a JOIN deliveries d ON d.id = "
                             "a.delivery_id WHERE a.id = ?"));
    for (const AttemptCompletion &c : completions) {
        q.addBindValue(c.attemptId);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        if (!q.next())
            continue; // no such attempt: nothing was recorded for it either
        Sample s;
        s.startedAtMs = q.value(0).toLongLong();
        s.attemptNumber = q.value(1).toInt();
        s.endpointId = q.value(2).toString();
        s.eventType = q.value(3).toString();
        s.environment = environmentFromString(q.value(4).toString()).value_or(Environment::Live);
        q.finish();
        s.outcome = c.outcome;
        s.httpStatus = c.httpStatus;
        s.durationMs = c.durationMs;
        s.deadLettered = c.nextStatus == DeliveryStatus::Dead;
        add(s);
    }
    return std::nullopt;
}

std::optional<StoreError> RollupWriter::addUnfinishedAsInterrupted()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT a.started_at, a.number, d.endpoint_id, d.event_type, d.environment "
            "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE a.outcome IS NULL")))
        return StoreError::fromSql(q.lastError());
    while (q.next()) {
        Sample s;
        s.startedAtMs = q.value(0).toLongLong();
        s.attemptNumber = q.value(1).toInt();
        s.endpointId = q.value(2).toString();
        s.eventType = q.value(3).toString();
        s.environment = environmentFromString(q.value(4).toString()).value_or(Environment::Live);
        s.outcome = OutcomeClass::Interrupted;
        add(s);
    }
    return std::nullopt;
}

std::optional<StoreError> RollupWriter::flush()
{
    if (m_cells.isEmpty())
        return std::nullopt;
    // Coarser levels: merge the minute cells first, so each hour/day row is written once.
    QHash<Key, RollupCell> levels[kLevelCount];
    // The collapsed grains of each minute first, then the coarser levels from all of them.
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const Key &k = it.key();
        levels[0][k].merge(it.value());
        levels[0][Key{k.minute, k.environment, k.endpointId, any()}].merge(it.value());
        levels[0][Key{k.minute, k.environment, any(), k.eventType}].merge(it.value());
        levels[0][Key{k.minute, k.environment, any(), any()}].merge(it.value());
    }
    m_cells.clear();
    for (int l = 1; l < kLevelCount; ++l) {
        const qint64 unit = levelMs(Level(l));
        for (auto it = levels[0].cbegin(); it != levels[0].cend(); ++it) {
            Key k = it.key();
            k.minute = floorTo(k.minute, unit);
            levels[l][k].merge(it.value());
        }
    }
    for (int l = 0; l < kLevelCount; ++l) {
        const QString table = tableName(Level(l));
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT data FROM %1 WHERE environment = ? AND grain = ? AND "
                                    "bucket = ? AND endpoint_id = ? AND event_type = ?")
                         .arg(table));
        QSqlQuery write(m_db);
        write.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (environment, grain, bucket, "
                                     "endpoint_id, event_type, data) VALUES (?, ?, ?, ?, ?, ?)")
                          .arg(table));
        for (auto it = levels[l].cbegin(); it != levels[l].cend(); ++it) {
            const Key &k = it.key();
            const QString env = toString(k.environment);
            const int grain = (k.endpointId == any() ? 2 : 0) + (k.eventType == any() ? 1 : 0);
            read.addBindValue(env);
            read.addBindValue(grain);
            read.addBindValue(k.minute);
            read.addBindValue(k.endpointId);
            read.addBindValue(k.eventType);
            if (!read.exec())
                return StoreError::fromSql(read.lastError());
            RollupCell cell;
            if (read.next())
                cell.decode(read.value(0).toByteArray());
            read.finish();
            cell.merge(it.value());
            write.addBindValue(env);
            write.addBindValue(grain);
            write.addBindValue(k.minute);
            write.addBindValue(k.endpointId);
            write.addBindValue(k.eventType);
            write.addBindValue(cell.encode());
            if (!write.exec())
                return StoreError::fromSql(write.lastError());
        }
    }
    return std::nullopt;
}

} // namespace hookline
