#include "config/endpointservice.h"
#include "events/eventcatalog.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/eventrepository.h"
#include "store/settingsrepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {
// A payload valid against the type's schema; each seed tells another story.
QByteArray sample(const char *type, quint64 seed = 1)
{
    return SampleGenerator::generateJson(QLatin1String(type), seed);
}
} // namespace

class TestEventPublisher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void fansOutToMatchingEndpointsOnly_data();
    void fansOutToMatchingEndpointsOnly();
    void pausedEndpointsHoldDeliveries();
    void targetedEndpoints();
    void pauseHoldsOpenDeliveriesAndResumeReleasesThem();
    void idempotencyKeyReturnsFirstEvent();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void eventAndDeliveriesAreOneTransaction();
    void payloadBytesAreKept();
    void listsWithKeysetPagination();
    void schemaViolationsNamePaths();
    void customTypesComeFromTheStore();
    void checkInputNeedsNoStore_data();
    void checkInputNeedsNoStore();

private:
    QString addEndpoint(const QString &name, const QStringList &patterns,
                        Environment env = Environment::Sandbox);
    int count(const QString &table);

    std::unique_ptr<test::TempDatabase> m_db;
};

void TestEventPublisher::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
}

QString TestEventPublisher::addEndpoint(const QString &name, const QStringList &patterns,
                                        Environment env)
{
    Endpoint e;
    e.name = name;
    e.environment = env;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/") + name);
    e.eventPatterns = patterns;
    const auto r = EndpointService(m_db->db()).create(e);
    return r.endpoint.id;
}

int TestEventPublisher::count(const QString &table)
{
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestEventPublisher::fansOutToMatchingEndpointsOnly_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exact + prefix + star")
        << QStringLiteral("identity_document.approved")
        << QStringList{QStringLiteral("docs"), QStringLiteral("exact"), QStringLiteral("all")};
    QTest::newRow("prefix + star") << QStringLiteral("identity_document.rejected")
                                   << QStringList{QStringLiteral("docs"), QStringLiteral("all")};
    QTest::newRow("star only") << QStringLiteral("customer.created")
                               << QStringList{QStringLiteral("all")};
    QTest::newRow("aml") << QStringLiteral("aml_screening.match_found")
                         << QStringList{QStringLiteral("aml"), QStringLiteral("all")};
}

void TestEventPublisher::fansOutToMatchingEndpointsOnly()
{
    QFETCH(QString, type);
    QFETCH(QStringList, expected);
    QHash<QString, QString> names;
    names.insert(addEndpoint(QStringLiteral("docs"), {QStringLiteral("identity_document.*")}),
                 QStringLiteral("docs"));
    names.insert(
        addEndpoint(QStringLiteral("exact"), {QStringLiteral("identity_document.approved")}),
        QStringLiteral("exact"));
    names.insert(addEndpoint(QStringLiteral("all"), {QStringLiteral("*")}), QStringLiteral("all"));
    names.insert(addEndpoint(QStringLiteral("aml"), {QStringLiteral("aml_screening.*")}),
                 QStringLiteral("aml"));
    // The same subscriptions in live must never see a sandbox event.
    addEndpoint(QStringLiteral("live-all"), {QStringLiteral("*")}, Environment::Live);
    addEndpoint(QStringLiteral("live-docs"), {QStringLiteral("identity_document.*")},
                Environment::Live);

    EventPublisher publisher(m_db->db());
    const auto r = publisher.publish({Environment::Sandbox,
                                      type,
                                      SampleGenerator::generateJson(type, 1),
                                      EventSource::Cli,
                                      {},
                                      {}});
    QVERIFY(r.ok());
    QStringList got;
    for (const Delivery &d : r.deliveries) {
        QVERIFY(names.contains(d.endpointId));
        got << names.value(d.endpointId);
        QVERIFY(d.status == DeliveryStatus::Pending);
        QCOMPARE(d.nextAttemptAt, r.event.createdAt);
        QCOMPARE(d.eventType, type);
    }
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(must(DeliveryRepository(m_db->db()).forEvent(r.event.id)).size(), expected.size());
    // Exactly one delivery per (event, endpoint), each with its own stable idempotency key.
    QSqlQuery q(m_db->db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(DISTINCT endpoint_id), count(DISTINCT idempotency_key) "
                              "FROM deliveries")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), expected.size());
    QCOMPARE(q.value(1).toInt(), expected.size());
}

