#pragma once

namespace hookline::cli {

class CommandRegistry;

// run [--drain]: the headless engine
void registerRunCommand(CommandRegistry &registry);

} // namespace hookline::cli
