#include "charts/csvexport.h"
#include "charts/endpointstatsmodel.h"
#include "charts/latencychart.h"
#include "charts/latencydistributionchart.h"
#include "charts/outcomechart.h"
#include "charts/recommendationspanel.h"
#include "charts/retrychart.h"
#include "charts/statuschart.h"
#include "charts/successratechart.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <limits>

using namespace hookline;
using namespace hookline::ui;

// The dashboard's charts, table and recommendations, each given a report built here: the series
// carry the report's figures, empty reports say so, exports write what is on screen.
class TestDashboardCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void successRate();
    void latencyWithTimeoutReference_data();
    void latencyWithTimeoutReference();
    void outcomesStack();
    void countAxesEndOnRoundNumbers_data();
    void countAxesEndOnRoundNumbers();
    void latencyDistributionMergesBins();
    void latencyDistributionLabelsStayShort();
    void statuses();
    void retries();
    void emptyReportShowsEmptyState_data();
    void emptyReportShowsEmptyState();
    void pngExportHasTheChartsSize();
    void endpointTable();
    void csvExport();
    void recommendations();

private:
    static AnalyticsReport report();
};

namespace {
const QDateTime kFrom = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());

OutcomeCounts counts(qint64 success, qint64 http5xx = 0, qint64 timeout = 0)
{
    OutcomeCounts c;
    c.byClass[size_t(OutcomeClass::Success)] = success;
    c.byClass[size_t(OutcomeClass::Http5xx)] = http5xx;
    c.byClass[size_t(OutcomeClass::Timeout)] = timeout;
    return c;
}

EndpointSummary endpoint(const QString &id, const QString &name, int timeout, qint64 success,
                         qint64 failed)
{
    EndpointSummary e;
    e.endpointId = id;
    e.name = name;
    e.timeoutSeconds = timeout;
    e.outcomes = counts(success, failed);
    e.volume = success + failed;
    e.latency.count = e.volume;
    e.latency.avgMs = 120;
    e.latency.p95Ms = 400;
    return e;
}
} // namespace

// One hour in 5-minute buckets: 12 buckets, the 4th without attempts.
AnalyticsReport TestDashboardCharts::report()
{
    AnalyticsReport r;
    r.filter.from = kFrom;
    r.filter.to = kFrom.addSecs(3600);
    r.bucketSeconds = 300;
    for (int i = 0; i < 12; ++i) {
        TimeBucket b;
        b.start = kFrom.addSecs(i * 300);
        b.end = b.start.addSecs(300);
        if (i != 3) {
            b.outcomes = counts(90 + i, 10 - (i % 5), i % 2);
            b.latency.count = b.outcomes.total();
            b.latency.avgMs = 100 + i;
            b.latency.p95Ms = 300 + 10 * i;
        }
        r.outcomes.add(b.outcomes);
        r.series << b;
    }
    r.latency.count = r.outcomes.total();
    r.latency.avgMs = 105;
    r.latency.p95Ms = 350;
    for (int i = 0; i < 40; ++i)
        r.latencyDistribution << LatencyBin{10.0 * i, 10.0 * (i + 1), i < 2 ? 0 : qint64(i)};
    r.statuses = {{200, 1000}, {503, 60}, {0, 6}};
    r.retries.succeededAtAttempt = {900, 70, 20, 0, 10};
    r.retries.succeededFirstTry = 900;
    r.retries.recovered = 100;
    r.retries.dead = 25;
    r.endpoints << endpoint(QStringLiteral("ep_kyc"), QStringLiteral("KYC receiver"), 5, 990, 10)
                << endpoint(QStringLiteral("ep_crm"), QStringLiteral("CRM, sync"), 3, 60, 40);
    r.endpoints[0].previousVolume = 800;
    r.endpoints[0].previousSuccessRate = 0.995;
    r.endpoints[0].previousP95Ms = 200;
    return r;
}

void TestDashboardCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Figures are compared as text: the same digits whatever the machine's locale.
    QLocale::setDefault(QLocale::c());
}

void TestDashboardCharts::successRate()
{
    SuccessRateChart chart;
    const AnalyticsReport r = report();
    chart.setReport(r);
    QVERIFY(!chart.isEmptyState());
    // The bucket without attempts has no point rather than a 0 % one.
    QCOMPARE(chart.series()->count(), 11);
    const TimeBucket &first = r.series.first();
    QCOMPARE(chart.series()->at(0).y(), first.outcomes.successRate() * 100);
    QCOMPARE(qint64(chart.series()->at(0).x()),
             first.start.toMSecsSinceEpoch() + 150 * 1000); // the bucket's middle
    QCOMPARE(qint64(chart.series()->at(3).x()), r.series.at(4).start.toMSecsSinceEpoch() + 150000);
}

