#pragma once

namespace hookline::cli {

class CommandRegistry;

// stats [--range 1h|24h|7d|30d] [--from T --to T] [--endpoint ID]… [--type T]…: analytics from
// the rollups, with recommendations
void registerStatsCommand(CommandRegistry &registry);

} // namespace hookline::cli
