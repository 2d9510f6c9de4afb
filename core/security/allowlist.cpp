#include "security/allowlist.h"

#include "audit/auditdetails.h"
#include "audit/auditlog.h"
#include "domain/destinationurl.h"
#include "security/addressclassifier.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace hookline {

namespace {
Allowlist::Parsed entryError(Allowlist::EntryError error)
{
    Allowlist::Parsed p;
    p.error = error;
    return p;
}

Allowlist::Entry cidrEntry(const QHostAddress &network, int prefix)
{
    Allowlist::Entry e;
    e.kind = Allowlist::Entry::Kind::Cidr;
    e.network = network;
    e.prefixLength = prefix;
    e.text = network.toString() + QLatin1Char('/') + QString::number(prefix);
    return e;
}

bool isAsciiDigits(const QString &s)
{
    if (s.isEmpty() || s.size() > 3)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isIpv4Mapped(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol &&
           AddressClassifier::normalised(a).protocol() == QAbstractSocket::IPv4Protocol;
}
} // namespace

QString Allowlist::settingsScope(Environment env)
{
    return QLatin1String("policy.") + toString(env);
}

QString Allowlist::settingsKey()
{
    return QStringLiteral("allowlist");
}

QString Allowlist::Entry::label() const
{
    return port == 0 ? text : text + QStringLiteral(" port ") + QString::number(port);
}

Allowlist::Parsed Allowlist::parseEntry(const QString &input, const QString &portInput)
{
    Parsed p = parseTarget(input);
    const QString portText = portInput.trimmed();
    if (!p.entry || portText.isEmpty())
        return p;
    bool ok = false;
    const int port = portText.toInt(&ok);
    // Digits only: "+80", " 80" or "0x50" are not what anybody means by a port.
    const bool digits = std::all_of(portText.begin(), portText.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!ok || !digits || port < 1 || port > 65535)
        return entryError(EntryError::InvalidPort);
    p.entry->port = port;
    return p;
}

Allowlist::Parsed Allowlist::parseTarget(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return entryError(EntryError::Empty);
    if (text.contains(QLatin1Char('*')))
        return entryError(EntryError::Wildcard);
    if (text.contains(QLatin1Char('%')))
        return entryError(EntryError::ZoneId);
    if (text.contains(QLatin1String("://")))
        return entryError(EntryError::InvalidHost); // a URL: the host alone is wanted

    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        QString addressPart = text.left(slash);
        if (addressPart.startsWith(QLatin1Char('[')) && addressPart.endsWith(QLatin1Char(']')))
            addressPart = addressPart.mid(1, addressPart.size() - 2);
        const QString prefixPart = text.mid(slash + 1);
        // Only the plain notations: a CIDR is a configuration value, not a place for tricks.
        const QHostAddress network(addressPart);
        if (addressPart.isEmpty() || network.isNull() || isIpv4Mapped(network) ||
            (network.protocol() == QAbstractSocket::IPv4Protocol &&
             addressPart.count(QLatin1Char('.')) != 3))
            return entryError(EntryError::InvalidCidr);
        const bool v4 = network.protocol() == QAbstractSocket::IPv4Protocol;
        if (!isAsciiDigits(prefixPart))
            return entryError(EntryError::InvalidPrefix);
        const int prefix = prefixPart.toInt();
        if (prefix > (v4 ? 32 : 128))
            return entryError(EntryError::InvalidPrefix);
        if (prefix < (v4 ? kMinIpv4Prefix : kMinIpv6Prefix))
            return entryError(EntryError::TooBroad);
        const QHostAddress masked =
            QHostAddress::parseSubnet(network.toString() + QLatin1Char('/') +
                                      QString::number(prefix))
                .first;
        if (masked != network)
            return entryError(EntryError::HostBitsSet);
        Parsed p;
        p.entry = cidrEntry(network, prefix);
        return p;
    }

    const DestinationUrl::Host host = DestinationUrl::canonicalHost(text);
    if (host.error) {
        return entryError(*host.error == PolicyReason::Ipv6ZoneId ? EntryError::ZoneId
                                                                  : EntryError::InvalidHost);
    }
    Parsed p;
    if (!host.address.isNull()) {
        const QHostAddress a = AddressClassifier::normalised(host.address);
        p.entry = cidrEntry(a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128);
    } else {
        Entry e;
        e.kind = Entry::Kind::Host;
        e.text = host.name;
        p.entry = e;
    }
    return p;
}

bool Allowlist::add(const Entry &entry)
{
    if (m_entries.contains(entry))
        return false;
    m_entries << entry;
    return true;
}

bool Allowlist::remove(const Entry &entry)
{
    return m_entries.removeOne(entry);
}

