#pragma once

namespace hookline::cli {

class CommandRegistry;

// check-url URL [--resolve HOST:ADDR]… and policy allow|disallow|list (the destination policy).
void registerPolicyCommands(CommandRegistry &registry);

} // namespace hookline::cli
