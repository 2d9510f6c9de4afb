#pragma once

#include <QString>

class QSqlDatabase;

namespace hookline {

// A handle on one thread's open database, as the rest of the code sees it: it names no SQL type,
// so only core/store can speak SQL. Cheap to copy; valid while the Connection it came from is
// open, and only on that Connection's thread. Repositories are built from it.
class Store
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    Store() = default;
    Store(QString connectionName, Dialect dialect);

    // Bridges while the SQL moves into core/store (issue 15): callers outside the store may still
    // hand a QSqlDatabase to code that takes a Store, and back. Removed with the last such caller.
    Store(const QSqlDatabase &db); // NOLINT(google-explicit-constructor)
    operator QSqlDatabase() const; // NOLINT(google-explicit-constructor)

    bool isValid() const { return !m_connectionName.isEmpty(); }
    Dialect dialect() const { return m_dialect; }
    const QString &connectionName() const { return m_connectionName; }

private:
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

} // namespace hookline
