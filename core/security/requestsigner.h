#pragma once

#include "security/jwtsigner.h"
#include "security/outgoingrequest.h"
#include "security/standardwebhookssigner.h"

#include <memory>

namespace hookline {

// What the delivery engine calls for every attempt (from its DeliverySigner port, see
// core/engine/deliveryports.h): all the headers of docs/product-contract.md "Signatures and
// headers" that the signing scheme determines, in sending order. The caller adds the endpoint's
// auth token and custom headers. Immutable; headers() may run on any number of threads at once.
//
//   JWT scheme:      Content-Type, User-Agent, X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event,
//                    X-Webhook-Timestamp, X-Webhook-Attempt, X-Webhook-Test-Mode,
//                    X-Webhook-Signature (RS256 JWT)
//   Standard scheme: the same without X-Webhook-Signature, plus webhook-id (= the idempotency
//                    key), webhook-timestamp, webhook-signature
class RequestSigner
{
public:
    enum class Scheme
    {
        Jwt,
        StandardWebhooks
    };

    explicit RequestSigner(std::shared_ptr<const JwtSigner> jwt);
    explicit RequestSigner(StandardWebhooksSigner standard);

    Scheme scheme() const { return m_scheme; }
    // Empty when signing failed (a null key, no valid secret).
    HttpHeaders headers(const OutgoingRequest &request) const;

    static QByteArray userAgent();
    // A fresh jti: 16 random bytes, base64url.
    static QString newJti();

private:
    Scheme m_scheme;
    std::shared_ptr<const JwtSigner> m_jwt;
    StandardWebhooksSigner m_standard;
};

} // namespace hookline
