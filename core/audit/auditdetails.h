#pragma once

#include <QJsonObject>
#include <QStringList>

namespace hookline {

// Builds the `details` of audit entries for changes to lists (allowlists, trusted certificates).
// An endpoint's details come from EndpointAuditDetails (config/), which knows its JSON form.
class AuditDetails
{
public:
    // {"environment": …, "added": […], "removed": […]}
    static QJsonObject listChange(const QString &environment, const QStringList &before,
                                  const QStringList &after);
    // "<prefix>.<add>" / "<prefix>.<remove>" / "<prefix>.update" for a listChange.
    static QString listAction(const QString &prefix, const QString &add, const QString &remove,
                              const QStringList &before, const QStringList &after);
};

} // namespace hookline
