#include "analytics/retentionpruner.h"

#include "analytics/rollupwriter.h"
#include "domain/clock.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QLoggingCategory>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace hookline {

namespace {

Q_LOGGING_CATEGORY(lcRetention, "hookline.retention")

// Runs `sql` (one batch, bound to the cutoff and the batch size) until it deletes fewer rows than
// a batch or the budget is spent.
std::optional<StoreError> deleteInBatches(QSqlDatabase db, const QString &sql, qint64 cutoff,
                                          int *budget, qint64 *deleted, bool *complete)
{
    while (*budget > 0) {
        Transaction tx(db);
        if (tx.error())
            return tx.error();
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(cutoff);
        q.addBindValue(RetentionPruner::kBatchRows);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        const int n = q.numRowsAffected();
        if (auto err = tx.commit())
            return err;
        --*budget;
        *deleted += n;
        if (n < RetentionPruner::kBatchRows)
            return std::nullopt;
    }
    *complete = false;
    return std::nullopt;
}

} // namespace

RetentionPruner::RetentionPruner(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<StoreError> RetentionPruner::prune(const RetentionSettings &settings,
                                                 const QDateTime &now, Result *result,
                                                 int maxBatches)
{
    Result r;
    int budget = maxBatches;
    const qint64 attemptCutoff = now.addDays(-settings.attemptDays).toMSecsSinceEpoch();
    const qint64 rollupCutoff = now.addMonths(-settings.rollupMonths).toMSecsSinceEpoch();
    // Unfinished attempts stay whatever their age: recovery still needs them.
    if (auto err = deleteInBatches(
            m_db,
            QStringLiteral("DELETE FROM attempts WHERE id IN (SELECT id FROM attempts WHERE "
                           "started_at < ? AND outcome IS NOT NULL ORDER BY started_at LIMIT ?)"),
            attemptCutoff, &budget, &r.attempts, &r.complete))
        return err;
    const struct
    {
        RollupWriter::Level level;
        qint64 cutoff;
    } rollups[] = {{RollupWriter::Level::Minute, attemptCutoff},
                   {RollupWriter::Level::Hour, rollupCutoff},
                   {RollupWriter::Level::Day, rollupCutoff}};
    for (const auto &level : rollups) {
        // A row belongs to the past when its whole bucket does.
        const qint64 cutoff = level.cutoff - RollupWriter::levelMs(level.level);
        const QString table = RollupWriter::tableName(level.level);
        if (auto err = deleteInBatches(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE (environment, grain, bucket, endpoint_id, "
                               "event_type) IN (SELECT environment, grain, bucket, endpoint_id, "
                               "event_type FROM %1 WHERE environment IN ('live', 'sandbox') AND "
                               "grain IN (0, 1, 2, 3) AND bucket < ? LIMIT ?)")
                    .arg(table),
                cutoff, &budget, &r.rollups, &r.complete))
            return err;
    }
    if (result)
        *result = r;
    return std::nullopt;
}

void RetentionPruner::schedule(QObject *owner, QSqlDatabase db, const Clock &clock)
{
    const QString name = QStringLiteral("hookline-retention-pruner");
    // A restarted engine has a new connection: the old timer's would be stale.
    delete owner->findChild<QTimer *>(name, Qt::FindDirectChildrenOnly);
    auto *timer = new QTimer(owner);
    timer->setObjectName(name);
    auto run = [timer, db, &clock] {
        RetentionPruner pruner(db);
        Result r;
        const StoreResult<RetentionSettings> settings =
            RetentionSettings::load(SettingsRepository(db));
        if (!settings) {
            qCWarning(lcRetention) << "pruning failed:" << settings.error().message;
            return;
        }
        if (auto err = pruner.prune(*settings, clock.nowUtc(), &r)) {
            qCWarning(lcRetention) << "pruning failed:" << err->message;
            return;
        }
        if (r.attempts || r.rollups)
            qCInfo(lcRetention) << "pruned" << r.attempts << "attempts and" << r.rollups
                                << "rollup rows";
        // A backlog (a first run, a shortened retention) is worked off a batch budget at a time.
        timer->start(r.complete ? kIntervalMs : 1000);
    };
    QObject::connect(timer, &QTimer::timeout, owner, run);
    timer->setSingleShot(true);
    timer->start(5000); // not in the engine's start-up path
}

} // namespace hookline
