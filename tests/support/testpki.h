#pragma once

#include "receiver/selfsignedcertificate.h"

#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QStringList>

namespace hookline::test {

using TestCertificate = GeneratedCertificate;

// A throwaway certificate authority made at test time (EC P-256, a few ms) and the server
// certificates the TLS tests need: good ones and each way of being bad.
class TestPki
{
public:
    enum class Validity
    {
        Valid,       // from an hour ago for a year
        Expired,     // ended yesterday
        NotYetValid, // starts tomorrow
    };

    TestPki();
    bool isValid() const { return !m_ca.isNull(); }

    const TestCertificate &ca() const { return m_ca; }
    QByteArray caPem() const { return m_ca.certificatePem; }

    // A leaf signed by this CA for the given names.
    TestCertificate issue(const QStringList &dnsNames, const QList<QHostAddress> &ipAddresses = {},
                          Validity validity = Validity::Valid) const;
    // For "localhost" and 127.0.0.1: what a receiver on loopback serves.
    TestCertificate localhost(Validity validity = Validity::Valid) const;
    // Signed by this CA, but for "wrong.example.invalid" only (no IP SAN).
    TestCertificate wrongName() const;
    // For localhost and 127.0.0.1 but signed by its own key, not by this CA.
    static TestCertificate selfSigned(const QStringList &dnsNames = {QStringLiteral("localhost")},
                                      const QList<QHostAddress> &ipAddresses = {
                                          QHostAddress(QHostAddress::LocalHost)});

    // A client configuration that trusts this CA besides the system store (never ignores errors).
    QSslConfiguration clientConfiguration() const;

private:
    TestCertificate m_ca;
};

} // namespace hookline::test
