#pragma once

#include "charts/dashboardchart.h"

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace hookline::ui {

// Share of successful attempts per bucket, in percent. Buckets without attempts have no point
// (a rate of nothing is not 0 %).
class SuccessRateChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit SuccessRateChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("success-rate"); }
    QLineSeries *series() const { return m_series; }

protected:
    void applyPalette() override;

private:
    AnalyticsReport m_report;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace hookline::ui
