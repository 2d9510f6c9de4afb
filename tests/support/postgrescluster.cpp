#include "support/postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

namespace hookline::test {

namespace {
QString findBinDir()
{
    const QStringList candidates = {QStringLiteral("/usr/lib/postgresql/15/bin")};
    for (const QString &dir : candidates) {
        if (QFile::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return {};
}

bool asRoot()
{
    return ::geteuid() == 0;
}
} // namespace

bool testBackendIsPostgres()
{
    return qEnvironmentVariable("HOOKLINE_TEST_BACKEND") == QLatin1String("postgres");
}

namespace {
std::unique_ptr<PostgresCluster> s_sharedCluster;

// Stops the shared server while the application object still exists: stopping it from a static
// destructor after main() ran QProcess with Qt's own statics half torn down, and a test process
// crashed at exit now and then (pg.core.independentverification, once in a full run).
void stopSharedCluster()
{
    s_sharedCluster.reset();
}
} // namespace

PostgresCluster *PostgresCluster::shared(QString *error)
{
    // A test that fails to start one sees why.
    static QString s_error;
    static const bool s_started = [] {
        std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
        if (!cluster->init(&s_error))
            return false;
        s_sharedCluster = std::move(cluster);
        if (QCoreApplication::instance())
            qAddPostRoutine(stopSharedCluster);
        return true;
    }();
    if (!s_started && error)
        *error = s_error;
    return s_sharedCluster.get();
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments,
                          QString *error) const
{
    QProcess process;
    QString executable = m_binDir + QLatin1Char('/') + program;
    QStringList args = arguments;
    if (asRoot()) {
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           executable} +
               args;
        executable = QStringLiteral("runuser");
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error =
            QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::init(QString *error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error =
            QStringLiteral("PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin/pg_ctl); "
                           "./test.sh installs postgresql-15");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    // The server user must reach the folder: open it up, hand it over, and check the path to it.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    if (asRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(40000));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("--auth=trust"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             error))
        return false;
    if (m_tls && !writeTls(error))
        return false;
    return start(error);
}

std::unique_ptr<PostgresCluster> PostgresCluster::withTls(const QByteArray &certificatePem,
                                                          const QByteArray &keyPem, QString *error)
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    cluster->m_tls = true;
    cluster->m_certificatePem = certificatePem;
    cluster->m_keyPem = keyPem;
    if (!cluster->init(error))
        return nullptr;
    return cluster;
}

// The server's certificate and key in its data folder (the key readable by the server user
// only, or the server refuses it), and a pg_hba.conf that takes TCP clients over TLS only.
bool PostgresCluster::writeTls(QString *error)
{
    const QDir data(m_dir.filePath(QStringLiteral("data")));
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("server.crt"), m_certificatePem},
        {QStringLiteral("server.key"), m_keyPem},
        {QStringLiteral("pg_hba.conf"),
         QByteArrayLiteral("local all all trust\n"
                           "hostssl all all 127.0.0.1/32 trust\n"
                           "hostnossl all all 127.0.0.1/32 reject\n")}};
    for (const auto &[name, bytes] : files) {
        QFile f(data.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            *error = QStringLiteral("cannot write %1").arg(f.fileName());
            return false;
        }
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (asRoot()) {
            QProcess chown;
            chown.start(QStringLiteral("chown"),
                        {QStringLiteral("postgres:postgres"), f.fileName()});
            if (!chown.waitForFinished() || chown.exitCode() != 0) {
                *error = QStringLiteral("cannot give %1 to the postgres user").arg(f.fileName());
                return false;
            }
        }
    }
    return true;
}

QString PostgresCluster::tcpUri(const QString &database, const QString &host,
                                const QString &query) const
{
    return QStringLiteral("postgresql://postgres@%1:%2/%3?%4")
        .arg(host)
        .arg(m_port)
        .arg(database, query);
}

bool PostgresCluster::start(QString *error)
{
    // fsync off: a test's server is never power-cut, and the suite runs many of them.
    QString options = QStringLiteral("-k %1 -p %2 -c fsync=off -c max_connections=200")
                          .arg(m_dir.path())
                          .arg(m_port);
    options += m_tls ? QStringLiteral(" -c listen_addresses=127.0.0.1 -c ssl=on")
                     : QStringLiteral(" -c listen_addresses=''");
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresCluster::stop(QString *error)
{
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
             error))
        return false;
    m_running = false;
    return true;
}

PostgresCluster::~PostgresCluster()
{
    if (m_running) {
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    }
}

QString PostgresCluster::uri(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3")
        .arg(database, m_dir.path())
        .arg(m_port);
}

QString PostgresCluster::createDatabase(QString *error)
{
    const QString name = QStringLiteral("hookline_test_%1").arg(++m_databases);
    const QString connection = QStringLiteral("postgres-cluster-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? uri(name) : QString();
}

} // namespace hookline::test
