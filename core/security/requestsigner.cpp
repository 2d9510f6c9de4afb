#include "security/requestsigner.h"

#include "security/base64url.h"
#include "security/randombytes.h"

namespace hookline {

RequestSigner::RequestSigner(std::shared_ptr<const JwtSigner> jwt)
    : m_scheme(Scheme::Jwt)
    , m_jwt(std::move(jwt))
{}

RequestSigner::RequestSigner(StandardWebhooksSigner standard)
    : m_scheme(Scheme::StandardWebhooks)
    , m_standard(std::move(standard))
{}

QByteArray RequestSigner::userAgent()
{
    return QByteArrayLiteral("Hookline/" HOOKLINE_VERSION);
}

QString RequestSigner::newJti()
{
    return QString::fromLatin1(Base64Url::encode(RandomBytes::generate(16)));
}

HttpHeaders RequestSigner::headers(const OutgoingRequest &request) const
{
    const QByteArray timestamp = QByteArray::number(request.timestamp);
    HttpHeaders h{
        {"Content-Type", "application/json"},
        {"User-Agent", userAgent()},
        {"X-Webhook-Id", request.webhookId.toUtf8()},
        {"X-Idempotency-Key", request.idempotencyKey.toUtf8()},
        {"X-Webhook-Event", request.eventType.toUtf8()},
        {"X-Webhook-Timestamp", timestamp},
        {"X-Webhook-Attempt", QByteArray::number(request.attempt)},
        {"X-Webhook-Test-Mode", request.testMode ? "true" : "false"},
    };

    if (m_scheme == Scheme::Jwt) {
        if (!m_jwt)
            return {};
        OutgoingRequest r = request;
        if (r.jti.isEmpty())
            r.jti = newJti();
        const QByteArray token = m_jwt->sign(m_jwt->claims(r, h));
        if (token.isEmpty())
            return {};
        h.append({"X-Webhook-Signature", token});
        return h;
    }

    if (!m_standard.isValid())
        return {};
    const QByteArray id = request.idempotencyKey.toUtf8();
    h.append({"webhook-id", id});
    h.append({"webhook-timestamp", timestamp});
    h.append({"webhook-signature", m_standard.signature(id, request.timestamp, request.body)});
    return h;
}

} // namespace hookline
