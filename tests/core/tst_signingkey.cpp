// Known-answer tests of the RS256 building blocks: the values were computed without Hookline's
// code (see tests/support/testkeys.h), so a change in encoding, claim set or canonical headers
// shows up here.
#include "security/base64url.h"
#include "security/jwtsigner.h"
#include "security/requestsigner.h"
#include "security/signingkey.h"
#include "support/testkeys.h"

#include <QJsonDocument>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace hookline;
using namespace hookline::test;

namespace {

OutgoingRequest fixedRequest()
{
    OutgoingRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://receiver.example/hook?x=1"));
    r.body = R"({"id":"evt_01","type":"webhook.test"})";
    r.webhookId = QStringLiteral("wh_kat");
    r.eventId = QStringLiteral("evt_01");
    r.eventType = QStringLiteral("webhook.test");
    r.idempotencyKey = QStringLiteral("idem_kat");
    r.testMode = true;
    r.timestamp = 1764092814;
    r.attempt = 3;
    r.jti = QStringLiteral("jti_kat");
    return r;
}

} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT
private slots:
    void rfc7638Thumbprint();
    void jwkOfFixedKey();
    void fixedToken();
    void headersInOrder();
    void generatedJtiIsUniquePerAttempt();
    void pemRoundTrip();
    void generate_data();
    void generate();
    void fromPemRefuses_data();
    void fromPemRefuses();
    void concurrentSigning();
};

void TestSigningKey::rfc7638Thumbprint()
{
    // RFC 7638 §3.1.
    const QString n = QStringLiteral(
        "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
        "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-"
        "65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdk"
        "t-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-"
        "kEgU8awapJzKnqDKgw");
    QCOMPARE(SigningKey::thumbprint(n, QStringLiteral("AQAB")),
             QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
}

void TestSigningKey::jwkOfFixedKey()
{
    const SigningKey key = SigningKey::fromPem(kFixedKeyPem);
    QVERIFY(!key.isNull());
    QCOMPARE(key.bits(), 2048);
    const QJsonObject jwk = key.publicJwk();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(QStringLiteral("n")).toString(), kFixedKeyN);
    QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kFixedKeyKid);
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(jwk.size(), 6); // nothing private (d, p, q, …) leaks into the public JWK
    QCOMPARE(key.kid(), kFixedKeyKid);
}

void TestSigningKey::fixedToken()
{
    const auto jwt = std::make_shared<const JwtSigner>(SigningKey::fromPem(kFixedKeyPem));
    const HttpHeaders headers = RequestSigner(jwt).headers(fixedRequest());
    QCOMPARE(headerValue(headers, "X-Webhook-Signature"), kFixedToken);
}

void TestSigningKey::headersInOrder()
{
    const auto jwt = std::make_shared<const JwtSigner>(SigningKey::fromPem(kFixedKeyPem));
    const HttpHeaders headers = RequestSigner(jwt).headers(fixedRequest());
    QStringList got;
    for (const auto &[name, value] : headers) {
        if (name != "X-Webhook-Signature")
            got.append(QString::fromLatin1(name + ": " + value));
    }
    const QStringList expected{
        QStringLiteral("Content-Type: application/json"),
        QStringLiteral("User-Agent: Hookline/" HOOKLINE_VERSION),
        QStringLiteral("X-Webhook-Id: wh_kat"),
        QStringLiteral("X-Idempotency-Key: idem_kat"),
        QStringLiteral("X-Webhook-Event: webhook.test"),
        QStringLiteral("X-Webhook-Timestamp: 1764092814"),
        QStringLiteral("X-Webhook-Attempt: 3"),
        QStringLiteral("X-Webhook-Test-Mode: true"),
    };
    QCOMPARE(got, expected);
    QCOMPARE(headers.last().first, QByteArray("X-Webhook-Signature"));
}

void TestSigningKey::generatedJtiIsUniquePerAttempt()
{
    const auto jwt = std::make_shared<const JwtSigner>(SigningKey::fromPem(kFixedKeyPem));
    const RequestSigner signer(jwt);
    OutgoingRequest r = fixedRequest();
    r.jti.clear();
    QSet<QString> jtis;
    for (int i = 0; i < 20; ++i) {
        const QByteArray token = headerValue(signer.headers(r), "X-Webhook-Signature");
        const QJsonObject claims =
            QJsonDocument::fromJson(*Base64Url::decode(token.split('.').at(1))).object();
        const QString jti = claims.value(QStringLiteral("jti")).toString();
        QVERIFY(jti.size() >= 20);
        jtis.insert(jti);
    }
    QCOMPARE(jtis.size(), 20);
}

void TestSigningKey::pemRoundTrip()
{
    const SigningKey key = SigningKey::fromPem(kFixedKeyPem);
    const QByteArray pem = key.privatePem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(SigningKey::fromPem(pem).kid(), key.kid());
    QVERIFY(key.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(!key.publicPem().contains("PRIVATE"));
}

void TestSigningKey::generate_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("supported");
    QTest::newRow("2048") << 2048 << true;
    QTest::newRow("3072") << 3072 << true;
    QTest::newRow("1024") << 1024 << false;
    QTest::newRow("2047") << 2047 << false;
    QTest::newRow("8192") << 8192 << false;
}

void TestSigningKey::generate()
{
    QFETCH(int, bits);
    QFETCH(bool, supported);
    SigningKey::Error error = SigningKey::Error::Internal;
    const SigningKey key = SigningKey::generate(bits, &error);
    QCOMPARE(key.isNull(), !supported);
    QCOMPARE(error, supported ? SigningKey::Error::None : SigningKey::Error::UnsupportedSize);
    if (supported) {
        QCOMPARE(key.bits(), bits);
        QCOMPARE(key.kid().size(), 43); // base64url of 32 bytes
        QVERIFY(key.kid() != SigningKey::generate(bits).kid());
    }
}

void TestSigningKey::fromPemRefuses_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<SigningKey::Error>("error");
    QTest::newRow("garbage") << QByteArray("not a key") << SigningKey::Error::InvalidPem;
    QTest::newRow("public key only")
        << SigningKey::fromPem(kFixedKeyPem).publicPem() << SigningKey::Error::InvalidPem;
    // Must fail at once, never prompt on the terminal for a passphrase.
    QTest::newRow("encrypted") << kEncryptedFixedKeyPem << SigningKey::Error::InvalidPem;
    QTest::newRow("ec") << kEcKeyPem << SigningKey::Error::NotRsa;
    QTest::newRow("rsa 1024") << kRsa1024Pem << SigningKey::Error::UnsupportedSize;
}

void TestSigningKey::fromPemRefuses()
{
    QFETCH(QByteArray, pem);
    QFETCH(SigningKey::Error, error);
    SigningKey::Error got = SigningKey::Error::None;
    QVERIFY(SigningKey::fromPem(pem, &got).isNull());
    QCOMPARE(got, error);
}

void TestSigningKey::concurrentSigning()
{
    // One shared key, many threads: every signature must equal the single-threaded one
    // (PKCS#1 v1.5 is deterministic), which fails if contexts were shared or the key corrupted.
    const auto jwt = std::make_shared<const JwtSigner>(SigningKey::fromPem(kFixedKeyPem));
    const RequestSigner signer(jwt);
    std::atomic<int> mismatches{0};
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int t = 0; t < 4; ++t) {
        pool.start([&] {
            for (int i = 0; i < 25; ++i) {
                if (headerValue(signer.headers(fixedRequest()), "X-Webhook-Signature") !=
                    kFixedToken)
                    ++mismatches;
            }
        });
    }
    pool.waitForDone();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
