#include "store/changewatcher.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// PRAGMA data_version changes whenever another connection commits to the file, and never for this
// connection's own commits.
class SqliteChangeWatcher final : public ChangeWatcher
{
public:
    explicit SqliteChangeWatcher(Store store)
        : m_store(std::move(store))
    {}

    StoreResult<bool> changedElsewhere() override
    {
        QSqlQuery q(sqlDatabase(m_store));
        if (!q.exec(QStringLiteral("PRAGMA data_version")))
            return StoreError::fromSql(q.lastError());
        if (!q.next())
            return StoreError{StoreError::Code::Other,
                              QStringLiteral("PRAGMA data_version returned no row")};
        const qint64 version = q.value(0).toLongLong();
        const bool first = m_version < 0;
        const bool changed = !first && version != m_version;
        m_version = version;
        return changed;
    }

private:
    Store m_store;
    qint64 m_version = -1;
};
} // namespace

std::unique_ptr<ChangeWatcher> ChangeWatcher::create(const Store &store)
{
    // The PostgreSQL watcher (LISTEN/NOTIFY) comes with that backend.
    return std::make_unique<SqliteChangeWatcher>(store);
}

} // namespace hookline
