#include "engine/deliveryrequestbuilder.h"

#include "events/envelopebuilder.h"
#include "security/requestsigner.h"

namespace hookline {

DeliveryRequestBuilder::DeliveryRequestBuilder(SigningMaterial material)
    : m_material(std::move(material))
{}

void DeliveryRequestBuilder::setMaterial(SigningMaterial material)
{
    QWriteLocker lock(&m_lock);
    m_material = std::move(material);
}

namespace {
// The value a secret header is sent with: the SecretStore's, or for a row whose value
// SecretHeaderMigration has not moved yet, the database's. Empty: unknown.
QByteArray secretValue(const SigningMaterial &material, const QString &endpointId,
                       const HttpHeader &header)
{
    const QByteArray stored = material.headerValues.value(endpointId).value(header.name.toLower());
    return stored.isEmpty() ? header.value.toUtf8() : stored;
}
} // namespace

bool DeliveryRequestBuilder::canSign(const Endpoint &endpoint) const
{
    QReadLocker lock(&m_lock);
    // Without its credential the receiver would refuse every attempt: wait like a missing key.
    for (const HttpHeader &h : endpoint.customHeaders) {
        if (h.secret && secretValue(m_material, endpoint.id, h).isEmpty())
            return false;
    }
    if (endpoint.signingScheme == SigningScheme::StandardWebhooks)
        return m_material.standard.contains(endpoint.id);
    return m_material.jwt(endpoint.environment) != nullptr;
}

SignedRequest DeliveryRequestBuilder::prepare(const OutgoingDelivery &d) const
{
    SignedRequest out;
    out.body = EnvelopeBuilder::build(*d.event, d.attemptNumber, d.sentAt);

    OutgoingRequest req;
    req.method = toString(d.endpoint->method).toLatin1();
    req.url = d.url;
    req.body = out.body;
    req.webhookId = d.endpoint->webhookId;
    req.eventId = d.event->id;
    req.eventType = d.event->type;
    req.idempotencyKey = d.delivery->idempotencyKey;
    req.testMode = d.endpoint->environment == Environment::Sandbox;
    req.timestamp = d.sentAt.toSecsSinceEpoch();
    req.attempt = d.attemptNumber;

    QByteArray authToken;
    HttpHeaders signedHeaders;
    QList<HeaderPair> custom;
    QList<HeaderPair> loggedCustom;
    {
        QReadLocker lock(&m_lock);
        if (d.endpoint->signingScheme == SigningScheme::StandardWebhooks) {
            const auto it = m_material.standard.constFind(d.endpoint->id);
            if (it != m_material.standard.cend())
                signedHeaders = RequestSigner(*it).headers(req);
        } else if (auto jwt = m_material.jwt(d.endpoint->environment)) {
            signedHeaders = RequestSigner(jwt).headers(req);
        }
        authToken = m_material.authTokens.value(d.endpoint->id);
        for (const HttpHeader &h : d.endpoint->customHeaders) {
            const QByteArray name = h.name.toLatin1();
            if (!h.secret) {
                custom << HeaderPair{name, h.value.toUtf8()};
                loggedCustom << HeaderPair{name, h.value.toUtf8()};
                continue;
            }
            custom << HeaderPair{name, secretValue(m_material, d.endpoint->id, h)};
            loggedCustom << HeaderPair{name, kRedacted.toByteArray()};
        }
    }
    if (signedHeaders.isEmpty())
        return {}; // never send unsigned

    for (const auto &h : std::as_const(signedHeaders)) {
        out.headers << HeaderPair{h.first, h.second};
        out.loggedHeaders << HeaderPair{h.first, h.second};
    }
    if (!authToken.isEmpty()) {
        const QByteArray name = d.endpoint->authHeaderName.toLatin1();
        const bool bearer = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        out.headers << HeaderPair{name, bearer ? "Bearer " + authToken : authToken};
        out.loggedHeaders << HeaderPair{name, (bearer ? QByteArray("Bearer ") : QByteArray()) +
                                                  kRedacted.toByteArray()};
    }
    out.headers << custom;
    out.loggedHeaders << loggedCustom;
    return out;
}

} // namespace hookline
