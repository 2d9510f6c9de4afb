#include "store/auditrepository.h"

#include "store/advisorylocks.h"
#include "store/sqldatabase.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace hookline {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT seq, at, actor, action, object, details, prev_hash, hash FROM audit_log");

AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.object = q.value(4).toString();
    e.details = q.value(5).toString().toUtf8();
    e.prevHash = q.value(6).toByteArray();
    e.hash = q.value(7).toByteArray();
    return e;
}

// Runs the prepared `q` and collects its rows; an error part-way is an error, not a short list.
StoreResult<QList<AuditEntry>> entries(QSqlQuery &q)
{
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << entryFromRow(q);
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

} // namespace

AuditRepository::AuditRepository(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError>
AuditRepository::append(AuditEntry *entry,
                        const std::function<QByteArray(const AuditEntry &)> &seal)
{
    const QSqlDatabase db = sqlDatabase(m_store);
    // A savepoint inside the caller's transaction; a transaction of its own otherwise.
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    if (m_store.dialect() == Store::Dialect::Postgres) {
        // Two appenders reading the same tail would fork the chain; on SQLite the write
        // transaction (BEGIN IMMEDIATE) already keeps the second one waiting.
        QSqlQuery lock(db);
        if (!lock.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(advisorylock::kAuditAppend)))
            return StoreError::fromSql(lock.lastError());
    }
    QSqlQuery tail(db);
    if (!tail.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return StoreError::fromSql(tail.lastError());
    entry->seq = 1;
    entry->prevHash = AuditEntry::genesisHash();
    if (tail.next()) {
        entry->seq = tail.value(0).toLongLong() + 1;
        entry->prevHash = tail.value(1).toByteArray();
    } else if (tail.lastError().isValid()) {
        return StoreError::fromSql(tail.lastError());
    }
    tail.finish();
    entry->hash = seal(*entry);

    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, details, "
                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return StoreError::fromSql(insert.lastError());
    insert.addBindValue(entry->seq);
    insert.addBindValue(entry->at.toMSecsSinceEpoch());
    insert.addBindValue(entry->actor);
    insert.addBindValue(entry->action);
    insert.addBindValue(entry->object);
    insert.addBindValue(QString::fromUtf8(entry->details));
    insert.addBindValue(entry->prevHash);
    insert.addBindValue(entry->hash);
    if (!insert.exec())
        return StoreError::fromSql(insert.lastError());
    return tx.commit();
}

StoreResult<QList<AuditEntry>> AuditRepository::page(const AuditFilter &f, int limit,
                                                     qint64 beforeSeq) const
{
    QStringList where;
    QVariantList binds;
    if (beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        binds << beforeSeq;
    }
    if (!f.action.isEmpty()) {
        if (f.action.endsWith(QLatin1Char('*')) || f.action.endsWith(QLatin1Char('.'))) {
            QString prefix = f.action;
            if (prefix.endsWith(QLatin1Char('*')))
                prefix.chop(1);
            where << QStringLiteral("substr(action, 1, ?) = ?");
            binds << qint64(prefix.size()) << prefix;
        } else {
            where << QStringLiteral("action = ?");
            binds << f.action;
        }
    }
    if (!f.object.isEmpty()) {
        // A case-sensitive substring: instr on SQLite, strpos on PostgreSQL.
        where << (m_store.dialect() == Store::Dialect::Postgres
                      ? QStringLiteral("strpos(object, CAST(? AS TEXT)) > 0")
                      : QStringLiteral("instr(object, ?) > 0"));
        binds << f.object;
    }
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        binds << f.actor;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        where << QStringLiteral("at < ?");
        binds << f.until.toMSecsSinceEpoch();
    }
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(kColumns +
                   (where.isEmpty()
                        ? QString()
                        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
                   QStringLiteral(" ORDER BY seq DESC LIMIT ?")))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(qint64(limit));
    return entries(q);
}

std::optional<StoreError>
AuditRepository::forEach(qint64 fromSeq, const QDateTime &since,
                         const std::function<bool(const AuditEntry &)> &visit) const
{
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.prepare(kColumns + QStringLiteral(" WHERE seq >= ? AND at >= ? ORDER BY seq")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(fromSeq);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::min());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    while (q.next()) {
        if (!visit(entryFromRow(q)))
            return std::nullopt;
    }
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

StoreResult<std::optional<qint64>> AuditRepository::seqOfHash(const QByteArray &hash) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE hash = ? LIMIT 1")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(hash);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.next())
        return std::optional<qint64>(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return std::optional<qint64>();
}

StoreResult<std::optional<AuditEntry>> AuditRepository::find(qint64 seq) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(kColumns + QStringLiteral(" WHERE seq = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(seq);
    const StoreResult<QList<AuditEntry>> rows = entries(q);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<AuditEntry>() : std::optional(rows->first());
}

StoreResult<qint64> AuditRepository::count() const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        return StoreError::fromSql(q.lastError());
    return q.value(0).toLongLong();
}

StoreResult<QStringList> AuditRepository::actions() const
{
    return distinct(QStringLiteral("action"));
}

StoreResult<QStringList> AuditRepository::actors() const
{
    return distinct(QStringLiteral("actor"));
}

StoreResult<QStringList> AuditRepository::distinct(const QString &column) const
{
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column)))
        return StoreError::fromSql(q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

} // namespace hookline
