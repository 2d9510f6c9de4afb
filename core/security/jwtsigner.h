#pragma once

#include "security/outgoingrequest.h"
#include "security/signingkey.h"

#include <QJsonObject>

namespace hookline {

// RS256 compact JWS (docs/product-contract.md "Signatures and headers") with OpenSSL EVP. Immutable
// after construction: one instance may sign from many threads at once.
class JwtSigner
{
public:
    static constexpr int kLifetimeSeconds = 300;
    static QString defaultIssuer() { return QStringLiteral("hookline"); }

    explicit JwtSigner(SigningKey key, QString issuer = defaultIssuer());

    const SigningKey &key() const { return m_key; }
    const QString &issuer() const { return m_issuer; }

    // header.claims.signature for arbitrary claims; empty on failure.
    QByteArray sign(const QJsonObject &claims) const;

    // The claims of docs/product-contract.md "Signatures and headers" for one attempt.
    // `signedHeaders` are the headers that go out with it.
    QJsonObject claims(const OutgoingRequest &request, const HttpHeaders &signedHeaders) const;

    // `name:value\n` for each of kSignedHeaders in order; a missing header counts as empty.
    static QByteArray canonicalHeaders(const HttpHeaders &headers);
    static const QList<QByteArray> &signedHeaderNames();
    // base64url SHA-256, as in body_sha256 and headers_sha256.
    static QString sha256(QByteArrayView data);

private:
    SigningKey m_key;
    QString m_issuer;
    QByteArray m_encodedHeader;
};

// Case-insensitive lookup in a header list; the first match wins.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name, bool *found = nullptr);

} // namespace hookline
