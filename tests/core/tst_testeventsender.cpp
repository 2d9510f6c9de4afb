#include "config/endpointservice.h"
#include "config/subscriptionbulkedit.h"
#include "events/eventcatalog.h"
#include "events/testeventsender.h"
#include "security/allowlist.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/eventrepository.h"
#include "store/settingsrepository.h"
#include "support/clirunner.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;

// The test event (one place for the console, the bulk test and `endpoint test`) and the bulk
// subscription edit.
class TestTestEventSender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void oneEventOneDeliveryPerEndpoint();
    void reachesEndpointsWhateverTheySubscribe();
    void payloadIsValidAndSaysWhoSent_data();
    void payloadIsValidAndSaysWhoSent();
    void refusesWithoutTargetsOrForeignEndpoint();
    void progressStages();
    void pausedEndpointHoldsTest();
    void bulkPreviewWritesNothing();
    void bulkApplyChangesEveryEndpoint();
    void bulkRefusalChangesNothing_data();
    void bulkRefusalChangesNothing();
    void bulkFailureMidwayRollsBackEarlierEndpoints();

private:
    QString addEndpoint(const QString &name, const QStringList &patterns = {QStringLiteral("*")},
                        const QString &url = {});
    int count(const QString &table);
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestTestEventSender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTestEventSender::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
}

QString TestTestEventSender::addEndpoint(const QString &name, const QStringList &patterns,
                                         const QString &url)
{
    Endpoint e;
    e.name = name;
    e.url = QUrl(url.isEmpty() ? QStringLiteral("https://example.com/") + name : url);
    e.eventPatterns = patterns;
    const EndpointService::Result r = EndpointService(m_db->db()).create(e);
    return r.ok() ? r.endpoint.id : QString();
}

int TestTestEventSender::count(const QString &table)
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestTestEventSender::oneEventOneDeliveryPerEndpoint()
{
    const QStringList ids{addEndpoint(QStringLiteral("a")), addEndpoint(QStringLiteral("b")),
                          addEndpoint(QStringLiteral("c"))};
    addEndpoint(QStringLiteral("not selected"));
    const EventPublisher::Result r =
        TestEventSender(m_db->db()).send(Environment::Sandbox, ids, EventSource::Console);
    QVERIFY(r.ok());
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 3);
    QStringList targeted;
    for (const Delivery &d : must(DeliveryRepository(m_db->db()).forEvent(r.event.id))) {
        targeted << d.endpointId;
        QCOMPARE(d.eventType, QStringLiteral("webhook.test"));
        QCOMPARE(toString(d.status), toString(DeliveryStatus::Pending));
    }
    targeted.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(targeted, expected);
}

void TestTestEventSender::reachesEndpointsWhateverTheySubscribe()
{
    const QString id = addEndpoint(QStringLiteral("kyc"), {QStringLiteral("identity_document.*")});
    const EventPublisher::Result r =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Cli);
    QVERIFY(r.ok());
    QCOMPARE(r.deliveries.size(), 1);
    QCOMPARE(r.deliveries.first().endpointId, id);
}

void TestTestEventSender::payloadIsValidAndSaysWhoSent_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("by");
    QTest::newRow("console") << int(EventSource::Console) << QStringLiteral("console");
    QTest::newRow("cli") << int(EventSource::Cli) << QStringLiteral("cli");
    QTest::newRow("api") << int(EventSource::Api) << QStringLiteral("api");
}

void TestTestEventSender::payloadIsValidAndSaysWhoSent()
{
    QFETCH(int, source);
    QFETCH(QString, by);
    const QString id = addEndpoint(QStringLiteral("a"));
    const EventPublisher::Result r =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource(source));
    QVERIFY(r.ok()); // publish validates against the webhook.test schema
    const std::optional<Event> stored = must(EventRepository(m_db->db()).find(r.event.id));
    QVERIFY(stored);
    QCOMPARE(toString(stored->source), toString(EventSource(source)));
    const QJsonObject data = QJsonDocument::fromJson(stored->payload).object();
    QCOMPARE(data.value(QStringLiteral("triggered_by")).toString(), by);
    QCOMPARE(data.value(QStringLiteral("test")).toBool(), true);
    QVERIFY(EventCatalog().validate(QStringLiteral("webhook.test"), stored->payload).isValid());
}

void TestTestEventSender::refusesWithoutTargetsOrForeignEndpoint()
{
    addEndpoint(QStringLiteral("a"));
    TestEventSender sender(m_db->db());
    QVERIFY(!sender.send(Environment::Sandbox, {}, EventSource::Console).ok());
    Endpoint live;
    live.name = QStringLiteral("live");
    live.environment = Environment::Live;
    live.url = QUrl(QStringLiteral("https://example.com/live"));
    const QString liveId = EndpointService(m_db->db()).create(live).endpoint.id;
    const EventPublisher::Result r =
        sender.send(Environment::Sandbox, {liveId}, EventSource::Console);
    QCOMPARE(r.code, EventPublisher::Code::WrongEnvironment);
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestTestEventSender::progressStages()
{
    const QString id = addEndpoint(QStringLiteral("a"));
    const EventPublisher::Result r =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Console);
    const QString dlv = r.deliveries.first().id;
    using Stage = TestEventSender::Progress::Stage;
    QCOMPARE(must(TestEventSender::progress(m_db->db(), dlv)).stage, Stage::Queued);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at) "
                             "VALUES (?, ?, 1, 1)"));
    q.addBindValue(dlv);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(must(TestEventSender::progress(m_db->db(), dlv)).stage, Stage::InFlight);
    QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET outcome = 'success', duration_ms = 12, "
                                  "http_status = 204")));
    TestEventSender::Progress p = must(TestEventSender::progress(m_db->db(), dlv));
    QCOMPARE(p.stage, Stage::Done);
    QVERIFY(p.succeeded());
    QCOMPARE(p.firstAttempt->httpStatus, 204);
    QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET outcome = 'http_5xx', http_status = 503")));
    p = must(TestEventSender::progress(m_db->db(), dlv));
    QCOMPARE(p.stage, Stage::Done);
    QVERIFY(!p.succeeded());
    QCOMPARE(must(TestEventSender::progress(m_db->db(), QStringLiteral("dlv_missing"))).stage,
             Stage::Missing);
}

