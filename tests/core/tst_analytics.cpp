#include "analytics/analyticsquery.h"
#include "analytics/latencyhistogram.h"
#include "analytics/retentionpruner.h"
#include "analytics/rollupcell.h"
#include "analytics/rollupwriter.h"
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "engine/deliveryqueue.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "store/transaction.h"
#include "support/tempdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace hookline;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
const char kChildVariable[] = "HOOKLINE_ANALYTICS_CRASH_CHILD";

qint64 floorMinute(qint64 ms)
{
    return ms - ((ms % kMinuteMs) + kMinuteMs) % kMinuteMs;
}

qint64 ceilMinute(qint64 ms)
{
    const qint64 f = floorMinute(ms);
    return f == ms ? ms : f + kMinuteMs;
}

using CellKey = std::tuple<qint64, QString, QString, QString>; // bucket, env, endpoint, type

std::map<CellKey, RollupCell> readRollups(QSqlDatabase db, const QString &table)
{
    std::map<CellKey, RollupCell> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT bucket, environment, endpoint_id, event_type, data FROM %1")
               .arg(table));
    while (q.next()) {
        RollupCell c;
        if (!c.decode(q.value(4).toByteArray()))
            qFatal("undecodable rollup row");
        out[{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString()}] = c;
    }
    return out;
}

// The rollups a recount of the raw attempts gives, at the level of `unitMs`.
std::map<CellKey, RollupCell> recount(QSqlDatabase db, qint64 unitMs)
{
    std::map<CellKey, RollupCell> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT a.started_at, d.environment, d.endpoint_id, d.event_type, a.outcome, "
        "a.http_status, a.duration_ms, a.number, d.status = 'dead' AND a.number = d.attempt_count "
        "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE a.outcome IS NOT NULL"));
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        const qint64 bucket = t - ((t % unitMs) + unitMs) % unitMs;
        const QString env = q.value(1).toString();
        const QString endpoint = q.value(2).toString();
        const QString type = q.value(3).toString();
        RollupCell cell;
        cell.addAttempt(*outcomeClassFromString(q.value(4).toString()), q.value(5).toInt(),
                        q.value(6).isNull() ? std::nullopt
                                            : std::optional<qint64>(q.value(6).toLongLong()),
                        q.value(7).toInt(), q.value(8).toBool());
        // Every attempt counts once per grain: endpoint × type, endpoint, type, everything.
        const QString any = RollupWriter::any();
        for (const CellKey &key :
             {CellKey{bucket, env, endpoint, type}, CellKey{bucket, env, endpoint, any},
              CellKey{bucket, env, any, type}, CellKey{bucket, env, any, any}})
            out[key].merge(cell);
    }
    return out;
}

double exactPercentile(std::vector<qint64> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = std::max<size_t>(1, size_t(std::ceil(q * double(sorted.size()))));
    return double(sorted[rank - 1]);
}

QDateTime berlin(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone("Europe/Berlin"));
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void histogramPercentilesWithinTwoPercent_data();
    void histogramPercentilesWithinTwoPercent();
    void cellRoundTripsAndRefusesGarbage();
    void rolledBackTransactionLeavesNoRollups();
    void invalidResponsesAreCountedApart();
    void rollupsEqualRecountAfterCrashMidWrite();
    void reportMatchesSamplesForAnyRange_data();
    void reportMatchesSamplesForAnyRange();
    void dayBucketsStartAtLocalMidnightAcrossDst_data();
    void dayBucketsStartAtLocalMidnightAcrossDst();
    void hourBucketsOnTheSpringForwardDay();
    void recommendationsFireOnFixtures();
    void recommendationsSilentOnHealthyData();
    void nearAutoPause_data();
    void nearAutoPause();
    void pruningKeepsRollups();
    void cancelCheckStopsARunningQuery();

private:
    QString endpoint(const QString &name, int timeoutSeconds = 10);
    void write(const QList<RollupWriter::Sample> &samples);
    QList<RollupWriter::Sample> randomSamples(int count, qint64 fromMs, qint64 toMs, quint64 seed);

    std::unique_ptr<test::TempDatabase> m_db;
    QList<RollupWriter::Sample> m_samples;
};

// The crash test's child: records completions in a tight loop until it is killed.
static int runCrashChild(const QString &path, const QString &endpointId)
{
    // Dead-lettering is audited: the child appends with the same fixed key as the parent's
    // TempDatabase, or every completion with a death would be refused.
    AuditLog::setKey(QByteArray(32, 'k'));
    Connection c(path);
    if (c.open())
        return 3;
    DeliveryQueue queue(c.database());
    std::mt19937 rng(7);
    // Completes the previous round's claims after claiming new ones, so attempts are always in
    // flight when the kill comes.
    QList<DeliveryQueue::Claim> previous;
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<DeliveryQueue::Claim> claims;
        if (queue.claim({{endpointId, 25}}, now, &claims))
            continue;
        QList<DeliveryQueue::Completion> done;
        for (const DeliveryQueue::Claim &claim : std::as_const(previous)) {
            DeliveryQueue::Completion x;
            x.attemptId = claim.attemptId;
            x.deliveryId = claim.delivery.id;
            const int roll = int(rng() % 20);
            x.outcome = roll < 12 ? OutcomeClass::Success
                                  : (roll < 16 ? OutcomeClass::Http5xx : OutcomeClass::Timeout);
            x.httpStatus = roll < 12 ? 200 : (roll < 16 ? 503 : 0);
            x.durationMs = 1 + qint64(rng() % 3000);
            // Most deliveries stay open so the loop never runs dry; a few die.
            x.nextStatus = roll == 19 ? DeliveryStatus::Dead : DeliveryStatus::Retrying;
            x.nextAttemptAt = now;
            x.finishedAt = now;
            done << x;
        }
        if (!done.isEmpty())
            queue.complete(done);
        previous = claims;
    }
}

