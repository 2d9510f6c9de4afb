#pragma once

#include "domain/endpoint.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QList>
#include <functional>
#include <optional>

namespace hookline {

// Endpoints and their subscriptions. Every write is one transaction (or a savepoint inside the
// caller's), so a failed write leaves nothing behind.
class EndpointRepository
{
public:
    explicit EndpointRepository(Store store);

    std::optional<StoreError> insert(const Endpoint &endpoint);
    std::optional<StoreError> update(const Endpoint &endpoint);
    std::optional<StoreError> remove(const QString &id);
    std::optional<StoreError> setState(const QString &id, EndpointState state,
                                       const QString &reason, const QDateTime &at);

    // Removes the value of each stored custom header `drop` selects from the endpoint's row and
    // keeps every other byte of it; the number removed (0 when the endpoint is gone). For
    // SecretHeaderMigration, which decides what may go; a savepoint inside the caller's
    // transaction.
    StoreResult<int> dropHeaderValues(const QString &id,
                                      const std::function<bool(const HttpHeader &)> &drop);

    // A failed read is an error, never "no endpoint" or an empty list.
    StoreResult<std::optional<Endpoint>> find(const QString &id) const;
    StoreResult<QList<Endpoint>> list(Environment environment) const;
    StoreResult<QList<Endpoint>> listAll() const;
    StoreResult<int> count(Environment environment) const;

private:
    StoreResult<QList<Endpoint>> select(const QString &where, const QVariantList &binds) const;
    std::optional<StoreError> writeSubscriptions(const Endpoint &endpoint);

    Store m_store;
};

} // namespace hookline
