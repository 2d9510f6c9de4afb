#pragma once

#include "domain/environment.h"
#include "domain/outcomeclass.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace hookline {

enum class DeliveryStatus
{
    Pending,
    InFlight,
    Retrying,
    Succeeded,
    Held,
    Dead,
    Cancelled
};
QString toString(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromString(const QString &text);
bool isFinal(DeliveryStatus status);

// One event for one endpoint, across all its attempts.
struct Delivery
{
    QString id; // dlv_…
    QString eventId;
    QString endpointId;
    Environment environment = Environment::Sandbox; // the event's, repeated for filtering
    QString eventType;                              // the event's, repeated for filtering
    QString idempotencyKey;                         // stable across attempts
    DeliveryStatus status = DeliveryStatus::Pending;
    int attemptCount = 0;
    QDateTime nextAttemptAt; // UTC; null when nothing is due
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<OutcomeClass> lastOutcome;
    // The HTTP status of the attempt that set lastOutcome; 0 when it got no answer (as
    // Attempt::httpStatus) or was last attempted before schema 5.
    int lastHttpStatus = 0;

    friend bool operator==(const Delivery &, const Delivery &) = default;
};

struct HeaderPair
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HeaderPair &, const HeaderPair &) = default;
};

// One HTTP try.
struct Attempt
{
    static constexpr int kMaxStoredBody = 16 * 1024;

    qint64 id = 0;
    QString deliveryId;
    int number = 1;
    QDateTime startedAt;                 // UTC
    std::optional<qint64> durationMs;    // monotonic; unset while in flight
    std::optional<OutcomeClass> outcome; // unset while in flight
    int httpStatus = 0;
    QList<HeaderPair> requestHeaders; // as sent, auth token redacted
    QList<HeaderPair> responseHeaders;
    QByteArray responseBody; // first 16 KiB
    QString connectedAddress;
    QString error;
    // Where it was sent (the failover URL while paused, the URL before a later edit); empty for
    // attempts recorded before schema 4.
    QUrl url;

    friend bool operator==(const Attempt &, const Attempt &) = default;
};

} // namespace hookline
