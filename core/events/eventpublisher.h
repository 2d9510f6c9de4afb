#pragma once

#include "domain/clock.h"
#include "domain/delivery.h"
#include "domain/event.h"
#include "events/eventcatalog.h"
#include "events/schemaviolation.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QStringList>
#include <optional>

namespace hookline {

// Accepts an event and fans it out: one delivery per matching endpoint of the event's
// environment, written in the same transaction as the event, so an accepted event is never
// without its deliveries. A repeated ingest idempotency key returns the first event and creates
// nothing.
class EventPublisher
{
public:
    struct Request
    {
        Environment environment = Environment::Sandbox;
        QString type;
        QByteArray payload; // JSON object: the event's `data`
        EventSource source = EventSource::Console;
        QString idempotencyKey;  // optional
        QStringList endpointIds; // empty: every subscribed endpoint; else exactly these
    };

    enum class Code
    {
        Ok,
        InvalidType,    // not <resource>.<action> (detail: the type)
        InvalidPayload, // not a JSON object (detail: the parser's message)
        UnknownType,    // neither built-in nor a custom type registered in the store (detail: type)
        SchemaViolation,  // the payload fails the type's schema (violations set)
        UnknownEndpoint,  // a targeted id does not exist (detail: the id)
        WrongEnvironment, // a targeted endpoint belongs to the other environment (detail: id)
        DisabledEndpoint, // a targeted endpoint is disabled (detail: id)
        Store,            // the store refused (storeError set)
    };

    struct Result
    {
        Code code = Code::Ok;
        QString detail;
        std::optional<StoreError> storeError;
        Event event;
        QList<Delivery> deliveries;
        QList<hookline::SchemaViolation> violations; // for Code::SchemaViolation
        bool duplicate = false; // the idempotency key was seen before: nothing new was written
        bool ok() const { return code == Code::Ok; }
    };

    explicit EventPublisher(Store store, const Clock &clock = Clock::system());

    Result publish(const Request &request);
    // The checks that need no store (type syntax, JSON object, and the schema of a built-in type),
    // so callers can refuse bad input before they open or create a database. A type that is not
    // built-in passes here: only the store knows whether it is a registered custom type.
    static Result checkInput(const Request &request);
    // Every check publish() makes before writing, custom types of the store included.
    Result check(const Request &request);

private:
    static Result checkAgainst(const EventCatalog &catalog, const Request &request,
                               bool unknownIsError);
    const EventCatalog &catalog();

    Store m_store;
    const Clock &m_clock;
    // Loaded from the store on first use and kept, so a bulk import reads the custom types once.
    std::optional<EventCatalog> m_catalog;
};

} // namespace hookline
