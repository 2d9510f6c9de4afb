#pragma once

#include "domain/outcomeclass.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace hookline {

// An endpoint's own recent attempts, read straight from the attempts table (not the rollups), for
// its health figures.
class AttemptHistoryRepository
{
public:
    struct Finished
    {
        QDateTime startedAt;
        qint64 durationMs = 0;
        std::optional<OutcomeClass> outcome;
    };

    struct Failure
    {
        QString deliveryId;
        int attemptNumber = 1;
        QDateTime startedAt;
        OutcomeClass outcome = OutcomeClass::Http5xx;
        int httpStatus = 0;
        qint64 durationMs = 0;
        QString error;
    };

    explicit AttemptHistoryRepository(Store store);

    // The newest finished attempts started at or after `since`, at most `limit`, newest first.
    StoreResult<QList<Finished>> finishedSince(const QString &endpointId, const QDateTime &since,
                                               int limit) const;
    // The newest failed attempts among the newest `scan` finished ones, at most `limit`.
    StoreResult<QList<Failure>> recentFailures(const QString &endpointId, int scan,
                                               int limit) const;
    // Attempts started and not finished yet.
    StoreResult<int> unfinishedCount(const QString &endpointId) const;

private:
    Store m_store;
};

} // namespace hookline
