#pragma once

#include <QString>
#include <optional>

namespace hookline {

// Live and sandbox are fully separate worlds: endpoints, events, deliveries, keys and statistics.
enum class Environment
{
    Live,
    Sandbox
};

QString toString(Environment env);
std::optional<Environment> environmentFromString(const QString &text);

} // namespace hookline
