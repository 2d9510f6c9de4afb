#include "analytics/analyticsquery.h"
#include "analytics/rollupwriter.h"
#include "charts/dashboardpage.h"
#include "charts/successratechart.h"
#include "common/localization.h"
#include "common/themecolors.h"
#include "config/demosetup.h"
#include "config/endpointservice.h"
#include "deliveries/deadletterspanel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailview.h"
#include "endpoints/bulksubscriptiondialog.h"
#include "endpoints/bulktestdialog.h"
#include "endpoints/configimportdialog.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "events/eventcomposer.h"
#include "events/eventlogmodel.h"
#include "events/eventpublisher.h"
#include "events/eventspage.h"
#include "events/samplegenerator.h"
#include "events/testeventsender.h"
#include "receiver/demobanner.h"
#include "receiver/receivedrequestmodel.h"
#include "receiver/receivercontroller.h"
#include "receiver/receiverwindow.h"
#include "receiver/sandboxreceiver.h"
#include "security/endpointsecrets.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "settings/allowlistsection.h"
#include "settings/ingestsection.h"
#include "settings/keychainsection.h"
#include "settings/settingspage.h"
#include "settings/verifydialog.h"
#include "shell/connectionbanner.h"
#include "shell/enginehost.h"
#include "shell/environmentbanner.h"
#include "shell/mainwindow.h"
#include "shell/opendatabasedialog.h"
#include "store/connection.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"
#include "support/deliveryfixture.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

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
    void settingsAndReceiver();
    void configImportDialog();
    void eventsPage();
    void endpointDetailAndDialogs();
    void dashboard();
    void deliveriesAndDeadLetters();
    void openDatabase();

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
    const int before = EndpointRepository(m_db).count(Environment::Sandbox).value();
    page->deleteAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))) &&
                box->isVisible());
    save(box->grab().toImage(), QStringLiteral("8-delete-confirmation"));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QCOMPARE(EndpointRepository(m_db).count(Environment::Sandbox).value(), before);
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
    // Nothing in the status bar is cut off, in any language. The engine's status text changes
    // as it starts; the status bar lays out at the next turn of the event loop.
    for (QLabel *label :
         {signing, engine, window.findChild<QLabel *>(QStringLiteral("countsLabel"))}) {
        QTRY_VERIFY2(label->width() >= label->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(label->objectName())
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width())));
    }
    save(window.grab().toImage(), QStringLiteral("11-engine-status"));
    QVERIFY(host.stop(5000));
}

