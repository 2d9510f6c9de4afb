#pragma once

namespace hookline::cli {

class CommandRegistry;

// event send|list|show
void registerEventCommands(CommandRegistry &registry);

} // namespace hookline::cli
