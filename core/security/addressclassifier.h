#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

namespace hookline {

// The rule that decided about one address (docs/destination-rules.md rule 5 and its two tables).
enum class AddressRule
{
    Public,      // allowed: no rule denies it
    Allowlisted, // allowed: inside a CIDR (or behind a host name) of the environment's allowlist
    ThisNetwork,
    Private,
    CarrierGradeNat,
    Loopback,
    LinkLocal,
    CloudMetadata,
    IetfProtocolAssignments,
    Documentation,
    SixToFourRelay,
    Benchmarking,
    Multicast,
    Reserved,
    Broadcast,
    AzurePlatform,
    Unspecified,
    Ipv4Compatible,
    Nat64,
    DiscardOnly,
    SixToFour,
    Srv6,
    UniqueLocal,
    SiteLocal,
    NotGlobalUnicast, // IPv6 outside 2000::/3
    LocalInterface,   // an address of this machine
    Invalid,          // not an IPv4 or IPv6 address at all
};

QString toString(AddressRule rule); // stable machine name: "loopback", "private", …

// How far the allowlist (docs/destination-rules.md rule 8) may open an address that a table
// denies. Rule 8 allows exceptions only as explicit CIDRs or host names, for on-premises receivers,
// the local test receiver and tests; it names no exception for metadata services, and none of those
// uses needs one. So:
// - Never: cloud metadata addresses (169.254.169.254, fd00:ec2::254, 100.100.100.200, …) and the
//   Azure platform address 168.63.129.16, whatever the allowlist says. They hand out credentials.
// - ExplicitCidr: "this network" (0.0.0.0/8, ::), which reaches the local host, and link-local
//   (169.254/16, fe80::/10), where metadata services live. Only a CIDR entry lying wholly inside
//   that range opens them (the admin typed such an address on purpose), never an allowlisted host
//   name (its DNS answer can move there at any time: rebinding) nor a broader CIDR.
// - Any: every other denied address; a host name or CIDR entry opens it.
enum class AllowlistReach
{
    Any,
    ExplicitCidr,
    Never,
};
AllowlistReach allowlistReach(AddressRule rule);
std::optional<AddressRule> addressRuleFromString(const QString &text);

// Classifies addresses with explicit subnet tables, because QHostAddress::isGlobal() calls 10/8
// and fc00::/7 global. IPv4-mapped IPv6 addresses are unmapped first, so ::ffff:127.0.0.1 is
// judged as 127.0.0.1. Copyable value; cheap to hand to another thread.
class AddressClassifier
{
public:
    struct Result
    {
        QHostAddress address; // as classified: unmapped, without scope id
        bool allowed = false;
        AddressRule rule = AddressRule::Invalid;
        QString cidr; // the table row (or the interface address) that decided; empty if public
        friend bool operator==(const Result &, const Result &) = default;
    };

    // Without interface addresses (tests, and callers that add their own).
    AddressClassifier() = default;
    explicit AddressClassifier(const QList<QHostAddress> &interfaceAddresses);
    // With the addresses of this machine's interfaces (QNetworkInterface::allAddresses()).
    static AddressClassifier withSystemInterfaces();

    Result classify(const QHostAddress &address) const;
    const QList<QHostAddress> &interfaceAddresses() const { return m_interfaces; }

    // ::ffff:a.b.c.d → a.b.c.d, and the scope id dropped; anything else unchanged.
    static QHostAddress normalised(const QHostAddress &address);

private:
    QList<QHostAddress> m_interfaces;
};

} // namespace hookline
