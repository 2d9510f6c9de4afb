#include "common/displaytext.h"
#include "deliveries/deadlettermodel.h"
#include "deliveries/deliverytablemodel.h"
#include "deliveries/deliverytext.h"
#include "support/deliveryfixture.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace hookline;
using namespace hookline::ui;

class TestDeliveryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void fetchesKeysetPagesNewestFirst();
    void filters_data();
    void filters();
    void refreshAddsNewRowsAndKeepsPersistentIndexes();
    void refreshUpdatesChangedAndDropsNoLongerMatching();
    void showsWordsAndEndpointNames();
    void lastOutcomeNamesTheStatus_data();
    void lastOutcomeNamesTheStatus();
    void deadLetterGroupsAndLazyChildren();
    void deadLetterRowsNameTheirStatus();
    void deadLettersGroupInvalidResponsesApart();
    void deadLetterTreeUnderModelTester();
    void attemptResultNamesTheStatusOnce_data();
    void attemptResultNamesTheStatusOnce();
    void latencyUsesTheLocalesGrouping_data();
    void latencyUsesTheLocalesGrouping();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::DeliveryFixture> m_fx;
    QString m_kyc;
    QString m_crm;
};

void TestDeliveryModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_fx = std::make_unique<test::DeliveryFixture>(m_db->db());
    m_kyc = m_fx->addEndpoint(QStringLiteral("KYC"));
    m_crm = m_fx->addEndpoint(QStringLiteral("CRM"));
}

void TestDeliveryModel::cleanup()
{
    m_fx.reset();
    m_db.reset();
}

void TestDeliveryModel::fetchesKeysetPagesNewestFirst()
{
    const QList<Delivery> rows =
        m_fx->addMany(23, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Succeeded, OutcomeClass::Success);
    DeliveryTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.reload();
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 23);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), 23);
    // Newest first, no row twice, none missing.
    for (int row = 0; row < 23; ++row)
        QCOMPARE(model.delivery(row).id, rows.at(22 - row).id);
}

void TestDeliveryModel::filters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QString() << 9;
    QTest::newRow("status dead") << QStringLiteral("status") << 3;
    QTest::newRow("endpoint crm") << QStringLiteral("endpoint") << 2;
    QTest::newRow("event type") << QStringLiteral("type") << 4;
    QTest::newRow("event type without deliveries") << QStringLiteral("absent type") << 0;
    QTest::newRow("outcome timeout") << QStringLiteral("outcome") << 3;
    QTest::newRow("time from") << QStringLiteral("from") << 4;
    QTest::newRow("event id") << QStringLiteral("event") << 1;
}

void TestDeliveryModel::filters()
{
    QFETCH(QString, what);
    QFETCH(int, expected);
    // 1-4: KYC customer.created succeeded; 5-7: KYC verification.completed dead/timeout;
    // 8-9: CRM verification.completed pending.
    Event first;
    for (int i = 0; i < 4; ++i) {
        const Event e = m_fx->addEvent(QStringLiteral("customer.created"));
        if (i == 0)
            first = e;
        m_fx->addDelivery(e, m_kyc, DeliveryStatus::Succeeded, OutcomeClass::Success);
    }
    for (int i = 0; i < 3; ++i)
        m_fx->addDelivery(m_fx->addEvent(QStringLiteral("verification.completed")), m_kyc,
                          DeliveryStatus::Dead, OutcomeClass::Timeout, 31);
    for (int i = 0; i < 2; ++i)
        m_fx->addDelivery(m_fx->addEvent(QStringLiteral("verification.completed")), m_crm,
                          DeliveryStatus::Pending);
    DeliveryRepository::Filter filter;
    if (what == QLatin1String("status"))
        filter.status = DeliveryStatus::Dead;
    else if (what == QLatin1String("endpoint"))
        filter.endpointId = m_crm;
    else if (what == QLatin1String("type"))
        filter.eventType = QStringLiteral("customer.created");
    else if (what == QLatin1String("absent type"))
        filter.eventType = QStringLiteral("dossier.created");
    else if (what == QLatin1String("outcome"))
        filter.lastOutcome = OutcomeClass::Timeout;
    else if (what == QLatin1String("from"))
        filter.from = m_fx->base().addSecs(6); // deliveries 6..9
    else if (what == QLatin1String("event"))
        filter.eventId = first.id;
    DeliveryTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2); // several pages under every filter
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), expected);
    // Other environment never shows.
    filter.environment = Environment::Live;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestDeliveryModel::refreshAddsNewRowsAndKeepsPersistentIndexes()
{
    const QList<Delivery> rows = m_fx->addMany(
        5, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc, DeliveryStatus::Pending);
    DeliveryTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex selected(model.index(1, 0));
    QCOMPARE(selected.data(DeliveryTableModel::IdRole).toString(), rows.at(3).id);
    int resets = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    const QList<Delivery> added = m_fx->addMany(
        2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc, DeliveryStatus::Pending);
    model.refresh();
    QCOMPARE(resets, 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.delivery(0).id, added.at(1).id);
    QCOMPARE(model.delivery(1).id, added.at(0).id);
    // The row the user had selected moved down with its data.
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data(DeliveryTableModel::IdRole).toString(), rows.at(3).id);
    // Older pages still follow on.
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 7);
}

