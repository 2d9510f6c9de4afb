#include "support/testpki.h"

namespace hookline::test {

namespace {

CertificateSpec spec(const QString &cn, const QStringList &dnsNames,
                     const QList<QHostAddress> &ipAddresses, TestPki::Validity validity)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateSpec s;
    s.commonName = cn;
    s.dnsNames = dnsNames;
    s.ipAddresses = ipAddresses;
    switch (validity) {
    case TestPki::Validity::Valid:
        s.notBefore = now.addSecs(-3600);
        s.notAfter = now.addDays(365);
        break;
    case TestPki::Validity::Expired:
        s.notBefore = now.addDays(-30);
        s.notAfter = now.addDays(-1);
        break;
    case TestPki::Validity::NotYetValid:
        s.notBefore = now.addDays(1);
        s.notAfter = now.addDays(30);
        break;
    }
    return s;
}

} // namespace

TestPki::TestPki()
{
    CertificateSpec caSpec = spec(QStringLiteral("Hookline Test CA"), {}, {}, Validity::Valid);
    caSpec.isCa = true;
    m_ca = SelfSignedCertificate::issue(caSpec);
}

TestCertificate TestPki::issue(const QStringList &dnsNames, const QList<QHostAddress> &ipAddresses,
                               Validity validity) const
{
    const QString cn = dnsNames.isEmpty() ? QStringLiteral("test leaf") : dnsNames.first();
    return SelfSignedCertificate::issue(spec(cn, dnsNames, ipAddresses, validity), &m_ca);
}

TestCertificate TestPki::localhost(Validity validity) const
{
    return issue({QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, validity);
}

TestCertificate TestPki::wrongName() const
{
    return issue({QStringLiteral("wrong.example.invalid")});
}

TestCertificate TestPki::selfSigned(const QStringList &dnsNames,
                                    const QList<QHostAddress> &ipAddresses)
{
    return SelfSignedCertificate::issue(
        spec(QStringLiteral("self-signed"), dnsNames, ipAddresses, Validity::Valid));
}

QSslConfiguration TestPki::clientConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(m_ca.certificate);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace hookline::test
