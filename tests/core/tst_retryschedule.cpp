#include "domain/retryschedule.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hookline;
using namespace std::chrono_literals;

class TestRetrySchedule : public QObject
{
    Q_OBJECT
private slots:
    void defaultTable_data();
    void defaultTable();
    void defaultMaximumIs31Attempts();
    void totalDefaultScheduleIsAboutFiveDays();
    void firstAttemptHasNoDelay();
    void maxRetriesBounds_data();
    void maxRetriesBounds();
    void customIntervalsLastRepeats();
    void jitterStaysWithinBounds();
    void jitterExtremes();
    void retryAfter_data();
    void retryAfter();
    void nextStepAfterEachOutcome();
};

// docs/product-contract.md "Retry schedule", row by row: attempt 2 immediately; 3–8 after 1, 2, 4,
// 8, 16, 32 minutes; 9–12 after 1 hour; 13–32 after 6 hours; 33 and later after 24 hours.
void TestRetrySchedule::defaultTable_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("attempt 2: immediately") << 2 << qint64(0);
    const int minutes[] = {1, 2, 4, 8, 16, 32};
    for (int i = 0; i < 6; ++i)
        QTest::addRow("attempt %d: %d min", 3 + i, minutes[i]) << 3 + i << qint64(minutes[i] * 60);
    for (int a = 9; a <= 12; ++a)
        QTest::addRow("attempt %d: 1 h", a) << a << qint64(3600);
    for (int a = 13; a <= 32; ++a)
        QTest::addRow("attempt %d: 6 h", a) << a << qint64(6 * 3600);
    for (int a = 33; a <= 101; ++a)
        QTest::addRow("attempt %d: 24 h", a) << a << qint64(24 * 3600);
}

void TestRetrySchedule::defaultTable()
{
    QFETCH(int, attempt);
    QFETCH(qint64, seconds);
    RetryPolicy everything;
    everything.maxRetries = RetryPolicy::kMaxRetriesLimit; // so every row is reachable
    const RetrySchedule schedule(everything);
    QCOMPARE(schedule.baseDelayBefore(attempt).count(), seconds);
    const auto delay = schedule.delayBefore(attempt);
    QVERIFY(delay.has_value());
    QCOMPARE(delay->count(), seconds * 1000);
}

void TestRetrySchedule::defaultMaximumIs31Attempts()
{
    const RetrySchedule schedule;
    QCOMPARE(schedule.maxAttempts(), 31);
    QVERIFY(schedule.delayBefore(31).has_value());
    QCOMPARE(schedule.delayBefore(31)->count(), qint64(6 * 3600 * 1000));
    QVERIFY(!schedule.delayBefore(32).has_value()); // 30 retries used: the delivery is dead
}

void TestRetrySchedule::totalDefaultScheduleIsAboutFiveDays()
{
    const RetrySchedule schedule;
    std::chrono::milliseconds total{0};
    for (int a = 2; a <= schedule.maxAttempts(); ++a)
        total += *schedule.delayBefore(a);
    // 63 minutes + 4 × 1 h + 19 × 6 h
    QCOMPARE(total, std::chrono::milliseconds(63min + 4h + 19 * 6h));
    QVERIFY(total > 4 * 24h && total < 5 * 24h + 1h);
}

void TestRetrySchedule::firstAttemptHasNoDelay()
{
    const RetrySchedule schedule;
    QVERIFY(!schedule.delayBefore(1).has_value());
    QVERIFY(!schedule.delayBefore(0).has_value());
    QCOMPARE(schedule.baseDelayBefore(1).count(), 0);
}

void TestRetrySchedule::maxRetriesBounds_data()
{
    QTest::addColumn<int>("maxRetries");
    QTest::newRow("no retries") << 0;
    QTest::newRow("one retry") << 1;
    QTest::newRow("default") << 30;
    QTest::newRow("limit") << 100;
}

void TestRetrySchedule::maxRetriesBounds()
{
    QFETCH(int, maxRetries);
    RetryPolicy policy;
    policy.maxRetries = maxRetries;
    const RetrySchedule schedule(policy);
    QCOMPARE(schedule.maxAttempts(), maxRetries + 1);
    if (maxRetries > 0)
        QVERIFY(schedule.delayBefore(maxRetries + 1).has_value());
    QVERIFY(!schedule.delayBefore(maxRetries + 2).has_value());
}

void TestRetrySchedule::customIntervalsLastRepeats()
{
    RetryPolicy policy;
    policy.intervals = {10s, 20s, 300s};
    const RetrySchedule schedule(policy);
    QCOMPARE(schedule.baseDelayBefore(2), 10s);
    QCOMPARE(schedule.baseDelayBefore(3), 20s);
    QCOMPARE(schedule.baseDelayBefore(4), 300s);
    QCOMPARE(schedule.baseDelayBefore(5), 300s);
    QCOMPARE(schedule.baseDelayBefore(31), 300s);
}

