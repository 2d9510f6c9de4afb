#pragma once

#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hookline {

// What `hooklinectl db status` reports about an open database.
struct DatabaseInfo
{
    QString backend;       // "sqlite" or "postgresql"
    QString serverVersion; // SQLite's library version or PostgreSQL's server_version
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<QPair<QString, qint64>> rowCounts; // per table, in databaseTables() order
    qint64 sizeBytes = 0;                    // file (+ WAL) or pg_database_size

    static StoreResult<DatabaseInfo> read(const Store &store);
    // Only serverVersion, without the row counts (cheap enough for the console's status bar).
    static StoreResult<QString> readServerVersion(const Store &store);
    // Every table of the schema that databaseTables() does not list (empty when they agree).
    static StoreResult<QStringList> unlistedTables(const Store &store);
};

} // namespace hookline
