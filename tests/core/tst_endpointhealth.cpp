#include "analytics/analyticsquery.h"
#include "analytics/endpointhealth.h"
#include "analytics/latencyhistogram.h"
#include "analytics/rollupwriter.h"
#include "config/endpointservice.h"
#include "events/testeventsender.h"
#include "store/transaction.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;

class TestEndpointHealth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void figuresOverFixtureAttempts();
    void p95IsTheDashboards();
    void windowIsLast24HoursAtMost200();
    void lastFailuresNewestFirstAnyAge();
    void noAttemptsNoFigures();
    void otherEndpointsDoNotCount();

private:
    QString addEndpoint(const QString &name);
    // One attempt of the endpoint's fixture delivery, `ageMs` before the clock's now.
    void addAttempt(const QString &endpointId, qint64 ageMs, const char *outcome,
                    std::optional<qint64> durationMs, int httpStatus = 0,
                    const QString &error = {});

    std::unique_ptr<test::TempDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC)};
    QHash<QString, QString> m_delivery; // endpoint → its fixture delivery
    QHash<QString, int> m_number;
};

void TestEndpointHealth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEndpointHealth::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_delivery.clear();
    m_number.clear();
}

QString TestEndpointHealth::addEndpoint(const QString &name)
{
    Endpoint e;
    e.name = name;
    e.url = QUrl(QStringLiteral("https://example.com/") + name);
    const EndpointService::Result r = EndpointService(m_db->db(), m_clock).create(e);
    if (!r.ok())
        return {};
    const EventPublisher::Result sent =
        TestEventSender(m_db->db(), m_clock)
            .send(Environment::Sandbox, {r.endpoint.id}, EventSource::Console);
    if (!sent.ok())
        return {};
    m_delivery.insert(r.endpoint.id, sent.deliveries.first().id);
    return r.endpoint.id;
}

