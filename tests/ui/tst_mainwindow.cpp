#include "audit/auditpage.h"
#include "charts/dashboardpage.h"
#include "config/endpointservice.h"
#include "deliveries/deliveriespage.h"
#include "domain/autopause.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "engine/enginelock.h"
#include "events/eventspage.h"
#include "security/endpointsecrets.h"
#include "security/memorysecretstore.h"
#include "settings/settingspage.h"
#include "shell/enginehost.h"
#include "shell/environmentbanner.h"
#include "shell/mainwindow.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace hookline;
using namespace hookline::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensOnSandboxWithMarker();
    void ctrlDigitSwitchesPages_data();
    void ctrlDigitSwitchesPages();
    void everyPageIsBuilt();
    void selectedPageIconInSelectionTextColour();
    void environmentSwitchChangesListAndMarker();
    void remembersLastPage();
    void newEndpointFromAnyPage();
    void lockedByOtherSaysWhoDelivers();
    void engineWithoutKeySaysSo();
    void keychainUnavailableSaysSo();
    void snapshotReachesEndpointsPage();
    void consoleWriteReReadsSecrets();
    void autoPauseShowsStoredState();
    void deadLettersAreNotifiedInBatches();

private:
    void seed(test::TempDatabase &db);
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::seed(test::TempDatabase &db)
{
    EndpointService service(db.db());
    for (auto [name, env] : {std::pair{QStringLiteral("KYC sandbox"), Environment::Sandbox},
                             std::pair{QStringLiteral("CRM sandbox"), Environment::Sandbox},
                             std::pair{QStringLiteral("KYC live"), Environment::Live}}) {
        Endpoint e;
        e.name = name;
        e.environment = env;
        e.url = QUrl(QStringLiteral("https://example.com/hooks"));
        QVERIFY(service.create(e).ok());
    }
}

void TestMainWindow::opensOnSandboxWithMarker()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.environment() == Environment::Sandbox);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
    QVERIFY(window.banner()->isVisible());
    QVERIFY(window.banner()->text().contains(QStringLiteral("X-Webhook-Test-Mode: true")));
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
    QCOMPARE(window.endpointsPage()->model()->rowCount(), 2);
    auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    if (test::testBackendIsPostgres()) {
        // "PostgreSQL 15.x · local socket/DATABASE": the server, never the whole URI.
        const QString name = QUrl(db.path()).path().mid(1);
        QVERIFY2(database->text().startsWith(QStringLiteral("PostgreSQL 15")) &&
                     database->text().endsWith(QLatin1Char('/') + name),
                 qPrintable(database->text()));
    } else {
        QVERIFY(database->text().contains(db.path()));
    }
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts && counts->text().contains(QStringLiteral("2 in Sandbox")));
    QVERIFY(counts->text().contains(QStringLiteral("1 in Live")));
    auto *engine = window.findChild<QLabel *>(QStringLiteral("engineLabel"));
    // No engine attached (tests, or before main() starts one).
    QVERIFY(engine && engine->text().contains(QStringLiteral("not started")));
}

void TestMainWindow::ctrlDigitSwitchesPages_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("page");
    QTest::newRow("Ctrl+1 dashboard") << int(Qt::Key_1) << int(MainWindow::Dashboard);
    QTest::newRow("Ctrl+2 endpoints") << int(Qt::Key_2) << int(MainWindow::Endpoints);
    QTest::newRow("Ctrl+3 events") << int(Qt::Key_3) << int(MainWindow::Events);
    QTest::newRow("Ctrl+4 deliveries") << int(Qt::Key_4) << int(MainWindow::Deliveries);
    QTest::newRow("Ctrl+5 audit") << int(Qt::Key_5) << int(MainWindow::Audit);
    QTest::newRow("Ctrl+6 settings") << int(Qt::Key_6) << int(MainWindow::Settings);
}

