#pragma once

#include "charts/dashboardchart.h"

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace hookline::ui {

// Average and p95 latency per bucket, with the endpoint's timeout as a reference line: the
// selected endpoint's, or the smallest of the endpoints in the report (the one that trips first);
// the line's name says which.
class LatencyChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("latency"); }

    QLineSeries *averageSeries() const { return m_avg; }
    QLineSeries *p95Series() const { return m_p95; }
    QLineSeries *timeoutSeries() const { return m_timeout; }
    // The endpoint whose timeout the reference line shows; empty without one.
    QString timeoutEndpointId() const { return m_timeoutEndpointId; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

protected:
    void applyPalette() override;

private:
    void hover(const QPointF &point, bool state);

    AnalyticsReport m_report;
    QLineSeries *m_avg = nullptr;
    QLineSeries *m_p95 = nullptr;
    QLineSeries *m_timeout = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QString m_timeoutEndpointId;
    int m_timeoutSeconds = 0;
};

} // namespace hookline::ui
