#include "audit/auditdetails.h"

#include <QJsonArray>

namespace hookline {

QJsonObject AuditDetails::listChange(const QString &environment, const QStringList &before,
                                     const QStringList &after)
{
    QStringList added;
    QStringList removed;
    for (const QString &s : after) {
        if (!before.contains(s))
            added << s;
    }
    for (const QString &s : before) {
        if (!after.contains(s))
            removed << s;
    }
    return QJsonObject{{QStringLiteral("environment"), environment},
                       {QStringLiteral("added"), QJsonArray::fromStringList(added)},
                       {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
}

QString AuditDetails::listAction(const QString &prefix, const QString &add, const QString &remove,
                                 const QStringList &before, const QStringList &after)
{
    const QJsonObject d = listChange(QString(), before, after);
    const bool added = !d.value(QStringLiteral("added")).toArray().isEmpty();
    const bool removed = !d.value(QStringLiteral("removed")).toArray().isEmpty();
    return prefix + QLatin1Char('.') +
           (added && !removed   ? add
            : removed && !added ? remove
                                : QStringLiteral("update"));
}

} // namespace hookline
