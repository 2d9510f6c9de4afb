#pragma once

namespace hookline::cli {

class CommandRegistry;

// endpoint rotate-secret ID [--token] [--overlap HOURS]
void registerEndpointSecretCommands(CommandRegistry &registry);

} // namespace hookline::cli
