#include "replay/bulkreplay.h"
#include "replay/deadletterquery.h"
#include "support/deliveryfixture.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;

// Dead-letter groups and the paced bulk replay shared by the console and the CLI.
class TestDeadLetters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void groupsCountByEndpointAndOutcome();
    void groupsAreSeparatePerEnvironment();
    void filterPlanReplaysInBatches_data();
    void filterPlanReplaysInBatches();
    void filterPlanLeavesOtherGroupsDead();
    void selectionPlanReplaysExactlyTheSelection();
    void stoppingMidwayKeepsWhatWasReplayed();
    void deliveriesThatDieAfterThePlanAreNotPartOfIt();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::DeliveryFixture> m_fx;
    QString m_kyc;
    QString m_crm;
};

void TestDeadLetters::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_fx = std::make_unique<test::DeliveryFixture>(m_db->db());
    m_kyc = m_fx->addEndpoint(QStringLiteral("KYC"));
    m_crm = m_fx->addEndpoint(QStringLiteral("CRM"));
    QVERIFY(!m_kyc.isEmpty() && !m_crm.isEmpty());
}

void TestDeadLetters::cleanup()
{
    m_fx.reset();
    m_db.reset();
}

void TestDeadLetters::groupsCountByEndpointAndOutcome()
{
    const Event e = m_fx->addEvent(QStringLiteral("customer.created"));
    m_fx->addMany(5, e, m_kyc, DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Http5xx);
    m_fx->addMany(3, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                  DeliveryStatus::Dead, OutcomeClass::Tls);
    // Not dead: never counted.
    m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Retrying, OutcomeClass::Timeout);

    const QList<DeadLetterQuery::Group> groups =
        must(DeadLetterQuery(m_db->db()).groups(Environment::Sandbox));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).endpointId, m_kyc);
    QVERIFY(groups.at(0).outcome == OutcomeClass::Timeout);
    QCOMPARE(groups.at(0).count, 5);
    QCOMPARE(groups.at(1).endpointId, m_crm);
    QVERIFY(groups.at(1).outcome == OutcomeClass::Tls);
    QCOMPARE(groups.at(1).count, 3);
    QVERIFY(groups.at(2).outcome == OutcomeClass::Http5xx);
    QCOMPARE(groups.at(2).count, 2);
    // The latest death of the largest group: its last delivery, 60 s after its creation.
    QCOMPARE(groups.at(0).latest, m_fx->base().addSecs(5 + 60));
    QCOMPARE(must(DeadLetterQuery(m_db->db()).total(Environment::Sandbox)), 10);
}

void TestDeadLetters::groupsAreSeparatePerEnvironment()
{
    const QString live = m_fx->addEndpoint(QStringLiteral("Prod"), Environment::Live);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created"), Environment::Live), live,
                  DeliveryStatus::Dead, OutcomeClass::Dns);
    QVERIFY(must(DeadLetterQuery(m_db->db()).groups(Environment::Sandbox)).isEmpty());
    QCOMPARE(must(DeadLetterQuery(m_db->db()).groups(Environment::Live)).size(), 1);
    QCOMPARE(must(DeadLetterQuery(m_db->db()).total(Environment::Live)), 2);
}

void TestDeadLetters::filterPlanReplaysInBatches_data()
{
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("steps");
    QTest::newRow("exact multiple") << 10 << 5 << 2;
    QTest::newRow("remainder") << 11 << 5 << 3;
    QTest::newRow("one batch") << 3 << 50 << 1;
}

