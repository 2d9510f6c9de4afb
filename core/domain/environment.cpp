#include "domain/environment.h"

namespace hookline {

QString toString(Environment env)
{
    return env == Environment::Live ? QStringLiteral("live") : QStringLiteral("sandbox");
}

std::optional<Environment> environmentFromString(const QString &text)
{
    if (text == QLatin1String("live"))
        return Environment::Live;
    if (text == QLatin1String("sandbox"))
        return Environment::Sandbox;
    return std::nullopt;
}

} // namespace hookline
