#pragma once

#include "engine/deliveryports.h"
#include "engine/signingmaterial.h"

#include <QReadWriteLock>

namespace hookline {

// The engine's DeliverySigner: the envelope of docs/product-contract.md as the body, every header
// of its "Signatures and headers" signed by the endpoint's scheme, the endpoint's auth token and
// custom headers. Nothing goes out unsigned: an endpoint whose key or secret is missing is not
// dispatched (canSign()).
class DeliveryRequestBuilder final : public DeliverySigner
{
public:
    explicit DeliveryRequestBuilder(SigningMaterial material = {});

    // Replaces the secrets (after a rotation or a new endpoint); safe while the engine signs.
    void setMaterial(SigningMaterial material);

    bool canSign(const Endpoint &endpoint) const override;
    SignedRequest prepare(const OutgoingDelivery &delivery) const override;

    // What the attempt log holds instead of the auth token and secret header values.
    static constexpr QByteArrayView kRedacted = "[redacted]";

private:
    mutable QReadWriteLock m_lock;
    SigningMaterial m_material;
};

} // namespace hookline