void TestEventPublisher::pausedEndpointsHoldDeliveries()
{
    const QString paused = addEndpoint(QStringLiteral("paused"), {QStringLiteral("*")});
    const QString failover = addEndpoint(QStringLiteral("failover"), {QStringLiteral("*")});
    const QString disabled = addEndpoint(QStringLiteral("disabled"), {QStringLiteral("*")});
    EndpointService service(m_db->db());
    QVERIFY(service.pause(paused, QStringLiteral("x")).ok());
    Endpoint f = *EndpointRepository(m_db->db()).find(failover).value();
    f.failoverUrl = QUrl(QStringLiteral("https://backup.example.com/"));
    QVERIFY(service.update(f).ok());
    QVERIFY(service.pause(failover, QStringLiteral("x")).ok());
    QVERIFY(!EndpointRepository(m_db->db())
                 .setState(disabled, EndpointState::Disabled, {}, QDateTime::currentDateTimeUtc()));

    const auto r = EventPublisher(m_db->db())
                       .publish({Environment::Sandbox,
                                 QStringLiteral("customer.created"),
                                 sample("customer.created"),
                                 EventSource::Cli,
                                 {},
                                 {}});
    QVERIFY(r.ok());
    QCOMPARE(r.deliveries.size(), 2);
    for (const Delivery &d : r.deliveries) {
        if (d.endpointId == paused) {
            QVERIFY(d.status == DeliveryStatus::Held); // kept, never dropped
            QVERIFY(!d.nextAttemptAt.isValid());
        } else {
            QCOMPARE(d.endpointId, failover); // a failover URL takes them instead
            QVERIFY(d.status == DeliveryStatus::Pending);
        }
    }
}

void TestEventPublisher::pauseHoldsOpenDeliveriesAndResumeReleasesThem()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC));
    EventPublisher publisher(m_db->db(), clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(publisher
                    .publish({Environment::Sandbox,
                              QStringLiteral("customer.created"),
                              sample("customer.created", quint64(i)),
                              EventSource::Cli,
                              {},
                              {}})
                    .ok());
    EndpointService service(m_db->db(), clock);
    clock.advance(5000);
    QVERIFY(service.pause(a, QStringLiteral("maintenance")).ok());
    DeliveryRepository deliveries(m_db->db());
    DeliveryRepository::Filter f;
    f.endpointId = a;
    for (const Delivery &d : must(deliveries.list(f, 10))) {
        QVERIFY(d.status == DeliveryStatus::Held);
        QVERIFY(!d.nextAttemptAt.isValid());
    }
    f.endpointId = b; // the other endpoint is untouched
    for (const Delivery &d : must(deliveries.list(f, 10)))
        QVERIFY(d.status == DeliveryStatus::Pending);
    clock.advance(60000);
    QVERIFY(service.resume(a).ok());
    f.endpointId = a;
    const QList<Delivery> resumed = must(deliveries.list(f, 10));
    QCOMPARE(resumed.size(), 3);
    for (const Delivery &d : resumed) {
        QVERIFY(d.status == DeliveryStatus::Pending);
        QCOMPARE(d.nextAttemptAt, clock.nowUtc()); // due at once after resuming
    }
}

void TestEventPublisher::targetedEndpoints()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("aml_screening.*")});
    const QString live = addEndpoint(QStringLiteral("l"), {QStringLiteral("*")}, Environment::Live);
    EventPublisher publisher(m_db->db());
    // A chosen endpoint receives the event even when not subscribed to it (a test).
    auto r = publisher.publish({Environment::Sandbox,
                                QStringLiteral("webhook.test"),
                                sample("webhook.test"),
                                EventSource::Console,
                                {},
                                {b}});
    QVERIFY(r.ok());
    QCOMPARE(r.deliveries.size(), 1);
    QCOMPARE(r.deliveries.first().endpointId, b);

    r = publisher.publish({Environment::Sandbox,
                           QStringLiteral("webhook.test"),
                           sample("webhook.test"),
                           EventSource::Console,
                           {},
                           {a, live}});
    QVERIFY(r.code == EventPublisher::Code::WrongEnvironment);
    QCOMPARE(r.detail, live);
    r = publisher.publish({Environment::Sandbox,
                           QStringLiteral("webhook.test"),
                           sample("webhook.test"),
                           EventSource::Console,
                           {},
                           {QStringLiteral("ep_missing")}});
    QVERIFY(r.code == EventPublisher::Code::UnknownEndpoint);
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 1);
}

