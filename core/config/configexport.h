#pragma once

#include "domain/environment.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hookline {

// The stored configuration of one environment as a template (docs/config-templates.md).
// Importing the export again changes nothing. Secrets are never exported.
class ConfigExport
{
public:
    static QJsonObject toJson(QSqlDatabase db, Environment environment);
};

} // namespace hookline
