#include "config/configexport.h"

#include "config/configtemplate.h"
#include "store/endpointrepository.h"

#include <QJsonArray>

namespace hookline {

StoreResult<QJsonObject> ConfigExport::toJson(Store store, Environment environment)
{
    StoreResult<QList<Endpoint>> stored = EndpointRepository(store).list(environment);
    if (!stored)
        return stored.error();
    QList<Endpoint> endpoints = std::move(stored).value();
    std::sort(endpoints.begin(), endpoints.end(), [](const Endpoint &a, const Endpoint &b) {
        // Not locale-aware: the same store exports the same bytes on every machine.
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    QJsonArray entries;
    for (const Endpoint &e : std::as_const(endpoints))
        entries.append(ConfigTemplate::entryJson(e));
    // No "prune": an export names every endpoint, and whoever edits it decides about deletions.
    return QJsonObject{{QStringLiteral("version"), ConfigTemplate::kVersion},
                       {QStringLiteral("environment"), toString(environment)},
                       {QStringLiteral("defaults"), QJsonObject()},
                       {QStringLiteral("endpoints"), entries}};
}

} // namespace hookline
