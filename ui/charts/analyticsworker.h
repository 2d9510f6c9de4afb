#pragma once

#include "charts/analyticsresult.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace hookline {
class Connection;
class ConnectionSupervisor;
} // namespace hookline

namespace hookline::ui {

// Runs the dashboard's queries on its own thread with its own read-only connection (a Qt Sql
// connection must stay on the thread that opened it). Lives in the thread it is moved to; opens
// the connection on first use and closes it when it is destroyed there.
class AnalyticsWorker : public QObject
{
    Q_OBJECT
public:
    // `latest` is the newest generation the page asked for: requests older than it are skipped
    // unanswered, so a burst of range switches costs one query, not one per click, and a query
    // already running stops (unanswered) as soon as a newer generation is asked for.
    AnalyticsWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~AnalyticsWorker() override;

    void run(quint64 generation, const hookline::AnalyticsFilter &filter);

    // Tests: called each time a running query asks whether it is still wanted.
    void setCancelCheckObserver(std::function<void()> observer)
    {
        m_observer = std::move(observer);
    }

signals:
    void finished(const hookline::ui::AnalyticsResult &result);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Connection> m_connection;
    // Reopens m_connection after the server went away, so the next request finds it working.
    std::unique_ptr<ConnectionSupervisor> m_supervisor;
    std::function<void()> m_observer;
};

} // namespace hookline::ui
