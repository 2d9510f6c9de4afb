#pragma once

#include "store/deadletterfilter.h"

#include <QStringList>
#include <QVariantList>

namespace hookline {

// A WHERE clause over `deliveries` with its bound values, for the store's own statements
// (core/store only). Terms are ANDed; each `?` in a term has its value appended in order.
struct DeliveryCondition
{
    QStringList terms;
    QVariantList binds;

    void add(const QString &term) { terms << term; }
    void add(const QString &term, const QVariant &value)
    {
        terms << term;
        binds << value;
    }
    QString sql() const { return terms.join(QStringLiteral(" AND ")); }
};

// The one dead-letter filter: `status = 'dead'` (a literal, so SQLite sees that the partial index
// deliveries_dead applies), the environment, then the filter's endpoint, outcome and since. Every
// statement over dead letters (lists, counts, groups, replays) starts from it. `until`, when
// valid, keeps only letters dead at or before it (a bulk replay's plan, fixed when it is made).
DeliveryCondition deadLetterCondition(const DeadLetterFilter &filter, const QDateTime &until = {});

} // namespace hookline
