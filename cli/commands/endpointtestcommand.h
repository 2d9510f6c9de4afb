#pragma once

namespace hookline::cli {

class CommandRegistry;

// endpoint test ID [--timeout S] [--no-wait]
void registerEndpointTestCommand(CommandRegistry &registry);

} // namespace hookline::cli
