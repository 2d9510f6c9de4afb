#include "support/scriptedhttpsserver.h"
#include "support/testpki.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>
#include <memory>

using namespace hookline;
using namespace hookline::test;

class TestTestPki : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generationTakesMilliseconds();
    void certificatesCarryWhatWasAsked();
    void pemRoundTrips();
    void clientSeesExactlyTheExpectedTlsError_data();
    void clientSeesExactlyTheExpectedTlsError();

private:
    std::unique_ptr<TestPki> m_pki;
};

void TestTestPki::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY(m_pki->isValid());
}

void TestTestPki::generationTakesMilliseconds()
{
    QElapsedTimer timer;
    timer.start();
    TestPki pki;
    QVERIFY(pki.isValid());
    for (int i = 0; i < 10; ++i)
        QVERIFY(!pki.localhost().isNull());
    // EC P-256: a CA and ten leaves in well under a second even on a busy machine (RSA would not).
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    qInfo("CA + 10 leaves: %lld ms", timer.elapsed());
}

void TestTestPki::certificatesCarryWhatWasAsked()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCertificate &ca = m_pki->ca();
    QVERIFY(ca.certificate.isSelfSigned());
    QCOMPARE(ca.privateKey.algorithm(), QSsl::Ec);

    const TestCertificate leaf = m_pki->issue({QStringLiteral("a.test"), QStringLiteral("b.test")},
                                              {QHostAddress(QStringLiteral("127.0.0.2"))});
    QVERIFY(!leaf.certificate.isSelfSigned());
    QCOMPARE(leaf.certificate.issuerDisplayName(), ca.certificate.subjectDisplayName());
    const auto sans = leaf.certificate.subjectAlternativeNames();
    QCOMPARE(sans.values(QSsl::DnsEntry),
             (QList<QString>{QStringLiteral("b.test"), QStringLiteral("a.test")}));
    QCOMPARE(sans.values(QSsl::IpAddressEntry), QList<QString>{QStringLiteral("127.0.0.2")});
    QVERIFY(leaf.certificate.effectiveDate() <= now);
    QVERIFY(leaf.certificate.expiryDate() > now.addDays(300));

    const TestCertificate expired = m_pki->localhost(TestPki::Validity::Expired);
    QVERIFY(expired.certificate.expiryDate() < now);
    const TestCertificate future = m_pki->localhost(TestPki::Validity::NotYetValid);
    QVERIFY(future.certificate.effectiveDate() > now);
    // Qt's isSelfSigned() also wants keyCertSign, which a leaf lacks: compare the names instead.
    const QSslCertificate self = TestPki::selfSigned().certificate;
    QCOMPARE(self.issuerDisplayName(), self.subjectDisplayName());
    QVERIFY(self.issuerDisplayName() != ca.certificate.subjectDisplayName());
    QVERIFY(!m_pki->wrongName()
                 .certificate.subjectAlternativeNames()
                 .values(QSsl::DnsEntry)
                 .contains(QStringLiteral("localhost")));
}

void TestTestPki::pemRoundTrips()
{
    const TestCertificate leaf = m_pki->localhost();
    QVERIFY(leaf.certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(QSslCertificate(leaf.certificatePem, QSsl::Pem), leaf.certificate);
    QCOMPARE(QSslKey(leaf.privateKeyPem, QSsl::Ec, QSsl::Pem), leaf.privateKey);
    QCOMPARE(m_pki->caPem(), m_pki->ca().certificate.toPem());
    // Each call makes a new key: two leaves never share one.
    QVERIFY(m_pki->localhost().privateKeyPem != leaf.privateKeyPem);
}

void TestTestPki::clientSeesExactlyTheExpectedTlsError_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("verifyName");
    QTest::addColumn<int>("expectedError"); // QSslError::NoError = the request succeeds

    QTest::newRow("valid, IP SAN") << "valid" << QString() << int(QSslError::NoError);
    QTest::newRow("valid, DNS SAN") << "valid"
                                    << "localhost" << int(QSslError::NoError);
    QTest::newRow("valid, other name") << "valid"
                                       << "other.test" << int(QSslError::HostNameMismatch);
    QTest::newRow("expired") << "expired" << QString() << int(QSslError::CertificateExpired);
    QTest::newRow("not yet valid")
        << "future" << QString() << int(QSslError::CertificateNotYetValid);
    QTest::newRow("wrong name") << "wrongname" << QString() << int(QSslError::HostNameMismatch);
    QTest::newRow("self-signed") << "selfsigned" << QString()
                                 << int(QSslError::SelfSignedCertificate);
}

void TestTestPki::clientSeesExactlyTheExpectedTlsError()
{
    QFETCH(QString, variant);
    QFETCH(QString, verifyName);
    QFETCH(int, expectedError);

    TestCertificate cert;
    if (variant == QLatin1String("valid"))
        cert = m_pki->localhost();
    else if (variant == QLatin1String("expired"))
        cert = m_pki->localhost(TestPki::Validity::Expired);
    else if (variant == QLatin1String("future"))
        cert = m_pki->localhost(TestPki::Validity::NotYetValid);
    else if (variant == QLatin1String("wrongname"))
        cert = m_pki->wrongName();
    else
        cert = TestPki::selfSigned();
    QVERIFY(!cert.isNull());

    ScriptedHttpsServer server(cert);
    QVERIFY(server.start());

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.url(QStringLiteral("/tls")));
    request.setSslConfiguration(m_pki->clientConfiguration());
    if (!verifyName.isEmpty())
        request.setPeerVerifyName(verifyName);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QList<QSslError> seen;
    connect(reply.get(), &QNetworkReply::sslErrors, this,
            [&seen](const QList<QSslError> &errors) { seen += errors; });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));

    if (expectedError == int(QSslError::NoError)) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(seen.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    } else {
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QStringList names;
        bool found = false;
        for (const QSslError &e : seen) {
            names << e.errorString();
            found = found || int(e.error()) == expectedError;
        }
        QVERIFY2(found, qPrintable(names.join(QStringLiteral("; "))));
        QCOMPARE(server.requests().size(), 0); // nothing was sent over the refused channel
    }
}

QTEST_GUILESS_MAIN(TestTestPki)
#include "tst_testpki.moc"