void TestAnalytics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray child = qgetenv(kChildVariable);
    if (!child.isEmpty()) {
        const QList<QByteArray> parts = child.split('|');
        ::exit(runCrashChild(QString::fromUtf8(parts.value(0)), QString::fromUtf8(parts.value(1))));
    }
}

void TestAnalytics::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_samples.clear();
}

QString TestAnalytics::endpoint(const QString &name, int timeoutSeconds)
{
    Endpoint e;
    e.name = name;
    e.environment = Environment::Live;
    e.timeoutSeconds = timeoutSeconds;
    e.url = QUrl(QStringLiteral("https://%1.example.com/").arg(name));
    const auto r = EndpointService(m_db->db()).create(e);
    return r.ok() ? r.endpoint.id : QString();
}

void TestAnalytics::write(const QList<RollupWriter::Sample> &samples)
{
    Transaction tx(m_db->db());
    RollupWriter w(m_db->db());
    for (const RollupWriter::Sample &s : samples)
        w.add(s);
    QVERIFY(!w.flush());
    QVERIFY(!tx.commit());
    m_samples += samples;
}

QList<RollupWriter::Sample> TestAnalytics::randomSamples(int count, qint64 fromMs, qint64 toMs,
                                                         quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::lognormal_distribution<double> latency(std::log(150.0), 0.9);
    QList<RollupWriter::Sample> out;
    for (int i = 0; i < count; ++i) {
        RollupWriter::Sample s;
        s.environment = Environment::Live;
        s.endpointId = QStringLiteral("ep_%1").arg(rng() % 3);
        s.eventType = rng() % 2 ? QStringLiteral("customer.created")
                                : QStringLiteral("verification.approved");
        s.startedAtMs = fromMs + qint64(rng() % quint64(toMs - fromMs));
        s.attemptNumber = 1 + int(rng() % 4);
        const int roll = int(rng() % 10);
        s.outcome = roll < 7 ? OutcomeClass::Success
                             : (roll < 9 ? OutcomeClass::Http5xx : OutcomeClass::Timeout);
        s.httpStatus = roll < 7 ? 200 : (roll < 9 ? 502 : 0);
        s.durationMs = qint64(latency(rng));
        s.deadLettered = roll == 9 && rng() % 2;
        out << s;
    }
    return out;
}

void TestAnalytics::histogramPercentilesWithinTwoPercent_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::newRow("lognormal") << QStringLiteral("lognormal");
    QTest::newRow("uniform 1 ms - 10 s") << QStringLiteral("uniform");
    QTest::newRow("exponential") << QStringLiteral("exponential");
    QTest::newRow("bimodal fast/slow") << QStringLiteral("bimodal");
    QTest::newRow("small whole milliseconds") << QStringLiteral("small");
    QTest::newRow("near the timeout") << QStringLiteral("timeout");
}

void TestAnalytics::histogramPercentilesWithinTwoPercent()
{
    QFETCH(QString, distribution);
    for (quint64 seed = 1; seed <= 5; ++seed) {
        std::mt19937_64 rng(seed);
        std::lognormal_distribution<double> lognormal(std::log(120.0), 1.0);
        std::uniform_int_distribution<qint64> uniform(1, 10000);
        std::exponential_distribution<double> exponential(1.0 / 300.0);
        std::normal_distribution<double> fast(40, 8);
        std::normal_distribution<double> slow(4000, 900);
        std::uniform_int_distribution<qint64> small(0, 50);
        std::normal_distribution<double> nearTimeout(9000, 500);
        std::vector<qint64> values;
        LatencyHistogram h;
        const int n = 5000 + int(rng() % 20000);
        for (int i = 0; i < n; ++i) {
            double v = 0;
            if (distribution == QLatin1String("lognormal"))
                v = lognormal(rng);
            else if (distribution == QLatin1String("uniform"))
                v = double(uniform(rng));
            else if (distribution == QLatin1String("exponential"))
                v = exponential(rng);
            else if (distribution == QLatin1String("bimodal"))
                v = rng() % 10 < 8 ? fast(rng) : slow(rng);
            else if (distribution == QLatin1String("small"))
                v = double(small(rng));
            else
                v = std::min(10000.0, nearTimeout(rng));
            const qint64 ms = std::max<qint64>(0, qint64(v));
            values.push_back(ms);
            h.add(ms);
        }
        for (double q : {0.5, 0.9, 0.95, 0.99, 0.999}) {
            const double exact = exactPercentile(values, q);
            const double estimate = h.percentile(q);
            const double error = exact > 0 ? std::abs(estimate - exact) / exact : estimate;
            if (error > 0.02)
                QFAIL(qPrintable(QStringLiteral("q=%1 exact %2 estimate %3 (seed %4)")
                                     .arg(q)
                                     .arg(exact)
                                     .arg(estimate)
                                     .arg(seed)));
        }
    }
    // Every bucket is at most 2 % wide, so no data set can do worse.
    for (int b = LatencyHistogram::kExactBuckets; b < LatencyHistogram::bucketCount() - 1; ++b)
        QVERIFY(LatencyHistogram::bucketHigh(b) / LatencyHistogram::bucketLow(b) <= 1.0200001);
}

