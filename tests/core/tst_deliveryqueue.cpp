#include "analytics/rollupcell.h"
#include "config/endpointservice.h"
#include "engine/deliveryqueue.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "replay/replayservice.h"
#include "store/deliveryrepository.h"
#include "store/rolluprepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {
// A schema-valid customer.created payload, distinct per seed, so claims can be told apart.
QByteArray samplePayload(int seed)
{
    return SampleGenerator::generateJson(QStringLiteral("customer.created"), quint64(seed));
}
} // namespace

class TestDeliveryQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void claimRecordsAttemptsBeforeSending();
    void claimRespectsDueTimeAndLimit();
    void completeMovesDeliveriesOn();
    void completingAgainRecordsNothing();
    void uncertainClaimsAreReleased();
    void headersSurviveTheRecord_data();
    void headersSurviveTheRecord();
    void recoveryMarksInterruptedAndRetriesAtOnce();
    void shiftKeepsSchedulesRelative();
    void replay();
    void deadLettersFilterAndBulkReplay();

private:
    QString publish(int count);
    int scalar(const QString &sql);
    qint64 rolledUpAttempts();

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QString m_endpoint;
};

void TestDeliveryQueue::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC));
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/"));
    m_endpoint = EndpointService(m_db->db(), *m_clock).create(e).endpoint.id;
    QVERIFY(!m_endpoint.isEmpty());
}

QString TestDeliveryQueue::publish(int count)
{
    QString last;
    for (int i = 0; i < count; ++i) {
        m_clock->advance(10);
        const auto r = EventPublisher(m_db->db(), *m_clock)
                           .publish({Environment::Sandbox,
                                     QStringLiteral("customer.created"),
                                     samplePayload(i),
                                     EventSource::Cli,
                                     {},
                                     {}});
        last = r.deliveries.value(0).id;
    }
    return last;
}

int TestDeliveryQueue::scalar(const QString &sql)
{
    QSqlQuery q(m_db->db());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestDeliveryQueue::claimRecordsAttemptsBeforeSending()
{
    publish(3);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    // The engine passes the URL it sends to (here as if a failover URL): each attempt keeps it.
    QVERIFY(!queue.claim({{m_endpoint, 8, QStringLiteral("https://backup.example.com/h")}},
                         m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 3);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM attempts WHERE url = 'https://backup.example.com/h'")),
             3);
    for (const auto &c : claims) {
        QCOMPARE(c.attemptNumber, 1);
        QVERIFY(c.attemptId > 0);
        QVERIFY(c.event.payload == samplePayload(0) || c.event.payload == samplePayload(1) ||
                c.event.payload == samplePayload(2));
        QCOMPARE(c.event.type, QStringLiteral("customer.created"));
    }
    // Durable before any request leaves: in_flight deliveries and open attempt rows.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'in_flight'")),
             3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attempts WHERE outcome IS NULL")), 3);
    QVERIFY(!must(queue.nextDue(m_endpoint)).has_value());
    // Claiming again finds nothing: no delivery is ever sent twice at once.
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 0);
}

void TestDeliveryQueue::claimRespectsDueTimeAndLimit()
{
    publish(5);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 2}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attempts WHERE url IS NULL")), 2);
    QCOMPARE(claims.at(0).event.payload, samplePayload(0)); // oldest due first
    QVERIFY(!queue.claim({{m_endpoint, 10}}, m_clock->nowUtc().addSecs(-3600), &claims));
    QCOMPARE(claims.size(), 0); // nothing due an hour ago
    QVERIFY(must(queue.nextDue(m_endpoint)).has_value());
}

