// The local test receiver's window (signature verdicts) and the first-run demo in the console.
#include "config/demosetup.h"
#include "config/endpointservice.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "receiver/demobanner.h"
#include "receiver/receivedrequestmodel.h"
#include "receiver/receivercontroller.h"
#include "receiver/receiverwindow.h"
#include "receiver/sandboxreceiver.h"
#include "security/jwtsigner.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/requestsigner.h"
#include "shell/enginehost.h"
#include "shell/mainwindow.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

class TestReceiverView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void verdicts_data();
    void verdicts();
    void firstRunCreatesDemo();
    void noDemoOnNonEmptyDatabase();
    void removeDemoInOneClick();
    void tableKeepsToItsByteBudget();

private:
    static SigningKey sandboxKey(test::TempDatabase &db, MemorySecretStore &secrets);
    QTemporaryDir m_settingsDir;
};

void TestReceiverView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_receiverview"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

SigningKey TestReceiverView::sandboxKey(test::TempDatabase &db, MemorySecretStore &secrets)
{
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);
    bool done = false;
    keys.generate(2048, [&done](const KeyManager::Result &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return {};
    SigningKey key;
    done = false;
    keys.loadActiveKey([&](const KeyManager::Result &, const SigningKey &k) {
        key = k;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        return {};
    return key;
}

void TestReceiverView::verdicts_data()
{
    QTest::addColumn<QString>("change"); // what happens to the request on the way
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("code");
    QTest::newRow("untouched") << QString() << true << QStringLiteral("ok");
    QTest::newRow("tampered body")
        << QStringLiteral("body") << false << QStringLiteral("body_hash_mismatch");
    QTest::newRow("tampered event header")
        << QStringLiteral("header") << false << QStringLiteral("headers_hash_mismatch");
    QTest::newRow("unsigned") << QStringLiteral("unsigned") << false
                              << QStringLiteral("missing_signature");
}

void TestReceiverView::verdicts()
{
    QFETCH(QString, change);
    QFETCH(bool, valid);
    QFETCH(QString, code);
    test::TempDatabase db;
    MemorySecretStore secrets;
    const SigningKey key = sandboxKey(db, secrets);
    QVERIFY(!key.isNull());

    OutgoingRequest out;
    out.url = QUrl(QStringLiteral("https://127.0.0.1:8789/healthy"));
    out.body = SampleGenerator::generateJson(QStringLiteral("identity_document.approved"), 3);
    out.webhookId = QStringLiteral("wh_test");
    out.eventId = QStringLiteral("evt_test");
    out.eventType = QStringLiteral("identity_document.approved");
    out.idempotencyKey = QStringLiteral("idem_1");
    out.testMode = true;
    out.timestamp = QDateTime::currentSecsSinceEpoch();
    ReceivedRequest r;
    r.sequence = 7;
    r.method = "POST";
    r.target = "/healthy";
    r.httpVersion = "HTTP/1.1";
    r.headers = RequestSigner(std::make_shared<const JwtSigner>(key)).headers(out);
    r.body = out.body;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.responseStatus = 200;
    if (change == QLatin1String("body"))
        r.body.replace("\"type\"", "\"typo\"");
    for (auto &[name, value] : r.headers) {
        if (change == QLatin1String("header") && name == "X-Webhook-Event")
            value = "identity_document.rejected";
    }
    if (change == QLatin1String("unsigned"))
        r.headers.removeIf([](const auto &h) { return h.first == "X-Webhook-Signature"; });

    SandboxReceiver rx(db.db());
    ReceiverWindow window(&rx, db.db(), &secrets);
    window.showRequest(r);
    ReceivedRequestModel *model = window.model();
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->verdict(0).has_value());
    QCOMPARE(model->verdict(0)->ok(), valid);
    QCOMPARE(WebhookVerifier::code(model->verdict(0)->failure), code);
    const QString cell = model->index(0, ReceivedRequestModel::Signature).data().toString();
    QVERIFY2(valid ? cell.contains(QStringLiteral("valid")) : cell.contains(code),
             qPrintable(cell));
    QCOMPARE(model->index(0, ReceivedRequestModel::Path).data().toString(),
             QStringLiteral("/healthy"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Status).data().toInt(), 200);
    // The details pane says it in words and shows what arrived.
    window.view()->selectRow(0);
    QTRY_VERIFY(window.detailsText().contains(QStringLiteral("X-Webhook-Id: wh_test")));
    QVERIFY(window.detailsText().startsWith(QStringLiteral("Signature: ")));
    if (valid)
        QVERIFY(window.detailsText().contains(key.kid()));
}

void TestReceiverView::firstRunCreatesDemo()
{
    test::TempDatabase db;
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    window.setEnvironment(Environment::Live);
    window.setCurrentPage(MainWindow::Settings);
    window.startTestReceiver();
    // It starts once the audit key has been looked for (its changes are audited).
    QTRY_VERIFY(window.receiverController());
    QVERIFY(window.environment() == Environment::Sandbox);
    QCOMPARE(window.currentPage(), int(MainWindow::Endpoints));
    const QList<Endpoint> demo = DemoSetup::endpoints(db.db()).value();
    QCOMPARE(demo.size(), 2);
    QCOMPARE(window.endpointsPage()->model()->rowCount(), 2);
    window.show();
    QVERIFY(window.demoBanner()->isVisible());
    QVERIFY(window.demoBanner()->text().contains(QStringLiteral("Ctrl+T")));
    // Deliveries can be signed: a sandbox key was generated in the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(KeyManager(Environment::Sandbox, db.db(), nullptr).activeKey().value(),
                             20000);
    // The receiver is on the port the demo endpoints point at, reachable from the View menu.
    SandboxReceiver *rx = window.receiverController()->receiver();
    QVERIFY(rx->isRunning());
    QCOMPARE(demo.first().url.port(), int(rx->port()));
    QAction *show = window.receiverController()->showAction();
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(window.actions().contains(show));
    show->trigger();
    QVERIFY(window.receiverController()->window()->isVisible());
    host.stop(5000);
}

void TestReceiverView::noDemoOnNonEmptyDatabase()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("mine");
    e.environment = Environment::Live;
    e.url = QUrl(QStringLiteral("https://example.com/hooks"));
    QVERIFY(EndpointService(db.db()).create(e).ok());
    MainWindow window(db.db(), db.path());
    EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
    window.attachEngine(&host);
    window.startTestReceiver();
    // It starts once the audit key has been looked for (its changes are audited).
    QTRY_VERIFY(window.receiverController());
    window.show();
    QVERIFY(DemoSetup::endpoints(db.db()).value().isEmpty());
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);
    QVERIFY(!window.demoBanner()->isVisible());
    // The receiver runs all the same.
    QVERIFY(window.receiverController()->receiver()->isRunning());
    QVERIFY(!KeyManager(Environment::Sandbox, db.db(), nullptr).activeKey().value());
}