void TestDeadLetters::filterPlanReplaysInBatches()
{
    QFETCH(int, dead);
    QFETCH(int, batch);
    QFETCH(int, steps);
    const QList<Delivery> rows =
        m_fx->addMany(dead, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    ManualClock clock(m_fx->base().addDays(1));
    ReplayService::DeadLetterFilter filter;
    filter.endpointId = m_kyc;
    filter.outcome = OutcomeClass::Timeout;
    BulkReplay plan = BulkReplay::forFilter(m_db->db(), filter, clock, batch);
    QCOMPARE(plan.total(), dead);
    int taken = 0;
    int lastProcessed = 0;
    while (!plan.isFinished()) {
        QVERIFY(!plan.step());
        ++taken;
        QVERIFY(plan.processed() > lastProcessed); // the progress bar always moves
        lastProcessed = plan.processed();
        QVERIFY(taken <= steps);
    }
    QCOMPARE(taken, steps);
    QCOMPARE(plan.replayed(), dead);
    QCOMPARE(plan.processed(), dead);
    for (const Delivery &d : rows)
        QCOMPARE(m_fx->statusOf(d.id), toString(DeliveryStatus::Pending));
    QCOMPARE(must(DeadLetterQuery(m_db->db()).total(Environment::Sandbox)), 0);
}

void TestDeadLetters::filterPlanLeavesOtherGroupsDead()
{
    m_fx->addMany(3, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Timeout);
    const QList<Delivery> otherOutcome =
        m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Http4xx);
    const QList<Delivery> otherEndpoint =
        m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    ReplayService::DeadLetterFilter filter;
    filter.endpointId = m_kyc;
    filter.outcome = OutcomeClass::Timeout;
    BulkReplay plan = BulkReplay::forFilter(m_db->db(), filter, Clock::system(), 2);
    while (!plan.isFinished())
        QVERIFY(!plan.step());
    QCOMPARE(plan.replayed(), 3);
    for (const Delivery &d : otherOutcome + otherEndpoint)
        QCOMPARE(m_fx->statusOf(d.id), toString(DeliveryStatus::Dead));
}

void TestDeadLetters::selectionPlanReplaysExactlyTheSelection()
{
    const QList<Delivery> rows =
        m_fx->addMany(6, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    const Delivery succeeded =
        m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                          DeliveryStatus::Succeeded, OutcomeClass::Success);
    // Rows 1, 3, 4, a duplicate and a delivery that is not dead (never touched).
    const QStringList ids{rows.at(1).id, rows.at(3).id, rows.at(4).id, rows.at(3).id, succeeded.id};
    BulkReplay plan = BulkReplay::forDeliveries(m_db->db(), ids, Clock::system(), 2);
    QCOMPARE(plan.total(), 4);
    while (!plan.isFinished())
        QVERIFY(!plan.step());
    QCOMPARE(plan.replayed(), 3);
    QCOMPARE(plan.processed(), 4);
    for (int i = 0; i < rows.size(); ++i) {
        const bool chosen = i == 1 || i == 3 || i == 4;
        QCOMPARE(m_fx->statusOf(rows.at(i).id),
                 toString(chosen ? DeliveryStatus::Pending : DeliveryStatus::Dead));
    }
    QCOMPARE(m_fx->statusOf(succeeded.id), toString(DeliveryStatus::Succeeded));
}

void TestDeadLetters::stoppingMidwayKeepsWhatWasReplayed()
{
    const QList<Delivery> rows =
        m_fx->addMany(9, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    ReplayService::DeadLetterFilter filter;
    BulkReplay plan = BulkReplay::forFilter(m_db->db(), filter, Clock::system(), 4);
    QVERIFY(!plan.step());
    QVERIFY(!plan.isFinished());
    // The caller stops here (Cancel): exactly one batch is pending, oldest first.
    int pending = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QString s = m_fx->statusOf(rows.at(i).id);
        QCOMPARE(s, toString(i < 4 ? DeliveryStatus::Pending : DeliveryStatus::Dead));
        pending += s == toString(DeliveryStatus::Pending);
    }
    QCOMPARE(pending, 4);
    QCOMPARE(plan.replayed(), 4);
}

void TestDeadLetters::deliveriesThatDieAfterThePlanAreNotPartOfIt()
{
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Timeout);
    // The plan is made "now" = just after the fixture's deaths …
    ManualClock clock(m_fx->base().addSecs(3600));
    BulkReplay plan = BulkReplay::forFilter(m_db->db(), {}, clock, 10);
    QCOMPARE(plan.total(), 2);
    // … then another delivery dies later than that.
    const Delivery late = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")),
                                            m_kyc, DeliveryStatus::Dead, OutcomeClass::Timeout);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET updated_at = %1 WHERE id = '%2'")
                       .arg(m_fx->base().addSecs(7200).toMSecsSinceEpoch())
                       .arg(late.id)));
    while (!plan.isFinished())
        QVERIFY(!plan.step());
    QCOMPARE(plan.replayed(), 2);
    QCOMPARE(m_fx->statusOf(late.id), toString(DeliveryStatus::Dead));
}

QTEST_GUILESS_MAIN(TestDeadLetters)
#include "tst_deadletters.moc"
