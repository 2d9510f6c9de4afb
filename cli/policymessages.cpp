#include "policymessages.h"

namespace hookline::cli {

QString describe(AddressRule rule)
{
    switch (rule) {
    case AddressRule::Public:
        return QStringLiteral("public");
    case AddressRule::Allowlisted:
        return QStringLiteral("allowlisted");
    case AddressRule::ThisNetwork:
        return QStringLiteral("\"this network\" (reaches the local host)");
    case AddressRule::Private:
        return QStringLiteral("private network (RFC 1918)");
    case AddressRule::CarrierGradeNat:
        return QStringLiteral("carrier-grade NAT");
    case AddressRule::Loopback:
        return QStringLiteral("loopback");
    case AddressRule::LinkLocal:
        return QStringLiteral("link-local");
    case AddressRule::CloudMetadata:
        return QStringLiteral("cloud metadata service");
    case AddressRule::IetfProtocolAssignments:
        return QStringLiteral("IETF protocol assignments");
    case AddressRule::Documentation:
        return QStringLiteral("documentation range");
    case AddressRule::SixToFourRelay:
        return QStringLiteral("6to4 relay anycast");
    case AddressRule::Benchmarking:
        return QStringLiteral("benchmarking range");
    case AddressRule::Multicast:
        return QStringLiteral("multicast");
    case AddressRule::Reserved:
        return QStringLiteral("reserved");
    case AddressRule::Broadcast:
        return QStringLiteral("broadcast");
    case AddressRule::AzurePlatform:
        return QStringLiteral("Azure platform address");
    case AddressRule::Unspecified:
        return QStringLiteral("unspecified address");
    case AddressRule::Ipv4Compatible:
        return QStringLiteral("IPv4-compatible IPv6 (deprecated)");
    case AddressRule::Nat64:
        return QStringLiteral("NAT64");
    case AddressRule::DiscardOnly:
        return QStringLiteral("discard-only");
    case AddressRule::SixToFour:
        return QStringLiteral("6to4 (embeds IPv4)");
    case AddressRule::Srv6:
        return QStringLiteral("SRv6");
    case AddressRule::UniqueLocal:
        return QStringLiteral("unique local IPv6");
    case AddressRule::SiteLocal:
        return QStringLiteral("site-local IPv6");
    case AddressRule::NotGlobalUnicast:
        return QStringLiteral("outside global unicast 2000::/3");
    case AddressRule::LocalInterface:
        return QStringLiteral("an address of this machine");
    case AddressRule::Invalid:
        return QStringLiteral("not an IP address");
    }
    return {};
}

QString describe(Allowlist::EntryError error)
{
    switch (error) {
    case Allowlist::EntryError::Empty:
        return QStringLiteral("the entry is empty");
    case Allowlist::EntryError::Wildcard:
        return QStringLiteral("wildcards are not supported; name each host exactly");
    case Allowlist::EntryError::InvalidHost:
        return QStringLiteral("not a valid host name or IP address");
    case Allowlist::EntryError::InvalidCidr:
        return QStringLiteral("the address part of the CIDR is not a plain IP address");
    case Allowlist::EntryError::InvalidPrefix:
        return QStringLiteral("the prefix length must be 0–32 (IPv4) or 0–128 (IPv6)");
    case Allowlist::EntryError::HostBitsSet:
        return QStringLiteral("the CIDR has host bits set (write the network address)");
    case Allowlist::EntryError::TooBroad:
        return QStringLiteral("the CIDR is too broad (at least /8 for IPv4, /16 for IPv6)");
    case Allowlist::EntryError::ZoneId:
        return QStringLiteral("IPv6 zone ids are not allowed");
    case Allowlist::EntryError::InvalidPort:
        return QStringLiteral("the port must be a number from 1 to 65535");
    }
    return {};
}

} // namespace hookline::cli
