#pragma once

#include "store/store.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QHash>
#include <QString>
#include <optional>

namespace hookline {

// Small named values grouped by scope ("engine", "policy.sandbox", "keys.live", …). Never a secret:
// secrets live in the SecretStore only.
class SettingsRepository
{
public:
    explicit SettingsRepository(Store store);
    const Store &store() const { return m_store; }

    // A failed read is an error, never "not set".
    StoreResult<std::optional<QString>> value(const QString &scope, const QString &key) const;
    // `fallback` when the key is not set.
    StoreResult<QString> value(const QString &scope, const QString &key,
                               const QString &fallback) const;
    StoreResult<QHash<QString, QString>> values(const QString &scope) const;

    std::optional<StoreError> setValue(const QString &scope, const QString &key,
                                       const QString &value);
    std::optional<StoreError> remove(const QString &scope, const QString &key);

private:
    Store m_store;
};

} // namespace hookline
