#pragma once

#include "domain/environment.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookline {

class SettingsRepository;

// The explicit exceptions to the destination policy of one environment (docs/destination-rules.md
// rule 8): CIDRs and exact host names, each optionally limited to one port. An allowlisted name,
// or an address inside an allowlisted CIDR, is allowed even where the tables deny it, except where
// allowlistReach() (addressclassifier.h) says no exception may reach. Default: empty.
class Allowlist
{
public:
    enum class EntryError
    {
        Empty,         // nothing typed
        Wildcard,      // "*.example.com": only exact names
        InvalidHost,   // neither a valid host name nor an IP address
        InvalidCidr,   // the address part of a CIDR is not an IP address
        InvalidPrefix, // the prefix length is not a number in range
        HostBitsSet,   // 10.0.0.1/8: write 10.0.0.0/8
        TooBroad,      // shorter than /8 (IPv4) or /16 (IPv6): that is no exception any more
        ZoneId,        // fe80::1%eth0
        InvalidPort,   // the port is not a number in 1–65535
    };

    struct Entry
    {
        enum class Kind
        {
            Cidr,
            Host
        };
        Kind kind = Kind::Host;
        QString text; // canonical: "10.0.0.0/8", "::1/128", "hooks.internal"
        QHostAddress network;
        int prefixLength = 0;
        int port = 0; // 0: every port
        // "10.0.0.0/8", or "127.0.0.1/32 port 8789" when limited to a port (CLI, audit log).
        QString label() const;
        bool allowsPort(int destinationPort) const { return port == 0 || port == destinationPort; }
        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.text == b.text && a.port == b.port;
        }
    };

    struct Parsed
    {
        std::optional<Entry> entry;
        std::optional<EntryError> error;
    };

    static constexpr int kMinIpv4Prefix = 8;
    static constexpr int kMinIpv6Prefix = 16;
    static QString settingsScope(Environment env); // "policy.<env>"
    static QString settingsKey();                  // "allowlist"

    // A single address becomes a /32 or /128; names are canonicalised like URL hosts. port: empty
    // for every port, else 1–65535.
    static Parsed parseEntry(const QString &text, const QString &port = QString());

    bool add(const Entry &entry);    // false if already present
    bool remove(const Entry &entry); // false if absent
    bool contains(const Entry &entry) const;
    // The same with an entry as typed (parseEntry first).
    bool remove(const QString &text, const QString &port = QString());
    bool contains(const QString &text, const QString &port = QString()) const;
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // host: canonical (DestinationUrl::host()); port: the destination's.
    bool allowsHost(const QString &host, int port) const;
    // The first entry whose CIDR holds the address (unmapped first) and that allows the port.
    // With `within`, only an entry whose whole CIDR lies inside that subnet counts.
    std::optional<Entry>
    matchAddress(const QHostAddress &address, int port,
                 const std::optional<std::pair<QHostAddress, int>> &within = std::nullopt) const;

    // A JSON array: the entry's text for an entry of every port (the only form before ports
    // existed, so older values stay readable), {"entry": text, "port": n} for one port.
    QString toJson() const;
    // nullopt if the text is not a JSON array of valid entries.
    static std::optional<Allowlist> fromJson(const QString &json);

    // Empty when nothing is stored, and also when the stored value is corrupt (fail closed; then
    // *corrupt is set so the caller can say so). A failed read is an error.
    static StoreResult<Allowlist> load(const SettingsRepository &settings, Environment env,
                                       bool *corrupt = nullptr);
    std::optional<StoreError> save(SettingsRepository &settings, Environment env) const;

private:
    static Parsed parseTarget(const QString &text); // the CIDR or host, without a port

    QList<Entry> m_entries;
};

QString toString(Allowlist::EntryError error); // "invalid-cidr", …

} // namespace hookline
