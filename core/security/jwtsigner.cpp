#include "security/jwtsigner.h"

#include "security/base64url.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace hookline {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name, bool *found)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return v;
        }
    }
    if (found)
        *found = false;
    return {};
}

JwtSigner::JwtSigner(SigningKey key, QString issuer)
    : m_key(std::move(key))
    , m_issuer(std::move(issuer))
{
    // Fixed member order, so the same key always yields the same header bytes.
    const QByteArray header =
        "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + m_key.kid().toLatin1() + "\"}";
    m_encodedHeader = Base64Url::encode(header);
}

QByteArray JwtSigner::sign(const QJsonObject &claims) const
{
    if (m_key.isNull())
        return {};
    const QByteArray input =
        m_encodedHeader + '.' +
        Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = m_key.signSha256(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + Base64Url::encode(signature);
}

QJsonObject JwtSigner::claims(const OutgoingRequest &r, const HttpHeaders &signedHeaders) const
{
    return QJsonObject{
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("aud"), r.webhookId},
        {QStringLiteral("iat"), r.timestamp},
        {QStringLiteral("exp"), r.timestamp + kLifetimeSeconds},
        {QStringLiteral("jti"), r.jti},
        {QStringLiteral("event_id"), r.eventId},
        {QStringLiteral("event_type"), r.eventType},
        {QStringLiteral("idempotency_key"), r.idempotencyKey},
        {QStringLiteral("test_mode"), r.testMode},
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("url"), QString::fromUtf8(r.url.toEncoded())},
        {QStringLiteral("body_sha256"), sha256(r.body)},
        {QStringLiteral("headers_sha256"), sha256(canonicalHeaders(signedHeaders))},
    };
}

const QList<QByteArray> &JwtSigner::signedHeaderNames()
{
    static const QList<QByteArray> names{"content-type",        "x-webhook-id",
                                         "x-idempotency-key",   "x-webhook-event",
                                         "x-webhook-timestamp", "x-webhook-test-mode"};
    return names;
}

QByteArray JwtSigner::canonicalHeaders(const HttpHeaders &headers)
{
    QByteArray out;
    for (const QByteArray &name : signedHeaderNames())
        out += name + ':' + headerValue(headers, name) + '\n';
    return out;
}

QString JwtSigner::sha256(QByteArrayView data)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(data, QCryptographicHash::Sha256)));
}

} // namespace hookline
