#include "commands/statscommand.h"

#include "analytics/analyticsquery.h"
#include "command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hookline::cli {

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString kindName(Recommendation::Kind kind)
{
    switch (kind) {
    case Recommendation::Kind::SlowP95:
        return QStringLiteral("slow_p95");
    case Recommendation::Kind::Frequent429:
        return QStringLiteral("frequent_429");
    case Recommendation::Kind::TlsFailures:
        return QStringLiteral("tls_failures");
    case Recommendation::Kind::RecoversByAttempt:
        return QStringLiteral("recovers_by_attempt");
    case Recommendation::Kind::NearAutoPause:
        return QStringLiteral("near_auto_pause");
    case Recommendation::Kind::InvalidResponses:
        return QStringLiteral("invalid_responses");
    }
    return {};
}

QString settingName(Recommendation::Setting setting)
{
    switch (setting) {
    case Recommendation::Setting::Timeout:
        return QStringLiteral("timeout");
    case Recommendation::Setting::RateLimit:
        return QStringLiteral("rate_limit");
    case Recommendation::Setting::TrustedCertificates:
        return QStringLiteral("trusted_certificates");
    case Recommendation::Setting::RetrySchedule:
        return QStringLiteral("retry_schedule");
    case Recommendation::Setting::AutoPause:
        return QStringLiteral("auto_pause");
    case Recommendation::Setting::Url:
        return QStringLiteral("url");
    }
    return {};
}

QString advice(const Recommendation &r)
{
    const QString pct = QStringLiteral("%1 %");
    switch (r.kind) {
    case Recommendation::Kind::SlowP95:
        return QStringLiteral("p95 latency %1 ms is above 70 % of the timeout (%2 ms) over %3 "
                              "attempts: speed up the receiver or raise the timeout "
                              "(hooklinectl endpoint update %4 --timeout S)")
            .arg(qRound64(r.observed))
            .arg(qRound64(r.threshold))
            .arg(r.total)
            .arg(r.endpointId);
    case Recommendation::Kind::Frequent429:
        return QStringLiteral("%1 of %2 attempts (%3) were answered 429 Too Many Requests: set a "
                              "rate limit (hooklinectl endpoint update %4 --rate-limit N)")
            .arg(r.count)
            .arg(r.total)
            .arg(pct.arg(round2(r.observed * 100)))
            .arg(r.endpointId);
    case Recommendation::Kind::TlsFailures:
        return QStringLiteral("%1 of %2 attempts failed in TLS: check the receiver's certificate "
                              "or trust its CA (hooklinectl tls trust CA.pem)")
            .arg(r.count)
            .arg(r.total);
    case Recommendation::Kind::RecoversByAttempt:
        return QStringLiteral("%1 of %2 failing deliveries recovered, %3 of them by attempt %4: "
                              "the retry schedule after attempt %4 mostly waits for dead letters "
                              "(hooklinectl endpoint update %5 --max-retries N)")
            .arg(r.count)
            .arg(r.total)
            .arg(pct.arg(round2(r.observed * 100)))
            .arg(r.attemptNumber)
            .arg(r.endpointId);
    case Recommendation::Kind::NearAutoPause:
        return QStringLiteral("close to auto-pause: %1 against a limit of %2 in the last %3 "
                              "attempts; look at the receiver before it is paused")
            .arg(round2(r.observed))
            .arg(round2(r.threshold))
            .arg(r.total);
    case Recommendation::Kind::InvalidResponses:
        return QStringLiteral("%1 of %2 attempts got an answer that is not valid HTTP/1.x: look "
                              "at the receiver's HTTP server or the proxy in front of it, not the "
                              "network, and check that the URL's port serves HTTPS (each "
                              "attempt's error: hooklinectl delivery show ID)")
            .arg(r.count)
            .arg(r.total);
    }
    return {};
}

QJsonObject outcomesJson(const OutcomeCounts &o)
{
    QJsonObject obj;
    for (int i = 0; i < kOutcomeClassCount; ++i)
        obj.insert(toString(OutcomeClass(i)), o.byClass[size_t(i)]);
    return obj;
}

void addFigures(QJsonObject &obj, const OutcomeCounts &o, const LatencySummary &l)
{
    obj.insert(QStringLiteral("attempts"), o.total());
    obj.insert(QStringLiteral("success_rate"), o.successRate());
    obj.insert(QStringLiteral("avg_ms"), round2(l.avgMs));
    obj.insert(QStringLiteral("p50_ms"), round2(l.p50Ms));
    obj.insert(QStringLiteral("p95_ms"), round2(l.p95Ms));
    obj.insert(QStringLiteral("p99_ms"), round2(l.p99Ms));
    obj.insert(QStringLiteral("outcomes"), outcomesJson(o));
}