void TestRetrySchedule::jitterStaysWithinBounds()
{
    RetryPolicy policy;
    policy.jitterPercent = 30;
    policy.maxRetries = 100;
    const RetrySchedule schedule(policy);
    QRandomGenerator rng(42);
    bool sawBelow = false;
    bool sawAbove = false;
    for (int i = 0; i < 5000; ++i) {
        const int attempt = 3 + rng.bounded(60);
        const double unit = rng.generateDouble() * 2.0 - 1.0;
        const qint64 base = schedule.baseDelayBefore(attempt).count() * 1000;
        const qint64 d = schedule.delayBefore(attempt, unit)->count();
        QVERIFY2(d >= base * 7 / 10 && d <= base * 13 / 10,
                 qPrintable(
                     QStringLiteral("attempt %1: %2 ms vs base %3").arg(attempt).arg(d).arg(base)));
        sawBelow |= d < base;
        sawAbove |= d > base;
    }
    QVERIFY(sawBelow && sawAbove);
}

void TestRetrySchedule::jitterExtremes()
{
    RetryPolicy policy;
    policy.jitterPercent = 30;
    const RetrySchedule schedule(policy);
    QCOMPARE(schedule.delayBefore(3, -1.0)->count(), 42000); // 60 s × 0.7
    QCOMPARE(schedule.delayBefore(3, 1.0)->count(), 78000);  // 60 s × 1.3
    QCOMPARE(schedule.delayBefore(3, 5.0)->count(), 78000);  // the unit is clamped
    QCOMPARE(schedule.delayBefore(2, 1.0)->count(), 0);      // immediately stays immediately
    const RetrySchedule exact; // default jitter 0: the table holds exactly
    QCOMPARE(exact.delayBefore(3, 1.0)->count(), 60000);
}

void TestRetrySchedule::retryAfter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("retryAfterSeconds");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("asks more than the schedule") << 3 << qint64(120) << qint64(120000);
    QTest::newRow("asks less: the schedule wins") << 4 << qint64(30) << qint64(120000);
    QTest::newRow("immediate retry delayed") << 2 << qint64(5) << qint64(5000);
    QTest::newRow("capped at 24 h") << 3 << qint64(3 * 24 * 3600) << qint64(24LL * 3600 * 1000);
    QTest::newRow("zero") << 5 << qint64(0) << qint64(240000);
}

void TestRetrySchedule::retryAfter()
{
    QFETCH(int, attempt);
    QFETCH(qint64, retryAfterSeconds);
    QFETCH(qint64, expectedMs);
    const RetrySchedule schedule;
    const auto d = schedule.delayBefore(attempt, 0.0, std::chrono::seconds(retryAfterSeconds));
    QVERIFY(d.has_value());
    QCOMPARE(d->count(), expectedMs);
}

// The engine's decision after an attempt: success ends the delivery, an interruption (ours, not
// the endpoint's) makes it due at once without using up the schedule, a failure waits for the
// schedule, and the last allowed failure makes it dead.
void TestRetrySchedule::nextStepAfterEachOutcome()
{
    RetryPolicy policy;
    policy.maxRetries = 3; // attempts 1–4
    const RetrySchedule schedule(policy);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

    auto step = schedule.nextStep(OutcomeClass::Success, 1, now);
    QCOMPARE(toString(step.status), toString(DeliveryStatus::Succeeded));
    QVERIFY(!step.at.isValid());

    step = schedule.nextStep(OutcomeClass::Interrupted, 4, now);
    QCOMPARE(toString(step.status), toString(DeliveryStatus::Retrying));
    QCOMPARE(step.at, now);

    // Attempt 3 failed: attempt 4 waits the schedule's delay before it.
    step = schedule.nextStep(OutcomeClass::Http5xx, 3, now);
    QCOMPARE(toString(step.status), toString(DeliveryStatus::Retrying));
    QCOMPARE(now.msecsTo(step.at),
             qint64(std::chrono::milliseconds(schedule.baseDelayBefore(4)).count()));
    QVERIFY(now.msecsTo(step.at) > 0);

    // A Retry-After longer than the schedule wins.
    step = schedule.nextStep(OutcomeClass::Http5xx, 3, now, 0.0, 7200s);
    QCOMPARE(now.msecsTo(step.at), qint64(7200 * 1000));

    step = schedule.nextStep(OutcomeClass::Timeout, 4, now);
    QCOMPARE(toString(step.status), toString(DeliveryStatus::Dead));
    QVERIFY(!step.at.isValid());
}

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"
