#include "deliveries/deliverytext.h"

#include "common/displaytext.h"

#include <QFontMetrics>
#include <QLocale>

namespace hookline::ui {

QString DeliveryText::dateTime(const QDateTime &utc)
{
    return DisplayText::dateTime(utc);
}

QString DeliveryText::timeOfDay(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

QString DeliveryText::preciseDateTime(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    // The long time format with its seconds, without the zone it ends with ("t"): every time on
    // the page is local.
    QString timeFormat = locale.timeFormat(QLocale::LongFormat);
    timeFormat.remove(QLatin1Char('t'));
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       locale.toString(local.time(), timeFormat.trimmed()));
}

int DeliveryText::dateTimeWidth(const QFontMetrics &metrics)
{
    // Two-digit day, month and hour, an afternoon time: the widest a short format gets.
    const QDateTime widest(QDate(2026, 12, 28), QTime(23, 58));
    return metrics.horizontalAdvance(QLocale().toString(widest, QLocale::ShortFormat));
}

int DeliveryText::timeOfDayWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QLocale().toString(QTime(23, 58), QLocale::ShortFormat));
}

QString DeliveryText::latency(qint64 ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms));
}

} // namespace hookline::ui
