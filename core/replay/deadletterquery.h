#pragma once

#include "domain/delivery.h"
#include "store/deadletterrepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>

namespace hookline {

// Dead letters counted by endpoint and the class of their last outcome: what an operator looks at
// first ("which receiver failed, and how?") before replaying a group.
class DeadLetterQuery
{
public:
    using Group = DeadLetterRepository::Group;

    explicit DeadLetterQuery(Store store);

    // Largest groups first; ties by endpoint then outcome, so the order is stable across refreshes.
    StoreResult<QList<Group>> groups(Environment environment) const;
    StoreResult<int> total(Environment environment) const;

private:
    Store m_store;
};

} // namespace hookline