void TestDashboardCharts::latencyWithTimeoutReference_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("expectedEndpoint");
    QTest::addColumn<int>("expectedSeconds");
    QTest::addColumn<bool>("mentionsSmallest");
    QTest::newRow("all: smallest") << QStringList() << QStringLiteral("ep_crm") << 3 << true;
    QTest::newRow("one selected") << QStringList{QStringLiteral("ep_kyc")}
                                  << QStringLiteral("ep_kyc") << 5 << false;
}

void TestDashboardCharts::latencyWithTimeoutReference()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, expectedEndpoint);
    QFETCH(int, expectedSeconds);
    QFETCH(bool, mentionsSmallest);
    AnalyticsReport r = report();
    r.filter.endpointIds = filter;
    LatencyChart chart;
    chart.setReport(r);
    QCOMPARE(chart.averageSeries()->count(), 11);
    QCOMPARE(chart.p95Series()->count(), 11);
    QCOMPARE(chart.averageSeries()->at(1).y(), 101.0);
    QCOMPARE(chart.p95Series()->at(1).y(), 310.0);
    QCOMPARE(chart.timeoutEndpointId(), expectedEndpoint);
    QCOMPARE(chart.timeoutSeconds(), expectedSeconds);
    // A flat line across the whole range at the timeout.
    QCOMPARE(chart.timeoutSeries()->count(), 2);
    QCOMPARE(chart.timeoutSeries()->at(0).y(), expectedSeconds * 1000.0);
    QCOMPARE(chart.timeoutSeries()->at(1).y(), expectedSeconds * 1000.0);
    QCOMPARE(qint64(chart.timeoutSeries()->at(0).x()), r.filter.from.toMSecsSinceEpoch());
    QCOMPARE(qint64(chart.timeoutSeries()->at(1).x()), r.filter.to.toMSecsSinceEpoch());
    QVERIFY(chart.timeoutSeries()->isVisible());
    const QString name = chart.timeoutSeries()->name();
    QVERIFY2(name.contains(expectedEndpoint == QLatin1String("ep_crm")
                               ? QStringLiteral("CRM, sync")
                               : QStringLiteral("KYC receiver")),
             qPrintable(name));
    QCOMPARE(name.contains(QStringLiteral("Smallest")), mentionsSmallest);
}

void TestDashboardCharts::outcomesStack()
{
    OutcomeChart chart;
    const AnalyticsReport r = report();
    chart.setReport(r);
    QAreaSeries *success = chart.area(OutcomeClass::Success);
    QAreaSeries *errors = chart.area(OutcomeClass::Http5xx);
    QAreaSeries *timeouts = chart.area(OutcomeClass::Timeout);
    QVERIFY(success->isVisible() && errors->isVisible() && timeouts->isVisible());
    // Classes that did not occur are not drawn.
    QVERIFY(!chart.area(OutcomeClass::Tls)->isVisible());
    QVERIFY(!chart.area(OutcomeClass::Http429)->isVisible());
    // Every bucket has a point (empty ones at 0), stacked in class order.
    QCOMPARE(success->upperSeries()->count(), 12);
    const TimeBucket &b = r.series.at(2);
    QCOMPARE(success->upperSeries()->at(2).y(), qreal(b.outcomes.successes()));
    QCOMPARE(errors->lowerSeries()->at(2).y(), qreal(b.outcomes.successes()));
    QCOMPARE(errors->upperSeries()->at(2).y(),
             qreal(b.outcomes.successes() + b.outcomes.count(OutcomeClass::Http5xx)));
    QCOMPARE(timeouts->upperSeries()->at(2).y(), qreal(b.outcomes.total()));
    QCOMPARE(timeouts->upperSeries()->at(3).y(), 0.0);
}

void TestDashboardCharts::countAxesEndOnRoundNumbers_data()
{
    QTest::addColumn<qint64>("perBucket");
    QTest::newRow("tiny") << qint64(1);
    QTest::newRow("hundreds") << qint64(137);
    QTest::newRow("thousands") << qint64(4321);
    QTest::newRow("a day of 10M") << qint64(333333);
}

