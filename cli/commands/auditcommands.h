#pragma once

namespace hookline::cli {

class CommandRegistry;

// audit verify · audit export [--out FILE] [--since T] · audit list [filters] [--limit N]
void registerAuditCommands(CommandRegistry &registry);

} // namespace hookline::cli
