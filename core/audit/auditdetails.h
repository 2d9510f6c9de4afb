#pragma once

#include "domain/endpoint.h"

#include <QJsonObject>
#include <QStringList>

namespace hookline {

// Builds the `details` of audit entries from the objects that changed, keeping secrets out:
// custom header values, URL user info and query strings are never recorded.
class AuditDetails
{
public:
    static QJsonObject endpoint(const Endpoint &endpoint);
    // {"changed": {"field": {"from": …, "to": …}}} for the fields that differ.
    static QJsonObject endpointChange(const Endpoint &before, const Endpoint &after);
    // {"environment": …, "added": […], "removed": […]}
    static QJsonObject listChange(const QString &environment, const QStringList &before,
                                  const QStringList &after);
    // "<prefix>.<add>" / "<prefix>.<remove>" / "<prefix>.update" for a listChange.
    static QString listAction(const QString &prefix, const QString &add, const QString &remove,
                              const QStringList &before, const QStringList &after);
};

} // namespace hookline
