#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace hookline::test {

// A throwaway PostgreSQL 15 cluster for one test process: initdb in a temporary folder
// (--auth=trust), reachable only over a unix socket in that folder (listen_addresses=''), on a
// random port; stopped and removed when the process ends. PostgreSQL refuses to run as root, so
// as root (CI) initdb and pg_ctl run as the `postgres` system user Debian's package creates.
class PostgresCluster
{
public:
    // Started on first use; null with `error` set when it cannot start.
    static PostgresCluster *shared(QString *error = nullptr);
    ~PostgresCluster();

    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    // A new, empty database; its libpq URI (postgresql://postgres@/NAME?host=…&port=…).
    QString createDatabase(QString *error);
    // A libpq URI for an existing database of this cluster.
    QString uri(const QString &database) const;

    // pg_ctl stop -m fast / start: what a server restart looks like to a client.
    bool stop(QString *error);
    bool start(QString *error);

private:
    PostgresCluster() = default;
    bool init(QString *error);
    bool run(const QString &program, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};

// The backend a test's TempDatabase uses: HOOKLINE_TEST_BACKEND=postgres selects the cluster
// above, anything else (the default) an SQLite file.
bool testBackendIsPostgres();

} // namespace hookline::test
