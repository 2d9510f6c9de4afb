#include "analytics/rollupwriter.h"

#include "analytics/rollupranges.h"
#include "store/analyticsrepository.h"

namespace hookline {

namespace {

RollupWriter::Sample sampleOf(const AnalyticsRepository::AttemptFacts &a)
{
    RollupWriter::Sample s;
    s.startedAtMs = a.startedAtMs;
    s.attemptNumber = a.number;
    s.endpointId = a.endpointId;
    s.eventType = a.eventType;
    s.environment = a.environment;
    return s;
}

} // namespace

qint64 RollupWriter::levelMs(Level level)
{
    switch (level) {
    case Level::Minute:
        return 60 * 1000;
    case Level::Hour:
        return 3600 * 1000;
    case Level::Day:
        return 24 * 3600 * 1000;
    }
    return 60 * 1000;
}

RollupWriter::RollupWriter(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError>
RollupWriter::recordCompletions(const Store &store, const QList<AttemptCompletion> &completions,
                                const QHash<qint64, AttemptFacts> &known)
{
    RollupWriter writer(store);
    if (auto err = writer.addCompletions(completions, known))
        return err;
    return writer.flush();
}

std::optional<StoreError> RollupWriter::recordUnfinishedAsInterrupted(const Store &store)
{
    RollupWriter writer(store);
    if (auto err = writer.addUnfinishedAsInterrupted())
        return err;
    return writer.flush();
}

void RollupWriter::add(const Sample &s)
{
    const Key key{floorTo(s.startedAtMs, levelMs(Level::Minute)), s.environment, s.endpointId,
                  s.eventType};
    m_cells[key].addAttempt(s.outcome, s.httpStatus, s.durationMs, s.attemptNumber, s.deadLettered);
}

std::optional<StoreError> RollupWriter::addCompletions(const QList<AttemptCompletion> &completions,
                                                       const QHash<qint64, AttemptFacts> &known)
{
    QList<qint64> missing;
    for (const AttemptCompletion &c : completions) {
        if (!known.contains(c.attemptId))
            missing << c.attemptId;
    }
    QHash<qint64, AttemptFacts> looked;
    if (!missing.isEmpty()) {
        auto read = AnalyticsRepository(m_store).attempts(missing);
        if (!read)
            return read.error();
        looked = std::move(*read);
    }
    for (const AttemptCompletion &c : completions) {
        auto a = known.constFind(c.attemptId);
        if (a == known.cend()) {
            a = looked.constFind(c.attemptId);
            if (a == looked.cend())
                continue; // no such attempt: nothing was recorded for it either
        }
        Sample s = sampleOf(*a);
        s.outcome = c.outcome;
        s.httpStatus = c.httpStatus;
        s.durationMs = c.durationMs;
        s.deadLettered = c.nextStatus == DeliveryStatus::Dead;
        add(s);
    }
    return std::nullopt;
}

std::optional<StoreError> RollupWriter::addUnfinishedAsInterrupted()
{
    const auto unfinished = AnalyticsRepository(m_store).unfinishedAttempts();
    if (!unfinished)
        return unfinished.error();
    for (const AnalyticsRepository::AttemptFacts &a : *unfinished) {
        Sample s = sampleOf(a);
        s.outcome = OutcomeClass::Interrupted;
        add(s);
    }
    return std::nullopt;
}

std::optional<StoreError> RollupWriter::flush()
{
    if (m_cells.isEmpty())
        return std::nullopt;
    // Coarser levels: merge the minute cells first, so each hour/day row is written once.
    QHash<Key, RollupCell> levels[kLevelCount];
    // The collapsed grains of each minute first, then the coarser levels from all of them.
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const Key &k = it.key();
        levels[0][k].merge(it.value());
        levels[0][Key{k.minute, k.environment, k.endpointId, any()}].merge(it.value());
        levels[0][Key{k.minute, k.environment, any(), k.eventType}].merge(it.value());
        levels[0][Key{k.minute, k.environment, any(), any()}].merge(it.value());
    }
    m_cells.clear();
    for (int l = 1; l < kLevelCount; ++l) {
        const qint64 unit = levelMs(Level(l));
        for (auto it = levels[0].cbegin(); it != levels[0].cend(); ++it) {
            Key k = it.key();
            k.minute = floorTo(k.minute, unit);
            levels[l][k].merge(it.value());
        }
    }
    RollupRepository::LevelKeys keys;
    for (int l = 0; l < kLevelCount; ++l) {
        keys[l].reserve(levels[l].size());
        for (auto it = levels[l].cbegin(); it != levels[l].cend(); ++it) {
            const Key &k = it.key();
            const int grain = (k.endpointId == any() ? 2 : 0) + (k.eventType == any() ? 1 : 0);
            keys[l] << RollupKey{k.environment, grain, k.minute, k.endpointId, k.eventType};
        }
    }
    return RollupRepository(m_store).merge(keys, [&levels](RollupLevel level, const RollupKey &k,
                                                           const QByteArray &stored) {
        RollupCell cell;
        if (!stored.isEmpty())
            cell.decode(stored);
        const QHash<Key, RollupCell> &cells = levels[int(level)];
        const auto added = cells.constFind(Key{k.bucket, k.environment, k.endpointId, k.eventType});
        if (added != cells.cend())
            cell.merge(*added);
        return cell.encode();
    });
}

} // namespace hookline
