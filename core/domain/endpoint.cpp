#include "domain/endpoint.h"

namespace hookline {

QString toString(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    case HttpMethod::Patch:
        return QStringLiteral("PATCH");
    }
    return {};
}

std::optional<HttpMethod> httpMethodFromString(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == QLatin1String("POST"))
        return HttpMethod::Post;
    if (upper == QLatin1String("PUT"))
        return HttpMethod::Put;
    if (upper == QLatin1String("PATCH"))
        return HttpMethod::Patch;
    return std::nullopt;
}

QString toString(EndpointState state)
{
    switch (state) {
    case EndpointState::Active:
        return QStringLiteral("active");
    case EndpointState::Paused:
        return QStringLiteral("paused");
    case EndpointState::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

std::optional<EndpointState> endpointStateFromString(const QString &text)
{
    if (text == QLatin1String("active"))
        return EndpointState::Active;
    if (text == QLatin1String("paused"))
        return EndpointState::Paused;
    if (text == QLatin1String("disabled"))
        return EndpointState::Disabled;
    return std::nullopt;
}

QString toString(SigningScheme scheme)
{
    return scheme == SigningScheme::Jwt ? QStringLiteral("jwt") : QStringLiteral("standard");
}

std::optional<SigningScheme> signingSchemeFromString(const QString &text)
{
    if (text == QLatin1String("jwt"))
        return SigningScheme::Jwt;
    if (text == QLatin1String("standard"))
        return SigningScheme::StandardWebhooks;
    return std::nullopt;
}

} // namespace hookline
