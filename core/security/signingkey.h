#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace hookline {

// An RSA key pair for RS256 (OpenSSL 3 EVP). A value type: copies share one immutable EVP_PKEY,
// which OpenSSL allows to be used by several threads at once, so a pool of signing workers can
// share one key. A null key is the "no key" state.
class SigningKey
{
public:
    enum class Error
    {
        None,
        InvalidPem,      // not a readable, unencrypted private key
        NotRsa,          // a key of another type
        UnsupportedSize, // outside 2048–8192 bits
        Internal,        // OpenSSL failed
    };

    static constexpr int kDefaultBits = 2048;
    static bool isSupportedGenerateSize(int bits)
    {
        return bits == 2048 || bits == 3072 || bits == 4096;
    }

    SigningKey() = default;

    // Slow (tens of ms for 2048 bits, seconds for 4096): not on the GUI thread.
    static SigningKey generate(int bits, Error *error = nullptr);
    // A private key in PEM (PKCS#8 or PKCS#1). Encrypted keys are refused, never prompted for.
    static SigningKey fromPem(const QByteArray &pem, Error *error = nullptr);

    bool isNull() const { return !m_key; }
    int bits() const;
    // RFC 7638 thumbprint of the public key, base64url.
    const QString &kid() const { return m_kid; }
    // {"kty":"RSA","n":…,"e":…,"kid":…,"alg":"RS256","use":"sig"}
    const QJsonObject &publicJwk() const { return m_jwk; }
    QByteArray publicPem() const;
    // Secret material: only for the SecretStore and an explicit, confirmed export.
    QByteArray privatePem() const;

    // RSASSA-PKCS1-v1_5 with SHA-256 over `data`. Thread-safe; empty on failure.
    QByteArray signSha256(QByteArrayView data) const;

    // RFC 7638 thumbprint of an RSA public key given as base64url n and e.
    static QString thumbprint(const QString &n, const QString &e);

private:
    explicit SigningKey(std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<evp_pkey_st> m_key;
    QString m_kid;
    QJsonObject m_jwk;
};

} // namespace hookline
