#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>

namespace hookline::test {

class TempDatabase;

// Every row of every table (databaseTables(), each ordered by its key) as text, read through the
// store's connection: what a database holds, said the same way on SQLite and PostgreSQL. A table
// that cannot be read says so in its place.
QByteArray databaseDump(const Store &store);

// SHA-256 of databaseDump(): to show that a refused command changed nothing, on either backend.
QByteArray databaseDigest(const Store &store);

// A location of the same backend as `db` that names a database nobody created: a file path in
// db's folder, or a URI of a database the test cluster does not have. For "bad input never
// creates a database".
QString uncreatedDatabase(const TempDatabase &db);

// Whether `location` (what --db takes) names an existing database: the file exists, or the
// server accepts a connection to it.
bool databaseWasCreated(const QString &location);

} // namespace hookline::test
