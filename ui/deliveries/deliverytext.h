#pragma once

#include "domain/delivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QFontMetrics;

namespace hookline::ui {

// How the deliveries pages write times and latencies: one place, so the table, the detail and the
// dead letters agree with each other and with the other pages. An attempt's result is
// DisplayText::result(), shared with the endpoints page.
class DeliveryText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::DeliveryText)
public:
    // Local time in the locale's short format, like the endpoints and audit pages.
    static QString dateTime(const QDateTime &utc);
    // The time of day alone (short format), for times within today.
    static QString timeOfDay(const QDateTime &utc);
    // Local time to the second, for tooltips: the short format leaves the seconds out.
    static QString preciseDateTime(const QDateTime &utc);
    // Wide enough for any dateTime() in this locale, for sizing columns.
    static int dateTimeWidth(const QFontMetrics &metrics);
    static int timeOfDayWidth(const QFontMetrics &metrics);
    // "5,000 ms" with the locale's digit grouping.
    static QString latency(qint64 ms);
};

} // namespace hookline::ui
