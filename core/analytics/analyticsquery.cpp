#include "analytics/analyticsquery.h"

#include "analytics/latencyhistogram.h"
#include "analytics/rollupcell.h"
#include "analytics/rollupranges.h"
#include "analytics/rollupwriter.h"
#include "domain/autopause.h"
#include "store/analyticsrepository.h"
#include "store/endpointrepository.h"
#include "store/rolluprepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <vector>

namespace hookline {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kMaxSeriesPoints = 2000;

// Recommendation thresholds: enough evidence that one bad minute does not raise advice.
constexpr qint64 kRecommendationMinAttempts = 50;
constexpr qint64 kRecommendationMinEvents = 10;
constexpr double kFrequent429Share = 0.05;
// TLS failures and answers that are not HTTP point at one cause whatever the load: a few suffice.
constexpr qint64 kDefiniteFaultMinFailures = 3;
constexpr double kRecoveredShare = 0.8;
// Below this share of failing deliveries the schedule hardly matters: stay silent.
constexpr double kFailingDeliveriesShare = 0.01;
constexpr double kRecoveredByShare = 0.9;
constexpr double kNearAutoPauseShare = 0.75;
// Successes in a row at the newest end that mean the receiver is back.
constexpr int kRecoveredRun = 3;

// Merged figures of any number of rollup cells.
struct Accumulator
{
    OutcomeCounts outcomes;
    qint64 latencyCount = 0;
    qint64 latencySumMs = 0;
    qint64 dead = 0;
    LatencyHistogram histogram;
    std::map<int, qint64> statuses;
    std::map<int, qint64> succeededAt;

    void add(const RollupCell &c, bool everything)
    {
        for (size_t i = 0; i < c.outcomes.size(); ++i)
            outcomes.byClass[i] += c.outcomes[i];
        latencyCount += c.latencyCount;
        latencySumMs += c.latencySumMs;
        for (const auto &[bucket, n] : c.latencyBuckets)
            if (bucket < LatencyHistogram::bucketCount())
                histogram.addToBucket(bucket, n);
        if (!everything)
            return;
        dead += c.dead;
        for (const auto &[status, n] : c.statuses)
            statuses[status] += n;
        for (const auto &[number, n] : c.succeededAtAttempt)
            succeededAt[number] += n;
    }

