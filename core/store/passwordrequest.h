#pragma once

#include "store/storeerror.h"

namespace hookline {

// Whether opening a PostgreSQL connection failed because the server wants a password that was
// not given (or was wrong): the console then asks for one instead of only showing the error.
// libpq says so only in words; they are not translated as long as lc_messages is C, which
// libpq's client side always is for these two.
bool serverAsksForPassword(const StoreError &error);

} // namespace hookline
