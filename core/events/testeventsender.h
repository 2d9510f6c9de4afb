#pragma once

#include "domain/clock.h"
#include "domain/delivery.h"
#include "events/eventpublisher.h"
#include "store/storeresult.h"

#include <QStringList>
#include <optional>

namespace hookline {

// Fires the catalog's test event (webhook.test) at chosen endpoints, and reads how each delivery's
// first attempt went. One place for the console's "Send test", its bulk test and
// `hooklinectl endpoint test`: one event, one delivery per endpoint, whatever the endpoints
// subscribe to.
class TestEventSender
{
public:
    static QString eventType(); // "webhook.test"

    // Where a test delivery stands, for callers that poll (never blocks).
    struct Progress
    {
        enum class Stage
        {
            Queued,   // no attempt has started yet
            InFlight, // the first attempt has started
            Done,     // the first attempt finished (see firstAttempt)
            Held,     // the endpoint is paused: nothing is sent until it resumes
            Missing,  // the delivery is gone (endpoint deleted) or cancelled unattempted
        };
        Stage stage = Stage::Queued;
        Delivery delivery;
        std::optional<Attempt> firstAttempt; // set once it started
        bool succeeded() const
        {
            return stage == Stage::Done && firstAttempt && firstAttempt->outcome &&
                   *firstAttempt->outcome == OutcomeClass::Success;
        }
    };

    explicit TestEventSender(Store store, const Clock &clock = Clock::system());

    // Publishes one webhook.test event (source and `triggered_by` = `source`) with a delivery to
    // each of `endpointIds` (all of `environment`, none disabled); nothing is written otherwise.
    EventPublisher::Result send(Environment environment, const QStringList &endpointIds,
                                EventSource source);

    // The test payload: the catalog's sample, marked as sent by `source`.
    static QByteArray payload(EventSource source, quint64 seed, const QDateTime &now);

    static StoreResult<Progress> progress(const Store &store, const QString &deliveryId);

private:
    Store m_store;
    const Clock &m_clock;
};

} // namespace hookline
