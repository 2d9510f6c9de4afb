#pragma once

#include "charts/barchart.h"

namespace hookline::ui {

// Retry analysis: the attempt number at which deliveries succeeded, with the share of failing
// deliveries that recovered (rather than being dead-lettered) in the title.
class RetryChart : public BarChart
{
    Q_OBJECT
public:
    explicit RetryChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("retry-analysis"); }
    QString summary() const { return m_summary; }

private:
    QString m_summary;
};

} // namespace hookline::ui
