#pragma once

#include "domain/delivery.h"
#include "store/deadletterfilter.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace hookline {

// Dead letters counted and grouped. Every statement narrows them with the one dead-letter filter
// (deadLetterCondition); listing them is DeliveryRepository::list, replaying them
// DeliveryRepository::makeDueNow.
class DeadLetterRepository
{
public:
    struct Group
    {
        QString endpointId;
        std::optional<OutcomeClass> outcome; // the last attempt's class
        int count = 0;
        QDateTime latest; // the most recent death in the group (UTC)

        friend bool operator==(const Group &, const Group &) = default;
    };

    explicit DeadLetterRepository(Store store);

    // Grouped by endpoint and last outcome; largest groups first, ties by endpoint then outcome.
    StoreResult<QList<Group>> groups(Environment environment) const;
    // How many match the filter, dead at or before `until` when that is valid.
    StoreResult<int> count(const DeadLetterFilter &filter, const QDateTime &until = {}) const;

private:
    Store m_store;
};

} // namespace hookline