void TestAnalytics::cellRoundTripsAndRefusesGarbage()
{
    RollupCell c;
    c.addAttempt(OutcomeClass::Success, 200, 123, 1, false);
    c.addAttempt(OutcomeClass::Success, 204, 99999, 4, false);
    c.addAttempt(OutcomeClass::Http4xx, 410, 31, 31, true);
    c.addAttempt(OutcomeClass::Interrupted, 0, std::nullopt, 2, false);
    RollupCell d;
    QVERIFY(d.decode(c.encode()));
    QCOMPARE(d, c);
    QCOMPARE(d.attempts(), 4);
    QCOMPARE(d.latencyCount, 3);
    QCOMPARE(d.dead, 1);
    QVERIFY(!d.decode(QByteArray("\x01\x05", 2)));
    QVERIFY(!d.decode(c.encode() + "x"));
    QCOMPARE(d.attempts(), 0);
}

void TestAnalytics::invalidResponsesAreCountedApart()
{
    const qint64 at = QDateTime::currentDateTimeUtc().addSecs(-1800).toMSecsSinceEpoch();
    const struct
    {
        OutcomeClass outcome;
        int status;
        int count;
    } mix[] = {{OutcomeClass::Success, 200, 6},
               {OutcomeClass::InvalidResponse, 0, 4},
               {OutcomeClass::InvalidResponse, 200, 1}, // the head came, the framing was broken
               {OutcomeClass::Connect, 0, 3},
               {OutcomeClass::Http5xx, 502, 2}};
    QList<RollupWriter::Sample> samples;
    for (const auto &m : mix) {
        for (int i = 0; i < m.count; ++i) {
            RollupWriter::Sample s;
            s.environment = Environment::Live;
            s.endpointId = QStringLiteral("ep_1");
            s.eventType = QStringLiteral("customer.created");
            s.startedAtMs = at + 1000 * i;
            s.outcome = m.outcome;
            s.httpStatus = m.status;
            s.durationMs = 40;
            samples << s;
        }
    }
    write(samples);

    // Stored apart in every cell: the "everything" minute cells hold each class on its own.
    qint64 invalid = 0;
    qint64 connect = 0;
    for (const auto &[key, cell] : readRollups(m_db->db(), QStringLiteral("rollups_minute"))) {
        if (std::get<2>(key) != RollupWriter::any() || std::get<3>(key) != RollupWriter::any())
            continue;
        invalid += cell.outcomes[size_t(OutcomeClass::InvalidResponse)];
        connect += cell.outcomes[size_t(OutcomeClass::Connect)];
    }
    QCOMPARE(invalid, 5);
    QCOMPARE(connect, 3);

    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).addSecs(-3600);
    f.to = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).addSecs(3600);
    AnalyticsReport r;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(f, &r));
    QCOMPARE(r.outcomes.count(OutcomeClass::InvalidResponse), 5);
    QCOMPARE(r.outcomes.count(OutcomeClass::Connect), 3);
    QCOMPARE(r.outcomes.count(OutcomeClass::Http5xx), 2);
    QCOMPARE(r.outcomes.total(), 16);
    QCOMPARE(r.outcomes.successRate(), 6.0 / 16.0);
    QCOMPARE(r.endpoints.size(), 1);
    QCOMPARE(r.endpoints.at(0).outcomes.count(OutcomeClass::InvalidResponse), 5);
    QCOMPARE(r.eventTypes.at(0).outcomes.count(OutcomeClass::InvalidResponse), 5);
    qint64 inSeries = 0;
    for (const TimeBucket &b : std::as_const(r.series))
        inSeries += b.outcomes.count(OutcomeClass::InvalidResponse);
    QCOMPARE(inSeries, 5);
}

void TestAnalytics::rolledBackTransactionLeavesNoRollups()
{
    {
        Transaction tx(m_db->db());
        RollupWriter w(m_db->db());
        w.add(randomSamples(1, 0, kMinuteMs, 1).first());
        QVERIFY(!w.flush());
        tx.rollback();
    }
    QVERIFY(readRollups(m_db->db(), QStringLiteral("rollups_minute")).empty());
    QVERIFY(readRollups(m_db->db(), QStringLiteral("rollups_day")).empty());
}

void TestAnalytics::rollupsEqualRecountAfterCrashMidWrite()
{
    const QString id = endpoint(QStringLiteral("crash"));
    QVERIFY(!id.isEmpty());
    {
        Transaction tx(m_db->db());
        EventPublisher publisher(m_db->db());
        for (int i = 0; i < 400; ++i)
            QVERIFY(publisher
                        .publish({Environment::Live,
                                  i % 2 ? QStringLiteral("customer.created")
                                        : QStringLiteral("customer.updated"),
                                  SampleGenerator::generateJson(
                                      i % 2 ? QStringLiteral("customer.created")
                                            : QStringLiteral("customer.updated"),
                                      quint64(i)),
                                  EventSource::Cli,
                                  {},
                                  {}})
                        .ok());
        QVERIFY(!tx.commit());
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), m_db->path() + QLatin1Char('|') + id);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Any test function: initTestCase() turns the process into the child first.
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("cellRoundTripsAndRefusesGarbage")});
    QVERIFY(child.waitForStarted());
    auto finished = [this] {
        QSqlQuery q(m_db->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM attempts WHERE outcome IS NOT NULL")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(finished() >= 1500, 60000);
    child.kill(); // SIGKILL, wherever it is: usually inside a completion transaction
    QVERIFY(child.waitForFinished());

    // What survived is consistent: every level equals a recount of the raw attempts.
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_minute")),
             recount(m_db->db(), kMinuteMs));
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_hour")),
             recount(m_db->db(), 3600 * 1000));
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_day")),
             recount(m_db->db(), 24 * 3600 * 1000));
    // Recovery turns the attempts left in flight into interrupted ones, rollups included.
    int recovered = 0;
    QVERIFY(
        !DeliveryQueue(m_db->db()).recoverInterrupted(QDateTime::currentDateTimeUtc(), &recovered));
    QVERIFY(recovered > 0);
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_minute")),
             recount(m_db->db(), kMinuteMs));
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_day")),
             recount(m_db->db(), 24 * 3600 * 1000));
}

