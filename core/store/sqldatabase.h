#pragma once

#include "store/store.h"

#include <QSqlDatabase>

namespace hookline {

// The Qt Sql connection behind a Store. For core/store only: nothing else may include this header.
QSqlDatabase sqlDatabase(const Store &store);

} // namespace hookline
