#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace hookline {

// A certificate with its private key, as Qt objects and as PEM (for files and trust stores).
struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
};

// What to put into a certificate. Names go into the subjectAltName; the common name is only a label
// (verifiers ignore it when SANs are present).
struct CertificateSpec
{
    QString commonName;
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
};

// The local test receiver's certificates: a private CA the engine can trust for sandbox, and a
// leaf it signed for localhost and 127.0.0.1.
struct ReceiverCertificates
{
    GeneratedCertificate ca;
    GeneratedCertificate leaf;

    bool isNull() const { return ca.isNull() || leaf.isNull(); }
};

// Generates EC P-256 certificates with OpenSSL (a few milliseconds each, unlike RSA).
class SelfSignedCertificate
{
public:
    // Signs spec with issuer's key, or self-signs when issuer is null. Returns a null certificate
    // when OpenSSL fails or the issuer's PEM cannot be read.
    static GeneratedCertificate issue(const CertificateSpec &spec,
                                      const GeneratedCertificate *issuer = nullptr);

    // A fresh CA and a leaf for "localhost" and 127.0.0.1, valid from an hour ago for validityDays.
    static ReceiverCertificates forLocalhost(int validityDays = 365);
};

} // namespace hookline
