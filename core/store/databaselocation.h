#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace hookline {

// Where the console and the CLI keep their data unless told otherwise (--db, HOOKLINE_DB):
// $XDG_DATA_HOME/hookline/hookline.db, usually ~/.local/share/hookline/hookline.db.
QString defaultDatabasePath();

// Whether there is a database at `location` to read: a file that exists, or any PostgreSQL URI (a
// server's database is created by its administrator, never by Hookline; connecting says whether
// it is there).
bool databaseExists(const QString &location);

// What --db or HOOKLINE_DB names: an SQLite file (any text that is not a URL) or a PostgreSQL
// server as a libpq URI, postgresql://[user@][host][:port][/dbname][?param=value&…].
// A password in the URI is refused: it would end up in shell history, process lists and logs.
// Passwords come from ~/.pgpass / PGPASSFILE (libpq reads them) or from the keychain.
class DatabaseLocation
{
public:
    enum class Kind
    {
        SqliteFile,
        Postgres,
    };

    // The libpq URI parameters passed on to the server connection; anything else is refused so a
    // typo ("sslmode" spelt "ssl_mode") is an error, not a silently weaker connection.
    static const QStringList &acceptedParameters();

    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    // --db if given, else HOOKLINE_DB if set, else the default file.
    static QString chosen(const QString &option);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // SQLite: the file.
    const QString &path() const { return m_path; }

    // PostgreSQL. host is a name, an address or a unix socket folder (starts with '/'); empty:
    // libpq's default socket.
    const QString &host() const { return m_host; }
    int port() const { return m_port; } // 0: libpq's default (5432)
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_database; }
    // In URI order, e.g. ("sslmode", "verify-full").
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    QString parameter(const QString &name) const;

    // The canonical text: the path, or the URI rebuilt from its parts. It never holds a password,
    // so it is safe in logs, settings, the status bar and as a keychain entry's name.
    QString text() const;
    // For the status bar: "SQLite · hookline.db", "PostgreSQL · db.example:5432/hookline".
    QString label() const;

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace hookline
