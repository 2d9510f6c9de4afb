#include "domain/destinationurl.h"

namespace hookline {

namespace {
DestinationUrl::Host hostError(PolicyReason reason)
{
    DestinationUrl::Host h;
    h.error = reason;
    return h;
}

bool isForbiddenCharacter(QChar c)
{
    if (c == QLatin1Char('\\') || c.isSpace())
        return true;
    const QChar::Category cat = c.category();
    // Controls (C0, DEL, C1) and invisible format characters (zero-width space, bidi marks):
    // they make two readers see two different URLs.
    return cat == QChar::Other_Control || cat == QChar::Other_Format;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool startsWithHexPrefix(QStringView s)
{
    return s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
}

std::optional<quint64> parseIpv4Number(QStringView part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    if (startsWithHexPrefix(part)) {
        part = part.mid(2);
        base = 16;
        // The URL standard reads a bare "0x" as 0; QUrl leaves it a name. Two parsers disagreeing
        // is exactly where SSRF bypasses live, so refuse it.
        if (part.isEmpty())
            return std::nullopt;
    } else if (part.size() > 1 && part.front() == QLatin1Char('0')) {
        part = part.mid(1);
        base = 8;
    }
    quint64 value = 0;
    for (QChar c : part) {
        int digit = -1;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        if (digit < 0 || digit >= base)
            return std::nullopt;
        value = value * base + digit;
        if (value > 0xFFFFFFFFull)
            return std::nullopt;
    }
    return value;
}

bool isCanonicalNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' ||
           u == u'.';
}
} // namespace

std::optional<quint32> DestinationUrl::parseIpv4(const QString &host)
{
    const QList<QStringView> parts = QStringView(host).split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<quint64> numbers;
    for (QStringView p : parts) {
        const std::optional<quint64> n = parseIpv4Number(p);
        if (!n)
            return std::nullopt;
        numbers << *n;
    }
    for (qsizetype i = 0; i + 1 < numbers.size(); ++i) {
        if (numbers[i] > 255)
            return std::nullopt;
    }
    const int remainingBytes = 5 - int(numbers.size());
    if (numbers.last() >= (quint64(1) << (8 * remainingBytes)))
        return std::nullopt;
    quint64 value = numbers.last();
    for (qsizetype i = 0; i + 1 < numbers.size(); ++i)
        value += numbers[i] << (8 * (3 - i));
    return quint32(value);
}

DestinationUrl DestinationUrl::fromUrl(const QUrl &url)
{
    return parse(url.toString(QUrl::FullyEncoded));
}

DestinationUrl DestinationUrl::parse(const QString &text)
{
    DestinationUrl d;
    auto fail = [&d](PolicyReason reason) {
        d.m_error = reason;
        return d;
    };
    if (text.isEmpty())
        return fail(PolicyReason::InvalidUrl);
    for (QChar c : text) {
        if (isForbiddenCharacter(c))
            return fail(PolicyReason::ForbiddenCharacter);
    }

    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0 && text.left(colon).compare(QLatin1String("https"), Qt::CaseInsensitive))
            return fail(PolicyReason::NotHttps);
        return fail(PolicyReason::InvalidUrl);
    }
    if (text.left(schemeEnd).compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return fail(PolicyReason::NotHttps);

    const QString rest = text.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.size();
    for (QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype i = rest.indexOf(stop);
        if (i >= 0 && i < authorityEnd)
            authorityEnd = i;
    }
    const QString authority = rest.left(authorityEnd);
    if (authority.contains(QLatin1Char('@')))
        return fail(PolicyReason::UserInfo);
    if (rest.contains(QLatin1Char('#')))
        return fail(PolicyReason::Fragment);
    if (authority.isEmpty())
        return fail(PolicyReason::EmptyHost);

    QString rawHost;
    QString rawPort;
    bool hasPort = false;
    bool bracketed = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(PolicyReason::InvalidHost);
        bracketed = true;
        rawHost = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return fail(PolicyReason::InvalidHost);
            hasPort = true;
            rawPort = after.mid(1);
        }
        if (rawHost.contains(QLatin1Char('%')))
            return fail(PolicyReason::Ipv6ZoneId);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        rawHost = colon < 0 ? authority : authority.left(colon);
        if (colon >= 0) {
            hasPort = true;
            rawPort = authority.mid(colon + 1);
        }
        if (rawHost.contains(QLatin1Char(':')))
            return fail(PolicyReason::InvalidHost);
    }
    if (rawHost.isEmpty())
        return fail(PolicyReason::EmptyHost);
    if (hasPort) {
        // Digits only: QUrl would accept "+443" in some versions and "0443" in all.
        if (!isAsciiDigits(rawPort) || rawPort.size() > 5)
            return fail(PolicyReason::InvalidPort);
        const int port = rawPort.toInt();
        if (port < 1 || port > 65535)
            return fail(PolicyReason::InvalidPort);
        d.m_port = port;
    }
    // Percent-encoded hosts decode differently in different parsers; nobody needs them.
    if (rawHost.contains(QLatin1Char('%')))
        return fail(PolicyReason::InvalidHost);

    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(PolicyReason::InvalidHost);

    QString host = url.host(QUrl::FullyEncoded);
    if (bracketed) {
        const QHostAddress address(host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(PolicyReason::InvalidHost);
        d.m_literal = address;
        host = address.toString();
    } else {
        host = host.toLower();
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.isEmpty())
            return fail(PolicyReason::EmptyHost);
        if (host.size() > kMaxHostLength)
            return fail(PolicyReason::HostTooLong);
        const QStringView lastLabel = QStringView(host).mid(host.lastIndexOf(QLatin1Char('.')) + 1);
        if (isAsciiDigits(lastLabel) || startsWithHexPrefix(lastLabel)) {
            const std::optional<quint32> v4 = parseIpv4(host);
            if (!v4)
                return fail(PolicyReason::InvalidIpv4);
            d.m_literal = QHostAddress(*v4);
            host = d.m_literal.toString();
        } else {
            for (QChar c : host) {
                if (!isCanonicalNameCharacter(c))
                    return fail(PolicyReason::InvalidHost);
            }
            for (QStringView label : QStringView(host).split(QLatin1Char('.'))) {
                if (label.isEmpty() || label.size() > 63)
                    return fail(PolicyReason::InvalidHost);
            }
        }
    }

    d.m_host = host;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(d.m_port == kDefaultPort ? -1 : d.m_port);
    if (!url.isValid())
        return fail(PolicyReason::InvalidUrl);
    d.m_url = url;
    return d;
}

