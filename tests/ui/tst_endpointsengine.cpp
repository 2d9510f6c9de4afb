// The console with its engine running against a local HTTPS receiver: pausing from the Endpoints
// page holds deliveries, resuming releases them to the receiver, and Send test reaches it with
// the outcome shown in the detail pane.
#include "config/endpointservice.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/endpointspage.h"
#include "events/eventpublisher.h"
#include "security/allowlist.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/trustedcertificates.h"
#include "shell/enginehost.h"
#include "shell/mainwindow.h"
#include "store/deliveryrepository.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

class TestEndpointsEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pauseHoldsResumeReleases();
    void sendTestReachesReceiverAndShowsSuccess();

private:
    void startConsole();
    int countStatus(DeliveryStatus status);

    QTemporaryDir m_settingsDir;
    test::TestPki m_pki;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::ScriptedHttpsServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EngineHost> m_host;
    QString m_endpointId;
};

void TestEndpointsEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_endpointsengine"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestEndpointsEngine::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    // The receiver's CA is trusted and loopback allowlisted, for the sandbox only.
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(m_db->db());
    const auto allow = Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"));
    QVERIFY(allow && !allow->save(settings, Environment::Sandbox));
    m_server = std::make_unique<test::ScriptedHttpsServer>(m_pki.localhost());
    QVERIFY(m_server->start());
    Endpoint e;
    e.name = QStringLiteral("Local receiver");
    e.url = m_server->url(QStringLiteral("/hook"));
    const EndpointService::Result r = EndpointService(m_db->db()).create(e);
    QVERIFY2(r.ok(), "endpoint refused");
    m_endpointId = r.endpoint.id;
    startConsole();
}

void TestEndpointsEngine::cleanup()
{
    if (m_host)
        QVERIFY(m_host->stop(10000));
    m_window.reset();
    m_host.reset();
    m_server.reset();
    m_db.reset();
}

void TestEndpointsEngine::startConsole()
{
    auto store = std::make_unique<MemorySecretStore>();
    bool keyReady = false;
    KeyManager keys(Environment::Sandbox, m_db->db(), store.get());
    keys.generate(2048, [&keyReady](const KeyManager::Result &r) { keyReady = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(keyReady, 20000);
    m_window = std::make_unique<MainWindow>(m_db->db(), m_db->path());
    m_host = std::make_unique<EngineHost>(m_db->db(), m_db->path(), std::move(store));
    m_window->attachEngine(m_host.get());
    m_window->resize(1200, 800);
    m_window->show();
    m_window->setCurrentPage(MainWindow::Endpoints);
    m_host->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->state() == EngineHost::State::Running, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->signingProblem(Environment::Sandbox).isEmpty(), 10000);
}

int TestEndpointsEngine::countStatus(DeliveryStatus status)
{
    DeliveryRepository::Filter filter;
    filter.status = status;
    return int(must(DeliveryRepository(m_db->db()).list(filter, 1000)).size());
}

void TestEndpointsEngine::pauseHoldsResumeReleases()
{
    EndpointsPage *page = m_window->endpointsPage();
    page->selectEndpoint(m_endpointId);
    QVERIFY(page->pauseAction()->isEnabled());
    page->pauseAction()->trigger();
    auto *dialog = page->findChild<QInputDialog *>(QStringLiteral("pauseDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("receiver maintenance"));
    dialog->accept();
    QTRY_VERIFY(page->resumeAction()->isEnabled());

    EventPublisher publisher(m_db->db());
    for (int i = 0; i < 3; ++i) {
        EventPublisher::Request ping;
        ping.type = QStringLiteral("webhook.test");
        ping.payload =
            R"({"test":true,"message":"held","triggered_at":"2026-11-25T12:00:00.000Z"})";
        QVERIFY(publisher.publish(ping).ok());
    }
    QCOMPARE(countStatus(DeliveryStatus::Held), 3);
    // The engine is running and awake: nothing reaches the receiver while the endpoint is paused.
    m_host->controller()->wake();
    QTest::qWait(1500);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(countStatus(DeliveryStatus::Held), 3);
    const QString state =
        page->detailPane()->findChild<QLabel *>(QStringLiteral("detailState"))->text();
    QVERIFY2(state.contains(QStringLiteral("receiver maintenance")), qPrintable(state));

    QElapsedTimer released;
    released.start();
    page->resumeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, 30000);
    qInfo("resume to 3 deliveries received: %lld ms", released.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(countStatus(DeliveryStatus::Succeeded), 3, 10000);
    for (const ReceivedRequest &r : m_server->requests())
        QVERIFY(!r.header("X-Webhook-Signature").isEmpty());
}

void TestEndpointsEngine::sendTestReachesReceiverAndShowsSuccess()
{
    EndpointsPage *page = m_window->endpointsPage();
    page->selectEndpoint(m_endpointId);
    EndpointDetailPane *pane = page->detailPane();
    QVERIFY(pane->sendTestButton()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    pane->sendTestButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 30000);
    qInfo("Send test to request received: %lld ms", clock.elapsed());
    QCOMPARE(m_server->requests().first().header("X-Webhook-Event"), QByteArray("webhook.test"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->testResult()->text().startsWith(QStringLiteral("Delivered:")),
                             10000);
    qInfo("Send test to \"Delivered\" shown: %lld ms", clock.elapsed());
    QVERIFY2(pane->testResult()->text().contains(QStringLiteral("HTTP 200")),
             qPrintable(pane->testResult()->text()));
    QVERIFY(pane->sendTestButton()->isEnabled());
    // The health figures count the attempt at once.
    pane->refreshHealth();
    QCOMPARE(pane->health().attempts, 1);
    QCOMPARE(pane->health().successes, 1);
}

QTEST_MAIN(TestEndpointsEngine)
#include "tst_endpointsengine.moc"
