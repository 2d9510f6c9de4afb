#pragma once

#include "domain/delivery.h"
#include "domain/outcomeclass.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hookline {

// One finished attempt as the engine hands it to the store: what happened, and what the engine
// decided happens to the delivery next. In the domain layer because both the queue that records
// it and the analytics rollups that count it read it, and neither may depend on the other.
struct AttemptCompletion
{
    qint64 attemptId = 0;
    QString deliveryId;
    OutcomeClass outcome = OutcomeClass::Interrupted;
    int httpStatus = 0;
    qint64 durationMs = 0;
    QList<HeaderPair> requestHeaders; // auth token already redacted
    QList<HeaderPair> responseHeaders;
    QByteArray responseBody; // at most 16 KiB
    QString connectedAddress;
    QString error;
    // What happens to the delivery next, decided by the engine.
    DeliveryStatus nextStatus = DeliveryStatus::Retrying;
    QDateTime nextAttemptAt; // for retrying
    QDateTime finishedAt;
};

} // namespace hookline
