#pragma once

#include "domain/endpoint.h"

#include <QJsonObject>

namespace hookline {

// The JSON shape of an endpoint, shared by `hooklinectl --json`, configuration export and import.
// Field names are snake_case and stable; secrets are never part of it. The settings come from
// EndpointFields, the identity, state and times are added here.
class EndpointJson
{
public:
    static QJsonObject toJson(const Endpoint &endpoint);
};

} // namespace hookline
