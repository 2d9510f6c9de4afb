#pragma once

#include "charts/dashboardchart.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace hookline::ui {

// A chart of one set of bars over categories (latency bins, HTTP statuses, attempt numbers).
// The set is filled in place for each report.
class BarChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    QBarSeries *series() const { return m_series; }
    QBarSet *barSet() const { return m_set; }
    QStringList categories() const;
    void setCategoryTitle(const QString &title);

protected:
    // Empty `values` (or all zero) shows the empty state.
    void setBars(const QStringList &categories, const QList<qreal> &values,
                 const QStringList &toolTips, const QString &emptyText = {});
    void applyPalette() override;
    virtual QColor barColor() const;
    QBarCategoryAxis *categoryAxis() const { return m_x; }

    QBarSet *m_set = nullptr;
    QValueAxis *m_y = nullptr;

private:
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QStringList m_toolTips;
};

} // namespace hookline::ui
