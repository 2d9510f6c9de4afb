#pragma once

#include "domain/environment.h"
#include "domain/outcomeclass.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace hookline {

// What the analytics read from the raw attempts: the facts a rollup needs about an attempt, and
// an endpoint's latest outcomes for the "close to auto-pause" advice.
class AnalyticsRepository
{
public:
    // An attempt with its delivery's dimensions.
    struct AttemptFacts
    {
        qint64 startedAtMs = 0;
        int number = 1;
        QString endpointId;
        QString eventType;
        Environment environment = Environment::Live;
    };

    struct RecentOutcome
    {
        qint64 startedAtMs = 0;
        std::optional<OutcomeClass> outcome; // empty: a value this version does not know
    };

    explicit AnalyticsRepository(Store store);

    // The attempts of `attemptIds` that exist, by id.
    StoreResult<QHash<qint64, AttemptFacts>> attempts(const QList<qint64> &attemptIds) const;
    // The attempts still in flight (no outcome yet).
    StoreResult<QList<AttemptFacts>> unfinishedAttempts() const;

    // Reads endpoints' latest outcomes one endpoint after the other with one prepared statement
    // (the recommendations ask for every endpoint of the report).
    class RecentOutcomes
    {
    public:
        explicit RecentOutcomes(const Store &store);
        ~RecentOutcomes();
        RecentOutcomes(const RecentOutcomes &) = delete;
        RecentOutcomes &operator=(const RecentOutcomes &) = delete;

        // Visits the endpoint's finished attempts started before `beforeMs`, newest first, at
        // most `limit`; `visit` returns false when it has seen enough (the rest is not read).
        std::optional<StoreError> read(const QString &endpointId, qint64 beforeMs, int limit,
                                       const std::function<bool(const RecentOutcome &)> &visit);

    private:
        struct Prepared;
        Store m_store;
        std::unique_ptr<Prepared> m_prepared;
    };

private:
    Store m_store;
};

} // namespace hookline
