#pragma once

#include "store/storeerror.h"

#include <QSqlDatabase>
#include <optional>

namespace hookline {

// A write transaction that rolls back unless committed. Nests: an inner Transaction on the same
// connection becomes a savepoint, so a repository call and the audit entry recording it can share
// the caller's transaction and stand or fall together.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Set when BEGIN (or SAVEPOINT) failed; nothing may be written then.
    const std::optional<StoreError> &error() const { return m_error; }
    bool isActive() const { return m_active; }

    std::optional<StoreError> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
    std::optional<StoreError> m_error;
};

} // namespace hookline