void TestMainWindow::ctrlDigitSwitchesPages()
{
    QFETCH(int, key);
    QFETCH(int, page);
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Start away from the target so the shortcut has to do the work.
    window.setCurrentPage(page == MainWindow::Settings ? MainWindow::Dashboard
                                                       : MainWindow::Settings);
    QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(window.currentPage(), page);
    QVERIFY(window.pageWidget(page)->isVisible());
    QVERIFY(window.pageAction(page)->isChecked());
}

void TestMainWindow::everyPageIsBuilt()
{
    // No page is a placeholder any more: each slot of the navigation holds its real page.
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    QVERIFY(qobject_cast<DashboardPage *>(window.pageWidget(MainWindow::Dashboard)));
    QVERIFY(qobject_cast<EndpointsPage *>(window.pageWidget(MainWindow::Endpoints)));
    QVERIFY(qobject_cast<EventsPage *>(window.pageWidget(MainWindow::Events)));
    QVERIFY(qobject_cast<DeliveriesPage *>(window.pageWidget(MainWindow::Deliveries)));
    QVERIFY(qobject_cast<AuditPage *>(window.pageWidget(MainWindow::Audit)));
    QVERIFY(qobject_cast<SettingsPage *>(window.pageWidget(MainWindow::Settings)));
}

// The selected page's icon is drawn like its name (the selection's text colour), not blended into
// the blue selection; a new palette re-tints it.
void TestMainWindow::selectedPageIconInSelectionTextColour()
{
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    // How many of the icon's visible pixels are (near) `colour`, of how many.
    const auto share = [navigation](QIcon::Mode mode, const QColor &colour) {
        const QImage image = navigation->currentItem()
                                 ->icon()
                                 .pixmap(navigation->iconSize(), mode)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        int near = 0;
        int visible = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                if (qAlpha(p) < 128) // the faint edge pixels' colour is rounded, not drawn
                    continue;
                ++visible;
                if (qAbs(qRed(p) - colour.red()) <= 8 && qAbs(qGreen(p) - colour.green()) <= 8 &&
                    qAbs(qBlue(p) - colour.blue()) <= 8)
                    ++near;
            }
        }
        return std::pair{near, visible};
    };
    const QColor text = navigation->palette().color(QPalette::Active, QPalette::HighlightedText);
    auto [near, visible] = share(QIcon::Selected, text);
    QVERIFY(visible > 20);
    QCOMPARE(near, visible);
    // Not selected, the icon keeps its own grey.
    QCOMPARE(share(QIcon::Normal, text).first, 0);

    const QColor yellow(0xff, 0xd0, 0x00);
    QPalette palette = window.palette();
    palette.setColor(QPalette::HighlightedText, yellow);
    window.setPalette(palette);
    std::tie(near, visible) = share(QIcon::Selected, yellow);
    QCOMPARE(near, visible);
}

void TestMainWindow::environmentSwitchChangesListAndMarker()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *envSwitch = window.findChild<QComboBox *>(QStringLiteral("environmentSwitch"));
    QVERIFY(envSwitch);
    QCOMPARE(envSwitch->currentText(), QStringLiteral("Sandbox"));

    envSwitch->setCurrentIndex(envSwitch->findData(int(Environment::Live)));
    QVERIFY(window.environment() == Environment::Live);
    QVERIFY(!window.banner()->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Live")));
    EndpointTableModel *model = window.endpointsPage()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EndpointTableModel::NameColumn).data().toString(),
             QStringLiteral("KYC live"));

    envSwitch->setCurrentIndex(envSwitch->findData(int(Environment::Sandbox)));
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(model->rowCount(), 2);
}

void TestMainWindow::remembersLastPage()
{
    test::TempDatabase db;
    {
        MainWindow window(db.db(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(MainWindow::Audit);
        window.resize(900, 600);
        window.close();
    }
    MainWindow again(db.db(), db.path());
    QCOMPARE(again.currentPage(), int(MainWindow::Audit));
    QCOMPARE(again.size(), QSize(900, 600));
}

void TestMainWindow::newEndpointFromAnyPage()
{
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentPage(MainWindow::Audit);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("endpointDialog"))) &&
                dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());

    // Ctrl+F reaches the filter even when the focus is in the page list.
    window.findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("endpointFilter"))->hasFocus());
    // On another page the shortcut does nothing.
    window.setCurrentPage(MainWindow::Dashboard);
    window.findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::Dashboard));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("endpointFilter"))->hasFocus());
}

