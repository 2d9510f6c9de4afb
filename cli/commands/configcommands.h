#pragma once

namespace hookline::cli {

class CommandRegistry;

// config export [--out FILE] and config import FILE [--dry-run]: bulk configuration templates
// (docs/config-templates.md).
void registerConfigCommands(CommandRegistry &registry);

} // namespace hookline::cli
