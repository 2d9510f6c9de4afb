#pragma once

#include "analytics/analyticsreport.h"

#include <QAbstractTableModel>

namespace hookline::ui {

// The dashboard's per-endpoint table: volume, success rate, latency, the trend against the
// previous period of the same length and a health verdict. ExportRole gives the raw figure of a
// cell (for CSV), SortRole a value that sorts naturally.
class EndpointStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        VolumeColumn,
        VolumeTrendColumn,
        SuccessRateColumn,
        SuccessTrendColumn,
        AverageColumn,
        P95Column,
        P95TrendColumn,
        HealthColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ExportRole,
        IdRole,
        HealthRole, // Health as int
    };
    enum class Health
    {
        Healthy,
        Degraded,
        Failing,
        Paused,
        Idle, // no attempts in the range
    };

    explicit EndpointStatsModel(QObject *parent = nullptr);

    void setEndpoints(const QList<EndpointSummary> &endpoints);
    const QList<EndpointSummary> &endpoints() const { return m_rows; }

    // ≥ 99 % healthy, ≥ 90 % degraded, below failing; paused wins.
    static Health health(const EndpointSummary &summary);
    static QString healthText(Health health);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EndpointSummary> m_rows;
};

} // namespace hookline::ui