    LatencySummary latency() const
    {
        LatencySummary s;
        s.count = latencyCount;
        if (latencyCount > 0) {
            s.avgMs = double(latencySumMs) / double(latencyCount);
            s.p50Ms = histogram.percentile(0.50);
            s.p95Ms = histogram.percentile(0.95);
            s.p99Ms = histogram.percentile(0.99);
        }
        return s;
    }
};

RetryAnalysis retryAnalysis(const Accumulator &a)
{
    RetryAnalysis r;
    for (const auto &[number, n] : a.succeededAt) {
        while (r.succeededAtAttempt.size() < number)
            r.succeededAtAttempt << 0;
        r.succeededAtAttempt[number - 1] += n;
        if (number <= 1)
            r.succeededFirstTry += n;
        else
            r.recovered += n;
    }
    r.dead = a.dead;
    return r;
}

using RowVisitor = std::function<void(qint64 bucket, const QString &endpointId,
                                      const QString &eventType, const RollupCell &cell)>;

StoreError cancelledError()
{
    return StoreError{StoreError::Code::Other, QStringLiteral("the query was cancelled")};
}

// Reads the rows of one grain (RollupWriter::Grain) covering `levels`, applying the filter's
// endpoint and type lists to the dimensions that grain keeps.
std::optional<StoreError> scan(const Store &store, const AnalyticsFilter &filter, int grain,
                               const LevelRanges &levels, const RowVisitor &visit,
                               const std::function<bool()> &stop)
{
    const bool hasEndpoint =
        grain == RollupWriter::EndpointAndType || grain == RollupWriter::EndpointOnly;
    const bool hasType = grain == RollupWriter::EndpointAndType || grain == RollupWriter::TypeOnly;
    const QSet<QString> endpoints(filter.endpointIds.cbegin(), filter.endpointIds.cend());
    const QSet<QString> types(filter.eventTypes.cbegin(), filter.eventTypes.cend());
    const RollupRepository rollups(store);
    RollupCell cell;
    for (int l = 0; l < RollupWriter::kLevelCount; ++l) {
        auto err = rollups.scan(
            RollupWriter::Level(l), filter.environment, grain, levels[size_t(l)],
            [&](qint64 bucket, const QString &endpointId, const QString &eventType,
                const QByteArray &data) {
                if (hasEndpoint && !endpoints.isEmpty() && !endpoints.contains(endpointId))
                    return;
                if (hasType && !types.isEmpty() && !types.contains(eventType))
                    return;
                if (cell.decode(data))
                    visit(bucket, endpointId, eventType, cell);
            },
            stop);
        if (err)
            return err;
        // The scan ends quietly when asked to stop: the answer is incomplete, so an error.
        if (stop())
            return cancelledError();
    }
    return std::nullopt;
}

// "Close to auto-pause" (the auto-pause rules are AutoPause's): fires when most of the last N
// attempts failed (N = the consecutive-failure limit) or the timeouts among the last 100 are near
// the timeout limit; `newestFirst` holds at most max(N, 100) outcomes, interrupted ones removed.
//
// Most of the last N rather than only the current run: a receiver failing 90 % of the time is a
// few attempts away from N in a row whenever one success happens to be the newest. Silent when
// the newest attempts succeeded a few times in a row (the receiver is back) and for sporadic
// failure: 75 % of 20 is out of reach for a receiver failing one attempt in five (p ≈ 1e-7).
std::optional<Recommendation> nearAutoPause(const QString &endpointId,
                                            const QList<OutcomeClass> &newestFirst,
                                            int failureLimit, int timeoutPercent)
{
    std::optional<Recommendation> best;
    double closest = 0;
    const auto consider = [&](qint64 count, qint64 total, qint64 limit) {
        const double closeness = double(count) / double(limit);
        if (count < std::ceil(kNearAutoPauseShare * double(limit)) || closeness <= closest)
            return;
        closest = closeness;
        Recommendation rec;
        rec.kind = Recommendation::Kind::NearAutoPause;
        rec.setting = Recommendation::Setting::AutoPause;
        rec.endpointId = endpointId;
        rec.observed = double(count);
        rec.threshold = double(limit);
        rec.count = count;
        rec.total = total;
        best = rec;
    };
    int recoveredRun = 0;
    for (OutcomeClass o : newestFirst) {
        if (o != OutcomeClass::Success)
            break;
        ++recoveredRun;
    }
    if (failureLimit > 0 && recoveredRun < kRecoveredRun) {
        const qsizetype n = std::min<qsizetype>(failureLimit, newestFirst.size());
        qint64 failures = 0;
        for (qsizetype i = 0; i < n; ++i)
            failures += newestFirst.at(i) != OutcomeClass::Success ? 1 : 0;
        consider(failures, n, failureLimit);
    }
    if (timeoutPercent > 0) {
        const qsizetype n = std::min<qsizetype>(AutoPause::kTimeoutWindow, newestFirst.size());
        qint64 timeouts = 0;
        for (qsizetype i = 0; i < n; ++i)
            timeouts += newestFirst.at(i) == OutcomeClass::Timeout ? 1 : 0;
        // The engine pauses at timeoutPercent % of a full window.
        const qint64 needed = (qint64(timeoutPercent) * AutoPause::kTimeoutWindow + 99) / 100;
        consider(timeouts, n, needed);
    }
    return best;
}

struct EndpointMeta
{
    QString name;
    int timeoutSeconds = Endpoint::kDefaultTimeoutSeconds;
    bool paused = false;
};

} // namespace

AnalyticsQuery::AnalyticsQuery(Store store)
    : m_store(std::move(store))
{}

bool AnalyticsQuery::stopRequested() const
{
    if (!m_cancelled && m_cancelCheck && m_cancelCheck())
        m_cancelled = true;
    return m_cancelled;
}