void TestAnalytics::reportMatchesSamplesForAnyRange_data()
{
    QTest::addColumn<qint64>("fromOffsetMs"); // before the end of the data
    QTest::addColumn<qint64>("toOffsetMs");
    QTest::addColumn<qint64>("bucketSeconds");
    QTest::addColumn<bool>("oneEndpoint");
    const qint64 h = 3600 * 1000;
    QTest::newRow("1 h, odd seconds")
        << qint64(61 * 60 * 1000 + 17123) << qint64(3 * 60 * 1000 + 999) << qint64(0) << false;
    QTest::newRow("26 h over midnight")
        << 26 * h + 5 * 60 * 1000 << qint64(3 * 60 * 1000) << qint64(0) << false;
    QTest::newRow("9 d, odd edges")
        << 9 * 24 * h + 7 * h + 13 * 60 * 1000 + 5 << 2 * h + 59 * 60 * 1000 << qint64(0) << false;
    QTest::newRow("30 d, whole days") << 30 * 24 * h << qint64(0) << qint64(86400) << false;
    QTest::newRow("35 d, 6 h buckets, one endpoint")
        << 35 * 24 * h + 11 * 60 * 1000 << qint64(7 * 60 * 1000) << qint64(21600) << true;
}

void TestAnalytics::reportMatchesSamplesForAnyRange()
{
    QFETCH(qint64, fromOffsetMs);
    QFETCH(qint64, toOffsetMs);
    QFETCH(qint64, bucketSeconds);
    QFETCH(bool, oneEndpoint);
    const qint64 end =
        QDateTime(QDate(2026, 11, 20), QTime(13, 7, 41), QTimeZone::utc()).toMSecsSinceEpoch();
    write(randomSamples(8000, end - 40LL * 24 * 3600 * 1000, end, 42));

    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = QDateTime::fromMSecsSinceEpoch(end - fromOffsetMs, QTimeZone::utc());
    f.to = QDateTime::fromMSecsSinceEpoch(end - toOffsetMs, QTimeZone::utc());
    f.bucketSeconds = bucketSeconds;
    f.displayZone = QTimeZone("Europe/Berlin");
    if (oneEndpoint)
        f.endpointIds = {QStringLiteral("ep_1")};
    AnalyticsReport r;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(f, &r));

    // Brute force over the samples: a sample counts when its minute starts inside the range.
    const qint64 lo = ceilMinute(f.from.toMSecsSinceEpoch());
    const qint64 hi = ceilMinute(f.to.toMSecsSinceEpoch());
    OutcomeCounts expected;
    LatencyHistogram h;
    qint64 sum = 0;
    qint64 dead = 0;
    qint64 http502 = 0;
    for (const RollupWriter::Sample &s : std::as_const(m_samples)) {
        const qint64 m = floorMinute(s.startedAtMs);
        if (m < lo || m >= hi || (oneEndpoint && s.endpointId != QLatin1String("ep_1")))
            continue;
        expected.byClass[size_t(s.outcome)] += 1;
        h.add(*s.durationMs);
        sum += *s.durationMs;
        dead += s.deadLettered ? 1 : 0;
        http502 += s.httpStatus == 502 ? 1 : 0;
    }
    QVERIFY(expected.total() > 0);
    QCOMPARE(r.outcomes.byClass, expected.byClass);
    QCOMPARE(r.latency.count, expected.total());
    QCOMPARE(r.latency.avgMs, double(sum) / double(expected.total()));
    QCOMPARE(r.latency.p50Ms, h.percentile(0.5));
    QCOMPARE(r.latency.p95Ms, h.percentile(0.95));
    QCOMPARE(r.latency.p99Ms, h.percentile(0.99));
    QCOMPARE(r.retries.dead, dead);
    const auto s502 = std::find_if(r.statuses.cbegin(), r.statuses.cend(),
                                   [](const StatusCount &s) { return s.httpStatus == 502; });
    QVERIFY(s502 != r.statuses.cend());
    QCOMPARE(s502->count, http502);

    // The series tiles the range and adds up to the totals; so do endpoints and types.
    QVERIFY(!r.series.isEmpty());
    QCOMPARE(r.series.first().start, f.from);
    QCOMPARE(r.series.last().end, f.to);
    OutcomeCounts seriesSum;
    OutcomeCounts endpointSum;
    OutcomeCounts typeSum;
    for (int i = 0; i < r.series.size(); ++i) {
        seriesSum.add(r.series[i].outcomes);
        if (i > 0)
            QCOMPARE(r.series[i].start, r.series[i - 1].end);
    }
    for (const EndpointSummary &e : std::as_const(r.endpoints))
        endpointSum.add(e.outcomes);
    for (const EventTypeSummary &t : std::as_const(r.eventTypes))
        typeSum.add(t.outcomes);
    QCOMPARE(seriesSum.byClass, expected.byClass);
    QCOMPARE(endpointSum.byClass, expected.byClass);
    QCOMPARE(typeSum.byClass, expected.byClass);
    QCOMPARE(r.endpoints.size(), oneEndpoint ? 1 : 3);
    qint64 binned = 0;
    for (const LatencyBin &b : std::as_const(r.latencyDistribution))
        binned += b.count;
    QCOMPARE(binned, expected.total());
    if (bucketSeconds == 0)
        QVERIFY(r.series.size() >= 24 && r.series.size() <= 201);
}

