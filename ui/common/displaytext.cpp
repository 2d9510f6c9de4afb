#include "common/displaytext.h"

namespace hookline::ui {

QString DisplayText::environment(Environment env)
{
    return env == Environment::Live ? tr("Live") : tr("Sandbox");
}

QString DisplayText::state(EndpointState state)
{
    switch (state) {
    case EndpointState::Active:
        return tr("Active");
    case EndpointState::Paused:
        return tr("Paused");
    case EndpointState::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString DisplayText::method(HttpMethod method)
{
    // HTTP method names are protocol tokens, the same in every language.
    return toString(method);
}

QString DisplayText::signingScheme(SigningScheme scheme)
{
    return scheme == SigningScheme::Jwt ? tr("JWT (RS256)") : tr("Standard Webhooks (HMAC)");
}

} // namespace hookline::ui
