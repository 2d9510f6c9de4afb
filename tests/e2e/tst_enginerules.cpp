// Engine rules that depend on time, driven with an injected clock: auto-pause (and none under
// sporadic failure), held deliveries resumed, the failover URL, wall-clock jumps of ±1 day.
// The engine runs on this thread so the test controls the clock between its steps.
#include "config/endpointservice.h"
#include "engine/deliveryengine.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/standardports.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/signingkey.h"
#include "security/trustedcertificates.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"
#include "support/testpki.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;
using namespace std::chrono_literals;

class TestEngineRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void autoPausesAfterAnHourOfFailuresAndHolds();
    void sporadicFailureNeverPauses();
    void heldDeliveriesAreResumed();
    void failoverTakesDeliveriesWhilePaused();
    void wallClockJumps_data();
    void wallClockJumps();

private:
    QString addEndpoint(const QUrl &url, QList<std::chrono::seconds> intervals,
                        const QUrl &failover = {});
    QString publish();
    void startEngine();
    int attemptCount(const QString &deliveryId);

    TestPki m_pki;
    SigningKey m_key;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DeliveryEngine> m_engine;
};

void TestEngineRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_key = SigningKey::generate(2048);
}

void TestEngineRules::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(m_db->db());
    QVERIFY(!Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"))
                 ->save(settings, Environment::Sandbox));
}

void TestEngineRules::cleanup()
{
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
    }
    m_db.reset();
}

QString TestEngineRules::addEndpoint(const QUrl &url, QList<std::chrono::seconds> intervals,
                                     const QUrl &failover)
{
    Endpoint e;
    e.name = QStringLiteral("rules");
    e.url = url;
    e.failoverUrl = failover;
    e.retryPolicy.maxRetries = 100;
    e.retryPolicy.intervals = intervals;
    e.timeoutSeconds = 2;
    return EndpointService(m_db->db(), *m_clock).create(e).endpoint.id;
}

QString TestEngineRules::publish()
{
    const auto r = EventPublisher(m_db->db(), *m_clock)
                       .publish({Environment::Sandbox,
                                 QStringLiteral("webhook.test"),
                                 SampleGenerator::generateJson(QStringLiteral("webhook.test"), 7,
                                                               m_clock->nowUtc()),
                                 EventSource::Cli,
                                 {},
                                 {}});
    if (m_engine)
        m_engine->wake();
    return r.deliveries.value(0).id;
}

void TestEngineRules::startEngine()
{
    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(m_key);
    DeliveryEngine::Options options;
    options.databasePath = m_db->path();
    DeliveryEngine::Ports ports =
        standardPorts(std::make_shared<DeliveryRequestBuilder>(material), AddressClassifier());
    m_engine = std::make_unique<DeliveryEngine>(options, ports, *m_clock);
    QSignalSpy started(m_engine.get(), &DeliveryEngine::started);
    m_engine->start();
    QCOMPARE(started.size(), 1);
}

int TestEngineRules::attemptCount(const QString &deliveryId)
{
    int finished = 0;
    for (const Attempt &a : must(DeliveryRepository(m_db->db()).attempts(deliveryId)))
        finished += a.outcome.has_value() ? 1 : 0;
    return finished;
}

void TestEngineRules::autoPausesAfterAnHourOfFailuresAndHolds()
{
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(ScriptedHttpsServer::respond(500));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), {240s});
    startEngine();
    QSignalSpy paused(m_engine.get(), &DeliveryEngine::endpointAutoPaused);
    const QString id = publish();
    // 20 failures, 4 minutes apart on the injected clock: 76 minutes from the first to the last.
    for (int n = 1; n <= 20; ++n) {
        QTRY_COMPARE_WITH_TIMEOUT(attemptCount(id), n, 10000);
        if (n < 20) {
            QCOMPARE(paused.size(), 0); // not before the rule holds
            m_clock->advance(240 * 1000);
            m_engine->wake();
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
    QCOMPARE(paused.first().at(0).toString(), ep);
    const Endpoint e = *EndpointRepository(m_db->db()).find(ep).value();
    QVERIFY(e.state == EndpointState::Paused);
    QVERIFY(e.pausedReason.startsWith(QLatin1String("auto:")));
    QVERIFY(must(DeliveryRepository(m_db->db()).find(id))->status == DeliveryStatus::Held);
    // New deliveries while paused are held, never dropped, and nothing is sent.
    const int before = server.requests().size();
    const QString later = publish();
    m_clock->advance(3600 * 1000);
    m_engine->wake();
    QTest::qWait(300);
    QVERIFY(must(DeliveryRepository(m_db->db()).find(later))->status == DeliveryStatus::Held);
    QCOMPARE(server.requests().size(), before);
}

void TestEngineRules::sporadicFailureNeverPauses()
{
    ScriptedHttpsServer server(m_pki.localhost());
    QList<ScriptedHttpsServer::Script> scripts;
    for (int i = 0; i < 60; ++i)
        scripts << ScriptedHttpsServer::respond(i % 3 == 2 ? 200 : 500); // two of three fail
    server.queueScripts(scripts);
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), {240s});
    startEngine();
    QSignalSpy paused(m_engine.get(), &DeliveryEngine::endpointAutoPaused);
    for (int i = 0; i < 20; ++i) {
        const QString id = publish();
        QTRY_VERIFY_WITH_TIMEOUT(attemptCount(id) >= 1, 10000);
        while (must(DeliveryRepository(m_db->db()).find(id))->status != DeliveryStatus::Succeeded) {
            m_clock->advance(240 * 1000);
            const int n = attemptCount(id);
            m_engine->wake();
            QTRY_VERIFY_WITH_TIMEOUT(attemptCount(id) > n, 10000);
        }
    }
    QCOMPARE(paused.size(), 0);
    QVERIFY(EndpointRepository(m_db->db()).find(ep).value()->state == EndpointState::Active);
}

