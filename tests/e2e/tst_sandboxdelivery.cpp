// The local test receiver gets a real delivery from the engine: the receiver's own CA and
// 127.0.0.1 are trusted and allowlisted automatically for the sandbox only, the engine signs with
// the sandbox key from the keychain, and the receiver's signature check accepts what arrived.
#include "config/demosetup.h"
#include "config/endpointservice.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/enginecontroller.h"
#include "engine/signingmaterial.h"
#include "engine/standardports.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "receiver/receivedsignature.h"
#include "receiver/sandboxreceiver.h"
#include "security/allowlist.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/trustedcertificates.h"
#include "store/deliveryrepository.h"
#include "store/settingsrepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

class TestSandboxDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoEndpointReceivesSignedDelivery();
};

void TestSandboxDelivery::demoEndpointReceivesSignedDelivery()
{
    TempDatabase db;
    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    // Automatic, and for the sandbox only.
    const SettingsRepository settings(db.db());
    QVERIFY(Allowlist::load(settings, Environment::Live).value().isEmpty());
    QVERIFY(TrustedCertificates(db.db()).list(Environment::Live).value().isEmpty());
    Endpoint live;
    live.name = QStringLiteral("live to loopback");
    live.environment = Environment::Live;
    live.url = rx.receiver()->url(QStringLiteral("/healthy"));
    QVERIFY(!EndpointService(db.db()).create(live).ok());

    const DemoSetup::Result demo = DemoSetup::create(
        db.db(), rx.port(),
        {QStringLiteral("healthy"), QStringLiteral("flaky"), QStringLiteral("demo")});
    QVERIFY(demo.ok());
    const Endpoint healthy = demo.endpoints.at(0);

    // The sandbox key goes through the keychain interface, as in the console.
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);
    bool generated = false;
    keys.generate(2048, [&generated](const KeyManager::Result &r) { generated = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(generated, 20000);
    std::optional<SigningMaterial> material;
    SigningMaterialLoader loader(db.db(), &secrets);
    loader.load([&material](const SigningMaterial &m) { material = m; });
    QTRY_VERIFY(material.has_value());
    QVERIFY(material->sandboxJwt);

    DeliveryEngine::Options options;
    options.databasePath = db.path();
    EngineController engine(options,
                            standardPorts(std::make_shared<DeliveryRequestBuilder>(*material),
                                          AddressClassifier::withSystemInterfaces()));
    QSignalSpy started(&engine, &EngineController::started);
    QVERIFY(engine.start() == EngineController::StartResult::Started);
    QVERIFY(started.wait(10000));

    const QString type = QStringLiteral("identity_document.approved");
    const EventPublisher::Result published =
        EventPublisher(db.db()).publish({Environment::Sandbox,
                                         type,
                                         SampleGenerator::generateJson(type, 1),
                                         EventSource::Console,
                                         {},
                                         {healthy.id}});
    QVERIFY(published.ok());
    engine.wake();
    QTRY_COMPARE_WITH_TIMEOUT(rx.receiver()->requests().size(), 1, 15000);
    const QString deliveryId = published.deliveries.first().id;
    QTRY_VERIFY_WITH_TIMEOUT(must(DeliveryRepository(db.db()).find(deliveryId))->status ==
                                 DeliveryStatus::Succeeded,
                             10000);
    engine.stop();
    QVERIFY(engine.waitStopped(10000));

    const ReceivedRequest got = rx.receiver()->requests().first();
    QCOMPARE(got.path(), QByteArray("/healthy"));
    QCOMPARE(got.responseStatus, 200);
    QCOMPARE(got.header("X-Webhook-Id"), healthy.webhookId.toUtf8());
    QVERIFY(ReceivedSignature::scheme(got) == ReceivedSignature::Scheme::Jwt);
    const WebhookVerifier::Result verdict = ReceivedSignature::verify(got, keys.jwks().value(), {});
    QVERIFY2(verdict.ok(), qPrintable(verdict.detail));
    QCOMPARE(verdict.kid, keys.activeKey().value()->kid);
    ReceivedRequest tampered = got;
    tampered.body.replace("passport", "pissport");
    tampered.body.append(' ');
    QVERIFY(ReceivedSignature::verify(tampered, keys.jwks().value(), {}).failure ==
            WebhookVerifier::Failure::BodyHashMismatch);
}

QTEST_MAIN(TestSandboxDelivery)
#include "tst_sandboxdelivery.moc"
