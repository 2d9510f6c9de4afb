#include "audit/auditquery.h"

#include <QSqlQuery>
#include <limits>

namespace hookline {

namespace {
const QString kColumns =
    QStringLiteral("seq, at, actor, action, object, details, prev_hash, hash FROM audit_log");

AuditEntry readEntry(const QSqlQuery &q)
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

QStringList distinct(QSqlDatabase db, const QString &column)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
} // namespace

AuditQuery::AuditQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<AuditEntry> AuditQuery::page(const Filter &f, int limit, qint64 beforeSeq) const
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
            binds << prefix.size() << prefix;
        } else {
            where << QStringLiteral("action = ?");
            binds << f.action;
        }
    }
    if (!f.object.isEmpty()) {
        where << QStringLiteral("instr(object, ?) > 0");
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY seq DESC LIMIT ?")
                  .arg(kColumns, where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ") +
                                                       where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next())
            out << readEntry(q);
    }
    return out;
}

bool AuditQuery::forEach(const QDateTime &since,
                         const std::function<bool(const AuditEntry &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 WHERE at >= ? ORDER BY seq").arg(kColumns));
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::min());
    if (!q.exec())
        return false;
    while (q.next()) {
        if (!visit(readEntry(q)))
            return true;
    }
    return true;
}

QStringList AuditQuery::actions() const
{
    return distinct(m_db, QStringLiteral("action"));
}

QStringList AuditQuery::actors() const
{
    return distinct(m_db, QStringLiteral("actor"));
}

} // namespace hookline
