#include "audit/auditquery.h"

#include <QSqlQuery>
#include <limits>

namespace hookline {

namespace {

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
                  .arg(AuditEntry::selectColumns(),
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next())
            out << AuditEntry::fromRow(q);
    }
    return out;
}

bool AuditQuery::forEach(const QDateTime &since,
                         const std::function<bool(const AuditEntry &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 WHERE at >= ? ORDER BY seq").arg(AuditEntry::selectColumns()));
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::min());
    if (!q.exec())
        return false;
    while (q.next()) {
        if (!visit(AuditEntry::fromRow(q)))
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
