#include "charts/successratechart.h"

#include "charts/chartcolors.h"
#include "charts/timeaxis.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace hookline::ui {

SuccessRateChart::SuccessRateChart(QWidget *parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("successRateChart"));
    setAccessibleName(tr("Success rate over time"));
    chart()->setTitle(tr("Success rate"));
    m_series = new QLineSeries(chart());
    m_series->setName(tr("Successful attempts (%)"));
    m_series->setPointsVisible(true);
    chart()->addSeries(m_series);
    m_x = new QDateTimeAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setLabelFormat(QStringLiteral("%.0f %"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    chart()->legend()->hide();
    connect(m_series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        const int i = state ? TimeAxis::bucketAt(m_report, point.x()) : -1;
        if (i < 0)
            return showToolTip({});
        const TimeBucket &b = m_report.series.at(i);
        const QLocale locale;
        showToolTip(tr("%1\nSuccess rate: %2 %\n%3 of %4 attempts succeeded")
                        .arg(TimeAxis::bucketText(b, m_report.bucketSeconds),
                             locale.toString(b.outcomes.successRate() * 100, 'f', 1),
                             locale.toString(b.outcomes.successes()),
                             locale.toString(b.outcomes.total())));
    });
    applyPalette();
    setEmptyState(true);
}

void SuccessRateChart::setReport(const AnalyticsReport &report)
{
    m_report = report;
    QList<QPointF> points;
    points.reserve(report.series.size());
    double lowest = 100;
    for (const TimeBucket &b : report.series) {
        if (b.outcomes.total() == 0)
            continue;
        const double rate = b.outcomes.successRate() * 100;
        lowest = qMin(lowest, rate);
        points.append(QPointF(TimeAxis::x(b), rate));
    }
    m_series->replace(points);
    TimeAxis::configure(m_x, report);
    // Zoom in on the interesting band: a drop from 99.9 % to 97 % must be visible.
    const double floor = lowest >= 90 ? 90 : (lowest >= 50 ? 50 : 0);
    m_y->setRange(floor, 100);
    m_y->setTickCount(6);
    setEmptyState(points.isEmpty());
}

void SuccessRateChart::applyPalette()
{
    DashboardChart::applyPalette();
    QPen pen(ChartColors::primary(palette()));
    pen.setWidthF(2);
    m_series->setPen(pen);
    m_series->setBrush(ChartColors::primary(palette()));
}

} // namespace hookline::ui
