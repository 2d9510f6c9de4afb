#pragma once

#include "charts/dashboardchart.h"

#include <array>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace hookline::ui {

// Attempts per bucket, stacked by outcome class. Every class has its area from the start;
// classes that did not occur in the range are hidden (and left out of the legend).
class OutcomeChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("outcomes"); }

    QAreaSeries *area(OutcomeClass outcome) const { return m_areas[size_t(outcome)]; }

protected:
    void applyPalette() override;

private:
    void hover(const QPointF &point, bool state);

    AnalyticsReport m_report;
    std::array<QAreaSeries *, kOutcomeClassCount> m_areas{};
    std::array<QLineSeries *, kOutcomeClassCount> m_upper{};
    std::array<QLineSeries *, kOutcomeClassCount> m_lower{};
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace hookline::ui