// The y axis is set in one go (no applyNiceNumbers pass): it must still cover the highest stack,
// start at 0 and tick on round steps (1, 2, 2.5 or 5 times a power of ten).
void TestDashboardCharts::countAxesEndOnRoundNumbers()
{
    QFETCH(qint64, perBucket);
    AnalyticsReport r = report();
    qint64 highest = 0;
    for (qsizetype i = 0; i < r.series.size(); ++i) {
        r.series[i].outcomes = counts(perBucket * (i + 1), perBucket / 3);
        highest = qMax(highest, r.series[i].outcomes.total());
    }
    r.outcomes = counts(1, 1);
    OutcomeChart chart;
    chart.setReport(r);
    const auto axes = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *y = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QVERIFY2(y->max() >= double(highest), qPrintable(QString::number(y->max())));
    QVERIFY(y->max() <= 2.6 * double(highest) + 10);
    QVERIFY(y->tickCount() >= 3 && y->tickCount() <= 11);
    const double step = y->max() / (y->tickCount() - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                 qFuzzyCompare(mantissa, 2.5) || qFuzzyCompare(mantissa, 5.0),
             qPrintable(QString::number(step)));
}

void TestDashboardCharts::latencyDistributionMergesBins()
{
    LatencyDistributionChart chart;
    const AnalyticsReport r = report();
    chart.setReport(r);
    // 38 non-empty bins (the first two are trimmed) merged by 4 into 10 bars.
    QCOMPARE(chart.barSet()->count(), 10);
    QVERIFY(chart.barSet()->count() <= LatencyDistributionChart::kMaxBars);
    QCOMPARE(chart.categories().size(), 10);
    QCOMPARE(chart.barSet()->at(0), 2.0 + 3.0 + 4.0 + 5.0);
    qreal sum = 0;
    for (int i = 0; i < chart.barSet()->count(); ++i)
        sum += chart.barSet()->at(i);
    qint64 expected = 0;
    for (const LatencyBin &bin : r.latencyDistribution)
        expected += bin.count;
    QCOMPARE(qint64(sum), expected);
    // Labelled with the upper bound of the merged bin.
    QCOMPARE(chart.categories().first(), QStringLiteral("60"));
}

// Four digits under a bar were cut to "1…": from a second on the bounds read "1k", "1.5k".
void TestDashboardCharts::latencyDistributionLabelsStayShort()
{
    LatencyDistributionChart chart;
    AnalyticsReport r = report();
    r.latencyDistribution = {LatencyBin{500, 750, 3}, LatencyBin{750, 1000, 2},
                             LatencyBin{1000, 1500, 1}, LatencyBin{1500, 10000, 4},
                             LatencyBin{10000, std::numeric_limits<double>::infinity(), 1}};
    chart.setReport(r);
    QCOMPARE(chart.categories(),
             (QStringList{QStringLiteral("750"), QStringLiteral("1k"), QStringLiteral("1.5k"),
                          QStringLiteral("10k"), QStringLiteral("≥ 10k")}));
}

void TestDashboardCharts::statuses()
{
    StatusChart chart;
    chart.setReport(report());
    QCOMPARE(chart.categories(),
             (QStringList{QStringLiteral("200"), QStringLiteral("503"), QStringLiteral("none")}));
    QCOMPARE(chart.barSet()->at(0), 1000.0);
    QCOMPARE(chart.barSet()->at(2), 6.0);

    // Many statuses: the rest goes into one bar.
    AnalyticsReport many = report();
    many.statuses.clear();
    for (int i = 0; i < 20; ++i)
        many.statuses << StatusCount{400 + i, 100 - i};
    chart.setReport(many);
    QCOMPARE(chart.barSet()->count(), StatusChart::kMaxBars);
    qreal rest = 0;
    for (int i = StatusChart::kMaxBars - 1; i < 20; ++i)
        rest += 100 - i;
    QCOMPARE(chart.barSet()->at(StatusChart::kMaxBars - 1), rest);
}

void TestDashboardCharts::retries()
{
    RetryChart chart;
    chart.setReport(report());
    QCOMPARE(chart.barSet()->count(), 5);
    QCOMPARE(chart.barSet()->at(1), 70.0);
    QCOMPARE(chart.categories().at(0), QStringLiteral("#1"));
    // 100 recovered, 25 dead: 80 %.
    QVERIFY2(chart.summary().contains(QStringLiteral("80.0")), qPrintable(chart.summary()));
    QVERIFY(chart.summary().contains(QStringLiteral("25")));
}

void TestDashboardCharts::emptyReportShowsEmptyState_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < 6; ++i)
        QTest::newRow(QByteArray::number(i).constData()) << i;
}

