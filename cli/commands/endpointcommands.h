#pragma once

namespace hookline::cli {

class CommandRegistry;

// endpoint list|show|add|update|remove|pause|resume
void registerEndpointCommands(CommandRegistry &registry);

} // namespace hookline::cli