std::optional<StoreError> AnalyticsQuery::report(const AnalyticsFilter &filter,
                                                 AnalyticsReport *out) const
{
    m_cancelled = false;
    const std::function<bool()> stop = [this] {
        return stopRequested();
    };
    if (!filter.from.isValid() || !filter.to.isValid() || filter.from >= filter.to)
        return StoreError{StoreError::Code::Constraint,
                          QStringLiteral("the range must have a start before its end")};
    const qint64 fromMs = filter.from.toMSecsSinceEpoch();
    const qint64 toMs = filter.to.toMSecsSinceEpoch();
    const qint64 rangeMs = toMs - fromMs;
    qint64 bucketSeconds =
        filter.bucketSeconds > 0 ? filter.bucketSeconds : pickBucketSeconds(rangeMs);
    if (rangeMs / (bucketSeconds * 1000) > kMaxSeriesPoints)
        bucketSeconds = pickBucketSeconds(rangeMs);

    AnalyticsReport r;
    r.filter = filter;
    r.bucketSeconds = bucketSeconds;

    // A minute row belongs to the range when its start does: edges round up to whole minutes.
    const std::vector<qint64> edges = seriesEdges(
        filter.from, filter.to, bucketSeconds,
        filter.displayZone.isValid() ? filter.displayZone : QTimeZone::systemTimeZone());
    std::vector<qint64> dataEdges;
    dataEdges.reserve(edges.size());
    for (qint64 e : edges)
        dataEdges.push_back(ceilTo(e, kMinuteMs));
    LevelRanges levels;
    for (size_t i = 0; i + 1 < dataEdges.size(); ++i)
        decompose(dataEdges[i], dataEdges[i + 1], levels);
    coalesce(levels);

    // The coarsest grain that still answers the filter: an unfiltered dashboard reads the
    // "every endpoint, every type" rows only.
    const bool byEndpoints = !filter.endpointIds.isEmpty();
    const bool byTypes = !filter.eventTypes.isEmpty();
    const int seriesGrain =
        byEndpoints ? (byTypes ? RollupWriter::EndpointAndType : RollupWriter::EndpointOnly)
                    : (byTypes ? RollupWriter::TypeOnly : RollupWriter::Everything);
    const int endpointGrain = byTypes ? RollupWriter::EndpointAndType : RollupWriter::EndpointOnly;
    const int typeGrain = byEndpoints ? RollupWriter::EndpointAndType : RollupWriter::TypeOnly;

    std::vector<Accumulator> series(edges.size() - 1);
    Accumulator total;
    auto err = scan(
        m_store, filter, seriesGrain, levels,
        [&](qint64 bucket, const QString &, const QString &, const RollupCell &cell) {
            const auto it = std::upper_bound(dataEdges.begin(), dataEdges.end(), bucket);
            const auto index = std::distance(dataEdges.begin(), it) - 1;
            if (index < 0 || size_t(index) >= series.size())
                return;
            series[size_t(index)].add(cell, false);
            total.add(cell, true);
        },
        stop);
    if (err)
        return err;

    // Per endpoint and per type the series' buckets do not matter: read the whole range with
    // as many day and hour rows as it holds.
    LevelRanges wholeRange;
    decompose(dataEdges.front(), dataEdges.back(), wholeRange);
    coalesce(wholeRange);
    QHash<QString, Accumulator> byEndpoint;
    err = scan(
        m_store, filter, endpointGrain, wholeRange,
        [&](qint64, const QString &endpointId, const QString &, const RollupCell &cell) {
            byEndpoint[endpointId].add(cell, true);
        },
        stop);
    if (err)
        return err;
    QHash<QString, Accumulator> byType;
    err = scan(
        m_store, filter, typeGrain, wholeRange,
        [&](qint64, const QString &, const QString &eventType, const RollupCell &cell) {
            byType[eventType].add(cell, false);
        },
        stop);
    if (err)
        return err;

    // The previous period of the same length, for the endpoints' trend.
    LevelRanges previousLevels;
    decompose(ceilTo(fromMs - rangeMs, kMinuteMs), ceilTo(fromMs, kMinuteMs), previousLevels);
    coalesce(previousLevels);
    QHash<QString, Accumulator> previous;
    err = scan(
        m_store, filter, endpointGrain, previousLevels,
        [&](qint64, const QString &endpointId, const QString &, const RollupCell &cell) {
            previous[endpointId].add(cell, false);
        },
        stop);
    if (err)
        return err;

    for (size_t i = 0; i < series.size(); ++i) {
        TimeBucket b;
        b.start = QDateTime::fromMSecsSinceEpoch(edges[i], Qt::UTC);
        b.end = QDateTime::fromMSecsSinceEpoch(edges[i + 1], Qt::UTC);
        b.outcomes = series[i].outcomes;
        b.latency = series[i].latency();
        r.series << b;
    }

    r.outcomes = total.outcomes;
    r.latency = total.latency();

    // Latency distribution: the fine buckets gathered into readable bins.
    static const double kBinEdges[] = {0,    10,    20,    50,    100,   150,   200,  300,
                                       400,  500,   750,   1000,  1500,  2000,  3000, 5000,
                                       7500, 10000, 15000, 30000, 60000, 600000};
    const int binCount = int(std::size(kBinEdges));
    std::vector<qint64> bins(size_t(binCount), 0);
    for (int b = 0; b < LatencyHistogram::bucketCount(); ++b) {
        const qint64 n = total.histogram.countAt(b);
        if (n == 0)
            continue;
        const double low = LatencyHistogram::bucketLow(b);
        int bin = binCount - 1;
        while (bin > 0 && low < kBinEdges[bin])
            --bin;
        bins[size_t(bin)] += n;
    }
    int firstBin = 0;
    int lastBin = binCount - 1;
    while (firstBin < binCount && bins[size_t(firstBin)] == 0)
        ++firstBin;
    while (lastBin >= 0 && bins[size_t(lastBin)] == 0)
        --lastBin;
    for (int b = firstBin; b <= lastBin; ++b)
        r.latencyDistribution << LatencyBin{
            kBinEdges[b],
            b + 1 < binCount ? kBinEdges[b + 1] : double(LatencyHistogram::kMaxTrackedMs) * 10,
            bins[size_t(b)]};

    for (const auto &[status, n] : total.statuses)
        r.statuses << StatusCount{status, n};
    std::stable_sort(r.statuses.begin(), r.statuses.end(),
                     [](const StatusCount &a, const StatusCount &b) { return a.count > b.count; });

    r.retries = retryAnalysis(total);

    // Endpoints: every one of the environment the filter selects, plus ids only the rollups
    // remember (deleted endpoints).
    QHash<QString, EndpointMeta> meta;
    QStringList ids;
    const StoreResult<QList<Endpoint>> stored =
        EndpointRepository(m_store).list(filter.environment);
    if (!stored)
        return stored.error();
    for (const Endpoint &e : *stored) {
        meta.insert(e.id, EndpointMeta{e.name, e.timeoutSeconds, e.state == EndpointState::Paused});
        if (filter.endpointIds.isEmpty() || filter.endpointIds.contains(e.id))
            ids << e.id;
    }
    for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it)
        if (!ids.contains(it.key()))
            ids << it.key();
    for (const QString &id : std::as_const(ids)) {
        EndpointSummary s;
        s.endpointId = id;
        const EndpointMeta m = meta.value(id);
        s.name = m.name;
        s.timeoutSeconds = m.timeoutSeconds;
        s.paused = m.paused;
        const auto cur = byEndpoint.constFind(id);
        if (cur != byEndpoint.cend()) {
            s.outcomes = cur->outcomes;
            s.volume = cur->outcomes.total();
            s.latency = cur->latency();
            s.retries = retryAnalysis(*cur);
        }
        const auto prev = previous.constFind(id);
        if (prev != previous.cend()) {
            s.previousVolume = prev->outcomes.total();
            s.previousSuccessRate = prev->outcomes.successRate();
            s.previousP95Ms = prev->latency().p95Ms;
        }
        r.endpoints << s;
    }
    std::stable_sort(r.endpoints.begin(), r.endpoints.end(),
                     [](const EndpointSummary &a, const EndpointSummary &b) {
                         return a.volume != b.volume ? a.volume > b.volume
                                                     : a.endpointId < b.endpointId;
                     });

    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        EventTypeSummary s;
        s.eventType = it.key();
        s.outcomes = it->outcomes;
        s.volume = it->outcomes.total();
        s.latency = it->latency();
        r.eventTypes << s;
    }
    std::sort(r.eventTypes.begin(), r.eventTypes.end(),
              [](const EventTypeSummary &a, const EventTypeSummary &b) {
                  return a.volume != b.volume ? a.volume > b.volume : a.eventType < b.eventType;
              });

    *out = r;
    return std::nullopt;
}

