#pragma once

#include "analytics/analyticsreport.h"
#include "store/storeerror.h"

#include <QList>
#include <optional>

namespace hookline::ui {

// What the analytics worker hands back to the GUI thread: a value, copied across the queued
// connection. `generation` tells the page whether it is still the answer to its latest request.
struct AnalyticsResult
{
    quint64 generation = 0;
    AnalyticsReport report;
    QList<Recommendation> recommendations;
    std::optional<StoreError> error;
    qint64 queryMs = 0;
};

} // namespace hookline::ui
