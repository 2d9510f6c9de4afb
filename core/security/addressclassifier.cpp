#include "security/addressclassifier.h"

#include <QNetworkInterface>

namespace hookline {

namespace {
struct Row
{
    QHostAddress network;
    int prefix;
    AddressRule rule;
    QString cidr;
};

Row row(const char *cidr, AddressRule rule)
{
    const QString text = QLatin1String(cidr);
    const std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
    Q_ASSERT(!subnet.first.isNull());
    return Row{subnet.first, subnet.second, rule, text};
}

// Order matters: the first matching row decides, so single addresses come before their subnets.
const QList<Row> &ipv4Table()
{
    static const QList<Row> table = {
        row("169.254.169.254/32", AddressRule::CloudMetadata),
        row("100.100.100.200/32", AddressRule::CloudMetadata), // Alibaba
        row("192.0.0.192/32", AddressRule::CloudMetadata),     // Oracle
        row("168.63.129.16/32", AddressRule::AzurePlatform),
        row("0.0.0.0/8", AddressRule::ThisNetwork),
        row("10.0.0.0/8", AddressRule::Private),
        row("172.16.0.0/12", AddressRule::Private),
        row("192.168.0.0/16", AddressRule::Private),
        row("100.64.0.0/10", AddressRule::CarrierGradeNat),
        row("127.0.0.0/8", AddressRule::Loopback),
        row("169.254.0.0/16", AddressRule::LinkLocal),
        row("192.0.0.0/24", AddressRule::IetfProtocolAssignments),
        row("192.0.2.0/24", AddressRule::Documentation),
        row("198.51.100.0/24", AddressRule::Documentation),
        row("203.0.113.0/24", AddressRule::Documentation),
        row("192.88.99.0/24", AddressRule::SixToFourRelay),
        row("198.18.0.0/15", AddressRule::Benchmarking),
        row("224.0.0.0/4", AddressRule::Multicast),
        row("255.255.255.255/32", AddressRule::Broadcast),
        row("240.0.0.0/4", AddressRule::Reserved),
    };
    return table;
}

const QList<Row> &ipv6Table()
{
    static const QList<Row> table = {
        row("::/128", AddressRule::Unspecified),
        row("::1/128", AddressRule::Loopback),
        row("::/96", AddressRule::Ipv4Compatible),
        row("64:ff9b::/96", AddressRule::Nat64),
        row("64:ff9b:1::/48", AddressRule::Nat64),
        row("100::/64", AddressRule::DiscardOnly),
        row("2001::/23", AddressRule::IetfProtocolAssignments),
        row("2001:db8::/32", AddressRule::Documentation),
        row("3fff::/20", AddressRule::Documentation),
        row("2002::/16", AddressRule::SixToFour),
        row("5f00::/16", AddressRule::Srv6),
        row("fd00:ec2::254/128", AddressRule::CloudMetadata), // AWS
        row("fd20:ce::254/128", AddressRule::CloudMetadata),  // Google Cloud
        row("fc00::/7", AddressRule::UniqueLocal),
        row("fe80::/10", AddressRule::LinkLocal),
        row("fec0::/10", AddressRule::SiteLocal),
        row("ff00::/8", AddressRule::Multicast),
    };
    return table;
}

const Row &globalUnicast()
{
    static const Row r = row("2000::/3", AddressRule::NotGlobalUnicast);
    return r;
}

constexpr std::pair<AddressRule, const char *> kNames[] = {
    {AddressRule::Public, "public"},
    {AddressRule::Allowlisted, "allowlisted"},
    {AddressRule::ThisNetwork, "this-network"},
    {AddressRule::Private, "private"},
    {AddressRule::CarrierGradeNat, "carrier-grade-nat"},
    {AddressRule::Loopback, "loopback"},
    {AddressRule::LinkLocal, "link-local"},
    {AddressRule::CloudMetadata, "cloud-metadata"},
    {AddressRule::IetfProtocolAssignments, "ietf-protocol-assignments"},
    {AddressRule::Documentation, "documentation"},
    {AddressRule::SixToFourRelay, "6to4-relay"},
    {AddressRule::Benchmarking, "benchmarking"},
    {AddressRule::Multicast, "multicast"},
    {AddressRule::Reserved, "reserved"},
    {AddressRule::Broadcast, "broadcast"},
    {AddressRule::AzurePlatform, "azure-platform"},
    {AddressRule::Unspecified, "unspecified"},
    {AddressRule::Ipv4Compatible, "ipv4-compatible"},
    {AddressRule::Nat64, "nat64"},
    {AddressRule::DiscardOnly, "discard-only"},
    {AddressRule::SixToFour, "6to4"},
    {AddressRule::Srv6, "srv6"},
    {AddressRule::UniqueLocal, "unique-local"},
    {AddressRule::SiteLocal, "site-local"},
    {AddressRule::NotGlobalUnicast, "not-global-unicast"},
    {AddressRule::LocalInterface, "local-interface"},
    {AddressRule::Invalid, "invalid-address"},
};
} // namespace

QString toString(AddressRule rule)
{
    for (const auto &[r, name] : kNames) {
        if (r == rule)
            return QLatin1String(name);
    }
    return {};
}

AllowlistReach allowlistReach(AddressRule rule)
{
    switch (rule) {
    case AddressRule::CloudMetadata:
    case AddressRule::AzurePlatform:
    case AddressRule::Invalid:
        return AllowlistReach::Never;
    case AddressRule::ThisNetwork:
    case AddressRule::Unspecified:
    case AddressRule::LinkLocal:
        return AllowlistReach::ExplicitCidr;
    default:
        return AllowlistReach::Any;
    }
}

std::optional<AddressRule> addressRuleFromString(const QString &text)
{
    for (const auto &[r, name] : kNames) {
        if (text == QLatin1String(name))
            return r;
    }
    return std::nullopt;
}

AddressClassifier::AddressClassifier(const QList<QHostAddress> &interfaceAddresses)
{
    for (const QHostAddress &a : interfaceAddresses) {
        const QHostAddress n = normalised(a);
        if (!n.isNull() && !m_interfaces.contains(n))
            m_interfaces << n;
    }
}

AddressClassifier AddressClassifier::withSystemInterfaces()
{
    return AddressClassifier(QNetworkInterface::allAddresses());
}

QHostAddress AddressClassifier::normalised(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(address.toIPv4Address());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    // Checked byte by byte rather than through toIPv4Address(), whose idea of "mapped" has changed
    // between Qt versions.
    bool mapped = bytes[10] == 0xff && bytes[11] == 0xff;
    for (int i = 0; i < 10 && mapped; ++i)
        mapped = bytes[i] == 0;
    if (mapped) {
        return QHostAddress((quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16) |
                            (quint32(bytes[14]) << 8) | quint32(bytes[15]));
    }
    return QHostAddress(bytes); // drops the scope id
}

AddressClassifier::Result AddressClassifier::classify(const QHostAddress &address) const
{
    Result r;
    r.address = normalised(address);
    if (r.address.isNull())
        return r;
    const bool v4 = r.address.protocol() == QAbstractSocket::IPv4Protocol;
    for (const Row &row : v4 ? ipv4Table() : ipv6Table()) {
        if (r.address.isInSubnet(row.network, row.prefix)) {
            r.rule = row.rule;
            r.cidr = row.cidr;
            return r;
        }
    }
    if (!v4 && !r.address.isInSubnet(globalUnicast().network, globalUnicast().prefix)) {
        r.rule = AddressRule::NotGlobalUnicast;
        r.cidr = globalUnicast().cidr;
        return r;
    }
    if (m_interfaces.contains(r.address)) {
        r.rule = AddressRule::LocalInterface;
        r.cidr = r.address.toString() + (v4 ? QLatin1String("/32") : QLatin1String("/128"));
        return r;
    }
    r.allowed = true;
    r.rule = AddressRule::Public;
    return r;
}

} // namespace hookline
