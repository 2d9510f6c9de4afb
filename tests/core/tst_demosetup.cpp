// The first-run demo (DemoSetup) and the sandbox wiring of the local test receiver
// (SandboxReceiver): what is created, trusted and allowlisted, and that live is never touched.
#include "config/demosetup.h"
#include "config/endpointservice.h"
#include "receiver/sandboxreceiver.h"
#include "security/allowlist.h"
#include "security/trustedcertificates.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {
DemoSetup::Texts texts()
{
    return {QStringLiteral("Demo healthy"), QStringLiteral("Demo flaky"),
            QStringLiteral("made by the test")};
}
} // namespace

class TestDemoSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void receiverTrustsAndAllowlistsSandboxOnly();
    void demoOnEmptyDatabaseOnly_data();
    void demoOnEmptyDatabaseOnly();
    void demoNeedsTheAllowlist();
    void removeDeletesOnlyTheDemoAndRemembers();
    void portIsStableAcrossRuns();
    void takenPortMovesTheDemoAlong();
    void flakyPathFailsHalfTheRequests();
    void stopWithdrawsTheCa();
    void allowanceFollowsTheReceiver();
    void unreadableStoreIsAnError();
};

void TestDemoSetup::receiverTrustsAndAllowlistsSandboxOnly()
{
    TempDatabase db;
    SandboxReceiver rx(db.db());
    QSignalSpy trust(&rx, &SandboxReceiver::trustChanged);
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    QVERIFY(rx.isRunning());
    QCOMPARE(trust.size(), 1);
    const SettingsRepository settings(db.db());
    const Allowlist sandbox = Allowlist::load(settings, Environment::Sandbox).value();
    // Loopback on the receiver's port only, not every local service.
    QVERIFY(sandbox.contains(QStringLiteral("127.0.0.1/32"), QString::number(rx.port())));
    QVERIFY(!sandbox.contains(QStringLiteral("127.0.0.1/32")));
    QCOMPARE(sandbox.entries().size(), 1);
    QCOMPARE(sandbox.entries().first().port, int(rx.port()));
    QVERIFY(Allowlist::load(settings, Environment::Live).value().isEmpty());
    const TrustedCertificates trusted(db.db());
    const QList<QSslCertificate> cas = trusted.list(Environment::Sandbox).value();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.first(), rx.caCertificate());
    QVERIFY(trusted.list(Environment::Live).value().isEmpty());
    // A second start on the same database (next run) replaces the CA instead of adding one,
    // and does not duplicate the allowlist entry.
    rx.stop();
    SandboxReceiver next(db.db());
    QVERIFY(next.start() == SandboxReceiver::Error::None);
    QCOMPARE(trusted.list(Environment::Sandbox).value().size(), 1);
    QCOMPARE(trusted.list(Environment::Sandbox).value().first(), next.caCertificate());
    QVERIFY(next.caCertificate() != cas.first());
    QCOMPARE(Allowlist::load(settings, Environment::Sandbox).value().entries().size(), 1);
}

void TestDemoSetup::demoOnEmptyDatabaseOnly_data()
{
    QTest::addColumn<QString>("existing"); // "", "sandbox", "live", "dismissed"
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("sandbox endpoint") << QStringLiteral("sandbox") << false;
    QTest::newRow("live endpoint") << QStringLiteral("live") << false;
    QTest::newRow("dismissed before") << QStringLiteral("dismissed") << false;
}

void TestDemoSetup::demoOnEmptyDatabaseOnly()
{
    QFETCH(QString, existing);
    QFETCH(bool, expected);
    TempDatabase db;
    if (existing == QLatin1String("dismissed")) {
        QVERIFY(!DemoSetup::remove(db.db()));
    } else if (!existing.isEmpty()) {
        Endpoint e;
        e.name = QStringLiteral("mine");
        e.environment =
            existing == QLatin1String("live") ? Environment::Live : Environment::Sandbox;
        e.url = QUrl(QStringLiteral("https://example.com/hooks"));
        QVERIFY(EndpointService(db.db()).create(e).ok());
    }
    QCOMPARE(DemoSetup::shouldCreate(db.db()).value(), expected);
}

