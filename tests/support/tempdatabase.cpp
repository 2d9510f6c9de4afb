#include "support/tempdatabase.h"

namespace hookline::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("hookline.db")))
    , m_connection(std::make_unique<Connection>(m_path))
{
    if (m_connection->open())
        m_connection.reset();
}

} // namespace hookline::test