std::optional<StoreError> AnalyticsQuery::recommendations(const AnalyticsFilter &filter,
                                                          QList<Recommendation> *out) const
{
    AnalyticsReport r;
    if (auto err = report(filter, &r))
        return err;
    return recommendations(r, out);
}

std::optional<StoreError> AnalyticsQuery::recommendations(const AnalyticsReport &r,
                                                          QList<Recommendation> *out) const
{
    out->clear();
    m_cancelled = false;
    const AnalyticsFilter &filter = r.filter;
    QHash<QString, Endpoint> endpoints;
    const StoreResult<QList<Endpoint>> stored =
        EndpointRepository(m_store).list(filter.environment);
    if (!stored)
        return stored.error();
    for (const Endpoint &e : *stored)
        endpoints.insert(e.id, e);
    AnalyticsRepository::RecentOutcomes recentOutcomes(m_store);
    for (const EndpointSummary &s : std::as_const(r.endpoints)) {
        if (stopRequested()) {
            out->clear();
            return cancelledError();
        }
        const qint64 total = s.outcomes.total();
        if (s.latency.count >= kRecommendationMinAttempts) {
            const double limit = 0.7 * 1000.0 * s.timeoutSeconds;
            if (s.latency.p95Ms > limit) {
                Recommendation rec;
                rec.kind = Recommendation::Kind::SlowP95;
                rec.setting = Recommendation::Setting::Timeout;
                rec.endpointId = s.endpointId;
                rec.observed = s.latency.p95Ms;
                rec.threshold = limit;
                rec.total = s.latency.count;
                *out << rec;
            }
        }
        const qint64 tooMany = s.outcomes.count(OutcomeClass::Http429);
        if (tooMany >= kRecommendationMinEvents &&
            double(tooMany) >= kFrequent429Share * double(total)) {
            Recommendation rec;
            rec.kind = Recommendation::Kind::Frequent429;
            rec.setting = Recommendation::Setting::RateLimit;
            rec.endpointId = s.endpointId;
            rec.observed = double(tooMany) / double(total);
            rec.threshold = kFrequent429Share;
            rec.count = tooMany;
            rec.total = total;
            *out << rec;
        }
        const auto definiteFault = [&](OutcomeClass outcome, Recommendation::Kind kind,
                                       Recommendation::Setting setting) {
            const qint64 failures = s.outcomes.count(outcome);
            if (failures < kDefiniteFaultMinFailures)
                return;
            Recommendation rec;
            rec.kind = kind;
            rec.setting = setting;
            rec.endpointId = s.endpointId;
            rec.observed = double(failures) / double(total);
            rec.count = failures;
            rec.total = total;
            *out << rec;
        };
        definiteFault(OutcomeClass::Tls, Recommendation::Kind::TlsFailures,
                      Recommendation::Setting::TrustedCertificates);
        definiteFault(OutcomeClass::InvalidResponse, Recommendation::Kind::InvalidResponses,
                      Recommendation::Setting::Url);
        // Most failing deliveries recover, and nearly all of those by attempt N: the schedule
        // after N mostly waits for dead letters.
        const RetryAnalysis &retries = s.retries;
        const qint64 failing = retries.recovered + retries.dead;
        const qint64 deliveries = retries.succeededFirstTry + failing;
        if (retries.recovered >= kRecommendationMinEvents &&
            double(failing) >= kFailingDeliveriesShare * double(deliveries) &&
            retries.recoveredShare() >= kRecoveredShare) {
            qint64 seen = 0;
            int n = 1;
            for (; n <= retries.succeededAtAttempt.size(); ++n) {
                if (n >= 2)
                    seen += retries.succeededAtAttempt[n - 1];
                if (double(seen) >= kRecoveredByShare * double(retries.recovered))
                    break;
            }
            Recommendation rec;
            rec.kind = Recommendation::Kind::RecoversByAttempt;
            rec.setting = Recommendation::Setting::RetrySchedule;
            rec.endpointId = s.endpointId;
            rec.observed = double(seen) / double(retries.recovered);
            rec.threshold = kRecoveredByShare;
            rec.count = retries.recovered;
            rec.total = retries.recovered + retries.dead;
            rec.attemptNumber = n;
            *out << rec;
        }
        // Close to auto-pause: judged on the endpoint's most recent attempts up to the end of
        // the range, the way the engine judges them (interrupted attempts do not count).
        const auto e = endpoints.constFind(s.endpointId);
        if (e == endpoints.cend() || e->state != EndpointState::Active)
            continue;
        const int failureLimit =
            e->autoPause.consecutiveFailures.value_or(AutoPausePolicy::kDefaultConsecutiveFailures);
        const int timeoutPercent =
            e->autoPause.timeoutPercent.value_or(AutoPausePolicy::kDefaultTimeoutPercent);
        const int window = std::max(failureLimit, AutoPause::kTimeoutWindow);
        QList<OutcomeClass> recent; // newest first, interrupted ones left out
        // Twice the window leaves room for interrupted attempts.
        qint64 newestAt = 0;
        const auto err =
            recentOutcomes.read(s.endpointId, filter.to.toMSecsSinceEpoch(), 2 * window,
                                [&](const AnalyticsRepository::RecentOutcome &o) {
                                    if (o.outcome && *o.outcome != OutcomeClass::Interrupted) {
                                        if (recent.isEmpty())
                                            newestAt = o.startedAtMs;
                                        recent << *o.outcome;
                                    }
                                    return recent.size() < window;
                                });
        if (err) {
            out->clear();
            return err;
        }
        // Failures that stopped before the range are not this range's advice.
        if (newestAt < filter.from.toMSecsSinceEpoch())
            continue;
        if (const auto rec = nearAutoPause(s.endpointId, recent, failureLimit, timeoutPercent))
            *out << *rec;
    }
    return std::nullopt;
}

} // namespace hookline