void TestDeliveryQueue::completeMovesDeliveriesOn()
{
    publish(3);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 3}}, m_clock->nowUtc(), &claims));
    QList<DeliveryQueue::Completion> done;
    const DeliveryStatus next[] = {DeliveryStatus::Succeeded, DeliveryStatus::Retrying,
                                   DeliveryStatus::Dead};
    for (int i = 0; i < 3; ++i) {
        DeliveryQueue::Completion c;
        c.attemptId = claims[i].attemptId;
        c.deliveryId = claims[i].delivery.id;
        c.outcome = i == 0 ? OutcomeClass::Success : OutcomeClass::Http5xx;
        c.httpStatus = i == 0 ? 200 : 500;
        c.durationMs = 42 + i;
        c.requestHeaders = {{"X-Webhook-Id", "wh_1"}, {"Authorization", "Bearer [redacted]"}};
        c.responseHeaders = {{"Content-Type", "text/plain"}};
        c.responseBody = "ok";
        c.connectedAddress = QStringLiteral("93.184.216.34");
        c.nextStatus = next[i];
        c.nextAttemptAt = m_clock->nowUtc().addSecs(60);
        c.finishedAt = m_clock->nowUtc();
        done << c;
    }
    QVERIFY(!queue.complete(done));
    DeliveryRepository repo(m_db->db());
    const Delivery succeeded = *must(repo.find(claims[0].delivery.id));
    QVERIFY(succeeded.status == DeliveryStatus::Succeeded);
    QCOMPARE(succeeded.lastHttpStatus, 200);
    const Delivery retrying = *must(repo.find(claims[1].delivery.id));
    QVERIFY(retrying.status == DeliveryStatus::Retrying);
    QCOMPARE(retrying.nextAttemptAt, m_clock->nowUtc().addSecs(60));
    QVERIFY(retrying.lastOutcome == OutcomeClass::Http5xx);
    QCOMPARE(retrying.lastHttpStatus, 500); // the list shows "HTTP 500", not only "HTTP 5xx"
    const Delivery dead = *must(repo.find(claims[2].delivery.id));
    QVERIFY(dead.status == DeliveryStatus::Dead);
    QVERIFY(!dead.nextAttemptAt.isValid());
    QCOMPARE(dead.lastHttpStatus, 500);
    const QList<Attempt> attempts = must(repo.attempts(claims[0].delivery.id));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].httpStatus, 200);
    QCOMPARE(*attempts[0].durationMs, qint64(42));
    QCOMPARE(attempts[0].requestHeaders.size(), 2);
    QCOMPARE(attempts[0].requestHeaders[1].value, QByteArray("Bearer [redacted]"));
    QCOMPARE(attempts[0].responseBody, QByteArray("ok"));
    QCOMPARE(attempts[0].connectedAddress, QStringLiteral("93.184.216.34"));
    QCOMPARE(must(queue.recentOutcomes(m_endpoint, 10)).size(), 3);
    // The retrying one is due again in a minute, with its second attempt.
    QCOMPARE(*queue.nextDue(m_endpoint), m_clock->nowUtc().addSecs(60));
    m_clock->advance(60000);
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims[0].attemptNumber, 2);
    QCOMPARE(claims[0].delivery.idempotencyKey, retrying.idempotencyKey);
    // An attempt without an answer replaces the status: the class alone is shown again.
    DeliveryQueue::Completion timeout;
    timeout.attemptId = claims[0].attemptId;
    timeout.deliveryId = claims[0].delivery.id;
    timeout.outcome = OutcomeClass::Timeout;
    timeout.nextStatus = DeliveryStatus::Retrying;
    timeout.nextAttemptAt = m_clock->nowUtc().addSecs(60);
    timeout.finishedAt = m_clock->nowUtc();
    QVERIFY(!queue.complete({timeout}));
    QCOMPARE(must(repo.find(timeout.deliveryId))->lastHttpStatus, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE id = '%1' AND "
                                   "last_http_status IS NULL")
                        .arg(timeout.deliveryId)),
             1);
}

// Attempts counted in the day rollups of both grains' "all endpoints, all types" cells.
qint64 TestDeliveryQueue::rolledUpAttempts()
{
    qint64 total = 0;
    const auto err = RollupRepository(m_db->db())
                         .scan(RollupLevel::Day, Environment::Sandbox, 3,
                               {RollupRepository::Range{0, qint64(1) << 50}},
                               [&](qint64, const QString &, const QString &, const QByteArray &b) {
                                   RollupCell cell;
                                   if (cell.decode(b))
                                       total += cell.attempts();
                               },
                               {});
    return err ? -1 : total;
}

