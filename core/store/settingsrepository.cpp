#include "store/settingsrepository.h"

#include "store/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

SettingsRepository::SettingsRepository(Store store)
    : m_store(std::move(store))
{}

StoreResult<std::optional<QString>> SettingsRepository::value(const QString &scope,
                                                              const QString &key) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT value FROM settings WHERE scope = ? AND key = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(scope);
    q.addBindValue(key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.next())
        return std::optional<QString>(q.value(0).toString());
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return std::optional<QString>();
}

StoreResult<QString> SettingsRepository::value(const QString &scope, const QString &key,
                                               const QString &fallback) const
{
    StoreResult<std::optional<QString>> found = value(scope, key);
    if (!found)
        return found.error();
    return found->value_or(fallback);
}

StoreResult<QHash<QString, QString>> SettingsRepository::values(const QString &scope) const
{
    QHash<QString, QString> out;
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE scope = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(scope);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    return out;
}

std::optional<StoreError> SettingsRepository::setValue(const QString &scope, const QString &key,
                                                       const QString &value)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("INSERT INTO settings (scope, key, value) VALUES (?, ?, ?) "
                                  "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

std::optional<StoreError> SettingsRepository::remove(const QString &scope, const QString &key)
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("DELETE FROM settings WHERE scope = ? AND key = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(scope);
    q.addBindValue(key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

} // namespace hookline
