#pragma once

#include "domain/policyreason.h"
#include "security/addressclassifier.h"
#include "security/allowlist.h"

#include <QString>

namespace hookline::cli {

// One line of English per destination-policy code (core only returns the codes). The policy's
// reasons are text::PolicyText's, shared with the console.
QString describe(AddressRule rule);
QString describe(Allowlist::EntryError error);

} // namespace hookline::cli
