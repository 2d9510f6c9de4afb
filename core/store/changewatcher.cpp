#include "store/changewatcher.h"

#include "store/sqldatabase.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
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
// PostgreSQL has no data_version: a statement-level trigger (schema 7) sends NOTIFY
// hookline_changes on every write to the tables the engine schedules from, and this connection
// LISTENs. Qt delivers notifications through the driver's socket notifier, so the connection's
// thread must run an event loop (the engine's does). Own commits are told apart by the sender.
class PostgresChangeWatcher final : public ChangeWatcher
{
public:
    explicit PostgresChangeWatcher(Store store)
        : m_store(std::move(store))
    {
        QSqlDriver *driver = sqlDatabase(m_store).driver();
        m_subscribed = driver->subscribeToNotification(QStringLiteral("hookline_changes"));
        QObject::connect(
            driver, &QSqlDriver::notification, &m_context,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source != QSqlDriver::SelfSource)
                    m_changed = true;
            });
    }

    StoreResult<bool> changedElsewhere() override
    {
        if (!m_subscribed)
            return StoreError{StoreError::Code::Other,
                              QStringLiteral("cannot LISTEN for changes on the server")};
        // Notifications cannot say that the session is gone: ask the server now and then, so an
        // idle engine notices a restart (and its lost LISTEN) within seconds.
        if (!m_probe.isValid() || m_probe.hasExpired(kProbeIntervalMs)) {
            m_probe.start();
            QSqlQuery q(sqlDatabase(m_store));
            if (!q.exec(QStringLiteral("SELECT 1")))
                return StoreError::fromSql(q.lastError());
        }
        const bool changed = m_changed;
        m_changed = false;
        return changed;
    }

private:
    static constexpr qint64 kProbeIntervalMs = 2000;
    Store m_store;
    QObject m_context;
    QElapsedTimer m_probe;
    bool m_subscribed = false;
    bool m_changed = false;
};
} // namespace

std::unique_ptr<ChangeWatcher> ChangeWatcher::create(const Store &store)
{
    if (store.dialect() == Store::Dialect::Postgres)
        return std::make_unique<PostgresChangeWatcher>(store);
    return std::make_unique<SqliteChangeWatcher>(store);
}

} // namespace hookline