// A COMMIT whose acknowledgement was lost (the server went away after committing) makes the
// engine record the same completions again after reconnecting: they must count once.
void TestDeliveryQueue::completingAgainRecordsNothing()
{
    publish(2);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 2}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 2);
    QList<DeliveryQueue::Completion> done;
    for (int i = 0; i < 2; ++i) {
        DeliveryQueue::Completion c;
        c.attemptId = claims[i].attemptId;
        c.deliveryId = claims[i].delivery.id;
        c.outcome = i == 0 ? OutcomeClass::Success : OutcomeClass::Http4xx;
        c.httpStatus = i == 0 ? 200 : 410;
        c.durationMs = 10;
        c.nextStatus = i == 0 ? DeliveryStatus::Succeeded : DeliveryStatus::Dead;
        c.finishedAt = m_clock->nowUtc();
        done << c;
    }
    QVERIFY(!queue.complete(done));
    QCOMPARE(rolledUpAttempts(), 2);
    QVERIFY(!queue.complete(done));
    QCOMPARE(rolledUpAttempts(), 2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delivery.dead'")), 1);
    // A late, different answer for a recorded attempt changes nothing either.
    done[0].nextStatus = DeliveryStatus::Retrying;
    done[0].nextAttemptAt = m_clock->nowUtc().addSecs(60);
    done[0].outcome = OutcomeClass::Timeout;
    QVERIFY(!queue.complete({done[0]}));
    const Delivery first = *must(DeliveryRepository(m_db->db()).find(done[0].deliveryId));
    QVERIFY(first.status == DeliveryStatus::Succeeded);
    QVERIFY(must(DeliveryRepository(m_db->db()).attempts(done[0].deliveryId))[0].outcome ==
            OutcomeClass::Success);
    QCOMPARE(rolledUpAttempts(), 2);
}

// The engine lost the connection waiting for a claim's COMMIT: what the server committed is
// undone, except attempts the engine did send.
void TestDeliveryQueue::uncertainClaimsAreReleased()
{
    const QString retried = publish(1);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 1}}, m_clock->nowUtc(), &claims));
    DeliveryQueue::Completion c;
    c.attemptId = claims[0].attemptId;
    c.deliveryId = retried;
    c.outcome = OutcomeClass::Http5xx;
    c.httpStatus = 503;
    c.nextStatus = DeliveryStatus::Retrying;
    c.nextAttemptAt = m_clock->nowUtc();
    c.finishedAt = m_clock->nowUtc();
    QVERIFY(!queue.complete({c}));
    publish(2);
    const QDateTime claimedAt = m_clock->nowUtc();
    QVERIFY(!queue.claim({{m_endpoint, 3}}, claimedAt, &claims));
    QCOMPARE(claims.size(), 3);
    // The engine sent the last claim; the others it never heard of.
    const DeliveryQueue::Claim sent = claims.last();
    m_clock->advance(5000);
    const StoreResult<int> released =
        queue.releaseUncertainClaims(claimedAt, {m_endpoint}, {sent.attemptId}, m_clock->nowUtc());
    QVERIFY(released);
    QCOMPARE(*released, 2);
    DeliveryRepository repo(m_db->db());
    for (const DeliveryQueue::Claim &claim : std::as_const(claims)) {
        const Delivery d = *must(repo.find(claim.delivery.id));
        const QList<Attempt> attempts = must(repo.attempts(claim.delivery.id));
        if (claim.attemptId == sent.attemptId) {
            QVERIFY(d.status == DeliveryStatus::InFlight);
            QCOMPARE(attempts.size(), claim.attemptNumber);
            continue;
        }
        // As before the claim: its attempt gone, due now, the same attempt count.
        QCOMPARE(attempts.size(), claim.attemptNumber - 1);
        QCOMPARE(d.attemptCount, claim.attemptNumber - 1);
        QVERIFY(d.status == (claim.delivery.id == retried ? DeliveryStatus::Retrying
                                                          : DeliveryStatus::Pending));
        QCOMPARE(d.nextAttemptAt, m_clock->nowUtc());
    }
    // Another claim time, or an endpoint not asked for, releases nothing.
    QCOMPARE(
        *queue.releaseUncertainClaims(claimedAt.addMSecs(1), {m_endpoint}, {}, m_clock->nowUtc()),
        0);
    QCOMPARE(*queue.releaseUncertainClaims(claimedAt, {QStringLiteral("ep_other")}, {},
                                           m_clock->nowUtc()),
             0);
}

