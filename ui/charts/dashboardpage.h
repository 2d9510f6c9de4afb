#pragma once

#include "analytics/analyticsreport.h"
#include "charts/analyticsresult.h"
#include "store/store.h"

#include <QDateTime>
#include <QList>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace hookline::ui {

class AnalyticsWorker;
class DashboardChart;
class EndpointStatsModel;
class LatencyChart;
class LatencyDistributionChart;
class OutcomeChart;
class RecommendationsPanel;
class RetryChart;
class StatusChart;
class SuccessRateChart;

// Delivery analytics for one environment (docs/product-contract.md "Analytics"): range and filters,
// six charts, the recommendations and the per-endpoint table. Queries run on a worker thread with
// its own connection to `databasePath`; `db` (the GUI thread's connection) only lists the endpoints
// for the filter. A newer request always wins over an older answer.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range
    {
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
        Custom,
    };

    DashboardPage(Store db, QString databasePath, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    void setRange(Range range);
    Range range() const;
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setEndpointFilter(const QString &endpointId); // empty: all
    void setEventTypeFilter(const QString &eventType); // empty: all

    // The filter the next query uses, with the range ending now (or at the custom end).
    AnalyticsFilter currentFilter() const;
    // Asks the worker for a new report (asynchronous; `reportShown` when it is on screen).
    void refresh();
    // Puts a report on screen: charts updated in place, table, recommendations, summary.
    void showReport(const AnalyticsReport &report, const QList<Recommendation> &recommendations);

    bool isLoading() const { return m_loading; }
    qint64 lastRedrawMs() const { return m_lastRedrawMs; }
    qint64 lastQueryMs() const { return m_lastQueryMs; }
    const AnalyticsReport &report() const { return m_report; }
    QList<DashboardChart *> charts() const { return m_charts; }
    SuccessRateChart *successRateChart() const { return m_successRate; }
    LatencyChart *latencyChart() const { return m_latency; }
    OutcomeChart *outcomeChart() const { return m_outcomes; }
    LatencyDistributionChart *latencyDistributionChart() const { return m_distribution; }
    StatusChart *statusChart() const { return m_statuses; }
    RetryChart *retryChart() const { return m_retries; }
    EndpointStatsModel *endpointModel() const { return m_model; }
    QTableView *endpointTable() const { return m_table; }
    RecommendationsPanel *recommendationsPanel() const { return m_recommendations; }

    // The per-endpoint table as CSV (raw figures).
    QString endpointCsv() const;

signals:
    void openEndpointSettingRequested(const QString &endpointId,
                                      hookline::Recommendation::Setting setting);
    void reportShown();
    void queryFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The page's parts, built in the constructor: the range and filter rows, the summary line,
    // and the scrolled content (charts, recommendations, the endpoint table).
    void buildFilterRows(QVBoxLayout *layout);
    QHBoxLayout *buildSummaryRow();
    QWidget *buildContent();
    void buildFilters();
    void reloadEndpointFilter();
    void reloadEventTypeFilter(const AnalyticsReport &report);
    void filtersChanged();
    void handleResult(const AnalyticsResult &result);
    void updateSummary();
    void exportChart(DashboardChart *chart);
    void exportEndpointCsv();
    void showError(const QString &title, const QString &text);

    Store m_db;
    QString m_path;
    Environment m_environment = Environment::Sandbox;
    QThread m_thread;
    AnalyticsWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_dirty = true;
    qint64 m_lastRedrawMs = 0;
    qint64 m_lastQueryMs = 0;
    QDateTime m_shownAt;
    AnalyticsReport m_report;

    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_endpointFilter = nullptr;
    QComboBox *m_eventTypeFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_recommendationsLink = nullptr;
    QTimer *m_autoRefresh = nullptr;

    SuccessRateChart *m_successRate = nullptr;
    LatencyChart *m_latency = nullptr;
    OutcomeChart *m_outcomes = nullptr;
    LatencyDistributionChart *m_distribution = nullptr;
    StatusChart *m_statuses = nullptr;
    RetryChart *m_retries = nullptr;
    QList<DashboardChart *> m_charts;
    RecommendationsPanel *m_recommendations = nullptr;
    EndpointStatsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace hookline::ui
