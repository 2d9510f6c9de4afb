#include "support/tempdatabase.h"

#include "audit/auditlog.h"

namespace hookline::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("hookline.db")))
    , m_connection(std::make_unique<Connection>(m_path))
{
    if (m_connection->open())
        m_connection.reset();
    // Services audit every change and refuse it without the audit key; in-process tests get a
    // fixed one unless they installed their own.
    if (!AuditLog::hasKey())
        AuditLog::setKey(QByteArray(32, 'k'));
}

} // namespace hookline::test
