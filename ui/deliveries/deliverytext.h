#pragma once

#include "domain/delivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QFontMetrics;

namespace hookline::ui {

// How the deliveries pages write times, attempt results and latencies: one place, so the table,
// the detail and the dead letters agree with each other and with the other pages.
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
    // "HTTP 503" when the receiver answered with a failing status, the outcome in words
    // otherwise ("Timeout", "Success · HTTP 200"); never the class and its own status twice.
    static QString result(const Attempt &attempt);
    // "5,000 ms" with the locale's digit grouping.
    static QString latency(qint64 ms);
};

} // namespace hookline::ui
