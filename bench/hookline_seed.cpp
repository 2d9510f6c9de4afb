// Synthetic delivery history for the analytics benchmarks and the dashboard: events, deliveries,
// attempts and rollups, recorded through DeliveryQueue::complete (the engine's own completion
// path, rollups included), so the rollups are exactly what the engine would have written.
//
//   hookline_seed --db PATH [--attempts N] [--days D] [--endpoints E] [--env live|sandbox]
//                 [--end ISO] [--seed S]
//
// Volume follows a daily curve (peak mid-afternoon UTC); endpoint 1 is slow (p95 near its
// timeout), 2 is flaky (503s, 429s, timeouts, a few permanent 410s that end as dead letters),
// 3 has TLS failures, every fourth has outages of 30 min to 6 h; the rest are healthy with
// different typical latencies. Event types follow the catalog, weighted.
#include "analytics/rollupwriter.h"
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "domain/ids.h"
#include "domain/retryschedule.h"
#include "engine/deliveryqueue.h"
#include "events/eventcatalog.h"
#include "store/connection.h"
#include "store/databaseinfo.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <cstdio>
#include <random>

using namespace hookline;

namespace {

struct Profile
{
    QString name;
    double medianMs = 120;
    double sigma = 0.6;
    double p5xx = 0.003;
    double p429 = 0;
    double pTimeout = 0.001;
    double pTls = 0;
    double pConnect = 0.0005;
    double pGone = 0; // permanent 410: retried until dead
    double weight = 1;
    QList<QPair<qint64, qint64>> outages; // [start, end) ms
};

struct Draw
{
    OutcomeClass outcome;
    int status;
    qint64 durationMs;
};

constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

int main(int argc, char *argv[])
{
    // Configuration written here is audited like everywhere else; a benchmark has no keychain,
    // so it signs its audit chain with a throwaway key.
    hookline::AuditLog::setKey(QByteArray(32, 'b'));
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("PATH")},
                  {QStringLiteral("attempts"), QStringLiteral("attempts to write"),
                   QStringLiteral("N"), QStringLiteral("100000")},
                  {QStringLiteral("days"), QStringLiteral("days of history ending at --end"),
                   QStringLiteral("D"), QStringLiteral("30")},
                  {QStringLiteral("endpoints"), QStringLiteral("endpoints"), QStringLiteral("E"),
                   QStringLiteral("12")},
                  {QStringLiteral("env"), QStringLiteral("environment"),
                   QStringLiteral("live|sandbox"), QStringLiteral("sandbox")},
                  {QStringLiteral("end"), QStringLiteral("end of the history (default: now)"),
                   QStringLiteral("ISO")},
                  {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"),
                   QStringLiteral("1")},
                  {QStringLiteral("via-queue"),
                   QStringLiteral("record every attempt through DeliveryQueue::complete (the "
                                  "engine's path; about 3x slower)")}});
    p.process(app);
    if (!p.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "hookline_seed: --db PATH is required\n");
        return 2;
    }
    const qint64 targetAttempts = p.value(QStringLiteral("attempts")).toLongLong();
    const int days = p.value(QStringLiteral("days")).toInt();
    const int endpointCount = p.value(QStringLiteral("endpoints")).toInt();
    const std::optional<Environment> env = environmentFromString(p.value(QStringLiteral("env")));
    if (targetAttempts < 1 || days < 1 || endpointCount < 1 || !env) {
        std::fprintf(stderr, "hookline_seed: bad --attempts, --days, --endpoints or --env\n");
        return 2;
    }
    QDateTime end = p.isSet(QStringLiteral("end"))
                        ? QDateTime::fromString(p.value(QStringLiteral("end")), Qt::ISODate)
                        : QDateTime::currentDateTimeUtc();
    if (!end.isValid()) {
        std::fprintf(stderr, "hookline_seed: bad --end\n");
        return 2;
    }
    const qint64 endMs = end.toMSecsSinceEpoch() / kMinuteMs * kMinuteMs;
    const qint64 startMs = endMs - qint64(days) * 24 * 3600 * 1000;
    std::mt19937_64 rng(p.value(QStringLiteral("seed")).toULongLong());
    const bool viaQueue = p.isSet(QStringLiteral("via-queue"));

    Connection c(p.value(QStringLiteral("db")));
    if (auto err = c.open()) {
        std::fprintf(stderr, "hookline_seed: %s\n", qPrintable(err->message));
        return 1;
    }
    QSqlDatabase db = c.database();
    // A seeding tool, not the engine: a crash here only loses the seed being written.
    const bool sqlite = c.dialect() == Store::Dialect::Sqlite;
    if (sqlite) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -524288"));
    } else {
        QSqlQuery(db).exec(QStringLiteral("SET synchronous_commit = off"));
    }

    // Endpoints and their behaviour.
    QList<Profile> profiles;
    QStringList endpointIds;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < endpointCount; ++i) {
        Profile pr;
        pr.name = QStringLiteral("seed-%1").arg(i + 1);
        pr.medianMs = 40 + 30 * (i % 7) + 20 * unit(rng);
        pr.weight = 1.0 / std::pow(i + 1, 0.7);
        if (i == 0) {
            pr.name = QStringLiteral("seed-slow");
            pr.medianMs = 3500;
            pr.sigma = 0.45;
        } else if (i == 1) {
            pr.name = QStringLiteral("seed-flaky");
            pr.p5xx = 0.08;
            pr.p429 = 0.06;
            pr.pTimeout = 0.03;
            pr.pGone = 0.002;
        } else if (i == 2) {
            pr.name = QStringLiteral("seed-tls");
            pr.pTls = 0.02;
        }
        if (i % 4 == 3) {
            pr.name = QStringLiteral("seed-outages-%1").arg(i + 1);
            const int outages = 1 + int(rng() % 3);
            for (int o = 0; o < outages; ++o) {
                const qint64 len = (30 + qint64(rng() % 330)) * kMinuteMs;
                const qint64 at = startMs + qint64(unit(rng) * double(endMs - startMs - len));
                pr.outages << qMakePair(at, at + len);
            }
        }
        Endpoint e;
        e.name = pr.name;
        e.environment = *env;
        e.url = QUrl(QStringLiteral("https://hooks%1.example.com/webhook").arg(i + 1));
        const auto created = EndpointService(db).create(e);
        if (!created.ok()) {
            std::fprintf(stderr, "hookline_seed: endpoint refused\n");
            return 1;
        }
        endpointIds << created.endpoint.id;
        profiles << pr;
    }
    std::vector<double> endpointWeights;
    for (const Profile &pr : std::as_const(profiles))
        endpointWeights.push_back(pr.weight);
    std::discrete_distribution<int> pickEndpoint(endpointWeights.begin(), endpointWeights.end());
    const QStringList types = EventCatalog().types();
    std::vector<double> typeWeights;
    for (int i = 0; i < types.size(); ++i)
        typeWeights.push_back(1.0 / (i + 1));
    std::discrete_distribution<int> pickType(typeWeights.begin(), typeWeights.end());

    auto diurnal = [](qint64 ms) {
        const double hour = double((ms / kMinuteMs) % (24 * 60)) / 60.0;
        return 0.3 + 0.7 * (1 - std::cos(2 * M_PI * (hour - 3) / 24)) / 2;
    };
    double totalWeight = 0;
    for (qint64 m = startMs; m < endMs; m += kMinuteMs)
        totalWeight += diurnal(m);
    // Deliveries per unit of the daily curve, re-estimated every day from the attempts per
    // delivery seen so far (about 1.05 here): a fixed guess of 1.08 ended a 10M seed at 9.7M.
    double perWeight = double(targetAttempts) / 1.08 / totalWeight;
    double weightDone = 0;

    const RetrySchedule schedule;
    std::normal_distribution<double> normal(0.0, 1.0);
    auto draw = [&](const Profile &pr, qint64 at) {
        for (const auto &o : pr.outages)
            if (at >= o.first && at < o.second) {
                const double u = unit(rng);
                if (u < 0.6)
                    return Draw{OutcomeClass::Connect, 0, 5 + qint64(rng() % 30)};
                if (u < 0.9)
                    return Draw{OutcomeClass::Http5xx, 503, 10 + qint64(rng() % 40)};
                return Draw{OutcomeClass::Timeout, 0, 10000};
            }
        const double u = unit(rng);
        double acc = 0;
        if (u < (acc += pr.pGone))
            return Draw{OutcomeClass::Http4xx, 410, 30 + qint64(rng() % 50)};
        if (u < (acc += pr.p5xx))
            return Draw{OutcomeClass::Http5xx, rng() % 3 == 0 ? 500 : 503,
                        20 + qint64(rng() % 200)};
        if (u < (acc += pr.p429))
            return Draw{OutcomeClass::Http429, 429, 5 + qint64(rng() % 20)};
        if (u < (acc += pr.pTimeout))
            return Draw{OutcomeClass::Timeout, 0, 10000};
        if (u < (acc += pr.pTls))
            return Draw{OutcomeClass::Tls, 0, 15 + qint64(rng() % 30)};
        if (u < (acc += pr.pConnect))
            return Draw{OutcomeClass::Connect, 0, 3 + qint64(rng() % 20)};
        const double ms = pr.medianMs * std::exp(pr.sigma * normal(rng));
        if (ms >= 10000)
            return Draw{OutcomeClass::Timeout, 0, 10000};
        return Draw{OutcomeClass::Success, rng() % 10 == 0 ? 204 : 200,
                    std::max<qint64>(1, qint64(ms))};
    };

    QSqlQuery insertEvent(db);
    insertEvent.prepare(QStringLiteral("INSERT INTO events (id, environment, type, created_at, "
                                       "source, payload) VALUES (?, ?, ?, ?, 'api', ?)"));
    QSqlQuery insertDelivery(db);
    insertDelivery.prepare(QStringLiteral(
        "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
        "idempotency_key, status, attempt_count, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'in_flight', ?, ?, ?)"));
    QSqlQuery insertAttempt(db);
    insertAttempt.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, "
                                         "started_at) VALUES (?, ?, ?, ?)"));
    // The fast path writes finished attempts directly and feeds the same RollupWriter the
    // engine's completion path feeds, with the same samples.
    QSqlQuery insertFinished(db);
    insertFinished.prepare(
        QStringLiteral(
            "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, duration_ms, "
            "outcome, http_status, request_headers, response_headers, response_body, "
            "connected_address, error) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', '[]', %1, '', '')")
            .arg(sqlite ? QStringLiteral("x''") : QStringLiteral("CAST('' AS BYTEA)")));
    QSqlQuery finishDelivery(db);
    finishDelivery.prepare(QStringLiteral("UPDATE deliveries SET status = ?, next_attempt_at = ?, "
                                          "last_outcome = ?, last_http_status = ?, updated_at = ? "
                                          "WHERE id = ?"));
    RollupWriter rollups(db);
    DeliveryQueue queue(db);
    const QString envText = toString(*env);
    const QByteArray payload("{\"seeded\":true}");

    QElapsedTimer timer;
    timer.start();
    qint64 attempts = 0;
    qint64 deliveries = 0;
    double carry = 0;
    // One completion batch per day: the engine's group commit, only larger, so each rollup row
    // of the day is written once.
    QList<DeliveryQueue::Completion> batch;
    auto fail = [](const QString &what) {
        std::fprintf(stderr, "hookline_seed: %s\n", qPrintable(what));
        return 1;
    };
    for (qint64 dayStart = startMs; dayStart < endMs && attempts < targetAttempts;
         dayStart += 24 * 3600 * 1000) {
        Transaction tx(db);
        if (tx.error())
            return fail(tx.error()->message);
        if (deliveries > 0 && weightDone < totalWeight)
            perWeight = double(targetAttempts - attempts) /
                        (double(attempts) / double(deliveries)) / (totalWeight - weightDone);
        const qint64 dayEnd = std::min(endMs, dayStart + 24 * 3600 * 1000);
        for (qint64 m = dayStart; m < dayEnd && attempts < targetAttempts; m += kMinuteMs) {
            weightDone += diurnal(m);
            carry += perWeight * diurnal(m);
            const int n = int(carry);
            carry -= n;
            for (int k = 0; k < n && attempts < targetAttempts; ++k) {
                const int ep = pickEndpoint(rng);
                const Profile &pr = profiles[ep];
                const QString type = types[pickType(rng)];
                const qint64 created = m + qint64(rng() % kMinuteMs);
                const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
                const QString eventId = Ids::make(u"evt_", createdAt);
                const QString deliveryId = Ids::make(u"dlv_", createdAt);
                // The delivery's attempts, until success, death or the end of the history.
                struct Planned
                {
                    qint64 at;
                    Draw d;
                };
                QList<Planned> plan;
                qint64 at = created;
                DeliveryStatus last = DeliveryStatus::Retrying;
                qint64 nextAt = 0;
                bool gone = false; // a 410 stays a 410: the delivery ends as a dead letter
                for (int number = 1;; ++number) {
                    const Draw d = gone ? Draw{OutcomeClass::Http4xx, 410, 30} : draw(pr, at);
                    gone = d.status == 410;
                    plan << Planned{at, d};
                    if (d.outcome == OutcomeClass::Success) {
                        last = DeliveryStatus::Succeeded;
                        break;
                    }
                    const auto delay = schedule.delayBefore(number + 1);
                    if (!delay) {
                        last = DeliveryStatus::Dead;
                        break;
                    }
                    nextAt = at + d.durationMs + delay->count();
                    if (nextAt >= endMs)
                        break;
                    at = nextAt;
                }
                insertEvent.addBindValue(eventId);
                insertEvent.addBindValue(envText);
                insertEvent.addBindValue(type);
                insertEvent.addBindValue(created);
                insertEvent.addBindValue(payload);
                if (!insertEvent.exec())
                    return fail(insertEvent.lastError().text());
                insertDelivery.addBindValue(deliveryId);
                insertDelivery.addBindValue(eventId);
                insertDelivery.addBindValue(endpointIds[ep]);
                insertDelivery.addBindValue(envText);
                insertDelivery.addBindValue(type);
                insertDelivery.addBindValue(QString(QStringLiteral("idk_") + deliveryId));
                insertDelivery.addBindValue(int(plan.size()));
                insertDelivery.addBindValue(created);
                insertDelivery.addBindValue(created);
                if (!insertDelivery.exec())
                    return fail(insertDelivery.lastError().text());
                ++deliveries;
                for (int i = 0; i < plan.size() && !viaQueue; ++i) {
                    insertFinished.addBindValue(deliveryId);
                    insertFinished.addBindValue(endpointIds[ep]);
                    insertFinished.addBindValue(i + 1);
                    insertFinished.addBindValue(plan[i].at);
                    insertFinished.addBindValue(plan[i].d.durationMs);
                    insertFinished.addBindValue(toString(plan[i].d.outcome));
                    insertFinished.addBindValue(plan[i].d.status);
                    if (!insertFinished.exec())
                        return fail(insertFinished.lastError().text());
                    RollupWriter::Sample sample;
                    sample.environment = *env;
                    sample.endpointId = endpointIds[ep];
                    sample.eventType = type;
                    sample.startedAtMs = plan[i].at;
                    sample.attemptNumber = i + 1;
                    sample.outcome = plan[i].d.outcome;
                    sample.httpStatus = plan[i].d.status;
                    sample.durationMs = plan[i].d.durationMs;
                    sample.deadLettered = i + 1 == plan.size() && last == DeliveryStatus::Dead;
                    rollups.add(sample);
                    ++attempts;
                }
                if (!viaQueue) {
                    const Planned &final = plan.last();
                    finishDelivery.addBindValue(toString(last));
                    finishDelivery.addBindValue(last == DeliveryStatus::Retrying
                                                    ? QVariant(nextAt)
                                                    : QVariant(QMetaType::fromType<qint64>()));
                    finishDelivery.addBindValue(toString(final.d.outcome));
                    finishDelivery.addBindValue(final.d.status > 0
                                                    ? QVariant(final.d.status)
                                                    : QVariant(QMetaType::fromType<int>()));
                    finishDelivery.addBindValue(final.at + final.d.durationMs);
                    finishDelivery.addBindValue(deliveryId);
                    if (!finishDelivery.exec())
                        return fail(finishDelivery.lastError().text());
                }
                for (int i = 0; i < plan.size() && viaQueue; ++i) {
                    insertAttempt.addBindValue(deliveryId);
                    insertAttempt.addBindValue(endpointIds[ep]);
                    insertAttempt.addBindValue(i + 1);
                    insertAttempt.addBindValue(plan[i].at);
                    if (!insertAttempt.exec())
                        return fail(insertAttempt.lastError().text());
                    DeliveryQueue::Completion done;
                    done.attemptId = insertAttempt.lastInsertId().toLongLong();
                    done.deliveryId = deliveryId;
                    done.outcome = plan[i].d.outcome;
                    done.httpStatus = plan[i].d.status;
                    done.durationMs = plan[i].d.durationMs;
                    done.finishedAt =
                        QDateTime::fromMSecsSinceEpoch(plan[i].at + plan[i].d.durationMs, Qt::UTC);
                    const bool isLast = i + 1 == plan.size();
                    done.nextStatus = isLast ? last : DeliveryStatus::Retrying;
                    if (isLast && last == DeliveryStatus::Retrying)
                        done.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(nextAt, Qt::UTC);
                    batch << done;
                    ++attempts;
                }
            }
        }
        if (auto err = queue.complete(batch))
            return fail(err->message);
        batch.clear();
        if (auto err = rollups.flush())
            return fail(err->message);
        if (auto err = tx.commit())
            return fail(err->message);
        std::fprintf(stderr, "\r%lld attempts, %lld deliveries, %.0f s", attempts, deliveries,
                     double(timer.elapsed()) / 1000);
    }
    if (sqlite)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    else
        QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));
    const double seconds = double(timer.elapsed()) / 1000;
    const StoreResult<DatabaseInfo> info = DatabaseInfo::read(c.store());
    const qint64 bytes = info ? info->sizeBytes : 0;
    std::printf("\nseeded %lld attempts (%lld deliveries, %d endpoints, %d days, env %s) in %.1f "
                "s (%.0f attempts/s); database %.1f MiB, %.1f MiB per million attempts\n",
                attempts, deliveries, endpointCount, days, qPrintable(envText), seconds,
                double(attempts) / seconds, double(bytes) / 1048576.0,
                double(bytes) / 1048576.0 / (double(attempts) / 1e6));
    return 0;
}
