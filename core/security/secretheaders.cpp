#include "security/secretheaders.h"

#include <QStringList>

namespace hookline {

bool SecretHeaders::isSecretByDefault(const QString &headerName)
{
    static const QStringList exact = {
        QStringLiteral("authorization"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("x-api-key"),
    };
    static const QStringList suffixes = {
        QStringLiteral("-token"),
        QStringLiteral("-key"),
        QStringLiteral("-secret"),
        QStringLiteral("-signature"),
    };
    const QString lower = headerName.trimmed().toLower();
    if (exact.contains(lower))
        return true;
    for (const QString &s : suffixes) {
        if (lower.endsWith(s))
            return true;
    }
    return false;
}

QString SecretHeaders::variableName(const QString &headerName)
{
    QString out = QStringLiteral("HOOKLINE_HEADER_");
    for (const QChar c : headerName.trimmed()) {
        const bool word = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        out += word ? c.toUpper() : QLatin1Char('_');
    }
    return out;
}

QString SecretHeaders::placeholder(const QString &headerName)
{
    return QStringLiteral("${%1}").arg(variableName(headerName));
}

bool SecretHeaders::isPlaceholder(const QString &headerName, const QString &value)
{
    return value.trimmed() == placeholder(headerName);
}

} // namespace hookline
