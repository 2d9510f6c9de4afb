#include "analytics/endpointhealth.h"
#include "events/testeventsender.h"
#include "replay/deadletterquery.h"
#include "store/deliveryrepository.h"
#include "store/eventrepository.h"
#include "support/deliveryfixture.h"
#include "support/tempdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

// A read that meets a locked database must say so: "not found" would make `delivery show` exit
// 4 and a view show nothing, for a row that exists.
class TestStoreBusy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void findOnABusyDatabaseIsAnError();
    void listsOnABusyDatabaseAreErrors();
    void theSameReadsAnswerOnceTheLockIsGone();

private:
    void lock();

    bool postgres() const { return m_db->store().dialect() == Store::Dialect::Postgres; }

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Connection> m_pgHolder;
    Event m_event;
    Delivery m_delivery;
    QString m_holder;
};

void TestStoreBusy::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
    DeliveryFixture fixture(m_db->db());
    const QString endpoint = fixture.addEndpoint(QStringLiteral("busy"));
    m_event = fixture.addEvent(QStringLiteral("customer.created"));
    m_delivery =
        fixture.addDelivery(m_event, endpoint, DeliveryStatus::Dead, OutcomeClass::Timeout);
    // A WAL reader is never blocked by a writer; with a rollback journal an exclusive lock held
    // by another connection blocks every read. On PostgreSQL an ACCESS EXCLUSIVE table lock
    // (ALTER TABLE, VACUUM FULL, a restore) does. Wait briefly, not the store's 5 s.
    QSqlQuery q(m_db->db());
    if (postgres()) {
        QVERIFY(q.exec(QStringLiteral("SET lock_timeout = 50")));
    } else {
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    }
}

void TestStoreBusy::cleanup()
{
    if (!m_holder.isEmpty()) {
        {
            QSqlDatabase holder = QSqlDatabase::database(m_holder);
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase(m_holder);
        m_holder.clear();
    }
    m_pgHolder.reset(); // its transaction, and the locks, end with the session
    m_db.reset();
}

void TestStoreBusy::lock()
{
    if (postgres()) {
        m_pgHolder = std::make_unique<Connection>(m_db->path());
        QVERIFY(!m_pgHolder->open());
        QSqlQuery q(m_pgHolder->database());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY2(q.exec(QStringLiteral("LOCK TABLE endpoints, events, deliveries, attempts IN "
                                       "ACCESS EXCLUSIVE MODE")),
                 qPrintable(q.lastError().text()));
        return;
    }
    m_holder = QStringLiteral("busy-holder");
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_holder);
    holder.setDatabaseName(m_db->path());
    QVERIFY(holder.open());
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
}

void TestStoreBusy::findOnABusyDatabaseIsAnError()
{
    lock();
    const auto delivery = DeliveryRepository(m_db->db()).find(m_delivery.id);
    QVERIFY2(!delivery.ok(), "a locked database read as a (found or missing) delivery");
    QCOMPARE(delivery.error().code, StoreError::Code::Busy);
    const auto event = EventRepository(m_db->db()).find(m_event.id);
    QVERIFY(!event.ok());
    QCOMPARE(event.error().code, StoreError::Code::Busy);
    QVERIFY(!TestEventSender::progress(m_db->db(), m_delivery.id).ok());
}

void TestStoreBusy::listsOnABusyDatabaseAreErrors()
{
    lock();
    const DeliveryRepository deliveries(m_db->db());
    QVERIFY(!deliveries.list({}, 10).ok());
    QVERIFY(!deliveries.forEvent(m_event.id).ok());
    QVERIFY(!deliveries.attempts(m_delivery.id).ok());
    QVERIFY(!deliveries.countByStatus(Environment::Sandbox).ok());
    QVERIFY(!EventRepository(m_db->db()).list({}, 10).ok());
    QVERIFY(!DeadLetterQuery(m_db->db()).groups(Environment::Sandbox).ok());
    QVERIFY(!DeadLetterQuery(m_db->db()).total(Environment::Sandbox).ok());
    QVERIFY(!EndpointHealth(m_db->db()).query(m_delivery.endpointId).ok());
}

void TestStoreBusy::theSameReadsAnswerOnceTheLockIsGone()
{
    const auto delivery = DeliveryRepository(m_db->db()).find(m_delivery.id);
    QVERIFY(delivery.ok());
    QVERIFY(delivery->has_value());
    QCOMPARE((*delivery)->id, m_delivery.id);
    const auto missing = DeliveryRepository(m_db->db()).find(QStringLiteral("dlv_missing"));
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
    QCOMPARE(*DeadLetterQuery(m_db->db()).total(Environment::Sandbox), 1);
}

QTEST_GUILESS_MAIN(TestStoreBusy)
#include "tst_storebusy.moc"
