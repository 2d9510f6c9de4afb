#pragma once

#include "domain/delivery.h"
#include "domain/event.h"

#include <QSqlDatabase>

namespace hookline::test {

// Endpoints, events, deliveries and attempts written straight into a test database, with ids
// that sort in creation order (dlv_00000001 < dlv_00000002 …) so keyset pages are predictable.
class DeliveryFixture
{
public:
    explicit DeliveryFixture(QSqlDatabase db, QDateTime base = QDateTime(QDate(2026, 11, 25),
                                                                         QTime(12, 0), Qt::UTC));

    QString addEndpoint(const QString &name, Environment environment = Environment::Sandbox);
    Event addEvent(const QString &type, Environment environment = Environment::Sandbox);
    // The n-th delivery is created `n` seconds after the base time.
    Delivery addDelivery(const Event &event, const QString &endpointId, DeliveryStatus status,
                         std::optional<OutcomeClass> lastOutcome = std::nullopt, int attempts = 1);
    // `attempt.id` is ignored; the row is appended to the delivery's attempts.
    bool addAttempt(const Attempt &attempt);
    // Many plain deliveries at once, in one transaction.
    QList<Delivery> addMany(int count, const Event &event, const QString &endpointId,
                            DeliveryStatus status,
                            std::optional<OutcomeClass> lastOutcome = std::nullopt);

    QDateTime base() const { return m_base; }
    // The stored status by its machine name ("dead", "pending" …): QCOMPARE prints it.
    QString statusOf(const QString &deliveryId) const;

private:
    QSqlDatabase m_db;
    QDateTime m_base;
    int m_events = 0;
    int m_deliveries = 0;
};

} // namespace hookline::test
