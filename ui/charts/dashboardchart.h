#pragma once

#include "analytics/analyticsreport.h"

#include <QChartView>
#include <QImage>

class QAbstractAxis;
class QLabel;
class QValueAxis;

namespace hookline::ui {

// One chart of the dashboard. Subclasses build their series once and update them in place for
// each new report (replace() with the point list), which is what keeps a range switch cheap.
// A report without data shows a sentence instead of empty axes.
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    explicit DashboardChart(QWidget *parent = nullptr);

    virtual void setReport(const AnalyticsReport &report) = 0;
    // Lays the chart out now (axes, labels, plot area) rather than from a posted layout request:
    // otherwise a new report is painted once with the old layout and again with the new one.
    void settle();
    // A short, file-name friendly name ("success-rate"), used for the PNG suggested on export.
    virtual QString exportName() const = 0;

    bool isEmptyState() const { return m_empty; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    // The chart as the user sees it, at the widget's size.
    QImage toImage() const;
    bool exportPng(const QString &fileName) const;

signals:
    // The user asked for a PNG of this chart (context menu); the page asks where to save it.
    void exportRequested();

protected:
    void setEmptyState(bool empty, const QString &text = {});
    // Colours of axes, title and series from the palette; called again on a palette change.
    virtual void applyPalette();
    void styleAxis(QAbstractAxis *axis) const;
    // 0 to a round number at or above `highest` (×`headroom`), with ticks on round numbers, set
    // in one range change (QValueAxis::applyNiceNumbers after setRange lays the labels out twice).
    static void setRoundRange(QValueAxis *axis, double highest, double headroom, int ticks);
    void showToolTip(const QString &text);
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void placeEmptyLabel();

    QLabel *m_emptyLabel = nullptr;
    bool m_empty = false;
};

} // namespace hookline::ui
