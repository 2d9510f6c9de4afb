#pragma once

#include "store/databaselocation.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hookline {

// One thread's connection to the database: an SQLite file or a PostgreSQL server (see
// DatabaseLocation). Create one per thread that uses the store (the GUI thread, the engine thread,
// a CLI command) and keep it on that thread: Qt Sql connections must not cross threads. Opening
// applies the session settings and brings the schema up to date.
class Connection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int kBusyTimeoutMs = 5000;

    // `location` is what --db names: a file path or a postgresql:// URI.
    explicit Connection(QString location, Mode mode = Mode::ReadWrite);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The server password when it comes from the keychain (~/.pgpass needs nothing here): the
    // app reads it once at start and every Connection to that server (GUI, engine thread, audit)
    // uses it. Kept in memory only. `location` is DatabaseLocation::text().
    static void rememberPassword(const QString &location, const QString &password);

    // Opens the file (creating it and its folder in ReadWrite mode) or connects to the server,
    // and migrates it.
    std::optional<StoreError> open();
    bool isOpen() const;
    // After a lost server connection: closes and opens again (no migration). SQLite: a no-op.
    std::optional<StoreError> reopen();

    QSqlDatabase database() const;
    // The handle the rest of the code works with.
    Store store() const;
    // What the Connection was created with (file path or URI), as given.
    const QString &path() const { return m_path; }
    Store::Dialect dialect() const;

private:
    std::optional<StoreError> openSqlite();
    std::optional<StoreError> openPostgres(const DatabaseLocation &location);
    std::optional<StoreError> migrateOrCheck();

    QString m_path;
    std::optional<DatabaseLocation> m_location;
    Mode m_mode;
    QString m_name;
};

} // namespace hookline
