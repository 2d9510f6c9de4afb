#pragma once

#include "engine/deliveryqueue.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace hookline {

// Claims whose COMMIT failed with the connection: the server may have committed them, and then
// their deliveries would stay in flight with nobody sending them. The engine remembers them here
// and releases them once it has reconnected (DeliveryQueue::releaseUncertainClaims).
class UncertainClaims
{
public:
    void remember(const QDateTime &claimedAt, const QList<DeliveryQueue::ClaimRequest> &requests);
    // Releases what is remembered, except the attempts in `sent` (the engine did send them).
    // What the store refuses is kept for the next reconnect.
    void release(DeliveryQueue &queue, const QSet<qint64> &sent, const QDateTime &now);

private:
    struct Claim
    {
        QDateTime at;
        QStringList endpointIds;
    };
    QList<Claim> m_claims;
};

} // namespace hookline
