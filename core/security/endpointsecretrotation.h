#pragma once

#include "domain/clock.h"
#include "security/endpointsecrets.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

namespace hookline {

// The one way an endpoint's secrets are rotated by a person, from the console or the CLI alike:
// EndpointSecrets makes the new secret, and the rotation is recorded in the audit log
// (endpoint.auth_token.rotate / endpoint.whsec.rotate, never with a secret in the details). The
// keychain and the database cannot share a transaction, so a refused audit entry puts the old
// keychain value back: nothing is rotated unaudited. Callbacks run on this object's thread,
// always later.
class EndpointSecretRotation : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        SecretStore::Error secretError = SecretStore::Error::None;
        std::optional<StoreError> storeError; // NotFound: no such endpoint; AuditUnavailable
        QString detail;                       // backend text for logs; never a secret
        QString value;                        // the new token or whsec_ secret
        QStringList values;                   // whsec_: the secrets valid now, newest first
        // whsec_: the older secrets stay valid until then (invalid when there was none).
        QDateTime previousValidUntil;
        bool created = false; // ensureWebhookSecret(): a first secret was made
        bool ok() const { return secretError == SecretStore::Error::None && !storeError; }
    };
    using Callback = std::function<void(const Result &)>;

    EndpointSecretRotation(Store db, SecretStore *store, const Clock &clock = Clock::system(),
                           QObject *parent = nullptr);

    void rotateAuthToken(const QString &endpointId, Callback done);
    void rotateWebhookSecret(const QString &endpointId, Callback done,
                             std::chrono::seconds overlap = EndpointSecrets::kDefaultOverlap);
    // A Standard Webhooks endpoint without a valid whsec_ secret holds its deliveries: this makes
    // the first one (audited like a rotation) unless one is there; `created` says which.
    void ensureWebhookSecret(const QString &endpointId, Callback done);

private:
    using Rotate = std::function<void(EndpointSecrets::Callback)>;
    // Keeps the current keychain value, rotates, appends the audit entry; undoes the rotation
    // when the entry is refused.
    void rotate(const QString &endpointId, const QString &secretName, const QString &action,
                const Rotate &rotateSecret,
                const std::function<QJsonObject(const EndpointSecrets::Result &)> &details,
                Callback done);
    void deliver(Callback done, Result result);

    Store m_db;
    QPointer<SecretStore> m_store;
    const Clock &m_clock;
    EndpointSecrets *m_secrets = nullptr;
};

} // namespace hookline
