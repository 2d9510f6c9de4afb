#include "charts/outcomechart.h"

#include "charts/chartcolors.h"
#include "charts/timeaxis.h"
#include "common/displaytext.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace hookline::ui {

OutcomeChart::OutcomeChart(QWidget *parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("outcomeChart"));
    setAccessibleName(tr("Outcome classes over time"));
    chart()->setTitle(tr("Outcomes"));
    m_x = new QDateTimeAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (int i = 0; i < kOutcomeClassCount; ++i) {
        m_upper[i] = new QLineSeries(chart());
        m_lower[i] = new QLineSeries(chart());
        m_areas[i] = new QAreaSeries(m_upper[i], m_lower[i]);
        m_areas[i]->setName(DisplayText::outcome(OutcomeClass(i)));
        chart()->addSeries(m_areas[i]);
        m_areas[i]->attachAxis(m_x);
        m_areas[i]->attachAxis(m_y);
        connect(m_areas[i], &QAreaSeries::hovered, this, &OutcomeChart::hover);
    }
    setRenderHint(QPainter::Antialiasing, false);
    applyPalette();
    setEmptyState(true);
}

void OutcomeChart::hover(const QPointF &point, bool state)
{
    const int i = state ? TimeAxis::bucketAt(m_report, point.x()) : -1;
    if (i < 0)
        return showToolTip({});
    const TimeBucket &b = m_report.series.at(i);
    const QLocale locale;
    QStringList lines{TimeAxis::bucketText(b, m_report.bucketSeconds)};
    for (int c = 0; c < kOutcomeClassCount; ++c) {
        const qint64 n = b.outcomes.byClass[size_t(c)];
        if (n > 0)
            lines << tr("%1: %2").arg(DisplayText::outcome(OutcomeClass(c)), locale.toString(n));
    }
    if (lines.size() == 1)
        lines << tr("No attempts");
    showToolTip(lines.join(QLatin1Char('\n')));
}

void OutcomeChart::setReport(const AnalyticsReport &report)
{
    m_report = report;
    const qsizetype n = report.series.size();
    std::array<bool, kOutcomeClassCount> present{};
    QList<double> stack(n, 0.0);
    QList<qreal> xs(n);
    for (qsizetype j = 0; j < n; ++j)
        xs[j] = TimeAxis::x(report.series.at(j));
    double highest = 0;
    QList<QPointF> previous;
    previous.reserve(n);
    for (qsizetype j = 0; j < n; ++j)
        previous.append(QPointF(xs.at(j), 0));
    for (int c = 0; c < kOutcomeClassCount; ++c) {
        present[c] = report.outcomes.byClass[size_t(c)] > 0;
        if (!present[c]) {
            // Collapsed onto the stack below: nothing to draw, nothing to hover.
            m_upper[c]->clear();
            m_lower[c]->clear();
            m_areas[c]->setVisible(false);
            continue;
        }
        QList<QPointF> points;
        points.reserve(n);
        for (qsizetype j = 0; j < n; ++j) {
            stack[j] += double(report.series.at(j).outcomes.byClass[size_t(c)]);
            points.append(QPointF(xs.at(j), stack.at(j)));
        }
        m_lower[c]->replace(previous);
        m_upper[c]->replace(points);
        m_areas[c]->setVisible(true);
        previous = points;
    }
    for (double v : std::as_const(stack))
        highest = qMax(highest, v);
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        for (int c = 0; c < kOutcomeClassCount; ++c) {
            if (marker->series() == m_areas[c])
                marker->setVisible(present[c]);
        }
    }
    TimeAxis::configure(m_x, report);
    setRoundRange(m_y, highest, 1.05, 5);
    setEmptyState(report.outcomes.total() == 0);
}

void OutcomeChart::applyPalette()
{
    DashboardChart::applyPalette();
    for (int c = 0; c < kOutcomeClassCount; ++c) {
        const QColor color = ChartColors::outcome(OutcomeClass(c), palette());
        m_areas[c]->setColor(color);
        m_areas[c]->setBorderColor(color.darker(115));
    }
}

} // namespace hookline::ui
