#include "analytics/endpointhealth.h"
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
    void percentile_data();
    void percentile();
    void figuresOverFixtureAttempts();
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

void TestEndpointHealth::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one value") << QList<qint64>{42} << 95 << qint64(42);
    QTest::newRow("1..100 p95") << [] {
        QList<qint64> v;
        for (int i = 100; i >= 1; --i)
            v << i;
        return v;
    }() << 95 << qint64(95);
    QTest::newRow("10 values p95 is the largest")
        << QList<qint64>{5, 1, 9, 3, 7, 2, 8, 4, 6, 10} << 95 << qint64(10);
    QTest::newRow("20 values p95 is the 19th") << [] {
        QList<qint64> v;
        for (int i = 1; i <= 20; ++i)
            v << i * 10;
        return v;
    }() << 95 << qint64(190);
    QTest::newRow("p50 of 4") << QList<qint64>{40, 10, 30, 20} << 50 << qint64(20);
}

void TestEndpointHealth::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    QCOMPARE(EndpointHealth::percentile(values, percent), std::optional<qint64>(expected));
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
    QCOMPARE(*f.p95Ms, qint64(190));
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
