// The verifier must name exactly what is wrong with a received webhook; each row changes one
// thing in a correctly signed request.
#include "security/base64url.h"
#include "security/requestsigner.h"
#include "security/standardwebhookssigner.h"
#include "security/webhookverifier.h"
#include "support/testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace hookline;
using namespace hookline::test;
using Failure = WebhookVerifier::Failure;

namespace {

constexpr qint64 kTimestamp = 1764092814;

struct Received
{
    QJsonObject jwks;
    HttpHeaders headers;
    QByteArray body;
    WebhookVerifier::Options options;
};
using Mutation = std::function<void(Received &)>;

OutgoingRequest request()
{
    OutgoingRequest r;
    r.url = QUrl(QStringLiteral("https://receiver.example/hook"));
    r.body = R"({"id":"evt_1","type":"customer.created","data":{}})";
    r.webhookId = QStringLiteral("wh_one");
    r.eventId = QStringLiteral("evt_1");
    r.eventType = QStringLiteral("customer.created");
    r.idempotencyKey = QStringLiteral("dlv_1");
    r.timestamp = kTimestamp;
    r.attempt = 1;
    return r;
}

const SigningKey &fixedKey()
{
    static const SigningKey key = SigningKey::fromPem(kFixedKeyPem);
    return key;
}

Received signedJwt()
{
    const OutgoingRequest r = request();
    Received in;
    in.jwks = QJsonObject{{QStringLiteral("keys"), QJsonArray{fixedKey().publicJwk()}}};
    in.headers = RequestSigner(std::make_shared<const JwtSigner>(fixedKey())).headers(r);
    in.body = r.body;
    in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp + 5, Qt::UTC);
    return in;
}

void setHeader(HttpHeaders &headers, QByteArrayView name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            h.second = value;
    }
}

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// Re-signs claims with the fixed key after `edit`, so only the edited claim is wrong.
Mutation resignClaims(std::function<void(QJsonObject &)> edit)
{
    return [edit](Received &in) {
        const QByteArray token = headerValue(in.headers, "X-Webhook-Signature");
        QJsonObject claims =
            QJsonDocument::fromJson(*Base64Url::decode(token.split('.').at(1))).object();
        edit(claims);
        setHeader(in.headers, "X-Webhook-Signature", JwtSigner(fixedKey()).sign(claims));
    };
}

