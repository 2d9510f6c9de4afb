// A name with several vetted addresses: when the first refuses the connection (nothing was sent),
// the same attempt goes to the next one within the same deadline; any other failure — or an
// answer — ends the attempt on that address. Real TLS with the name for SNI and certificate.
#include "config/endpointservice.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/enginecontroller.h"
#include "engine/policyvetter.h"
#include "engine/standardports.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/jwtsigner.h"
#include "security/signingkey.h"
#include "security/trustedcertificates.h"
#include "store/deliveryrepository.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/scriptedresolver.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"
#include "support/testpki.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {
const QString kHost = QStringLiteral("multi.hookline.test");
} // namespace

class TestAddressFallback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void route_data();
    void route();

private:
    TestPki m_pki;
    SigningKey m_key;
    std::unique_ptr<TempDatabase> m_db;
};

void TestAddressFallback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_key = SigningKey::generate(2048);
}

void TestAddressFallback::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(m_db->db());
    QVERIFY(!Allowlist::fromJson(QStringLiteral("[\"127.0.0.0/8\"]"))
                 ->save(settings, Environment::Sandbox));
}

void TestAddressFallback::cleanup()
{
    m_db.reset();
}

void TestAddressFallback::route_data()
{
    // The receiver listens on 127.0.0.1 only, so 127.0.0.2 and 127.0.0.3 refuse connections.
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("status");          // what the receiver answers
    QTest::addColumn<int>("outcome");         // OutcomeClass of the single attempt
    QTest::addColumn<QString>("connectedTo"); // recorded on the attempt
    QTest::addColumn<int>("requests");        // requests the receiver saw
    QTest::newRow("first refuses, second delivers")
        << QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")} << 200
        << int(OutcomeClass::Success) << QStringLiteral("127.0.0.1") << 1;
    QTest::newRow("two refuse, third delivers")
        << QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3"),
                       QStringLiteral("127.0.0.1")}
        << 200 << int(OutcomeClass::Success) << QStringLiteral("127.0.0.1") << 1;
    QTest::newRow("every address refuses")
        << QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")} << 200
        << int(OutcomeClass::Connect) << QStringLiteral("127.0.0.3") << 0;
    // An answer is an answer: a 500 from the first address is not retried on the second.
    QTest::newRow("first answers 500, no fallback")
        << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")} << 500
        << int(OutcomeClass::Http5xx) << QStringLiteral("127.0.0.1") << 1;
}

void TestAddressFallback::route()
{
    QFETCH(QStringList, answers);
    QFETCH(int, status);
    QFETCH(int, outcome);
    QFETCH(QString, connectedTo);
    QFETCH(int, requests);

    ScriptedHttpsServer server(m_pki.issue({kHost}));
    server.setScript(ScriptedHttpsServer::respond(status));
    QVERIFY(server.start());
    QUrl url(QStringLiteral("https://%1:%2/hooks").arg(kHost).arg(server.port()));

    Endpoint e;
    e.name = QStringLiteral("multi");
    e.url = url;
    e.retryPolicy.maxRetries = 0; // one attempt, then dead: the test looks at that attempt
    e.timeoutSeconds = 5;
    const auto created = EndpointService(m_db->db()).create(e);
    QVERIFY(created.ok());
    const auto published =
        EventPublisher(m_db->db())
            .publish({Environment::Sandbox,
                      QStringLiteral("webhook.test"),
                      SampleGenerator::generateJson(QStringLiteral("webhook.test"), 1,
                                                    QDateTime::currentDateTimeUtc()),
                      EventSource::Cli,
                      {},
                      {}});
    QCOMPARE(published.deliveries.size(), 1);
    const QString deliveryId = published.deliveries.first().id;

    auto resolver = std::make_shared<ScriptedResolver>();
    resolver->script(kHost, answers);
    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(m_key);
    DeliveryEngine::Options options;
    options.databasePath = m_db->path();
    DeliveryEngine::Ports ports =
        standardPorts(std::make_shared<DeliveryRequestBuilder>(material), AddressClassifier());
    ports.vetter = std::make_shared<PolicyVetter>(resolver, AddressClassifier());
    EngineController engine(options, ports);
    QSignalSpy started(&engine, &EngineController::started);
    QVERIFY(engine.start() == EngineController::StartResult::Started);
    QVERIFY(started.wait(10000));

    DeliveryRepository repo(m_db->db());
    QTRY_VERIFY_WITH_TIMEOUT(must(repo.find(deliveryId))->status == DeliveryStatus::Succeeded ||
                                 must(repo.find(deliveryId))->status == DeliveryStatus::Dead,
                             15000);
    engine.stop();
    QVERIFY(engine.waitStopped(10000));

    const QList<Attempt> attempts = must(repo.attempts(deliveryId));
    QCOMPARE(attempts.size(), 1);
    QVERIFY(attempts.first().outcome.has_value());
    QCOMPARE(int(*attempts.first().outcome), outcome);
    QCOMPARE(attempts.first().connectedAddress, connectedTo);
    QCOMPARE(server.requests().size(), requests);
    if (requests > 0) {
        // SNI, the certificate and Host used the name, whichever address carried it.
        QCOMPARE(server.requests().first().header("Host"),
                 QStringLiteral("%1:%2").arg(kHost).arg(server.port()).toUtf8());
    }
    // One lookup per attempt: the fallback never asks DNS again.
    QCOMPARE(resolver->lookupCount(kHost), 1);
}

QTEST_GUILESS_MAIN(TestAddressFallback)
#include "tst_addressfallback.moc"
