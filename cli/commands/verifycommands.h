#pragma once

namespace hookline::cli {

class CommandRegistry;

// verify --jwks FILE --headers FILE --body FILE
void registerVerifyCommands(CommandRegistry &registry);

} // namespace hookline::cli
