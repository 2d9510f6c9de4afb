#include "security/destinationpolicy.h"

#include <QObject>

namespace hookline {

DestinationPolicy::DestinationPolicy(AddressClassifier classifier)
    : m_classifier(std::move(classifier))
{}

bool DestinationPolicy::isDeniedName(const QString &host)
{
    static const QStringList names = {
        QStringLiteral("localhost"),
        QStringLiteral("localhost.localdomain"),
        QStringLiteral("ip6-localhost"),
        QStringLiteral("ip6-loopback"),
        QStringLiteral("metadata"),
        QStringLiteral("metadata.google.internal"),
        QStringLiteral("metadata.goog"),
        QStringLiteral("instance-data"),
        QStringLiteral("metadata.amazonaws.com"),
    };
    return names.contains(host) || host.endsWith(QLatin1String(".localhost"));
}

void DestinationPolicy::judgeAddresses(Verdict &verdict, const QList<QHostAddress> &addresses,
                                       const Allowlist &allowlist,
                                       const AddressClassifier &classifier, bool nameAllowlisted,
                                       PolicyReason deniedReason)
{
    const int port = verdict.destination.port();
    bool usedAllowlist = nameAllowlisted;
    for (const QHostAddress &a : addresses) {
        AddressClassifier::Result r = classifier.classify(a);
        // How far an exception may reach is decided per address (see allowlistReach): an
        // allowlisted name must never carry the engine to a metadata service it resolves to.
        const AllowlistReach reach = r.allowed ? AllowlistReach::Any : allowlistReach(r.rule);
        std::optional<std::pair<QHostAddress, int>> within;
        if (reach == AllowlistReach::ExplicitCidr)
            within = QHostAddress::parseSubnet(r.cidr);
        if (nameAllowlisted && reach == AllowlistReach::Any && !r.address.isNull()) {
            r.allowed = true;
            r.rule = AddressRule::Allowlisted;
            r.cidr.clear();
        } else if (reach == AllowlistReach::Never) {
            // stays denied
        } else if (const std::optional<Allowlist::Entry> entry =
                       allowlist.matchAddress(a, port, within)) {
            r.allowed = true;
            r.rule = AddressRule::Allowlisted;
            r.cidr = entry->label();
            usedAllowlist = true;
        }
        verdict.addresses << r;
        if (!r.allowed && !verdict.deniedAddress)
            verdict.deniedAddress = r;
    }
    if (verdict.addresses.isEmpty()) {
        verdict.decision = Decision::Deny;
        verdict.reason = PolicyReason::NoAddresses;
    } else if (verdict.deniedAddress) {
        // Any denied answer denies: picking the good one would leave the receiver's own resolver
        // (and every retry) free to pick the bad one.
        verdict.decision = Decision::Deny;
        verdict.reason = deniedReason;
    } else {
        verdict.decision = Decision::Allow;
        verdict.reason = usedAllowlist ? PolicyReason::Allowlisted : PolicyReason::PublicAddress;
        verdict.vettedAddress = verdict.addresses.first().address;
    }
}

DestinationPolicy::Verdict DestinationPolicy::preflight(const DestinationUrl &destination,
                                                        const Allowlist &allowlist) const
{
    Verdict v;
    v.destination = destination;
    if (!destination.isValid()) {
        v.reason = *destination.error();
        return v;
    }
    if (destination.isLiteralAddress()) {
        judgeAddresses(v, {destination.literalAddress()}, allowlist, m_classifier, false,
                       PolicyReason::DeniedAddress);
        return v;
    }
    const bool nameAllowlisted = allowlist.allowsHost(destination.host(), destination.port());
    if (!nameAllowlisted && isDeniedName(destination.host())) {
        v.reason = PolicyReason::DeniedName;
        return v;
    }
    v.decision = Decision::NeedsLookup;
    v.reason = nameAllowlisted ? PolicyReason::Allowlisted : PolicyReason::NeedsLookup;
    return v;
}

DestinationPolicy::Verdict DestinationPolicy::checkWithoutLookup(const QString &url,
                                                                 const Allowlist &allowlist) const
{
    return preflight(DestinationUrl::parse(url), allowlist);
}

DestinationPolicy::Verdict DestinationPolicy::checkWithoutLookup(const QUrl &url,
                                                                 const Allowlist &allowlist) const
{
    return preflight(DestinationUrl::fromUrl(url), allowlist);
}

void DestinationPolicy::check(const QUrl &url, const Allowlist &allowlist, Resolver &resolver,
                              QObject *context, Callback done,
                              std::chrono::milliseconds dnsTimeout) const
{
    check(url.toString(QUrl::FullyEncoded), allowlist, resolver, context, std::move(done),
          dnsTimeout);
}

void DestinationPolicy::check(const QString &url, const Allowlist &allowlist, Resolver &resolver,
                              QObject *context, Callback done,
                              std::chrono::milliseconds dnsTimeout) const
{
    Verdict v = checkWithoutLookup(url, allowlist);
    if (v.decision != Decision::NeedsLookup) {
        // Same contract as after a lookup: always later, never from inside check().
        QMetaObject::invokeMethod(
            context, [v, done = std::move(done)] { done(v); }, Qt::QueuedConnection);
        return;
    }
    const bool nameAllowlisted = v.reason == PolicyReason::Allowlisted;
    v.lookups = 1;
    // Copies, not references: the policy object may be gone when the answer arrives.
    resolver.lookup(v.destination.host(), dnsTimeout, context,
                    [v, allowlist, classifier = m_classifier, nameAllowlisted,
                     done = std::move(done)](const ResolveResult &result) mutable {
                        switch (result.status) {
                        case ResolveResult::Status::Ok:
                            judgeAddresses(v, result.addresses, allowlist, classifier,
                                           nameAllowlisted, PolicyReason::ResolvedAddressDenied);
                            break;
                        case ResolveResult::Status::NxDomain:
                            v.decision = Decision::Deny;
                            v.reason = PolicyReason::NxDomain;
                            break;
                        case ResolveResult::Status::Failure:
                            v.decision = Decision::Deny;
                            v.reason = PolicyReason::ResolverFailure;
                            break;
                        case ResolveResult::Status::Timeout:
                            v.decision = Decision::Deny;
                            v.reason = PolicyReason::DnsTimeout;
                            break;
                        }
                        done(v);
                    });
}

QUrl DestinationPolicy::Verdict::pinnedUrl() const
{
    return pinnedUrl(vettedAddress);
}

QUrl DestinationPolicy::Verdict::pinnedUrl(const QHostAddress &address) const
{
    if (!isAllowed() || address.isNull())
        return {};
    QUrl u = destination.url();
    u.setHost(address.toString());
    return u;
}

QList<QHostAddress> DestinationPolicy::Verdict::allowedAddresses() const
{
    QList<QHostAddress> out;
    if (!isAllowed())
        return out;
    for (const AddressClassifier::Result &r : addresses)
        if (!out.contains(r.address))
            out << r.address;
    return out;
}

QString DestinationPolicy::Verdict::hostHeader() const
{
    return destination.authority();
}

QString DestinationPolicy::Verdict::peerVerifyName() const
{
    return destination.host();
}

HttpTarget DestinationPolicy::Verdict::target(const QHostAddress &address) const
{
    if (!isAllowed() || address.isNull())
        return {};
    HttpTarget t;
    t.address = address;
    t.port = quint16(destination.port());
    t.peerName = peerVerifyName();
    t.hostHeader = hostHeader().toUtf8();
    const QUrl &url = destination.url();
    t.requestTarget = url.path(QUrl::FullyEncoded).toLatin1();
    if (t.requestTarget.isEmpty())
        t.requestTarget = "/";
    if (url.hasQuery())
        t.requestTarget += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return t;
}

QString toString(DestinationPolicy::Decision decision)
{
    switch (decision) {
    case DestinationPolicy::Decision::Allow:
        return QStringLiteral("allow");
    case DestinationPolicy::Decision::Deny:
        return QStringLiteral("deny");
    case DestinationPolicy::Decision::NeedsLookup:
        return QStringLiteral("needs-lookup");
    }
    return {};
}

} // namespace hookline