void TestDeliveryModel::refreshUpdatesChangedAndDropsNoLongerMatching()
{
    const QList<Delivery> rows =
        m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    DeliveryTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeliveryRepository::Filter filter;
    filter.status = DeliveryStatus::Dead;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET status = 'pending' WHERE id = '%1'")
                       .arg(rows.at(2).id)));
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET attempt_count = 7 WHERE id = '%1'")
                       .arg(rows.at(0).id)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfId(rows.at(2).id), -1);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOfId(rows.at(0).id);
    QCOMPARE(model.index(row, DeliveryTableModel::AttemptsColumn).data().toInt(), 7);
}

void TestDeliveryModel::showsWordsAndEndpointNames()
{
    m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Retrying, OutcomeClass::Http5xx, 3);
    DeliveryTableModel model(m_db->db());
    model.setEndpointNames({{m_kyc, QStringLiteral("KYC receiver")}});
    model.reload();
    QCOMPARE(model.index(0, DeliveryTableModel::EndpointColumn).data().toString(),
             QStringLiteral("KYC receiver"));
    QCOMPARE(model.index(0, DeliveryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Retrying"));
    QCOMPARE(model.index(0, DeliveryTableModel::LastOutcomeColumn).data().toString(),
             QStringLiteral("HTTP 5xx"));
    QCOMPARE(model.index(0, DeliveryTableModel::AttemptsColumn).data().toInt(), 3);
    // Local time in the locale's short format like the other pages, the seconds in the tooltip;
    // the next attempt shows because the delivery is still open.
    const QDateTime created = model.delivery(0).createdAt;
    QCOMPARE(model.index(0, DeliveryTableModel::TimeColumn).data().toString(),
             QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    const QString tip =
        model.index(0, DeliveryTableModel::TimeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(created.toLocalTime().toString(QStringLiteral(":mm:ss"))),
             qPrintable(tip));
    // Local like every time on the page: no zone name after it.
    const QString zone = created.toLocalTime().timeZoneAbbreviation();
    QVERIFY2(zone.isEmpty() || !tip.contains(zone), qPrintable(tip));
    QVERIFY(!model.index(0, DeliveryTableModel::NextAttemptColumn).data().toString().isEmpty());
}

void TestDeliveryModel::lastOutcomeNamesTheStatus_data()
{
    QTest::addColumn<OutcomeClass>("outcome");
    QTest::addColumn<int>("status"); // 0: NULL, as the engine stores "no answer"
    QTest::addColumn<QString>("expected");
    // As the delivery's detail writes its last attempt, not "HTTP 5xx" beside "HTTP 503".
    QTest::newRow("5xx") << OutcomeClass::Http5xx << 503 << QStringLiteral("HTTP 503");
    QTest::newRow("4xx") << OutcomeClass::Http4xx << 410 << QStringLiteral("HTTP 410");
    QTest::newRow("success") << OutcomeClass::Success << 204
                             << QStringLiteral("Success · HTTP 204");
    QTest::newRow("timeout") << OutcomeClass::Timeout << 0 << QStringLiteral("Timeout");
    // Named for what it is, not "Connection failed": the receiver's HTTP is at fault.
    QTest::newRow("not HTTP") << OutcomeClass::InvalidResponse << 0
                              << QStringLiteral("Invalid HTTP response");
    QTest::newRow("broken framing after the head")
        << OutcomeClass::InvalidResponse << 200
        << QStringLiteral("Invalid HTTP response · HTTP 200");
    // Last attempted before schema 5 and not backfilled: the class is all there is.
    QTest::newRow("5xx, status unknown")
        << OutcomeClass::Http5xx << 0 << QStringLiteral("HTTP 5xx");
}

void TestDeliveryModel::lastOutcomeNamesTheStatus()
{
    QFETCH(OutcomeClass, outcome);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                                         DeliveryStatus::Retrying, outcome, 2);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE deliveries SET last_http_status = ? WHERE id = ?"));
    q.addBindValue(status > 0 ? QVariant(status) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(d.id);
    QVERIFY(q.exec());
    DeliveryTableModel model(m_db->db());
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, DeliveryTableModel::LastOutcomeColumn);
    QCOMPARE(cell.data().toString(), expected);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), expected); // whole where the column elides
}