// The first-run demo, every Settings section and the test receiver with real deliveries.
void TestScreenshots::settingsAndReceiver()
{
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    window.resize(1200, 720);
    window.startTestReceiver();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(KeyManager(Environment::Sandbox, db.db(), nullptr).activeKey().value(),
                             20000);
    host.start();
    QTRY_VERIFY(host.state() == EngineHost::State::Running);
    QVERIFY(window.demoBanner()->isVisible());
    save(window.grab().toImage(), QStringLiteral("12-first-run-demo"));

    // A few events, so the receiver has something to show (the flaky one fails some).
    const QString type = QStringLiteral("identity_document.approved");
    for (int i = 0; i < 3; ++i) {
        QVERIFY(EventPublisher(db.db())
                    .publish({Environment::Sandbox,
                              type,
                              SampleGenerator::generateJson(type, i),
                              EventSource::Console,
                              {},
                              {}})
                    .ok());
    }
    host.configurationChanged();
    SandboxReceiver *rx = window.receiverController()->receiver();
    QTRY_VERIFY_WITH_TIMEOUT(rx->receiver()->receivedCount() >= 6, 20000);
    window.receiverController()->showAction()->trigger();
    ReceiverWindow *receiverWindow = window.receiverController()->window();
    QVERIFY(QTest::qWaitForWindowExposed(receiverWindow));
    ReceivedRequest tampered = rx->receiver()->requests().first();
    tampered.sequence = 1000;
    tampered.body.replace("approved", "approvedX");
    receiverWindow->showRequest(tampered);
    receiverWindow->view()->selectRow(0);
    QTRY_VERIFY(receiverWindow->model()->verdict(0).has_value());
    QVERIFY(receiverWindow->model()->verdict(0)->ok());
    save(receiverWindow->grab().toImage(), QStringLiteral("13-test-receiver"));
    receiverWindow->view()->selectRow(receiverWindow->model()->rowCount() - 1);
    QVERIFY(!receiverWindow->model()->verdict(receiverWindow->model()->rowCount() - 1)->ok());
    save(receiverWindow->grab().toImage(), QStringLiteral("13-test-receiver-tampered"));
    receiverWindow->hide();

    // The verify dialog with a received webhook whose body was changed afterwards.
    {
        const ReceivedRequest got = rx->receiver()->requests().first();
        QString headers;
        for (const auto &[name, value] : got.headers)
            headers += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) +
                       QLatin1Char('\n');
        VerifyDialog dialog(db.db(), Environment::Sandbox, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyHeaders"))->setPlainText(headers);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyBody"))
            ->setPlainText(QString::fromUtf8(got.body).replace(QStringLiteral("approved"),
                                                               QStringLiteral("rejected")));
        const auto verdict = dialog.verify();
        QVERIFY(verdict && !verdict->ok());
        save(dialog.grab().toImage(), QStringLiteral("16-verify-dialog"));
    }

    window.setCurrentPage(MainWindow::Settings);
    SettingsPage *page = window.settingsPage();
    QVERIFY(page->allowlist()->entryEdit());
    page->allowlist()->entryEdit()->setText(QStringLiteral("10.20.0.0/16"));
    QVERIFY(page->allowlist()->addEntry());
    page->allowlist()->entryEdit()->setText(QStringLiteral("hooks.internal.example"));
    page->allowlist()->portEdit()->setText(QStringLiteral("8443"));
    QVERIFY(page->allowlist()->addEntry());
    const char *names[SettingsPage::SectionCount] = {
        "keys", "allowlist", "trusted-cas", "retention", "ingest", "keychain", "language"};
    for (int i = 0; i < SettingsPage::SectionCount; ++i) {
        page->setCurrentSection(i);
        if (i == SettingsPage::Keychain)
            QTRY_VERIFY(page->keychain()->state() == KeychainSection::State::Ready);
        save(window.grab().toImage(),
             QStringLiteral("14-settings-%1").arg(QLatin1String(names[i])));
    }
    // What a mistake looks like.
    page->setCurrentSection(SettingsPage::Allowlist);
    page->allowlist()->entryEdit()->setText(QStringLiteral("10.0.0.1/8"));
    QVERIFY(!page->allowlist()->addEntry());
    save(window.grab().toImage(), QStringLiteral("15-settings-allowlist-error"));
    page->allowlist()->entryEdit()->setText(QStringLiteral("10.30.0.0/16"));
    page->allowlist()->portEdit()->setText(QStringLiteral("70000"));
    QVERIFY(!page->allowlist()->addEntry());
    save(window.grab().toImage(), QStringLiteral("15-settings-allowlist-port-error"));
    page->setCurrentSection(SettingsPage::Ingest);
    page->ingest()->portEdit()->setText(QStringLiteral("80"));
    QVERIFY(!page->ingest()->save());
    save(window.grab().toImage(), QStringLiteral("15-settings-ingest-error"));
    QVERIFY(host.stop(30000));
}

// The import preview of a template that updates, creates and (with "prune") deletes: every kind
// of row and the loud deletion note. Nothing is applied, so the other slots keep their data.
void TestScreenshots::configImportDialog()
{
    const QByteArray json = R"({
        "version": 1, "environment": "sandbox", "prune": true,
        "defaults": {"timeout_s": 8, "retry": {"max_retries": 12}},
        "endpoints": [
            {"name": "KYC receiver", "url": "https://kyc.example.com/webhooks/hookline",
             "events": ["identity_document.*", "verification.*", "customer.created"]},
            {"name": "Billing", "url": "https://billing.example.net/hooks/hookline",
             "method": "PUT", "events": ["verification.completed"],
             "headers": [{"name": "X-Tenant", "value": "acme"}], "tags": ["finance"]}
        ]})";
    ConfigImportDialog dialog(m_db, Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<Endpoint> before = EndpointRepository(m_db).listAll().value();
    dialog.loadTemplate(json, QStringLiteral("/home/admin/hookline-sandbox.json"));
    QVERIFY(dialog.diff().has_value());
    QCOMPARE(dialog.diff()->count(ConfigDiff::Kind::Create), 1);
    QCOMPARE(dialog.diff()->count(ConfigDiff::Kind::Update), 1);
    QCOMPARE(dialog.diff()->count(ConfigDiff::Kind::Delete), 1);
    QVERIFY(dialog.diffTree()->isVisible());
    QVERIFY(dialog.applyButton()->isEnabled());
    save(dialog.grab().toImage(), QStringLiteral("12-config-import"));

    // A refused template: every problem with its place, nothing to apply.
    dialog.loadTemplate(
        R"({"version": 1, "environment": "sandbox", "defaults": {"max_in_flight": 0},
        "endpoints": [{"name": "KYC receiver", "url": "http://kyc.example.com/in", "timeout": 5},
                      {"name": "Billing", "url": "https://10.0.0.7/hooks", "timeout_s": "8"}]})",
        QStringLiteral("/home/admin/hookline-sandbox.json"));
    QVERIFY(dialog.errorView()->isVisible());
    QVERIFY(!dialog.applyButton()->isEnabled());
    save(dialog.grab().toImage(), QStringLiteral("12-config-import-errors"));
    QCOMPARE(EndpointRepository(m_db).listAll().value(), before);
}