void TestEngineRules::heldDeliveriesAreResumed()
{
    ScriptedHttpsServer server(m_pki.localhost());
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), {});
    QVERIFY(EndpointService(m_db->db(), *m_clock).pause(ep, QStringLiteral("maintenance")).ok());
    startEngine();
    const QString a = publish();
    const QString b = publish();
    QTest::qWait(300);
    QCOMPARE(server.requests().size(), 0);
    QVERIFY(must(DeliveryRepository(m_db->db()).find(a))->status == DeliveryStatus::Held);
    QVERIFY(EndpointService(m_db->db(), *m_clock).resume(ep).ok());
    m_engine->wake();
    QTRY_VERIFY_WITH_TIMEOUT(
        must(DeliveryRepository(m_db->db()).find(a))->status == DeliveryStatus::Succeeded, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        must(DeliveryRepository(m_db->db()).find(b))->status == DeliveryStatus::Succeeded, 10000);
    QCOMPARE(server.requests().size(), 2);
}

void TestEngineRules::failoverTakesDeliveriesWhilePaused()
{
    ScriptedHttpsServer primary(m_pki.localhost());
    ScriptedHttpsServer backup(m_pki.localhost());
    QVERIFY(primary.start());
    QVERIFY(backup.start());
    const QString ep =
        addEndpoint(primary.url(QStringLiteral("/h")), {}, backup.url(QStringLiteral("/backup")));
    QVERIFY(EndpointService(m_db->db(), *m_clock).pause(ep, QStringLiteral("outage")).ok());
    startEngine();
    const QString id = publish();
    QTRY_VERIFY_WITH_TIMEOUT(
        must(DeliveryRepository(m_db->db()).find(id))->status == DeliveryStatus::Succeeded, 10000);
    QCOMPARE(primary.connectionCount(), 0);
    QCOMPARE(backup.requests().size(), 1);
    QCOMPARE(backup.requests().first().path(), QByteArray("/backup"));
    // The attempt remembers where it went (copy as curl and the timeline read it), not the
    // endpoint's primary URL.
    const QList<Attempt> attempts = must(DeliveryRepository(m_db->db()).attempts(id));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().url, backup.url(QStringLiteral("/backup")));
}

void TestEngineRules::wallClockJumps_data()
{
    QTest::addColumn<qint64>("jumpMs");
    QTest::newRow("+1 day") << qint64(86400000);
    QTest::newRow("-1 day") << qint64(-86400000);
}

void TestEngineRules::wallClockJumps()
{
    QFETCH(qint64, jumpMs);
    ScriptedHttpsServer server(m_pki.localhost());
    server.queueScripts({ScriptedHttpsServer::respond(500), ScriptedHttpsServer::respond(200)});
    QVERIFY(server.start());
    addEndpoint(server.url(QStringLiteral("/h")), {600s});
    startEngine();
    const QString id = publish();
    QTRY_COMPARE_WITH_TIMEOUT(attemptCount(id), 1, 10000);
    const QDateTime due = must(DeliveryRepository(m_db->db()).find(id))->nextAttemptAt;
    QCOMPARE(m_clock->nowUtc().msecsTo(due), qint64(600000));
    // The wall clock steps; real (monotonic) time does not.
    m_clock->jumpWall(jumpMs);
    m_engine->wake();
    QTest::qWait(300);
    // No storm after a jump forward, nothing stranded for a day after a jump back: the retry is
    // still ten real minutes away.
    QCOMPARE(attemptCount(id), 1);
    QCOMPARE(
        m_clock->nowUtc().msecsTo(must(DeliveryRepository(m_db->db()).find(id))->nextAttemptAt),
        qint64(600000));
    m_clock->advance(600000);
    m_engine->wake();
    QTRY_VERIFY_WITH_TIMEOUT(
        must(DeliveryRepository(m_db->db()).find(id))->status == DeliveryStatus::Succeeded, 10000);
}

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_enginerules.moc"
