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
    // A custom header value the admin marked secret (SecretHeaders); header names are
    // case-insensitive, so the entry is under the lower-case name.
    static QString header(const QString &endpointId, const QString &headerName)
    {
        return QStringLiteral("endpoint/") + endpointId + QStringLiteral("/header/") +
               headerName.trimmed().toLower();
    }
    static QString auditKey() { return QStringLiteral("audit/key"); }
    // The latest (sequence, hash) of the audit chain, so truncation and rollback are detected:
    // one anchor per database file (keyed by its canonical path), so several databases on one
    // machine (tests, --db) never share an anchor. The key is shared.
    static QString auditAnchor(const QString &databasePath);
    // A PostgreSQL server's password (`hooklinectl db password set`), by the server's URI as
    // DatabaseLocation::text() writes it (which never holds a password).
    static QString databasePassword(const QString &location)
    {
        return QStringLiteral("database/") + location + QStringLiteral("/password");
    }
    // The local ingest API's bearer token.
    static QString ingestToken() { return QStringLiteral("ingest/token"); }
};

} // namespace hookline