void TestScreenshots::eventsPage()
{
    MainWindow window(m_db, m_path);
    window.resize(1200, 720);
    window.setCurrentPage(MainWindow::Events);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EventsPage *page = window.eventsPage();
    EventComposer *composer = page->composer();
    // A fired event with its live status, then an edit that breaks the schema twice.
    composer->setType(QStringLiteral("verification.completed"));
    composer->generateSample(42);
    composer->fire();
    QVERIFY(!composer->lastEventId().isEmpty());
    QString text = composer->editor()->toPlainText();
    text.replace(QStringLiteral("\"manual_review\": false"),
                 QStringLiteral("\"manual_review\": \"no\""));
    text.replace(QStringLiteral("\"manual_review\": true"),
                 QStringLiteral("\"manual_review\": \"no\""));
    composer->editor()->setPlainText(text);
    composer->validateNow();
    QVERIFY(composer->problems()->count() >= 1);
    QVERIFY(!composer->fireAction()->isEnabled());
    save(window.grab().toImage(), QStringLiteral("12-events-composer"));

    for (const char *type : {"customer.created", "identity_document.approved", "webhook.test"}) {
        composer->setType(QString::fromLatin1(type));
        composer->generateSample(7);
        composer->fire();
    }
    page->showLog();
    page->logModel()->refresh();
    QVERIFY(page->logModel()->rowCount() >= 4);
    page->logView()->setCurrentIndex(page->logModel()->index(1, 0));
    QVERIFY(!page->bodyView()->toPlainText().isEmpty());
    save(window.grab().toImage(), QStringLiteral("13-events-log"));
}

