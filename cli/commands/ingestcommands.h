#pragma once

namespace hookline::cli {

class CommandRegistry;

// ingest status · ingest enable [--port N] · ingest disable · ingest token [--rotate]
void registerIngestCommands(CommandRegistry &registry);

} // namespace hookline::cli
