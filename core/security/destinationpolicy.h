#pragma once

#include "domain/destinationurl.h"
#include "domain/policyreason.h"
#include "http/httptarget.h"
#include "security/addressclassifier.h"
#include "security/allowlist.h"
#include "security/resolver.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

class QObject;

namespace hookline {

// The destination policy (SSRF protection, docs/destination-rules.md). Decides whether a webhook
// URL may be contacted and, when it may, which single vetted address to connect to. The engine
// calls check() at every attempt; the endpoint form and the CLI call checkWithoutLookup() at save
// time.
class DestinationPolicy
{
public:
    enum class Decision
    {
        Allow,
        Deny,
        NeedsLookup, // checkWithoutLookup only: a name that DNS must decide about
    };

    struct Verdict
    {
        Decision decision = Decision::Deny;
        PolicyReason reason = PolicyReason::InvalidUrl;
        DestinationUrl destination; // the parsed URL (invalid when reason is a syntax rule)
        // Every address considered (the literal address, or every DNS answer), each with the
        // rule that decided about it.
        QList<AddressClassifier::Result> addresses;
        // Deny because of an address: the first denied one (its rule and CIDR say why).
        std::optional<AddressClassifier::Result> deniedAddress;
        // Allow: the one address to connect to. Never look the name up again for this attempt.
        QHostAddress vettedAddress;
        int lookups = 0; // DNS lookups this check performed (0 or 1)

        bool isAllowed() const { return decision == Decision::Allow; }
        // A timeout is a transient `dns` failure worth retrying; every other deny is final for
        // this attempt (the engine still retries by schedule, since DNS answers change).
        bool isRetryable() const { return reason == PolicyReason::DnsTimeout; }

        // For the engine, when allowed: the URL with the vetted IP as host, the Host header
        // (original host[:port]) and the name for SNI and certificate verification.
        QUrl pinnedUrl() const;
        // The same pinned to another of the vetted answers (a fallback when the first refuses
        // the connection). Empty unless allowed.
        QUrl pinnedUrl(const QHostAddress &address) const;
        QString hostHeader() const;
        QString peerVerifyName() const;
        // Rule 6 for the engine's client: connect to `address` (one of allowedAddresses()), send
        // the URL's Host header, and use its name for SNI and certificate verification. Invalid
        // unless allowed.
        HttpTarget target(const QHostAddress &address) const;
        // Every answer, in DNS order, when allowed (all of them passed the checks); the first is
        // vettedAddress.
        QList<QHostAddress> allowedAddresses() const;
    };
    using Callback = std::function<void(const Verdict &)>;

    static constexpr std::chrono::milliseconds kDefaultDnsTimeout{5000};

    // The classifier decides about interface addresses (AddressClassifier::withSystemInterfaces()
    // in production).
    explicit DestinationPolicy(AddressClassifier classifier = AddressClassifier());

    // Rule 3: names refused before any lookup. host: canonical.
    static bool isDeniedName(const QString &host);

    // Syntax, denied names, literal addresses and the allowlist; no DNS. For save-time feedback.
    Verdict checkWithoutLookup(const QString &url, const Allowlist &allowlist) const;
    Verdict checkWithoutLookup(const QUrl &url, const Allowlist &allowlist) const;

    // The full check of one attempt: at most one lookup through resolver. done is called exactly
    // once, later from the event loop, on context's thread (not at all if context dies first).
    // resolver must outlive the lookup.
    void check(const QString &url, const Allowlist &allowlist, Resolver &resolver, QObject *context,
               Callback done, std::chrono::milliseconds dnsTimeout = kDefaultDnsTimeout) const;
    void check(const QUrl &url, const Allowlist &allowlist, Resolver &resolver, QObject *context,
               Callback done, std::chrono::milliseconds dnsTimeout = kDefaultDnsTimeout) const;

    const AddressClassifier &classifier() const { return m_classifier; }

private:
    Verdict preflight(const DestinationUrl &destination, const Allowlist &allowlist) const;
    static void judgeAddresses(Verdict &verdict, const QList<QHostAddress> &addresses,
                               const Allowlist &allowlist, const AddressClassifier &classifier,
                               bool nameAllowlisted, PolicyReason deniedReason);

    AddressClassifier m_classifier;
};

QString toString(DestinationPolicy::Decision decision); // "allow", "deny", "needs-lookup"

} // namespace hookline