void TestAnalytics::dayBucketsStartAtLocalMidnightAcrossDst_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QList<int>>("hours"); // lengths of the three local days
    QTest::newRow("spring forward") << berlin(2026, 3, 28, 0, 0) << QList<int>{24, 23, 24};
    QTest::newRow("fall back") << berlin(2026, 10, 24, 0, 0) << QList<int>{24, 25, 24};
}

void TestAnalytics::dayBucketsStartAtLocalMidnightAcrossDst()
{
    QFETCH(QDateTime, from);
    QFETCH(QList<int>, hours);
    const QDate d0 = from.date();
    auto at = [](const QDateTime &t) {
        RollupWriter::Sample s;
        s.endpointId = QStringLiteral("ep_a");
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = t.toMSecsSinceEpoch();
        s.durationMs = 100;
        s.httpStatus = 200;
        return s;
    };
    // Just before and just after each local midnight, and in the hour that moves.
    const QTimeZone zone("Europe/Berlin");
    write({at(QDateTime(d0, QTime(0, 0, 10), zone)), at(QDateTime(d0, QTime(23, 59, 50), zone)),
           at(QDateTime(d0.addDays(1), QTime(0, 0, 20), zone)),
           at(QDateTime(d0.addDays(1), QTime(3, 30), zone)),
           at(QDateTime(d0.addDays(1), QTime(23, 59, 59), zone)),
           at(QDateTime(d0.addDays(2), QTime(0, 0, 1), zone)),
           at(QDateTime(d0.addDays(3), QTime(0, 0, 1), zone))}); // outside the range
    AnalyticsFilter f;
    f.from = from;
    f.to = QDateTime(d0.addDays(3), QTime(0, 0), zone);
    f.bucketSeconds = 86400;
    f.displayZone = zone;
    AnalyticsReport r;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(f, &r));
    QCOMPARE(r.series.size(), 3);
    const QList<qint64> counts{2, 3, 1};
    for (int i = 0; i < 3; ++i) {
        const TimeBucket &b = r.series[i];
        QCOMPARE(b.start.toTimeZone(zone).time(), QTime(0, 0));
        QCOMPARE(b.start.toTimeZone(zone).date(), d0.addDays(i));
        QCOMPARE(b.start.secsTo(b.end), qint64(hours[i]) * 3600);
        QCOMPARE(b.outcomes.total(), counts[i]);
    }
    QCOMPARE(r.outcomes.total(), 6);
}

void TestAnalytics::hourBucketsOnTheSpringForwardDay()
{
    AnalyticsFilter f;
    f.displayZone = QTimeZone("Europe/Berlin");
    f.from = berlin(2026, 3, 29, 0, 0);
    f.to = berlin(2026, 3, 30, 0, 0);
    f.bucketSeconds = 3600;
    AnalyticsReport r;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(f, &r));
    QCOMPARE(r.series.size(), 23); // the local day has 23 hours
    QCOMPARE(r.series[2].start.toTimeZone(f.displayZone).time(), QTime(3, 0));
}

