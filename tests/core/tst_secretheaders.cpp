// Issue 14 §5: which custom headers are secrets, and that their values stay out of the database,
// the attempt log and templates.
#include "config/configtemplate.h"
#include "engine/deliveryrequestbuilder.h"
#include "security/secretheaders.h"
#include "security/standardwebhookssigner.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {
const QString kSentinel = QStringLiteral("sk_live_SENTINEL_1234");

Endpoint endpointWithSecretHeader()
{
    Endpoint e;
    e.id = QStringLiteral("ep_1");
    e.webhookId = QStringLiteral("wh_1");
    e.name = QStringLiteral("Orders");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/h"));
    e.signingScheme = SigningScheme::StandardWebhooks;
    e.customHeaders = {{QStringLiteral("X-Api-Key"), kSentinel, true},
                       {QStringLiteral("X-Team"), QStringLiteral("kyc"), false}};
    e.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    e.updatedAt = e.createdAt;
    return e;
}
} // namespace

class TestSecretHeaders : public QObject
{
    Q_OBJECT
private slots:
    void secretByDefault_data();
    void secretByDefault();
    void variableAndPlaceholder();
    void repositoryStoresAReferenceOnly();
    void requestCarriesTheValueAndTheLogRedactsIt();
    void missingValueHoldsTheEndpoint();
    void templateWritesPlaceholderAndReadsItBack();
};

void TestSecretHeaders::secretByDefault_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
    QTest::newRow("proxy-authorization") << QStringLiteral("proxy-authorization") << true;
    QTest::newRow("Cookie") << QStringLiteral("Cookie") << true;
    QTest::newRow("X-API-KEY") << QStringLiteral("X-API-KEY") << true;
    QTest::newRow("*-Token") << QStringLiteral("X-Session-Token") << true;
    QTest::newRow("*-key") << QStringLiteral("x-partner-key") << true;
    QTest::newRow("*-Secret") << QStringLiteral("Client-Secret") << true;
    QTest::newRow("*-Signature") << QStringLiteral("X-Upstream-Signature") << true;
    QTest::newRow("padded") << QStringLiteral(" X-Api-Key ") << true;
    QTest::newRow("X-Team") << QStringLiteral("X-Team") << false;
    QTest::newRow("Token alone") << QStringLiteral("Token") << false;
    QTest::newRow("Keyboard") << QStringLiteral("X-Keyboard") << false;
    QTest::newRow("Set-Cookie-Name") << QStringLiteral("X-Cookie-Name") << false;
}

void TestSecretHeaders::secretByDefault()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(SecretHeaders::isSecretByDefault(name), secret);
}

void TestSecretHeaders::variableAndPlaceholder()
{
    QCOMPARE(SecretHeaders::variableName(QStringLiteral("X-Api-Key")),
             QStringLiteral("HOOKLINE_HEADER_X_API_KEY"));
    QCOMPARE(SecretHeaders::variableName(QStringLiteral("x.partner_token")),
             QStringLiteral("HOOKLINE_HEADER_X_PARTNER_TOKEN"));
    QCOMPARE(SecretHeaders::placeholder(QStringLiteral("Cookie")),
             QStringLiteral("${HOOKLINE_HEADER_COOKIE}"));
    QVERIFY(SecretHeaders::isPlaceholder(QStringLiteral("cookie"),
                                         QStringLiteral(" ${HOOKLINE_HEADER_COOKIE} ")));
    QVERIFY(!SecretHeaders::isPlaceholder(QStringLiteral("Cookie"), QStringLiteral("a=b")));
}

void TestSecretHeaders::repositoryStoresAReferenceOnly()
{
    test::TempDatabase db;
    QVERIFY(!EndpointRepository(db.db()).insert(endpointWithSecretHeader()));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT custom_headers FROM endpoints")));
    QVERIFY(q.next());
    const QString stored = q.value(0).toString();
    QVERIFY2(!stored.contains(kSentinel), qPrintable(stored));
    QCOMPARE(QJsonDocument::fromJson(stored.toUtf8()).array(),
             (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Api-Key")},
                                     {QStringLiteral("secret"), true}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Team")},
                                     {QStringLiteral("value"), QStringLiteral("kyc")}}}));
    const std::optional<Endpoint> read =
        EndpointRepository(db.db()).find(QStringLiteral("ep_1")).value();
    QVERIFY(read);
    QCOMPARE(read->customHeaders.at(0), (HttpHeader{QStringLiteral("X-Api-Key"), QString(), true}));
    QCOMPARE(read->customHeaders.at(1),
             (HttpHeader{QStringLiteral("X-Team"), QStringLiteral("kyc"), false}));
}

