#pragma once

#include "replay/replayservice.h"

#include <QStringList>

namespace hookline {

// A bulk replay of dead letters, done a batch at a time so that neither the store nor the
// receivers get a burst: the caller decides the pace (a GUI timer, a CLI loop) and calls step()
// once per tick. Each step is one short transaction; stopping between steps leaves what was
// replayed replayed and the rest dead. No QObject: the console and `dlq replay` share it.
class BulkReplay
{
public:
    // 50 every 200 ms: 250 deliveries/s at most, well under what one engine sends, so a replay
    // of thousands spreads over seconds instead of landing at once.
    static constexpr int kDefaultBatchSize = 50;
    static constexpr int kDefaultIntervalMs = 200;

    // Every delivery that is dead and matches `filter` when the plan is made; deliveries that die
    // afterwards are not part of it.
    static BulkReplay forFilter(Store store, const ReplayService::DeadLetterFilter &filter,
                                const Clock &clock = Clock::system(),
                                int batchSize = kDefaultBatchSize);
    // These deliveries, in this order; any that is no longer dead when its batch runs is skipped.
    static BulkReplay forDeliveries(Store store, const QStringList &ids,
                                    const Clock &clock = Clock::system(),
                                    int batchSize = kDefaultBatchSize);

    int total() const { return m_total; }
    // Deliveries looked at so far (replayed or skipped), for a progress bar against total().
    int processed() const { return m_processed; }
    int replayed() const { return m_replayed; }
    bool isFinished() const { return m_finished; }

    // Replays the next batch in one transaction. After an error nothing of that batch changed.
    std::optional<StoreError> step();

private:
    BulkReplay(Store store, const Clock &clock, int batchSize);

    Store m_store;
    const Clock &m_clock;
    int m_batchSize;
    bool m_byFilter = false;
    ReplayService::DeadLetterFilter m_filter;
    QDateTime m_cutoff;
    std::optional<StoreError> m_planError; // counting the plan failed: step() reports it
    QStringList m_ids;
    int m_total = 0;
    int m_processed = 0;
    int m_replayed = 0;
    bool m_finished = false;
};

} // namespace hookline
