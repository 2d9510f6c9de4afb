#include "analytics/analyticsquery.h"
#include "analytics/rollupwriter.h"
#include "charts/analyticsworker.h"
#include "charts/dashboardpage.h"
#include "charts/endpointstatsmodel.h"
#include "charts/latencychart.h"
#include "charts/recommendationspanel.h"
#include "charts/statuschart.h"
#include "charts/successratechart.h"
#include "config/endpointservice.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointspage.h"
#include "shell/mainwindow.h"
#include "store/transaction.h"
#include "support/tempdatabase.h"

#include <QAbstractButton>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

// The dashboard page on a real database: attempts written through the analytics rollups come
// back as figures on screen, filters and environments narrow them, a stale answer never
// overwrites a newer one, and a recommendation opens its endpoint.
class TestDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsFiguresFromTheStore();
    void filtersNarrowTheReport();
    void emptyEnvironmentSaysSo();
    void newestRequestWins();
    void supersededQueryStopsAndTheNewestAnswers();
    void presetRangesPickTheirPointWidth_data();
    void presetRangesPickTheirPointWidth();
    void recommendationOpensTheEndpoint();
    void chartsStayPutWhenRecommendationsChange();
    void toolbarSwitchIsTheOnlyEnvironmentControl();
    void exportButtonHasRoomForItsMenuArrow();

private:
    void writeAttempts();
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_kyc;
    QString m_crm;
    QTemporaryDir m_settingsDir;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Figures are compared as text: the same digits whatever the machine's locale.
    QLocale::setDefault(QLocale::c());
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDashboardPage::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    EndpointService service(m_db->db());
    Endpoint kyc;
    kyc.name = QStringLiteral("KYC receiver");
    kyc.environment = Environment::Sandbox;
    kyc.url = QUrl(QStringLiteral("https://kyc.example.com/hooks"));
    kyc.eventPatterns = {QStringLiteral("*")};
    kyc.timeoutSeconds = 2;
    const EndpointService::Result a = service.create(kyc);
    QVERIFY(a.ok());
    m_kyc = a.endpoint.id;
    Endpoint crm = kyc;
    crm.name = QStringLiteral("CRM sync");
    crm.url = QUrl(QStringLiteral("https://crm.example.com/hooks"));
    crm.timeoutSeconds = 10;
    const EndpointService::Result b = service.create(crm);
    QVERIFY(b.ok());
    m_crm = b.endpoint.id;
    writeAttempts();
}

// In the last 30 minutes: KYC 90 successes (1.8 s, close to its 2 s timeout) and 30 answers 429;
// CRM 40 successes (100 ms) of `customer.created`.
void TestDashboardPage::writeAttempts()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db->db());
    RollupWriter writer(m_db->db());
    for (int i = 0; i < 160; ++i) {
        RollupWriter::Sample s;
        s.environment = Environment::Sandbox;
        s.startedAtMs = now - (i % 30) * 60 * 1000;
        if (i < 120) {
            s.endpointId = m_kyc;
            s.eventType = QStringLiteral("identity_document.approved");
            const bool limited = i % 4 == 0;
            s.outcome = limited ? OutcomeClass::Http429 : OutcomeClass::Success;
            s.httpStatus = limited ? 429 : 200;
            s.durationMs = limited ? 20 : 1800;
        } else {
            s.endpointId = m_crm;
            s.eventType = QStringLiteral("customer.created");
            s.outcome = OutcomeClass::Success;
            s.httpStatus = 200;
            s.durationMs = 100;
        }
        writer.add(s);
    }
    QVERIFY(!writer.flush());
    QVERIFY(!tx.commit());
}

