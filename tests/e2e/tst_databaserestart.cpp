// The engine on PostgreSQL keeps working through a server restart: attempts in flight when the
// server goes away are recorded after it is back, nothing is lost and nothing is sent twice.
// Real TLS to a local receiver that answers slowly (so attempts are in flight), a real cluster.
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "engine/enginecontroller.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/trustedcertificates.h"
#include "store/connection.h"
#include "store/deliveryrepository.h"
#include "store/settingsrepository.h"
#include "support/postgrescluster.h"
#include "support/scriptedhttpsserver.h"
#include "support/storeread.h"
#include "support/testengine.h"
#include "support/testpki.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

class DatabaseRestartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void engineSurvivesAServerRestartMidDelivery();

private:
    TestPki m_pki;
};

void DatabaseRestartTest::engineSurvivesAServerRestartMidDelivery()
{
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    QVERIFY2(cluster, qPrintable(error));
    const QString uri = cluster->createDatabase(&error);
    QVERIFY2(!uri.isEmpty(), qPrintable(error));
    Connection connection(uri);
    const auto opened = connection.open();
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    const Store store = connection.store();
    AuditLog::setKey(QByteArray(32, 'k'));

    // Each answer trickles its body for about a second: attempts are in flight at the restart.
    ScriptedHttpsServer receiver(m_pki.localhost());
    ScriptedHttpsServer::Script slow;
    slow.behaviour = ScriptedHttpsServer::Behaviour::TrickleBody;
    slow.body = "0123456789";
    slow.trickleIntervalMs = 100;
    receiver.setScript(slow);
    QVERIFY(receiver.start());

    QVERIFY(!TrustedCertificates(store).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(store);
    const auto allowlist = Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"));
    QVERIFY(allowlist);
    QVERIFY(!allowlist->save(settings, Environment::Sandbox));
    Endpoint e;
    e.name = QStringLiteral("receiver");
    e.url = receiver.url(QStringLiteral("/hooks"));
    e.maxInFlight = 8;
    const auto created = EndpointService(store).create(e);
    QVERIFY(created.ok());

    constexpr int kEvents = 24;
    QStringList deliveryIds;
    for (int i = 0; i < kEvents; ++i) {
        const QString type = QStringLiteral("identity_document.approved");
        const auto r =
            EventPublisher(store).publish({Environment::Sandbox,
                                           type,
                                           SampleGenerator::generateJson(type, quint64(i)),
                                           EventSource::Cli,
                                           {},
                                           {created.endpoint.id}});
        QCOMPARE(r.deliveries.size(), 1);
        deliveryIds << r.deliveries.first().id;
    }

    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(SigningKey::generate(2048));
    const std::unique_ptr<EngineController> engine = test::makeEngine(uri, material);
    QSignalSpy started(engine.get(), &EngineController::started);
    QVERIFY(engine->start() == EngineController::StartResult::Started);
    QVERIFY(started.wait(10000));

    // Stop the server while requests are being answered.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.requests().size() >= 4, 20000);
    const qint64 stoppedAtMs = QDateTime::currentMSecsSinceEpoch();
    const int sentBeforeStop = receiver.requests().size();
    QVERIFY2(cluster->stop(&error), qPrintable(error));
    QTest::qWait(2500); // the in-flight answers finish while the server is down
    QVERIFY2(cluster->start(&error), qPrintable(error));
    QVERIFY(sentBeforeStop < kEvents);

    QVERIFY(!connection.reopen());
    DeliveryRepository deliveries(store);
    const auto allSucceeded = [&] {
        for (const QString &id : deliveryIds) {
            const auto d = deliveries.find(id);
            if (!d || !d->has_value() || (*d)->status != DeliveryStatus::Succeeded)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSucceeded(), 90000);
    engine->stop();
    QVERIFY(engine->waitStopped(10000));

    // Nothing sent twice: one request per delivery, one attempt each.
    QSet<QByteArray> keys;
    for (const ReceivedRequest &r : receiver.requests())
        keys.insert(r.header("X-Idempotency-Key"));
    QCOMPARE(receiver.requests().size(), kEvents);
    QCOMPARE(keys.size(), kEvents);
    int inFlightAtStop = 0;
    for (const QString &id : deliveryIds) {
        const QList<Attempt> attempts = must(deliveries.attempts(id));
        QCOMPARE(attempts.size(), 1);
        QVERIFY(attempts.first().outcome == OutcomeClass::Success);
        const Attempt &a = attempts.first();
        // The kill landed mid-delivery: this attempt started before it and ended after it.
        if (a.startedAt.toMSecsSinceEpoch() < stoppedAtMs && a.durationMs &&
            a.startedAt.toMSecsSinceEpoch() + *a.durationMs > stoppedAtMs)
            ++inFlightAtStop;
    }
    QVERIFY2(inFlightAtStop > 0, "no attempt was in flight when the server stopped");
}

QTEST_GUILESS_MAIN(DatabaseRestartTest)
#include "tst_databaserestart.moc"