void TestDeliveryModel::deadLetterGroupsAndLazyChildren()
{
    m_fx->addMany(7, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                  DeliveryStatus::Dead, OutcomeClass::Tls);
    m_fx->addMany(3, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                  DeliveryStatus::Succeeded, OutcomeClass::Success);
    DeadLetterModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setEndpointNames({{m_kyc, QStringLiteral("KYC")}, {m_crm, QStringLiteral("CRM")}});
    model.setEnvironment(Environment::Sandbox);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 9);
    const QModelIndex kyc = model.index(0, 0);
    QVERIFY(model.isGroup(kyc));
    QCOMPARE(kyc.data().toString(), QStringLiteral("KYC"));
    QCOMPARE(model.index(0, DeadLetterModel::CountColumn).data().toInt(), 7);
    QCOMPARE(model.index(0, DeadLetterModel::OutcomeColumn).data().toString(),
             QStringLiteral("Timeout"));
    QVERIFY(model.hasChildren(kyc));
    // Nothing is read before the group is expanded; then pages of 3 as it is scrolled.
    QCOMPARE(model.rowCount(kyc), 0);
    QList<int> sizes;
    while (model.canFetchMore(kyc)) {
        model.fetchMore(kyc);
        sizes << model.rowCount(kyc);
    }
    QCOMPARE(sizes, (QList<int>{3, 6, 7}));
    const QModelIndex child = model.index(0, 0, kyc);
    QCOMPARE(child.parent(), kyc);
    QVERIFY(!model.isGroup(child));
    QVERIFY(model.deliveryId(child).startsWith(QLatin1String("dlv_")));
    QCOMPARE(model.groupFilter(child).endpointId, m_kyc);
    QVERIFY(model.groupFilter(kyc).outcome == OutcomeClass::Timeout);
}

void TestDeliveryModel::deadLetterRowsNameTheirStatus()
{
    const QList<Delivery> dead =
        m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Http5xx);
    QSqlQuery q(m_db->db());
    for (const auto &[id, status] : {std::pair(dead.at(0).id, 502), std::pair(dead.at(1).id, 503)})
        QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET last_http_status = %1 WHERE id = '%2'")
                           .arg(status)
                           .arg(id)));
    DeadLetterModel model(m_db->db());
    model.setEnvironment(Environment::Sandbox);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(model.index(0, DeadLetterModel::OutcomeColumn).data().toString(),
             QStringLiteral("HTTP 5xx"));
    while (model.canFetchMore(group))
        model.fetchMore(group);
    QCOMPARE(model.rowCount(group), 2);
    QStringList rows;
    for (int row = 0; row < 2; ++row)
        rows << model.index(row, DeadLetterModel::OutcomeColumn, group).data().toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("HTTP 502"), QStringLiteral("HTTP 503")}));
}

