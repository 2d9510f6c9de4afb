#include "store/auditlogquery.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

AuditLogQuery::AuditLogQuery(Store store)
    : m_store(std::move(store))
{}

StoreResult<QList<AuditEntry>> AuditLogQuery::page(const AuditQuery::Filter &f, int limit,
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
            // The length is ours, not the user's: written into the statement, so neither
            // backend has to guess a parameter's integer type.
            where << QStringLiteral("substr(action, 1, %1) = ?").arg(prefix.size());
            binds << prefix;
        } else {
            where << QStringLiteral("action = ?");
            binds << f.action;
        }
    }
    if (!f.object.isEmpty()) {
        // A case-sensitive substring test: instr on SQLite, strpos on PostgreSQL.
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
    // A statement SQLite cannot prepare (a missing table) reports why here; exec() would only
    // say "Parameter count mismatch".
    if (!q.prepare(QStringLiteral("SELECT %1%2 ORDER BY seq DESC LIMIT ?")
                       .arg(AuditEntry::selectColumns(),
                            where.isEmpty()
                                ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << AuditEntry::fromRow(q);
    // A step that fails after the first row (SQLITE_BUSY, a lost server) ends next() early.
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

} // namespace hookline