void TestAnalytics::recommendationsFireOnFixtures()
{
    const QString slow = endpoint(QStringLiteral("slow"), 2);
    const QString limited = endpoint(QStringLiteral("limited"));
    const QString tls = endpoint(QStringLiteral("tls"));
    const QString recovering = endpoint(QStringLiteral("recovering"));
    const QString failing = endpoint(QStringLiteral("failing"));
    const QString garbled = endpoint(QStringLiteral("garbled"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RollupWriter::Sample> samples;
    std::mt19937 rng(3);
    auto sample = [&](const QString &id, OutcomeClass outcome, int status, qint64 ms,
                      int number = 1) {
        RollupWriter::Sample s;
        s.endpointId = id;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = now.toMSecsSinceEpoch() - 1000 * qint64(rng() % 80000);
        s.outcome = outcome;
        s.httpStatus = status;
        s.durationMs = ms;
        s.attemptNumber = number;
        return s;
    };
    for (int i = 0; i < 200; ++i) {
        samples << sample(slow, OutcomeClass::Success, 200, 1200 + i * 2);
        samples << sample(limited, i % 10 == 0 ? OutcomeClass::Http429 : OutcomeClass::Success,
                          i % 10 == 0 ? 429 : 200, 80);
        samples << sample(tls, i % 40 == 0 ? OutcomeClass::Tls : OutcomeClass::Success,
                          i % 40 == 0 ? 0 : 200, 80);
        samples << sample(garbled,
                          i % 40 == 1 ? OutcomeClass::InvalidResponse : OutcomeClass::Success,
                          i % 40 == 1 ? 0 : 200, 80);
        // A fifth of the deliveries fail first and nearly all recover by attempt 4.
        if (i % 5 == 0) {
            samples << sample(recovering, OutcomeClass::Http5xx, 503, 50, 1);
            samples << sample(recovering, OutcomeClass::Success, 200, 50, i % 50 == 0 ? 9 : 4);
        } else {
            samples << sample(recovering, OutcomeClass::Success, 200, 50, 1);
        }
    }
    write(samples);
    // Near auto-pause is judged on the raw attempts: 17 consecutive failures of a limit of 20.
    const auto published =
        EventPublisher(m_db->db())
            .publish({Environment::Live,
                      QStringLiteral("customer.created"),
                      SampleGenerator::generateJson(QStringLiteral("customer.created"), 1),
                      EventSource::Cli,
                      {},
                      QStringList{failing}});
    QVERIFY(published.ok());
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status) VALUES (?, ?, ?, ?, 20, "
                             "'http_5xx', 500)"));
    for (int n = 1; n <= 17; ++n) {
        q.addBindValue(published.deliveries.value(0).id);
        q.addBindValue(failing);
        q.addBindValue(n);
        q.addBindValue(now.toMSecsSinceEpoch() - (20 - n) * 60000);
        QVERIFY(q.exec());
    }

    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = now.addDays(-1);
    f.to = now.addSecs(120);
    QList<Recommendation> recs;
    QVERIFY(!AnalyticsQuery(m_db->db()).recommendations(f, &recs));
    auto find = [&](Recommendation::Kind kind, const QString &id) -> const Recommendation * {
        for (const Recommendation &r : std::as_const(recs))
            if (r.kind == kind && r.endpointId == id)
                return &r;
        return nullptr;
    };
    const Recommendation *r = find(Recommendation::Kind::SlowP95, slow);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::Timeout);
    QCOMPARE(r->threshold, 1400.0);
    QVERIFY(r->observed > 1400 && r->observed < 1700);
    r = find(Recommendation::Kind::Frequent429, limited);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::RateLimit);
    QCOMPARE(r->count, 20);
    QCOMPARE(r->total, 200);
    r = find(Recommendation::Kind::TlsFailures, tls);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::TrustedCertificates);
    QCOMPARE(r->count, 5);
    QVERIFY(!find(Recommendation::Kind::TlsFailures, garbled));
    r = find(Recommendation::Kind::InvalidResponses, garbled);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::Url);
    QCOMPARE(r->count, 5);
    QCOMPARE(r->total, 200);
    QVERIFY(!find(Recommendation::Kind::InvalidResponses, tls));
    r = find(Recommendation::Kind::RecoversByAttempt, recovering);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::RetrySchedule);
    QCOMPARE(r->attemptNumber, 4);
    QCOMPARE(r->count, 40);
    r = find(Recommendation::Kind::NearAutoPause, failing);
    QVERIFY(r);
    QCOMPARE(r->setting, Recommendation::Setting::AutoPause);
    QCOMPARE(r->count, 17);
    QCOMPARE(r->threshold, 20.0);
    // Each fixture raises only its own advice.
    QCOMPARE(recs.size(), 6);
}

