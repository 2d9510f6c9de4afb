#pragma once

#include "domain/endpoint.h"
#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hookline {

// Endpoints and their subscriptions. Every write is one transaction (or a savepoint inside the
// caller's), so a failed write leaves nothing behind.
class EndpointRepository
{
public:
    explicit EndpointRepository(QSqlDatabase db);

    std::optional<StoreError> insert(const Endpoint &endpoint);
    std::optional<StoreError> update(const Endpoint &endpoint);
    std::optional<StoreError> remove(const QString &id);
    std::optional<StoreError> setState(const QString &id, EndpointState state,
                                       const QString &reason, const QDateTime &at);

    std::optional<Endpoint> find(const QString &id) const;
    QList<Endpoint> list(Environment environment) const;
    QList<Endpoint> listAll() const;
    int count(Environment environment) const;

private:
    QList<Endpoint> select(const QString &where, const QVariantList &binds) const;
    std::optional<StoreError> writeSubscriptions(const Endpoint &endpoint);

    QSqlDatabase m_db;
};

} // namespace hookline