void TestDashboardCharts::emptyReportShowsEmptyState()
{
    QFETCH(int, which);
    std::unique_ptr<DashboardChart> chart;
    switch (which) {
    case 0:
        chart = std::make_unique<SuccessRateChart>();
        break;
    case 1:
        chart = std::make_unique<LatencyChart>();
        break;
    case 2:
        chart = std::make_unique<OutcomeChart>();
        break;
    case 3:
        chart = std::make_unique<LatencyDistributionChart>();
        break;
    case 4:
        chart = std::make_unique<StatusChart>();
        break;
    default:
        chart = std::make_unique<RetryChart>();
        break;
    }
    chart->resize(480, 300);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    chart->setReport(report());
    QVERIFY(!chart->isEmptyState());
    QVERIFY(!chart->emptyLabel()->isVisible());

    AnalyticsReport empty;
    empty.filter.from = kFrom;
    empty.filter.to = kFrom.addSecs(3600);
    empty.bucketSeconds = 300;
    for (int i = 0; i < 12; ++i)
        empty.series << TimeBucket{kFrom.addSecs(300 * i), kFrom.addSecs(300 * (i + 1)), {}, {}};
    chart->setReport(empty);
    QVERIFY(chart->isEmptyState());
    QVERIFY(chart->emptyLabel()->isVisible());
    QCOMPARE(chart->emptyLabel()->text(), QStringLiteral("No deliveries in this range"));
    // The sentence sits inside the chart, readable.
    QVERIFY(chart->rect().contains(chart->emptyLabel()->geometry()));
    QVERIFY(chart->emptyLabel()->height() >= chart->emptyLabel()->sizeHint().height());
}

void TestDashboardCharts::pngExportHasTheChartsSize()
{
    LatencyChart chart;
    chart.resize(520, 310);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setReport(report());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("latency.png"));
    QVERIFY(chart.exportPng(file));
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
    // Not a blank canvas: the lines are drawn in more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    QVERIFY(!chart.exportPng(dir.filePath(QStringLiteral("missing/folder/x.png"))));
}

void TestDashboardCharts::endpointTable()
{
    EndpointStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AnalyticsReport r = report();
    model.setEndpoints(r.endpoints);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EndpointStatsModel::ColumnCount));
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, EndpointStatsModel::NameColumn).toString(), QStringLiteral("KYC receiver"));
    QCOMPARE(cell(0, EndpointStatsModel::VolumeColumn, EndpointStatsModel::SortRole).toLongLong(),
             1000);
    QCOMPARE(cell(0, EndpointStatsModel::SuccessRateColumn).toString(), QStringLiteral("99.0 %"));
    QCOMPARE(cell(0, EndpointStatsModel::P95Column).toString(), QStringLiteral("400 ms"));
    // Trends against the previous period: +25 % attempts, −0.5 points, p95 doubled.
    QCOMPARE(cell(0, EndpointStatsModel::VolumeTrendColumn).toString(), QStringLiteral("▲ +25 %"));
    QCOMPARE(cell(0, EndpointStatsModel::SuccessTrendColumn).toString(),
             QStringLiteral("▼ −0.5 pts"));
    QCOMPARE(cell(0, EndpointStatsModel::P95TrendColumn, EndpointStatsModel::ExportRole).toDouble(),
             100.0);
    // Nothing to compare with: a dash, and no number in exports.
    QCOMPARE(cell(1, EndpointStatsModel::VolumeTrendColumn).toString(), QStringLiteral("—"));
    QVERIFY(
        !cell(1, EndpointStatsModel::VolumeTrendColumn, EndpointStatsModel::ExportRole).isValid());
    QCOMPARE(cell(0, EndpointStatsModel::HealthRole).toInt(),
             int(EndpointStatsModel::Health::Healthy));
    QCOMPARE(cell(1, EndpointStatsModel::HealthColumn).toString(), QStringLiteral("Failing"));

    // The same endpoints again: rows kept (no reset), figures updated.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QList<EndpointSummary> next = r.endpoints;
    next[1].paused = true;
    model.setEndpoints(next);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(cell(1, EndpointStatsModel::HealthColumn).toString(), QStringLiteral("Paused"));
    model.setEndpoints({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboardCharts::csvExport()
{
    EndpointStatsModel model;
    model.setEndpoints(report().endpoints);
    const QString csv = CsvExport::toCsv(model, EndpointStatsModel::ExportRole);
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, the empty string after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Endpoint,Attempts,Δ attempts,Success,Δ success,Average,"
                                         "p95,Δ p95,Health"));
    QCOMPARE(lines.at(1),
             QStringLiteral("KYC receiver,1000,25.00,99.00,-0.50,120.00,400.00,100.00,Healthy"));
    // A comma in a name is quoted; missing comparisons are empty fields.
    QCOMPARE(lines.at(2), QStringLiteral("\"CRM, sync\",100,,60.00,,120.00,400.00,,Failing"));
    QCOMPARE(lines.at(3), QString());

    QCOMPARE(CsvExport::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvExport::escape(QStringLiteral("=cmd()")), QStringLiteral("'=cmd()"));
    QCOMPARE(CsvExport::escape(QStringLiteral("-0.50")), QStringLiteral("-0.50"));

    QTemporaryDir dir;
    QString error;
    const QString file = dir.filePath(QStringLiteral("endpoints.csv"));
    QVERIFY(CsvExport::write(file, csv, &error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), csv);
    QVERIFY(!CsvExport::write(dir.filePath(QStringLiteral("no/such/dir.csv")), csv, &error));
    QVERIFY(!error.isEmpty());
}

