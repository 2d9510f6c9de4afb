#pragma once

#include "domain/endpoint.h"

#include <QList>
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

// After `endpoint add|update` and `config import`: writes the values of the secret custom headers
// of the `saved` endpoints to the SecretStore and removes those of secret headers they no longer
// have (compared with `before`, the same endpoints as they were), then returns `next()` (an exit
// code or kAsync). When the store refuses, says which endpoint waits and how to fix it, exit 1.
int storeSecretHeadersThen(Context &ctx, const QList<Endpoint> &saved,
                           const QList<Endpoint> &before, std::function<int()> next);

// endpoint rotate-secret ID [--token] [--overlap HOURS]
void registerEndpointSecretCommands(CommandRegistry &registry);

} // namespace hookline::cli
