#pragma once

#include "domain/environment.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QJsonObject>

namespace hookline {

// The stored configuration of one environment as a template (docs/config-templates.md).
// Importing the export again changes nothing. Secrets are never exported.
class ConfigExport
{
public:
    static StoreResult<QJsonObject> toJson(Store store, Environment environment);
};

} // namespace hookline
