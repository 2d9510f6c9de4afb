#pragma once

#include "analytics/analyticsreport.h"

class QDateTimeAxis;

namespace hookline::ui {

// The time axis shared by the charts over time: range and label format from the report.
class TimeAxis
{
public:
    static void configure(QDateTimeAxis *axis, const AnalyticsReport &report);
    // Where a bucket's point goes: its middle, so a point sits inside the interval it counts.
    static qreal x(const TimeBucket &bucket);
    // The bucket a hovered x belongs to, or -1.
    static int bucketAt(const AnalyticsReport &report, qreal x);
    // "14:05–14:10" or "24 Nov" etc., for tooltips.
    static QString bucketText(const TimeBucket &bucket, qint64 bucketSeconds);
};

} // namespace hookline::ui
