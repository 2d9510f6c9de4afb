#include "common/errorlabel.h"
#include "config/endpointservice.h"
#include "events/eventcomposer.h"
#include "events/eventlogmodel.h"
#include "events/eventpublisher.h"
#include "events/eventspage.h"
#include "events/samplegenerator.h"
#include "shell/mainwindow.h"
#include "store/deliveryrepository.h"
#include "store/eventrepository.h"
#include "support/postgrescluster.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {

QByteArray ping(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("test"), true},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("triggered_at"),
                                      QStringLiteral("2026-11-25T17:46:54.123Z")}})
        .toJson(QJsonDocument::Compact);
}

QString problemsText(EventComposer *composer)
{
    QStringList lines;
    for (int i = 0; i < composer->problems()->count(); ++i)
        lines << composer->problems()->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestEventsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sampleValidates_data();
    void sampleValidates();
    void invalidJsonNamesTheLine();
    void schemaErrorsNameThePath();
    void firesOneDeliveryPerChosenEndpoint();
    void firesToSubscribedEndpointsThroughFilters();
    void ctrlTFiresFromAnyPage();
    void logPagesFiltersAndRefreshes();
    void logShowsAReadErrorInsteadOfAnEmptyLog();
    void selectingAnEventShowsBodyAndDeliveries();

private:
    QString addEndpoint(const QString &name, const QStringList &patterns,
                        Environment env = Environment::Sandbox, const QByteArray &filter = {});
    QString publish(const QString &type, const QByteArray &payload,
                    Environment env = Environment::Sandbox);

    std::unique_ptr<test::TempDatabase> m_db;
};

void TestEventsPage::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TempDatabase>();
}

QString TestEventsPage::addEndpoint(const QString &name, const QStringList &patterns,
                                    Environment env, const QByteArray &filter)
{
    Endpoint e;
    e.name = name;
    e.environment = env;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/") + name);
    e.eventPatterns = patterns;
    e.filterRules = FilterRules::parse(filter, nullptr).value_or(FilterRules{});
    return EndpointService(m_db->db()).create(e).endpoint.id;
}

QString TestEventsPage::publish(const QString &type, const QByteArray &payload, Environment env)
{
    EventPublisher::Request r;
    r.environment = env;
    r.type = type;
    r.payload = payload;
    return EventPublisher(m_db->db()).publish(r).event.id;
}

void TestEventsPage::sampleValidates_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("verification.completed") << QStringLiteral("verification.completed");
    QTest::newRow("identity_document.approved") << QStringLiteral("identity_document.approved");
    QTest::newRow("webhook.test") << QStringLiteral("webhook.test");
}

void TestEventsPage::sampleValidates()
{
    QFETCH(QString, type);
    EventComposer composer(m_db->db());
    composer.setType(type);
    composer.generateSample(7);
    QVERIFY(composer.editor()->toPlainText().contains(QLatin1Char('{')));
    QCOMPARE(composer.problems()->count(), 1);
    QVERIFY2(problemsText(&composer).startsWith(QStringLiteral("No problems")),
             qPrintable(problemsText(&composer)));
    QVERIFY(composer.fireAction()->isEnabled());
    QVERIFY(composer.editor()->extraSelections().isEmpty());
}

void TestEventsPage::invalidJsonNamesTheLine()
{
    EventComposer composer(m_db->db());
    composer.setType(QStringLiteral("webhook.test"));
    composer.editor()->setPlainText(QStringLiteral("{\n  \"test\": true,\n  \"message\" \"x\"\n}"));
    QVERIFY(!composer.fireAction()->isEnabled()); // at once, before the debounce
    // Validation follows the typing after a pause, without a click.
    QTRY_VERIFY(problemsText(&composer).startsWith(QStringLiteral("Line 3: not valid JSON")));
    QCOMPARE(composer.editor()->extraSelections().size(), 1);
    QCOMPARE(composer.editor()->extraSelections().first().cursor.blockNumber(), 2);
    QVERIFY(!composer.fireAction()->isEnabled());
}

