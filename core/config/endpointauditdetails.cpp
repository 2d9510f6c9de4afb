#include "config/endpointauditdetails.h"

#include "config/endpointjson.h"

#include <QJsonArray>
#include <QUrl>

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

QJsonObject EndpointAuditDetails::endpoint(const Endpoint &e)
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

QJsonObject EndpointAuditDetails::change(const Endpoint &before, const Endpoint &after)
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

} // namespace hookline