// Replaces one part of the token (0 header, 1 claims, 2 signature).
Mutation replacePart(int index, QByteArray part)
{
    return [index, part](Received &in) {
        QList<QByteArray> parts = headerValue(in.headers, "X-Webhook-Signature").split('.');
        parts[index] = part;
        setHeader(in.headers, "X-Webhook-Signature", parts.join('.'));
    };
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestWebhookVerifier : public QObject
{
    Q_OBJECT
private slots:
    void jwt_data();
    void jwt();
    void standard_data();
    void standard();
    void standardKnownAnswer();
    void parseHeaderLines();
};

void TestWebhookVerifier::jwt_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<Failure>("failure");

    QTest::newRow("untouched") << Mutation([](Received &) {}) << Failure::None;
    QTest::newRow("header names in other case") << Mutation([](Received &in) {
        for (auto &h : in.headers)
            h.first = h.first.toLower();
    }) << Failure::None;
    QTest::newRow("unsigned header changed (attempt)")
        << Mutation([](Received &in) { setHeader(in.headers, "X-Webhook-Attempt", "7"); })
        << Failure::None;
    QTest::newRow("within leeway after exp") << Mutation([](Received &in) {
        in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp + 300 + 59, Qt::UTC);
    }) << Failure::None;

    QTest::newRow("invalid jwks") << Mutation([](Received &in) {
        in.jwks = QJsonObject{{QStringLiteral("kty"), 1}};
    }) << Failure::InvalidJwks;
    QTest::newRow("signature header missing")
        << Mutation([](Received &in) { removeHeader(in.headers, "X-Webhook-Signature"); })
        << Failure::MissingSignature;
    QTest::newRow("signature header empty")
        << Mutation([](Received &in) { setHeader(in.headers, "X-Webhook-Signature", ""); })
        << Failure::MissingSignature;
    QTest::newRow("two parts") << Mutation([](Received &in) {
        setHeader(in.headers, "X-Webhook-Signature", "abc.def");
    }) << Failure::MalformedToken;
    QTest::newRow("header not json")
        << replacePart(0, Base64Url::encode("not json")) << Failure::MalformedToken;
    QTest::newRow("claims not base64url") << replacePart(1, "***") << Failure::MalformedToken;
    QTest::newRow("alg none") << replacePart(0, Base64Url::encode(R"({"alg":"none","typ":"JWT"})"))
                              << Failure::UnsupportedAlgorithm;
    QTest::newRow("alg HS256") << replacePart(0, Base64Url::encode(QByteArray(
                                                     R"({"alg":"HS256","typ":"JWT","kid":")" +
                                                     kFixedKeyKid.toLatin1() + "\"}")))
                               << Failure::UnsupportedAlgorithm;
    QTest::newRow("kid not in jwks") << Mutation([](Received &in) {
        in.jwks = QJsonObject{
            {QStringLiteral("keys"), QJsonArray{SigningKey::generate(2048).publicJwk()}}};
    }) << Failure::UnknownKid;
    QTest::newRow("no kid") << replacePart(0, Base64Url::encode(R"({"alg":"RS256","typ":"JWT"})"))
                            << Failure::UnknownKid;
    QTest::newRow("signature byte flipped") << Mutation([](Received &in) {
        QList<QByteArray> parts = headerValue(in.headers, "X-Webhook-Signature").split('.');
        QByteArray sig = *Base64Url::decode(parts[2]);
        sig[17] = char(sig[17] ^ 0x01);
        parts[2] = Base64Url::encode(sig);
        setHeader(in.headers, "X-Webhook-Signature", parts.join('.'));
    }) << Failure::BadSignature;
    QTest::newRow("claims changed, signature kept") << Mutation([](Received &in) {
        QList<QByteArray> parts = headerValue(in.headers, "X-Webhook-Signature").split('.');
        QJsonObject claims = QJsonDocument::fromJson(*Base64Url::decode(parts[1])).object();
        claims.insert(QStringLiteral("event_type"), QStringLiteral("customer.deleted"));
        parts[1] = Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        setHeader(in.headers, "X-Webhook-Signature", parts.join('.'));
    }) << Failure::BadSignature;
    QTest::newRow("expired") << Mutation([](Received &in) {
        in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp + 300 + 61, Qt::UTC);
    }) << Failure::Expired;
    QTest::newRow("issued in the future") << Mutation([](Received &in) {
        in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp - 61, Qt::UTC);
    }) << Failure::NotYetValid;
    QTest::newRow("exp missing") << resignClaims([](QJsonObject &c) {
        c.remove(QStringLiteral("exp"));
    }) << Failure::MalformedToken;
    // Converting 1e300 to an integer is undefined behaviour (UBSan aborts on it); numbers past
    // 2^53 are no exact seconds and would overflow with the leeway added.
    QTest::newRow("exp 1e300") << resignClaims([](QJsonObject &c) {
        c.insert(QStringLiteral("exp"), 1e300);
    }) << Failure::MalformedToken;
    QTest::newRow("exp past 2^53") << resignClaims([](QJsonObject &c) {
        c.insert(QStringLiteral("exp"), 4611686018427387904.0);
    }) << Failure::MalformedToken;
    QTest::newRow("iat -1e300") << resignClaims([](QJsonObject &c) {
        c.insert(QStringLiteral("iat"), -1e300);
    }) << Failure::MalformedToken;
    QTest::newRow("nbf 1e300 is not absent")
        << resignClaims([](QJsonObject &c) { c.insert(QStringLiteral("nbf"), 1e300); })
        << Failure::MalformedToken;
    QTest::newRow("X-Webhook-Id changed")
        << Mutation([](Received &in) { setHeader(in.headers, "X-Webhook-Id", "wh_other"); })
        << Failure::AudienceMismatch;
    QTest::newRow("aud of another endpoint") << resignClaims([](QJsonObject &c) {
        c.insert(QStringLiteral("aud"), QStringLiteral("wh_x"));
    }) << Failure::AudienceMismatch;
    QTest::newRow("expected webhook id differs")
        << Mutation([](Received &in) { in.options.expectedWebhookId = QStringLiteral("wh_mine"); })
        << Failure::AudienceMismatch;
    QTest::newRow("body byte changed")
        << Mutation([](Received &in) { in.body[10] = 'X'; }) << Failure::BodyHashMismatch;
    QTest::newRow("body extended")
        << Mutation([](Received &in) { in.body += '\n'; }) << Failure::BodyHashMismatch;
    const QList<QByteArray> signedHeaders{"Content-Type", "X-Idempotency-Key", "X-Webhook-Event",
                                          "X-Webhook-Timestamp", "X-Webhook-Test-Mode"};
    for (const QByteArray &name : signedHeaders) {
        QTest::addRow("%s changed", name.constData()) << Mutation([name](Received &in) {
            setHeader(in.headers, name, headerValue(in.headers, name) + "0");
        }) << Failure::HeadersHashMismatch;
        QTest::addRow("%s removed", name.constData())
            << Mutation([name](Received &in) { removeHeader(in.headers, name); })
            << Failure::HeadersHashMismatch;
    }
}

