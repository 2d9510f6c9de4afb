#include "security/endpointsecrets.h"

#include "security/base64url.h"
#include "security/randombytes.h"
#include "security/secretnames.h"
#include "security/standardwebhookssigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

namespace {

// The whsec entry: {"secrets":[{"secret":"whsec_…","until":ms}, …]}, newest first; "until"
// absent on the current one.
struct StoredSecret
{
    QString secret;
    qint64 until = 0; // 0 = current
};

QList<StoredSecret> parse(const QByteArray &value)
{
    QList<StoredSecret> out;
    const QJsonArray list =
        QJsonDocument::fromJson(value).object().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("secret")).toString(),
                    o.value(QStringLiteral("until")).toInteger()});
    }
    return out;
}

QByteArray serialise(const QList<StoredSecret> &secrets)
{
    QJsonArray list;
    for (const StoredSecret &s : secrets) {
        QJsonObject o{{QStringLiteral("secret"), s.secret}};
        if (s.until)
            o.insert(QStringLiteral("until"), s.until);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("secrets"), list}})
        .toJson(QJsonDocument::Compact);
}

QStringList validNow(const QList<StoredSecret> &secrets, qint64 nowMs)
{
    QStringList out;
    for (const StoredSecret &s : secrets) {
        if (s.until == 0 || s.until > nowMs)
            out.append(s.secret);
    }
    return out;
}

EndpointSecrets::Result failure(const SecretStore::Result &r)
{
    EndpointSecrets::Result out;
    out.error = r.error;
    out.detail = r.detail;
    return out;
}

} // namespace

EndpointSecrets::EndpointSecrets(SecretStore *store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

QString EndpointSecrets::generateAuthToken()
{
    return QString::fromLatin1(Base64Url::encode(RandomBytes::generate(32)));
}

void EndpointSecrets::rotateAuthToken(const QString &endpointId, Callback done)
{
    const QString token = generateAuthToken();
    m_store->write(SecretNames::authToken(endpointId), token.toUtf8(), this,
                   [token, done = std::move(done)](const SecretStore::Result &r) {
                       if (!r.ok())
                           return done(failure(r));
                       Result out;
                       out.value = token;
                       done(out);
                   });
}

void EndpointSecrets::authToken(const QString &endpointId, Callback done)
{
    m_store->read(SecretNames::authToken(endpointId), this,
                  [done = std::move(done)](const SecretStore::Result &r) {
                      if (!r.ok())
                          return done(failure(r));
                      Result out;
                      out.value = QString::fromUtf8(r.value);
                      done(out);
                  });
}

void EndpointSecrets::rotateWebhookSecret(const QString &endpointId, Callback done,
                                          std::chrono::seconds overlap)
{
    const QString name = SecretNames::webhookSecret(endpointId);
    m_store->read(
        name, this,
        [this, name, overlap, done = std::move(done)](const SecretStore::Result &r) mutable {
            if (!r.ok() && r.error != SecretStore::Error::NotFound)
                return done(failure(r));
            const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
            const qint64 until = now + qint64(overlap.count()) * 1000;
            QList<StoredSecret> kept;
            for (StoredSecret s : parse(r.value)) {
                if (s.until != 0 && s.until <= now)
                    continue; // its overlap is over
                if (s.until == 0 || s.until > until)
                    s.until = until;
                kept.append(s);
            }
            const QString fresh = StandardWebhooksSigner::generateSecret();
            kept.prepend({fresh, 0});
            const QStringList valid = validNow(kept, now);
            m_store->write(name, serialise(kept), this,
                           [fresh, valid, done = std::move(done)](const SecretStore::Result &w) {
                               if (!w.ok())
                                   return done(failure(w));
                               Result out;
                               out.value = fresh;
                               out.values = valid;
                               done(out);
                           });
        });
}

void EndpointSecrets::webhookSecrets(const QString &endpointId, Callback done)
{
    m_store->read(SecretNames::webhookSecret(endpointId), this,
                  [this, done = std::move(done)](const SecretStore::Result &r) {
                      if (!r.ok())
                          return done(failure(r));
                      Result out;
                      out.values = validNow(parse(r.value), m_clock.nowUtc().toMSecsSinceEpoch());
                      out.value = out.values.value(0);
                      done(out);
                  });
}

void EndpointSecrets::writeHeaders(const QString &endpointId, const QList<HttpHeader> &headers,
                                   Callback done)
{
    QList<HttpHeader> pending;
    for (const HttpHeader &h : headers) {
        if (h.secret && !h.value.isEmpty())
            pending << h;
    }
    if (pending.isEmpty()) {
        // Never inside the call, like every other completion.
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(Result{}); }, Qt::QueuedConnection);
        return;
    }
    const HttpHeader first = pending.takeFirst();
    m_store->write(
        SecretNames::header(endpointId, first.name), first.value.toUtf8(), this,
        [this, endpointId, pending, done = std::move(done)](const SecretStore::Result &r) {
            if (!r.ok())
                return done(failure(r));
            writeHeaders(endpointId, pending, done);
        });
}

void EndpointSecrets::removeHeaders(const QString &endpointId, const QStringList &headerNames,
                                    Callback done)
{
    if (headerNames.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(Result{}); }, Qt::QueuedConnection);
        return;
    }
    QStringList rest = headerNames;
    const QString first = rest.takeFirst();
    m_store->remove(SecretNames::header(endpointId, first), this,
                    [this, endpointId, rest, done = std::move(done)](const SecretStore::Result &r) {
                        if (!r.ok())
                            return done(failure(r));
                        removeHeaders(endpointId, rest, done);
                    });
}

void EndpointSecrets::storeHeaderChanges(const QList<SecretHeaderChanges> &changes,
                                         ChangesCallback done)
{
    if (changes.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(Result{}, SecretHeaderChanges{}); },
            Qt::QueuedConnection);
        return;
    }
    QList<SecretHeaderChanges> rest = changes;
    const SecretHeaderChanges first = rest.takeFirst();
    writeHeaders(first.endpointId, first.writes,
                 [this, first, rest, done = std::move(done)](const Result &r) {
                     if (!r.ok())
                         return done(r, first);
                     removeHeaders(first.endpointId, first.removals,
                                   [this, first, rest, done](const Result &r2) {
                                       if (!r2.ok())
                                           return done(r2, first);
                                       storeHeaderChanges(rest, done);
                                   });
                 });
}

void EndpointSecrets::removeAll(const QString &endpointId, Callback done)
{
    m_store->remove(SecretNames::authToken(endpointId), this,
                    [this, endpointId, done = std::move(done)](const SecretStore::Result &r) {
                        if (!r.ok())
                            return done(failure(r));
                        m_store->remove(SecretNames::webhookSecret(endpointId), this,
                                        [done](const SecretStore::Result &r2) {
                                            done(r2.ok() ? Result{} : failure(r2));
                                        });
                    });
}

} // namespace hookline