void TestEventPublisher::idempotencyKeyReturnsFirstEvent()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    EventPublisher publisher(m_db->db());
    const EventPublisher::Request req{
        Environment::Sandbox,          QStringLiteral("customer.created"),
        sample("customer.created", 1), EventSource::Api,
        QStringLiteral("key-1"),       {}};
    const auto first = publisher.publish(req);
    QVERIFY(first.ok());
    QVERIFY(!first.duplicate);
    auto again = req;
    again.payload = sample("customer.created", 2); // even with another body: the first event stands
    const auto second = publisher.publish(again);
    QVERIFY(second.ok());
    QVERIFY(second.duplicate);
    QCOMPARE(second.event.id, first.event.id);
    QCOMPARE(second.event.payload, sample("customer.created", 1));
    QCOMPARE(second.deliveries.size(), 2);
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 2);
    // The same key in the other environment is another event.
    auto live = req;
    live.environment = Environment::Live;
    const auto third = publisher.publish(live);
    QVERIFY(!third.duplicate);
    QVERIFY(third.event.id != first.event.id);
}

void TestEventPublisher::invalidInputWritesNothing_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");
    QTest::newRow("bad type") << QStringLiteral("Customer Created") << QByteArray("{}")
                              << int(EventPublisher::Code::InvalidType);
    QTest::newRow("no action") << QStringLiteral("customer") << QByteArray("{}")
                               << int(EventPublisher::Code::InvalidType);
    QTest::newRow("array") << QStringLiteral("customer.created") << QByteArray("[1,2]")
                           << int(EventPublisher::Code::InvalidPayload);
    QTest::newRow("broken json") << QStringLiteral("customer.created") << QByteArray("{\"a\":")
                                 << int(EventPublisher::Code::InvalidPayload);
    QTest::newRow("empty") << QStringLiteral("customer.created") << QByteArray()
                           << int(EventPublisher::Code::InvalidPayload);
    QTest::newRow("unknown type") << QStringLiteral("acme.unknown") << sample("customer.created")
                                  << int(EventPublisher::Code::UnknownType);
    QTest::newRow("custom type, bad data")
        << QStringLiteral("acme.order_shipped") << QByteArray("{\"id\":1}")
        << int(EventPublisher::Code::SchemaViolation);
    QTest::newRow("empty object") << QStringLiteral("customer.created") << QByteArray("{}")
                                  << int(EventPublisher::Code::SchemaViolation);
    QTest::newRow("another type's data")
        << QStringLiteral("customer.created") << sample("webhook.test")
        << int(EventPublisher::Code::SchemaViolation);
}

void TestEventPublisher::invalidInputWritesNothing()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    // A custom type registered in the store: its schema is used, not skipped.
    EventCatalog catalog;
    SettingsRepository settings(m_db->db());
    QVERIFY(!catalog.registerCustomType(
        settings, QStringLiteral("acme.order_shipped"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("order_id")}}}));
    const auto r = EventPublisher(m_db->db())
                       .publish({Environment::Sandbox, type, payload, EventSource::Cli, {}, {}});
    QCOMPARE(int(r.code), code);
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestEventPublisher::eventAndDeliveriesAreOneTransaction()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    // Make the second delivery insert fail: the event and the first delivery must vanish too.
    QVERIFY(test::refuseInserts(m_db->db(), QStringLiteral("fail_second"),
                                QStringLiteral("deliveries"), QStringLiteral("disk full"),
                                QStringLiteral("(SELECT count(*) FROM deliveries) >= 1")));
    const auto r = EventPublisher(m_db->db())
                       .publish({Environment::Sandbox,
                                 QStringLiteral("customer.created"),
                                 sample("customer.created"),
                                 EventSource::Cli,
                                 {},
                                 {}});
    QVERIFY(r.code == EventPublisher::Code::Store);
    QVERIFY(r.storeError.has_value());
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestEventPublisher::payloadBytesAreKept()
{
    // A custom type with an open schema, so the odd key order and number formatting are allowed.
    EventCatalog catalog;
    SettingsRepository settings(m_db->db());
    QVERIFY(!catalog.registerCustomType(
        settings, QStringLiteral("acme.updated"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}));
    const QByteArray payload = "{\"z\": 1, \"a\": {\"b\": [1, 2.50, \"ü\"]}}";
    const auto r = EventPublisher(m_db->db())
                       .publish({Environment::Sandbox,
                                 QStringLiteral("acme.updated"),
                                 payload,
                                 EventSource::Cli,
                                 {},
                                 {}});
    QVERIFY(r.ok());
    const auto stored = must(EventRepository(m_db->db()).find(r.event.id));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->payload, payload); // key order and number formatting as sent
    QCOMPARE(stored->type, QStringLiteral("acme.updated"));
    QVERIFY(stored->source == EventSource::Cli);
    QCOMPARE(stored->createdAt, r.event.createdAt);
}

