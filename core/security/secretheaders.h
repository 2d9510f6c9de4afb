#pragma once

#include <QLatin1String>
#include <QString>

namespace hookline {

// Custom header values that are credentials (issue 14 §5). Such a value lives in the SecretStore
// under SecretNames::header(); the database, the attempt log, exports and every printout carry
// `kRedacted`, a placeholder or an environment variable reference instead.
class SecretHeaders
{
public:
    // What stored attempt headers, `delivery show` and the logs show instead of a secret.
    static constexpr QLatin1String kRedacted{"[redacted]"};

    // Authorization, Proxy-Authorization, Cookie, X-Api-Key and any *-Token, *-Key, *-Secret or
    // *-Signature (case-insensitive): secret unless the admin says otherwise.
    static bool isSecretByDefault(const QString &headerName);

    // The environment variable that supplies the value where the value cannot be shown: the curl
    // export refers to it and `config import` reads it. "X-Api-Key" → HOOKLINE_HEADER_X_API_KEY.
    static QString variableName(const QString &headerName);

    // What `config export` writes for a secret value: "${HOOKLINE_HEADER_X_API_KEY}". On import it
    // means "keep the stored value" (or take it from that variable for a new one).
    static QString placeholder(const QString &headerName);
    static bool isPlaceholder(const QString &headerName, const QString &value);
};

} // namespace hookline
