#include "config/subscriptionbulkedit.h"

#include "domain/subscription.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"

#include <algorithm>

namespace hookline {

int SubscriptionBulkEdit::Plan::changedCount() const
{
    return int(
        std::count_if(changes.begin(), changes.end(), [](const Change &c) { return c.changes(); }));
}

SubscriptionBulkEdit::SubscriptionBulkEdit(Store store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{}

SubscriptionBulkEdit::Plan SubscriptionBulkEdit::preview(const QStringList &endpointIds,
                                                         const QStringList &add,
                                                         const QStringList &remove) const
{
    using Field = EndpointValidator::Field;
    using Code = EndpointValidator::Code;
    Plan plan;
    QStringList adding;
    for (const QString &raw : add) {
        const QString p = raw.trimmed();
        if (p.isEmpty() || adding.contains(p))
            continue;
        if (!Subscription::isValidPattern(p))
            plan.errors << EndpointValidator::Error{Field::EventPatterns, Code::InvalidPattern, p};
        adding << p;
    }
    QStringList removing;
    for (const QString &raw : remove) {
        const QString p = raw.trimmed();
        if (!p.isEmpty() && !removing.contains(p))
            removing << p;
    }
    if (!plan.errors.isEmpty())
        return plan;

    const EndpointRepository repo(m_store);
    for (const QString &id : endpointIds) {
        const StoreResult<std::optional<Endpoint>> found = repo.find(id);
        if (!found) {
            plan.storeError = found.error();
            return plan;
        }
        const std::optional<Endpoint> &e = *found;
        if (!e) {
            plan.storeError =
                StoreError{StoreError::Code::NotFound, QStringLiteral("no endpoint %1").arg(id)};
            return plan;
        }
        Change change{e->id, e->name, e->eventPatterns, {}};
        for (const QString &p : e->eventPatterns) {
            if (!removing.contains(p))
                change.after << p;
        }
        for (const QString &p : std::as_const(adding)) {
            if (!change.after.contains(p))
                change.after << p;
        }
        if (change.after.isEmpty())
            plan.errors << EndpointValidator::Error{Field::EventPatterns, Code::Required, e->id};
        plan.changes << change;
    }
    return plan;
}

SubscriptionBulkEdit::Plan SubscriptionBulkEdit::apply(const QStringList &endpointIds,
                                                       const QStringList &add,
                                                       const QStringList &remove)
{
    Transaction tx(m_store);
    if (tx.error()) {
        Plan failed;
        failed.storeError = tx.error();
        return failed;
    }
    // Read inside the transaction, so the plan applied is the plan computed.
    Plan plan = preview(endpointIds, add, remove);
    if (!plan.ok())
        return plan;
    EndpointService service(m_store, m_clock);
    const EndpointRepository repo(m_store);
    for (const Change &change : std::as_const(plan.changes)) {
        if (!change.changes())
            continue;
        const StoreResult<std::optional<Endpoint>> found = repo.find(change.endpointId);
        if (!found || !*found) {
            plan.storeError =
                found ? StoreError{StoreError::Code::NotFound, change.endpointId} : found.error();
            return plan;
        }
        Endpoint e = **found;
        e.eventPatterns = change.after;
        // The service's own transaction nests as a savepoint of this one.
        const EndpointService::Result r = service.update(e);
        if (!r.ok()) {
            plan.errors = r.errors;
            plan.storeError = r.storeError;
            return plan; // tx rolls back every endpoint written so far
        }
    }
    if (auto err = tx.commit())
        plan.storeError = err;
    return plan;
}

} // namespace hookline
