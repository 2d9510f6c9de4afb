#pragma once

namespace hookline::cli {

class CommandRegistry;

// tls trust|untrust|list
void registerTlsCommands(CommandRegistry &registry);

} // namespace hookline::cli
