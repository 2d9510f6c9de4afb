#pragma once

#include "store/store.h"
#include "store/storeresult.h"

#include <memory>

namespace hookline {

// Notices commits made by other connections (the CLI, the console, another process) without
// reading any table, so the engine can poll it cheaply. SQLite answers with PRAGMA data_version;
// PostgreSQL with LISTEN/NOTIFY (schema 7's triggers): its
// notifications arrive through the connection thread's event loop.
class ChangeWatcher
{
public:
    virtual ~ChangeWatcher() = default;

    // True when another connection committed since the previous call. The first call only takes
    // the starting point and answers false.
    virtual StoreResult<bool> changedElsewhere() = 0;

    // The watcher for the store's backend, on the store's connection.
    static std::unique_ptr<ChangeWatcher> create(const Store &store);
};

} // namespace hookline
