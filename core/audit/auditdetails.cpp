#include "audit/auditdetails.h"

#include "config/endpointjson.h"

#include <QJsonArray>

namespace hookline {

namespace {
QString safeUrl(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QUrl(text)
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}
} // namespace

QJsonObject AuditDetails::endpoint(const Endpoint &e)
{
    QJsonObject o = EndpointJson::toJson(e);
    o.remove(QStringLiteral("created_at"));
    o.remove(QStringLiteral("updated_at"));
    o.remove(QStringLiteral("id"));
    o.insert(QStringLiteral("url"), safeUrl(e.url.toString(QUrl::FullyEncoded)));
    if (!e.failoverUrl.isEmpty())
        o.insert(QStringLiteral("failover_url"),
                 safeUrl(e.failoverUrl.toString(QUrl::FullyEncoded)));
    QJsonArray headerNames;
    for (const HttpHeader &h : e.customHeaders)
        headerNames.append(h.name); // values may be credentials
    o.insert(QStringLiteral("headers"), headerNames);
    return o;
}

QJsonObject AuditDetails::endpointChange(const Endpoint &before, const Endpoint &after)
{
    const QJsonObject a = endpoint(before);
    const QJsonObject b = endpoint(after);
    QJsonObject changed;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (a.value(it.key()) != it.value())
            changed.insert(it.key(), QJsonObject{{QStringLiteral("from"), a.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    return QJsonObject{{QStringLiteral("name"), after.name},
                       {QStringLiteral("environment"), toString(after.environment)},
                       {QStringLiteral("changed"), changed}};
}

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