void TestAnalytics::recommendationsSilentOnHealthyData()
{
    const QString a = endpoint(QStringLiteral("a"));
    const QString b = endpoint(QStringLiteral("b"), 3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::mt19937 rng(5);
    std::lognormal_distribution<double> latency(std::log(150.0), 0.6);
    QList<RollupWriter::Sample> samples;
    for (int i = 0; i < 5000; ++i) {
        RollupWriter::Sample s;
        s.endpointId = i % 2 ? a : b;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = now.toMSecsSinceEpoch() - 1000 * qint64(rng() % 80000);
        const bool failed = i % 400 == 0; // 0.25 %: sporadic, recovered on the next attempt
        s.outcome = failed ? OutcomeClass::Http5xx : OutcomeClass::Success;
        s.httpStatus = failed ? 502 : 200;
        s.attemptNumber = i % 400 == 1 ? 2 : 1;
        s.durationMs = qint64(latency(rng));
        samples << s;
    }
    write(samples);
    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = now.addDays(-1);
    f.to = now.addSecs(60);
    QList<Recommendation> recs;
    QVERIFY(!AnalyticsQuery(m_db->db()).recommendations(f, &recs));
    QCOMPARE(recs.size(), 0);
}

// A 30-day query on a large file takes seconds: the dashboard asks it to stop when a newer
// request waits. It must stop at the first check that says so, and answer in full otherwise.
void TestAnalytics::cancelCheckStopsARunningQuery()
{
    const qint64 to =
        QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 from = to - 30LL * 24 * 3600 * 1000;
    // Unaligned ends, so minute, hour and day rows are all read (several statements).
    write(randomSamples(4000, from + 7 * 60000 + 13, to - 11 * 60000, 42));
    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = QDateTime::fromMSecsSinceEpoch(from + 7 * 60000, Qt::UTC);
    f.to = QDateTime::fromMSecsSinceEpoch(to - 5 * 60000, Qt::UTC);

    AnalyticsQuery query(m_db->db());
    AnalyticsReport full;
    QVERIFY(!query.report(f, &full));
    QCOMPARE(full.outcomes.total(), 4000);

    // Never true: the same answer, and the check was asked more than once.
    int checks = 0;
    query.setCancelCheck([&checks] {
        ++checks;
        return false;
    });
    AnalyticsReport checked;
    QVERIFY(!query.report(f, &checked));
    QVERIFY(!query.cancelled());
    QCOMPARE(checked.outcomes.total(), full.outcomes.total());
    QCOMPARE(checked.latency.p95Ms, full.latency.p95Ms);
    const int checksPerReport = checks;
    QVERIFY2(checksPerReport >= 4, qPrintable(QString::number(checksPerReport)));

    // True from the n-th check on: stops there, never asks again, leaves `out` alone.
    for (const int stopAt : {1, 3, checksPerReport}) {
        checks = 0;
        query.setCancelCheck([&checks, stopAt] { return ++checks >= stopAt; });
        AnalyticsReport untouched;
        QVERIFY(query.report(f, &untouched));
        QVERIFY(query.cancelled());
        QCOMPARE(checks, stopAt);
        QCOMPARE(untouched.outcomes.total(), 0);
    }
    // Recommendations too: a stopped call hands back nothing rather than a partial list.
    query.setCancelCheck([] { return true; });
    QList<Recommendation> recs{Recommendation{}};
    QVERIFY(query.recommendations(full, &recs));
    QVERIFY(query.cancelled());
    QVERIFY(recs.isEmpty());

    // A later call without a stop request answers in full again.
    query.setCancelCheck({});
    AnalyticsReport again;
    QVERIFY(!query.report(f, &again));
    QVERIFY(!query.cancelled());
    QCOMPARE(again.outcomes.total(), 4000);
}

void TestAnalytics::nearAutoPause_data()
{
    // Outcomes oldest to newest, one a minute up to a minute ago: S success, F HTTP 500,
    // T timeout, I interrupted; "S30 F17" is 30 successes then 17 failures.
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("failureLimit"); // -1: the default (20)
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("beforeRange"); // the attempts ended two days before the range
    QTest::addColumn<int>("count");        // -1: no recommendation
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("total");
    QTest::newRow("17 failures in a row") << "S30 F17" << -1 << false << false << 17 << 20 << 20;
    QTest::newRow("exactly 75 % in a row") << "S30 F15" << -1 << false << false << 15 << 20 << 20;
    QTest::newRow("14 in a row: not yet") << "S30 F14" << -1 << false << false << -1 << 0 << 0;
    // 17 of the last 20 failed, but a success is the newest: the run alone says 0.
    QTest::newRow("mostly failing, newest a success")
        << "S30 F6 S1 F6 S1 F5 S1" << -1 << false << false << 17 << 20 << 20;
    QTest::newRow("only a few attempts, all failed")
        << "F16" << -1 << false << false << 16 << 20 << 16;
    // A failing stretch followed by three successes: the receiver is back.
    QTest::newRow("recovered") << "S30 F18 S3" << -1 << false << false << -1 << 0 << 0;
    QTest::newRow("one success after the stretch")
        << "S30 F18 S1" << -1 << false << false << 18 << 20 << 20;
    // One attempt in five fails, for hours: sporadic, never close.
    QTest::newRow("sporadic") << "S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 "
                                 "F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1 S4 F1"
                              << -1 << false << false << -1 << 0 << 0;
    QTest::newRow("healthy") << "S150" << -1 << false << false << -1 << 0 << 0;
    // Interrupted attempts say nothing about the receiver: skipped, neither counted nor breaking.
    QTest::newRow("interrupted skipped")
        << "S30 F9 I10 F7 I5" << -1 << false << false << 16 << 20 << 20;
    QTest::newRow("only interrupted lately") << "S100 I40" << -1 << false << false << -1 << 0 << 0;
    // 40 of the last 100 timed out (interleaved with successes): 80 % of the 50 that pause.
    QTest::newRow("timeouts near 50 %")
        << QStringLiteral("S40 ") + QStringLiteral("T2 S3 ").repeated(20).trimmed() << -1 << false
        << false << 40 << 50 << 100;
    QTest::newRow("timeouts at 30 %")
        << QStringLiteral("S40 ") + QStringLiteral("T3 S7 ").repeated(10).trimmed() << -1 << false
        << false << -1 << 0 << 0;
    QTest::newRow("own limit of 8") << "S30 F6" << 8 << false << false << 6 << 8 << 8;
    // 22 failures in a row would be close to the default 20, not to an own limit of 30.
    QTest::newRow("own limit of 30") << "S30 F22" << 30 << false << false << -1 << 0 << 0;
    QTest::newRow("already paused") << "S30 F19" << -1 << true << false << -1 << 0 << 0;
    QTest::newRow("failures before the range") << "S30 F19" << -1 << false << true << -1 << 0 << 0;
}

// "Close to auto-pause" fires when the last attempts come near either auto-pause rule
// (docs/product-contract.md "Auto-pause, dead letters, failover") and stays silent on healthy,
// sporadic, recovered, paused or out-of-range endpoints.
void TestAnalytics::nearAutoPause()
{
    QFETCH(QString, pattern);
    QFETCH(int, failureLimit);
    QFETCH(bool, paused);
    QFETCH(bool, beforeRange);
    QFETCH(int, count);
    QFETCH(int, threshold);
    QFETCH(int, total);

    Endpoint e;
    e.name = QStringLiteral("receiver");
    e.environment = Environment::Live;
    e.url = QUrl(QStringLiteral("https://receiver.example.com/"));
    if (failureLimit >= 0)
        e.autoPause.consecutiveFailures = failureLimit;
    EndpointService service(m_db->db());
    const auto created = service.create(e);
    QVERIFY(created.ok());
    const QString id = created.endpoint.id;
    if (paused)
        QVERIFY(service.pause(id, QStringLiteral("test")).ok());

    QList<OutcomeClass> outcomes;
    for (const QString &token : pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = token.at(0);
        const OutcomeClass o = c == QLatin1Char('S')   ? OutcomeClass::Success
                               : c == QLatin1Char('F') ? OutcomeClass::Http5xx
                               : c == QLatin1Char('T') ? OutcomeClass::Timeout
                                                       : OutcomeClass::Interrupted;
        for (int i = 0; i < token.mid(1).toInt(); ++i)
            outcomes << o;
    }
    const auto published =
        EventPublisher(m_db->db())
            .publish({Environment::Live,
                      QStringLiteral("customer.created"),
                      SampleGenerator::generateJson(QStringLiteral("customer.created"), 1),
                      EventSource::Cli,
                      {},
                      QStringList{id}});
    QVERIFY(published.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 newest = now.toMSecsSinceEpoch() - (beforeRange ? 2 * 86400000LL : 60000);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status) VALUES (?, ?, ?, ?, 20, ?, ?)"));
    QList<RollupWriter::Sample> samples;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const qint64 at = newest - (outcomes.size() - 1 - i) * 60000;
        q.addBindValue(published.deliveries.value(0).id);
        q.addBindValue(id);
        q.addBindValue(int(i + 1));
        q.addBindValue(at);
        q.addBindValue(toString(outcomes.at(i)));
        q.addBindValue(outcomes.at(i) == OutcomeClass::Success ? 200 : 500);
        QVERIFY(q.exec());
        RollupWriter::Sample s;
        s.endpointId = id;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = at;
        s.outcome = outcomes.at(i);
        s.httpStatus = outcomes.at(i) == OutcomeClass::Success ? 200 : 500;
        s.durationMs = 20;
        samples << s;
    }
    write(samples);

    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = now.addDays(-1);
    f.to = now.addSecs(120);
    QList<Recommendation> recs;
    QVERIFY(!AnalyticsQuery(m_db->db()).recommendations(f, &recs));
    QList<Recommendation> near;
    for (const Recommendation &r : std::as_const(recs))
        if (r.kind == Recommendation::Kind::NearAutoPause)
            near << r;
    if (count < 0) {
        QVERIFY2(near.isEmpty(), qPrintable(QStringLiteral("%1 against %2")
                                                .arg(near.value(0).count)
                                                .arg(near.value(0).threshold)));
        return;
    }
    QCOMPARE(near.size(), 1);
    QCOMPARE(near.first().endpointId, id);
    QCOMPARE(near.first().setting, Recommendation::Setting::AutoPause);
    QCOMPARE(near.first().count, qint64(count));
    QCOMPARE(near.first().threshold, double(threshold));
    QCOMPARE(near.first().total, qint64(total));
}

