#include "store/deliverycondition.h"

namespace hookline {

DeliveryCondition deadLetterCondition(const DeadLetterFilter &f, const QDateTime &until)
{
    DeliveryCondition c;
    c.add(QStringLiteral("status = 'dead'"));
    c.add(QStringLiteral("environment = ?"), toString(f.environment));
    if (!f.endpointId.isEmpty())
        c.add(QStringLiteral("endpoint_id = ?"), f.endpointId);
    if (f.outcome)
        c.add(QStringLiteral("last_outcome = ?"), toString(*f.outcome));
    if (f.since.isValid())
        c.add(QStringLiteral("updated_at >= ?"), f.since.toMSecsSinceEpoch());
    if (until.isValid())
        c.add(QStringLiteral("updated_at <= ?"), until.toMSecsSinceEpoch());
    return c;
}

} // namespace hookline
