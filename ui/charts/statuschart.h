#pragma once

#include "charts/barchart.h"

namespace hookline::ui {

// The HTTP statuses answered in the range, most frequent first ("No answer" for attempts that
// got none: timeouts, connection, DNS, TLS failures).
class StatusChart : public BarChart
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 12;

    explicit StatusChart(QWidget *parent = nullptr);

    void setReport(const AnalyticsReport &report) override;
    QString exportName() const override { return QStringLiteral("http-statuses"); }
};

} // namespace hookline::ui
