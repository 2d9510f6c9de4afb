#include "receiver/receivedsignature.h"

namespace hookline {

ReceivedSignature::Scheme ReceivedSignature::scheme(const ReceivedRequest &request)
{
    if (request.hasHeader("X-Webhook-Signature"))
        return Scheme::Jwt;
    if (request.hasHeader("webhook-signature"))
        return Scheme::StandardWebhooks;
    return Scheme::None;
}

QString ReceivedSignature::webhookId(const ReceivedRequest &request)
{
    return QString::fromUtf8(request.header("X-Webhook-Id"));
}

WebhookVerifier::Result ReceivedSignature::verify(const ReceivedRequest &request,
                                                  const QJsonObject &jwks,
                                                  const QStringList &whsecSecrets)
{
    WebhookVerifier::Options options;
    options.now =
        request.receivedAt.isValid() ? request.receivedAt : QDateTime::currentDateTimeUtc();
    switch (scheme(request)) {
    case Scheme::StandardWebhooks:
        return WebhookVerifier::verifyStandard(whsecSecrets, request.headers, request.body,
                                               options);
    case Scheme::None: {
        WebhookVerifier::Result unsigned_;
        unsigned_.failure = WebhookVerifier::Failure::MissingSignature;
        unsigned_.detail = QStringLiteral("X-Webhook-Signature");
        return unsigned_;
    }
    case Scheme::Jwt:
        break;
    }
    return WebhookVerifier::verifyJwt(jwks, request.headers, request.body, options);
}

} // namespace hookline
