#pragma once

namespace hookline::cli {

class CommandRegistry;

// db status [--json]; db copy --from SRC --to DST; db password set|delete URI
void registerDbCommands(CommandRegistry &registry);

} // namespace hookline::cli
