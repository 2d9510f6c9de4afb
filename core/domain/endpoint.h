#pragma once

#include "domain/environment.h"
#include "domain/filterrules.h"
#include "domain/retrypolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace hookline {

enum class HttpMethod
{
    Post,
    Put,
    Patch
};
enum class EndpointState
{
    Active,
    Paused,
    Disabled
};
enum class SigningScheme
{
    Jwt,
    StandardWebhooks
};

QString toString(HttpMethod method);
std::optional<HttpMethod> httpMethodFromString(const QString &text); // case-insensitive
QString toString(EndpointState state);
std::optional<EndpointState> endpointStateFromString(const QString &text);
QString toString(SigningScheme scheme); // "jwt" | "standard"
std::optional<SigningScheme> signingSchemeFromString(const QString &text);

struct HttpHeader
{
    QString name;
    // For a secret header: the value to store, or empty when the stored one stays. Never written
    // to the database (EndpointRepository); read from the SecretStore when sending.
    QString value;
    bool secret = false;
    friend bool operator==(const HttpHeader &, const HttpHeader &) = default;
};

// Auto-pause thresholds (docs/product-contract.md "Auto-pause, dead letters, failover"); unset
// fields fall back to the global defaults.
struct AutoPausePolicy
{
    static constexpr int kDefaultConsecutiveFailures = 20;
    static constexpr int kDefaultTimeoutWindow = 100;
    static constexpr int kDefaultTimeoutPercent = 50;

    std::optional<int> consecutiveFailures; // all of the last N attempts failed …
    std::optional<int> timeoutPercent;      // … or at least P % of the last 100 timed out
    friend bool operator==(const AutoPausePolicy &, const AutoPausePolicy &) = default;
};

// A customer's receiving URL and everything about how we deliver to it. The auth token, any
// Standard Webhooks secret and secret header values live in the keychain under the endpoint's id,
// never in the database.
struct Endpoint
{
    static constexpr int kDefaultTimeoutSeconds = 10;
    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 10;
    static constexpr int kDefaultMaxInFlight = 8;
    static constexpr int kMaxInFlightLimit = 256;

    QString id;        // ep_…
    QString webhookId; // wh_…, stable, sent with every delivery
    QString name;
    Environment environment = Environment::Sandbox;
    QUrl url;
    HttpMethod method = HttpMethod::Post;
    EndpointState state = EndpointState::Active;
    QString pausedReason;
    QDateTime pausedAt;
    QStringList eventPatterns{QStringLiteral("*")};
    FilterRules filterRules; // on the payload, after the subscriptions; empty: no filter
    QList<HttpHeader> customHeaders;
    QString authHeaderName = QStringLiteral("Authorization");
    SigningScheme signingScheme = SigningScheme::Jwt;
    int timeoutSeconds = kDefaultTimeoutSeconds;
    RetryPolicy retryPolicy;
    AutoPausePolicy autoPause;
    int maxInFlight = kDefaultMaxInFlight;
    double rateLimitPerSecond = 0; // 0: unlimited
    QUrl failoverUrl;
    QString description;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    // While paused, a failover URL takes the endpoint's deliveries; without one they are held.
    bool failoverActive() const { return state == EndpointState::Paused && !failoverUrl.isEmpty(); }
    // Where the endpoint's deliveries go now.
    const QUrl &deliveryUrl() const { return failoverActive() ? failoverUrl : url; }

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

} // namespace hookline