// The selected endpoint's health and settings under the table, the dialogs of the detail pane
// (retry preview, bulk subscriptions, bulk test, token reveal), at 1200 px.
void TestScreenshots::endpointDetailAndDialogs()
{
    MainWindow window(m_db, m_path);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::Endpoints);
    EndpointsPage *page = window.endpointsPage();
    QString kyc;
    QList<Endpoint> all;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        all << *page->model()->endpointAt(row);
        if (page->model()->endpointAt(row)->state != EndpointState::Paused)
            kyc = page->model()->endpointAt(row)->id;
    }
    QVERIFY(!kyc.isEmpty());
    // A day of attempts: mostly fine, a few server errors and a timeout.
    const EventPublisher::Result sent =
        TestEventSender(m_db).send(Environment::Sandbox, {kyc}, EventSource::Console);
    QVERIFY(sent.ok());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status, error) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 1; i <= 40; ++i) {
        const bool timeout = i == 31;
        const bool error = i % 9 == 0;
        q.addBindValue(sent.deliveries.first().id);
        q.addBindValue(kyc);
        q.addBindValue(i);
        q.addBindValue(now - (41 - i) * 600000LL);
        q.addBindValue(timeout ? 5000 : 80 + (i * 37) % 250);
        q.addBindValue(timeout ? QStringLiteral("timeout")
                       : error ? QStringLiteral("http_5xx")
                               : QStringLiteral("success"));
        q.addBindValue(timeout ? 0 : error ? 503 : 200);
        q.addBindValue(timeout ? QStringLiteral("no response within 5 s")
                       : error ? QStringLiteral("Service Unavailable")
                               : QString());
        QVERIFY(q.exec());
    }
    page->reload();
    page->selectEndpoint(kyc);
    showLiveState(window);
    // The table fits 1200 px: no column is cut behind a horizontal scroll bar.
    QVERIFY(!page->view()->horizontalScrollBar()->isVisible());
    EndpointDetailPane *pane = page->detailPane();
    QVERIFY(pane->isVisible());
    QVERIFY(pane->health().attempts >= 40); // the script runs this once per language
    save(window.grab().toImage(), QStringLiteral("12-endpoint-detail"));

    page->view()->selectAll();
    save(window.grab().toImage(), QStringLiteral("13-endpoints-several"));

    {
        EndpointDialog dialog(m_db, Environment::Sandbox,
                              EndpointRepository(m_db).find(kyc).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QSpinBox *>(QStringLiteral("maxRetriesSpin"))->setValue(8);
        dialog.findChild<QLineEdit *>(QStringLiteral("intervalsEdit"))
            ->setText(QStringLiteral("30s, 5m, 1h"));
        dialog.findChild<QSpinBox *>(QStringLiteral("jitterSpin"))->setValue(10);
        QTRY_COMPARE(dialog.retryPreview()->rowCount(), 9);
        dialog.adjustSize();
        // On a small screen the form scrolls: show the retry group, as a user scrolling would.
        dialog.findChild<QScrollArea *>(QStringLiteral("formScroll"))
            ->ensureWidgetVisible(dialog.retryPreviewTotal());
        save(dialog.grab().toImage(), QStringLiteral("14-endpoint-dialog-retries"));
    }
    {
        BulkSubscriptionDialog dialog(m_db, all);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addEdit()->setText(QStringLiteral("verification.*"));
        dialog.removeEdit()->setText(QStringLiteral("customer.updated"));
        QTRY_VERIFY(dialog.preview()->item(0, 2) &&
                    dialog.preview()->item(0, 2)->text().contains(QStringLiteral("verification")));
        save(dialog.grab().toImage(), QStringLiteral("15-bulk-subscriptions"));
    }
    {
        BulkTestDialog dialog(m_db, Environment::Sandbox, all);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.send();
        QSqlQuery deliveries(m_db);
        QVERIFY(deliveries.exec(QStringLiteral("SELECT id, endpoint_id FROM deliveries WHERE "
                                               "event_id = '%1' AND status <> 'held'")
                                    .arg(dialog.eventId())));
        while (deliveries.next()) {
            q.addBindValue(deliveries.value(0));
            q.addBindValue(deliveries.value(1));
            q.addBindValue(1);
            q.addBindValue(now);
            q.addBindValue(143);
            q.addBindValue(QStringLiteral("success"));
            q.addBindValue(200);
            q.addBindValue(QString());
            QVERIFY(q.exec());
        }
        QTRY_VERIFY(dialog.finishedCount() == all.size());
        save(dialog.grab().toImage(), QStringLiteral("16-bulk-test"));
    }
    {
        MemorySecretStore store;
        page->setSecretStore(&store);
        page->selectEndpoint(kyc);
        pane->revealToken();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = pane->findChild<QMessageBox *>(QStringLiteral("revealTokenConfirmation"))) &&
            box->isVisible());
        save(box->grab().toImage(), QStringLiteral("17-reveal-token"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!pane->findChild<QMessageBox *>(QStringLiteral("revealTokenConfirmation")));

        // Standard Webhooks signing (shown, not stored): the whsec_ secret revealed, two valid.
        Endpoint standard = *EndpointRepository(m_db).find(kyc).value();
        standard.signingScheme = SigningScheme::StandardWebhooks;
        pane->setEndpoint(standard);
        EndpointSecrets secrets(&store);
        // One after the other: two at once would both start from the same stored list.
        for (int i = 1; i <= 2; ++i) {
            int rotated = 0;
            secrets.rotateWebhookSecret(
                kyc, [&rotated](const EndpointSecrets::Result &r) { rotated = r.ok() ? 1 : -1; });
            QTRY_COMPARE(rotated, 1);
        }
        pane->revealWebhookSecret();
        QTRY_VERIFY(
            (box = pane->findChild<QMessageBox *>(QStringLiteral("revealWhsecConfirmation"))) &&
            box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("confirmRevealButton"))->click();
        QTRY_VERIFY(!pane->webhookSecretField()->text().isEmpty());
        save(window.grab().toImage(), QStringLiteral("18-endpoint-whsec"));
        pane->rotateWebhookSecret();
        QTRY_VERIFY(
            (box = pane->findChild<QMessageBox *>(QStringLiteral("rotateWhsecConfirmation"))) &&
            box->isVisible());
        save(box->grab().toImage(), QStringLiteral("19-rotate-whsec"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!pane->findChild<QMessageBox *>(QStringLiteral("rotateWhsecConfirmation")));
        page->setSecretStore(nullptr);
    }
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
    const QList<Endpoint> endpoints = EndpointRepository(db).list(Environment::Sandbox).value();
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
                        : i % 97 == 0 ? OutcomeClass::InvalidResponse
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
    DashboardPage *page = window.dashboardPage();
    // Listening before the window is shown: showing it starts the query, and the answer can
    // arrive while qWaitForWindowExposed() is still spinning the event loop.
    QSignalSpy shown(page, &DashboardPage::reportShown);
    page->setRange(DashboardPage::Range::Last24Hours);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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

// The delivery log with one delivery's attempts open, then the dead letters with a group expanded.
void TestScreenshots::deliveriesAndDeadLetters()
{
    // A copy, like dashboard(): the fixture's ids are fixed, so writing them into a seeded file
    // passed in made the next language's run (same file) fail on the attempts already there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deliveries.db"));
    QSqlQuery copy(m_db);
    QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)),
             qPrintable(copy.lastError().text()));
    Connection connection(path);
    QVERIFY(!connection.open());
    const QSqlDatabase db = connection.database();
    const QList<Endpoint> endpoints = EndpointRepository(db).list(Environment::Sandbox).value();
    QVERIFY(endpoints.size() >= 2);
    test::DeliveryFixture fx(db, QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QString kyc = endpoints.at(0).id;
    const QString crm = endpoints.at(1).id;
    const char *types[] = {"identity_document.approved", "verification.completed",
                           "customer.created", "aml_screening.completed"};
    Delivery failing;
    for (int i = 0; i < 14; ++i) {
        const Event e = fx.addEvent(QString::fromLatin1(types[i % 4]));
        const bool dead = i % 5 == 1;
        // One dead letter whose receiver answered something that is not HTTP.
        const bool garbled = i == 11;
        const Delivery d = fx.addDelivery(
            e, i % 3 == 0 ? crm : kyc,
            dead ? DeliveryStatus::Dead
                 : (i == 12 ? DeliveryStatus::Retrying : DeliveryStatus::Succeeded),
            dead ? (garbled ? OutcomeClass::InvalidResponse
                            : (i % 2 ? OutcomeClass::Timeout : OutcomeClass::Http5xx))
                 : (i == 12 ? OutcomeClass::Http5xx : OutcomeClass::Success),
            dead ? 31 : (i == 12 ? 3 : 1));
        if (i == 12)
            failing = d;
        // A dead letter's attempts are on record (only retention removes them): the detail shows
        // its timeline, not a missing history.
        for (int n = 1; dead && n <= d.attemptCount; ++n) {
            Attempt a;
            a.deliveryId = d.id;
            a.number = n;
            a.startedAt = d.createdAt.addSecs(60 * (n - 1));
            a.durationMs = garbled ? 31 : (i % 2 ? 5000 : 212);
            a.outcome = *d.lastOutcome;
            a.httpStatus = i % 2 ? 0 : 502;
            a.url = endpoints.at(i % 3 == 0 ? 1 : 0).url;
            a.error = garbled ? QStringLiteral("invalid status line")
                      : i % 2 ? QStringLiteral("no response within 5 s")
                              : QString();
            a.requestHeaders = {{"Content-Type", "application/json"},
                                {"X-Idempotency-Key", d.idempotencyKey.toUtf8()},
                                {"X-Webhook-Attempt", QByteArray::number(n)}};
            QVERIFY(fx.addAttempt(a));
        }
    }
    for (int n = 1; n <= 3; ++n) {
        Attempt a;
        a.deliveryId = failing.id;
        a.number = n;
        a.startedAt = failing.createdAt.addSecs(60 * (n - 1));
        // A timeout, an answer that was not HTTP (a proxy in the way), then a 503.
        a.durationMs = n == 1 ? 5000 : (n == 2 ? 38 : 143);
        a.outcome = n == 1   ? OutcomeClass::Timeout
                    : n == 2 ? OutcomeClass::InvalidResponse
                             : OutcomeClass::Http5xx;
        a.httpStatus = n == 3 ? 503 : 0;
        a.connectedAddress = QStringLiteral("203.0.113.24");
        a.url = QUrl(QStringLiteral("https://kyc.example.com/webhooks/hookline"));
        a.error = n == 1   ? QStringLiteral("no response within 5 s")
                  : n == 2 ? QStringLiteral("the answer is not HTTP/1.x")
                           : QString();
        a.requestHeaders = {{"Content-Type", "application/json"},
                            {"User-Agent", "Hookline/0.1.0"},
                            {"X-Webhook-Id", "wh_01JD8Z"},
                            {"X-Idempotency-Key", failing.idempotencyKey.toUtf8()},
                            {"X-Webhook-Event", failing.eventType.toUtf8()},
                            {"X-Webhook-Attempt", QByteArray::number(n)},
                            {"X-Webhook-Signature", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ…"},
                            {"Authorization", "Bearer [redacted]"}};
        if (n == 3) {
            a.responseHeaders = {{"Content-Type", "application/json"}, {"Retry-After", "120"}};
            a.responseBody = R"({"error":"maintenance","retry_after":120})";
        }
        QVERIFY(fx.addAttempt(a));
    }
    // As the engine stores them: the status behind each last outcome ("HTTP 503" in the list).
    QSqlQuery statuses(db);
    QVERIFY2(statuses.exec(QStringLiteral(
                 "UPDATE deliveries SET last_http_status = CASE last_outcome WHEN 'success' "
                 "THEN 200 ELSE (SELECT nullif(http_status, 0) FROM attempts WHERE delivery_id = "
                 "deliveries.id ORDER BY number DESC LIMIT 1) END")),
             qPrintable(statuses.lastError().text()));

    MainWindow window(db, path);
    window.resize(1200, 720);
    window.setCurrentPage(MainWindow::Deliveries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DeliveriesPage *page = window.deliveriesPage();
    page->tabs()->setCurrentIndex(DeliveriesPage::AllTab);
    page->refresh();
    page->selectDelivery(failing.id);
    QCOMPARE(page->detail()->timeline()->count(), 3);
    // The attempt's facts take several lines: let the layout follow before grabbing.
    auto *facts = page->detail()->findChild<QLabel *>(QStringLiteral("attemptSummary"));
    QTRY_VERIFY(facts->height() >= facts->sizeHint().height());
    QVERIFY(facts->height() > 2 * facts->fontMetrics().height());
    save(window.grab().toImage(), QStringLiteral("12-deliveries"));
    // Every column in view at 1200 px, in every language: the event type gives way, elided.
    QTableView *table = page->view();
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
             qPrintable(QStringLiteral("header %1 > viewport %2")
                            .arg(table->horizontalHeader()->length())
                            .arg(table->viewport()->width())));

    page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    QTreeView *tree = page->deadLetters()->view();
    QVERIFY(tree->model()->rowCount() >= 2);
    tree->expand(tree->model()->index(0, 0));
    QTRY_VERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    save(window.grab().toImage(), QStringLiteral("13-dead-letters"));
    QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
             qPrintable(QStringLiteral("header %1 > viewport %2")
                            .arg(tree->header()->length())
                            .arg(tree->viewport()->width())));
}

