#include "analytics/analyticsquery.h"
#include "analytics/rollupwriter.h"
#include "charts/dashboardpage.h"
#include "charts/successratechart.h"
#include "common/localization.h"
#include "common/themecolors.h"
#include "config/endpointservice.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "security/memorysecretstore.h"
#include "shell/enginehost.h"
#include "shell/environmentbanner.h"
#include "shell/mainwindow.h"
#include "store/connection.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hookline;
using namespace hookline::ui;

// Renders every page of the console offscreen. Under ctest it checks what a user would see first
// (the sandbox band, the rows, the dialog's error); with HOOKLINE_SCREENSHOT_DIR set it also
// saves one PNG per view for people to look at (scripts/screenshots.sh). HOOKLINE_SCREENSHOT_DB
// names a database seeded elsewhere (e.g. with hooklinectl); otherwise a temporary one is seeded.
class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pages();
    void emptyEndpointsPage();
    void endpointDialogWithErrors();
    void deleteConfirmation();
    void darkPalette();
    void engineStatus();
    void dashboard();

private:
    static void showLiveState(MainWindow &window);
    void save(const QImage &image, const QString &name);
    QString m_outDir;
    QString m_lang;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<Connection> m_connection;
    QSqlDatabase m_db;
    QString m_path;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    // Fusion renders the same everywhere, so screenshots compare across machines.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QLocale locale = Localization::preferredLocale();
    Localization::install(*QCoreApplication::instance(), locale);
    m_lang = qEnvironmentVariable("HOOKLINE_LANG", QStringLiteral("en"));
    m_outDir = qEnvironmentVariable("HOOKLINE_SCREENSHOT_DIR");
    if (!m_outDir.isEmpty())
        QVERIFY(QDir().mkpath(m_outDir));

    const QString seeded = qEnvironmentVariable("HOOKLINE_SCREENSHOT_DB");
    if (!seeded.isEmpty()) {
        m_connection = std::make_unique<Connection>(seeded);
        QVERIFY(!m_connection->open());
        m_db = m_connection->database();
        m_path = seeded;
        return;
    }
    m_temp = std::make_unique<test::TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_db = m_temp->db();
    m_path = m_temp->path();
    EndpointService service(m_db);
    Endpoint kyc;
    kyc.name = QStringLiteral("KYC receiver");
    kyc.url = QUrl(QStringLiteral("https://kyc.example.com/webhooks/hookline"));
    kyc.eventPatterns = {QStringLiteral("identity_document.*"), QStringLiteral("verification.*")};
    kyc.timeoutSeconds = 5;
    QVERIFY(service.create(kyc).ok());
    Endpoint crm;
    crm.name = QStringLiteral("CRM sync");
    crm.url = QUrl(QStringLiteral("https://crm.example.org/hooks/customers"));
    crm.method = HttpMethod::Put;
    crm.eventPatterns = {QStringLiteral("customer.created"), QStringLiteral("customer.updated")};
    const EndpointService::Result created = service.create(crm);
    QVERIFY(created.ok());
    QVERIFY(service.pause(created.endpoint.id, QStringLiteral("receiver maintenance")).ok());
}

void TestScreenshots::save(const QImage &image, const QString &name)
{
    QVERIFY(!image.isNull());
    if (m_outDir.isEmpty())
        return;
    const QString file =
        QDir(m_outDir).filePath(m_lang + QLatin1Char('-') + name + QStringLiteral(".png"));
    QVERIFY2(image.save(file), qPrintable(file));
}

// What the engine reports while it delivers, so the live columns show real-looking values.
void TestScreenshots::showLiveState(MainWindow &window)
{
    EndpointTableModel *model = window.endpointsPage()->model();
    EngineSnapshot snapshot;
    for (int row = 0; row < model->rowCount(); ++row) {
        EndpointLiveState live;
        live.inFlight = row == 0 ? 3 : 0;
        live.lastOutcome = row == 0 ? OutcomeClass::Success : OutcomeClass::Timeout;
        live.lastLatencyMs = row == 0 ? 128 : 5000;
        live.consecutiveFailures = row == 0 ? 0 : 4;
        snapshot.endpoints.insert(model->index(row, 0).data(EndpointTableModel::IdRole).toString(),
                                  live);
    }
    window.endpointsPage()->showSnapshot(snapshot);
}

