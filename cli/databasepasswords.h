#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

namespace hookline {
class SecretStore;
}

namespace hookline::cli {

// Reads the password the keychain keeps for each PostgreSQL location among `locations` (what
// `hooklinectl db password set` stored; SQLite files and servers without one are skipped) and
// hands it to Connection::rememberPassword, then calls `done` (always queued on `context`).
// Runs before anything connects: --db for every command, --from and --to for `db copy`.
// ~/.pgpass needs nothing here; libpq reads it itself.
void loadDatabasePasswords(SecretStore *secrets, const QStringList &locations, QObject *context,
                           std::function<void()> done);

} // namespace hookline::cli
