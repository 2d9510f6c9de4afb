#include "store/storeerror.h"

#include <QSqlError>

namespace hookline {

StoreError StoreError::fromSql(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of the (extended) native code.
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    Code code = Code::Other;
    if (ok) {
        switch (native & 0xff) {
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
