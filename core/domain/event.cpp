#include "domain/event.h"

namespace hookline {

QString toString(EventSource source)
{
    switch (source) {
    case EventSource::Console:
        return QStringLiteral("console");
    case EventSource::Cli:
        return QStringLiteral("cli");
    case EventSource::Api:
        return QStringLiteral("api");
    case EventSource::Import:
        return QStringLiteral("import");
    }
    return {};
}

std::optional<EventSource> eventSourceFromString(const QString &text)
{
    for (EventSource s :
         {EventSource::Console, EventSource::Cli, EventSource::Api, EventSource::Import}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace hookline
