#include "config/endpointservice.h"
#include "endpoints/endpointfilterproxymodel.h"
#include "endpoints/endpointtablemodel.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
Endpoint make(const QString &id, const QString &name, const QString &url, int timeout = 10,
              EndpointState state = EndpointState::Active,
              QStringList events = {QStringLiteral("*")})
{
    Endpoint e;
    e.id = id;
    e.name = name;
    e.url = QUrl(url);
    e.timeoutSeconds = timeout;
    e.state = state;
    e.eventPatterns = events;
    e.updatedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + timeout, Qt::UTC);
    return e;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, EndpointTableModel::NameColumn).data().toString();
    return out;
}
} // namespace

class TestEndpointModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refreshKeepsRowsAndReportsChanges();
    void persistentIndexSurvivesRefresh();
    void stateTooltipCarriesReason();
    void loadsOneEnvironmentFromDatabase();
    void sortsByColumn_data();
    void sortsByColumn();
    void filtersByTextAndState_data();
    void filtersByTextAndState();
    void showsLiveState_data();
    void showsLiveState();
    void liveUpdateAnnouncesOnlyChangedCells();
    void sortsByLatency();
};

void TestEndpointModel::refreshKeepsRowsAndReportsChanges()
{
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("a"), QStringLiteral("https://a")),
         make(QStringLiteral("ep_2"), QStringLiteral("b"), QStringLiteral("https://b"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);

    // ep_1 gone, ep_2 renamed, ep_3 new.
    model.setEndpoints(
        {make(QStringLiteral("ep_2"), QStringLiteral("b2"), QStringLiteral("https://b")),
         make(QStringLiteral("ep_3"), QStringLiteral("c"), QStringLiteral("https://c"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("ep_1")), -1);
    QCOMPARE(model.index(model.rowOfId(QStringLiteral("ep_2")), 0).data().toString(),
             QStringLiteral("b2"));

    // The same list again changes nothing.
    model.setEndpoints(
        {make(QStringLiteral("ep_2"), QStringLiteral("b2"), QStringLiteral("https://b")),
         make(QStringLiteral("ep_3"), QStringLiteral("c"), QStringLiteral("https://c"))});
    QCOMPARE(changed.size(), 1);
    model.setEndpoints({});
    QCOMPARE(model.rowCount(), 0);
}

void TestEndpointModel::persistentIndexSurvivesRefresh()
{
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("a"), QStringLiteral("https://a")),
         make(QStringLiteral("ep_2"), QStringLiteral("b"), QStringLiteral("https://b")),
         make(QStringLiteral("ep_3"), QStringLiteral("c"), QStringLiteral("https://c"))});
    const QPersistentModelIndex third = model.index(2, 0);
    model.setEndpoints(
        {make(QStringLiteral("ep_3"), QStringLiteral("c"), QStringLiteral("https://c"), 5)});
    QVERIFY(third.isValid());
    QCOMPARE(third.row(), 0);
    QCOMPARE(third.data(EndpointTableModel::IdRole).toString(), QStringLiteral("ep_3"));
    QCOMPARE(model.index(0, EndpointTableModel::TimeoutColumn)
                 .data(EndpointTableModel::SortRole)
                 .toInt(),
             5);
}

void TestEndpointModel::stateTooltipCarriesReason()
{
    EndpointTableModel model;
    Endpoint paused = make(QStringLiteral("ep_1"), QStringLiteral("a"), QStringLiteral("https://a"),
                           10, EndpointState::Paused);
    paused.pausedReason = QStringLiteral("receiver migration");
    paused.pausedAt = QDateTime::currentDateTimeUtc();
    model.setEndpoints(
        {paused, make(QStringLiteral("ep_2"), QStringLiteral("b"), QStringLiteral("https://b"))});
    const QModelIndex state = model.index(0, EndpointTableModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Paused"));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("receiver migration")));
    QVERIFY(model.index(1, EndpointTableModel::StateColumn).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.headerData(EndpointTableModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("State"));
}

void TestEndpointModel::loadsOneEnvironmentFromDatabase()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    EndpointService service(db.db());
    for (auto [name, env] : {std::pair{QStringLiteral("s1"), Environment::Sandbox},
                             std::pair{QStringLiteral("s2"), Environment::Sandbox},
                             std::pair{QStringLiteral("l1"), Environment::Live}}) {
        Endpoint e;
        e.name = name;
        e.environment = env;
        e.url = QUrl(QStringLiteral("https://example.com/") + name);
        QVERIFY(service.create(e).ok());
    }
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(db.db(), Environment::Sandbox);
    QCOMPARE(model.rowCount(), 2);
    model.load(db.db(), Environment::Live);
    QCOMPARE(names(model), QStringList{QStringLiteral("l1")});
}

void TestEndpointModel::sortsByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Timeouts 9, 10, 2: numeric order differs from text order ("10 s" < "2 s" < "9 s").
    QTest::newRow("name asc") << int(EndpointTableModel::NameColumn) << Qt::AscendingOrder
                              << QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"),
                                             QStringLiteral("gamma")};
    QTest::newRow("name desc") << int(EndpointTableModel::NameColumn) << Qt::DescendingOrder
                               << QStringList{QStringLiteral("gamma"), QStringLiteral("Beta"),
                                              QStringLiteral("alpha")};
    QTest::newRow("timeout numeric")
        << int(EndpointTableModel::TimeoutColumn) << Qt::AscendingOrder
        << QStringList{QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("Beta")};
    QTest::newRow("updated") << int(EndpointTableModel::UpdatedColumn) << Qt::DescendingOrder
                             << QStringList{QStringLiteral("Beta"), QStringLiteral("alpha"),
                                            QStringLiteral("gamma")};
    QTest::newRow("state") << int(EndpointTableModel::StateColumn) << Qt::AscendingOrder
                           << QStringList{QStringLiteral("alpha"), QStringLiteral("gamma"),
                                          QStringLiteral("Beta")};
}