DestinationUrl::Host DestinationUrl::canonicalHost(const QString &text)
{
    QString h = text;
    if (h.isEmpty())
        return hostError(PolicyReason::EmptyHost);
    for (QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#'), QLatin1Char('@')}) {
        if (h.contains(c))
            return hostError(PolicyReason::InvalidHost);
    }
    if (!h.startsWith(QLatin1Char('[')) && h.contains(QLatin1Char(':')))
        h = QLatin1Char('[') + h + QLatin1Char(']');
    else if (h.startsWith(QLatin1Char('[')) && !h.endsWith(QLatin1Char(']')))
        return hostError(PolicyReason::InvalidHost); // a port is not part of a host
    const DestinationUrl d = parse(QLatin1String("https://") + h + QLatin1Char('/'));
    if (!d.isValid())
        return hostError(*d.error());
    Host out;
    out.name = d.host();
    out.address = d.literalAddress();
    return out;
}

QString DestinationUrl::authority() const
{
    QString a = m_literal.protocol() == QAbstractSocket::IPv6Protocol
                    ? QLatin1Char('[') + m_host + QLatin1Char(']')
                    : m_host;
    if (m_port != kDefaultPort)
        a += QLatin1Char(':') + QString::number(m_port);
    return a;
}

} // namespace hookline
