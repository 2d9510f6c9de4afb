#include "domain/autopause.h"
#include "domain/ratelimiter.h"

#include <QTest>

using namespace hookline;

namespace {
// `pattern`: newest first, one character per attempt: s success, f failure (http_5xx),
// t timeout, i interrupted. Attempts are `spacingMs` apart, the newest at `now`.
QList<AutoPause::Sample> samples(const QString &pattern, const QDateTime &now, qint64 spacingMs)
{
    QList<AutoPause::Sample> out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        OutcomeClass o = OutcomeClass::Http5xx;
        switch (pattern.at(i).toLatin1()) {
        case 's':
            o = OutcomeClass::Success;
            break;
        case 't':
            o = OutcomeClass::Timeout;
            break;
        case 'i':
            o = OutcomeClass::Interrupted;
            break;
        default:
            break;
        }
        out << AutoPause::Sample{now.addMSecs(-spacingMs * i), o};
    }
    return out;
}
} // namespace

class TestAutoPause : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void customThresholds();
    void rateLimiter();
    void storedReasons();
};

void TestAutoPause::storedReasons()
{
    using R = AutoPause::Reason;
    for (R r : {R::ConsecutiveFailures, R::Timeouts}) {
        QVERIFY(AutoPause::reasonFromStored(AutoPause::reasonCode(r)) == r);
        QVERIFY(AutoPause::reasonCode(r).startsWith(QLatin1String("auto:")));
    }
    QVERIFY(AutoPause::reasonCode(R::ConsecutiveFailures) != AutoPause::reasonCode(R::Timeouts));
    // What version 0.2.0 stored.
    QVERIFY(AutoPause::reasonFromStored(QStringLiteral(
                "auto: every recent attempt failed for over an hour")) == R::ConsecutiveFailures);
    QVERIFY(AutoPause::reasonFromStored(QStringLiteral("auto: most recent attempts timed out")) ==
            R::Timeouts);
    // A manual reason is not a rule, even when it looks like one.
    QVERIFY(!AutoPause::reasonFromStored(QStringLiteral("auto: maintenance")).has_value());
    QVERIFY(!AutoPause::reasonFromStored(QString()).has_value());
}

void TestAutoPause::rules_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<int>("expected");    // -1 none, 0 consecutive failures, 1 timeouts
    const qint64 fourMin = 4 * 60 * 1000; // 20 attempts span 76 minutes
    const qint64 oneMin = 60 * 1000;      // 20 attempts span 19 minutes
    QTest::newRow("20 failures over an hour") << QString(20, QLatin1Char('f')) << fourMin << 0;
    QTest::newRow("20 failures within 19 min") << QString(20, QLatin1Char('f')) << oneMin << -1;
    QTest::newRow("19 failures") << QString(19, QLatin1Char('f')) << fourMin << -1;
    QTest::newRow("19 failures then a success")
        << QString(19, QLatin1Char('f')) + QStringLiteral("s") << fourMin << -1;
    QTest::newRow("a success among 40 failures")
        << QString(10, QLatin1Char('f')) + QStringLiteral("s") + QString(30, QLatin1Char('f'))
        << fourMin << -1;
    QTest::newRow("interrupted ones do not count")
        << QString(19, QLatin1Char('f')) + QStringLiteral("iii") << fourMin << -1;
    QTest::newRow("interrupted ones are skipped")
        << QStringLiteral("fifififif") + QString(16, QLatin1Char('f')) << fourMin << 0;
    QTest::newRow("sporadic failure (every other)")
        << QStringLiteral("fs").repeated(60) << fourMin << -1;
    QTest::newRow("50 of 100 timed out") << QStringLiteral("ts").repeated(50) << oneMin << 1;
    QTest::newRow("49 of 100 timed out")
        << QStringLiteral("s") + QStringLiteral("ts").repeated(49) + QStringLiteral("s") << oneMin
        << -1;
    QTest::newRow("timeouts but only 99 attempts") << QString(99, QLatin1Char('t')) << 1000LL << -1;
    QTest::newRow("old timeouts beyond the window")
        << QString(60, QLatin1Char('s')) + QString(100, QLatin1Char('t')) << 1000LL << -1;
    QTest::newRow("empty") << QString() << 1000LL << -1;
}

void TestAutoPause::rules()
{
    QFETCH(QString, pattern);
    QFETCH(qint64, spacingMs);
    QFETCH(int, expected);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC);
    const auto reason = AutoPause::evaluate(samples(pattern, now, spacingMs), now, {});
    if (expected < 0)
        QVERIFY(!reason.has_value());
    else
        QVERIFY(reason.has_value() && int(*reason) == expected);
}

void TestAutoPause::customThresholds()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC);
    AutoPausePolicy p;
    p.consecutiveFailures = 5;
    QVERIFY(AutoPause::evaluate(samples(QStringLiteral("fffff"), now, 20 * 60 * 1000), now, p));
    QVERIFY(!AutoPause::evaluate(samples(QStringLiteral("ffff"), now, 20 * 60 * 1000), now, p));
    p.timeoutPercent = 90;
    QVERIFY(!AutoPause::evaluate(samples(QStringLiteral("tts").repeated(34), now, 1000), now, p));
    QVERIFY(AutoPause::evaluate(
        samples(QString(95, QLatin1Char('t')) + QString(5, QLatin1Char('s')), now, 1), now, p));
    QCOMPARE(AutoPause::consecutiveFailures(samples(QStringLiteral("ffifsff"), now, 1)), 3);
}

void TestAutoPause::rateLimiter()
{
    RateLimiter unlimited;
    QVERIFY(unlimited.available(0) > 1000);
    QCOMPARE(unlimited.msUntilNext(0), 0);

    RateLimiter two(2.0); // 2/s, burst 2
    QCOMPARE(two.available(1000), 2);
    two.take(2);
    QCOMPARE(two.available(1000), 0);
    QCOMPARE(two.msUntilNext(1000), 500);
    QCOMPARE(two.available(1499), 0);
    QCOMPARE(two.available(1500), 1);
    QCOMPARE(two.available(10000), 2); // never more than the burst

    RateLimiter half(0.5); // one every 2 s, burst 1
    QCOMPARE(half.available(0), 1);
    half.take();
    QCOMPARE(half.msUntilNext(0), 2000);
    QCOMPARE(half.available(1999), 0);
    QCOMPARE(half.available(2000), 1);
}

QTEST_GUILESS_MAIN(TestAutoPause)
#include "tst_autopause.moc"
