#include "common/localization.h"
#include "common/themecolors.h"
#include "config/endpointservice.h"
#include "deliveries/deadletterspanel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailview.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "security/memorysecretstore.h"
#include "shell/enginehost.h"
#include "shell/environmentbanner.h"
#include "shell/mainwindow.h"
#include "store/connection.h"
#include "store/endpointrepository.h"
#include "support/deliveryfixture.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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
    void deliveriesAndDeadLetters();

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

// The delivery log with one delivery's attempts open, then the dead letters with a group expanded.
void TestScreenshots::deliveriesAndDeadLetters()
{
    const QList<Endpoint> endpoints = EndpointRepository(m_db).list(Environment::Sandbox);
    QVERIFY(endpoints.size() >= 2);
    test::DeliveryFixture fx(m_db, QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QString kyc = endpoints.at(0).id;
    const QString crm = endpoints.at(1).id;
    const char *types[] = {"identity_document.approved", "verification.completed",
                           "customer.created", "aml_screening.completed"};
    Delivery failing;
    for (int i = 0; i < 14; ++i) {
        const Event e = fx.addEvent(QString::fromLatin1(types[i % 4]));
        const bool dead = i % 5 == 1;
        const Delivery d =
            fx.addDelivery(e, i % 3 == 0 ? crm : kyc,
                           dead ? DeliveryStatus::Dead
                                : (i == 12 ? DeliveryStatus::Retrying : DeliveryStatus::Succeeded),
                           dead ? (i % 2 ? OutcomeClass::Timeout : OutcomeClass::Http5xx)
                                : (i == 12 ? OutcomeClass::Http5xx : OutcomeClass::Success),
                           dead ? 31 : (i == 12 ? 3 : 1));
        if (i == 12)
            failing = d;
    }
    for (int n = 1; n <= 3; ++n) {
        Attempt a;
        a.deliveryId = failing.id;
        a.number = n;
        a.startedAt = failing.createdAt.addSecs(60 * (n - 1));
        a.durationMs = n == 1 ? 5000 : 143;
        a.outcome = n == 1 ? OutcomeClass::Timeout : OutcomeClass::Http5xx;
        a.httpStatus = n == 1 ? 0 : 503;
        a.connectedAddress = QStringLiteral("203.0.113.24");
        a.error = n == 1 ? QStringLiteral("no response within 5 s") : QString();
        a.requestHeaders = {{"Content-Type", "application/json"},
                            {"User-Agent", "Hookline/0.1.0"},
                            {"X-Webhook-Id", "wh_01JD8Z"},
                            {"X-Idempotency-Key", failing.idempotencyKey.toUtf8()},
                            {"X-Webhook-Event", failing.eventType.toUtf8()},
                            {"X-Webhook-Attempt", QByteArray::number(n)},
                            {"X-Webhook-Signature", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ…"},
                            {"Authorization", "Bearer [redacted]"}};
        if (n > 1) {
            a.responseHeaders = {{"Content-Type", "application/json"}, {"Retry-After", "120"}};
            a.responseBody = R"({"error":"maintenance","retry_after":120})";
        }
        QVERIFY(fx.addAttempt(a));
    }

    MainWindow window(m_db, m_path);
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

    page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    QTreeView *tree = page->deadLetters()->view();
    QVERIFY(tree->model()->rowCount() >= 2);
    tree->expand(tree->model()->index(0, 0));
    QTRY_VERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    save(window.grab().toImage(), QStringLiteral("13-dead-letters"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