QJsonObject retriesJson(const RetryAnalysis &r)
{
    QJsonArray at;
    for (qint64 n : r.succeededAtAttempt)
        at.append(n);
    return {{QStringLiteral("succeeded_at_attempt"), at},
            {QStringLiteral("succeeded_first_try"), r.succeededFirstTry},
            {QStringLiteral("recovered"), r.recovered},
            {QStringLiteral("dead"), r.dead},
            {QStringLiteral("recovered_share"), r.recoveredShare()}};
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

int stats(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    AnalyticsFilter f;
    f.environment = ctx.environment();
    f.to = QDateTime::currentDateTimeUtc();
    qint64 rangeSeconds = 24 * 3600;
    if (p.isSet(QStringLiteral("range"))) {
        static const QList<QPair<QString, qint64>> kRanges = {
            {QStringLiteral("1h"), 3600},
            {QStringLiteral("24h"), 24 * 3600},
            {QStringLiteral("7d"), 7 * 24 * 3600},
            {QStringLiteral("30d"), 30 * 24 * 3600}};
        const QString text = p.value(QStringLiteral("range"));
        rangeSeconds = 0;
        for (const auto &[name, seconds] : kRanges)
            if (name == text)
                rangeSeconds = seconds;
        if (rangeSeconds == 0)
            return ctx.fail(QStringLiteral("--range must be one of 1h, 24h, 7d, 30d"), ExitUsage);
    }
    if (p.isSet(QStringLiteral("to"))) {
        f.to = ctx.parseTime(QStringLiteral("to"), p.value(QStringLiteral("to")));
        if (!f.to.isValid())
            return ExitUsage;
    }
    f.from = f.to.addSecs(-rangeSeconds);
    if (p.isSet(QStringLiteral("from"))) {
        f.from = ctx.parseTime(QStringLiteral("from"), p.value(QStringLiteral("from")));
        if (!f.from.isValid())
            return ExitUsage;
    }
    if (f.from >= f.to)
        return ctx.fail(QStringLiteral("--from must be before --to"), ExitUsage);
    f.endpointIds = p.values(QStringLiteral("endpoint"));
    f.eventTypes = p.values(QStringLiteral("type"));

    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    AnalyticsQuery query(store->database());
    AnalyticsReport r;
    if (auto err = query.report(f, &r))
        return ctx.fail(err->message);
    QList<Recommendation> recs;
    if (auto err = query.recommendations(r, &recs))
        return ctx.fail(err->message);

    if (ctx.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("environment"), toString(f.environment));
        o.insert(QStringLiteral("from"), f.from.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("to"), f.to.toUTC().toString(Qt::ISODateWithMs));
        addFigures(o, r.outcomes, r.latency);
        QJsonArray statuses;
        for (const StatusCount &s : std::as_const(r.statuses))
            statuses.append(QJsonObject{{QStringLiteral("http_status"), s.httpStatus},
                                        {QStringLiteral("count"), s.count}});
        o.insert(QStringLiteral("statuses"), statuses);
        o.insert(QStringLiteral("retries"), retriesJson(r.retries));
        QJsonArray endpoints;
        for (const EndpointSummary &e : std::as_const(r.endpoints)) {
            QJsonObject eo{{QStringLiteral("id"), e.endpointId},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("paused"), e.paused},
                           {QStringLiteral("previous_attempts"), e.previousVolume},
                           {QStringLiteral("previous_success_rate"), e.previousSuccessRate},
                           {QStringLiteral("previous_p95_ms"), round2(e.previousP95Ms)}};
            addFigures(eo, e.outcomes, e.latency);
            eo.insert(QStringLiteral("retries"), retriesJson(e.retries));
            endpoints.append(eo);
        }
        o.insert(QStringLiteral("endpoints"), endpoints);
        QJsonArray types;
        for (const EventTypeSummary &t : std::as_const(r.eventTypes)) {
            QJsonObject to{{QStringLiteral("type"), t.eventType}};
            addFigures(to, t.outcomes, t.latency);
            types.append(to);
        }
        o.insert(QStringLiteral("event_types"), types);
        QJsonArray ra;
        for (const Recommendation &rec : std::as_const(recs))
            ra.append(QJsonObject{{QStringLiteral("kind"), kindName(rec.kind)},
                                  {QStringLiteral("setting"), settingName(rec.setting)},
                                  {QStringLiteral("endpoint_id"), rec.endpointId},
                                  {QStringLiteral("observed"), rec.observed},
                                  {QStringLiteral("threshold"), rec.threshold},
                                  {QStringLiteral("count"), rec.count},
                                  {QStringLiteral("total"), rec.total},
                                  {QStringLiteral("attempt_number"), rec.attemptNumber},
                                  {QStringLiteral("advice"), advice(rec)}});
        o.insert(QStringLiteral("recommendations"), ra);
        ctx.printJson(o);
        return ExitOk;
    }

    QTextStream &out = ctx.out();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    out << "range          " << f.from.toTimeZone(zone).toString(Qt::ISODate) << " – "
        << f.to.toTimeZone(zone).toString(Qt::ISODate) << " (" << toString(f.environment)
        << ")\nattempts       " << r.outcomes.total() << "\nsuccess rate   "
        << percent(r.outcomes.successRate()) << "\nlatency        avg " << ms(r.latency.avgMs)
        << " ms, p50 " << ms(r.latency.p50Ms) << " ms, p95 " << ms(r.latency.p95Ms) << " ms, p99 "
        << ms(r.latency.p99Ms) << " ms\noutcomes      ";
    for (int i = 0; i < kOutcomeClassCount; ++i)
        if (const qint64 n = r.outcomes.byClass[size_t(i)])
            out << ' ' << toString(OutcomeClass(i)) << ' ' << n;
    out << "\nHTTP statuses ";
    for (const StatusCount &s : std::as_const(r.statuses))
        out << ' ' << (s.httpStatus ? QString::number(s.httpStatus) : QStringLiteral("none")) << ' '
            << s.count;
    out << "\nretries        " << r.retries.succeededFirstTry << " succeeded first time, "
        << r.retries.recovered << " recovered, " << r.retries.dead << " dead ("
        << percent(r.retries.recoveredShare()) << " recovered)\n\n";
    out.flush();
    QList<QStringList> rows;
    for (const EndpointSummary &e : std::as_const(r.endpoints))
        rows << QStringList{e.endpointId,
                            e.name,
                            QString::number(e.volume),
                            percent(e.outcomes.successRate()),
                            ms(e.latency.avgMs),
                            ms(e.latency.p95Ms),
                            QString::number(e.previousVolume),
                            e.paused ? QStringLiteral("paused") : QStringLiteral("active")};
    ctx.printTable({QStringLiteral("ENDPOINT"), QStringLiteral("NAME"), QStringLiteral("ATTEMPTS"),
                    QStringLiteral("SUCCESS"), QStringLiteral("AVG MS"), QStringLiteral("P95 MS"),
                    QStringLiteral("PREVIOUS"), QStringLiteral("STATE")},
                   rows);
    rows.clear();
    for (const EventTypeSummary &t : std::as_const(r.eventTypes))
        rows << QStringList{t.eventType, QString::number(t.volume),
                            percent(t.outcomes.successRate()), ms(t.latency.avgMs),
                            ms(t.latency.p95Ms)};
    out << '\n';
    out.flush();
    ctx.printTable({QStringLiteral("EVENT TYPE"), QStringLiteral("ATTEMPTS"),
                    QStringLiteral("SUCCESS"), QStringLiteral("AVG MS"), QStringLiteral("P95 MS")},
                   rows);
    if (!recs.isEmpty()) {
        out << "\nRecommendations:\n";
        for (const Recommendation &rec : std::as_const(recs))
            out << "  " << rec.endpointId << ": " << advice(rec) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

void registerStatsCommand(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("stats")},
         QStringLiteral("[--range 1h|24h|7d|30d] [--from T] [--to T] [--endpoint ID]… [--type T]…"),
         QStringLiteral("Success rate, latency percentiles, outcomes, retries, recommendations."),
         QStringLiteral("Figures come from the per-minute rollups (latency percentiles within "
                        "2 %). The range is [from, to) in whole minutes; times are ISO 8601 or "
                        "ages (24h, 7d). --json prints success_rate, avg_ms, p50_ms, p95_ms, "
                        "p99_ms, outcomes, statuses, retries, endpoints, event_types and "
                        "recommendations."),
         {QCommandLineOption(QStringLiteral("range"),
                             QStringLiteral("1h, 24h (default), 7d or 30d, ending now or at --to."),
                             QStringLiteral("R")),
          QCommandLineOption(QStringLiteral("from"), QStringLiteral("Start of the range."),
                             QStringLiteral("T")),
          QCommandLineOption(QStringLiteral("to"),
                             QStringLiteral("End of the range (default now)."),
                             QStringLiteral("T")),
          QCommandLineOption(QStringLiteral("endpoint"),
                             QStringLiteral("Only this endpoint (repeatable)."),
                             QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("type"),
                             QStringLiteral("Only this event type (repeatable)."),
                             QStringLiteral("T"))},
         0,
         0,
         stats});
}

} // namespace hookline::cli
