#pragma once

#include <QString>

class QSqlError;

namespace hookline {

// What went wrong in the store, as a code the callers can act on plus the driver's text for logs.
struct StoreError
{
    enum class Code
    {
        OpenFailed, // the file cannot be opened or created
        TooNew,     // the file was written by a newer Hookline
        Migration,  // a migration step failed (nothing of it was kept)
        Constraint, // a unique, foreign key or check constraint refused the write
        NotFound,   // the row to change does not exist
        Busy,       // another connection held the lock past the busy timeout
        // The server went away (PostgreSQL restarted, network lost): retry after reconnecting.
        ConnectionLost,
        // The audit key is not loaded: the change would go unaudited, so it was refused.
        AuditUnavailable,
        Other,
    };

    Code code = Code::Other;
    QString message;

    static StoreError fromSql(const QSqlError &error);
};

} // namespace hookline
