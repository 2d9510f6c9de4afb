#include "config/configapply.h"

#include "config/endpointservice.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"

namespace hookline {

namespace {
QString entryPath(const ConfigDiff::Item &item)
{
    return item.templateIndex >= 0 ? QStringLiteral("endpoints[%1]").arg(item.templateIndex)
                                   : QString();
}

ConfigError storeError(const ConfigDiff::Item &item, const StoreError &error)
{
    return ConfigError{ConfigError::Code::Store, entryPath(item), error.message, std::nullopt};
}
} // namespace

ConfigApply::Result ConfigApply::apply(Store store, const ConfigDiff &previewed, const Clock &clock)
{
    Result result;
    if (!previewed.ok()) {
        result.errors = previewed.errors();
        return result;
    }
    Transaction tx(store);
    if (tx.error()) {
        result.errors << ConfigError{ConfigError::Code::Store, QString(), tx.error()->message,
                                     std::nullopt};
        return result;
    }
    const ConfigDiff current = ConfigDiff::compute(store, previewed.configTemplate());
    if (!current.ok()) {
        result.errors = current.errors();
        return result;
    }
    if (!current.sameChanges(previewed)) {
        result.errors << ConfigError{ConfigError::Code::Stale, QString(), {}, std::nullopt};
        return result;
    }

    EndpointService service(store, clock);
    for (const ConfigDiff::Item &item : current.items()) {
        EndpointService::Result r;
        switch (item.kind) {
        case ConfigDiff::Kind::Unchanged:
            continue;
        case ConfigDiff::Kind::Create:
            r = service.create(item.target);
            ++result.created;
            break;
        case ConfigDiff::Kind::Update: {
            const StoreResult<std::optional<Endpoint>> old =
                EndpointRepository(store).find(item.endpointId);
            if (!old) {
                result.errors << storeError(item, old.error());
                return result; // the transaction rolls back
            }
            if (*old)
                result.before << **old;
            r = service.update(item.target);
            ++result.updated;
            break;
        }
        case ConfigDiff::Kind::Delete:
            if (const std::optional<StoreError> error = service.remove(item.endpointId)) {
                result.errors << storeError(item, *error);
                return result;
            }
            ++result.deleted;
            continue;
        }
        for (const EndpointValidator::Error &v : std::as_const(r.errors))
            result.errors << ConfigError{
                ConfigError::Code::Invalid,
                entryPath(item) + QLatin1Char('.') + ConfigTemplate::keyOf(v.field), v.detail, v};
        if (r.storeError)
            result.errors << storeError(item, *r.storeError);
        if (!result.errors.isEmpty())
            return result; // the transaction rolls back: nothing of this template stays
        result.saved << r.endpoint;
    }
    if (const std::optional<StoreError> error = tx.commit()) {
        result.errors << ConfigError{ConfigError::Code::Store, QString(), error->message,
                                     std::nullopt};
        return result;
    }
    return result;
}

} // namespace hookline
