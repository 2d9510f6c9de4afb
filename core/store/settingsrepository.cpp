#include "store/settingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QString> SettingsRepository::value(const QString &scope, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE scope = ? AND key = ?"));
    q.addBindValue(scope);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

QString SettingsRepository::value(const QString &scope, const QString &key,
                                  const QString &fallback) const
{
    return value(scope, key).value_or(fallback);
}

QHash<QString, QString> SettingsRepository::values(const QString &scope) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE scope = ?"));
    q.addBindValue(scope);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

std::optional<StoreError> SettingsRepository::setValue(const QString &scope, const QString &key,
                                                       const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (scope, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

std::optional<StoreError> SettingsRepository::remove(const QString &scope, const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM settings WHERE scope = ? AND key = ?"));
    q.addBindValue(scope);
    q.addBindValue(key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return std::nullopt;
}

} // namespace hookline
