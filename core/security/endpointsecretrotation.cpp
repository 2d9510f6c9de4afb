#include "security/endpointsecretrotation.h"

#include "audit/auditlog.h"
#include "security/secretnames.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QTimer>

namespace hookline {

EndpointSecretRotation::EndpointSecretRotation(Store db, SecretStore *store, const Clock &clock,
                                               QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(store)
    , m_clock(clock)
    , m_secrets(store ? new EndpointSecrets(store, clock, this) : nullptr)
{}

void EndpointSecretRotation::deliver(Callback done, Result result)
{
    QTimer::singleShot(0, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

void EndpointSecretRotation::rotateAuthToken(const QString &endpointId, Callback done)
{
    rotate(
        endpointId, SecretNames::authToken(endpointId),
        QStringLiteral("endpoint.auth_token.rotate"),
        [this, endpointId](EndpointSecrets::Callback cb) {
            m_secrets->rotateAuthToken(endpointId, std::move(cb));
        },
        [](const EndpointSecrets::Result &) { return QJsonObject{}; }, std::move(done));
}

void EndpointSecretRotation::rotateWebhookSecret(const QString &endpointId, Callback done,
                                                 std::chrono::seconds overlap)
{
    rotate(
        endpointId, SecretNames::webhookSecret(endpointId), QStringLiteral("endpoint.whsec.rotate"),
        [this, endpointId, overlap](EndpointSecrets::Callback cb) {
            m_secrets->rotateWebhookSecret(endpointId, std::move(cb), overlap);
        },
        [overlap](const EndpointSecrets::Result &r) {
            return QJsonObject{{QStringLiteral("overlap_seconds"), qint64(overlap.count())},
                               {QStringLiteral("valid_secrets"), int(r.values.size())}};
        },
        [this, overlap, done = std::move(done)](const Result &r) {
            Result out = r;
            if (out.ok() && out.values.size() > 1)
                out.previousValidUntil = m_clock.nowUtc().addSecs(overlap.count());
            done(out);
        });
}

void EndpointSecretRotation::ensureWebhookSecret(const QString &endpointId, Callback done)
{
    if (!m_store) {
        Result refused;
        refused.secretError = SecretStore::Error::Unavailable;
        return deliver(std::move(done), refused);
    }
    m_secrets->webhookSecrets(endpointId,
                              [this, endpointId, done](const EndpointSecrets::Result &r) {
                                  if (r.ok() && !r.values.isEmpty()) {
                                      Result out;
                                      out.value = r.value;
                                      out.values = r.values;
                                      return done(out);
                                  }
                                  if (!r.ok() && r.error != SecretStore::Error::NotFound) {
                                      Result out;
                                      out.secretError = r.error;
                                      out.detail = r.detail;
                                      return done(out);
                                  }
                                  rotateWebhookSecret(endpointId, [done](const Result &rotated) {
                                      Result out = rotated;
                                      out.created = rotated.ok();
                                      done(out);
                                  });
                              });
}

void EndpointSecretRotation::rotate(
    const QString &endpointId, const QString &secretName, const QString &action,
    const Rotate &rotateSecret,
    const std::function<QJsonObject(const EndpointSecrets::Result &)> &details, Callback done)
{
    Result refused;
    if (!m_store) {
        refused.secretError = SecretStore::Error::Unavailable;
        return deliver(std::move(done), refused);
    }
    // Checked first so the usual refusals leave the keychain untouched.
    if (!AuditLog::hasKey()) {
        refused.storeError = StoreError{StoreError::Code::AuditUnavailable, QString()};
        return deliver(std::move(done), refused);
    }
    const StoreResult<std::optional<Endpoint>> endpoint = EndpointRepository(m_db).find(endpointId);
    if (!endpoint || !*endpoint) {
        refused.storeError =
            endpoint ? StoreError{StoreError::Code::NotFound, endpointId} : endpoint.error();
        return deliver(std::move(done), refused);
    }
    m_store->read(secretName, this, [=, this](const SecretStore::Result &before) {
        if (!before.ok() && before.error != SecretStore::Error::NotFound) {
            Result out;
            out.secretError = before.error;
            out.detail = before.detail;
            return done(out);
        }
        rotateSecret([=, this](const EndpointSecrets::Result &rotated) {
            Result out;
            if (!rotated.ok()) {
                out.secretError = rotated.error;
                out.detail = rotated.detail;
                return done(out);
            }
            Transaction tx(m_db);
            std::optional<StoreError> error = tx.error();
            if (!error)
                error = AuditLog::append(m_db, action, endpointId, details(rotated));
            if (!error)
                error = tx.commit();
            if (!error) {
                out.value = rotated.value;
                out.values = rotated.values;
                return done(out);
            }
            tx.rollback();
            out.storeError = error;
            // Unaudited is worse than not rotated: the old value goes back.
            const auto undone = [done, out](const SecretStore::Result &w) {
                Result failed = out;
                if (!w.ok())
                    failed.detail = w.detail;
                done(failed);
            };
            if (before.error == SecretStore::Error::NotFound)
                m_store->remove(secretName, this, undone);
            else
                m_store->write(secretName, before.value, this, undone);
        });
    });
}

} // namespace hookline
