#include "domain/policyreason.h"

#include <utility>

namespace hookline {

namespace {
constexpr std::pair<PolicyReason, const char *> kNames[] = {
    {PolicyReason::PublicAddress, "public-address"},
    {PolicyReason::Allowlisted, "allowlisted"},
    {PolicyReason::NeedsLookup, "needs-lookup"},
    {PolicyReason::InvalidUrl, "invalid-url"},
    {PolicyReason::NotHttps, "not-https"},
    {PolicyReason::UserInfo, "userinfo"},
    {PolicyReason::Fragment, "fragment"},
    {PolicyReason::ForbiddenCharacter, "forbidden-character"},
    {PolicyReason::EmptyHost, "empty-host"},
    {PolicyReason::InvalidPort, "invalid-port"},
    {PolicyReason::Ipv6ZoneId, "ipv6-zone-id"},
    {PolicyReason::HostTooLong, "host-too-long"},
    {PolicyReason::InvalidIpv4, "invalid-ipv4"},
    {PolicyReason::InvalidHost, "invalid-host"},
    {PolicyReason::DeniedName, "denied-name"},
    {PolicyReason::DeniedAddress, "denied-address"},
    {PolicyReason::ResolvedAddressDenied, "resolved-address-denied"},
    {PolicyReason::NxDomain, "nxdomain"},
    {PolicyReason::NoAddresses, "no-addresses"},
    {PolicyReason::ResolverFailure, "resolver-failure"},
    {PolicyReason::DnsTimeout, "dns-timeout"},
};
} // namespace

QString toString(PolicyReason reason)
{
    for (const auto &[r, name] : kNames) {
        if (r == reason)
            return QLatin1String(name);
    }
    return {};
}

std::optional<PolicyReason> policyReasonFromString(const QString &text)
{
    for (const auto &[r, name] : kNames) {
        if (text == QLatin1String(name))
            return r;
    }
    return std::nullopt;
}

} // namespace hookline
