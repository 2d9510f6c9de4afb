#pragma once

#include "domain/environment.h"
#include "security/jwtsigner.h"
#include "security/standardwebhookssigner.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace hookline {

class SecretStore;

// The secrets a delivery needs, read from the keychain ahead of time (keychain jobs are
// asynchronous and belong on the main thread; signing happens on the engine's thread). A value:
// it is handed to the engine whole and replaced whole.
struct SigningMaterial
{
    std::shared_ptr<const JwtSigner> liveJwt;
    std::shared_ptr<const JwtSigner> sandboxJwt;
    QHash<QString, StandardWebhooksSigner> standard; // by endpoint id
    QHash<QString, QByteArray> authTokens;           // by endpoint id
    // Secret custom header values (SecretHeaders), by endpoint id, then lower-case header name.
    QHash<QString, QHash<QString, QByteArray>> headerValues;
    QStringList problems; // what could not be loaded, in words for logs and the status bar

    std::shared_ptr<const JwtSigner> jwt(Environment env) const
    {
        return env == Environment::Live ? liveJwt : sandboxJwt;
    }
};

// Loads SigningMaterial for every endpoint of the database from a SecretStore, asynchronously,
// on the caller's thread (the main thread). First moves secret header values still in the
// database into the store (SecretHeaderMigration).
class SigningMaterialLoader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SigningMaterial &)>;

    SigningMaterialLoader(Store store, SecretStore *secrets, QObject *parent = nullptr);
    void load(Callback done);

private:
    void loadSecrets(const QStringList &problems, Callback done);

    Store m_store;
    SecretStore *m_secrets;
};

} // namespace hookline