void TestAnalytics::pruningKeepsRollups()
{
    const QString id = endpoint(QStringLiteral("old"));
    const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    const auto published =
        EventPublisher(m_db->db())
            .publish({Environment::Live,
                      QStringLiteral("customer.created"),
                      SampleGenerator::generateJson(QStringLiteral("customer.created"), 1),
                      EventSource::Cli,
                      {},
                      QStringList{id}});
    QVERIFY(published.ok());
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome) VALUES (?, ?, ?, ?, 10, ?)"));
    const QList<int> ageDays{40, 35, 31, 29, 2};
    for (int i = 0; i < ageDays.size(); ++i) {
        q.addBindValue(published.deliveries.value(0).id);
        q.addBindValue(id);
        q.addBindValue(i + 1);
        q.addBindValue(now.addDays(-ageDays[i]).toMSecsSinceEpoch());
        q.addBindValue(QStringLiteral("success"));
        QVERIFY(q.exec());
    }
    // An old unfinished attempt stays: recovery still needs it.
    q.addBindValue(published.deliveries.value(0).id);
    q.addBindValue(id);
    q.addBindValue(6);
    q.addBindValue(now.addDays(-50).toMSecsSinceEpoch());
    q.addBindValue(QVariant(QMetaType::fromType<QString>()));
    QVERIFY(q.exec());
    QList<RollupWriter::Sample> samples;
    for (int days : {400, 40, 35, 2}) {
        RollupWriter::Sample s;
        s.endpointId = id;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = now.addDays(-days).toMSecsSinceEpoch();
        s.durationMs = 10;
        samples << s;
    }
    write(samples);

    RetentionPruner::Result result;
    QVERIFY(!RetentionPruner(m_db->db()).prune(RetentionSettings{}, now, &result));
    QVERIFY(result.complete);
    QCOMPARE(result.attempts, 3);
    QSqlQuery count(m_db->db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM attempts")) && count.next());
    QCOMPARE(count.value(0).toInt(), 3);
    // Minute rows go with the attempts; hour and day rows stay for 13 months (four grains each).
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_minute")).size(), size_t(4));
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_hour")).size(), size_t(12));
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_day")).size(), size_t(12));
    // Whole-hour ranges older than the raw attempts still have their figures.
    AnalyticsFilter f;
    f.environment = Environment::Live;
    f.from = now.addDays(-60);
    f.to = now;
    AnalyticsReport r;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(f, &r));
    QCOMPARE(r.outcomes.total(), 3);

    // Small batches: a budget of one batch leaves the rest for the next run.
    QVERIFY(!RetentionPruner(m_db->db()).prune(RetentionSettings{1, 1}, now, &result, 1));
    QCOMPARE(result.attempts, 2); // one batch takes both finished attempts left ...
    QVERIFY(!result.complete);    // ... and the rollups older than a month wait for the next run
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_day")).size(), size_t(12));
    QVERIFY(!RetentionPruner(m_db->db()).prune(RetentionSettings{1, 1}, now, &result));
    QVERIFY(result.complete);
    QCOMPARE(readRollups(m_db->db(), QStringLiteral("rollups_day")).size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
