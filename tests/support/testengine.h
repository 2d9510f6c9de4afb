#pragma once

#include "engine/enginecontroller.h"
#include "engine/signingmaterial.h"

#include <memory>

namespace hookline::test {

// An engine over `database` (a path or a URI) with the product's ports and `material` to sign
// with: what the end-to-end tests start. Not started yet, so a test can watch its signals first.
std::unique_ptr<EngineController> makeEngine(const QString &database, SigningMaterial material);

} // namespace hookline::test