void TestDeliveryModel::deadLettersGroupInvalidResponsesApart()
{
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Connect);
    m_fx->addMany(3, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::InvalidResponse);
    DeadLetterModel model(m_db->db());
    model.setEnvironment(Environment::Sandbox);
    QCOMPARE(model.rowCount(), 2);
    QMap<QString, int> groups;
    for (int row = 0; row < 2; ++row)
        groups.insert(model.index(row, DeadLetterModel::OutcomeColumn).data().toString(),
                      model.index(row, DeadLetterModel::CountColumn).data().toInt());
    QCOMPARE(groups, (QMap<QString, int>{{QStringLiteral("Connection failed"), 2},
                                         {QStringLiteral("Invalid HTTP response"), 3}}));
}

// The tree's structure under the tester through resets and lazily fetched pages.
void TestDeliveryModel::deadLetterTreeUnderModelTester()
{
    m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                  DeliveryStatus::Dead, OutcomeClass::Tls);
    DeadLetterModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setEnvironment(Environment::Sandbox);
    const QModelIndex kyc = model.index(0, 0);
    while (model.canFetchMore(kyc))
        model.fetchMore(kyc);
    QCOMPARE(model.rowCount(kyc), 4);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children
    model.reload();
    QCOMPARE(model.rowCount(), 2);
}

void TestDeliveryModel::attemptResultNamesTheStatusOnce_data()
{
    QTest::addColumn<std::optional<OutcomeClass>>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5xx") << std::optional(OutcomeClass::Http5xx) << 503
                         << QStringLiteral("HTTP 503");
    QTest::newRow("4xx") << std::optional(OutcomeClass::Http4xx) << 404
                         << QStringLiteral("HTTP 404");
    QTest::newRow("429") << std::optional(OutcomeClass::Http429) << 429
                         << QStringLiteral("HTTP 429 (rate limited)");
    QTest::newRow("success") << std::optional(OutcomeClass::Success) << 200
                             << QStringLiteral("Success · HTTP 200");
    QTest::newRow("redirect") << std::optional(OutcomeClass::Redirect) << 302
                              << QStringLiteral("Redirect (not followed) · HTTP 302");
    QTest::newRow("timeout") << std::optional(OutcomeClass::Timeout) << 0
                             << QStringLiteral("Timeout");
    QTest::newRow("5xx, status unknown")
        << std::optional(OutcomeClass::Http5xx) << 0 << QStringLiteral("HTTP 5xx");
    QTest::newRow("in flight") << std::optional<OutcomeClass>() << 0 << QStringLiteral("In flight");
}

void TestDeliveryModel::attemptResultNamesTheStatusOnce()
{
    QFETCH(std::optional<OutcomeClass>, outcome);
    QFETCH(int, status);
    QFETCH(QString, expected);
    Attempt a;
    a.outcome = outcome;
    a.httpStatus = status;
    QCOMPARE(DisplayText::result(a), expected);
}

void TestDeliveryModel::latencyUsesTheLocalesGrouping_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << qint64(5000)
                        << QStringLiteral("5,000 ms");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << qint64(5000)
                        << QStringLiteral("5.000 ms");
    QTest::newRow("small") << QLocale(QLocale::German, QLocale::Germany) << qint64(143)
                           << QStringLiteral("143 ms");
}

void TestDeliveryModel::latencyUsesTheLocalesGrouping()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString text = DeliveryText::latency(ms);
    QLocale::setDefault(before);
    QCOMPARE(text, expected);
}

QTEST_MAIN(TestDeliveryModel)
#include "tst_deliverymodel.moc"