void TestWebhookVerifier::jwt()
{
    QFETCH(Mutation, mutate);
    QFETCH(Failure, failure);
    Received in = signedJwt();
    QCOMPARE(WebhookVerifier::verifyJwt(in.jwks, in.headers, in.body, in.options).failure,
             Failure::None);
    mutate(in);
    const auto result = WebhookVerifier::verifyJwt(in.jwks, in.headers, in.body, in.options);
    QCOMPARE(result.failure, failure);
    if (failure == Failure::None)
        QCOMPARE(result.claims.value(QStringLiteral("event_id")).toString(),
                 QStringLiteral("evt_1"));
}

void TestWebhookVerifier::standard_data()
{
    QTest::addColumn<QStringList>("signWith");
    QTest::addColumn<QStringList>("verifyWith");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<Failure>("failure");

    const QString a = StandardWebhooksSigner::generateSecret();
    const QString b = StandardWebhooksSigner::generateSecret();
    const Mutation none = [](Received &) {
    };
    QTest::newRow("ok") << QStringList{a} << QStringList{a} << none << Failure::None;
    QTest::newRow("rotation: receiver has the old secret")
        << QStringList{b, a} << QStringList{a} << none << Failure::None;
    QTest::newRow("rotation: receiver has the new secret")
        << QStringList{b, a} << QStringList{b} << none << Failure::None;
    QTest::newRow("wrong secret") << QStringList{a} << QStringList{b} << none
                                  << Failure::BadSignature;
    QTest::newRow("body changed") << QStringList{a} << QStringList{a}
                                  << Mutation([](Received &in) { in.body[3] = 'Z'; })
                                  << Failure::BadSignature;
    QTest::newRow("id changed") << QStringList{a} << QStringList{a} << Mutation([](Received &in) {
        setHeader(in.headers, "webhook-id", "dlv_2");
    }) << Failure::BadSignature;
    QTest::newRow("signature missing")
        << QStringList{a} << QStringList{a}
        << Mutation([](Received &in) { removeHeader(in.headers, "webhook-signature"); })
        << Failure::MissingSignature;
    QTest::newRow("timestamp not a number")
        << QStringList{a} << QStringList{a}
        << Mutation([](Received &in) { setHeader(in.headers, "webhook-timestamp", "soon"); })
        << Failure::MalformedToken;
    QTest::newRow("too old") << QStringList{a} << QStringList{a} << Mutation([](Received &in) {
        in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp + 301, Qt::UTC);
    }) << Failure::Expired;
    QTest::newRow("from the future")
        << QStringList{a} << QStringList{a} << Mutation([](Received &in) {
               in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp - 301, Qt::UTC);
           })
        << Failure::NotYetValid;
}

void TestWebhookVerifier::standard()
{
    QFETCH(QStringList, signWith);
    QFETCH(QStringList, verifyWith);
    QFETCH(Mutation, mutate);
    QFETCH(Failure, failure);
    const OutgoingRequest r = request();
    Received in;
    in.headers = RequestSigner(StandardWebhooksSigner(signWith)).headers(r);
    in.body = r.body;
    in.options.now = QDateTime::fromSecsSinceEpoch(kTimestamp, Qt::UTC);
    QVERIFY(!headerValue(in.headers, "webhook-signature").isEmpty());
    QVERIFY(headerValue(in.headers, "X-Webhook-Signature").isEmpty());
    QCOMPARE(headerValue(in.headers, "webhook-id"), QByteArray("dlv_1"));
    QCOMPARE(headerValue(in.headers, "webhook-signature").count("v1,"), signWith.size());
    mutate(in);
    QCOMPARE(WebhookVerifier::verifyStandard(verifyWith, in.headers, in.body, in.options).failure,
             failure);
}

void TestWebhookVerifier::standardKnownAnswer()
{
    // The test vector of the Standard Webhooks reference libraries.
    const StandardWebhooksSigner signer({QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")});
    QCOMPARE(signer.signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"),
             QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    QVERIFY(
        !StandardWebhooksSigner({QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")}).isValid());
    const QString generated = StandardWebhooksSigner::generateSecret();
    QVERIFY(generated.startsWith(QLatin1String("whsec_")));
    QCOMPARE(StandardWebhooksSigner::decodeSecret(generated)->size(), 24);
}

void TestWebhookVerifier::parseHeaderLines()
{
    const HttpHeaders h = WebhookVerifier::parseHeaderLines(
        "HTTP/1.1 200 OK\r\nX-Webhook-Id:  wh_1 \r\n\r\nX-Webhook-Signature: a.b.c\nbroken line\n");
    QCOMPARE(h.size(), 2);
    QCOMPARE(headerValue(h, "x-webhook-id"), QByteArray("wh_1"));
    QCOMPARE(headerValue(h, "x-webhook-signature"), QByteArray("a.b.c"));
}

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
