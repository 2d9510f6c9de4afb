#pragma once

#include <QString>
#include <optional>

namespace hookline {

// Why the destination policy allowed or refused a URL. The machine names (toString) are stable:
// the CLI prints them, --json carries them and the UI maps them to words.
enum class PolicyReason
{
    // Allowed
    PublicAddress, // every address is public
    Allowlisted,   // the host name, or an address, is on the environment's allowlist
    NeedsLookup,   // checkWithoutLookup only: the syntax and the name are fine, DNS decides

    // Rule 1: strict parsing of the typed string
    InvalidUrl,         // not a URL at all (no "scheme://host")
    NotHttps,           // a scheme other than https
    UserInfo,           // user:pw@
    Fragment,           // #fragment
    ForbiddenCharacter, // a backslash, control character or whitespace anywhere
    EmptyHost,          // no host
    InvalidPort,        // a port outside 1–65535 or not a number
    Ipv6ZoneId,         // [fe80::1%eth0]
    HostTooLong,        // over 253 characters
    InvalidIpv4,        // numeric-looking last label that is not a valid IPv4 address
    InvalidHost,        // characters no host name may hold (percent-encoding, empty label, …)

    // Rules 3–5
    DeniedName,            // localhost, metadata.google.internal, … (before any lookup)
    DeniedAddress,         // the URL names a denied IP address literally
    ResolvedAddressDenied, // one of the DNS answers is denied
    NxDomain,              // the name does not exist
    NoAddresses,           // the name exists but has neither A nor AAAA records
    ResolverFailure,       // the resolver failed (fail closed)
    DnsTimeout,            // the resolver did not answer in time (retryable `dns` failure)
};

QString toString(PolicyReason reason);
std::optional<PolicyReason> policyReasonFromString(const QString &text);

} // namespace hookline
