#include "replay/deadletterquery.h"

namespace hookline {

DeadLetterQuery::DeadLetterQuery(Store store)
    : m_store(std::move(store))
{}

StoreResult<QList<DeadLetterQuery::Group>> DeadLetterQuery::groups(Environment environment) const
{
    return DeadLetterRepository(m_store).groups(environment);
}

StoreResult<int> DeadLetterQuery::total(Environment environment) const
{
    return DeadLetterRepository(m_store).count(DeadLetterFilter{environment, {}, {}, {}});
}

} // namespace hookline
