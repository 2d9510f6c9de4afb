// The engine as `hooklinectl run` and the console host it (DeliveryHost): it starts on a real
// database, relays the engine's state, serves the ingest API only while it delivers, and stops
// cleanly. The API itself: core.ingestserver; through the callers: ui.consoleingest,
// e2e.ingestapi.
#include "config/ingestsettings.h"
#include "engine/deliveryhost.h"
#include "engine/enginelock.h"
#include "ingest/ingesthost.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/tempdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

class TestDeliveryHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void startsRelaysAndStops();
    void secretsFirstStartsOnceTheSecretsAreRead();
    void refusesWhileAnotherProcessDelivers();
    void servesIngestOnlyWhileDelivering();
    void drainRunsNeverServeIngest();

private:
    std::unique_ptr<MemorySecretStore> makeSecrets(const QByteArray &token = {});
    void enableIngest();

    std::unique_ptr<TempDatabase> m_db;
    quint16 m_port = 0;
};

void TestDeliveryHost::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
    m_port = ScriptedHttpsServer::closedPort();
}

std::unique_ptr<MemorySecretStore> TestDeliveryHost::makeSecrets(const QByteArray &token)
{
    auto secrets = std::make_unique<MemorySecretStore>();
    if (!token.isEmpty()) {
        bool written = false;
        secrets->write(SecretNames::ingestToken(), token, this,
                       [&written](const SecretStore::Result &) { written = true; });
        if (!QTest::qWaitFor([&] { return written; }, 5000))
            qWarning("token not written");
    }
    return secrets;
}

void TestDeliveryHost::enableIngest()
{
    IngestSettings settings;
    settings.enabled = true;
    settings.port = m_port;
    SettingsRepository repository(m_db->db());
    QVERIFY(!settings.save(repository));
}

void TestDeliveryHost::startsRelaysAndStops()
{
    DeliveryHost host(m_db->db(), {m_db->path()}, makeSecrets());
    QSignalSpy states(&host, &DeliveryHost::stateChanged);
    QSignalSpy started(&host, &DeliveryHost::started);
    QSignalSpy snapshots(&host, &DeliveryHost::snapshotReady);
    QSignalSpy stopped(&host, &DeliveryHost::stopped);
    QCOMPARE(host.state(), DeliveryHost::State::Idle);

    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), DeliveryHost::State::Running, 10000);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 0); // nothing was interrupted
    QCOMPARE(states.at(0).at(0).value<DeliveryHost::State>(), DeliveryHost::State::Starting);
    QCOMPARE(states.at(1).at(0).value<DeliveryHost::State>(), DeliveryHost::State::Running);
    QTRY_VERIFY(host.materialLoaded());
    // The engine's snapshots come through, and the host keeps the last one.
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 5000);
    QCOMPARE(host.snapshot().inFlight, 0);

    host.stop();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), DeliveryHost::State::Stopped, 10000);
    QCOMPARE(stopped.size(), 1);
    // The engine thread ends: nothing is left running behind the host.
    QVERIFY(host.controller()->waitStopped(5000));
    QVERIFY(!host.controller()->isRunning());
}

void TestDeliveryHost::secretsFirstStartsOnceTheSecretsAreRead()
{
    DeliveryHost::Options options{m_db->path()};
    options.secretsFirst = true;
    DeliveryHost host(m_db->db(), options, makeSecrets());
    QStringList order;
    connect(&host, &DeliveryHost::secretsLoaded, this, [&] { order << QStringLiteral("secrets"); });
    connect(&host, &DeliveryHost::stateChanged, this, [&](DeliveryHost::State state) {
        if (state == DeliveryHost::State::Starting)
            order << QStringLiteral("starting");
    });
    host.start();
    // The secrets are read asynchronously: nothing has started yet.
    QCOMPARE(host.state(), DeliveryHost::State::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), DeliveryHost::State::Running, 10000);
    QCOMPARE(order, (QStringList{QStringLiteral("secrets"), QStringLiteral("starting")}));
    QVERIFY(host.stopAndWait(10000));
}

void TestDeliveryHost::refusesWhileAnotherProcessDelivers()
{
    enableIngest();
    auto other = std::make_unique<EngineLock>(m_db->path());
    QVERIFY(other->tryLock());
    DeliveryHost host(m_db->db(), {m_db->path()}, makeSecrets("tok"));
    host.start();
    QCOMPARE(host.state(), DeliveryHost::State::LockedByOther);
    QVERIFY(host.lockHolder().known);
    QCOMPARE(host.lockHolder().pid, QCoreApplication::applicationPid());
    host.reloadIngest();
    QTest::qWait(100);
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);

    // Once the other process lets go, a retry takes over.
    other.reset();
    QCOMPARE(host.tryStart(), EngineController::StartResult::Started);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), DeliveryHost::State::Running, 10000);
    QVERIFY(host.stopAndWait(10000));
}

void TestDeliveryHost::servesIngestOnlyWhileDelivering()
{
    enableIngest();
    DeliveryHost host(m_db->db(), {m_db->path()}, makeSecrets("tok-1"));
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off); // not before the engine runs
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.ingest()->state(), IngestHost::State::Listening, 10000);
    QCOMPARE(host.ingest()->port(), m_port);

    host.stop();
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);
    QCOMPARE(host.ingest()->port(), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), DeliveryHost::State::Stopped, 10000);
}

void TestDeliveryHost::drainRunsNeverServeIngest()
{
    enableIngest();
    DeliveryHost::Options options{m_db->path()};
    options.drain = true;
    DeliveryHost host(m_db->db(), options, makeSecrets("tok"));
    QSignalSpy drained(&host, &DeliveryHost::drained);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 10000); // nothing due
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);
    host.reloadIngest();
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);
    QVERIFY(host.stopAndWait(10000));
}

QTEST_GUILESS_MAIN(TestDeliveryHost)
#include "tst_deliveryhost.moc"
