#pragma once

#include "analytics/analyticsreport.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QList>
#include <functional>
#include <optional>

namespace hookline {

// Answers the dashboard's and `hooklinectl stats`' questions from the rollups (never by scanning
// raw attempts): per-minute rollups for short ranges, hourly and daily ones for long ranges.
// Read-only; use it on the thread that owns the connection.
class AnalyticsQuery
{
public:
    explicit AnalyticsQuery(Store store);

    // Asked between statements and every few hundred rows while a query runs: when it answers
    // true, the query stops, returns an error and cancelled() is true. A 30-day query on a large
    // file takes seconds; the dashboard stops it when a newer request is waiting.
    using CancelCheck = std::function<bool()>;
    void setCancelCheck(CancelCheck check) { m_cancelCheck = std::move(check); }
    // Whether the last report() or recommendations() call was stopped by the cancel check.
    bool cancelled() const { return m_cancelled; }

    std::optional<StoreError> report(const AnalyticsFilter &filter, AnalyticsReport *out) const;

    // The dashboard's recommendations for the filter's range, each with its evidence.
    std::optional<StoreError> recommendations(const AnalyticsFilter &filter,
                                              QList<Recommendation> *out) const;
    // The same from a report already made for the filter (the dashboard has one): saves reading
    // the rollups twice.
    std::optional<StoreError> recommendations(const AnalyticsReport &report,
                                              QList<Recommendation> *out) const;

private:
    bool stopRequested() const;

    Store m_store;
    CancelCheck m_cancelCheck;
    mutable bool m_cancelled = false;
};

} // namespace hookline
