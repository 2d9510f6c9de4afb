#pragma once

#include <QString>
#include <QStringList>

namespace hookline {

// Which event types an endpoint receives: an exact type (`identity_document.approved`), a prefix
// wildcard (`identity_document.*`, also matching deeper types) or `*`.
class Subscription
{
public:
    static bool isValidEventType(const QString &type);
    static bool isValidPattern(const QString &pattern);
    static bool matches(const QString &pattern, const QString &eventType);
    static bool matchesAny(const QStringList &patterns, const QString &eventType);

    // Splits a comma-separated list ("a.b, c.*") into trimmed, de-duplicated patterns.
    static QStringList parsePatternList(const QString &text);
};

} // namespace hookline