void TestEndpointHealth::addAttempt(const QString &endpointId, qint64 ageMs, const char *outcome,
                                    std::optional<qint64> durationMs, int httpStatus,
                                    const QString &error)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status, error) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_delivery.value(endpointId));
    q.addBindValue(endpointId);
    q.addBindValue(++m_number[endpointId]);
    q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch() - ageMs);
    q.addBindValue(durationMs ? QVariant(*durationMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(outcome ? QVariant(QString::fromLatin1(outcome))
                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(httpStatus);
    q.addBindValue(error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(error));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestEndpointHealth::figuresOverFixtureAttempts()
{
    const QString id = addEndpoint(QStringLiteral("a"));
    QVERIFY(!id.isEmpty());
    // 20 finished attempts, one a minute: durations 10..200 ms; every fourth one (i = 2, 6, …)
    // failed.
    for (int i = 0; i < 20; ++i) {
        const bool fail = i % 4 == 2;
        addAttempt(id, (20 - i) * 60000, fail ? "http_5xx" : "success", (i + 1) * 10,
                   fail ? 500 : 200, fail ? QStringLiteral("Internal Server Error") : QString());
    }
    addAttempt(id, 1000, nullptr, std::nullopt); // in flight: not in the figures
    const EndpointHealth::Figures f = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(f.attempts, 20);
    QCOMPARE(f.successes, 15);
    QCOMPARE(*f.successRate, 0.75);
    // The 19th of 20 values (190 ms) interpolated in its 2 % bucket [186.5, 190.2).
    QCOMPARE(*f.p95Ms, qint64(188));
    QCOMPARE(*f.averageMs, qint64(105));
    QCOMPARE(f.inFlight, 1);
    QCOMPARE(f.windowStart, m_clock.nowUtc().addMSecs(-20 * 60000));
    QCOMPARE(f.lastSuccessAt, m_clock.nowUtc().addMSecs(-60000)); // i = 19 succeeded
    QCOMPARE(f.lastFailures.size(), 5);
    QCOMPARE(f.lastFailures.first().startedAt, m_clock.nowUtc().addMSecs(-(20 - 18) * 60000));
    QCOMPARE(toString(f.lastFailures.first().outcome), toString(OutcomeClass::Http5xx));
    QCOMPARE(f.lastFailures.first().httpStatus, 500);
    QCOMPARE(f.lastFailures.first().durationMs, qint64(190));
    QCOMPARE(f.lastFailures.first().error, QStringLiteral("Internal Server Error"));
    QCOMPARE(f.lastFailures.first().deliveryId, m_delivery.value(id));
}

// The pane's p95 (raw attempts) and the dashboard's (the rollups of the same attempts) are one
// figure: both come from a LatencyHistogram.
void TestEndpointHealth::p95IsTheDashboards()
{
    const QString id = addEndpoint(QStringLiteral("p"));
    QVERIFY(!id.isEmpty());
    QList<RollupWriter::Sample> samples;
    for (int i = 0; i < 40; ++i) {
        // Spread over many buckets, one value in most, so interpolation matters.
        const qint64 duration = 70 + qint64(i) * i * 7;
        const qint64 ageMs = (40 - i) * 60000;
        addAttempt(id, ageMs, "success", duration, 200);
        RollupWriter::Sample s;
        s.environment = Environment::Sandbox;
        s.endpointId = id;
        s.eventType = QStringLiteral("identity_document.approved");
        s.startedAtMs = m_clock.nowUtc().toMSecsSinceEpoch() - ageMs;
        s.outcome = OutcomeClass::Success;
        s.httpStatus = 200;
        s.durationMs = duration;
        samples << s;
    }
    {
        Transaction tx(m_db->db());
        RollupWriter writer(m_db->db());
        for (const RollupWriter::Sample &s : std::as_const(samples))
            writer.add(s);
        QVERIFY(!writer.flush());
        QVERIFY(!tx.commit());
    }
    const EndpointHealth::Figures pane = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(pane.attempts, 40);

    AnalyticsFilter filter;
    filter.environment = Environment::Sandbox;
    filter.from = m_clock.nowUtc().addDays(-1);
    filter.to = m_clock.nowUtc().addSecs(60);
    filter.endpointIds = {id};
    AnalyticsReport dashboard;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(filter, &dashboard));
    QCOMPARE(dashboard.latency.count, 40);
    QCOMPARE(*pane.p95Ms, qint64(std::llround(dashboard.latency.p95Ms)));
    // Nearest rank over the raw values would be the 38th, 70 + 37² · 7 = 9653 ms: off by more
    // than the stated bound is not allowed either way.
    QVERIFY(qAbs(*pane.p95Ms - 9653) <= LatencyHistogram::errorBoundMs(9653));
    QVERIFY(*pane.p95Ms != 9653);
}

void TestEndpointHealth::windowIsLast24HoursAtMost200()
{
    const QString id = addEndpoint(QStringLiteral("b"));
    // Older than 24 h: 50 failures that must not count.
    for (int i = 0; i < 50; ++i)
        addAttempt(id, 25 * 3600 * 1000LL + i, "timeout", 10000);
    const EndpointHealth::Figures old = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(old.attempts, 0);
    QVERIFY(!old.successRate);
    QCOMPARE(old.lastFailures.size(), 5); // last failures are of any age
    // 250 recent attempts: the oldest 50 failed slowly, the newest 200 succeeded at 20 ms.
    Transaction tx(m_db->db()); // one fsync, not 250
    for (int i = 0; i < 250; ++i)
        addAttempt(id, (250 - i) * 1000, i < 50 ? "connect" : "success", i < 50 ? 5000 : 20);
    QVERIFY(!tx.commit());
    const EndpointHealth::Figures f = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(f.attempts, EndpointHealth::kMaxAttempts);
    QCOMPARE(*f.successRate, 1.0);
    QCOMPARE(*f.p95Ms, qint64(20));
    QCOMPARE(f.windowStart, m_clock.nowUtc().addMSecs(-200 * 1000));
}

void TestEndpointHealth::lastFailuresNewestFirstAnyAge()
{
    const QString id = addEndpoint(QStringLiteral("c"));
    addAttempt(id, 3 * 86400 * 1000LL, "dns", 3, 0, QStringLiteral("Host not found"));
    addAttempt(id, 2 * 86400 * 1000LL, "tls", 4, 0, QStringLiteral("certificate expired"));
    addAttempt(id, 5000, "success", 5, 200);
    const EndpointHealth::Figures f = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(f.attempts, 1);
    QCOMPARE(f.lastFailures.size(), 2);
    QCOMPARE(toString(f.lastFailures.at(0).outcome), toString(OutcomeClass::Tls));
    QCOMPARE(toString(f.lastFailures.at(1).outcome), toString(OutcomeClass::Dns));
    QCOMPARE(f.lastFailures.at(1).error, QStringLiteral("Host not found"));
}

void TestEndpointHealth::noAttemptsNoFigures()
{
    const QString id = addEndpoint(QStringLiteral("d"));
    const EndpointHealth::Figures f = must(EndpointHealth(m_db->db(), m_clock).query(id));
    QCOMPARE(f.attempts, 0);
    QVERIFY(!f.successRate);
    QVERIFY(!f.p95Ms);
    QVERIFY(f.lastFailures.isEmpty());
    QVERIFY(!f.lastSuccessAt.isValid());
    QCOMPARE(must(EndpointHealth(m_db->db(), m_clock).query(QStringLiteral("ep_missing"))).attempts,
             0);
}

void TestEndpointHealth::otherEndpointsDoNotCount()
{
    const QString a = addEndpoint(QStringLiteral("e"));
    const QString b = addEndpoint(QStringLiteral("f"));
    addAttempt(a, 1000, "success", 10, 200);
    addAttempt(b, 1000, "http_4xx", 10, 404);
    addAttempt(b, 500, "http_4xx", 30, 404);
    const EndpointHealth::Figures fa = must(EndpointHealth(m_db->db(), m_clock).query(a));
    QCOMPARE(fa.attempts, 1);
    QCOMPARE(*fa.successRate, 1.0);
    QVERIFY(fa.lastFailures.isEmpty());
    const EndpointHealth::Figures fb = must(EndpointHealth(m_db->db(), m_clock).query(b));
    QCOMPARE(*fb.successRate, 0.0);
    QCOMPARE(*fb.p95Ms, qint64(30));
}

QTEST_GUILESS_MAIN(TestEndpointHealth)
#include "tst_endpointhealth.moc"