void TestMainWindow::lockedByOtherSaysWhoDelivers()
{
    test::TempDatabase db;
    seed(db);
    EngineLock other(db.path());
    QVERIFY(other.tryLock());
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    host.start();
    QVERIFY(host.state() == EngineHost::State::LockedByOther);
    QVERIFY(!host.controller()->isRunning());
    auto *engine = window.findChild<QLabel *>(QStringLiteral("engineLabel"));
    QVERIFY(engine);
    QCOMPARE(host.controller()->lockHolder().pid, QCoreApplication::applicationPid());
    QCOMPARE(engine->text(), QStringLiteral("Deliveries are being sent by %1, pid %2 on %3")
                                 .arg(host.controller()->lockHolder().application)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QSysInfo::machineHostName()));
    // The console still edits endpoints: the Endpoints page is fully usable.
    QVERIFY(window.endpointsPage()->newAction()->isEnabled());
}

void TestMainWindow::engineWithoutKeySaysSo()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    host.start();
    auto *engine = window.findChild<QLabel *>(QStringLiteral("engineLabel"));
    auto *signing = window.findChild<QLabel *>(QStringLiteral("signingLabel"));
    QVERIFY(engine && signing);
    QTRY_COMPARE_WITH_TIMEOUT(engine->text(),
                              QStringLiteral("Delivering · 0 in flight · 0 sent, 0 failed"), 5000);
    QTRY_VERIFY(signing->isVisible());
    // Both environments have JWT endpoints and neither has a key; the bar speaks of the one on
    // screen, the tooltip of both.
    QCOMPARE(signing->text(),
             QStringLiteral("No signing key for Sandbox — deliveries wait until one is generated "
                            "(Settings › Keys, or hooklinectl keys generate)"));
    QVERIFY(signing->toolTip().contains(QStringLiteral("No signing key for Live")));
    window.setEnvironment(Environment::Live);
    QVERIFY(signing->text().startsWith(QStringLiteral("No signing key for Live — ")));
    // Shutdown order: the engine ends before the window and the database.
    QVERIFY(host.stop(5000));
    QVERIFY(!host.controller()->isRunning());
    QTRY_VERIFY(host.state() == EngineHost::State::Stopped);
    QCOMPARE(engine->text(), QStringLiteral("Delivery engine stopped"));
}

void TestMainWindow::keychainUnavailableSaysSo()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    auto secrets = std::make_unique<MemorySecretStore>();
    secrets->setUnavailable(QStringLiteral("no secret service"));
    EngineHost host(db.db(), db.path(), std::move(secrets));
    window.attachEngine(&host);
    window.show();
    host.start();
    auto *signing = window.findChild<QLabel *>(QStringLiteral("signingLabel"));
    QTRY_VERIFY(signing->isVisible());
    QVERIFY(signing->text().contains(QStringLiteral("keychain is unavailable")));
    QVERIFY(signing->toolTip().contains(QStringLiteral("no secret service")));
    QVERIFY(host.stop(5000));
}

void TestMainWindow::snapshotReachesEndpointsPage()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    EndpointTableModel *model = window.endpointsPage()->model();
    const QString id = model->index(0, 0).data(EndpointTableModel::IdRole).toString();
    EngineSnapshot snapshot;
    snapshot.inFlight = 4;
    EndpointLiveState live;
    live.inFlight = 4;
    live.lastOutcome = OutcomeClass::Tls;
    live.lastLatencyMs = 33;
    snapshot.endpoints.insert(id, live);
    window.endpointsPage()->showSnapshot(snapshot);
    QCOMPARE(model->index(0, EndpointTableModel::InFlightColumn).data().toString(),
             QStringLiteral("4"));
    QCOMPARE(model->index(0, EndpointTableModel::LastOutcomeColumn).data().toString(),
             QStringLiteral("TLS error"));
    QCOMPARE(model->index(0, EndpointTableModel::LatencyColumn).data().toString(),
             QStringLiteral("33 ms"));
}

