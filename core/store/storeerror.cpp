#include "store/storeerror.h"

#include <QSqlError>

namespace hookline {

namespace {
// PostgreSQL's errors carry a five-character SQLSTATE; SQLite's (extended) result codes are at most
// four digits, so the length tells the two apart.
StoreError::Code fromSqlState(const QString &state)
{
    if (state.startsWith(QLatin1String("23"))) // integrity constraint violation
        return StoreError::Code::Constraint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03")) // serialization failure, deadlock, lock not available
        return StoreError::Code::Busy;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return StoreError::Code::ConnectionLost; // connection exception, server shut down
    return StoreError::Code::Other;
}
} // namespace

StoreError StoreError::fromSql(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    if (native.size() == 5)
        return StoreError{fromSqlState(native), error.text()};
    // QPSQL reports a dropped connection without a SQLSTATE.
    if (error.type() == QSqlError::ConnectionError && native.isEmpty())
        return StoreError{Code::ConnectionLost, error.text()};
    // SQLite's primary result code is the low byte of the (extended) native code.
    bool ok = false;
    const int sqliteCode = native.toInt(&ok);
    Code code = Code::Other;
    if (ok) {
        switch (sqliteCode & 0xff) {
        case 19: // SQLITE_CONSTRAINT
            code = Code::Constraint;
            break;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            code = Code::Busy;
            break;
        case 14: // SQLITE_CANTOPEN
            code = Code::OpenFailed;
            break;
        default:
            break;
        }
    }
    return StoreError{code, error.text()};
}

} // namespace hookline