bool Allowlist::contains(const Entry &entry) const
{
    return m_entries.contains(entry);
}

bool Allowlist::remove(const QString &text, const QString &port)
{
    const Parsed p = parseEntry(text, port);
    return p.entry && remove(*p.entry);
}

bool Allowlist::contains(const QString &text, const QString &port) const
{
    const Parsed p = parseEntry(text, port);
    return p.entry && contains(*p.entry);
}

bool Allowlist::allowsHost(const QString &host, int port) const
{
    for (const Entry &e : m_entries) {
        if (e.kind == Entry::Kind::Host && e.text == host && e.allowsPort(port))
            return true;
    }
    return false;
}

std::optional<Allowlist::Entry>
Allowlist::matchAddress(const QHostAddress &address, int port,
                        const std::optional<std::pair<QHostAddress, int>> &within) const
{
    const QHostAddress a = AddressClassifier::normalised(address);
    if (a.isNull())
        return std::nullopt;
    for (const Entry &e : m_entries) {
        if (e.kind != Entry::Kind::Cidr || !e.allowsPort(port) ||
            !a.isInSubnet(e.network, e.prefixLength))
            continue;
        if (within && (e.prefixLength < within->second ||
                       !e.network.isInSubnet(within->first, within->second)))
            continue;
        return e;
    }
    return std::nullopt;
}

QString Allowlist::toJson() const
{
    QJsonArray array;
    for (const Entry &e : m_entries) {
        if (e.port == 0)
            array.append(e.text);
        else
            array.append(
                QJsonObject{{QStringLiteral("entry"), e.text}, {QStringLiteral("port"), e.port}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<Allowlist> Allowlist::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    Allowlist list;
    for (const QJsonValue &v : doc.array()) {
        Parsed p;
        if (v.isString()) {
            p = parseEntry(v.toString());
        } else if (v.isObject()) {
            const QJsonValue port = v[QStringLiteral("port")];
            if (!v[QStringLiteral("entry")].isString() || !port.isDouble())
                return std::nullopt;
            p = parseEntry(v[QStringLiteral("entry")].toString(),
                           QString::number(port.toDouble(), 'f', 0));
            if (p.entry && p.entry->port != port.toDouble()) // 8789.5
                return std::nullopt;
        }
        if (!p.entry)
            return std::nullopt;
        list.add(*p.entry);
    }
    return list;
}

StoreResult<Allowlist> Allowlist::load(const SettingsRepository &settings, Environment env,
                                       bool *corrupt)
{
    if (corrupt)
        *corrupt = false;
    const StoreResult<std::optional<QString>> stored =
        settings.value(settingsScope(env), settingsKey());
    if (!stored)
        return stored.error();
    if (!*stored)
        return Allowlist();
    if (const std::optional<Allowlist> list = fromJson(**stored))
        return *list;
    if (corrupt)
        *corrupt = true;
    return Allowlist();
}

std::optional<StoreError> Allowlist::save(SettingsRepository &settings, Environment env) const
{
    const auto texts = [](const Allowlist &l) {
        QStringList out;
        for (const Entry &e : l.entries())
            out << e.label();
        return out;
    };
    Transaction tx(settings.store());
    if (tx.error())
        return tx.error();
    const StoreResult<Allowlist> stored = load(settings, env);
    if (!stored)
        return stored.error();
    const QStringList before = texts(*stored);
    const QStringList after = texts(*this);
    if (auto err = settings.setValue(settingsScope(env), settingsKey(), toJson()))
        return err;
    if (auto err = AuditLog::append(
            settings.store(),
            AuditDetails::listAction(QStringLiteral("policy"), QStringLiteral("allow"),
                                     QStringLiteral("disallow"), before, after),
            toString(env), AuditDetails::listChange(toString(env), before, after)))
        return err;
    return tx.commit();
}

QString toString(Allowlist::EntryError error)
{
    switch (error) {
    case Allowlist::EntryError::Empty:
        return QStringLiteral("empty");
    case Allowlist::EntryError::Wildcard:
        return QStringLiteral("wildcard");
    case Allowlist::EntryError::InvalidHost:
        return QStringLiteral("invalid-host");
    case Allowlist::EntryError::InvalidCidr:
        return QStringLiteral("invalid-cidr");
    case Allowlist::EntryError::InvalidPrefix:
        return QStringLiteral("invalid-prefix");
    case Allowlist::EntryError::HostBitsSet:
        return QStringLiteral("host-bits-set");
    case Allowlist::EntryError::TooBroad:
        return QStringLiteral("too-broad");
    case Allowlist::EntryError::ZoneId:
        return QStringLiteral("zone-id");
    case Allowlist::EntryError::InvalidPort:
        return QStringLiteral("invalid-port");
    }
    return {};
}

} // namespace hookline
