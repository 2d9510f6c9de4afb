#pragma once

#include "domain/clock.h"
#include "domain/environment.h"
#include "security/keyinfo.h"
#include "security/secretstore.h"
#include "security/signingkey.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

namespace hookline {

// The signing keys of one environment: generate, import, rotate with an overlap, publish the
// JWKS, hand the active private key to the signer. Public metadata goes to the settings table,
// the private PEM to the SecretStore and nowhere else.
//
// Lives on the thread of its database connection (which must also be able to reach the secret
// store's thread through its event loop). Operations that touch secrets complete asynchronously
// with a callback on that thread; they are dropped if the manager is destroyed first.
class KeyManager : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        SecretStoreUnavailable, // no secret service: nothing was written anywhere
        SecretStoreFailed,      // the store refused (access denied, I/O)
        SecretMissing,          // metadata names a key whose private half is not in the store
        NoActiveKey,
        AlreadyExists, // generate when a key exists: rotate instead
        UnknownKid,
        InvalidPem,
        NotRsa,
        UnsupportedSize,
        Store, // the database refused to read or write the metadata
        Internal,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString kid;    // the key created or concerned
        QString detail; // backend text for logs
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &)>;
    using KeyCallback = std::function<void(const Result &, const SigningKey &)>;
    using PemCallback = std::function<void(const Result &, const QByteArray &)>;

    static constexpr std::chrono::seconds kDefaultOverlap{24 * 3600};

    KeyManager(Environment env, Store store, SecretStore *secrets,
               const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Environment environment() const { return m_env; }
    // For owners that create the store as a child of the manager.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    QString settingsScope() const;

    // Synchronous reads of the public metadata; no secret is needed. A failed read is an error,
    // never "no key".
    StoreResult<QList<KeyInfo>> keys() const;
    StoreResult<std::optional<KeyInfo>> activeKey() const;
    // {"keys":[…]} with the active key first, then keys still in their overlap, newest first.
    StoreResult<QJsonObject> jwks() const;

    // The first key of the environment. Fails with AlreadyExists when one is active.
    void generate(int bits, Callback done);
    // A new active key; the previous one stays published for `overlap`.
    void rotate(int bits, Callback done, std::chrono::seconds overlap = kDefaultOverlap);
    // An existing private key becomes the active one (rotation semantics for the previous key).
    void importPem(const QByteArray &pem, Callback done,
                   std::chrono::seconds overlap = kDefaultOverlap);
    // The active key with its private half, for the signer.
    void loadActiveKey(KeyCallback done);
    // Secret material out of the keychain: callers must have asked the user to confirm.
    void exportPrivatePem(const QString &kid, PemCallback done);
    // Forgets keys whose overlap has ended: metadata and secret.
    void pruneExpired(Callback done);

private:
    void install(const SigningKey &key, std::chrono::seconds overlap, Callback done);
    StoreResult<std::optional<KeyInfo>> keyInfo(const QString &kid) const;
    void deliver(Callback done, Result result);

    Environment m_env;
    Store m_store;
    QPointer<SecretStore> m_secrets;
    const Clock &m_clock;
};

} // namespace hookline
