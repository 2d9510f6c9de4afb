#include "receiver/selfsignedcertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hookline {

namespace {

struct OpenSslFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template<typename T> using Owned = std::unique_ptr<T, OpenSslFree>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // a positive serial, as RFC 5280 asks
    Owned<BIGNUM> bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

QByteArray subjectAltName(const CertificateSpec &spec)
{
    QByteArrayList parts;
    for (const QString &name : spec.dnsNames)
        parts << "DNS:" + name.toUtf8();
    for (const QHostAddress &ip : spec.ipAddresses)
        parts << "IP:" + ip.toString().toLatin1();
    return parts.join(',');
}

} // namespace

GeneratedCertificate SelfSignedCertificate::issue(const CertificateSpec &spec,
                                                  const GeneratedCertificate *issuer)
{
    Owned<EVP_PKEY> issuerKey;
    Owned<X509> issuerCert;
    if (issuer) {
        Owned<BIO> certBio(BIO_new_mem_buf(issuer->certificatePem.constData(),
                                           int(issuer->certificatePem.size())));
        Owned<BIO> keyBio(
            BIO_new_mem_buf(issuer->privateKeyPem.constData(), int(issuer->privateKeyPem.size())));
        issuerCert.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
        issuerKey.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        if (!issuerCert || !issuerKey)
            return GeneratedCertificate();
    }

    Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
    Owned<X509> cert(X509_new());
    if (!key || !cert)
        return GeneratedCertificate();

    const QDateTime notBefore =
        spec.notBefore.isValid() ? spec.notBefore : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter = spec.notAfter.isValid() ? spec.notAfter : notBefore.addDays(365);
    if (X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()) ||
        !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch())) ||
        X509_set_pubkey(cert.get(), key.get()) != 1)
        return GeneratedCertificate();

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("Hookline"), -1, -1,
                                   0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1)
        return GeneratedCertificate();
    if (X509_set_issuer_name(cert.get(),
                             issuerCert ? X509_get_subject_name(issuerCert.get()) : name) != 1)
        return GeneratedCertificate();

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert.get() : cert.get(), cert.get(), nullptr, nullptr,
                   0);
    bool ok = addExtension(cert.get(), &ctx, NID_basic_constraints,
                           spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
              addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash") &&
              addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (spec.isCa) {
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth");
    }
    const QByteArray san = subjectAltName(spec);
    if (!san.isEmpty())
        ok = ok && addExtension(cert.get(), &ctx, NID_subject_alt_name, san);
    if (!ok)
        return GeneratedCertificate();

    EVP_PKEY *signingKey = issuerKey ? issuerKey.get() : key.get();
    if (X509_sign(cert.get(), signingKey, EVP_sha256()) <= 0)
        return GeneratedCertificate();

    Owned<BIO> certOut(BIO_new(BIO_s_mem()));
    Owned<BIO> keyOut(BIO_new(BIO_s_mem()));
    // The traditional "EC PRIVATE KEY" form: every Qt backend reads it.
    if (!certOut || !keyOut || PEM_write_bio_X509(certOut.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey_traditional(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                             nullptr) != 1)
        return GeneratedCertificate();

    GeneratedCertificate result;
    result.certificatePem = bioBytes(certOut.get());
    result.privateKeyPem = bioBytes(keyOut.get());
    result.certificate = QSslCertificate(result.certificatePem, QSsl::Pem);
    result.privateKey = QSslKey(result.privateKeyPem, QSsl::Ec, QSsl::Pem);
    if (result.isNull())
        return GeneratedCertificate();
    return result;
}

ReceiverCertificates SelfSignedCertificate::forLocalhost(int validityDays)
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    CertificateSpec caSpec;
    caSpec.commonName = QStringLiteral("Hookline local test receiver CA");
    caSpec.notBefore = from;
    caSpec.notAfter = from.addDays(validityDays);
    caSpec.isCa = true;

    ReceiverCertificates result;
    result.ca = issue(caSpec);
    if (result.ca.isNull())
        return ReceiverCertificates();

    CertificateSpec leafSpec;
    leafSpec.commonName = QStringLiteral("localhost");
    leafSpec.dnsNames = {QStringLiteral("localhost")};
    leafSpec.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    leafSpec.notBefore = from;
    leafSpec.notAfter = from.addDays(validityDays);
    result.leaf = issue(leafSpec, &result.ca);
    if (result.leaf.isNull())
        return ReceiverCertificates();
    return result;
}

} // namespace hookline