QTEST_MAIN(TestScreenshots)
// File › Open database… with an inline error, the status bar on PostgreSQL and the band shown
// while the connection is lost.
void TestScreenshots::openDatabase()
{
    OpenDatabaseDialog dialog(m_path, {m_path});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setLocation(QStringLiteral("postgresql://hookline:secret@db.example:5432/"
                                      "hookline?ssl_mode=verify-full"));
    QVERIFY(!dialog.errorText().isEmpty());
    dialog.adjustSize();
    save(dialog.grab().toImage(), QStringLiteral("21-open-database-error"));
    dialog.setLocation(QStringLiteral("postgresql://hookline@db.example:5432/hookline"));
    dialog.openFailed(StoreError{StoreError::Code::OpenFailed,
                                 QStringLiteral("cannot connect to postgresql://hookline@"
                                                "db.example:5432/hookline: fe_sendauth: no "
                                                "password supplied")},
                      true);
    QVERIFY(dialog.isPasswordShown());
    dialog.adjustSize();
    save(dialog.grab().toImage(), QStringLiteral("22-open-database-password"));

    // The PostgreSQL status bar needs a server: only when the pictures are kept.
    std::unique_ptr<Connection> postgres;
    QString location = m_path;
    if (!m_outDir.isEmpty()) {
        QString error;
        test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(error));
        location = cluster->createDatabase(&error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        postgres = std::make_unique<Connection>(location);
        QVERIFY(!postgres->open());
    }
    MainWindow window(postgres ? postgres->store() : Store(m_db), location);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(window.grab().toImage(), QStringLiteral("23-status-bar-postgres"));
    window.connectionBanner()->showLost(QTime::currentTime().addSecs(4));
    QTRY_VERIFY(window.connectionBanner()->height() > 0);
    save(window.grab().toImage(), QStringLiteral("24-connection-lost"));
}

#include "tst_screenshots.moc"
