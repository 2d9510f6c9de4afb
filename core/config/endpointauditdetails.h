#pragma once

#include "domain/endpoint.h"

#include <QJsonObject>

namespace hookline {

// Builds the `details` of an endpoint's audit entries from its JSON form, keeping secrets out:
// custom header values, URL user info and query strings are never recorded. In config/ (not
// audit/) because it starts from EndpointJson, and audit/ sits below config/ in core's order.
class EndpointAuditDetails
{
public:
    static QJsonObject endpoint(const Endpoint &endpoint);
    // {"changed": {"field": {"from": …, "to": …}}} for the fields that differ.
    static QJsonObject change(const Endpoint &before, const Endpoint &after);
};

} // namespace hookline
