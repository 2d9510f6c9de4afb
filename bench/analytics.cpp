// Analytics query speed (issue 7): every dashboard figure for a range from the rollups, against
// an exact SQL percentile over the raw attempts, in the same run. Seed first with hookline_seed.
//
//   analytics --db PATH [--env live|sandbox] [--runs 5]
#include "analytics/analyticsquery.h"
#include "store/connection.h"
#include "store/databaseinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hookline;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("db"), QStringLiteral("seeded database"), QStringLiteral("PATH")},
                  {QStringLiteral("env"), QStringLiteral("environment"),
                   QStringLiteral("live|sandbox"), QStringLiteral("sandbox")},
                  {QStringLiteral("no-exact"),
                   QStringLiteral("skip the exact percentile over raw attempts (a minute at 10M)")},
                  {QStringLiteral("runs"), QStringLiteral("timed runs per figure"),
                   QStringLiteral("N"), QStringLiteral("5")}});
    p.process(app);
    Connection c(p.value(QStringLiteral("db")), Connection::Mode::ReadOnly);
    if (auto err = c.open()) {
        std::fprintf(stderr, "analytics: %s\n", qPrintable(err->message));
        return 1;
    }
    QSqlDatabase db = c.database();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const qint64 attempts = scalar(db, QStringLiteral("SELECT count(*) FROM attempts"));
    const qint64 lastStart = scalar(db, QStringLiteral("SELECT max(started_at) FROM attempts"));
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(lastStart + 1, Qt::UTC);
    const StoreResult<DatabaseInfo> info = DatabaseInfo::read(c.store());
    const double mib = info ? double(info->sizeBytes) / 1048576.0 : 0.0;
    std::printf("database %s (%s): %lld attempts, %.1f MiB (%.1f MiB per million attempts)\n",
                qPrintable(c.path()), info ? qPrintable(info->backend) : "?", attempts, mib,
                mib / (double(attempts) / 1e6));
    QSqlQuery sizes(db);
    if (sizes.exec(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE "
                                  "'rollups_%' GROUP BY name ORDER BY name"))) {
        qint64 total = 0;
        while (sizes.next()) {
            std::printf("  %-16s %8.1f MiB\n", qPrintable(sizes.value(0).toString()),
                        double(sizes.value(1).toLongLong()) / 1048576.0);
            total += sizes.value(1).toLongLong();
        }
        std::printf("  rollups together %.1f MiB (%.2f MiB per million attempts)\n",
                    double(total) / 1048576.0,
                    double(total) / 1048576.0 / (double(attempts) / 1e6));
    }

    AnalyticsQuery query(db);
    AnalyticsReport report;
    struct Range
    {
        const char *name;
        qint64 seconds;
        qint64 dashboardBucket; // the point width the dashboard asks for (DashboardPage)
    } ranges[] = {
        {"1h", 3600, 60}, {"24h", 86400, 900}, {"7d", 7 * 86400, 3600}, {"30d", 30 * 86400, 86400}};
    double thirtyDays = 0;
    for (const Range &r : ranges) {
        // The query's own choice of points (≤ 200), then the dashboard's.
        for (const qint64 bucket : {qint64(0), r.dashboardBucket}) {
            AnalyticsFilter f;
            f.environment = environmentFromString(p.value(QStringLiteral("env")))
                                .value_or(Environment::Sandbox);
            f.to = to;
            f.from = to.addSecs(-r.seconds);
            f.bucketSeconds = bucket;
            std::vector<double> times;
            double first = 0;
            for (int i = 0; i <= runs; ++i) {
                QElapsedTimer t;
                t.start();
                QList<Recommendation> recs;
                if (query.report(f, &report) || query.recommendations(report, &recs)) {
                    std::fprintf(stderr, "analytics: query failed\n");
                    return 1;
                }
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (i == 0)
                    first = ms;
                else
                    times.push_back(ms);
            }
            const double m = median(times);
            // The slower of the two counts against the target.
            if (r.seconds == 30 * 86400)
                thirtyDays = std::max(thirtyDays, m);
            std::printf("range %-4s %-9s report + recommendations: median %7.1f ms (first %.1f "
                        "ms), %lld attempts, %lld series points of %llds, p95 %.1f ms\n",
                        r.name, bucket == 0 ? "(query)" : "(page)", m, first,
                        report.outcomes.total(), qlonglong(report.series.size()),
                        report.bucketSeconds, report.latency.p95Ms);
        }
    }

    // What the advice says for the 30 days (the last report made is the 30-day one).
    {
        QList<Recommendation> recs;
        if (query.recommendations(report, &recs))
            return 1;
        QHash<QString, QString> names;
        for (const EndpointSummary &e : std::as_const(report.endpoints))
            names.insert(e.endpointId, e.name);
        static const char *const kinds[] = {"slow p95", "frequent 429", "TLS failures",
                                            "recovers by attempt", "near auto-pause"};
        std::printf("recommendations for 30 d: %lld\n", qlonglong(recs.size()));
        for (const Recommendation &r : std::as_const(recs))
            std::printf("  %-20s %-20s observed %.3f threshold %.3f count %lld of %lld\n",
                        kinds[int(r.kind)], qPrintable(names.value(r.endpointId)), r.observed,
                        r.threshold, r.count, r.total);
    }
    if (p.isSet(QStringLiteral("no-exact")))
        return 0;

    // The exact answer from raw attempts: count, then the p95 row by ORDER BY ... OFFSET.
    const qint64 fromMs = to.addDays(-30).toMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE started_at >= ? AND "
                                 "started_at < ? AND duration_ms IS NOT NULL"));
    count.addBindValue(fromMs);
    count.addBindValue(to.toMSecsSinceEpoch());
    if (!count.exec() || !count.next())
        return 1;
    const qint64 n = count.value(0).toLongLong();
    QSqlQuery exact(db);
    exact.prepare(QStringLiteral("SELECT duration_ms FROM attempts WHERE started_at >= ? AND "
                                 "started_at < ? AND duration_ms IS NOT NULL ORDER BY duration_ms "
                                 "LIMIT 1 OFFSET ?"));
    exact.addBindValue(fromMs);
    exact.addBindValue(to.toMSecsSinceEpoch());
    exact.addBindValue(std::max<qint64>(0, (n * 95 + 99) / 100 - 1));
    if (!exact.exec() || !exact.next())
        return 1;
    const double exactMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("exact SQL p95 over raw attempts, 30 d: %.1f ms (p95 = %lld ms over %lld "
                "attempts)\n",
                exactMs, exact.value(0).toLongLong(), n);
    std::printf("rollups: every figure for 30 d in %.1f ms, %.0fx faster than one exact "
                "percentile\n",
                thirtyDays, exactMs / thirtyDays);
    return 0;
}