void TestDeliveryQueue::headersSurviveTheRecord_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("readBack");
    QTest::newRow("plain") << QByteArray("X-Trace") << QByteArray("a=b; c") << QByteArray("a=b; c");
    QTest::newRow("empty value") << QByteArray("X-Empty") << QByteArray() << QByteArray();
    QTest::newRow("quote") << QByteArray("X-Q") << QByteArray("say \"hi\"")
                           << QByteArray("say \"hi\"");
    QTest::newRow("backslash") << QByteArray("X-B") << QByteArray("C:\\tmp\\")
                               << QByteArray("C:\\tmp\\");
    QTest::newRow("control") << QByteArray("X-C") << QByteArray("a\tb\x01")
                             << QByteArray("a\tb\x01");
    QTest::newRow("utf-8") << QByteArray("X-U") << QByteArray("Gr\xc3\xbc\xc3\x9f")
                           << QByteArray("Gr\xc3\xbc\xc3\x9f");
    // A receiver may send any bytes; what is not UTF-8 is stored as U+FFFD, never as broken JSON.
    QTest::newRow("not utf-8") << QByteArray("X-L") << QByteArray("caf\xe9")
                               << QByteArray("caf\xef\xbf\xbd");
}

void TestDeliveryQueue::headersSurviveTheRecord()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, readBack);
    publish(1);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 1}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 1);
    DeliveryQueue::Completion c;
    c.attemptId = claims[0].attemptId;
    c.deliveryId = claims[0].delivery.id;
    c.outcome = OutcomeClass::Success;
    c.httpStatus = 200;
    c.requestHeaders = {{"Content-Type", "application/json"}, {name, value}};
    c.responseHeaders = {{name, value}, {"Server", "nginx"}};
    c.nextStatus = DeliveryStatus::Succeeded;
    c.finishedAt = m_clock->nowUtc();
    QVERIFY(!queue.complete({c}));
    const QList<Attempt> attempts = must(DeliveryRepository(m_db->db()).attempts(c.deliveryId));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].requestHeaders.size(), 2);
    QCOMPARE(attempts[0].requestHeaders[0].name, QByteArray("Content-Type"));
    QCOMPARE(attempts[0].requestHeaders[1].name, name);
    QCOMPARE(attempts[0].requestHeaders[1].value, readBack);
    QCOMPARE(attempts[0].responseHeaders.size(), 2);
    QCOMPARE(attempts[0].responseHeaders[0].value, readBack);
    QCOMPARE(attempts[0].responseHeaders[1].value, QByteArray("nginx"));
}

void TestDeliveryQueue::recoveryMarksInterruptedAndRetriesAtOnce()
{
    publish(2);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    // One got a 503 before and is being tried again…
    DeliveryQueue::Completion failed;
    failed.attemptId = claims[0].attemptId;
    failed.deliveryId = claims[0].delivery.id;
    failed.outcome = OutcomeClass::Http5xx;
    failed.httpStatus = 503;
    failed.nextStatus = DeliveryStatus::Retrying;
    failed.nextAttemptAt = m_clock->nowUtc();
    failed.finishedAt = m_clock->nowUtc();
    QVERIFY(!queue.complete({failed}));
    QCOMPARE(must(DeliveryRepository(m_db->db()).find(failed.deliveryId))->lastHttpStatus, 503);
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 1);
    // …the process dies here…
    m_clock->advance(5000);
    int recovered = 0;
    QVERIFY(!queue.recoverInterrupted(m_clock->nowUtc(), &recovered));
    QCOMPARE(recovered, 2);
    // Interrupted has no answer: the earlier 503 no longer describes the last outcome.
    const Delivery interrupted = *must(DeliveryRepository(m_db->db()).find(failed.deliveryId));
    QVERIFY(interrupted.lastOutcome == OutcomeClass::Interrupted);
    QCOMPARE(interrupted.lastHttpStatus, 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE last_http_status IS NULL")),
        2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attempts WHERE outcome = 'interrupted'")),
             2); // the second try of the first, the first try of the other
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'retrying'")),
             2);
    QCOMPARE(*queue.nextDue(m_endpoint), m_clock->nowUtc());
}

