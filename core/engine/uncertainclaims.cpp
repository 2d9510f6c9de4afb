#include "engine/uncertainclaims.h"

#include <QLoggingCategory>

namespace hookline {

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

void UncertainClaims::remember(const QDateTime &claimedAt,
                               const QList<DeliveryQueue::ClaimRequest> &requests)
{
    if (requests.isEmpty())
        return;
    QStringList endpointIds;
    for (const auto &r : requests)
        endpointIds << r.endpointId;
    m_claims.append({claimedAt, endpointIds});
}

void UncertainClaims::release(DeliveryQueue &queue, const QSet<qint64> &sent, const QDateTime &now)
{
    while (!m_claims.isEmpty()) {
        const Claim &c = m_claims.first();
        const StoreResult<int> released =
            queue.releaseUncertainClaims(c.at, c.endpointIds, sent, now);
        if (!released) {
            qCWarning(lcDelivery) << "cannot release claims of a lost commit:"
                                  << released.error().message;
            return; // kept for the next reconnect
        }
        if (*released > 0)
            qCInfo(lcDelivery) << *released << "deliveries claimed by a lost commit are due again";
        m_claims.removeFirst();
    }
}

} // namespace hookline
