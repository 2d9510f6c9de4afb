#pragma once

#include "http/receivedrequest.h"
#include "security/webhookverifier.h"

#include <QJsonObject>
#include <QStringList>

namespace hookline {

// Checks the signature of a request the local test receiver got, the way a customer's receiver
// would: a JWT (X-Webhook-Signature) against a JWKS, or a Standard Webhooks signature
// (webhook-signature) against the endpoint's whsec_ secrets. Times are judged as of the moment the
// request arrived, so looking at it later never turns a good signature into an expired one.
class ReceivedSignature
{
public:
    enum class Scheme
    {
        None, // neither signature header is present
        Jwt,
        StandardWebhooks,
    };

    static Scheme scheme(const ReceivedRequest &request);
    // X-Webhook-Id: which endpoint the delivery was for.
    static QString webhookId(const ReceivedRequest &request);
    // Unsigned requests fail with MissingSignature. The JWT's audience must match X-Webhook-Id.
    static WebhookVerifier::Result verify(const ReceivedRequest &request, const QJsonObject &jwks,
                                          const QStringList &whsecSecrets);
};

} // namespace hookline