void TestEndpointModel::sortsByColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    EndpointTableModel model;
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("Beta"), QStringLiteral("https://b"), 10,
              EndpointState::Paused),
         make(QStringLiteral("ep_2"), QStringLiteral("alpha"), QStringLiteral("https://a"), 9),
         make(QStringLiteral("ep_3"), QStringLiteral("gamma"), QStringLiteral("https://c"), 2)});
    proxy.sort(column, order);
    QCOMPARE(names(proxy), expected);
}

void TestEndpointModel::filtersByTextAndState_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state"); // -1: any
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QString() << -1
                          << QStringList{QStringLiteral("crm"), QStringLiteral("kyc prod"),
                                         QStringLiteral("kyc staging")};
    QTest::newRow("name") << QStringLiteral("KYC") << -1
                          << QStringList{QStringLiteral("kyc prod"), QStringLiteral("kyc staging")};
    QTest::newRow("url") << QStringLiteral("crm.example") << -1
                         << QStringList{QStringLiteral("crm")};
    QTest::newRow("event") << QStringLiteral("customer.") << -1
                           << QStringList{QStringLiteral("crm")};
    QTest::newRow("two words") << QStringLiteral("kyc identity_document") << -1
                               << QStringList{QStringLiteral("kyc prod")};
    QTest::newRow("state paused") << QString() << int(EndpointState::Paused)
                                  << QStringList{QStringLiteral("kyc staging")};
    QTest::newRow("text and state")
        << QStringLiteral("crm") << int(EndpointState::Paused) << QStringList{};
}

