#include "store/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
// Open transaction depth per connection. Connections never cross threads, so per-thread storage
// keyed by connection name is exact.
thread_local QHash<QString, int> t_depth;

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

QString savepointName(int depth)
{
    return QStringLiteral("hookline_sp_%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    QSqlError error;
    // SQLite: IMMEDIATE takes the write lock now, so two writers never deadlock upgrading a read
    // lock. PostgreSQL locks rows as they are written; its BEGIN has no such mode.
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    const QString sql = m_depth > 0 ? QStringLiteral("SAVEPOINT ") + savepointName(m_depth)
                        : postgres  ? QStringLiteral("BEGIN")
                                    : QStringLiteral("BEGIN IMMEDIATE");
    if (exec(m_db, sql, &error)) {
        m_active = true;
        ++depth;
    } else {
        m_error = StoreError::fromSql(error);
    }
}

Transaction::~Transaction()
{
    rollback();
}

std::optional<StoreError> Transaction::commit()
{
    if (!m_active)
        return m_error ? m_error
                       : StoreError{StoreError::Code::Other, QStringLiteral("no transaction")};
    QSqlError error;
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + savepointName(m_depth);
    if (!exec(m_db, sql, &error)) {
        rollback();
        return StoreError::fromSql(error);
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return std::nullopt;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        exec(m_db, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        exec(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth), nullptr);
        exec(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth), nullptr);
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
}

} // namespace hookline
