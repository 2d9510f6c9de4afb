#pragma once

#include "domain/policyreason.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <optional>

namespace hookline {

// A webhook URL as the destination policy sees it: parsed strictly from the string the user typed
// (docs/destination-rules.md rules 1 and 2) and brought into one canonical form, so that the
// policy, the store and the engine never disagree about which host is meant. Invalid values carry
// the reason and nothing else.
class DestinationUrl
{
public:
    static constexpr int kDefaultPort = 443;
    static constexpr int kMaxHostLength = 253;

    static DestinationUrl parse(const QString &text);
    // For URLs already held as QUrl (stored endpoints): checks their fully encoded form.
    static DestinationUrl fromUrl(const QUrl &url);

    // A bare host as typed in an allowlist entry or a --resolve option: a name, an IPv4 address
    // in any form QUrl accepts, or an IPv6 address with or without brackets.
    struct Host
    {
        std::optional<PolicyReason> error;
        QString name;         // canonical: lowercase ACE, no trailing dot; or the address as text
        QHostAddress address; // set when the host is an IP address
    };
    static Host canonicalHost(const QString &text);

    bool isValid() const { return !m_error.has_value(); }
    std::optional<PolicyReason> error() const { return m_error; }

    const QUrl &url() const { return m_url; }      // canonical; no port when it is 443
    const QString &host() const { return m_host; } // canonical name, dotted IPv4 or bare IPv6
    int port() const { return m_port; }
    // Set when the URL names an IP address instead of a host name.
    const QHostAddress &literalAddress() const { return m_literal; }
    bool isLiteralAddress() const { return !m_literal.isNull(); }
    // host[:port] as the Host header must carry it (IPv6 in brackets, no port when 443).
    QString authority() const;

    // Parses a dotted IPv4 in every form the URL standard accepts (1–4 parts, decimal, octal with
    // a leading 0, hex with 0x; the last part fills the remaining bytes). Kept here so that the
    // numeric forms are decided by our code, not by whichever parser happens to look.
    static std::optional<quint32> parseIpv4(const QString &host);

private:
    std::optional<PolicyReason> m_error;
    QUrl m_url;
    QString m_host;
    int m_port = kDefaultPort;
    QHostAddress m_literal;
};

} // namespace hookline
