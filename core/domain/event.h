#pragma once

#include "domain/environment.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hookline {

enum class EventSource
{
    Console,
    Cli,
    Api,
    Import
};
QString toString(EventSource source);
std::optional<EventSource> eventSourceFromString(const QString &text);

// Something that happened on the platform. The payload is kept as the exact JSON bytes of `data`.
struct Event
{
    QString id; // evt_…, sorts by time
    QString type;
    Environment environment = Environment::Sandbox;
    QDateTime createdAt; // UTC, millisecond precision
    QByteArray payload;  // JSON of the `data` object
    EventSource source = EventSource::Console;
    QString ingestIdempotencyKey; // empty: none

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace hookline
