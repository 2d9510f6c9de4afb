#pragma once

#include "security/outgoingrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace hookline {

// Checks a received webhook the way a receiver would, and names the first thing that failed.
// Used by `hooklinectl verify`, the console's Verify dialog and the local test receiver.
class WebhookVerifier
{
public:
    enum class Failure
    {
        None,
        InvalidJwks,          // the JWKS is not {"keys":[…]} with at least one RSA key
        MissingSignature,     // X-Webhook-Signature (or a webhook-* header) is absent
        MalformedToken,       // not a compact JWS with JSON header and claims, or claims missing
        UnsupportedAlgorithm, // alg is not RS256
        UnknownKid,           // no key in the JWKS has the token's kid
        BadSignature,         // the signature does not match
        Expired,              // exp (JWT) or webhook-timestamp (Standard) too far in the past
        NotYetValid,          // iat/nbf or webhook-timestamp in the future
        AudienceMismatch,     // aud differs from X-Webhook-Id or the expected webhook id
        BodyHashMismatch,     // body_sha256 differs from the received body
        HeadersHashMismatch,  // headers_sha256 differs from the received signed headers
    };

    struct Options
    {
        std::optional<QString> expectedWebhookId;
        QDateTime now; // invalid = the current time
        int leewaySeconds = 60;
        // Standard Webhooks: how far webhook-timestamp may be from now.
        int toleranceSeconds = 300;
    };

    struct Result
    {
        Failure failure = Failure::None;
        QString kid;
        QJsonObject claims; // set once the signature checked out
        QString detail;     // what exactly differed, for logs and the CLI's --json output
        bool ok() const { return failure == Failure::None; }
    };

    static Result verifyJwt(const QJsonObject &jwks, const HttpHeaders &headers,
                            QByteArrayView body, const Options &options);
    static Result verifyJwt(const QJsonObject &jwks, const HttpHeaders &headers,
                            QByteArrayView body)
    {
        return verifyJwt(jwks, headers, body, Options{});
    }
    // `secrets` in whsec_ form; any one matching any v1 signature passes.
    static Result verifyStandard(const QStringList &secrets, const HttpHeaders &headers,
                                 QByteArrayView body, const Options &options);

    // Stable identifiers for the failures (CLI --json, logs): "bad_signature", …
    static QString code(Failure failure);
    // Parses "Name: value" lines (as written by curl -D, or by hand). Blank lines and an HTTP
    // status line are skipped.
    static HttpHeaders parseHeaderLines(QByteArrayView text);
};

} // namespace hookline
