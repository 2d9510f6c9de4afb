#include "delivery/deliveryrequestbuilder.h"

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

bool DeliveryRequestBuilder::canSign(const Endpoint &endpoint) const
{
    QReadLocker lock(&m_lock);
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
    for (const HttpHeader &h : d.endpoint->customHeaders) {
        out.headers << HeaderPair{h.name.toLatin1(), h.value.toUtf8()};
        out.loggedHeaders << HeaderPair{h.name.toLatin1(), h.value.toUtf8()};
    }
    return out;
}

} // namespace hookline
