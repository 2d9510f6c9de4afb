#pragma once

#include "store/store.h"

#include <QSqlDatabase>

namespace hookline {

// The Qt Sql connection behind a Store. For core/store only: nothing else may include this header.
QSqlDatabase sqlDatabase(const Store &store);

// `text` as an SQL string literal, quoted and escaped by the driver itself (libpq's
// PQescapeStringConn on PostgreSQL). For a statement run once per batch on PostgreSQL: a
// prepared statement costs three round trips there (PREPARE, EXECUTE, DEALLOCATE), a plain one
// one.
QString sqlLiteral(const QSqlDatabase &db, const QString &text);

} // namespace hookline