void TestEndpointModel::filtersByTextAndState()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    QFETCH(QStringList, expected);
    EndpointTableModel model;
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("kyc prod"),
              QStringLiteral("https://kyc.example.com"), 10, EndpointState::Active,
              {QStringLiteral("identity_document.*")}),
         make(QStringLiteral("ep_2"), QStringLiteral("kyc staging"),
              QStringLiteral("https://staging.example.com"), 10, EndpointState::Paused),
         make(QStringLiteral("ep_3"), QStringLiteral("crm"),
              QStringLiteral("https://crm.example.com"), 10, EndpointState::Active,
              {QStringLiteral("customer.created")})});
    proxy.sort(EndpointTableModel::NameColumn);
    proxy.setFilterText(text);
    proxy.setStateFilter(state < 0 ? std::nullopt : std::optional(EndpointState(state)));
    QCOMPARE(names(proxy), expected);
    // Rows arriving later are filtered too.
    model.setEndpoints({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEndpointModel::showsLiveState_data()
{
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<int>("outcome"); // -1: none yet
    QTest::addColumn<int>("status");  // 0: no HTTP answer
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<QString>("inFlightText");
    QTest::addColumn<QString>("outcomeText");
    QTest::addColumn<QString>("latencyText");
    QTest::newRow("nothing yet") << 0 << -1 << 0 << qint64(-1) << QStringLiteral("0") << QString()
                                 << QString();
    QTest::newRow("success") << 3 << int(OutcomeClass::Success) << 204 << qint64(120)
                             << QStringLiteral("3") << QStringLiteral("Success · HTTP 204")
                             << QStringLiteral("120 ms");
    QTest::newRow("timeout") << 1 << int(OutcomeClass::Timeout) << 0 << qint64(5000)
                             << QStringLiteral("1") << QStringLiteral("Timeout")
                             << QStringLiteral("5,000 ms");
    // The status itself, as the Deliveries page and the endpoint's failures write it.
    QTest::newRow("503") << 0 << int(OutcomeClass::Http5xx) << 503 << qint64(42)
                         << QStringLiteral("0") << QStringLiteral("HTTP 503")
                         << QStringLiteral("42 ms");
}

void TestEndpointModel::showsLiveState()
{
    QFETCH(int, inFlight);
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(qint64, latency);
    QFETCH(QString, inFlightText);
    QFETCH(QString, outcomeText);
    QFETCH(QString, latencyText);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("A"), QStringLiteral("https://a.example/h")),
         make(QStringLiteral("ep_2"), QStringLiteral("B"), QStringLiteral("https://b.example/h"))});
    EndpointLiveState live;
    live.inFlight = inFlight;
    if (outcome >= 0)
        live.lastOutcome = OutcomeClass(outcome);
    live.lastHttpStatus = status;
    live.lastLatencyMs = latency;
    model.setLiveStates({{QStringLiteral("ep_2"), live}});

    QCOMPARE(model.index(1, EndpointTableModel::InFlightColumn).data().toString(), inFlightText);
    QCOMPARE(model.index(1, EndpointTableModel::LastOutcomeColumn).data().toString(), outcomeText);
    QCOMPARE(model.index(1, EndpointTableModel::LatencyColumn).data().toString(), latencyText);
    QCOMPARE(model.index(1, EndpointTableModel::InFlightColumn)
                 .data(EndpointTableModel::SortRole)
                 .toInt(),
             inFlight);
    // An endpoint the engine has not reported on shows nothing in flight and no outcome.
    QCOMPARE(model.index(0, EndpointTableModel::InFlightColumn).data().toString(),
             QStringLiteral("0"));
    QVERIFY(model.index(0, EndpointTableModel::LastOutcomeColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(EndpointTableModel::LatencyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Latency"));
    QLocale::setDefault(QLocale::c());
}

void TestEndpointModel::liveUpdateAnnouncesOnlyChangedCells()
{
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEndpoints(
        {make(QStringLiteral("ep_1"), QStringLiteral("A"), QStringLiteral("https://a.example/h")),
         make(QStringLiteral("ep_2"), QStringLiteral("B"), QStringLiteral("https://b.example/h"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    EndpointLiveState busy;
    busy.inFlight = 2;
    model.setLiveStates({{QStringLiteral("ep_2"), busy}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.index(1, EndpointTableModel::InFlightColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             model.index(1, EndpointTableModel::InFlightColumn));

    // The same snapshot again: nothing to repaint.
    changed.clear();
    model.setLiveStates({{QStringLiteral("ep_2"), busy}});
    QCOMPARE(changed.size(), 0);

    // An attempt finished: outcome and latency change, in-flight too.
    EndpointLiveState done = busy;
    done.inFlight = 1;
    done.lastOutcome = OutcomeClass::Success;
    done.lastLatencyMs = 80;
    changed.clear();
    model.setLiveStates({{QStringLiteral("ep_2"), done}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.index(1, EndpointTableModel::InFlightColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, EndpointTableModel::LatencyColumn));

    // Only the failure streak changed: the outcome cell (its tooltip) alone.
    EndpointLiveState failing = done;
    failing.lastOutcome = OutcomeClass::Http5xx;
    changed.clear();
    model.setLiveStates({{QStringLiteral("ep_2"), failing}});
    failing.consecutiveFailures = 3;
    changed.clear();
    model.setLiveStates({{QStringLiteral("ep_2"), failing}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.index(1, EndpointTableModel::LastOutcomeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             model.index(1, EndpointTableModel::LastOutcomeColumn));
    QVERIFY(model.index(1, EndpointTableModel::LastOutcomeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("3")));
    // Another status of the same class is a change of the cell too.
    EndpointLiveState other = failing;
    other.lastHttpStatus = 502;
    changed.clear();
    model.setLiveStates({{QStringLiteral("ep_2"), other}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.index(1, EndpointTableModel::LastOutcomeColumn));
    QCOMPARE(model.index(1, EndpointTableModel::LastOutcomeColumn).data().toString(),
             QStringLiteral("HTTP 502"));
    model.setLiveStates({{QStringLiteral("ep_2"), failing}});
    // A refresh of the stored rows keeps the live values.
    model.setEndpoints(
        {make(QStringLiteral("ep_2"), QStringLiteral("B"), QStringLiteral("https://b.example/h"))});
    QCOMPARE(model.index(0, EndpointTableModel::LastOutcomeColumn).data().toString(),
             QStringLiteral("HTTP 5xx"));
}

void TestEndpointModel::sortsByLatency()
{
    EndpointTableModel model;
    model.setEndpoints({make(QStringLiteral("ep_1"), QStringLiteral("Fast"),
                             QStringLiteral("https://a.example/h")),
                        make(QStringLiteral("ep_2"), QStringLiteral("Slow"),
                             QStringLiteral("https://b.example/h")),
                        make(QStringLiteral("ep_3"), QStringLiteral("Mid"),
                             QStringLiteral("https://c.example/h"))});
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(EndpointTableModel::LatencyColumn, Qt::AscendingOrder);
    // 900 ms sorts after 95 ms: numbers, not text.
    EndpointLiveState fast, slow, mid;
    fast.lastLatencyMs = 95;
    slow.lastLatencyMs = 900;
    mid.lastLatencyMs = 300;
    model.setLiveStates({{QStringLiteral("ep_1"), fast},
                         {QStringLiteral("ep_2"), slow},
                         {QStringLiteral("ep_3"), mid}});
    QCOMPARE(names(proxy),
             (QStringList{QStringLiteral("Fast"), QStringLiteral("Mid"), QStringLiteral("Slow")}));
}

QTEST_GUILESS_MAIN(TestEndpointModel)
#include "tst_endpointmodel.moc"
