#include "security/signingkey.h"

#include "security/base64url.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace hookline {

namespace {

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct BnDeleter
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::shared_ptr<EVP_PKEY> own(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QString bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &raw))
        return {};
    std::unique_ptr<BIGNUM, BnDeleter> bn(raw);
    QByteArray bytes(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

// Refuses encrypted PEM instead of letting OpenSSL prompt on the terminal.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

// One SHA-256 implementation fetched once; fetching per call costs measurable time.
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

SigningKey::SigningKey(std::shared_ptr<evp_pkey_st> key)
    : m_key(std::move(key))
{
    const QString n = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
    const QString e = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
    m_kid = thumbprint(n, e);
    m_jwk = QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                        {QStringLiteral("n"), n},
                        {QStringLiteral("e"), e},
                        {QStringLiteral("kid"), m_kid},
                        {QStringLiteral("alg"), QStringLiteral("RS256")},
                        {QStringLiteral("use"), QStringLiteral("sig")}};
}

SigningKey SigningKey::generate(int bits, Error *error)
{
    auto fail = [error](Error e) {
        if (error)
            *error = e;
        return SigningKey();
    };
    if (!isSupportedGenerateSize(bits))
        return fail(Error::UnsupportedSize);
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!raw)
        return fail(Error::Internal);
    if (error)
        *error = Error::None;
    return SigningKey(own(raw));
}

SigningKey SigningKey::fromPem(const QByteArray &pem, Error *error)
{
    auto fail = [error](Error e) {
        if (error)
            *error = e;
        return SigningKey();
    };
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return fail(Error::Internal);
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
    if (!raw)
        return fail(Error::InvalidPem);
    auto key = own(raw);
    if (!EVP_PKEY_is_a(key.get(), "RSA"))
        return fail(Error::NotRsa);
    const int bits = EVP_PKEY_get_bits(key.get());
    if (bits < 2048 || bits > 8192)
        return fail(Error::UnsupportedSize);
    if (error)
        *error = Error::None;
    return SigningKey(std::move(key));
}

int SigningKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray SigningKey::publicPem() const
{
    if (!m_key)
        return {};
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PUBKEY(bio.get(), m_key.get()))
        return {};
    return bioContents(bio.get());
}

QByteArray SigningKey::privatePem() const
{
    if (!m_key)
        return {};
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_secmem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    return bioContents(bio.get());
}

QByteArray SigningKey::signSha256(QByteArrayView data) const
{
    if (!m_key)
        return {};
    // A context per call: contexts are not shareable between threads, the key is.
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, sha256(), nullptr, m_key.get()) != 1)
        return {};
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, size_t(data.size())) != 1)
        return {};
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, in,
                       size_t(data.size())) != 1)
        return {};
    sig.resize(qsizetype(len));
    return sig;
}

QString SigningKey::thumbprint(const QString &n, const QString &e)
{
    // RFC 7638 §3: the required members in lexicographic order, no whitespace.
    const QByteArray canonical =
        "{\"e\":\"" + e.toLatin1() + "\",\"kty\":\"RSA\",\"n\":\"" + n.toLatin1() + "\"}";
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

} // namespace hookline
