#pragma once

#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/event.h"
#include "http/httptarget.h"
#include "store/store.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

namespace hookline {

// What the engine asks of the world around it at every attempt. Each is an interface so the
// engine can be driven with fakes in unit tests; the product wires the real destination policy,
// signer and keychain-backed secrets.

struct VettedDestination
{
    bool allowed = false;
    OutcomeClass failure = OutcomeClass::Blocked; // `blocked`, or `dns` for a lookup that failed
    QString reason;                               // why, for the attempt log
    QHostAddress address;                         // where to connect when allowed
    // When allowed: where the request goes (`address`, with the URL's Host header and the name
    // for SNI and certificate verification).
    HttpTarget target;
    // The other answers, all vetted, tried in DNS order when a connection is refused (nothing
    // was sent yet, so trying the next one cannot duplicate a delivery).
    struct Fallback
    {
        QHostAddress address;
        HttpTarget target;
    };
    QList<Fallback> fallbacks;
};

// The destination policy, checked on the address actually connected to, once per attempt.
class DestinationVetter
{
public:
    virtual ~DestinationVetter() = default;
    // Calls `done` later on `context`'s thread (never synchronously).
    virtual void vet(const QUrl &url, Environment environment, QObject *context,
                     std::function<void(const VettedDestination &)> done) = 0;
    // Re-reads what the check depends on (allowlists) through the engine's connection.
    virtual void refresh(const Store &store) { Q_UNUSED(store) }
};

struct OutgoingDelivery
{
    const Endpoint *endpoint = nullptr;
    const Event *event = nullptr;
    const Delivery *delivery = nullptr;
    int attemptNumber = 1;
    QUrl url; // the URL used for this attempt (the failover URL while the primary is paused)
    QDateTime sentAt;
};

struct SignedRequest
{
    QByteArray body;
    QList<HeaderPair> headers;       // everything to send; secrets included
    QList<HeaderPair> loggedHeaders; // the same with secrets redacted, for the attempt log
};

// Builds the body and every header of docs/product-contract.md "Signatures and headers" for
// one attempt. Thread-safe.
class DeliverySigner
{
public:
    virtual ~DeliverySigner() = default;
    // False when the endpoint's key or secret is missing: its deliveries wait, unsent.
    virtual bool canSign(const Endpoint &endpoint) const = 0;
    // An empty result (no headers) means signing failed; nothing is sent.
    virtual SignedRequest prepare(const OutgoingDelivery &delivery) const = 0;
};

// The TLS settings of an environment: the system CAs plus its extra trusted CAs, TLS 1.2+.
class TlsSettingsProvider
{
public:
    virtual ~TlsSettingsProvider() = default;
    virtual QSslConfiguration configuration(Environment environment) const = 0;
    // Re-reads the extra trusted CAs through the engine's connection.
    virtual void refresh(const Store &store) { Q_UNUSED(store) }
};

} // namespace hookline
