#include "charts/analyticsworker.h"

#include "analytics/analyticsquery.h"
#include "domain/clock.h"
#include "store/connection.h"
#include "store/connectionsupervisor.h"

#include <QElapsedTimer>

namespace hookline::ui {

AnalyticsWorker::AnalyticsWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(databasePath))
    , m_latest(std::move(latest))
{}

AnalyticsWorker::~AnalyticsWorker() = default;

void AnalyticsWorker::run(quint64 generation, const AnalyticsFilter &filter)
{
    if (generation < m_latest->load())
        return;
    AnalyticsResult result;
    result.generation = generation;
    QElapsedTimer timer;
    timer.start();
    if (!m_connection) {
        m_connection = std::make_unique<Connection>(m_path, Connection::Mode::ReadOnly);
        if (std::optional<StoreError> error = m_connection->open()) {
            m_connection.reset();
            result.error = error;
            emit finished(result);
            return;
        }
        m_supervisor = std::make_unique<ConnectionSupervisor>(m_connection.get(), Clock::system());
    }
    AnalyticsQuery query(m_connection->store());
    query.setCancelCheck([this, generation] {
        if (m_observer)
            m_observer();
        return generation < m_latest->load();
    });
    result.error = query.report(filter, &result.report);
    if (!result.error)
        result.error = query.recommendations(result.report, &result.recommendations);
    if (result.error)
        m_supervisor->recoverIfLost(*result.error);
    // Superseded while running: the newer request is queued behind this one and answers.
    if (query.cancelled())
        return;
    result.queryMs = timer.elapsed();
    emit finished(result);
}

} // namespace hookline::ui
