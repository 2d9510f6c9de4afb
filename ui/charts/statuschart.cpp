#include "charts/statuschart.h"

#include <QBarSet>
#include <QLocale>

namespace hookline::ui {

StatusChart::StatusChart(QWidget *parent)
    : BarChart(parent)
{
    setObjectName(QStringLiteral("statusChart"));
    setAccessibleName(tr("HTTP status distribution"));
    chart()->setTitle(tr("HTTP statuses"));
    m_set->setLabel(tr("Attempts"));
    applyPalette();
    setEmptyState(true);
}

void StatusChart::setReport(const AnalyticsReport &report)
{
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    const QLocale locale;
    const qint64 total = report.outcomes.total();
    qint64 others = 0;
    for (qsizetype i = 0; i < report.statuses.size(); ++i) {
        const StatusCount &s = report.statuses.at(i);
        if (i >= kMaxBars - 1 && report.statuses.size() > kMaxBars) {
            others += s.count;
            continue;
        }
        const QString name = s.httpStatus == 0 ? tr("none", "HTTP status: no answer arrived")
                                               : QString::number(s.httpStatus);
        categories << name;
        values << qreal(s.count);
        const QString share = total > 0
                                  ? locale.toString(100.0 * double(s.count) / double(total), 'f', 1)
                                  : QString();
        tips << (s.httpStatus == 0
                     ? tr("No HTTP answer (timeout, connection, DNS, TLS, blocked): %1 attempts, "
                          "%2 %")
                           .arg(locale.toString(s.count), share)
                     : tr("HTTP %1: %2 attempts, %3 %").arg(name, locale.toString(s.count), share));
    }
    if (others > 0) {
        categories << tr("Other");
        values << qreal(others);
        tips << tr("Other statuses: %1 attempts").arg(locale.toString(others));
    }
    setBars(categories, values, tips);
}

} // namespace hookline::ui
