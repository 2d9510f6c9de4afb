#include "store/deliveryrepository.h"
#include "support/deliveryfixture.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace hookline;

namespace {

// Reads every page of list() under a filter, `pageSize` rows at a time (keyset on the last id).
QStringList allPages(const DeliveryRepository &repo, const DeliveryRepository::Filter &filter,
                     int pageSize)
{
    QStringList ids;
    QString before;
    for (;;) {
        const QList<Delivery> page = must(repo.list(filter, pageSize, before));
        for (const Delivery &d : page)
            ids << d.id;
        if (page.size() < pageSize)
            return ids;
        before = page.constLast().id;
    }
}

} // namespace

// DeliveryRepository::list chooses how to reach the rows (which index drives, which terms are
// written `+column`): every choice must return the same rows as a plain reading of the filter,
// and the plan must not walk the table where an index answers.
class TestDeliveryRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listMatchesTheFilterOnEveryPath_data();
    void listMatchesTheFilterOnEveryPath();
    void planUsesTheIndexMeantForTheFilter_data();
    void planUsesTheIndexMeantForTheFilter();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QList<Delivery> m_rows; // everything inserted, oldest first
    QString m_kyc;
    QString m_crm;
};

void TestDeliveryRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    test::DeliveryFixture fx(m_db->db());
    m_kyc = fx.addEndpoint(QStringLiteral("KYC"));
    m_crm = fx.addEndpoint(QStringLiteral("CRM"));
    const QString live = fx.addEndpoint(QStringLiteral("Live"), Environment::Live);
    // Enough dead KYC timeouts (2,100) that they are not "rare" (2,000) on any index: those
    // filters take the walks in id order, the narrower ones the selective indexes.
    m_rows += fx.addMany(2100, fx.addEvent(QStringLiteral("customer.created")), m_kyc,
                         DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_rows += fx.addMany(5, fx.addEvent(QStringLiteral("customer.created")), m_kyc,
                         DeliveryStatus::Dead, OutcomeClass::Http5xx);
    m_rows += fx.addMany(4, fx.addEvent(QStringLiteral("verification.completed")), m_crm,
                         DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_rows += fx.addMany(6, fx.addEvent(QStringLiteral("verification.completed")), m_crm,
                         DeliveryStatus::Retrying, OutcomeClass::Timeout);
    m_rows += fx.addMany(7, fx.addEvent(QStringLiteral("customer.created")), m_kyc,
                         DeliveryStatus::Pending);
    m_rows += fx.addMany(8, fx.addEvent(QStringLiteral("customer.created")), m_kyc,
                         DeliveryStatus::Succeeded, OutcomeClass::Success);
    m_rows += fx.addMany(3, fx.addEvent(QStringLiteral("customer.created"), Environment::Live),
                         live, DeliveryStatus::Dead, OutcomeClass::Timeout);
    // And more dead KYC timeouts after the others, so the newest dead rows are not one block.
    m_rows += fx.addMany(2, fx.addEvent(QStringLiteral("customer.created")), m_kyc,
                         DeliveryStatus::Dead, OutcomeClass::Timeout);
    QCOMPARE(m_rows.size(), 2135);
}

void TestDeliveryRepository::cleanupTestCase()
{
    m_db.reset();
}

void TestDeliveryRepository::listMatchesTheFilterOnEveryPath_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expected");
    // Dead + endpoint + outcome: rare on the dead-letter index (or not, for KYC timeouts).
    QTest::newRow("dead kyc timeout (common)") << "dead"
                                               << "kyc"
                                               << "timeout" << 500 << 2102;
    QTest::newRow("dead kyc 5xx (rare)") << "dead"
                                         << "kyc"
                                         << "http_5xx" << 2 << 5;
    QTest::newRow("dead crm 5xx (nothing)") << "dead"
                                            << "crm"
                                            << "http_5xx" << 2 << 0;
    QTest::newRow("dead, outcome only") << "dead"
                                        << ""
                                        << "http_5xx" << 3 << 5;
    QTest::newRow("dead, endpoint only") << "dead"
                                         << "crm"
                                         << "" << 3 << 4;
    QTest::newRow("dead (status walk)") << "dead"
                                        << ""
                                        << "" << 400 << 2111;
    QTest::newRow("retrying crm timeout") << "retrying"
                                          << "crm"
                                          << "timeout" << 4 << 6;
    QTest::newRow("retrying kyc (nothing)") << "retrying"
                                            << "kyc"
                                            << "" << 4 << 0;
    QTest::newRow("pending (status walk)") << "pending"
                                           << ""
                                           << "" << 3 << 7;
    QTest::newRow("outcome only (id walk)") << ""
                                            << ""
                                            << "timeout" << 700 << 2112;
    QTest::newRow("endpoint only") << ""
                                   << "crm"
                                   << "" << 3 << 10;
    QTest::newRow("no filter") << ""
                               << ""
                               << "" << 1000 << 2132;
}

