#include "policytext.h"

namespace hookline::text {

QString PolicyText::reason(PolicyReason reason)
{
    switch (reason) {
    case PolicyReason::PublicAddress:
        return tr("every address of the host is public");
    case PolicyReason::Allowlisted:
        return tr("the host is on the environment's allowlist");
    case PolicyReason::NeedsLookup:
        return tr("the host name is checked when it is resolved");
    case PolicyReason::InvalidUrl:
        return tr("this is not a complete URL");
    case PolicyReason::NotHttps:
        return tr("only HTTPS is allowed");
    case PolicyReason::UserInfo:
        return tr("the URL contains a user name or password");
    case PolicyReason::Fragment:
        return tr("the URL contains a #fragment");
    case PolicyReason::ForbiddenCharacter:
        return tr("the URL contains a backslash, a space or a control character");
    case PolicyReason::EmptyHost:
        return tr("the URL has no host");
    case PolicyReason::InvalidPort:
        return tr("the port is not a number from 1 to 65535");
    case PolicyReason::Ipv6ZoneId:
        return tr("IPv6 zone ids (%eth0) are not allowed");
    case PolicyReason::HostTooLong:
        return tr("the host name is longer than 253 characters");
    case PolicyReason::InvalidIpv4:
        return tr("the host looks like an IPv4 address but is not a valid one");
    case PolicyReason::InvalidHost:
        return tr("the host name contains characters no host name may hold");
    case PolicyReason::DeniedName:
        return tr("the host name is a local or cloud-metadata name");
    case PolicyReason::DeniedAddress:
        return tr("the address is private, loopback, link-local or otherwise internal");
    case PolicyReason::ResolvedAddressDenied:
        return tr("the host name resolves to a private or internal address");
    case PolicyReason::NxDomain:
        return tr("the host name does not exist");
    case PolicyReason::NoAddresses:
        return tr("the host name has no IPv4 or IPv6 address");
    case PolicyReason::ResolverFailure:
        return tr("the host name could not be resolved");
    case PolicyReason::DnsTimeout:
        return tr("resolving the host name timed out");
    }
    return toString(reason);
}

} // namespace hookline::text
