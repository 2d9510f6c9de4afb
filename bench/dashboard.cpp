// Dashboard range switch: how long the page takes to put a new report on screen (charts updated
// in place, table, recommendations, then painted), and, separately, how long the worker's query
// takes for the same range. Run it on a database seeded with hookline_seed:
//
//   QT_QPA_PLATFORM=offscreen build/bench/dashboard <db> [environment] [rounds] [range]
//
// `range` (1h, 24h, 7d or 30d) measures the switch to that range only (for a profiler).
//
// Prints one line per range with the median and maximum of each figure.

#include "analytics/analyticsquery.h"
#include "charts/dashboardchart.h"
#include "charts/dashboardpage.h"
#include "charts/endpointstatsmodel.h"
#include "charts/recommendationspanel.h"
#include "store/connection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace hookline;
using namespace hookline::ui;

namespace {
// CPU time of this (the GUI) thread: on a shared, loaded machine the wall clock mostly measures
// waiting for a core; this is what the redraw itself costs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: dashboard <database> [live|sandbox] [rounds] [1h|24h|7d|30d]\n";
        return 2;
    }
    const QString path = args.at(1);
    const Environment env = args.size() > 2
                                ? environmentFromString(args.at(2)).value_or(Environment::Live)
                                : Environment::Live;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 10;
    const QString only = args.size() > 4 ? args.at(4) : QString();

    Connection connection(path, Connection::Mode::ReadOnly);
    if (const auto error = connection.open()) {
        out << "cannot open " << path << ": " << error->message << "\n";
        return 1;
    }
    DashboardPage page(connection.database(), path);
    page.setEnvironment(env);
    page.resize(1400, 1000);

    const AnalyticsQuery query(connection.database());
    const struct
    {
        const char *name;
        DashboardPage::Range range;
    } ranges[] = {{"1h", DashboardPage::Range::LastHour},
                  {"24h", DashboardPage::Range::Last24Hours},
                  {"7d", DashboardPage::Range::Last7Days},
                  {"30d", DashboardPage::Range::Last30Days}};
    // Reports first (the worker's part), then switch between them as a user would.
    QList<AnalyticsReport> reports;
    QList<QList<Recommendation>> recommendations;
    for (const auto &r : ranges) {
        page.setRange(r.range);
        const AnalyticsFilter filter = page.currentFilter();
        QList<double> queryMs;
        AnalyticsReport report;
        QList<Recommendation> recs;
        for (int i = 0; i < qMax(1, rounds / 2); ++i) {
            QElapsedTimer t;
            t.start();
            if (const auto error = query.report(filter, &report)) {
                out << "query failed: " << error->message << "\n";
                return 1;
            }
            recs.clear();
            query.recommendations(filter, &recs);
            queryMs << double(t.nsecsElapsed()) / 1e6;
        }
        out << "query  " << r.name << ": median " << QString::number(median(queryMs), 'f', 1)
            << " ms, max " << QString::number(maximum(queryMs), 'f', 1) << " ms ("
            << report.outcomes.total() << " attempts, " << report.series.size() << " points)\n";
        reports << report;
        recommendations << recs;
    }
    // Counts the charts painted by a switch: proof that the page figure includes the painting.
    struct PaintCounter : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            count += e->type() == QEvent::Paint ? 1 : 0;
            return false;
        }
    } paints;
    for (DashboardChart *chart : page.charts())
        chart->viewport()->installEventFilter(&paints);
    const auto flush = [&app] {
        for (int k = 0; k < 3; ++k) {
            QCoreApplication::sendPostedEvents();
            app.processEvents();
        }
    };
    // Shown only now, so the page's own worker query (one, on show) does not run beside ours.
    page.show();
    while (page.isLoading())
        app.processEvents(QEventLoop::WaitForMoreEvents);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (!only.isEmpty() && only != QLatin1String(ranges[i].name))
            continue;
        QList<double> redraw;
        QList<double> redrawCpu;
        int paintedCharts = 0;
        for (int round = 0; round < rounds; ++round) {
            // Switch away and back, so each measured switch really changes every series.
            const qsizetype other = (i + 1) % reports.size();
            page.showReport(reports.at(other), recommendations.at(other));
            flush();
            paints.count = 0;
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            page.showReport(reports.at(i), recommendations.at(i));
            // What the event loop does next: layouts, deferred scene updates, painting of what
            // is on screen (the charts scrolled into view, the table, the recommendations).
            flush();
            redraw << double(t.nsecsElapsed()) / 1e6;
            redrawCpu << threadCpuMs() - cpu0;
            paintedCharts = paints.count;
        }
        // The six charts alone (what the range switch must redraw in < 50 ms).
        QList<double> charts;
        QList<double> chartsCpu;
        for (int round = 0; round < rounds; ++round) {
            const qsizetype other = (i + 1) % reports.size();
            for (DashboardChart *chart : page.charts()) {
                chart->setReport(reports.at(other));
                chart->viewport()->repaint();
            }
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuMs();
            for (DashboardChart *chart : page.charts())
                chart->setReport(reports.at(i));
            for (DashboardChart *chart : page.charts())
                chart->viewport()->repaint();
            charts << double(t.nsecsElapsed()) / 1e6;
            chartsCpu << threadCpuMs() - c0;
        }
        out << "charts " << ranges[i].name << ": wall median "
            << QString::number(median(charts), 'f', 1) << " ms, max "
            << QString::number(maximum(charts), 'f', 1) << " ms; GUI-thread CPU median "
            << QString::number(median(chartsCpu), 'f', 1) << " ms, max "
            << QString::number(maximum(chartsCpu), 'f', 1) << " ms\n";
        // Where the time goes: each chart on its own, set and painted.
        QStringList parts;
        for (DashboardChart *chart : page.charts()) {
            const qsizetype other = (i + 1) % reports.size();
            chart->setReport(reports.at(other));
            chart->viewport()->repaint();
            double c0 = threadCpuMs();
            chart->setReport(reports.at(i));
            const double set = threadCpuMs() - c0;
            chart->viewport()->repaint();
            parts << QStringLiteral("%1 %2+%3")
                         .arg(chart->exportName())
                         .arg(set, 0, 'f', 1)
                         .arg(threadCpuMs() - c0 - set, 0, 'f', 1);
        }
        {
            const qsizetype other = (i + 1) % reports.size();
            page.recommendationsPanel()->setRecommendations(recommendations.at(other), {});
            app.processEvents();
            double c0 = threadCpuMs();
            page.recommendationsPanel()->setRecommendations(recommendations.at(i), {});
            app.processEvents();
            page.recommendationsPanel()->repaint();
            parts << QStringLiteral("recommendations(%1) %2")
                         .arg(recommendations.at(i).size())
                         .arg(threadCpuMs() - c0, 0, 'f', 1);
            page.endpointModel()->setEndpoints(reports.at(other).endpoints);
            app.processEvents();
            c0 = threadCpuMs();
            page.endpointModel()->setEndpoints(reports.at(i).endpoints);
            page.endpointTable()->repaint();
            parts << QStringLiteral("table %1").arg(threadCpuMs() - c0, 0, 'f', 1);
        }
        out << "page   " << ranges[i].name << ": wall median "
            << QString::number(median(redraw), 'f', 1) << " ms, max "
            << QString::number(maximum(redraw), 'f', 1) << " ms; GUI-thread CPU median "
            << QString::number(median(redrawCpu), 'f', 1) << " ms, max "
            << QString::number(maximum(redrawCpu), 'f', 1) << " ms; " << paintedCharts
            << " chart viewports painted [CPU per part: " << parts.join(QStringLiteral(", "))
            << " ms]\n";
    }
    return 0;
}
