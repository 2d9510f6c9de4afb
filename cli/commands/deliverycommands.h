#pragma once

namespace hookline::cli {

class CommandRegistry;

// delivery list|show
void registerDeliveryCommands(CommandRegistry &registry);

} // namespace hookline::cli
