#include "events/eventpublisher.h"

#include "audit/auditlog.h"
#include "domain/ids.h"
#include "domain/subscription.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/eventrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hookline {

EventPublisher::EventPublisher(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

EventPublisher::Result EventPublisher::checkInput(const Request &request)
{
    static const EventCatalog builtIn;
    return checkAgainst(builtIn, request, false);
}

EventPublisher::Result EventPublisher::check(const Request &request)
{
    return checkAgainst(catalog(), request, true);
}

const EventCatalog &EventPublisher::catalog()
{
    if (!m_catalog) {
        m_catalog.emplace();
        // Stored types that no longer compile are skipped: publishing them is refused as unknown.
        m_catalog->loadCustomTypes(SettingsRepository(m_store));
    }
    return *m_catalog;
}

EventPublisher::Result EventPublisher::checkAgainst(const EventCatalog &catalog,
                                                    const Request &request, bool unknownIsError)
{
    Result result;
    if (!Subscription::isValidEventType(request.type)) {
        result.code = Code::InvalidType;
        result.detail = request.type;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.code = Code::InvalidPayload;
        result.detail = parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("%1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)
                            : QStringLiteral("data must be a JSON object");
        return result;
    }
    if (!catalog.contains(request.type)) {
        if (unknownIsError) {
            result.code = Code::UnknownType;
            result.detail = request.type;
        }
        return result;
    }
    const EventCatalog::Validation v = catalog.validate(request.type, doc.object());
    if (v.error) {
        result.code = Code::UnknownType;
        result.detail = request.type;
    } else if (!v.violations.isEmpty()) {
        result.code = Code::SchemaViolation;
        result.violations = v.violations;
    }
    return result;
}

EventPublisher::Result EventPublisher::publish(const Request &request)
{
    Result result = check(request);
    if (!result.ok())
        return result;

    Transaction tx(m_store);
    if (tx.error()) {
        result.code = Code::Store;
        result.storeError = tx.error();
        return result;
    }
    EventRepository events(m_store);
    DeliveryRepository deliveries(m_store);
    if (!request.idempotencyKey.isEmpty()) {
        const auto existing =
            events.findByIdempotencyKey(request.environment, request.idempotencyKey);
        if (!existing) {
            result.code = Code::Store;
            result.storeError = existing.error();
            return result;
        }
        if (*existing) {
            const auto earlier = deliveries.forEvent((*existing)->id);
            if (!earlier) {
                result.code = Code::Store;
                result.storeError = earlier.error();
                return result;
            }
            result.event = **existing;
            result.deliveries = *earlier;
            result.duplicate = true;
            return result;
        }
    }

    // Which endpoints: the chosen ones (whatever their subscriptions and filters: a test aimed at
    // an endpoint must reach it), or every endpoint of the environment subscribed to the type
    // whose filter rules pass the payload.
    EndpointRepository endpointRepo(m_store);
    QList<Endpoint> targets;
    if (!request.endpointIds.isEmpty()) {
        for (const QString &id : request.endpointIds) {
            const StoreResult<std::optional<Endpoint>> found = endpointRepo.find(id);
            if (!found) {
                result.code = Code::Store;
                result.storeError = found.error();
                return result;
            }
            const std::optional<Endpoint> &e = *found;
            if (!e || e->environment != request.environment ||
                e->state == EndpointState::Disabled) {
                result.code = !e ? Code::UnknownEndpoint
                                 : (e->environment != request.environment ? Code::WrongEnvironment
                                                                          : Code::DisabledEndpoint);
                result.detail = id;
                return result;
            }
            targets << *e;
        }
    } else {
        const StoreResult<QList<Endpoint>> stored = endpointRepo.list(request.environment);
        if (!stored) {
            result.code = Code::Store;
            result.storeError = stored.error();
            return result;
        }
        const QList<Endpoint> &all = *stored;
        const QJsonObject data = QJsonDocument::fromJson(request.payload).object();
        for (const Endpoint &e : all) {
            if (e.state != EndpointState::Disabled &&
                Subscription::matchesAny(e.eventPatterns, request.type) &&
                e.filterRules.matches(data))
                targets << e;
        }
    }

    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(m_clock.nowUtc().toMSecsSinceEpoch(), Qt::UTC);
    Event event;
    event.id = Ids::make(u"evt_", now);
    event.type = request.type;
    event.environment = request.environment;
    event.createdAt = now;
    event.payload = request.payload.trimmed();
    event.source = request.source;
    event.ingestIdempotencyKey = request.idempotencyKey;
    if (auto err = events.insert(event)) {
        result.code = Code::Store;
        result.storeError = err;
        return result;
    }
    for (const Endpoint &e : std::as_const(targets)) {
        Delivery d;
        d.id = Ids::make(u"dlv_", now);
        d.eventId = event.id;
        d.endpointId = e.id;
        d.environment = event.environment;
        d.eventType = event.type;
        d.idempotencyKey = Ids::make(u"idk_", now);
        // A paused endpoint keeps its deliveries (held) unless a failover URL takes them.
        const bool held = e.state == EndpointState::Paused && !e.failoverActive();
        d.status = held ? DeliveryStatus::Held : DeliveryStatus::Pending;
        d.nextAttemptAt = held ? QDateTime() : now;
        d.createdAt = now;
        d.updatedAt = now;
        if (auto err = deliveries.insert(d)) {
            result.code = Code::Store;
            result.storeError = err;
            return result;
        }
        result.deliveries << d;
    }
    // A test event fired from the console or the CLI is a manual action (docs/product-contract.md
    // "Audit log"); the ingest API and imports are traffic, not actions. The payload is not
    // recorded.
    if (event.source == EventSource::Console || event.source == EventSource::Cli) {
        QJsonArray endpointIds;
        for (const Endpoint &e : std::as_const(targets))
            endpointIds.append(e.id);
        if (auto err = AuditLog::append(
                m_store, QStringLiteral("event.send"), event.id,
                QJsonObject{{QStringLiteral("type"), event.type},
                            {QStringLiteral("environment"), toString(event.environment)},
                            {QStringLiteral("endpoints"), endpointIds}})) {
            result.code = Code::Store;
            result.storeError = err;
            return result;
        }
    }
    if (auto err = tx.commit()) {
        result.code = Code::Store;
        result.storeError = err;
        result.deliveries.clear();
        return result;
    }
    result.event = event;
    return result;
}

} // namespace hookline
