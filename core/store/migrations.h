#pragma once

#include "store/storeerror.h"

#include <QSqlDatabase>
#include <optional>

namespace hookline {

// The schema, as one ordered list of steps for both backends. Step N brings the version (SQLite:
// `PRAGMA user_version`; PostgreSQL: the row in `hookline_schema`) from N-1 to N in one
// transaction with the change itself, so a failed step leaves the database exactly as it was.
// The DDL is written for SQLite; postgresDdl() turns it into PostgreSQL's where the dialects
// differ (types, STRICT), and a step may give PostgreSQL its own statements.
// Never edit a released step: add a new one.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db);
    // Applies every step above the file's version up to `target` (default: latest).
    static std::optional<StoreError> migrate(QSqlDatabase &db, int target = -1);
    // SQLite DDL as PostgreSQL DDL: INTEGER (ms times, counts) becomes BIGINT, an INTEGER
    // PRIMARY KEY an identity column, BLOB bytea, REAL double precision; STRICT and WITHOUT ROWID
    // go (PostgreSQL's columns are always strictly typed); TEXT compares bytewise (COLLATE "C").
    static QString postgresDdl(const QString &sqliteDdl);
};

} // namespace hookline