void TestTestEventSender::pausedEndpointHoldsTest()
{
    const QString id = addEndpoint(QStringLiteral("a"));
    QVERIFY(EndpointService(m_db->db()).pause(id, QStringLiteral("maintenance")).ok());
    const EventPublisher::Result r =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Console);
    QVERIFY(r.ok());
    QCOMPARE(must(TestEventSender::progress(m_db->db(), r.deliveries.first().id)).stage,
             TestEventSender::Progress::Stage::Held);
}

void TestTestEventSender::bulkPreviewWritesNothing()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    const QByteArray before = test::fileDigest(m_db->path());
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db->db())
            .preview({a, b}, {QStringLiteral("verification.*")}, {QStringLiteral("*")});
    QVERIFY(plan.ok());
    QCOMPARE(plan.changes.size(), 2);
    QCOMPARE(plan.changes.at(0).after,
             (QStringList{QStringLiteral("customer.*"), QStringLiteral("verification.*")}));
    QCOMPARE(plan.changes.at(1).after, QStringList{QStringLiteral("verification.*")});
    QCOMPARE(plan.changedCount(), 2);
    QCOMPARE(EndpointRepository(m_db->db()).find(b).value()->eventPatterns,
             QStringList{QStringLiteral("*")});
    QCOMPARE(test::fileDigest(m_db->path()), before);
}

void TestTestEventSender::bulkApplyChangesEveryEndpoint()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"),
                                  {QStringLiteral("customer.*"), QStringLiteral("dossier.*")});
    const QString untouched = addEndpoint(QStringLiteral("c"), {QStringLiteral("customer.*")});
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db->db())
            .apply({a, b}, {QStringLiteral("decision.approved")}, {QStringLiteral("customer.*")});
    QVERIFY(plan.ok());
    const EndpointRepository repo(m_db->db());
    QCOMPARE(repo.find(a).value()->eventPatterns, QStringList{QStringLiteral("decision.approved")});
    QCOMPARE(repo.find(b).value()->eventPatterns,
             (QStringList{QStringLiteral("dossier.*"), QStringLiteral("decision.approved")}));
    QCOMPARE(repo.find(untouched).value()->eventPatterns,
             QStringList{QStringLiteral("customer.*")});
}

void TestTestEventSender::bulkRefusalChangesNothing_data()
{
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<int>("code");
    QTest::newRow("invalid pattern")
        << QStringList{QStringLiteral("customer.*"), QStringLiteral("not a pattern")}
        << QStringList{} << int(EndpointValidator::Code::InvalidPattern);
    QTest::newRow("an endpoint left without patterns")
        << QStringList{} << QStringList{QStringLiteral("customer.*")}
        << int(EndpointValidator::Code::Required);
}

void TestTestEventSender::bulkRefusalChangesNothing()
{
    QFETCH(QStringList, add);
    QFETCH(QStringList, remove);
    QFETCH(int, code);
    const QString a = addEndpoint(
        QStringLiteral("a"), {QStringLiteral("customer.*"), QStringLiteral("dossier.created")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("customer.*")});
    const QByteArray before = test::fileDigest(m_db->path());
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db->db()).apply({a, b}, add, remove);
    QVERIFY(!plan.ok());
    QCOMPARE(int(plan.errors.first().code), code);
    QCOMPARE(test::fileDigest(m_db->path()), before);
}

// The second endpoint's update is refused by the destination policy after the first one was
// written: the transaction must take the first one back too.
void TestTestEventSender::bulkFailureMidwayRollsBackEarlierEndpoints()
{
    SettingsRepository settings(m_db->db());
    const auto allow = Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"));
    QVERIFY(allow && !allow->save(settings, Environment::Sandbox));
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("customer.*")},
                                  QStringLiteral("https://127.0.0.1:8443/hook"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(!Allowlist().save(settings, Environment::Sandbox)); // loopback no longer allowed
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db->db()).apply({a, b}, {QStringLiteral("dossier.*")}, {});
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errors.first().code, EndpointValidator::Code::DestinationDenied);
    const EndpointRepository repo(m_db->db());
    QCOMPARE(repo.find(a).value()->eventPatterns, QStringList{QStringLiteral("customer.*")});
    QCOMPARE(repo.find(b).value()->eventPatterns, QStringList{QStringLiteral("customer.*")});
}

QTEST_GUILESS_MAIN(TestTestEventSender)
#include "tst_testeventsender.moc"