void TestDeliveryRepository::listMatchesTheFilterOnEveryPath()
{
    QFETCH(QString, status);
    QFETCH(QString, endpoint);
    QFETCH(QString, outcome);
    QFETCH(int, pageSize);
    QFETCH(int, expected);
    DeliveryRepository::Filter filter; // sandbox
    if (!status.isEmpty())
        filter.status = deliveryStatusFromString(status);
    if (!endpoint.isEmpty())
        filter.endpointId = endpoint == QLatin1String("kyc") ? m_kyc : m_crm;
    if (!outcome.isEmpty())
        filter.lastOutcome = outcomeClassFromString(outcome);
    // The plain reading of the filter over the rows inserted, newest first.
    QStringList wanted;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->environment != Environment::Sandbox)
            continue;
        if (filter.status && it->status != *filter.status)
            continue;
        if (!filter.endpointId.isEmpty() && it->endpointId != filter.endpointId)
            continue;
        if (filter.lastOutcome && it->lastOutcome != filter.lastOutcome)
            continue;
        wanted << it->id;
    }
    QCOMPARE(wanted.size(), expected);
    const DeliveryRepository repo(m_db->db());
    QCOMPARE(allPages(repo, filter, pageSize), wanted);
    // The live refresh: the rows from the 3rd newest on, in one bounded query.
    if (wanted.size() >= 3) {
        filter.minId = wanted.at(2);
        const QList<Delivery> refreshed = must(repo.list(filter, 100));
        QCOMPARE(refreshed.size(), 3);
        QCOMPARE(refreshed.constLast().id, wanted.at(2));
    }
}

void TestDeliveryRepository::planUsesTheIndexMeantForTheFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("sorts");
    // A combination that matches nothing used to walk the whole table (1.3 s at 1M rows).
    QTest::newRow("dead crm 5xx") << "dead"
                                  << "crm"
                                  << "http_5xx"
                                  << "deliveries_dead" << true;
    QTest::newRow("dead, outcome only") << "dead"
                                        << ""
                                        << "http_5xx"
                                        << "deliveries_dead" << true;
    // Common combinations walk the status newest first and stop after a page: no sort.
    QTest::newRow("dead kyc timeout") << "dead"
                                      << "kyc"
                                      << "timeout"
                                      << "deliveries_environment_status_id" << false;
    QTest::newRow("pending") << "pending"
                             << ""
                             << ""
                             << "deliveries_environment_status_id" << false;
    QTest::newRow("retrying kyc (rare endpoint + status)")
        << "retrying"
        << "kyc"
        << ""
        << "deliveries_endpoint_status_time" << true;
    QTest::newRow("no filter") << ""
                               << ""
                               << ""
                               << "sqlite_autoindex_deliveries_1" << false;
}

void TestDeliveryRepository::planUsesTheIndexMeantForTheFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, endpoint);
    QFETCH(QString, outcome);
    QFETCH(QString, index);
    QFETCH(bool, sorts);
    DeliveryRepository::Filter filter;
    if (!status.isEmpty())
        filter.status = deliveryStatusFromString(status);
    if (!endpoint.isEmpty())
        filter.endpointId = endpoint == QLatin1String("kyc") ? m_kyc : m_crm;
    if (!outcome.isEmpty())
        filter.lastOutcome = outcomeClassFromString(outcome);
    const DeliveryRepository repo(m_db->db());
    // queryPlan() is SQLite's EXPLAIN QUERY PLAN; PostgreSQL plans by its statistics, and the
    // indexes above are SQLite's choices.
    if (m_db->store().dialect() == Store::Dialect::Postgres)
        QSKIP("SQLite's query planner");
    for (const QString &before : {QString(), m_rows.at(2110).id}) {
        const QString plan = repo.queryPlan(filter, before);
        QVERIFY2(plan.contains(QStringLiteral(" INDEX ") + index), qPrintable(plan));
        if (!index.startsWith(QLatin1String("sqlite_"))) // the id walk is a scan by design
            QVERIFY2(!plan.contains(QLatin1String("SCAN deliveries")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("TEMP B-TREE")) == sorts, qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(TestDeliveryRepository)
#include "tst_deliveryrepository.moc"
