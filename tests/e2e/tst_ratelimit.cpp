// The per-endpoint rate limit on a running engine over real TLS: a limited endpoint receives no
// more than its token bucket allows in any window, and its queue never delays an unlimited
// endpoint's deliveries.
#include "config/endpointservice.h"
#include "engine/enginecontroller.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/jwtsigner.h"
#include "security/signingkey.h"
#include "security/trustedcertificates.h"
#include "store/deliveryrepository.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"
#include "support/testengine.h"
#include "support/testpki.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace hookline;
using namespace hookline::test;

class TestRateLimit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void limitedEndpointIsPacedAndOthersAreNot();

private:
    QString addEndpoint(const QString &name, const QUrl &url, double ratePerSecond);

    TestPki m_pki;
    SigningKey m_key;
    std::unique_ptr<TempDatabase> m_db;
};

void TestRateLimit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_key = SigningKey::generate(2048);
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(m_db->db());
    QVERIFY(!Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"))
                 ->save(settings, Environment::Sandbox));
}

QString TestRateLimit::addEndpoint(const QString &name, const QUrl &url, double ratePerSecond)
{
    Endpoint e;
    e.name = name;
    e.url = url;
    e.rateLimitPerSecond = ratePerSecond;
    e.maxInFlight = 16;
    const auto r = EndpointService(m_db->db()).create(e);
    return r.endpoint.id;
}

void TestRateLimit::limitedEndpointIsPacedAndOthersAreNot()
{
    constexpr int kEvents = 16;
    constexpr double kRate = 4; // per second; the bucket holds max(1, rate) = 4
    ScriptedHttpsServer limited(m_pki.localhost());
    ScriptedHttpsServer free(m_pki.localhost());
    QVERIFY(limited.start());
    QVERIFY(free.start());
    const QString limitedId =
        addEndpoint(QStringLiteral("limited"), limited.url(QStringLiteral("/l")), kRate);
    const QString freeId = addEndpoint(QStringLiteral("free"), free.url(QStringLiteral("/f")), 0);
    QVERIFY(!limitedId.isEmpty() && !freeId.isEmpty());

    // Everything is queued before the engine starts, so both endpoints have all their work due
    // at the same moment.
    EventPublisher publisher(m_db->db());
    for (int i = 0; i < kEvents; ++i) {
        const auto r = publisher.publish(
            {Environment::Sandbox,
             QStringLiteral("webhook.test"),
             SampleGenerator::generateJson(QStringLiteral("webhook.test"), quint64(i),
                                           QDateTime::currentDateTimeUtc()),
             EventSource::Cli,
             {},
             {}});
        QCOMPARE(r.deliveries.size(), 2);
    }

    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(m_key);
    const std::unique_ptr<EngineController> engine = test::makeEngine(m_db->path(), material);
    QSignalSpy started(engine.get(), &EngineController::started);
    QVERIFY(engine->start() == EngineController::StartResult::Started);
    QVERIFY(started.wait(10000));

    // The unlimited endpoint gets all of its deliveries while the limited one is still being
    // paced: a slow queue never holds up another endpoint.
    QTRY_COMPARE_WITH_TIMEOUT(free.requests().size(), kEvents, 10000);
    QVERIFY2(limited.requests().size() < kEvents,
             qPrintable(QString::number(limited.requests().size())));

    QTRY_COMPARE_WITH_TIMEOUT(limited.requests().size(), kEvents, 15000);
    engine->stop();
    QVERIFY(engine->waitStopped(10000));

    // The limiter governs when attempts start; arrival times at the receiver add TLS and
    // scheduling noise, so the recorded start of each attempt is what is checked.
    DeliveryRepository repo(m_db->db());
    DeliveryRepository::Filter f;
    f.environment = Environment::Sandbox;
    f.endpointId = limitedId;
    QList<qint64> starts;
    for (const Delivery &d : must(repo.list(f, 100))) {
        QVERIFY(d.status == DeliveryStatus::Succeeded);
        const QList<Attempt> attempts = must(repo.attempts(d.id));
        QCOMPARE(attempts.size(), 1);
        starts << attempts.first().startedAt.toMSecsSinceEpoch();
    }
    QCOMPARE(starts.size(), kEvents);
    std::sort(starts.begin(), starts.end());
    // Token bucket: at most capacity + rate × T attempts in any window of T seconds (20 ms of
    // slack for timer granularity).
    for (int i = 0; i < starts.size(); ++i) {
        for (int j = i; j < starts.size(); ++j) {
            const double windowS = (starts[j] - starts[i]) / 1000.0;
            const double allowed = kRate + kRate * (windowS + 0.02);
            QVERIFY2(
                j - i + 1 <= allowed + 1e-9,
                qPrintable(
                    QStringLiteral("%1 attempts started within %2 s").arg(j - i + 1).arg(windowS)));
        }
    }
    // And it is not just slow by accident: 16 attempts at 4/s after a burst of 4 take >= 3 s.
    const qint64 spanMs = starts.last() - starts.first();
    QVERIFY2(spanMs >= 2900, qPrintable(QString::number(spanMs)));
    QVERIFY2(spanMs <= 8000, qPrintable(QString::number(spanMs)));

    f.endpointId = freeId;
    f.status = DeliveryStatus::Succeeded;
    QCOMPARE(must(repo.list(f, 100)).size(), kEvents);
}

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
