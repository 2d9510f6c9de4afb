#pragma once

#include <QByteArray>
#include <QDateTime>

namespace hookline {

struct Event;

// The body sent to endpoints (docs/product-contract.md "Events and the envelope"):
// {"id","type","environment","created_at","api_version","data","delivery":{"attempt","sent_at",
// "event_age_ms"}}. Runs once per attempt, so it writes bytes directly and splices the event's
// stored payload in as it is: the receiver gets exactly the `data` bytes that were validated and
// stored.
class EnvelopeBuilder
{
public:
    static QByteArray build(const Event &event, int attempt, const QDateTime &sentAt);
    static QByteArray build(const Event &event, int attempt, qint64 sentAtMsecsSinceEpoch);

    // "2026-11-25T17:46:54.123Z": UTC, always with milliseconds.
    static QByteArray formatTimestamp(qint64 msecsSinceEpoch);
    static QByteArray formatTimestamp(const QDateTime &time);
};

} // namespace hookline