void TestEventsPage::schemaErrorsNameThePath()
{
    EventComposer composer(m_db->db());
    composer.setType(QStringLiteral("webhook.test"));
    composer.editor()->setPlainText(
        QStringLiteral("{\n  \"test\": true,\n  \"message\": \"hi\",\n  \"triggered_by\": "
                       "\"robot\",\n  \"triggered_at\": \"2026-11-25T17:46:54.123Z\"\n}"));
    composer.validateNow();
    const QString problems = problemsText(&composer);
    QVERIFY2(problems.contains(QStringLiteral("Line 4: /triggered_by — ")), qPrintable(problems));
    QCOMPARE(composer.editor()->extraSelections().first().cursor.blockNumber(), 3);
    QVERIFY(!composer.fireAction()->isEnabled());
}

void TestEventsPage::firesOneDeliveryPerChosenEndpoint()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    addEndpoint(QStringLiteral("c"), {QStringLiteral("*")});
    addEndpoint(QStringLiteral("live"), {QStringLiteral("*")}, Environment::Live);
    EventComposer composer(m_db->db());
    composer.setEnvironment(Environment::Sandbox);
    QCOMPARE(composer.targets()->count(), 3); // the environment's endpoints only
    composer.setType(QStringLiteral("webhook.test"));
    composer.generateSample(3);
    composer.chooseEndpoints({a, b}); // a is not subscribed: chosen ones get it anyway
    QVERIFY(composer.fireAction()->isEnabled());
    QSignalSpy fired(&composer, &EventComposer::eventFired);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    composer.editor()->setFocus();
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(fired.size(), 1);
    const QList<Delivery> deliveries =
        must(DeliveryRepository(m_db->db()).forEvent(composer.lastEventId()));
    QSet<QString> endpoints;
    for (const Delivery &d : deliveries)
        endpoints << d.endpointId;
    QCOMPARE(deliveries.size(), 2);
    QCOMPARE(endpoints, (QSet<QString>{a, b}));
    QCOMPARE(composer.statusTable()->rowCount(), 2);
    QCOMPARE(composer.statusTable()->item(0, 1)->text(), QStringLiteral("Pending"));
    // The first try failed: its status, as the Deliveries page writes it.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET status = 'retrying', attempt_count = 1, "
                                  "last_outcome = 'http_5xx', last_http_status = 503")));
    QTRY_COMPARE(composer.statusTable()->item(0, 3)->text(), QStringLiteral("HTTP 503"));
}

void TestEventsPage::firesToSubscribedEndpointsThroughFilters()
{
    const QString cli =
        addEndpoint(QStringLiteral("cli-only"), {QStringLiteral("*")}, Environment::Sandbox,
                    R"([{"path":"triggered_by","op":"=","value":"cli"}])");
    const QString all = addEndpoint(QStringLiteral("all"), {QStringLiteral("webhook.*")});
    addEndpoint(QStringLiteral("customers"), {QStringLiteral("customer.*")});
    EventComposer composer(m_db->db());
    composer.setEnvironment(Environment::Sandbox);
    composer.setType(QStringLiteral("webhook.test"));
    composer.editor()->setPlainText(QString::fromUtf8(ping(QStringLiteral("hello"))));
    composer.validateNow();
    // The list says which endpoints this event reaches, and why the others do not.
    QStringList texts;
    for (int i = 0; i < composer.targets()->count(); ++i)
        texts << composer.targets()->item(i)->text();
    QVERIFY2(texts.contains(QStringLiteral("all — subscribed")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("cli-only — its filter rules skip this data")));
    QVERIFY(texts.contains(QStringLiteral("customers — not subscribed to this type")));
    composer.fire();
    const QList<Delivery> deliveries =
        must(DeliveryRepository(m_db->db()).forEvent(composer.lastEventId()));
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().endpointId, all);
    Q_UNUSED(cli);
}

void TestEventsPage::ctrlTFiresFromAnyPage()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    MainWindow window(m_db->db(), m_db->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::Dashboard);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::Events));
    const QString id = window.eventsPage()->composer()->lastEventId();
    QVERIFY(id.startsWith(QLatin1String("evt_")));
    QCOMPARE(must(DeliveryRepository(m_db->db()).forEvent(id)).size(), 1);
}

