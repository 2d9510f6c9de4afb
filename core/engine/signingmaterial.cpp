#include "engine/signingmaterial.h"

#include "security/endpointsecrets.h"
#include "security/keymanager.h"
#include "security/secretheadermigration.h"
#include "security/secretnames.h"
#include "store/endpointrepository.h"

namespace hookline {

SigningMaterialLoader::SigningMaterialLoader(Store store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
{}

void SigningMaterialLoader::load(Callback done)
{
    auto *migration = new SecretHeaderMigration(m_store, m_secrets, this);
    migration->run([this, migration,
                    done = std::move(done)](const SecretHeaderMigration::Result &moved) mutable {
        migration->deleteLater();
        QStringList problems;
        if (!moved.ok())
            problems << QStringLiteral("secret header values stay in the database until the "
                                       "secret store takes them: %1")
                            .arg(moved.detail);
        loadSecrets(problems, std::move(done));
    });
}

void SigningMaterialLoader::loadSecrets(const QStringList &problems, Callback done)
{
    // Everything is collected into one shared value; the last answer hands it over.
    struct State
    {
        SigningMaterial material;
        int pending = 0;
        Callback done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->material.problems = problems;
    auto finishOne = [state] {
        if (--state->pending == 0)
            state->done(state->material);
    };

    const StoreResult<QList<Endpoint>> stored = EndpointRepository(m_store).listAll();
    if (!stored)
        state->material.problems
            << QStringLiteral("endpoints cannot be read: %1").arg(stored.error().message);
    const QList<Endpoint> endpoints = stored ? *stored : QList<Endpoint>();
    int secretHeaders = 0;
    for (const Endpoint &e : endpoints) {
        for (const HttpHeader &h : e.customHeaders)
            secretHeaders += h.secret ? 1 : 0;
    }
    state->pending = 2 + 2 * static_cast<int>(endpoints.size()) + secretHeaders;
    for (Environment env : {Environment::Live, Environment::Sandbox}) {
        auto *keys = new KeyManager(env, m_store, m_secrets, Clock::system(), this);
        keys->loadActiveKey([state, env, keys, finishOne](const KeyManager::Result &r,
                                                          const SigningKey &key) {
            if (r.ok()) {
                auto signer = std::make_shared<const JwtSigner>(key);
                (env == Environment::Live ? state->material.liveJwt : state->material.sandboxJwt) =
                    signer;
            } else if (r.error != KeyManager::Error::NoActiveKey) {
                state->material.problems
                    << QStringLiteral("%1 signing key: %2").arg(toString(env), r.detail);
            }
            keys->deleteLater();
            finishOne();
        });
    }
    auto *secrets = new EndpointSecrets(m_secrets, Clock::system(), this);
    auto remaining = std::make_shared<int>(2 * static_cast<int>(endpoints.size()));
    auto release = [secrets, remaining] {
        if (--*remaining == 0)
            secrets->deleteLater();
    };
    if (endpoints.isEmpty())
        secrets->deleteLater();
    for (const Endpoint &e : endpoints) {
        const QString id = e.id;
        for (const HttpHeader &h : e.customHeaders) {
            if (!h.secret)
                continue;
            const QString name = h.name.toLower();
            m_secrets->read(SecretNames::header(id, name), this,
                            [state, id, name, finishOne](const SecretStore::Result &r) {
                                if (r.ok())
                                    state->material.headerValues[id].insert(name, r.value);
                                else
                                    state->material.problems
                                        << QStringLiteral("endpoint %1, header %2: %3")
                                               .arg(id, name,
                                                    r.error == SecretStore::Error::NotFound
                                                        ? QStringLiteral("no stored value")
                                                        : r.detail);
                                finishOne();
                            });
        }
        secrets->authToken(id, [state, id, finishOne, release](const EndpointSecrets::Result &r) {
            if (r.ok() && !r.value.isEmpty())
                state->material.authTokens.insert(id, r.value.toUtf8());
            release();
            finishOne();
        });
        secrets->webhookSecrets(
            id, [state, id, finishOne, release](const EndpointSecrets::Result &r) {
                if (r.ok() && !r.values.isEmpty())
                    state->material.standard.insert(id, StandardWebhooksSigner(r.values));
                release();
                finishOne();
            });
    }
}

} // namespace hookline
