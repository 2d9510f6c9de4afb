#include "analytics/retentionpruner.h"

#include "analytics/rollupwriter.h"
#include "domain/clock.h"
#include "store/retentionrepository.h"
#include "store/settingsrepository.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>
#include <functional>

namespace hookline {

namespace {

Q_LOGGING_CATEGORY(lcRetention, "hookline.retention")

// Runs `deleteBatch` (one batch, answering how many rows went) until it deletes fewer rows than
// a batch or the budget is spent.
std::optional<StoreError> deleteInBatches(const std::function<StoreResult<qint64>()> &deleteBatch,
                                          int *budget, qint64 *deleted, bool *complete)
{
    while (*budget > 0) {
        const StoreResult<qint64> n = deleteBatch();
        if (!n)
            return n.error();
        --*budget;
        *deleted += *n;
        if (*n < RetentionPruner::kBatchRows)
            return std::nullopt;
    }
    *complete = false;
    return std::nullopt;
}

} // namespace

RetentionPruner::RetentionPruner(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError> RetentionPruner::prune(const RetentionSettings &settings,
                                                 const QDateTime &now, Result *result,
                                                 int maxBatches)
{
    Result r;
    int budget = maxBatches;
    const qint64 attemptCutoff = now.addDays(-settings.attemptDays).toMSecsSinceEpoch();
    const qint64 rollupCutoff = now.addMonths(-settings.rollupMonths).toMSecsSinceEpoch();
    RetentionRepository repository(m_store);
    if (auto err = deleteInBatches(
            [&] { return repository.deleteFinishedAttempts(attemptCutoff, kBatchRows); }, &budget,
            &r.attempts, &r.complete))
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
        if (auto err = deleteInBatches(
                [&] { return repository.deleteRollups(level.level, cutoff, kBatchRows); }, &budget,
                &r.rollups, &r.complete))
            return err;
    }
    if (result)
        *result = r;
    return std::nullopt;
}

void RetentionPruner::schedule(QObject *owner, Store store, const Clock &clock)
{
    const QString name = QStringLiteral("hookline-retention-pruner");
    // A restarted engine has a new connection: the old timer's would be stale.
    delete owner->findChild<QTimer *>(name, Qt::FindDirectChildrenOnly);
    auto *timer = new QTimer(owner);
    timer->setObjectName(name);
    auto run = [timer, store, &clock] {
        RetentionPruner pruner(store);
        Result r;
        const StoreResult<RetentionSettings> settings =
            RetentionSettings::load(SettingsRepository(store));
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
