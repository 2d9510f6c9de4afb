#pragma once

#include "domain/environment.h"

#include <QString>

namespace hookline {

// Names of the entries in the SecretStore; one place so the console, the CLI and the engine agree.
class SecretNames
{
public:
    static QString signingKey(Environment env, const QString &kid)
    {
        return toString(env) + QStringLiteral("/signing/") + kid;
    }
    static QString authToken(const QString &endpointId)
    {
        return QStringLiteral("endpoint/") + endpointId + QStringLiteral("/auth_token");
    }
    static QString webhookSecret(const QString &endpointId)
    {
        return QStringLiteral("endpoint/") + endpointId + QStringLiteral("/whsec");
    }
    static QString auditKey() { return QStringLiteral("audit/key"); }
};

} // namespace hookline