void TestMainWindow::consoleWriteReReadsSecrets()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("Standard receiver");
    e.url = QUrl(QStringLiteral("https://example.com/hooks"));
    e.signingScheme = SigningScheme::StandardWebhooks;
    const EndpointService::Result created = EndpointService(db.db()).create(e);
    QVERIFY(created.ok());
    auto owned = std::make_unique<MemorySecretStore>();
    MemorySecretStore *secrets = owned.get();
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::move(owned));
    window.attachEngine(&host);
    window.show();
    host.start();
    auto *signing = window.findChild<QLabel *>(QStringLiteral("signingLabel"));
    QTRY_VERIFY(signing->isVisible());
    QCOMPARE(signing->text(),
             QStringLiteral("No webhook secret for 1 endpoint(s) — their deliveries wait"));
    QVERIFY(signing->toolTip().contains(QStringLiteral("Standard receiver")));

    bool stored = false;
    EndpointSecrets endpointSecrets(secrets);
    endpointSecrets.rotateWebhookSecret(
        created.endpoint.id, [&stored](const EndpointSecrets::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    // Any endpoint write in the console reads the secrets again at once, well before the 10 s
    // retry.
    emit window.endpointsPage()->endpointsChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!signing->isVisible(), 3000);
    QVERIFY(host.stop(5000));
}

void TestMainWindow::autoPauseShowsStoredState()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    EndpointTableModel *model = window.endpointsPage()->model();
    const QString id = model->index(0, 0).data(EndpointTableModel::IdRole).toString();
    // The engine pauses through its own connection, then tells the console.
    // The engine stores a code; the console says it in words.
    const QString code = AutoPause::reasonCode(AutoPause::Reason::Timeouts);
    QVERIFY(EndpointService(db.db()).pause(id, code).ok());
    QCOMPARE(model->index(0, 0).data(EndpointTableModel::StateRole).toInt(),
             int(EndpointState::Active));
    emit host.endpointAutoPaused(id, code);
    const int row = model->rowOfId(id);
    QCOMPARE(model->index(row, 0).data(EndpointTableModel::StateRole).toInt(),
             int(EndpointState::Paused));
    const QString tip =
        model->index(row, EndpointTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("most recent attempts timed out")), qPrintable(tip));
    QVERIFY2(!tip.contains(code), qPrintable(tip));
    // An admin's own reason is shown as written.
    QVERIFY(EndpointService(db.db()).resume(id).ok());
    QVERIFY(EndpointService(db.db()).pause(id, QStringLiteral("auto: maintenance window")).ok());
    window.endpointsPage()->reload();
    QVERIFY(model->index(model->rowOfId(id), EndpointTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("auto: maintenance window")));
}

void TestMainWindow::deadLettersAreNotifiedInBatches()
{
    test::TempDatabase db;
    seed(db);
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    host.setNotificationBatchMs(100);
    window.attachEngine(&host);
    QSignalSpy batches(&host, &EngineHost::deadLettersAppeared);
    QSignalSpy notices(&window, &MainWindow::deadLettersNotified);
    // A burst of dead letters from the engine makes one notification, not one per delivery.
    for (int i = 0; i < 3; ++i)
        emit host.controller()->deliveryDead(QStringLiteral("dlv_%1").arg(i), QStringLiteral("ep"));
    QTRY_COMPARE(batches.size(), 1);
    QCOMPARE(batches.first().first().toInt(), 3);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().at(1).toString(),
             QStringLiteral("3 deliveries exhausted every retry. Review and replay them on the "
                            "Deliveries page."));
    // Later ones start a new batch.
    emit host.controller()->deliveryDead(QStringLiteral("dlv_9"), QStringLiteral("ep"));
    QTRY_COMPARE(batches.size(), 2);
    QCOMPARE(batches.last().first().toInt(), 1);
    QCOMPARE(notices.last().at(1).toString(),
             QStringLiteral("1 delivery exhausted every retry. Review and replay it on the "
                            "Deliveries page."));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