void TestDemoSetup::demoNeedsTheAllowlist()
{
    TempDatabase db;
    // Without the receiver's allowlist entry the policy refuses 127.0.0.1: nothing is created.
    const DemoSetup::Result refused = DemoSetup::create(db.db(), 8789, texts());
    QVERIFY(!refused.ok());
    QVERIFY(refused.endpoints.isEmpty());
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);

    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    const DemoSetup::Result r = DemoSetup::create(db.db(), rx.port(), texts());
    QVERIFY(r.ok());
    QCOMPARE(r.endpoints.size(), 2);
    const QList<Endpoint> demo = DemoSetup::endpoints(db.db()).value();
    QCOMPARE(demo.size(), 2);
    QCOMPARE(demo[0].url, DemoSetup::receiverUrl(rx.port(), QStringLiteral("/healthy")));
    QCOMPARE(demo[1].url, DemoSetup::receiverUrl(rx.port(), QStringLiteral("/flaky")));
    for (const Endpoint &e : demo) {
        QVERIFY(e.environment == Environment::Sandbox);
        QVERIFY(e.tags.contains(QStringLiteral("hookline-demo")));
        QVERIFY(e.signingScheme == SigningScheme::Jwt);
    }
    QCOMPARE(demo[0].name, QStringLiteral("Demo healthy"));
    // The flaky one retries soon enough to be seen recovering within a minute.
    QVERIFY(!demo[1].retryPolicy.intervals.isEmpty());
    QVERIFY(demo[1].retryPolicy.intervals.first() <= std::chrono::seconds(10));
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Live).value(), 0);
    QVERIFY(!DemoSetup::shouldCreate(db.db()).value());
}

void TestDemoSetup::removeDeletesOnlyTheDemoAndRemembers()
{
    TempDatabase db;
    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    QVERIFY(DemoSetup::create(db.db(), rx.port(), texts()).ok());
    Endpoint mine;
    mine.name = QStringLiteral("tagged demo by the user, but live");
    mine.environment = Environment::Live;
    mine.tags = {QStringLiteral("hookline-demo")};
    mine.url = QUrl(QStringLiteral("https://example.com/hooks"));
    QVERIFY(EndpointService(db.db()).create(mine).ok());
    Endpoint other;
    other.name = QStringLiteral("mine in sandbox");
    other.url = QUrl(QStringLiteral("https://example.com/other"));
    QVERIFY(EndpointService(db.db()).create(other).ok());

    QVERIFY(!DemoSetup::remove(db.db()));
    QVERIFY(DemoSetup::endpoints(db.db()).value().isEmpty());
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 1);
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Live).value(), 1);
    QVERIFY(DemoSetup::isDismissed(db.db()).value());
    // Even once everything is deleted, the demo does not come back.
    const auto stored = EndpointRepository(db.db()).listAll().value();
    for (const Endpoint &e : stored)
        QVERIFY(!EndpointService(db.db()).remove(e.id));
    QVERIFY(!DemoSetup::shouldCreate(db.db()).value());
}

void TestDemoSetup::portIsStableAcrossRuns()
{
    TempDatabase db;
    quint16 first = 0;
    {
        SandboxReceiver rx(db.db());
        QVERIFY(rx.start() == SandboxReceiver::Error::None);
        first = rx.port();
        QVERIFY(first != 0);
        QCOMPARE(SandboxReceiver::storedPort(SettingsRepository(db.db())).value(), first);
    }
    SandboxReceiver again(db.db());
    QVERIFY(again.start() == SandboxReceiver::Error::None);
    QCOMPARE(again.port(), first);
    QVERIFY(!again.portMoved());
}

void TestDemoSetup::takenPortMovesTheDemoAlong()
{
    TempDatabase db;
    quint16 first = 0;
    {
        SandboxReceiver rx(db.db());
        QVERIFY(rx.start() == SandboxReceiver::Error::None);
        first = rx.port();
        QVERIFY(DemoSetup::create(db.db(), first, texts()).ok());
    }
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), first));
    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    QVERIFY(rx.port() != first);
    QVERIFY(rx.portMoved());
    QCOMPARE(SandboxReceiver::storedPort(SettingsRepository(db.db())).value(), rx.port());
    const auto stored = DemoSetup::endpoints(db.db()).value();
    for (const Endpoint &e : stored)
        QCOMPARE(e.url.port(), int(rx.port()));
}

void TestDemoSetup::flakyPathFailsHalfTheRequests()
{
    TempDatabase db;
    SandboxReceiver rx(db.db());
    ReceiverBehaviour b;
    b.statusCode = 202;
    b.seed = 42;
    QVERIFY(!rx.setBehaviour(b));
    QCOMPARE(rx.receiver()->behaviourFor("/healthy").failureRate, 0.0);
    QCOMPARE(rx.receiver()->behaviourFor("/healthy").statusCode, 202);
    QCOMPARE(rx.receiver()->behaviourFor("/flaky").failureRate, 0.5);
    QCOMPARE(rx.receiver()->behaviourFor("/flaky").statusCode, 202);
    // A higher configured rate applies to the flaky path too; the behaviour is remembered.
    b.failureRate = 0.8;
    b.delayMs = 250;
    QVERIFY(!rx.setBehaviour(b));
    QCOMPARE(rx.receiver()->behaviourFor("/flaky").failureRate, 0.8);
    const ReceiverBehaviour stored =
        SandboxReceiver::storedBehaviour(SettingsRepository(db.db())).value();
    QCOMPARE(stored.statusCode, 202);
    QCOMPARE(stored.delayMs, 250);
    QCOMPARE(stored.failureRate, 0.8);
}

