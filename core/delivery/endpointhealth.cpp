#include "delivery/endpointhealth.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace hookline {

Q_LOGGING_CATEGORY(lcHealth, "hookline.health")

EndpointHealth::EndpointHealth(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

std::optional<qint64> EndpointHealth::percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(percent / 100.0 * double(values.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, values.size() - 1);
    return values.at(index);
}

EndpointHealth::Figures EndpointHealth::query(const QString &endpointId) const
{
    Figures f;
    const qint64 since =
        m_clock.nowUtc().toMSecsSinceEpoch() -
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::hours(kWindow)).count();

    // The (endpoint_id, started_at) index serves all three reads.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT started_at, duration_ms, outcome FROM attempts "
                             "WHERE endpoint_id = ? AND started_at >= ? AND outcome IS NOT NULL "
                             "ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(endpointId);
    q.addBindValue(since);
    q.addBindValue(kMaxAttempts);
    if (!q.exec()) {
        qCWarning(lcHealth) << "health query failed:" << q.lastError().text();
        return f;
    }
    QList<qint64> durations;
    qint64 total = 0;
    while (q.next()) {
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        const qint64 duration = q.value(1).toLongLong();
        const std::optional<OutcomeClass> outcome = outcomeClassFromString(q.value(2).toString());
        ++f.attempts;
        f.windowStart = started;
        durations << duration;
        total += duration;
        if (outcome == OutcomeClass::Success) {
            ++f.successes;
            if (!f.lastSuccessAt.isValid())
                f.lastSuccessAt = started;
        }
    }
    if (f.attempts > 0) {
        f.successRate = double(f.successes) / double(f.attempts);
        f.p95Ms = percentile(durations, 95);
        f.averageMs = qint64(std::llround(double(total) / double(f.attempts)));
    }

    QSqlQuery failures(m_db);
    // Bounded: a healthy endpoint with millions of successes is not scanned to its first day.
    failures.prepare(QStringLiteral(
        "SELECT delivery_id, number, started_at, outcome, http_status, duration_ms, error FROM "
        "(SELECT id, delivery_id, number, started_at, outcome, http_status, duration_ms, error "
        " FROM attempts WHERE endpoint_id = ? AND outcome IS NOT NULL "
        " ORDER BY started_at DESC, id DESC LIMIT ?) "
        "WHERE outcome <> 'success' ORDER BY started_at DESC, id DESC LIMIT ?"));
    failures.addBindValue(endpointId);
    failures.addBindValue(kFailureScan);
    failures.addBindValue(kLastFailures);
    if (failures.exec()) {
        while (failures.next()) {
            Failure failure;
            failure.deliveryId = failures.value(0).toString();
            failure.attemptNumber = failures.value(1).toInt();
            failure.startedAt =
                QDateTime::fromMSecsSinceEpoch(failures.value(2).toLongLong(), Qt::UTC);
            failure.outcome = outcomeClassFromString(failures.value(3).toString())
                                  .value_or(OutcomeClass::Interrupted);
            failure.httpStatus = failures.value(4).toInt();
            failure.durationMs = failures.value(5).toLongLong();
            failure.error = failures.value(6).toString();
            f.lastFailures << failure;
        }
    } else {
        qCWarning(lcHealth) << "failure query failed:" << failures.lastError().text();
    }

    QSqlQuery open(m_db);
    // The partial index of unfinished attempts is tiny; the endpoint's own index is not.
    open.prepare(QStringLiteral("SELECT count(*) FROM attempts INDEXED BY attempts_unfinished "
                                "WHERE outcome IS NULL AND endpoint_id = ?"));
    open.addBindValue(endpointId);
    if (open.exec() && open.next())
        f.inFlight = open.value(0).toInt();
    return f;
}

} // namespace hookline
