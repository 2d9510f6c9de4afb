#include "charts/retrychart.h"

#include <QBarSet>
#include <QLocale>

namespace hookline::ui {

RetryChart::RetryChart(QWidget *parent)
    : BarChart(parent)
{
    setObjectName(QStringLiteral("retryChart"));
    setAccessibleName(tr("Retry analysis"));
    chart()->setTitle(tr("Retry analysis"));
    m_set->setLabel(tr("Deliveries"));
    applyPalette();
    setEmptyState(true);
}

void RetryChart::setReport(const AnalyticsReport &report)
{
    const RetryAnalysis &r = report.retries;
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    const QLocale locale;
    qint64 succeeded = 0;
    for (qint64 n : r.succeededAtAttempt)
        succeeded += n;
    for (qsizetype i = 0; i < r.succeededAtAttempt.size(); ++i) {
        const qint64 n = r.succeededAtAttempt.at(i);
        categories << tr("#%1").arg(i + 1);
        values << qreal(n);
        tips << tr("Succeeded at attempt %1: %2 deliveries (%3 %)")
                    .arg(i + 1)
                    .arg(locale.toString(n))
                    .arg(locale.toString(succeeded > 0 ? 100.0 * double(n) / double(succeeded) : 0,
                                         'f', 1));
    }
    if (r.recovered + r.dead > 0) {
        m_summary =
            tr("%1 % of failing deliveries recovered · %2 dead")
                .arg(locale.toString(r.recoveredShare() * 100, 'f', 1), locale.toString(r.dead));
    } else {
        m_summary.clear();
    }
    chart()->setTitle(m_summary.isEmpty()
                          ? tr("Retry analysis")
                          : QStringLiteral("%1<br><small>%2</small>")
                                .arg(tr("Retry analysis"), m_summary.toHtmlEscaped()));
    setBars(categories, values, tips,
            r.dead > 0 && succeeded == 0
                ? tr("No delivery succeeded in this range; %1 dead").arg(locale.toString(r.dead))
                : QString());
}

} // namespace hookline::ui
