#pragma once

#include "charts/barchart.h"

namespace hookline::ui {

// How many attempts took how long: the report's latency bins, merged into at most kMaxBars bars
// so the labels stay legible.
class LatencyDistributionChart : public BarChart
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 12;

    explicit LatencyDistributionChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("latency-distribution"); }

    // The bins the bars show: empty ends trimmed, neighbours merged to at most kMaxBars.
    static QList<LatencyBin> bars(const QList<LatencyBin> &bins);
};

} // namespace hookline::ui