void TestDeliveryQueue::shiftKeepsSchedulesRelative()
{
    publish(1);
    DeliveryQueue queue(m_db->db());
    const QDateTime before = *must(queue.nextDue(m_endpoint));
    QVERIFY(!queue.shiftOpenSchedules(86400000));
    QCOMPARE(*queue.nextDue(m_endpoint), before.addDays(1));
}

void TestDeliveryQueue::replay()
{
    const QString id = publish(1);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    QVERIFY(queue.replay(id, m_clock->nowUtc()).has_value()); // in flight: refused
    DeliveryQueue::Completion c;
    c.attemptId = claims[0].attemptId;
    c.deliveryId = id;
    c.outcome = OutcomeClass::Http4xx;
    c.nextStatus = DeliveryStatus::Dead;
    c.finishedAt = m_clock->nowUtc();
    QVERIFY(!queue.complete({c}));
    m_clock->advance(1000);
    QVERIFY(!queue.replay(id, m_clock->nowUtc()));
    QCOMPARE(*queue.nextDue(m_endpoint), m_clock->nowUtc());
    QVERIFY(queue.replay(QStringLiteral("dlv_missing"), m_clock->nowUtc())->code ==
            StoreError::Code::NotFound);
}

void TestDeliveryQueue::deadLettersFilterAndBulkReplay()
{
    publish(4);
    DeliveryQueue queue(m_db->db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{m_endpoint, 8}}, m_clock->nowUtc(), &claims));
    QCOMPARE(claims.size(), 4);
    QList<DeliveryQueue::Completion> done;
    for (int i = 0; i < 4; ++i) {
        DeliveryQueue::Completion c;
        c.attemptId = claims[i].attemptId;
        c.deliveryId = claims[i].delivery.id;
        c.outcome = i < 3 ? OutcomeClass::Timeout : OutcomeClass::Tls;
        c.nextStatus = DeliveryStatus::Dead;
        c.finishedAt = m_clock->nowUtc().addSecs(i < 2 ? -7200 : 0); // two died two hours ago
        done << c;
    }
    QVERIFY(!queue.complete(done));
    ReplayService replay(m_db->db(), *m_clock);
    ReplayService::DeadLetterFilter f;
    QCOMPARE(must(replay.deadLetters(f, 100)).size(), 4);
    f.outcome = OutcomeClass::Tls;
    QCOMPARE(must(replay.deadLetters(f, 100)).size(), 1);
    f.outcome.reset();
    f.since = m_clock->nowUtc().addSecs(-3600);
    QCOMPARE(must(replay.deadLetters(f, 100)).size(), 2);
    f.endpointId = QStringLiteral("ep_other");
    QCOMPARE(must(replay.deadLetters(f, 100)).size(), 0);
    f.endpointId = m_endpoint;
    f.outcome = OutcomeClass::Timeout;
    int count = 0;
    QVERIFY(!replay.replayDead(f, &count));
    QCOMPARE(count, 1); // timeout and died within the hour
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'dead'")), 3);
    QVERIFY(!replay.replayDead({}, &count));
    QCOMPARE(count, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'pending'")), 4);
    f.environment = Environment::Live;
    QVERIFY(!replay.replayDead(f, &count));
    QCOMPARE(count, 0);
}

QTEST_GUILESS_MAIN(TestDeliveryQueue)
#include "tst_deliveryqueue.moc"
