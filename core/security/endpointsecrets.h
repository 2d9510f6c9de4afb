#pragma once

#include "domain/clock.h"
#include "domain/endpoint.h"
#include "security/secretheaderchanges.h"
#include "security/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <functional>

namespace hookline {

// The per-endpoint secrets: the auth token sent to the receiver, the Standard Webhooks secrets and
// secret custom header values. All in the SecretStore (endpoint/<id>/auth_token,
// endpoint/<id>/whsec, endpoint/<id>/header/<name>). Callbacks run
// on this object's thread.
class EndpointSecrets : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        SecretStore::Error error = SecretStore::Error::None;
        QString value;      // the token or the newest whsec_ secret
        QStringList values; // whsec_ secrets valid now, newest first
        QString detail;
        bool ok() const { return error == SecretStore::Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr std::chrono::seconds kDefaultOverlap{24 * 3600};

    EndpointSecrets(SecretStore *store, const Clock &clock = Clock::system(),
                    QObject *parent = nullptr);

    // A new random token replaces the old one at once (the receiver must accept the new one
    // before it is rotated); completes with the new token.
    void rotateAuthToken(const QString &endpointId, Callback done);
    // Reveal: callers confirm with the user first.
    void authToken(const QString &endpointId, Callback done);

    // A new whsec_ secret becomes the signing secret; the others stay valid for `overlap`, during
    // which deliveries carry a signature for each.
    void rotateWebhookSecret(const QString &endpointId, Callback done,
                             std::chrono::seconds overlap = kDefaultOverlap);
    void webhookSecrets(const QString &endpointId, Callback done);

    // The values of the secret custom headers (SecretHeaders), one entry per header: writes
    // every secret header of `headers` that carries a value, one after the other; headers without
    // a value keep the stored one. Completes with the first failure, or success.
    void writeHeaders(const QString &endpointId, const QList<HttpHeader> &headers, Callback done);
    // Removes the entries of headers an endpoint no longer has (names, any case).
    void removeHeaders(const QString &endpointId, const QStringList &headerNames, Callback done);
    // Every change of `changes` in turn (writes, then removals, endpoint by endpoint); stops at
    // the first failure and names the endpoint it was for, or completes with success and an
    // empty `failed`.
    using ChangesCallback = std::function<void(const Result &, const SecretHeaderChanges &failed)>;
    void storeHeaderChanges(const QList<SecretHeaderChanges> &changes, ChangesCallback done);

    // When an endpoint is deleted.
    void removeAll(const QString &endpointId, Callback done);

    // 32 random bytes, base64url.
    static QString generateAuthToken();

private:
    QPointer<SecretStore> m_store;
    const Clock &m_clock;
};

} // namespace hookline
