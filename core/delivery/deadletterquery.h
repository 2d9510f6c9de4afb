#pragma once

#include "domain/delivery.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hookline {

// Dead letters counted by endpoint and the class of their last outcome: what an operator looks at
// first ("which receiver failed, and how?") before replaying a group.
class DeadLetterQuery
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

    explicit DeadLetterQuery(QSqlDatabase db);

    // Largest groups first; ties by endpoint then outcome, so the order is stable across refreshes.
    QList<Group> groups(Environment environment) const;
    int total(Environment environment) const;

private:
    QSqlDatabase m_db;
};

} // namespace hookline
