#pragma once

#include <QString>
#include <functional>

namespace hookline::cli {

class CommandRegistry;
class Context;

// For `endpoint add|update` and `config import` of Standard Webhooks endpoints: makes each one's
// first whsec_ secret (audited, as the console does on save) unless it has one, then calls
// `report` and ends the run; without a secret their deliveries would wait. Returns the exit code
// or kAsync.
int ensureWebhookSecretsThen(Context &ctx, const QStringList &endpointIds,
                             std::function<void()> report);

// endpoint rotate-secret ID [--token] [--overlap HOURS]
void registerEndpointSecretCommands(CommandRegistry &registry);

} // namespace hookline::cli
