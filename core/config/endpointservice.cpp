#include "config/endpointservice.h"

#include "audit/auditlog.h"
#include "config/endpointauditdetails.h"
#include "domain/ids.h"
#include "security/destinationpolicy.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

namespace hookline {

namespace {
QDateTime truncatedToMs(const QDateTime &t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

void normalise(Endpoint &e)
{
    e.name = e.name.trimmed();
    e.authHeaderName = e.authHeaderName.trimmed();
    for (HttpHeader &h : e.customHeaders) {
        h.name = h.name.trimmed();
        h.value = h.value.trimmed();
    }
    QStringList patterns;
    for (const QString &p : std::as_const(e.eventPatterns)) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !patterns.contains(t))
            patterns << t;
    }
    e.eventPatterns = patterns;
}

// Save-time feedback of the destination policy (rule 7): syntax, denied names, literal addresses
// and the environment's allowlist. DNS is left to every attempt, where it is authoritative.
std::optional<StoreError> checkDestinations(const Store &db, const Endpoint &e,
                                            QList<EndpointValidator::Error> &errors)
{
    const StoreResult<Allowlist> allowlist = Allowlist::load(SettingsRepository(db), e.environment);
    if (!allowlist)
        return allowlist.error();
    const DestinationPolicy policy(AddressClassifier::withSystemInterfaces());
    const auto check = [&](EndpointValidator::Field field, const QUrl &url) {
        const DestinationPolicy::Verdict v = policy.checkWithoutLookup(url, *allowlist);
        if (v.decision == DestinationPolicy::Decision::Deny)
            errors << EndpointValidator::Error{field, EndpointValidator::Code::DestinationDenied,
                                               toString(v.reason)};
    };
    check(EndpointValidator::Field::Url, e.url);
    if (!e.failoverUrl.isEmpty())
        check(EndpointValidator::Field::FailoverUrl, e.failoverUrl);
    return std::nullopt;
}
} // namespace

EndpointService::EndpointService(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

EndpointService::Result EndpointService::create(Endpoint draft)
{
    Result result;
    normalise(draft);
    result.errors = EndpointValidator::validate(draft);
    if (result.errors.isEmpty())
        result.storeError = checkDestinations(m_store, draft, result.errors);
    if (!result.errors.isEmpty() || result.storeError)
        return result;
    const QDateTime now = truncatedToMs(m_clock.nowUtc());
    draft.id = Ids::make(u"ep_", now);
    draft.webhookId = Ids::make(u"wh_", now);
    draft.createdAt = now;
    draft.updatedAt = now;
    if (draft.state != EndpointState::Paused) {
        draft.pausedReason.clear();
        draft.pausedAt = QDateTime();
    }
    Transaction tx(m_store);
    if (tx.error()) {
        result.storeError = tx.error();
        return result;
    }
    if ((result.storeError = EndpointRepository(m_store).insert(draft)))
        return result;
    if ((result.storeError = AuditLog::append(m_store, QStringLiteral("endpoint.create"), draft.id,
                                              EndpointAuditDetails::endpoint(draft))))
        return result;
    if ((result.storeError = tx.commit()))
        return result;
    result.endpoint = draft;
    return result;
}

EndpointService::Result EndpointService::update(const Endpoint &changed)
{
    Result result;
    EndpointRepository repo(m_store);
    Transaction tx(m_store);
    if (tx.error()) {
        result.storeError = tx.error();
        return result;
    }
    const StoreResult<std::optional<Endpoint>> found = repo.find(changed.id);
    if (!found) {
        result.storeError = found.error();
        return result;
    }
    const std::optional<Endpoint> &stored = *found;
    if (!stored) {
        result.storeError = StoreError{StoreError::Code::NotFound,
                                       QStringLiteral("no endpoint %1").arg(changed.id)};
        return result;
    }
    Endpoint e = changed;
    normalise(e);
    e.webhookId = stored->webhookId;
    e.environment = stored->environment;
    e.state = stored->state;
    e.pausedReason = stored->pausedReason;
    e.pausedAt = stored->pausedAt;
    e.createdAt = stored->createdAt;
    e.updatedAt = truncatedToMs(m_clock.nowUtc());
    result.errors = EndpointValidator::validate(e);
    if (result.errors.isEmpty())
        result.storeError = checkDestinations(m_store, e, result.errors);
    if (!result.errors.isEmpty() || result.storeError)
        return result;
    if ((result.storeError = repo.update(e)))
        return result;
    if ((result.storeError = AuditLog::append(m_store, QStringLiteral("endpoint.update"), e.id,
                                              EndpointAuditDetails::change(*stored, e))))
        return result;
    if ((result.storeError = tx.commit()))
        return result;
    result.endpoint = e;
    return result;
}

std::optional<StoreError> EndpointService::remove(const QString &id)
{
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    const StoreResult<std::optional<Endpoint>> found = EndpointRepository(m_store).find(id);
    if (!found)
        return found.error();
    const std::optional<Endpoint> &removed = *found;
    if (auto err = EndpointRepository(m_store).remove(id))
        return err;
    if (auto err =
            AuditLog::append(m_store, QStringLiteral("endpoint.remove"), id,
                             removed ? EndpointAuditDetails::endpoint(*removed) : QJsonObject()))
        return err;
    return tx.commit();
}

EndpointService::Result EndpointService::pause(const QString &id, const QString &reason)
{
    return setState(id, EndpointState::Paused, reason);
}

EndpointService::Result EndpointService::resume(const QString &id)
{
    return setState(id, EndpointState::Active, QString());
}

EndpointService::Result EndpointService::setState(const QString &id, EndpointState state,
                                                  const QString &reason)
{
    Result result;
    EndpointRepository repo(m_store);
    Transaction tx(m_store);
    if (tx.error()) {
        result.storeError = tx.error();
        return result;
    }
    const QDateTime now = truncatedToMs(m_clock.nowUtc());
    if ((result.storeError = repo.setState(id, state, reason, now)))
        return result;
    // Deliveries follow the endpoint in the same transaction: paused (without a failover URL)
    // holds them, never drops them; resuming makes them due now, paced by the engine's limits.
    DeliveryRepository deliveries(m_store);
    const StoreResult<int> moved =
        state == EndpointState::Paused
            ? deliveries.holdOpen(id, now)
            : deliveries.makeDueNow(DeliveryRepository::DueSelection::heldFor(id), now);
    if (!moved) {
        result.storeError = moved.error();
        return result;
    }
    // Held/released deliveries are part of the change; the engine's auto-pause is recorded with
    // the engine as the actor (AuditLog::setThreadActor).
    if ((result.storeError =
             AuditLog::append(m_store,
                              state == EndpointState::Paused ? QStringLiteral("endpoint.pause")
                                                             : QStringLiteral("endpoint.resume"),
                              id,
                              QJsonObject{{QStringLiteral("reason"), reason},
                                          {QStringLiteral("deliveries"), *moved}})))
        return result;
    if ((result.storeError = tx.commit()))
        return result;
    const StoreResult<std::optional<Endpoint>> saved = repo.find(id);
    if (!saved)
        result.storeError = saved.error();
    else
        result.endpoint = saved->value_or(Endpoint{});
    return result;
}

} // namespace hookline
