#include "config/endpointjson.h"

#include "config/endpointfields.h"

namespace hookline {

namespace {
QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject EndpointJson::toJson(const Endpoint &e)
{
    QJsonObject o = EndpointFields::shown(e);
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("webhook_id"), e.webhookId);
    o.insert(QStringLiteral("environment"), toString(e.environment));
    o.insert(QStringLiteral("state"), toString(e.state));
    o.insert(QStringLiteral("created_at"), isoMs(e.createdAt));
    o.insert(QStringLiteral("updated_at"), isoMs(e.updatedAt));
    if (e.state == EndpointState::Paused) {
        o.insert(QStringLiteral("paused_reason"), e.pausedReason);
        o.insert(QStringLiteral("paused_at"), isoMs(e.pausedAt));
    }
    return o;
}

} // namespace hookline