void TestDashboardCharts::recommendations()
{
    RecommendationsPanel panel;
    Recommendation slow;
    slow.kind = Recommendation::Kind::SlowP95;
    slow.setting = Recommendation::Setting::Timeout;
    slow.endpointId = QStringLiteral("ep_kyc");
    slow.observed = 4100;
    slow.threshold = 3500;
    slow.total = 1200;
    Recommendation rate;
    rate.kind = Recommendation::Kind::Frequent429;
    rate.setting = Recommendation::Setting::RateLimit;
    rate.endpointId = QStringLiteral("ep_crm");
    rate.observed = 0.12;
    rate.count = 120;
    rate.total = 1000;
    panel.setRecommendations({slow, rate}, {{QStringLiteral("ep_kyc"), QStringLiteral("KYC")},
                                            {QStringLiteral("ep_crm"), QStringLiteral("CRM")}});
    QCOMPARE(panel.count(), 2);
    const QList<QLabel *> texts =
        panel.findChildren<QLabel *>(QStringLiteral("recommendationText"));
    QCOMPARE(texts.size(), 2);
    const QList<QLabel *> titles =
        panel.findChildren<QLabel *>(QStringLiteral("recommendationTitle"));
    QVERIFY(titles.at(0)->text().contains(QStringLiteral("KYC")));
    QVERIFY(titles.at(1)->text().contains(QStringLiteral("CRM")));
    // The evidence is in the words.
    QVERIFY2(texts.at(0)->text().contains(QStringLiteral("4100")) &&
                 texts.at(0)->text().contains(QStringLiteral("3500")),
             qPrintable(texts.at(0)->text()));
    QVERIFY2(texts.at(1)->text().contains(QStringLiteral("120 of 1000")) &&
                 texts.at(1)->text().contains(QStringLiteral("12.0 %")),
             qPrintable(texts.at(1)->text()));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noRecommendations"))->isHidden());

    QSignalSpy open(&panel, &RecommendationsPanel::openEndpointSettingRequested);
    const QList<QPushButton *> buttons =
        panel.findChildren<QPushButton *>(QStringLiteral("openSetting"));
    QCOMPARE(buttons.size(), 2);
    buttons.at(1)->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("ep_crm"));
    QCOMPARE(open.at(0).at(1).value<Recommendation::Setting>(), Recommendation::Setting::RateLimit);
    QVERIFY(!buttons.at(1)->accessibleName().isEmpty());

    // Many: the first few, and a button for the rest.
    QList<Recommendation> many(7, slow);
    panel.show();
    panel.setRecommendations(many, {});
    auto *more = panel.findChild<QPushButton *>(QStringLiteral("moreRecommendations"));
    QTRY_VERIFY(more->isVisible());
    const auto shownItems = [&panel] {
        int n = 0;
        for (QPushButton *b : panel.findChildren<QPushButton *>(QStringLiteral("openSetting")))
            n += b->isVisibleTo(&panel) ? 1 : 0;
        return n;
    };
    QCOMPARE(shownItems(), RecommendationsPanel::kCollapsedCount);
    QVERIFY(more->text().contains(QStringLiteral("7")));
    more->click();
    QCOMPARE(shownItems(), 7);
    panel.setRecommendations({}, {});
    QVERIFY(!more->isVisibleTo(&panel));
    QCOMPARE(shownItems(), 0);
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("noRecommendations"))->isHidden());
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