void TestDashboardPage::showsFiguresFromTheStore()
{
    DashboardPage page(m_db->db(), m_db->path());
    page.resize(1100, 900);
    QSignalSpy shown(&page, &DashboardPage::reportShown);
    page.setRange(DashboardPage::Range::LastHour);
    page.show(); // showing loads
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!page.isLoading());
    QCOMPARE(page.report().outcomes.total(), 160);
    QCOMPARE(page.report().outcomes.count(OutcomeClass::Http429), 30);
    QVERIFY(!page.successRateChart()->isEmptyState());
    qreal points = 0;
    for (const QPointF &p : page.successRateChart()->series()->points())
        points += p.y() > 0 ? 1 : 0;
    QVERIFY(points >= 25); // one per minute with attempts (the buckets may be wider)
    // The statuses chart: 200 first (130), then 429 (30).
    QCOMPARE(page.statusChart()->categories().mid(0, 2),
             (QStringList{QStringLiteral("200"), QStringLiteral("429")}));
    QCOMPARE(page.statusChart()->barSet()->at(0), 130.0);
    // Smallest timeout: KYC's 2 s.
    QCOMPARE(page.latencyChart()->timeoutEndpointId(), m_kyc);
    // The table: both endpoints with their volumes.
    EndpointStatsModel *model = page.endpointModel();
    QCOMPARE(model->rowCount(), 2);
    QHash<QString, qint64> volumes;
    for (int row = 0; row < 2; ++row)
        volumes.insert(model->index(row, 0).data(EndpointStatsModel::IdRole).toString(),
                       model->index(row, EndpointStatsModel::VolumeColumn)
                           .data(EndpointStatsModel::SortRole)
                           .toLongLong());
    QCOMPARE(volumes.value(m_kyc), 120);
    QCOMPARE(volumes.value(m_crm), 40);
    QVERIFY(page.endpointCsv().contains(QStringLiteral("KYC receiver,120,")));
    // KYC's p95 (1.8 s) is above 70 % of its 2 s timeout and a quarter of its answers are 429s.
    QVERIFY(page.recommendationsPanel()->count() >= 2);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dashboardSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("160")), qPrintable(summary->text()));
}

void TestDashboardPage::filtersNarrowTheReport()
{
    DashboardPage page(m_db->db(), m_db->path());
    QSignalSpy shown(&page, &DashboardPage::reportShown);
    page.setRange(DashboardPage::Range::LastHour);
    page.show();
    QTRY_COMPARE(shown.count(), 1);
    page.setEndpointFilter(m_crm);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(page.currentFilter().endpointIds, QStringList{m_crm});
    QCOMPARE(page.report().outcomes.total(), 40);
    QCOMPARE(page.latencyChart()->timeoutEndpointId(), m_crm);
    page.setEndpointFilter({});
    page.setEventTypeFilter(QStringLiteral("identity_document.approved"));
    QTRY_COMPARE(shown.count(), 3);
    QCOMPARE(page.report().outcomes.total(), 120);
}

void TestDashboardPage::emptyEnvironmentSaysSo()
{
    DashboardPage page(m_db->db(), m_db->path());
    QSignalSpy shown(&page, &DashboardPage::reportShown);
    page.setEnvironment(Environment::Live);
    page.show();
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(page.report().outcomes.total(), 0);
    for (DashboardChart *chart : page.charts())
        QVERIFY2(chart->isEmptyState(), qPrintable(chart->objectName()));
    QCOMPARE(page.endpointModel()->rowCount(), 0);
    // Back to Sandbox: the figures return.
    page.setEnvironment(Environment::Sandbox);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(page.report().outcomes.total(), 160);
    QVERIFY(!page.successRateChart()->isEmptyState());
}

void TestDashboardPage::newestRequestWins()
{
    DashboardPage page(m_db->db(), m_db->path());
    QSignalSpy shown(&page, &DashboardPage::reportShown);
    page.show();
    QTRY_COMPARE(shown.count(), 1);
    // Three requests in a row: only the answer to the last one reaches the screen.
    page.setEnvironment(Environment::Live);
    page.setRange(DashboardPage::Range::Last7Days);
    page.setEnvironment(Environment::Sandbox);
    QTRY_VERIFY(!page.isLoading());
    QTest::qWait(50); // a late older answer would arrive now
    QCOMPARE(shown.count(), 2);
    QVERIFY(page.report().filter.environment == Environment::Sandbox);
    QCOMPARE(page.report().filter.from.secsTo(page.report().filter.to), 7 * 24 * 3600);
    QCOMPARE(page.report().outcomes.total(), 160);
}