void TestScreenshots::pages()
{
    MainWindow window(m_db, m_path);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const char *names[MainWindow::PageCount] = {"1-dashboard",  "2-endpoints", "3-events",
                                                "4-deliveries", "5-audit",     "6-settings"};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.setCurrentPage(page);
        if (page == MainWindow::Endpoints) {
            window.endpointsPage()->selectEndpoint(window.endpointsPage()
                                                       ->model()
                                                       ->index(0, 0)
                                                       .data(EndpointTableModel::IdRole)
                                                       .toString());
            showLiveState(window);
        }
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        save(image, QString::fromLatin1(names[page]));
    }

    // The sandbox band is painted in its colour, under the toolbar.
    EnvironmentBanner *banner = window.banner();
    QVERIFY(banner->isVisible());
    const QPoint inBanner = banner->mapTo(&window, QPoint(banner->width() - 4, 3));
    const QImage shot = window.grab().toImage();
    QCOMPARE(shot.pixelColor(inBanner), ThemeColors::sandboxBackground(window.palette()));
    // Every row of the seeded database is visible without scrolling.
    QTableView *view = window.endpointsPage()->view();
    window.setCurrentPage(MainWindow::Endpoints);
    const int rows = view->model()->rowCount();
    QVERIFY(rows >= 2);
    QVERIFY(view->visualRect(view->model()->index(rows - 1, 0)).bottom() <
            view->viewport()->height());

    // No action of the endpoints toolbar is pushed into its overflow menu (long translations).
    auto *ext =
        window.endpointsPage()->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(!ext || !ext->isVisible());

    // Live for comparison: no band.
    window.setEnvironment(Environment::Live);
    QVERIFY(!banner->isVisible());
    save(window.grab().toImage(), QStringLiteral("2-endpoints-live"));
}

void TestScreenshots::emptyEndpointsPage()
{
    test::TempDatabase empty;
    MainWindow window(empty.db(), empty.path());
    window.resize(1200, 720);
    window.setCurrentPage(MainWindow::Endpoints);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(title && title->isVisible());
    // The invitation is not cut off: its label is as tall as its wrapped text needs.
    QVERIFY(title->height() >= title->heightForWidth(title->width()));
    save(window.grab().toImage(), QStringLiteral("2-endpoints-empty"));
}

void TestScreenshots::endpointDialogWithErrors()
{
    EndpointDialog dialog(m_db, Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
        ->setText(QStringLiteral("http://kyc.example.com/hooks"));
    dialog.findChild<QLineEdit *>(QStringLiteral("eventsEdit"))
        ->setText(QStringLiteral("identity_document.*, customer..created"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // Let the layout grow for the error labels before grabbing, as a user would see it.
    QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("error_url"))->height() > 0);
    dialog.adjustSize();
    QLabel *urlError = dialog.findChild<QLabel *>(QStringLiteral("error_url"));
    // The whole message fits: a word-wrapped label as tall as its text needs.
    QVERIFY(urlError->height() >= urlError->heightForWidth(urlError->width()));
    save(dialog.grab().toImage(), QStringLiteral("7-endpoint-dialog-errors"));
}

void TestScreenshots::deleteConfirmation()
{
    MainWindow window(m_db, m_path);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::Endpoints);
    EndpointsPage *page = window.endpointsPage();
    page->selectEndpoint(page->model()->index(0, 0).data(EndpointTableModel::IdRole).toString());
    const int before = EndpointRepository(m_db).count(Environment::Sandbox);
    page->deleteAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))) &&
                box->isVisible());
    save(box->grab().toImage(), QStringLiteral("8-delete-confirmation"));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QCOMPARE(EndpointRepository(m_db).count(Environment::Sandbox), before);
}

void TestScreenshots::darkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    {
        MainWindow window(m_db, m_path);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(MainWindow::Endpoints);
        const QImage shot = window.grab().toImage();
        EnvironmentBanner *banner = window.banner();
        const QPoint inBanner = banner->mapTo(&window, QPoint(banner->width() - 4, 3));
        QCOMPARE(shot.pixelColor(inBanner), ThemeColors::sandboxBackground(dark));
        save(shot, QStringLiteral("9-endpoints-dark"));

        EndpointDialog dialog(m_db, Environment::Sandbox, std::nullopt, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
            ->setText(QStringLiteral("http://kyc.example.com/hooks"));
        dialog.accept();
        dialog.adjustSize();
        save(dialog.grab().toImage(), QStringLiteral("10-endpoint-dialog-dark"));
    }
    QApplication::setPalette(original);
}

