#include "support/deliveryfixture.h"

#include "config/endpointservice.h"
#include "store/deliveryrepository.h"
#include "store/eventrepository.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hookline::test {

namespace {
QByteArray headersJson(const QList<HeaderPair> &headers)
{
    QJsonArray arr;
    for (const HeaderPair &h : headers)
        arr.append(QJsonArray{QString::fromUtf8(h.name), QString::fromUtf8(h.value)});
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}
} // namespace

DeliveryFixture::DeliveryFixture(QSqlDatabase db, QDateTime base)
    : m_db(std::move(db))
    , m_base(std::move(base))
{}

QString DeliveryFixture::addEndpoint(const QString &name, Environment environment)
{
    Endpoint e;
    e.name = name;
    e.environment = environment;
    e.url = QUrl(QStringLiteral("https://%1.example.com/hooks").arg(name.toLower()));
    const EndpointService::Result result = EndpointService(m_db).create(e);
    return result.ok() ? result.endpoint.id : QString();
}

Event DeliveryFixture::addEvent(const QString &type, Environment environment)
{
    Event e;
    e.id = QStringLiteral("evt_%1").arg(++m_events, 8, 10, QLatin1Char('0'));
    e.type = type;
    e.environment = environment;
    e.createdAt = m_base.addSecs(m_events);
    e.payload = R"({"verification":{"id":"ver_1","status":"approved"},"score":0.97})";
    e.source = EventSource::Console;
    EventRepository(m_db).insert(e);
    return e;
}

Delivery DeliveryFixture::addDelivery(const Event &event, const QString &endpointId,
                                      DeliveryStatus status,
                                      std::optional<OutcomeClass> lastOutcome, int attempts)
{
    Delivery d;
    ++m_deliveries;
    d.id = QStringLiteral("dlv_%1").arg(m_deliveries, 8, 10, QLatin1Char('0'));
    d.eventId = event.id;
    d.endpointId = endpointId;
    d.environment = event.environment;
    d.eventType = event.type;
    d.idempotencyKey = QStringLiteral("idem_%1").arg(d.id);
    d.status = status;
    d.attemptCount = attempts;
    d.lastOutcome = lastOutcome;
    d.createdAt = m_base.addSecs(m_deliveries);
    d.updatedAt = d.createdAt.addSecs(60);
    if (status == DeliveryStatus::Pending || status == DeliveryStatus::Retrying)
        d.nextAttemptAt = d.updatedAt.addSecs(60);
    DeliveryRepository(m_db).insert(d);
    return d;
}

bool DeliveryFixture::addAttempt(const Attempt &a)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, duration_ms, outcome, "
        "http_status, request_headers, response_headers, response_body, connected_address, "
        "error, url) SELECT ?, endpoint_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM deliveries "
        "WHERE id = ?"));
    q.addBindValue(a.deliveryId);
    q.addBindValue(a.number);
    q.addBindValue(a.startedAt.toMSecsSinceEpoch());
    q.addBindValue(a.durationMs ? QVariant(*a.durationMs)
                                : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.outcome ? QVariant(toString(*a.outcome))
                             : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(a.httpStatus);
    q.addBindValue(QString::fromUtf8(headersJson(a.requestHeaders)));
    q.addBindValue(QString::fromUtf8(headersJson(a.responseHeaders)));
    q.addBindValue(a.responseBody);
    q.addBindValue(a.connectedAddress);
    q.addBindValue(a.error);
    q.addBindValue(a.url.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(a.url.toString()));
    q.addBindValue(a.deliveryId);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<Delivery> DeliveryFixture::addMany(int count, const Event &event, const QString &endpointId,
                                         DeliveryStatus status,
                                         std::optional<OutcomeClass> lastOutcome)
{
    QList<Delivery> out;
    Transaction tx(m_db);
    for (int i = 0; i < count; ++i) {
        // One event per delivery: (event, endpoint) is unique.
        const Event e = i == 0 ? event : addEvent(event.type, event.environment);
        out << addDelivery(e, endpointId, status, lastOutcome);
    }
    tx.commit();
    return out;
}

QString DeliveryFixture::statusOf(const QString &deliveryId) const
{
    const auto found = DeliveryRepository(m_db).find(deliveryId);
    if (!found)
        return QStringLiteral("unreadable: ") + found.error().message;
    const std::optional<Delivery> &d = *found;
    return d ? toString(d->status) : QStringLiteral("missing");
}

} // namespace hookline::test
