#include "charts/timeaxis.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLocale>

namespace hookline::ui {

namespace {
constexpr qint64 kDay = 86400;
}

void TimeAxis::configure(QDateTimeAxis *axis, const AnalyticsReport &report)
{
    const QDateTime from = report.filter.from.isValid()
                               ? report.filter.from
                               : (report.series.isEmpty() ? QDateTime::currentDateTimeUtc()
                                                          : report.series.first().start);
    const QDateTime to =
        report.filter.to.isValid()
            ? report.filter.to
            : (report.series.isEmpty() ? from.addSecs(3600) : report.series.last().end);
    const qint64 span = qMax<qint64>(1, from.secsTo(to));
    // Day and month in the order (and with the month names) of the user's language.
    axis->setFormat(span <= 2 * kDay ? QStringLiteral("HH:mm")
                                     : QCoreApplication::translate("hookline::ui::TimeAxis",
                                                                   "MMM d", "date axis format"));
    axis->setTickCount(span <= 2 * kDay ? 7 : 8);
    axis->setRange(from.toLocalTime(), to.toLocalTime());
}

qreal TimeAxis::x(const TimeBucket &bucket)
{
    const qint64 start = bucket.start.toMSecsSinceEpoch();
    const qint64 end = bucket.end.isValid() ? bucket.end.toMSecsSinceEpoch() : start;
    return qreal(start + (end - start) / 2);
}

int TimeAxis::bucketAt(const AnalyticsReport &report, qreal x)
{
    const qint64 ms = qint64(x);
    // The series is sorted: binary search by start.
    int lo = 0;
    int hi = int(report.series.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const TimeBucket &b = report.series.at(mid);
        if (ms < b.start.toMSecsSinceEpoch())
            hi = mid - 1;
        else if (ms >= b.end.toMSecsSinceEpoch())
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

QString TimeAxis::bucketText(const TimeBucket &bucket, qint64 bucketSeconds)
{
    const QLocale locale;
    const QDateTime start = bucket.start.toLocalTime();
    const QDateTime end = bucket.end.toLocalTime();
    if (bucketSeconds >= kDay)
        return locale.toString(start.date(), QLocale::ShortFormat);
    if (start.date() == QDate::currentDate())
        return QStringLiteral("%1–%2").arg(locale.toString(start.time(), QLocale::ShortFormat),
                                           locale.toString(end.time(), QLocale::ShortFormat));
    return QStringLiteral("%1–%2").arg(locale.toString(start, QLocale::ShortFormat),
                                       locale.toString(end.time(), QLocale::ShortFormat));
}

} // namespace hookline::ui