void TestDemoSetup::stopWithdrawsTheCa()
{
    TempDatabase db;
    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::None);
    QCOMPARE(TrustedCertificates(db.db()).list(Environment::Sandbox).value().size(), 1);
    QSignalSpy trust(&rx, &SandboxReceiver::trustChanged);
    rx.stop();
    QVERIFY(!rx.isRunning());
    QCOMPARE(trust.size(), 1);
    QVERIFY(TrustedCertificates(db.db()).list(Environment::Sandbox).value().isEmpty());
}

// The loopback allowance exists only while the receiver listens: gone at stop, and a crashed
// run's entry (or the every-port entry of versions before ports) is replaced at the next start.
void TestDemoSetup::allowanceFollowsTheReceiver()
{
    TempDatabase db;
    SettingsRepository settings(db.db());
    // What an older version left: loopback on every port, and an entry of the user's own.
    Allowlist old;
    old.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1/32")).entry);
    old.add(*Allowlist::parseEntry(QStringLiteral("10.0.0.0/8")).entry);
    QVERIFY(!old.save(settings, Environment::Sandbox));

    quint16 firstPort = 0;
    {
        SandboxReceiver rx(db.db());
        QVERIFY(rx.start() == SandboxReceiver::Error::None);
        firstPort = rx.port();
        const Allowlist running = Allowlist::load(settings, Environment::Sandbox).value();
        QCOMPARE(running.entries().size(), 2);
        QVERIFY(running.contains(QStringLiteral("10.0.0.0/8")));
        QVERIFY(running.contains(QStringLiteral("127.0.0.1/32"), QString::number(firstPort)));
        QVERIFY(!running.contains(QStringLiteral("127.0.0.1/32")));
        QSignalSpy trust(&rx, &SandboxReceiver::trustChanged);
        rx.stop();
        QCOMPARE(trust.size(), 1); // the engine reloads and sees it gone
        const Allowlist stopped = Allowlist::load(settings, Environment::Sandbox).value();
        QCOMPARE(stopped.entries().size(), 1);
        QVERIFY(stopped.contains(QStringLiteral("10.0.0.0/8")));
        QVERIFY(!SandboxReceiver::registeredEntry(settings).value());
    }

    // A loopback entry the user adds by hand now is theirs: later starts leave it alone.
    Allowlist mine = Allowlist::load(settings, Environment::Sandbox).value();
    mine.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1/32")).entry);
    QVERIFY(!mine.save(settings, Environment::Sandbox));

    // A run that ends without stop() (a crash) leaves its entry behind ...
    {
        SandboxReceiver crashed(db.db());
        QVERIFY(crashed.start() == SandboxReceiver::Error::None);
    }
    QCOMPARE(Allowlist::load(settings, Environment::Sandbox).value().entries().size(), 3);
    // ... which the next start replaces, also when it listens on another port.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), firstPort));
    SandboxReceiver next(db.db());
    QVERIFY(next.start() == SandboxReceiver::Error::None);
    QVERIFY(next.port() != firstPort);
    const Allowlist after = Allowlist::load(settings, Environment::Sandbox).value();
    QCOMPARE(after.entries().size(), 3);
    QVERIFY(after.contains(QStringLiteral("127.0.0.1/32"), QString::number(next.port())));
    QVERIFY(!after.contains(QStringLiteral("127.0.0.1/32"), QString::number(firstPort)));
    QVERIFY(after.contains(QStringLiteral("127.0.0.1/32")));
    next.stop();
    QCOMPARE(Allowlist::load(settings, Environment::Sandbox).value().entries().size(), 2);
}

// A settings table that cannot be read does not mean "never dismissed": no demo on a store that
// cannot say, and the receiver reports the store instead of listening on a default port.
void TestDemoSetup::unreadableStoreIsAnError()
{
    TempDatabase db;
    QVERIFY(DemoSetup::shouldCreate(db.db()).value());
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE settings")));
    QVERIFY(!DemoSetup::isDismissed(db.db()).ok());
    QVERIFY(!DemoSetup::shouldCreate(db.db()).ok());
    QVERIFY(!SandboxReceiver::storedPort(SettingsRepository(db.db())).ok());
    SandboxReceiver rx(db.db());
    QVERIFY(rx.start() == SandboxReceiver::Error::Store);
    QVERIFY(!rx.isRunning());
}

QTEST_GUILESS_MAIN(TestDemoSetup)
#include "tst_demosetup.moc"
