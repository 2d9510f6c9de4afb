#include "delivery/deadletterquery.h"

#include <QSqlQuery>

namespace hookline {

DeadLetterQuery::DeadLetterQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<DeadLetterQuery::Group> DeadLetterQuery::groups(Environment environment) const
{
    // The partial dead-letter index (schema 4) covers the scan and yields the rows grouped: only
    // dead rows are read, never the table. Named, because the status index would also answer and
    // then read every dead row from the table (0.2–0.6 s at 50,000 dead).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT endpoint_id, last_outcome, count(*), max(updated_at) FROM deliveries "
        "INDEXED BY deliveries_dead WHERE environment = ? AND status = 'dead' GROUP BY "
        "endpoint_id, last_outcome "
        "ORDER BY count(*) DESC, endpoint_id, last_outcome"));
    q.addBindValue(toString(environment));
    QList<Group> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Group g;
        g.endpointId = q.value(0).toString();
        if (!q.value(1).isNull())
            g.outcome = outcomeClassFromString(q.value(1).toString());
        g.count = q.value(2).toInt();
        g.latest = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        out << g;
    }
    return out;
}

int DeadLetterQuery::total(Environment environment) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM deliveries WHERE environment = ? AND status = 'dead'"));
    q.addBindValue(toString(environment));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace hookline
