#pragma once

#include "store/storeerror.h"

#include <QSqlDatabase>
#include <optional>

namespace hookline {

// The schema, as an ordered list of steps. Step N brings `PRAGMA user_version` from N-1 to N in one
// transaction with the change itself, so a failed step leaves the file exactly as it was.
// Never edit a released step: add a new one.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db);
    // Applies every step above the file's version up to `target` (default: latest).
    static std::optional<StoreError> migrate(QSqlDatabase &db, int target = -1);
};

} // namespace hookline
