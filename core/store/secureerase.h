#pragma once

#include "store/store.h"

namespace hookline {

// While it lives, rows deleted or rewritten on the connection have their old bytes zeroed rather
// than left in free pages (SQLite's secure_delete); the connection's own setting comes back after,
// since it costs every later delete a write. PostgreSQL keeps old row versions until VACUUM, which
// is the server's business: there it does nothing.
class SecureErase
{
public:
    explicit SecureErase(Store store);
    ~SecureErase();
    SecureErase(const SecureErase &) = delete;
    SecureErase &operator=(const SecureErase &) = delete;

    // The write-ahead log holds rows as they were until it is reset: reset it (SQLite's
    // wal_checkpoint(TRUNCATE)). Best effort; nothing on PostgreSQL.
    static void truncateLog(const Store &store);

private:
    Store m_store;
    bool m_restore = false;
};

} // namespace hookline
