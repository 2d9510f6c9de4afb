#pragma once

namespace hookline::cli {

// Runs hooklinectl: parses the command line, executes one command, returns the exit code.
int run(int argc, char *argv[]);

} // namespace hookline::cli
