#pragma once

#include "analytics/rollupcell.h"
#include "domain/completion.h"
#include "domain/environment.h"
#include "store/analyticsrepository.h"
#include "store/rolluprepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QHash>
#include <QString>
#include <optional>

namespace hookline {

// Keeps the analytics rollups in step with the attempts: aggregates a batch of
// finished attempts in memory, then merges one row per (minute, endpoint, event type) and likewise
// per hour and per day. Call flush() inside the transaction that records the attempts, so a crash
// never leaves rollups and attempts disagreeing.
class RollupWriter
{
public:
    using Level = RollupLevel;
    static constexpr int kLevelCount = RollupRepository::kLevelCount;
    // Which dimensions a row keeps: 0 endpoint × type, 1 endpoint (type '*'), 2 type (endpoint
    // '*'), 3 neither. Every attempt is counted once in each.
    enum Grain
    {
        EndpointAndType = 0,
        EndpointOnly = 1,
        TypeOnly = 2,
        Everything = 3,
    };
    static constexpr int kGrainCount = 4;
    static QString any() { return QStringLiteral("*"); }
    static qint64 levelMs(Level level);

    struct Sample
    {
        Environment environment = Environment::Live;
        QString endpointId;
        QString eventType;
        qint64 startedAtMs = 0; // the attempt's start, UTC; decides its minute
        int attemptNumber = 1;
        OutcomeClass outcome = OutcomeClass::Success;
        int httpStatus = 0;
        std::optional<qint64> durationMs;
        bool deadLettered = false; // this attempt made its delivery a dead letter
    };

    explicit RollupWriter(Store store);

    // The engine's two calls (inside its transactions): add and flush in one go.
    // `known`: facts the caller already has (read by the statement that recorded the attempts).
    using AttemptFacts = AnalyticsRepository::AttemptFacts;
    static std::optional<StoreError>
    recordCompletions(const Store &store, const QList<AttemptCompletion> &completions,
                      const QHash<qint64, AttemptFacts> &known = {});
    static std::optional<StoreError> recordUnfinishedAsInterrupted(const Store &store);

    void add(const Sample &sample);
    // Adds each completion with its attempt's facts (start, number, endpoint, type): from `known`,
    // else looked up.
    std::optional<StoreError> addCompletions(const QList<AttemptCompletion> &completions,
                                             const QHash<qint64, AttemptFacts> &known = {});
    // Adds the attempts still in flight as interrupted; call before recovery marks them.
    std::optional<StoreError> addUnfinishedAsInterrupted();

    bool isEmpty() const { return m_cells.isEmpty(); }
    // Merges what was added into the rollup tables and empties the writer. Needs an open
    // transaction on the connection (the caller's).
    std::optional<StoreError> flush();

private:
    struct Key
    {
        qint64 minute;
        Environment environment;
        QString endpointId;
        QString eventType;
        friend bool operator==(const Key &, const Key &) = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.minute, int(key.environment), key.endpointId, key.eventType);
    }

    Store m_store;
    QHash<Key, RollupCell> m_cells;
};

} // namespace hookline