void TestScreenshots::engineStatus()
{
    // The real engine on this database, with a keychain that holds no signing key.
    MainWindow window(m_db, m_path);
    EngineHost host(m_db, m_path, std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    window.resize(1200, 720);
    window.setCurrentPage(MainWindow::Endpoints);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    host.start();
    auto *signing = window.findChild<QLabel *>(QStringLiteral("signingLabel"));
    auto *engine = window.findChild<QLabel *>(QStringLiteral("engineLabel"));
    QTRY_VERIFY(signing->isVisible());
    QTRY_VERIFY(host.state() == EngineHost::State::Running);
    showLiveState(window);
    // Nothing in the status bar is cut off, in any language.
    for (QLabel *label :
         {signing, engine, window.findChild<QLabel *>(QStringLiteral("countsLabel"))}) {
        QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(label->objectName())
                                .arg(label->width())
                                .arg(label->minimumSizeHint().width())));
    }
    save(window.grab().toImage(), QStringLiteral("11-engine-status"));
    QVERIFY(host.stop(5000));
}

void TestScreenshots::dashboard()
{
    // A copy of the database, so a seeded file passed in is never written to.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.db"));
    // VACUUM INTO: a consistent copy, including what is still in the WAL.
    QSqlQuery copy(m_db);
    QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)),
             qPrintable(copy.lastError().text()));
    Connection connection(path);
    QVERIFY(!connection.open());
    const QSqlDatabase db = connection.database();
    // A day of traffic for the sandbox endpoints unless the database has some already.
    AnalyticsFilter day;
    day.environment = Environment::Sandbox;
    day.to = QDateTime::currentDateTimeUtc();
    day.from = day.to.addDays(-1);
    AnalyticsReport existing;
    QVERIFY(!AnalyticsQuery(db).report(day, &existing));
    const QList<Endpoint> endpoints = EndpointRepository(db).list(Environment::Sandbox);
    if (existing.outcomes.total() == 0 && !endpoints.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Transaction tx(db);
        RollupWriter writer(db);
        for (int i = 0; i < 4000; ++i) {
            RollupWriter::Sample s;
            s.environment = Environment::Sandbox;
            s.endpointId = endpoints.at(i % endpoints.size()).id;
            s.eventType = i % 3 ? QStringLiteral("identity_document.approved")
                                : QStringLiteral("customer.created");
            s.startedAtMs = now - qint64(i) * 21 * 1000;
            const bool slowHour = (i / 170) % 7 == 3;
            s.outcome = i % 37 == 0   ? OutcomeClass::Http5xx
                        : i % 53 == 0 ? OutcomeClass::Timeout
                        : i % 41 == 0 ? OutcomeClass::Http429
                                      : OutcomeClass::Success;
            s.httpStatus = s.outcome == OutcomeClass::Http5xx   ? 503
                           : s.outcome == OutcomeClass::Http429 ? 429
                           : s.outcome == OutcomeClass::Success ? 200
                                                                : 0;
            s.attemptNumber = s.outcome == OutcomeClass::Success && i % 11 == 0 ? 2 : 1;
            s.durationMs = s.outcome == OutcomeClass::Timeout
                               ? 5000
                               : (slowHour ? 900 : 80) + (i * 7919) % (slowHour ? 2600 : 300);
            writer.add(s);
        }
        QVERIFY(!writer.flush());
        QVERIFY(!tx.commit());
    }
    MainWindow window(db, path);
    window.resize(1200, 720);
    window.setCurrentPage(MainWindow::Dashboard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPage *page = window.dashboardPage();
    QSignalSpy shown(page, &DashboardPage::reportShown);
    page->setRange(DashboardPage::Range::Last24Hours);
    QTRY_VERIFY(shown.count() > 0 && !page->isLoading());
    QVERIFY(!page->successRateChart()->isEmptyState());
    // New recommendation rows are shown and laid out by queued events.
    QTest::qWait(50);
    // No filter control is cut off.
    for (auto *combo : page->findChildren<QComboBox *>())
        QVERIFY2(!combo->isVisible() || combo->width() >= combo->minimumSizeHint().width(),
                 qPrintable(combo->objectName()));
    save(window.grab().toImage(), QStringLiteral("12-dashboard"));
    // The whole page, scrolled content included.
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    save(scroll->widget()->grab().toImage(), QStringLiteral("13-dashboard-full"));

    // Dark palette: the charts follow it (background, text, series colours).
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTest::qWait(50);
    const QImage darkShot = scroll->widget()->grab().toImage();
    DashboardChart *chart = page->successRateChart();
    const QPoint inChart = chart->mapTo(scroll->widget(), QPoint(chart->width() / 2, 12));
    QVERIFY(darkShot.pixelColor(inChart).lightness() < 100);
    save(darkShot, QStringLiteral("15-dashboard-dark"));
    QApplication::setPalette(original);

    window.setEnvironment(Environment::Live);
    QTRY_VERIFY(shown.count() > 1 && !page->isLoading());
    QVERIFY(page->successRateChart()->isEmptyState());
    QTest::qWait(50);
    save(window.grab().toImage(), QStringLiteral("14-dashboard-empty"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
