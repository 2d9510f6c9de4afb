#include "replay/bulkreplay.h"

#include "store/deadletterrepository.h"
#include "store/deliveryrepository.h"
#include "store/transaction.h"

namespace hookline {

BulkReplay::BulkReplay(Store store, const Clock &clock, int batchSize)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_batchSize(qMax(1, batchSize))
{}

BulkReplay BulkReplay::forFilter(Store store, const ReplayService::DeadLetterFilter &filter,
                                 const Clock &clock, int batchSize)
{
    BulkReplay plan(std::move(store), clock, batchSize);
    plan.m_byFilter = true;
    plan.m_filter = filter;
    plan.m_cutoff = clock.nowUtc();
    const StoreResult<int> total = DeadLetterRepository(plan.m_store).count(filter, plan.m_cutoff);
    if (!total)
        plan.m_planError = total.error();
    plan.m_total = total ? *total : 0;
    plan.m_finished = plan.m_total == 0 && !plan.m_planError;
    return plan;
}

BulkReplay BulkReplay::forDeliveries(Store store, const QStringList &ids, const Clock &clock,
                                     int batchSize)
{
    BulkReplay plan(std::move(store), clock, batchSize);
    plan.m_ids = ids;
    plan.m_ids.removeDuplicates();
    plan.m_total = int(plan.m_ids.size());
    plan.m_finished = plan.m_total == 0;
    return plan;
}

std::optional<StoreError> BulkReplay::step()
{
    if (m_planError) {
        // The plan could not be counted: report it once, then the plan is over (nothing changed).
        const StoreError err = *m_planError;
        m_planError.reset();
        m_finished = true;
        return err;
    }
    if (m_finished)
        return std::nullopt;
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    const DeliveryRepository::DueSelection which =
        m_byFilter
            ? DeliveryRepository::DueSelection::deadLetters(m_filter, m_cutoff, m_batchSize)
            : DeliveryRepository::DueSelection::deadAmong(m_ids.mid(m_processed, m_batchSize));
    const StoreResult<int> affected =
        DeliveryRepository(m_store).makeDueNow(which, m_clock.nowUtc());
    if (!affected)
        return affected.error();
    if (auto err = tx.commit())
        return err;
    m_replayed += *affected;
    if (m_byFilter) {
        m_processed = qMin(m_total, m_processed + *affected);
        // A short batch means nothing of the plan is left dead (some may have been replayed
        // elsewhere meanwhile: they count as done).
        if (*affected < m_batchSize)
            m_processed = m_total;
    } else {
        m_processed = qMin(m_total, m_processed + m_batchSize);
    }
    m_finished = m_processed >= m_total;
    return std::nullopt;
}

} // namespace hookline
