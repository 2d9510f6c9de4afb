#pragma once

#include <QString>
#include <functional>

namespace hookline::cli {

class CommandRegistry;
class Context;

// For `endpoint add|update` of a Standard Webhooks endpoint: makes its first whsec_ secret
// (audited, as the console does on save) unless it has one, then calls `report` and ends the
// run; without a secret its deliveries would wait. Returns the exit code or kAsync.
int ensureWebhookSecretThen(Context &ctx, const QString &endpointId, std::function<void()> report);

// endpoint rotate-secret ID [--token] [--overlap HOURS]
void registerEndpointSecretCommands(CommandRegistry &registry);

} // namespace hookline::cli