void TestReceiverView::removeDemoInOneClick()
{
    test::TempDatabase db;
    {
        MainWindow window(db.db(), db.path());
        EngineHost host(db.db(), db.path(), std::make_unique<MemorySecretStore>());
        window.attachEngine(&host);
        window.startTestReceiver();
        // It starts once the audit key has been looked for (its changes are audited).
        QTRY_VERIFY(window.receiverController());
        window.show();
        // The demo's sandbox key is generated on a pool thread; the window (its continuation's
        // context) must outlive it.
        QTRY_VERIFY_WITH_TIMEOUT(
            KeyManager(Environment::Sandbox, db.db(), nullptr).activeKey().value(), 20000);
        const QList<Endpoint> demo = DemoSetup::endpoints(db.db()).value();
        QCOMPARE(demo.size(), 2);
        // Deliveries the demo made go with it.
        const QString type = QStringLiteral("identity_document.approved");
        const EventPublisher::Result published =
            EventPublisher(db.db()).publish({Environment::Sandbox,
                                             type,
                                             SampleGenerator::generateJson(type, 1),
                                             EventSource::Console,
                                             {},
                                             {}});
        QVERIFY(published.ok());
        QCOMPARE(published.deliveries.size(), 2);

        window.demoBanner()->removeButton()->click();
        QVERIFY(window.receiverController()->lastError().isEmpty());
        QVERIFY(!window.demoBanner()->isVisible());
        QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);
        QCOMPARE(window.endpointsPage()->model()->rowCount(), 0);
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM deliveries")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        host.stop(5000);
    }
    // The next start on the (again empty) database does not bring it back.
    MainWindow again(db.db(), db.path());
    again.startTestReceiver();
    // It starts once the audit key has been looked for (its changes are audited).
    QTRY_VERIFY(again.receiverController());
    QVERIFY(DemoSetup::endpoints(db.db()).value().isEmpty());
    QVERIFY(!again.demoBanner()->isVisibleTo(&again));
}

void TestReceiverView::tableKeepsToItsByteBudget()
{
    // Five 4 KB requests where about three fit: the oldest rows go, whatever the row cap says.
    ReceivedRequestModel model;
    RequestBudget budget;
    budget.maxBytes = 3 * 4600;
    model.setBudget(budget);
    qint64 weight = 0;
    for (int i = 1; i <= 5; ++i) {
        ReceivedRequest r;
        r.sequence = quint64(i);
        r.body = QByteArray(4000, char('0' + i));
        model.append(r);
        weight = r.weight();
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.request(0).sequence, quint64(3));
    QCOMPARE(model.request(2).sequence, quint64(5));
    QCOMPARE(model.keptBytes(), 3 * weight);
    model.clear();
    QCOMPARE(model.keptBytes(), 0);
}

QTEST_MAIN(TestReceiverView)
#include "tst_receiverview.moc"
