#pragma once

#include "analytics/analyticsreport.h"
#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hookline {

// Answers the dashboard's and `hooklinectl stats`' questions from the rollups (never by scanning
// raw attempts): per-minute rollups for short ranges, hourly and daily ones for long ranges.
// Read-only; use it on the thread that owns the connection.
class AnalyticsQuery
{
public:
    explicit AnalyticsQuery(QSqlDatabase db);

    std::optional<StoreError> report(const AnalyticsFilter &filter, AnalyticsReport *out) const;

    // The recommendations of PRODUCT.md §5 for the filter's range, each with its evidence.
    std::optional<StoreError> recommendations(const AnalyticsFilter &filter,
                                              QList<Recommendation> *out) const;
    // The same from a report already made for the filter (the dashboard has one): saves reading
    // the rollups twice.
    std::optional<StoreError> recommendations(const AnalyticsReport &report,
                                              QList<Recommendation> *out) const;

private:
    QSqlDatabase m_db;
};

} // namespace hookline
