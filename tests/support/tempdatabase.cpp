#include "support/tempdatabase.h"

#include "audit/auditlog.h"
#include "support/postgrescluster.h"

#include <QtTest>

namespace hookline::test {

namespace {
QString newDatabase(const QTemporaryDir &dir)
{
    if (!testBackendIsPostgres())
        return dir.filePath(QStringLiteral("hookline.db"));
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    const QString uri = cluster ? cluster->createDatabase(&error) : QString();
    if (uri.isEmpty())
        qWarning("TempDatabase: no PostgreSQL database: %s", qPrintable(error));
    return uri;
}
} // namespace

TempDatabase::TempDatabase()
    : m_path(newDatabase(m_dir))
    , m_connection(std::make_unique<Connection>(m_path))
{
    if (m_path.isEmpty() || m_connection->open())
        m_connection.reset();
    // Services audit every change and refuse it without the audit key; in-process tests get a
    // fixed one unless they installed their own.
    if (!AuditLog::hasKey())
        AuditLog::setKey(QByteArray(32, 'k'));
}

} // namespace hookline::test