// A newer request arriving while a query runs stops that query at its next check (no answer
// from it), and the newer one answers in full.
void TestDashboardPage::supersededQueryStopsAndTheNewestAnswers()
{
    auto latest = std::make_shared<std::atomic<quint64>>(1);
    AnalyticsWorker worker(m_db->path(), latest);
    int checks = 0;
    int checksWhenAsked = -1;
    worker.setCancelCheckObserver([&] {
        // The page asks for generation 2 while generation 1 is at its second check.
        if (++checks == 2 && latest->load() == 1) {
            latest->store(2);
            checksWhenAsked = checks;
        }
    });
    QList<AnalyticsResult> results;
    connect(&worker, &AnalyticsWorker::finished, this,
            [&results](const AnalyticsResult &r) { results << r; });
    DashboardPage page(m_db->db(), m_db->path());
    page.setRange(DashboardPage::Range::Last30Days);
    const AnalyticsFilter filter = page.currentFilter();

    worker.run(1, filter);
    QCOMPARE(checksWhenAsked, 2);
    // Stopped by that very check: nothing more was read, nothing was answered.
    QCOMPARE(checks, 2);
    QVERIFY(results.isEmpty());

    worker.run(2, filter);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().generation, quint64(2));
    QVERIFY(!results.first().error);
    QCOMPARE(results.first().report.outcomes.total(), 160);
    QVERIFY(!results.first().recommendations.isEmpty());

    // An old request still queued behind a newer one is not even started.
    checks = 0;
    worker.run(1, filter);
    QCOMPARE(checks, 0);
    QCOMPARE(results.size(), 1);
}

void TestDashboardPage::presetRangesPickTheirPointWidth_data()
{
    QTest::addColumn<DashboardPage::Range>("range");
    QTest::addColumn<qint64>("bucketSeconds");
    QTest::addColumn<int>("points");
    QTest::newRow("1 h") << DashboardPage::Range::LastHour << qint64(60) << 60;
    QTest::newRow("24 h") << DashboardPage::Range::Last24Hours << qint64(900) << 96;
    QTest::newRow("7 d") << DashboardPage::Range::Last7Days << qint64(3600) << 168;
    QTest::newRow("30 d") << DashboardPage::Range::Last30Days << qint64(86400) << 30;
}

// A 30-day range is drawn by day (≈ 31 points), not by 6 hours: fewer points to lay out and
// no night/day zig-zag in the stacked areas, which made the range switch slow.
void TestDashboardPage::presetRangesPickTheirPointWidth()
{
    QFETCH(DashboardPage::Range, range);
    QFETCH(qint64, bucketSeconds);
    QFETCH(int, points);
    DashboardPage page(m_db->db(), m_db->path());
    page.setRange(range);
    const AnalyticsFilter filter = page.currentFilter();
    QCOMPARE(filter.bucketSeconds, bucketSeconds);
    AnalyticsReport report;
    QVERIFY(!AnalyticsQuery(m_db->db()).report(filter, &report));
    QCOMPARE(report.bucketSeconds, bucketSeconds);
    // Buckets are aligned to the clock (local midnight for days): one more at most, partial.
    QVERIFY2(report.series.size() >= points && report.series.size() <= points + 1,
             qPrintable(QString::number(report.series.size())));
    qint64 total = 0;
    for (const TimeBucket &b : std::as_const(report.series))
        total += b.outcomes.total();
    QCOMPARE(total, report.outcomes.total());
}

void TestDashboardPage::recommendationOpensTheEndpoint()
{
    MainWindow window(m_db->db(), m_db->path());
    window.resize(1200, 800);
    window.setCurrentPage(MainWindow::Dashboard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPage *page = window.dashboardPage();
    page->setRange(DashboardPage::Range::LastHour);
    QTRY_VERIFY(page->recommendationsPanel()->count() >= 1 && !page->isLoading());
    // The slow-p95 advice concerns KYC's timeout: the endpoint dialog opens on it.
    window.openEndpointSetting(m_kyc, Recommendation::Setting::Timeout);
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
    QCOMPARE(window.endpointsPage()->currentEndpoint()->id, m_kyc);
    EndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<EndpointDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->draft().timeoutSeconds, 2);
    dialog->reject();
    // Auto-pause thresholds are not in the dialog: the endpoint is selected only.
    window.setCurrentPage(MainWindow::Dashboard);
    window.openEndpointSetting(m_crm, Recommendation::Setting::AutoPause);
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
    QCOMPARE(window.endpointsPage()->currentEndpoint()->id, m_crm);
    // And through the panel's button.
    window.setCurrentPage(MainWindow::Dashboard);
    auto *button =
        page->recommendationsPanel()->findChild<QPushButton *>(QStringLiteral("openSetting"));
    QVERIFY(button);
    button->click();
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
}

