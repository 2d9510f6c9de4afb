#include "security/keymanager.h"

#include "audit/auditlog.h"
#include "security/secretnames.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>

namespace hookline {

namespace {

const QString kActive = QStringLiteral("active");
const QString kKeyPrefix = QStringLiteral("key.");

KeyManager::Error fromSigningKeyError(SigningKey::Error e)
{
    switch (e) {
    case SigningKey::Error::None:
        return KeyManager::Error::None;
    case SigningKey::Error::InvalidPem:
        return KeyManager::Error::InvalidPem;
    case SigningKey::Error::NotRsa:
        return KeyManager::Error::NotRsa;
    case SigningKey::Error::UnsupportedSize:
        return KeyManager::Error::UnsupportedSize;
    case SigningKey::Error::Internal:
        return KeyManager::Error::Internal;
    }
    return KeyManager::Error::Internal;
}

KeyManager::Error fromSecretError(SecretStore::Error e)
{
    switch (e) {
    case SecretStore::Error::None:
        return KeyManager::Error::None;
    case SecretStore::Error::Unavailable:
        return KeyManager::Error::SecretStoreUnavailable;
    case SecretStore::Error::NotFound:
        return KeyManager::Error::SecretMissing;
    case SecretStore::Error::AccessDenied:
    case SecretStore::Error::Other:
        return KeyManager::Error::SecretStoreFailed;
    }
    return KeyManager::Error::SecretStoreFailed;
}

QString metadataJson(const KeyInfo &k)
{
    QJsonObject o{{QStringLiteral("jwk"), k.publicJwk},
                  {QStringLiteral("bits"), k.bits},
                  {QStringLiteral("created_at"), k.createdAt.toMSecsSinceEpoch()}};
    if (k.retireAt.isValid())
        o.insert(QStringLiteral("retire_at"), k.retireAt.toMSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

KeyManager::KeyManager(Environment env, Store store, SecretStore *secrets, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_env(env)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_clock(clock)
{}

QString KeyManager::settingsScope() const
{
    return QStringLiteral("keys.") + toString(m_env);
}

StoreResult<QList<KeyInfo>> KeyManager::keys() const
{
    const StoreResult<QHash<QString, QString>> stored =
        SettingsRepository(m_store).values(settingsScope());
    if (!stored)
        return stored.error();
    const QHash<QString, QString> &values = *stored;
    const QString active = values.value(kActive);
    QList<KeyInfo> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.key().startsWith(kKeyPrefix))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(it.value().toUtf8()).object();
        KeyInfo k;
        k.kid = it.key().mid(kKeyPrefix.size());
        k.publicJwk = o.value(QStringLiteral("jwk")).toObject();
        k.bits = o.value(QStringLiteral("bits")).toInt();
        k.createdAt = QDateTime::fromMSecsSinceEpoch(
            o.value(QStringLiteral("created_at")).toInteger(), Qt::UTC);
        if (o.contains(QStringLiteral("retire_at")))
            k.retireAt = QDateTime::fromMSecsSinceEpoch(
                o.value(QStringLiteral("retire_at")).toInteger(), Qt::UTC);
        k.active = k.kid == active;
        out.append(k);
    }
    // Active first, then newest first; the kid breaks ties so the order is stable.
    std::sort(out.begin(), out.end(), [](const KeyInfo &a, const KeyInfo &b) {
        if (a.active != b.active)
            return a.active;
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.kid < b.kid;
    });
    return out;
}

StoreResult<std::optional<KeyInfo>> KeyManager::activeKey() const
{
    const StoreResult<QList<KeyInfo>> all = keys();
    if (!all)
        return all.error();
    if (!all->isEmpty() && all->first().active)
        return std::optional<KeyInfo>(all->first());
    return std::optional<KeyInfo>();
}

StoreResult<std::optional<KeyInfo>> KeyManager::keyInfo(const QString &kid) const
{
    const StoreResult<QList<KeyInfo>> all = keys();
    if (!all)
        return all.error();
    for (const KeyInfo &k : *all) {
        if (k.kid == kid)
            return std::optional<KeyInfo>(k);
    }
    return std::optional<KeyInfo>();
}

StoreResult<QJsonObject> KeyManager::jwks() const
{
    const StoreResult<QList<KeyInfo>> all = keys();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    QJsonArray list;
    for (const KeyInfo &k : *all) {
        if (k.isPublished(now))
            list.append(k.publicJwk);
    }
    return QJsonObject{{QStringLiteral("keys"), list}};
}

void KeyManager::deliver(Callback done, Result result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void KeyManager::generate(int bits, Callback done)
{
    const StoreResult<std::optional<KeyInfo>> active = activeKey();
    if (!active)
        return deliver(std::move(done), Result{Error::Store, {}, active.error().message});
    if (*active)
        return deliver(std::move(done), Result{Error::AlreadyExists, (*active)->kid, {}});
    rotate(bits, std::move(done), std::chrono::seconds(0));
}

void KeyManager::rotate(int bits, Callback done, std::chrono::seconds overlap)
{
    if (!SigningKey::isSupportedGenerateSize(bits))
        return deliver(std::move(done), Result{Error::UnsupportedSize, {}, {}});
    // Key generation takes from tens of milliseconds to seconds: off this thread.
    auto promise = std::make_shared<QPromise<SigningKey>>();
    QFuture<SigningKey> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, bits] {
        promise->addResult(SigningKey::generate(bits));
        promise->finish();
    });
    future.then(this, [this, overlap, done = std::move(done)](const SigningKey &key) mutable {
        if (key.isNull())
            return deliver(std::move(done), Result{Error::Internal, {}, {}});
        install(key, overlap, std::move(done));
    });
}

void KeyManager::importPem(const QByteArray &pem, Callback done, std::chrono::seconds overlap)
{
    SigningKey::Error error = SigningKey::Error::None;
    const SigningKey key = SigningKey::fromPem(pem, &error);
    if (key.isNull())
        return deliver(std::move(done), Result{fromSigningKeyError(error), {}, {}});
    const StoreResult<std::optional<KeyInfo>> existing = keyInfo(key.kid());
    if (!existing)
        return deliver(std::move(done), Result{Error::Store, key.kid(), existing.error().message});
    if (*existing)
        return deliver(std::move(done), Result{Error::AlreadyExists, key.kid(), {}});
    install(key, overlap, std::move(done));
}

void KeyManager::install(const SigningKey &key, std::chrono::seconds overlap, Callback done)
{
    if (!m_secrets)
        return deliver(std::move(done), Result{Error::SecretStoreUnavailable, key.kid(), {}});
    const QString secretName = SecretNames::signingKey(m_env, key.kid());
    // The secret first: metadata naming a key we cannot sign with would be worse than nothing.
    m_secrets->write(
        secretName, key.privatePem(), this,
        [this, key, overlap, secretName, done = std::move(done)](const SecretStore::Result &w) {
            if (!w.ok())
                return done(Result{fromSecretError(w.error), key.kid(), w.detail});
            const QDateTime now = m_clock.nowUtc();
            const QDateTime retireAt = now.addSecs(overlap.count());
            SettingsRepository settings(m_store);
            Transaction tx(m_store);
            std::optional<StoreError> error = tx.error();
            const StoreResult<QList<KeyInfo>> stored =
                error ? StoreResult<QList<KeyInfo>>(*error) : keys();
            if (!stored)
                error = stored.error();
            for (KeyInfo k : stored ? *stored : QList<KeyInfo>()) {
                if (error)
                    break;
                if (!k.active && k.retireAt.isValid() && k.retireAt <= retireAt)
                    continue;
                // The previous active key, and retiring keys that would outlive the new one's
                // overlap, leave the JWKS when the overlap ends.
                k.retireAt = retireAt;
                error = settings.setValue(settingsScope(), kKeyPrefix + k.kid, metadataJson(k));
            }
            std::optional<KeyInfo> previous;
            if (!error) {
                const StoreResult<std::optional<KeyInfo>> active = activeKey();
                if (active)
                    previous = *active;
                else
                    error = active.error();
            }
            KeyInfo info{key.kid(), key.publicJwk(), key.bits(), now, {}, true};
            if (!error)
                error =
                    settings.setValue(settingsScope(), kKeyPrefix + key.kid(), metadataJson(info));
            if (!error)
                error = settings.setValue(settingsScope(), kActive, key.kid());
            if (!error)
                error = AuditLog::append(
                    m_store,
                    previous ? QStringLiteral("key.rotate") : QStringLiteral("key.generate"),
                    key.kid(),
                    QJsonObject{
                        {QStringLiteral("environment"), toString(m_env)},
                        {QStringLiteral("bits"), key.bits()},
                        {QStringLiteral("previous_kid"), previous ? previous->kid : QString()},
                        {QStringLiteral("previous_retire_at"),
                         previous ? retireAt.toString(Qt::ISODateWithMs) : QString()}});
            if (!error)
                error = tx.commit();
            if (error) {
                tx.rollback();
                m_secrets->remove(secretName, this, [](const SecretStore::Result &) {});
                return done(Result{Error::Store, key.kid(), error->message});
            }
            if (overlap.count() == 0)
                return pruneExpired([done, kid = key.kid()](const Result &) {
                    done(Result{Error::None, kid, {}});
                });
            done(Result{Error::None, key.kid(), {}});
        });
}

void KeyManager::loadActiveKey(KeyCallback done)
{
    const StoreResult<std::optional<KeyInfo>> active = activeKey();
    if (!active) {
        return deliver([done](const Result &r) { done(r, SigningKey()); },
                       Result{Error::Store, {}, active.error().message});
    }
    if (!*active) {
        return deliver([done](const Result &r) { done(r, SigningKey()); },
                       Result{Error::NoActiveKey, {}, {}});
    }
    exportPrivatePem((*active)->kid, [done](const Result &r, const QByteArray &pem) {
        if (!r.ok())
            return done(r, SigningKey());
        SigningKey::Error error = SigningKey::Error::None;
        SigningKey key = SigningKey::fromPem(pem, &error);
        if (key.isNull())
            return done(Result{fromSigningKeyError(error), r.kid, {}}, SigningKey());
        if (key.kid() != r.kid)
            return done(Result{Error::SecretMissing, r.kid, {}}, SigningKey());
        done(r, key);
    });
}

void KeyManager::exportPrivatePem(const QString &kid, PemCallback done)
{
    const StoreResult<std::optional<KeyInfo>> info = keyInfo(kid);
    if (!info) {
        return deliver([done](const Result &r) { done(r, {}); },
                       Result{Error::Store, kid, info.error().message});
    }
    if (!*info) {
        return deliver([done](const Result &r) { done(r, {}); },
                       Result{Error::UnknownKid, kid, {}});
    }
    if (!m_secrets) {
        return deliver([done](const Result &r) { done(r, {}); },
                       Result{Error::SecretStoreUnavailable, kid, {}});
    }
    m_secrets->read(SecretNames::signingKey(m_env, kid), this,
                    [kid, done = std::move(done)](const SecretStore::Result &r) {
                        if (!r.ok())
                            return done(Result{fromSecretError(r.error), kid, r.detail}, {});
                        done(Result{Error::None, kid, {}}, r.value);
                    });
}

void KeyManager::pruneExpired(Callback done)
{
    const QDateTime now = m_clock.nowUtc();
    const StoreResult<QList<KeyInfo>> all = keys();
    if (!all)
        return deliver(std::move(done), Result{Error::Store, {}, all.error().message});
    QStringList expired;
    for (const KeyInfo &k : *all) {
        if (!k.isPublished(now))
            expired.append(k.kid);
    }
    if (expired.isEmpty())
        return deliver(std::move(done), Result{});
    SettingsRepository settings(m_store);
    Transaction tx(m_store);
    std::optional<StoreError> error = tx.error();
    for (const QString &kid : std::as_const(expired)) {
        if (!error)
            error = settings.remove(settingsScope(), kKeyPrefix + kid);
        if (!error)
            error = AuditLog::append(m_store, QStringLiteral("key.retire"), kid,
                                     QJsonObject{{QStringLiteral("environment"), toString(m_env)}});
    }
    if (!error)
        error = tx.commit();
    if (error) {
        tx.rollback();
        return deliver(std::move(done), Result{Error::Store, {}, error->message});
    }
    // Metadata goes first: a leftover secret is harmless, metadata without its secret is not.
    if (!m_secrets)
        return deliver(std::move(done), Result{});
    auto remaining = std::make_shared<int>(int(expired.size()));
    auto firstError = std::make_shared<Result>();
    for (const QString &kid : std::as_const(expired)) {
        m_secrets->remove(SecretNames::signingKey(m_env, kid), this,
                          [remaining, firstError, kid, done](const SecretStore::Result &r) {
                              if (!r.ok() && firstError->ok())
                                  *firstError = Result{fromSecretError(r.error), kid, r.detail};
                              if (--*remaining == 0)
                                  done(*firstError);
                          });
    }
}

} // namespace hookline
