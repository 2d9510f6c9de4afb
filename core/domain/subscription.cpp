#include "domain/subscription.h"

#include <QRegularExpression>

namespace hookline {

namespace {
const QRegularExpression &eventTypeRegex()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    return re;
}

const QRegularExpression &prefixRegex()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    return re;
}
} // namespace

bool Subscription::isValidEventType(const QString &type)
{
    return type.size() <= 128 && eventTypeRegex().match(type).hasMatch();
}

bool Subscription::isValidPattern(const QString &pattern)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.endsWith(QLatin1String(".*"))) {
        const QString prefix = pattern.chopped(2);
        return prefix.size() <= 126 && prefixRegex().match(prefix).hasMatch();
    }
    return isValidEventType(pattern);
}

bool Subscription::matches(const QString &pattern, const QString &eventType)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.endsWith(QLatin1String(".*"))) {
        // Keep the dot so `identity.*` never matches `identity_document.approved`.
        const QStringView prefix = QStringView(pattern).chopped(1);
        return eventType.size() > prefix.size() && eventType.startsWith(prefix);
    }
    return pattern == eventType;
}

bool Subscription::matchesAny(const QStringList &patterns, const QString &eventType)
{
    for (const QString &p : patterns) {
        if (matches(p, eventType))
            return true;
    }
    return false;
}

QStringList Subscription::parsePatternList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (!p.isEmpty() && !out.contains(p))
            out << p;
    }
    return out;
}

} // namespace hookline