// A range switch changes the number of recommendations; the charts must not move (each move
// repainted all six). The link at the top still says there are some and leads to them.
void TestDashboardPage::chartsStayPutWhenRecommendationsChange()
{
    DashboardPage page(m_db->db(), m_db->path());
    page.resize(1100, 800);
    QSignalSpy shown(&page, &DashboardPage::reportShown);
    page.setRange(DashboardPage::Range::LastHour);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    const AnalyticsReport report = page.report();
    const auto geometries = [&page] {
        QList<QRect> rects;
        for (DashboardChart *chart : page.charts())
            rects << QRect(chart->mapTo(&page, QPoint(0, 0)), chart->size());
        return rects;
    };
    page.showReport(report, {});
    const QList<QRect> before = geometries();

    Recommendation slow;
    slow.kind = Recommendation::Kind::SlowP95;
    slow.setting = Recommendation::Setting::Timeout;
    slow.endpointId = m_kyc;
    slow.observed = 1800;
    slow.threshold = 1400;
    page.showReport(report, QList<Recommendation>(5, slow));
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);
    page.recommendationsPanel()->setExpanded(true);
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);
    page.showReport(report, {slow});
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);

    // Below six charts the panel is out of sight in an 800 px window, until the link is followed.
    auto *link = page.findChild<QLabel *>(QStringLiteral("recommendationsLink"));
    QVERIFY(link);
    QVERIFY(link->text().contains(QStringLiteral("1 recommendation")));
    RecommendationsPanel *panel = page.recommendationsPanel();
    QVERIFY(panel->visibleRegion().isEmpty());
    emit link->linkActivated(QStringLiteral("#recommendations"));
    QTRY_VERIFY(!panel->visibleRegion().isEmpty());
    auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
}

QTEST_MAIN(TestDashboardPage)
// The window's toolbar switch tells the page; the page has no selector of its own to disagree.
void TestDashboardPage::toolbarSwitchIsTheOnlyEnvironmentControl()
{
    MainWindow window(m_db->db(), m_db->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<DashboardPage *>(window.pageWidget(MainWindow::Dashboard));
    QVERIFY(page);
    const auto combos = page->findChildren<QComboBox *>();
    QVERIFY(!combos.isEmpty());
    for (QComboBox *combo : combos)
        QVERIFY2(combo->findText(QStringLiteral("Live")) < 0, qPrintable(combo->objectName()));
    auto *envSwitch = window.findChild<QComboBox *>(QStringLiteral("environmentSwitch"));
    QVERIFY(envSwitch);
    envSwitch->setCurrentIndex(envSwitch->findData(int(Environment::Live)));
    QVERIFY(page->environment() == Environment::Live);
    envSwitch->setCurrentIndex(envSwitch->findData(int(Environment::Sandbox)));
    QVERIFY(page->environment() == Environment::Sandbox);
}

// Fusion's tool button drew its menu arrow over the end of "Exportieren"; the button must be
// wider than its text by the arrow.
void TestDashboardPage::exportButtonHasRoomForItsMenuArrow()
{
    DashboardPage page(m_db->db(), m_db->path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = page.findChild<QAbstractButton *>(QStringLiteral("dashboardExport"));
    QVERIFY(button);
    const int text = button->fontMetrics().horizontalAdvance(button->text());
    const int arrow = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    QVERIFY2(button->width() >= text + arrow + 8,
             qPrintable(QStringLiteral("button %1, text %2, arrow %3")
                            .arg(button->width())
                            .arg(text)
                            .arg(arrow)));
}

#include "tst_dashboardpage.moc"
