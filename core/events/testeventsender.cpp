#include "events/testeventsender.h"

#include "events/samplegenerator.h"
#include "store/deliveryrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

TestEventSender::TestEventSender(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

QString TestEventSender::eventType()
{
    return QStringLiteral("webhook.test");
}

QByteArray TestEventSender::payload(EventSource source, quint64 seed, const QDateTime &now)
{
    QJsonObject data = SampleGenerator::generate(eventType(), seed, now).value_or(QJsonObject());
    // The schema knows console, cli and api; an import is not a way to fire a test.
    const QString by = source == EventSource::Cli   ? QStringLiteral("cli")
                       : source == EventSource::Api ? QStringLiteral("api")
                                                    : QStringLiteral("console");
    data.insert(QStringLiteral("triggered_by"), by);
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

EventPublisher::Result TestEventSender::send(Environment environment,
                                             const QStringList &endpointIds, EventSource source)
{
    EventPublisher::Request request;
    request.environment = environment;
    request.type = eventType();
    request.source = source;
    const QDateTime now = m_clock.nowUtc();
    // A different ping id each time, so a receiver can tell two tests apart.
    request.payload = payload(source, quint64(now.toMSecsSinceEpoch()), now);
    request.endpointIds = endpointIds;
    if (endpointIds.isEmpty()) {
        // Never "every subscribed endpoint": a test goes where it is aimed, or nowhere.
        EventPublisher::Result refused;
        refused.code = EventPublisher::Code::UnknownEndpoint;
        return refused;
    }
    return EventPublisher(m_store, m_clock).publish(request);
}

StoreResult<TestEventSender::Progress> TestEventSender::progress(const Store &store,
                                                                 const QString &deliveryId)
{
    Progress p;
    const DeliveryRepository repo(store);
    const StoreResult<std::optional<Delivery>> found = repo.find(deliveryId);
    if (!found)
        return found.error();
    const std::optional<Delivery> &delivery = *found;
    if (!delivery) {
        p.stage = Progress::Stage::Missing;
        return p;
    }
    p.delivery = *delivery;
    const StoreResult<QList<Attempt>> attempts = repo.attempts(deliveryId);
    if (!attempts)
        return attempts.error();
    if (!attempts->isEmpty())
        p.firstAttempt = attempts->first();
    if (p.firstAttempt)
        p.stage = p.firstAttempt->outcome ? Progress::Stage::Done : Progress::Stage::InFlight;
    else if (delivery->status == DeliveryStatus::Held)
        p.stage = Progress::Stage::Held;
    else if (isFinal(delivery->status))
        p.stage = Progress::Stage::Missing; // cancelled before any attempt: nothing will come
    return p;
}

} // namespace hookline
