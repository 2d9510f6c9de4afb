#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace hookline {

// Where one HTTPS request goes, after the destination policy: the vetted address to connect to,
// while the Host header, SNI and the certificate check use the name from the URL.
struct HttpTarget
{
    QHostAddress address;
    quint16 port = 443;
    QString peerName;         // SNI and the name the certificate must carry
    QByteArray hostHeader;    // host[:port] as the URL gives it
    QByteArray requestTarget; // path and query, percent-encoded: "/hooks?x=1"

    bool isValid() const { return !address.isNull() && port != 0; }
    // Connections to the same key can carry each other's requests.
    QString connectionKey() const
    {
        return address.toString() + QLatin1Char('|') + QString::number(port) + QLatin1Char('|') +
               peerName;
    }
};

} // namespace hookline
