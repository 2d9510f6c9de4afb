#pragma once

#include "store/storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hookline {

// Small named values grouped by scope ("engine", "policy.sandbox", "keys.live", …). Never a secret:
// secrets live in the SecretStore only.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }

    std::optional<QString> value(const QString &scope, const QString &key) const;
    QString value(const QString &scope, const QString &key, const QString &fallback) const;
    QHash<QString, QString> values(const QString &scope) const;

    std::optional<StoreError> setValue(const QString &scope, const QString &key,
                                       const QString &value);
    std::optional<StoreError> remove(const QString &scope, const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace hookline
