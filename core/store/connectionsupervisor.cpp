#include "store/connectionsupervisor.h"

#include "domain/clock.h"
#include "store/connection.h"
#include "store/sqldatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace hookline {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

ConnectionSupervisor::ConnectionSupervisor(Connection *connection, const Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionSupervisor::reopen);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionSupervisor::probe);
}

bool ConnectionSupervisor::recoverIfLost(const StoreError &error)
{
    // QPSQL closes the connection once it sees the server gone; statements then fail with an
    // empty error, so a closed connection counts as lost too.
    if (error.code != StoreError::Code::ConnectionLost && m_connection->isOpen())
        return false;
    if (!m_lost) {
        m_lost = true;
        m_delayMs = 0;
        m_lastError = error.message;
        qCWarning(lcStore) << "database connection lost:" << error.message;
        emit lost();
    }
    if (m_delayMs > 0 && m_clock.monotonicMs() < m_nextAttemptMs)
        return true;
    reopen();
    return true;
}

void ConnectionSupervisor::watch(int probeIntervalMs)
{
    m_watching = true;
    m_probeTimer.start(probeIntervalMs);
}

void ConnectionSupervisor::probe()
{
    if (m_lost || m_connection->dialect() != Store::Dialect::Postgres)
        return;
    QSqlQuery query(sqlDatabase(m_connection->store()));
    if (!query.exec(QStringLiteral("SELECT 1")))
        recoverIfLost(StoreError::fromSql(query.lastError()));
}

void ConnectionSupervisor::reopen()
{
    if (!m_lost)
        return;
    if (const std::optional<StoreError> failed = m_connection->reopen()) {
        m_delayMs = std::clamp(m_delayMs * 2, kFirstRetryMs, kMaxRetryMs);
        m_nextAttemptMs = m_clock.monotonicMs() + m_delayMs;
        m_lastError = failed->message;
        qCWarning(lcStore) << "cannot reconnect to the database; next try in" << m_delayMs
                           << "ms:" << failed->message;
        if (m_watching)
            m_retryTimer.start(m_delayMs);
        emit retryScheduled(m_delayMs);
        return;
    }
    qCInfo(lcStore) << "reconnected to the database";
    m_lost = false;
    m_delayMs = 0;
    m_lastError.clear();
    emit restored();
}

} // namespace hookline
