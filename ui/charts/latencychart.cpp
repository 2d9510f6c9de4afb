#include "charts/latencychart.h"

#include "charts/chartcolors.h"
#include "charts/timeaxis.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace hookline::ui {

LatencyChart::LatencyChart(QWidget *parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("latencyChart"));
    setAccessibleName(tr("Average and p95 latency over time"));
    chart()->setTitle(tr("Latency"));
    m_avg = new QLineSeries(chart());
    m_avg->setName(tr("Average"));
    m_p95 = new QLineSeries(chart());
    m_p95->setName(tr("p95"));
    m_timeout = new QLineSeries(chart());
    m_timeout->setName(tr("Timeout"));
    m_x = new QDateTimeAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setLabelFormat(QStringLiteral("%.0f ms"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_avg, m_p95, m_timeout}) {
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    connect(m_avg, &QLineSeries::hovered, this, &LatencyChart::hover);
    connect(m_p95, &QLineSeries::hovered, this, &LatencyChart::hover);
    connect(m_timeout, &QLineSeries::hovered, this, [this](const QPointF &, bool state) {
        showToolTip(state ? m_timeout->name() : QString());
    });
    applyPalette();
    setEmptyState(true);
}

void LatencyChart::hover(const QPointF &point, bool state)
{
    const int i = state ? TimeAxis::bucketAt(m_report, point.x()) : -1;
    if (i < 0)
        return showToolTip({});
    const TimeBucket &b = m_report.series.at(i);
    const QLocale locale;
    showToolTip(tr("%1\nAverage: %2 ms\np95: %3 ms\n%4 attempts")
                    .arg(TimeAxis::bucketText(b, m_report.bucketSeconds),
                         locale.toString(b.latency.avgMs, 'f', 0),
                         locale.toString(b.latency.p95Ms, 'f', 0),
                         locale.toString(b.latency.count)));
}

void LatencyChart::setReport(const AnalyticsReport &report)
{
    m_report = report;
    QList<QPointF> avg;
    QList<QPointF> p95;
    avg.reserve(report.series.size());
    p95.reserve(report.series.size());
    double highest = 0;
    for (const TimeBucket &b : report.series) {
        if (b.latency.count == 0)
            continue;
        const qreal x = TimeAxis::x(b);
        avg.append(QPointF(x, b.latency.avgMs));
        p95.append(QPointF(x, b.latency.p95Ms));
        highest = qMax(highest, qMax(b.latency.avgMs, b.latency.p95Ms));
    }
    m_avg->replace(avg);
    m_p95->replace(p95);

    // The timeout that matters: the filtered endpoint's if there is exactly one, otherwise the
    // smallest among the endpoints shown.
    const EndpointSummary *reference = nullptr;
    for (const EndpointSummary &e : report.endpoints) {
        if (report.filter.endpointIds.size() == 1 &&
            e.endpointId == report.filter.endpointIds.first()) {
            reference = &e;
            break;
        }
        if (!reference || e.timeoutSeconds < reference->timeoutSeconds)
            reference = &e;
    }
    m_timeoutEndpointId = reference ? reference->endpointId : QString();
    m_timeoutSeconds = reference ? reference->timeoutSeconds : 0;
    TimeAxis::configure(m_x, report);
    if (reference && !avg.isEmpty()) {
        const double ms = reference->timeoutSeconds * 1000.0;
        const qreal from = m_x->min().toMSecsSinceEpoch();
        const qreal to = m_x->max().toMSecsSinceEpoch();
        m_timeout->replace({QPointF(from, ms), QPointF(to, ms)});
        const QString name = reference->name.isEmpty() ? reference->endpointId : reference->name;
        const bool single = report.endpoints.size() == 1 || report.filter.endpointIds.size() == 1;
        // Latencies far below the timeout would be squashed into a flat line at the bottom; the
        // scale then follows the data and the legend says where the timeout is.
        const bool offScale = highest < ms * 0.25;
        QString label =
            single ? tr("Timeout of %1: %2 s").arg(name).arg(reference->timeoutSeconds)
                   : tr("Smallest timeout, %1: %2 s").arg(name).arg(reference->timeoutSeconds);
        if (offScale)
            label = tr("%1 (above the scale)").arg(label);
        m_timeout->setName(label);
        m_timeout->setVisible(true);
        if (!offScale)
            highest = qMax(highest, ms);
    } else {
        m_timeout->clear();
        m_timeout->setVisible(false);
    }
    setRoundRange(m_y, highest <= 0 ? 100 : highest, 1.1, 6);
    setEmptyState(avg.isEmpty());
}

void LatencyChart::applyPalette()
{
    DashboardChart::applyPalette();
    QPen avg(ChartColors::primary(palette()));
    avg.setWidthF(2);
    m_avg->setPen(avg);
    QPen p95(ChartColors::secondary(palette()));
    p95.setWidthF(2);
    m_p95->setPen(p95);
    QPen timeout(ChartColors::reference(palette()));
    timeout.setWidthF(1.5);
    timeout.setStyle(Qt::DashLine);
    m_timeout->setPen(timeout);
}

} // namespace hookline::ui
