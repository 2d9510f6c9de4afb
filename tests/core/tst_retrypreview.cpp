#include "domain/retrypreview.h"
#include "domain/retryschedule.h"

#include <QTest>

using namespace hookline;
using namespace std::chrono_literals;

class TestRetryPreview : public QObject
{
    Q_OBJECT
private slots:
    void offsets_data();
    void offsets();
    void agreesWithScheduleRowByRow_data();
    void agreesWithScheduleRowByRow();
    void defaultTotalIsAboutFiveDays();
};

using Ms = std::chrono::milliseconds;
Q_DECLARE_METATYPE(RetryPolicy)

namespace {
RetryPolicy policy(int maxRetries, QList<std::chrono::seconds> intervals, int jitter)
{
    RetryPolicy p;
    p.maxRetries = maxRetries;
    p.intervals = std::move(intervals);
    p.jitterPercent = jitter;
    return p;
}
} // namespace

// attempt → (delay, earliest offset, latest offset) in seconds.
void TestRetryPreview::offsets_data()
{
    QTest::addColumn<RetryPolicy>("policy");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("delayS");
    QTest::addColumn<qint64>("earliestS");
    QTest::addColumn<qint64>("latestS");
    const RetryPolicy def;
    QTest::newRow("default: first attempt") << def << 1 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("default: 2 immediately") << def << 2 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("default: 3 after 1 min") << def << 3 << qint64(60) << qint64(60) << qint64(60);
    QTest::newRow("default: 8 at 63 min")
        << def << 8 << qint64(32 * 60) << qint64(63 * 60) << qint64(63 * 60);
    QTest::newRow("default: 12 at 63 min + 4 h")
        << def << 12 << qint64(3600) << qint64(63 * 60 + 4 * 3600) << qint64(63 * 60 + 4 * 3600);
    QTest::newRow("default: 31 (last) at 63 min + 4 h + 19 × 6 h")
        << def << 31 << qint64(6 * 3600) << qint64(63 * 60 + 118 * 3600)
        << qint64(63 * 60 + 118 * 3600);
    const RetryPolicy custom = policy(4, {10s, 20s}, 0);
    QTest::newRow("custom: 2") << custom << 2 << qint64(10) << qint64(10) << qint64(10);
    QTest::newRow("custom: last repeats") << custom << 5 << qint64(20) << qint64(70) << qint64(70);
    const RetryPolicy jitter = policy(3, {100s}, 10);
    QTest::newRow("jitter 10 %: 2") << jitter << 2 << qint64(100) << qint64(90) << qint64(110);
    QTest::newRow("jitter 10 %: 4") << jitter << 4 << qint64(100) << qint64(270) << qint64(330);
}

void TestRetryPreview::offsets()
{
    QFETCH(RetryPolicy, policy);
    QFETCH(int, attempt);
    QFETCH(qint64, delayS);
    QFETCH(qint64, earliestS);
    QFETCH(qint64, latestS);
    const QList<RetryPreview::Row> rows = RetryPreview::rows(policy);
    QCOMPARE(rows.size(), policy.maxRetries + 1);
    const RetryPreview::Row &row = rows.at(attempt - 1);
    QCOMPARE(row.attempt, attempt);
    QCOMPARE(row.delay.count(), delayS * 1000);
    QCOMPARE(row.earliest.count(), earliestS * 1000);
    QCOMPARE(row.latest.count(), latestS * 1000);
}

void TestRetryPreview::agreesWithScheduleRowByRow_data()
{
    QTest::addColumn<RetryPolicy>("policy");
    QTest::newRow("default") << RetryPolicy();
    QTest::newRow("no retries") << policy(0, {}, 0);
    QTest::newRow("100 retries, custom, jitter 30") << policy(100, {0s, 5s, 1h, 7 * 24h}, 30);
}

// The preview is the schedule the engine uses: each delay is RetrySchedule's, each offset the
// running sum of RetrySchedule's delays at jitter -1 and +1.
void TestRetryPreview::agreesWithScheduleRowByRow()
{
    QFETCH(RetryPolicy, policy);
    const RetrySchedule schedule(policy);
    const QList<RetryPreview::Row> rows = RetryPreview::rows(policy);
    QCOMPARE(rows.size(), schedule.maxAttempts());
    Ms low{0};
    Ms high{0};
    for (int attempt = 2; attempt <= schedule.maxAttempts(); ++attempt) {
        low += *schedule.delayBefore(attempt, -1.0);
        high += *schedule.delayBefore(attempt, 1.0);
        const RetryPreview::Row &row = rows.at(attempt - 1);
        QCOMPARE(row.delay, *schedule.delayBefore(attempt));
        QCOMPARE(row.earliest, low);
        QCOMPARE(row.latest, high);
    }
    QVERIFY(!schedule.delayBefore(schedule.maxAttempts() + 1));
}

void TestRetryPreview::defaultTotalIsAboutFiveDays()
{
    // 63 min + 4 × 1 h + 19 × 6 h = 4 d 23 h 3 min: "about 5 days"
    // (docs/product-contract.md "Retry schedule").
    QCOMPARE(RetryPreview::totalSpan(RetryPolicy()), Ms(std::chrono::minutes(63) + 118h));
    QCOMPARE(RetryPreview::totalSpan(policy(0, {}, 0)), Ms(0));
}

QTEST_APPLESS_MAIN(TestRetryPreview)
#include "tst_retrypreview.moc"
