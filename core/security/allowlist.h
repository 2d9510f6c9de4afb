#pragma once

#include "domain/environment.h"
#include "store/storeerror.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookline {

class SettingsRepository;

// The explicit exceptions to the destination policy of one environment (destination-policy.md
// rule 8): CIDRs and exact host names. An allowlisted name, or an address inside an allowlisted
// CIDR, is allowed even where the tables deny it. Default: empty.
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
        friend bool operator==(const Entry &a, const Entry &b) { return a.text == b.text; }
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

    // A single address becomes a /32 or /128; names are canonicalised like URL hosts.
    static Parsed parseEntry(const QString &text);

    bool add(const Entry &entry);     // false if already present
    bool remove(const QString &text); // by the entry's text (canonicalised first); false if absent
    bool contains(const QString &text) const;
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // host: canonical (DestinationUrl::host()).
    bool allowsHost(const QString &host) const;
    // The matching entry's text, if the address (unmapped first) lies in an allowlisted CIDR.
    std::optional<QString> matchAddress(const QHostAddress &address) const;

    QString toJson() const; // a JSON array of entry texts
    // nullopt if the text is not a JSON array of valid entries.
    static std::optional<Allowlist> fromJson(const QString &json);

    // Empty when nothing is stored, and also when the stored value is corrupt (fail closed; then
    // *corrupt is set so the caller can say so).
    static Allowlist load(const SettingsRepository &settings, Environment env,
                          bool *corrupt = nullptr);
    std::optional<StoreError> save(SettingsRepository &settings, Environment env) const;

private:
    QList<Entry> m_entries;
};

QString toString(Allowlist::EntryError error); // "invalid-cidr", …

} // namespace hookline
