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

    // A cluster of its own that also listens on 127.0.0.1 over TCP, where it accepts only TLS
    // (hostssl) with this certificate and key (PEM); the unix socket stays as above.
    static std::unique_ptr<PostgresCluster> withTls(const QByteArray &certificatePem,
                                                    const QByteArray &keyPem, QString *error);
    // A libpq URI over TCP: postgresql://postgres@HOST:PORT/DATABASE?QUERY.
    QString tcpUri(const QString &database, const QString &host, const QString &query) const;

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
    bool writeTls(QString *error);
    bool run(const QString &program, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_tls = false;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    int m_databases = 0;
};

// The backend a test's TempDatabase uses: HOOKLINE_TEST_BACKEND=postgres selects the cluster
// above, anything else (the default) an SQLite file.
bool testBackendIsPostgres();

} // namespace hookline::test