void TestEventsPage::logPagesFiltersAndRefreshes()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("webhook.*")});
    for (int i = 0; i < 230; ++i)
        publish(QStringLiteral("webhook.test"), ping(QString::number(i)));
    publish(QStringLiteral("webhook.test"), ping(QStringLiteral("live")), Environment::Live);
    const QByteArray customer =
        SampleGenerator::generateJson(QStringLiteral("customer.created"), 1);
    publish(QStringLiteral("customer.created"), customer);

    EventLogModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventRepository::Filter filter;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), EventLogModel::kPageSize);
    // Newest first.
    QCOMPARE(model.index(0, EventLogModel::TypeColumn).data().toString(),
             QStringLiteral("customer.created"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 231); // the sandbox's only
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.eventAt(row - 1).id > model.eventAt(row).id);

    filter.type = QStringLiteral("customer.created");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    filter.type.clear();
    filter.endpointId = a; // events delivered to a: the pings, not the customer event
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 230);
    filter.endpointId.clear();
    filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);

    // Live: new events go in front, the rest stays.
    filter.from = {};
    model.setFilter(filter);
    const QString oldTop = model.eventAt(0).id;
    const QString fresh1 = publish(QStringLiteral("webhook.test"), ping(QStringLiteral("n1")));
    const QString fresh2 = publish(QStringLiteral("webhook.test"), ping(QStringLiteral("n2")));
    QCOMPARE(model.refresh(), 2);
    QCOMPARE(model.eventAt(0).id, fresh2);
    QCOMPARE(model.eventAt(1).id, fresh1);
    QCOMPARE(model.eventAt(2).id, oldTop);
    QCOMPARE(model.refresh(), 0);
}

void TestEventsPage::logShowsAReadErrorInsteadOfAnEmptyLog()
{
    const QString first = publish(QStringLiteral("webhook.test"), ping(QStringLiteral("one")));
    EventsPage page(m_db->db());
    page.setEnvironment(Environment::Sandbox);
    page.showLog();
    EventLogModel *model = page.logModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!page.logError()->isVisibleTo(&page));

    // The table is gone from under the log: every read fails.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE events RENAME TO events_away")));
    QCOMPARE(model->refresh(), 0);
    QVERIFY(model->readError().has_value());
    // The driver's own words, not Qt's "Parameter count mismatch" after a failed prepare.
    QVERIFY2(model->readError()->message.contains(test::testBackendIsPostgres()
                                                      ? QStringLiteral("does not exist")
                                                      : QStringLiteral("no such table")),
             qPrintable(model->readError()->message));
    QVERIFY(page.logError()->isVisibleTo(&page));
    QVERIFY2(page.logError()->text().contains(QStringLiteral("could not be read")),
             qPrintable(page.logError()->text()));
    QCOMPARE(model->rowCount(), 1); // what was shown stays
    QCOMPARE(model->eventAt(0).id, first);
    // A new filter's rows cannot be read: none shown, and the error says why.
    EventRepository::Filter filter;
    filter.type = QStringLiteral("webhook.test");
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(page.logError()->isVisibleTo(&page));
    QVERIFY(!model->canFetchMore({}));

    // Readable again: the next read clears the error and fills the log.
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE events_away RENAME TO events")));
    QCOMPARE(model->refresh(), 1);
    QVERIFY(!model->readError().has_value());
    QVERIFY(!page.logError()->isVisibleTo(&page));
    QCOMPARE(model->eventAt(0).id, first);
}

void TestEventsPage::selectingAnEventShowsBodyAndDeliveries()
{
    addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
    addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    const QString id = publish(QStringLiteral("webhook.test"), ping(QStringLiteral("shown")));
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET status = 'retrying', attempt_count = 1, "
                                  "last_outcome = 'http_5xx', last_http_status = 503")));
    EventsPage page(m_db->db());
    page.setEnvironment(Environment::Sandbox);
    page.showLog();
    QCOMPARE(page.logModel()->rowCount(), 1);
    page.logView()->setCurrentIndex(page.logModel()->index(0, 0));
    QVERIFY(page.bodyView()->toPlainText().contains(QStringLiteral("\"message\": \"shown\"")));
    QCOMPARE(page.deliveriesView()->rowCount(), 2);
    QCOMPARE(page.deliveriesView()->item(0, 3)->text(), QStringLiteral("HTTP 503"));
    QCOMPARE(page.logModel()->index(0, EventLogModel::IdColumn).data().toString(), id);

    // New events appear without a click.
    publish(QStringLiteral("webhook.test"), ping(QStringLiteral("later")));
    QTRY_COMPARE_WITH_TIMEOUT(page.logModel()->rowCount(), 2, 5000);
}

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