void TestSecretHeaders::requestCarriesTheValueAndTheLogRedactsIt()
{
    Endpoint e = endpointWithSecretHeader();
    e.customHeaders[0].value.clear(); // as read from the database
    SigningMaterial material;
    material.standard.insert(e.id,
                             StandardWebhooksSigner({StandardWebhooksSigner::generateSecret()}));
    material.headerValues[e.id].insert(QStringLiteral("x-api-key"), kSentinel.toUtf8());
    const DeliveryRequestBuilder builder(material);
    QVERIFY(builder.canSign(e));

    Event event;
    event.id = QStringLiteral("evt_1");
    event.type = QStringLiteral("webhook.test");
    event.createdAt = QDateTime::currentDateTimeUtc();
    event.payload = "{}";
    Delivery delivery;
    delivery.id = QStringLiteral("dlv_1");
    delivery.idempotencyKey = QStringLiteral("k1");
    OutgoingDelivery d;
    d.endpoint = &e;
    d.event = &event;
    d.delivery = &delivery;
    d.url = e.url;
    d.sentAt = QDateTime::currentDateTimeUtc();
    const SignedRequest r = builder.prepare(d);
    QVERIFY(r.headers.contains(HeaderPair{"X-Api-Key", kSentinel.toUtf8()}));
    QVERIFY(r.headers.contains(HeaderPair{"X-Team", "kyc"}));
    QVERIFY(r.loggedHeaders.contains(HeaderPair{"X-Api-Key", "[redacted]"}));
    QVERIFY(r.loggedHeaders.contains(HeaderPair{"X-Team", "kyc"}));
    for (const HeaderPair &h : r.loggedHeaders)
        QVERIFY(!h.value.contains(kSentinel.toUtf8()));
}

void TestSecretHeaders::missingValueHoldsTheEndpoint()
{
    Endpoint e = endpointWithSecretHeader();
    e.customHeaders[0].value.clear();
    SigningMaterial material;
    material.standard.insert(e.id,
                             StandardWebhooksSigner({StandardWebhooksSigner::generateSecret()}));
    // Signed, but the credential could not be read: sending would only collect 401s.
    QVERIFY(!DeliveryRequestBuilder(material).canSign(e));
}

void TestSecretHeaders::templateWritesPlaceholderAndReadsItBack()
{
    Endpoint e = endpointWithSecretHeader();
    e.customHeaders[0].value.clear(); // as read from the database
    const QJsonObject entry = ConfigTemplate::entryJson(e);
    const QByteArray text = QJsonDocument(entry).toJson();
    QVERIFY(!text.contains(kSentinel.toUtf8()));
    QCOMPARE(entry.value(QStringLiteral("headers")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Api-Key")},
                          {QStringLiteral("value"), QStringLiteral("${HOOKLINE_HEADER_X_API_KEY}")},
                          {QStringLiteral("secret"), true}}));
    // Even a value in memory (a new one) is never written out.
    QVERIFY(!QJsonDocument(ConfigTemplate::entryJson(endpointWithSecretHeader()))
                 .toJson()
                 .contains(kSentinel.toUtf8()));

    const QJsonObject document{{QStringLiteral("version"), 1},
                               {QStringLiteral("environment"), QStringLiteral("sandbox")},
                               {QStringLiteral("endpoints"), QJsonArray{entry}}};
    QList<ConfigError> errors;
    const ConfigTemplate parsed = ConfigTemplate::parse(document, &errors);
    QVERIFY(errors.isEmpty());
    // The placeholder reads as "keep the stored value"; "secret" is a flag, not a secret.
    QCOMPARE(parsed.endpoints().first().settings.customHeaders.first(),
             (HttpHeader{QStringLiteral("X-Api-Key"), QString(), true}));
    // Without "secret", a credential's name decides; "secret": false overrides it.
    const QJsonObject plain{
        {QStringLiteral("version"), 1},
        {QStringLiteral("environment"), QStringLiteral("sandbox")},
        {QStringLiteral("endpoints"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("A")},
             {QStringLiteral("url"), QStringLiteral("https://a.example.com/h")},
             {QStringLiteral("headers"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Session-Token")},
                                     {QStringLiteral("value"), QStringLiteral("t1")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Public-Key")},
                                     {QStringLiteral("value"), QStringLiteral("pk")},
                                     {QStringLiteral("secret"), false}}}}}}}};
    const ConfigTemplate second = ConfigTemplate::parse(plain, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(second.endpoints().first().settings.customHeaders,
             (QList<HttpHeader>{{QStringLiteral("Session-Token"), QStringLiteral("t1"), true},
                                {QStringLiteral("X-Public-Key"), QStringLiteral("pk"), false}}));
}

QTEST_GUILESS_MAIN(TestSecretHeaders)
#include "tst_secretheaders.moc"
