#pragma once

namespace hookline::cli {

class CommandRegistry;

// keys generate|rotate|import|list|jwks
void registerKeyCommands(CommandRegistry &registry);

} // namespace hookline::cli
