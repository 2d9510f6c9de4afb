#pragma once

#include "store/connection.h"

#include <QTemporaryDir>
#include <memory>

namespace hookline::test {

// A real database, opened and migrated, removed with the object: an SQLite file in a fresh
// temporary folder, or with HOOKLINE_TEST_BACKEND=postgres a new database in the test process's
// PostgreSQL cluster (support/postgrescluster.h). path() is what --db takes in either case.
class TempDatabase
{
public:
    TempDatabase();
    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Connection &connection() { return *m_connection; }
    QSqlDatabase db() const { return m_connection->database(); }
    Store store() const { return m_connection->store(); }
    bool isValid() const { return m_connection && m_connection->isOpen(); }
    // Every row of every table, in key order, values as text and blobs as stored: to show that
    // a command changed nothing, on either backend.
    QByteArray rows() const;
    // Everything the database holds, to prove a secret is not in it: an SQLite file with its WAL
    // and shared memory (free pages and old row versions included), or every row on PostgreSQL.
    QByteArray storedBytes() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

// Makes inserts into `table` fail with `message` (only rows for which the SQL `condition` over
// NEW holds, when given), as a full disk or a refused row would: how tests prove a write is all
// or nothing. SQLite: a RAISE(ABORT) trigger, a constraint error; PostgreSQL: a trigger function
// raising SQLSTATE 23000, which the store maps the same way. False, with a warning, on failure.
bool refuseInserts(QSqlDatabase db, const QString &name, const QString &table,
                   const QString &message, const QString &condition = {});
// Removes what refuseInserts(db, name, table, …) created.
bool allowInserts(QSqlDatabase db, const QString &name, const QString &table);

} // namespace hookline::test