void TestEventPublisher::listsWithKeysetPagination()
{
    const QString ep = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC));
    EventPublisher publisher(m_db->db(), clock);
    for (int i = 0; i < 25; ++i) {
        clock.advance(1000);
        const QString type =
            i % 2 ? QStringLiteral("customer.created") : QStringLiteral("dossier.created");
        QVERIFY(publisher
                    .publish({Environment::Sandbox,
                              type,
                              SampleGenerator::generateJson(type, quint64(i)),
                              EventSource::Cli,
                              {},
                              {}})
                    .ok());
    }
    EventRepository events(m_db->db());
    EventRepository::Filter f;
    QStringList seen;
    QString before;
    for (;;) {
        const QList<Event> page = must(events.list(f, 10, before));
        if (page.isEmpty())
            break;
        for (const Event &e : page)
            seen << e.id;
        before = page.last().id;
    }
    QCOMPARE(seen.size(), 25);
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(seen, sorted); // newest first, no duplicates across pages
    f.type = QStringLiteral("customer.created");
    QCOMPARE(must(events.list(f, 100)).size(), 12);
    f.type.clear();
    f.endpointId = ep;
    QCOMPARE(must(events.list(f, 100)).size(), 12);

    DeliveryRepository deliveries(m_db->db());
    DeliveryRepository::Filter df;
    df.status = DeliveryStatus::Pending;
    QCOMPARE(must(deliveries.list(df, 5)).size(), 5);
    QCOMPARE(must(deliveries.list(df, 100)).size(), 12);
    QCOMPARE(must(deliveries.countByStatus(Environment::Sandbox)).value(DeliveryStatus::Pending),
             12);
}

void TestEventPublisher::schemaViolationsNamePaths()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    QJsonObject data = *SampleGenerator::generate(QStringLiteral("identity_document.approved"), 3);
    QJsonObject document = data[QLatin1String("document")].toObject();
    document[QLatin1String("country")] = QStringLiteral("germany");
    data[QLatin1String("document")] = document;
    data.remove(QLatin1String("verification"));
    const EventPublisher::Request req{Environment::Sandbox,
                                      QStringLiteral("identity_document.approved"),
                                      QJsonDocument(data).toJson(QJsonDocument::Compact),
                                      EventSource::Cli,
                                      {},
                                      {}};
    for (const auto &r :
         {EventPublisher::checkInput(req), EventPublisher(m_db->db()).publish(req)}) {
        QVERIFY(r.code == EventPublisher::Code::SchemaViolation);
        QVERIFY2(r.violations.contains(SchemaViolation{QStringLiteral("/document/country"),
                                                       QStringLiteral("pattern")}),
                 qPrintable(r.violations.value(0).path + QLatin1Char(' ') +
                            r.violations.value(0).reason));
        QVERIFY(r.violations.contains(
            SchemaViolation{QStringLiteral("/verification"), QStringLiteral("required")}));
    }
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestEventPublisher::customTypesComeFromTheStore()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("acme.*")});
    const EventPublisher::Request req{Environment::Sandbox,
                                      QStringLiteral("acme.order_shipped"),
                                      "{\"order_id\":\"o_1\"}",
                                      EventSource::Cli,
                                      {},
                                      {}};
    // Unknown until registered; the store-free check cannot know and lets it through.
    QVERIFY(EventPublisher::checkInput(req).ok());
    auto r = EventPublisher(m_db->db()).publish(req);
    QVERIFY(r.code == EventPublisher::Code::UnknownType);
    QCOMPARE(r.detail, req.type);
    EventCatalog catalog;
    SettingsRepository settings(m_db->db());
    QVERIFY(!catalog.registerCustomType(
        settings, req.type,
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("order_id")}}}));
    r = EventPublisher(m_db->db()).publish(req);
    QVERIFY(r.ok());
    QCOMPARE(r.deliveries.size(), 1);
    QCOMPARE(count(QStringLiteral("events")), 1);
}

void TestEventPublisher::checkInputNeedsNoStore_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");
    for (const QString &type : EventCatalog::builtInTypes())
        QTest::newRow(qPrintable(type))
            << type << SampleGenerator::generateJson(type, 7) << int(EventPublisher::Code::Ok);
    QTest::newRow("bad schema") << QStringLiteral("customer.created") << QByteArray("{}")
                                << int(EventPublisher::Code::SchemaViolation);
}

void TestEventPublisher::checkInputNeedsNoStore()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    const auto r =
        EventPublisher::checkInput({Environment::Live, type, payload, EventSource::Import, {}, {}});
    QCOMPARE(int(r.code), code);
}

QTEST_GUILESS_MAIN(TestEventPublisher)
#include "tst_eventpublisher.moc"
