#pragma once

#include "config/configerror.h"

#include <QString>

namespace hookline::cli {

// English words for a template problem, led by its JSON path:
// "endpoints[3].timeout_s: is out of range (allowed: 1–10)".
QString describe(const ConfigError &error);

} // namespace hookline::cli
