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

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

} // namespace hookline::test
