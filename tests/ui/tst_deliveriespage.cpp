#include "common/displaytext.h"
#include "deliveries/deadlettermodel.h"
#include "deliveries/deadletterspanel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailview.h"
#include "deliveries/deliverytablemodel.h"
#include "deliveries/elidedlabel.h"
#include "support/deliveryfixture.h"
#include "support/postgrescluster.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace hookline;
using namespace hookline::ui;

class TestDeliveriesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void attemptViewShowsFixtureAttempts();
    void binaryResponseShownAsHex();
    void copyAsCurlCarriesNoSecret();
    void copyAsCurlUsesTheUrlOfTheAttempt();
    void longTitleIsElidedWithTheWholeInItsTooltip();
    void replayFromTheLogMakesItDue();
    void replayOnADatabaseErrorSaysNothingChanged();
    void statusFilterAndCtrlFSearch();
    void f5AndLiveUpdatesAddRowsKeepingSelection();
    void splitterStateIsRemembered();
    void statusColumnFitsEveryStatus_data();
    void statusColumnFitsEveryStatus();
    void nextAttemptColumnIsOptionalAndRemembered();
    void deadLetterGroupsShowCounts();
    void prunedAttemptsAreNotCalledMissing();
    void replayOfASelectionLeavesExactlyThosePending();
    void cancelMidwayKeepsWhatWasReplayed();
    void deadLetterReplayStopsOnADatabaseError();
    void declinedConfirmationReplaysNothing();
    void deadLetterTreeIsLiveKeepingExpansionAndSelection();

private:
    static void confirmReplay(DeadLettersPanel *panel);
    Delivery seedFailedDelivery();
    void showPage();
    void setReadOnly(bool readOnly);
    int auditCount();
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::DeliveryFixture> m_fx;
    std::unique_ptr<DeliveriesPage> m_page;
    QTemporaryDir m_settingsDir;
    QString m_kyc;
    QString m_crm;
};

void TestDeliveriesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deliveriespage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDeliveriesPage::init()
{
    QSettings().clear();
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_fx = std::make_unique<test::DeliveryFixture>(m_db->db());
    m_kyc = m_fx->addEndpoint(QStringLiteral("KYC"));
    m_crm = m_fx->addEndpoint(QStringLiteral("CRM"));
}

void TestDeliveriesPage::cleanup()
{
    m_page.reset();
    m_fx.reset();
    m_db.reset();
}

void TestDeliveriesPage::showPage()
{
    m_page = std::make_unique<DeliveriesPage>(m_db->db());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

// How the backend words the refusal setReadOnly() causes.
static QString readOnlyWords()
{
    return test::testBackendIsPostgres() ? QStringLiteral("read-only transaction")
                                         : QStringLiteral("readonly");
}

// The page's connection refuses every write, as on a read-only file or a read-only server
// session: reads still work.
void TestDeliveriesPage::setReadOnly(bool readOnly)
{
    QSqlQuery q(m_db->db());
    const QString sql =
        test::testBackendIsPostgres()
            ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION %1")
                  .arg(readOnly ? QStringLiteral("READ ONLY") : QStringLiteral("READ WRITE"))
            : QStringLiteral("PRAGMA query_only = %1")
                  .arg(readOnly ? QStringLiteral("ON") : QStringLiteral("OFF"));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

int TestDeliveriesPage::auditCount()
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Two attempts: a timeout, then an HTTP 500 with a JSON answer.
Delivery TestDeliveriesPage::seedFailedDelivery()
{
    const Event event = m_fx->addEvent(QStringLiteral("customer.created"));
    const Delivery d =
        m_fx->addDelivery(event, m_kyc, DeliveryStatus::Retrying, OutcomeClass::Http5xx, 2);
    Attempt first;
    first.deliveryId = d.id;
    first.number = 1;
    first.startedAt = d.createdAt;
    first.durationMs = 10000;
    first.outcome = OutcomeClass::Timeout;
    first.error = QStringLiteral("deadline of 10 s exceeded");
    first.connectedAddress = QStringLiteral("203.0.113.7");
    first.requestHeaders = {{"Content-Type", "application/json"},
                            {"X-Webhook-Attempt", "1"},
                            {"Authorization", "Bearer [redacted]"}};
    Attempt second = first;
    second.number = 2;
    second.startedAt = d.createdAt.addSecs(1);
    second.durationMs = 87;
    second.outcome = OutcomeClass::Http5xx;
    second.httpStatus = 500;
    second.error.clear();
    second.requestHeaders[1].value = "2";
    second.responseHeaders = {{"Content-Type", "application/json"}, {"X-Request-Id", "r-42"}};
    second.responseBody = R"({"error":"database unavailable","retry":true})";
    if (!m_fx->addAttempt(first) || !m_fx->addAttempt(second))
        qWarning("attempts not stored");
    return d;
}

void TestDeliveriesPage::attemptViewShowsFixtureAttempts()
{
    const Delivery d = seedFailedDelivery();
    showPage();
    m_page->selectDelivery(d.id);
    DeliveryDetailView *detail = m_page->detail();
    QCOMPARE(detail->deliveryId(), d.id);
    QCOMPARE(detail->timeline()->count(), 2);
    // The latest attempt is shown first.
    QCOMPARE(detail->currentAttempt(), 1);
    // The status once, not its class beside it; the latency with the locale's grouping.
    const QString latest = detail->timeline()->item(1)->text();
    QVERIFY2(latest.contains(QStringLiteral("HTTP 500")), qPrintable(latest));
    QVERIFY2(!latest.contains(QStringLiteral("5xx")), qPrintable(latest));
    const QString first = detail->timeline()->item(0)->text();
    QVERIFY2(first.contains(QStringLiteral("Timeout · ") + QLocale().toString(qint64(10000)) +
                            QStringLiteral(" ms")),
             qPrintable(first));
    // The locale's short format, like the other pages, not ISO with milliseconds.
    QVERIFY2(first.contains(QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(first));
    QVERIFY2(!first.contains(d.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
             qPrintable(first));
    const QString headers = detail->requestHeaders()->toPlainText();
    QVERIFY(headers.contains(QStringLiteral("Authorization: Bearer [redacted]")));
    QVERIFY(headers.contains(QStringLiteral("X-Webhook-Attempt: 2")));
    // The body as built for attempt 2, indented, keys in the order sent.
    const QString body = detail->requestBody()->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("\"attempt\": 2")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("\"type\": \"customer.created\"")));
    QVERIFY(body.indexOf(QStringLiteral("\"id\"")) < body.indexOf(QStringLiteral("\"type\"")));
    QVERIFY(body.contains(QLatin1Char('\n')));
    QVERIFY(
        detail->responseHeaders()->toPlainText().contains(QStringLiteral("X-Request-Id: r-42")));
    QVERIFY(detail->responseBody()->toPlainText().contains(
        QStringLiteral("\"error\": \"database unavailable\"")));
    auto *summary = detail->findChild<QLabel *>(QStringLiteral("attemptSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("87 ms")));
    QVERIFY(summary->text().contains(QStringLiteral("203.0.113.7")));
    auto *details = detail->findChild<QLabel *>(QStringLiteral("attemptDetails"));
    QVERIFY(details->isHidden()); // no diagnostic for attempt 2
    QVERIFY2(summary->text().contains(QStringLiteral("Outcome: HTTP 500")),
             qPrintable(summary->text()));
    // Local time to the second, like every other time on the page: no zone name after it.
    const QDateTime started =
        must(DeliveryRepository(m_db->db()).attempts(d.id)).value(1).startedAt;
    QVERIFY2(summary->text().contains(started.toLocalTime().toString(QStringLiteral(":mm:ss"))),
             qPrintable(summary->text()));
    const QString zone = started.toLocalTime().timeZoneAbbreviation();
    QVERIFY2(zone.isEmpty() || !summary->text().contains(zone), qPrintable(summary->text()));
    // The first attempt: the timeout in words; the engine's English diagnostic only as a muted
    // detail line, never in the main text.
    detail->selectAttempt(0);
    QVERIFY2(summary->text().contains(QStringLiteral("Outcome: Timeout")),
             qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("deadline of 10 s exceeded")),
             qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QStringLiteral("Error")));
    QVERIFY(details->isVisible());
    QCOMPARE(details->text(), QStringLiteral("Details: deadline of 10 s exceeded"));
    QVERIFY(detail->requestBody()->toPlainText().contains(QStringLiteral("\"attempt\": 1")));
    QCOMPARE(detail->responseHeaders()->toPlainText(), QStringLiteral("(no response headers)"));
}

void TestDeliveriesPage::binaryResponseShownAsHex()
{
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                                         DeliveryStatus::Retrying, OutcomeClass::Http4xx);
    Attempt a;
    a.deliveryId = d.id;
    a.startedAt = d.createdAt;
    a.durationMs = 5;
    a.outcome = OutcomeClass::Http4xx;
    a.httpStatus = 415;
    a.responseBody = QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10);
    QVERIFY(m_fx->addAttempt(a));
    showPage();
    m_page->selectDelivery(d.id);
    const QString shown = m_page->detail()->responseBody()->toPlainText();
    QVERIFY2(shown.startsWith(QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a 00 00")),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral(".PNG")));
}

void TestDeliveriesPage::copyAsCurlCarriesNoSecret()
{
    const Delivery d = seedFailedDelivery();
    showPage();
    m_page->selectDelivery(d.id);
    QApplication::clipboard()->clear();
    QSignalSpy copied(m_page->detail(), &DeliveryDetailView::curlCopied);
    m_page->detail()->copyCurlButton()->click();
    QCOMPARE(copied.count(), 1);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("curl -sS -X 'POST' 'https://kyc.example.com/hooks'")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"${HOOKLINE_AUTH_TOKEN}\"")));
    QVERIFY(text.contains(QStringLiteral("# Hookline does not store the auth token")));
    QVERIFY(!text.contains(QStringLiteral("[redacted]")));
    QVERIFY(text.contains(QStringLiteral("-H 'X-Webhook-Attempt: 2'")));
    QVERIFY(text.contains(QStringLiteral("--data-binary '{\"id\":\"")));
}

void TestDeliveriesPage::copyAsCurlUsesTheUrlOfTheAttempt()
{
    // Attempt 1 has no URL (recorded before schema 4), attempt 2 went to another URL (a failover
    // or the URL before an edit).
    const Delivery d = seedFailedDelivery();
    Attempt third;
    third.deliveryId = d.id;
    third.number = 3;
    third.startedAt = d.createdAt.addSecs(2);
    third.durationMs = 12;
    third.outcome = OutcomeClass::Success;
    third.httpStatus = 200;
    third.url = QUrl(QStringLiteral("https://backup.example.com/h"));
    QVERIFY(m_fx->addAttempt(third));
    showPage();
    m_page->selectDelivery(d.id);
    DeliveryDetailView *detail = m_page->detail();
    QCOMPARE(detail->currentAttempt(), 2);
    QCOMPARE(detail->attempts().at(2).url, third.url);
    QVERIFY(detail->timeline()->item(2)->text().contains(QStringLiteral("earlier URL")));
    QVERIFY(detail->timeline()->item(2)->toolTip().contains(third.url.toString()));
    QString text = detail->curlCommand();
    QVERIFY2(text.contains(QStringLiteral("curl -sS -X 'POST' 'https://backup.example.com/h'")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("kyc.example.com")));
    QVERIFY(!text.contains(QStringLiteral("not recorded")));
    QVERIFY(!detail->copyCurlButton()->toolTip().contains(QStringLiteral("current URL")));
    // The old attempt falls back to the endpoint's URL and says so, in the command and tooltip.
    detail->selectAttempt(0);
    text = detail->curlCommand();
    QVERIFY(text.contains(QStringLiteral("'https://kyc.example.com/hooks'")));
    QVERIFY(text.contains(QStringLiteral("# This attempt's URL was not recorded")));
    QVERIFY(detail->copyCurlButton()->toolTip().contains(QStringLiteral("current URL")));
    QVERIFY(detail->timeline()->item(0)->toolTip().contains(QStringLiteral("not recorded")));
}

void TestDeliveriesPage::longTitleIsElidedWithTheWholeInItsTooltip()
{
    const QString type = QStringLiteral("identity_document.approved_after_manual_review");
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(type), m_kyc, DeliveryStatus::Succeeded,
                                         OutcomeClass::Success);
    DeliveryDetailView detail(m_db->db());
    detail.resize(360, 500);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showDelivery(d.id);
    auto *title = detail.findChild<ElidedLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QCOMPARE(title->fullText(), type + QStringLiteral("\nto KYC"));
    // Narrow: the event type line is cut beside the buttons, the tooltip has both lines whole.
    QTRY_VERIFY(title->isElided());
    QVERIFY(title->text().contains(QChar(0x2026)));
    QVERIFY(title->text().endsWith(QStringLiteral("\nto KYC")));
    QCOMPARE(title->toolTip(), title->fullText());
    // Wide enough: nothing cut, no tooltip.
    detail.resize(1400, 500);
    QTRY_VERIFY(!title->isElided());
    QCOMPARE(title->text(), title->fullText());
    QVERIFY(title->toolTip().isEmpty());
}

void TestDeliveriesPage::replayFromTheLogMakesItDue()
{
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                                         DeliveryStatus::Dead, OutcomeClass::Timeout, 31);
    showPage();
    QSignalSpy replayed(m_page.get(), &DeliveriesPage::deliveriesReplayed);
    m_page->selectDelivery(d.id);
    QVERIFY(m_page->replayAction()->isEnabled());
    m_page->replayAction()->trigger();
    QCOMPARE(replayed.count(), 1);
    QCOMPARE(m_fx->statusOf(d.id), QStringLiteral("pending"));
    // The row shows it at once, still selected.
    QCOMPARE(m_page->currentDeliveryId(), d.id);
    const int row = m_page->model()->rowOfId(d.id);
    QCOMPARE(m_page->model()->index(row, DeliveryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Pending"));
}

// A database that refuses the write: the page says so in its own line (not "being delivered or
// no longer exists"), nothing changed, the store's words in the tooltip; a retry then works.
void TestDeliveriesPage::replayOnADatabaseErrorSaysNothingChanged()
{
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                                         DeliveryStatus::Dead, OutcomeClass::Timeout, 31);
    showPage();
    QSignalSpy replayed(m_page.get(), &DeliveriesPage::deliveriesReplayed);
    m_page->selectDelivery(d.id);
    const int audited = auditCount();
    setReadOnly(true);
    m_page->replayAction()->trigger();
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("deliveriesMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("Could not replay this delivery: the database refused the change. "
                            "Nothing was changed; try again."));
    QVERIFY2(message->toolTip().contains(readOnlyWords()), qPrintable(message->toolTip()));
    QCOMPARE(replayed.count(), 0);
    QCOMPARE(m_fx->statusOf(d.id), QStringLiteral("dead"));
    QCOMPARE(auditCount(), audited);
    QCOMPARE(m_page->currentDeliveryId(), d.id);

    setReadOnly(false);
    m_page->replayAction()->trigger();
    QCOMPARE(message->text(), QStringLiteral("Replayed: the delivery is due now."));
    QVERIFY(message->toolTip().isEmpty());
    QCOMPARE(replayed.count(), 1);
    QCOMPARE(m_fx->statusOf(d.id), QStringLiteral("pending"));
}

void TestDeliveriesPage::statusFilterAndCtrlFSearch()
{
    Event target;
    for (int i = 0; i < 3; ++i) {
        const Event e = m_fx->addEvent(QStringLiteral("customer.created"));
        if (i == 1)
            target = e;
        m_fx->addDelivery(e, m_kyc, DeliveryStatus::Succeeded, OutcomeClass::Success);
        m_fx->addDelivery(e, m_crm, DeliveryStatus::Dead, OutcomeClass::Tls);
    }
    showPage();
    QCOMPARE(m_page->model()->rowCount(), 6);
    QComboBox *status = m_page->statusFilter();
    status->setCurrentIndex(status->findData(int(DeliveryStatus::Dead)));
    QCOMPARE(m_page->model()->rowCount(), 3);
    QComboBox *endpoint = m_page->endpointFilter();
    endpoint->setCurrentIndex(endpoint->findData(m_kyc));
    QCOMPARE(m_page->model()->rowCount(), 0);
    // The empty state says the filters are to blame and offers to clear them.
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearDeliveryFiltersButton"));
    QVERIFY(clear->isVisible());
    clear->click();
    QCOMPARE(m_page->model()->rowCount(), 6);

    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_page->searchEdit()->hasFocus());
    QTest::keyClicks(m_page->searchEdit(), target.id);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->delivery(0).eventId, target.id);
}

void TestDeliveriesPage::f5AndLiveUpdatesAddRowsKeepingSelection()
{
    const QList<Delivery> rows = m_fx->addMany(
        3, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc, DeliveryStatus::Pending);
    showPage();
    m_page->liveTimer()->stop(); // F5 first, on its own
    m_page->selectDelivery(rows.at(1).id);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Pending);
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F5);
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(m_page->currentDeliveryId(), rows.at(1).id);
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().value(0).row(), 3);

    // Live: the page asks the store by itself while shown.
    m_page->liveTimer()->start(20);
    m_fx->addMany(1, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Pending);
    QTRY_COMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(m_page->currentDeliveryId(), rows.at(1).id);
    m_page->hide();
    QVERIFY(!m_page->liveTimer()->isActive()); // nothing polls a hidden page
}

void TestDeliveriesPage::splitterStateIsRemembered()
{
    showPage();
    auto *splitter = m_page->findChild<QSplitter *>(QStringLiteral("deliveriesSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({900, 300});
    const QList<int> sizes = splitter->sizes();
    emit splitter->splitterMoved(sizes.at(0), 1);
    m_page.reset();
    showPage();
    splitter = m_page->findChild<QSplitter *>(QStringLiteral("deliveriesSplitter"));
    QCOMPARE(splitter->sizes(), sizes);
}

void TestDeliveriesPage::statusColumnFitsEveryStatus_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
}

// "Zurückgehalten" (held) was cut to "Zurückgeh…": a status is read at a glance, never elided.
// A rare long last outcome may give way, with the whole in its tooltip.
void TestDeliveriesPage::statusColumnFitsEveryStatus()
{
    QFETCH(QLocale, locale);
    QTranslator translator; // removes itself when destroyed
    if (locale.language() != QLocale::English) {
        QVERIFY(translator.load(locale, QStringLiteral("hookline"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    const Delivery d = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                                         DeliveryStatus::Held, OutcomeClass::Http429, 1);
    showPage();
    QTableView *view = m_page->view();
    const int status = view->horizontalHeader()->sectionSize(DeliveryTableModel::StatusColumn);
    for (DeliveryStatus s :
         {DeliveryStatus::Pending, DeliveryStatus::InFlight, DeliveryStatus::Retrying,
          DeliveryStatus::Succeeded, DeliveryStatus::Held, DeliveryStatus::Dead,
          DeliveryStatus::Cancelled}) {
        const QString text = DisplayText::status(s);
        QVERIFY2(status >= view->fontMetrics().horizontalAdvance(text) + 12,
                 qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(status)));
    }
    // The most common failure fits too ("Zeitüberschreitung").
    const QString timeout = DisplayText::outcome(OutcomeClass::Timeout);
    QVERIFY2(view->horizontalHeader()->sectionSize(DeliveryTableModel::LastOutcomeColumn) >=
                 view->fontMetrics().horizontalAdvance(timeout) + 12,
             qPrintable(timeout));
    const QModelIndex outcome = m_page->model()->index(m_page->model()->rowOfId(d.id),
                                                       DeliveryTableModel::LastOutcomeColumn);
    QCOMPARE(outcome.data(Qt::ToolTipRole).toString(), outcome.data().toString());
    QVERIFY(!outcome.data().toString().isEmpty());
}

void TestDeliveriesPage::confirmReplay(DeadLettersPanel *panel)
{
    QMessageBox *box = panel->confirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    auto *replay = box->findChild<QPushButton *>(QStringLiteral("confirmReplayButton"));
    QVERIFY(replay);
    replay->click();
    QVERIFY(!panel->confirmation());
}

void TestDeliveriesPage::nextAttemptColumnIsOptionalAndRemembered()
{
    showPage();
    QHeaderView *header = m_page->view()->horizontalHeader();
    // Hidden by default: the columns fit beside the detail without scrolling sideways.
    QVERIFY(header->isSectionHidden(DeliveryTableModel::NextAttemptColumn));
    QCOMPARE(header->sectionResizeMode(DeliveryTableModel::EventTypeColumn), QHeaderView::Stretch);
    auto *show = header->findChild<QAction *>(QStringLiteral("showNextAttemptColumn"));
    QVERIFY(show);
    QVERIFY(header->actions().contains(show));
    show->trigger();
    QVERIFY(!header->isSectionHidden(DeliveryTableModel::NextAttemptColumn));
    m_page.reset();
    showPage();
    header = m_page->view()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(DeliveryTableModel::NextAttemptColumn));
}

void TestDeliveriesPage::deadLetterGroupsShowCounts()
{
    m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Timeout);
    m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                  DeliveryStatus::Dead, OutcomeClass::Tls);
    showPage();
    QTabWidget *tabs = m_page->tabs();
    QCOMPARE(tabs->tabText(DeliveriesPage::DeadLettersTab), QStringLiteral("Dead letters (6)"));
    tabs->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLetterModel *model = m_page->deadLetters()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DeadLetterModel::NameColumn).data().toString(), QStringLiteral("KYC"));
    QCOMPARE(model->index(0, DeadLetterModel::CountColumn).data().toInt(), 4);
    QCOMPARE(model->index(1, DeadLetterModel::NameColumn).data().toString(), QStringLiteral("CRM"));
    QCOMPARE(model->index(1, DeadLetterModel::CountColumn).data().toInt(), 2);
    // Rows as tall as the deliveries table's, so the two tabs read alike.
    QTreeView *tree = m_page->deadLetters()->view();
    QCOMPARE(tree->visualRect(model->index(0, 0)).height(),
             QHeaderView(Qt::Vertical).defaultSectionSize());
    m_page->tabs()->setCurrentIndex(DeliveriesPage::AllTab);
    QCOMPARE(m_page->view()->rowHeight(0), tree->visualRect(model->index(0, 0)).height());
}

// Retention deletes old attempts and keeps the delivery: 31 attempts are not "no attempt yet".
void TestDeliveriesPage::prunedAttemptsAreNotCalledMissing()
{
    const Event event = m_fx->addEvent(QStringLiteral("customer.created"));
    const Delivery pruned =
        m_fx->addDelivery(event, m_kyc, DeliveryStatus::Dead, OutcomeClass::Timeout, 31);
    const Delivery fresh = m_fx->addDelivery(m_fx->addEvent(QStringLiteral("customer.updated")),
                                             m_kyc, DeliveryStatus::Pending, {}, 0);
    showPage();
    auto *summary = m_page->detail()->findChild<QLabel *>(QStringLiteral("attemptSummary"));
    m_page->selectDelivery(pruned.id);
    QCOMPARE(m_page->detail()->timeline()->count(), 0);
    QCOMPARE(summary->text(),
             QStringLiteral("The records of its 31 attempt(s) are no longer kept (retention)."));
    m_page->selectDelivery(fresh.id);
    QCOMPARE(summary->text(), QStringLiteral("No attempt yet."));
}

void TestDeliveriesPage::replayOfASelectionLeavesExactlyThosePending()
{
    const QList<Delivery> kyc = m_fx->addMany(5, m_fx->addEvent(QStringLiteral("customer.created")),
                                              m_kyc, DeliveryStatus::Dead, OutcomeClass::Timeout);
    const QList<Delivery> crm = m_fx->addMany(3, m_fx->addEvent(QStringLiteral("customer.created")),
                                              m_crm, DeliveryStatus::Dead, OutcomeClass::Tls);
    showPage();
    m_page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLettersPanel *panel = m_page->deadLetters();
    panel->setPacing(2, 10);
    QSignalSpy replayed(m_page.get(), &DeliveriesPage::deliveriesReplayed);
    QSignalSpy finished(panel, &DeadLettersPanel::replayFinished);
    DeadLetterModel *model = panel->model();
    // Two single deliveries of the KYC group (expanded) and the whole CRM group.
    const QModelIndex kycGroup = model->index(0, 0);
    panel->view()->expand(kycGroup);
    QTRY_COMPARE(model->rowCount(kycGroup), 5);
    QItemSelectionModel *selection = panel->view()->selectionModel();
    QStringList chosen;
    for (int row : {1, 3}) {
        const QModelIndex child = model->index(row, 0, kycGroup);
        chosen << model->deliveryId(child);
        selection->select(child, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    selection->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(panel->replayButton()->isEnabled());
    panel->replayButton()->click();
    // First the question: how many, to which endpoint; nothing is replayed before the answer.
    QMessageBox *box = panel->confirmation();
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Replay 5 dead letter(s)?"));
    QVERIFY2(box->informativeText().startsWith(
                 QStringLiteral("CRM: 3 dead letter(s)\nKYC: 2 dead letter(s)\n")),
             qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(!panel->replayButton()->isEnabled());
    QVERIFY(!panel->isReplaying());
    QCOMPARE(m_fx->statusOf(crm.at(0).id), QStringLiteral("dead"));
    confirmReplay(panel);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 5);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(replayed.count() >= 1);
    for (const Delivery &d : kyc)
        QCOMPARE(m_fx->statusOf(d.id),
                 chosen.contains(d.id) ? QStringLiteral("pending") : QStringLiteral("dead"));
    for (const Delivery &d : crm)
        QCOMPARE(m_fx->statusOf(d.id), QStringLiteral("pending"));
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("Replayed 5 dead letter(s)."));
    // The groups were read again: what is left is 3 KYC dead letters.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, DeadLetterModel::CountColumn).data().toInt(), 3);
    QCOMPARE(m_page->tabs()->tabText(DeliveriesPage::DeadLettersTab),
             QStringLiteral("Dead letters (3)"));
}

void TestDeliveriesPage::cancelMidwayKeepsWhatWasReplayed()
{
    const QList<Delivery> rows =
        m_fx->addMany(10, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    showPage();
    m_page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLettersPanel *panel = m_page->deadLetters();
    panel->setPacing(3, 60000); // the first batch runs at once, the next would wait a minute
    panel->view()->selectionModel()->select(
        panel->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    panel->replaySelection();
    confirmReplay(panel);
    QVERIFY(panel->isReplaying());
    QVERIFY(panel->progressBar()->isVisible());
    QCOMPARE(panel->progressBar()->maximum(), 10);
    QCOMPARE(panel->progressBar()->value(), 3);
    QVERIFY(panel->cancelButton()->isVisible());
    panel->cancelButton()->click();
    QVERIFY(!panel->isReplaying());
    QVERIFY(!panel->progressBar()->isVisible());
    int pending = 0;
    for (const Delivery &d : rows)
        pending += m_fx->statusOf(d.id) == QLatin1String("pending");
    QCOMPARE(pending, 3);
    QCOMPARE(panel->statusLabel()->text(),
             QStringLiteral("Cancelled: 3 of 10 replayed; the rest are still dead."));
    QCOMPARE(panel->model()->index(0, DeadLetterModel::CountColumn).data().toInt(), 7);
}

// The database refuses writes after the first batch: the replayed ones stay replayed, the rest
// stay dead, and the panel says so with the store's words in the tooltip.
void TestDeliveriesPage::deadLetterReplayStopsOnADatabaseError()
{
    const QList<Delivery> rows =
        m_fx->addMany(6, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    showPage();
    m_page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLettersPanel *panel = m_page->deadLetters();
    QSignalSpy finished(panel, &DeadLettersPanel::replayFinished);
    panel->setPacing(2, 10);
    panel->view()->selectionModel()->select(
        panel->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    panel->replaySelection();
    confirmReplay(panel); // the first batch runs at once
    setReadOnly(true);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(panel->statusLabel()->text(),
             QStringLiteral("Replay stopped after 2 dead letter(s) on a database error; the rest "
                            "are still dead. Try again."));
    QVERIFY2(panel->statusLabel()->toolTip().contains(readOnlyWords()),
             qPrintable(panel->statusLabel()->toolTip()));
    int pending = 0;
    for (const Delivery &d : rows)
        pending += m_fx->statusOf(d.id) == QLatin1String("pending");
    QCOMPARE(pending, 2);
    setReadOnly(false);
    QCOMPARE(panel->model()->index(0, DeadLetterModel::CountColumn).data().toInt(), 4);
}

void TestDeliveriesPage::declinedConfirmationReplaysNothing()
{
    const QList<Delivery> rows =
        m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                      DeliveryStatus::Dead, OutcomeClass::Timeout);
    showPage();
    m_page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLettersPanel *panel = m_page->deadLetters();
    QSignalSpy finished(panel, &DeadLettersPanel::replayFinished);
    panel->view()->selectionModel()->select(
        panel->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    panel->replaySelection();
    QMessageBox *box = panel->confirmation();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("KYC: 4 dead letter(s)")));
    QTRY_VERIFY(box->isVisible());
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!panel->confirmation());
    QVERIFY(!panel->isReplaying());
    QCOMPARE(finished.count(), 0);
    for (const Delivery &d : rows)
        QCOMPARE(m_fx->statusOf(d.id), QStringLiteral("dead"));
    QVERIFY(panel->replayButton()->isEnabled()); // the selection is still there to try again
}

void TestDeliveriesPage::deadLetterTreeIsLiveKeepingExpansionAndSelection()
{
    const QList<Delivery> kyc = m_fx->addMany(4, m_fx->addEvent(QStringLiteral("customer.created")),
                                              m_kyc, DeliveryStatus::Dead, OutcomeClass::Timeout);
    const QList<Delivery> crm = m_fx->addMany(2, m_fx->addEvent(QStringLiteral("customer.created")),
                                              m_crm, DeliveryStatus::Dead, OutcomeClass::Tls);
    showPage();
    m_page->liveTimer()->stop();
    m_page->tabs()->setCurrentIndex(DeliveriesPage::DeadLettersTab);
    DeadLettersPanel *panel = m_page->deadLetters();
    DeadLetterModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView *tree = panel->view();
    // CRM (second group) expanded, one of its rows selected and shown in the detail.
    const QPersistentModelIndex crmGroup = model->index(1, 0);
    tree->expand(crmGroup);
    QTRY_COMPARE(model->rowCount(crmGroup), 2);
    tree->setCurrentIndex(model->index(1, 0, crmGroup));
    const QString selected = model->deliveryId(tree->currentIndex());
    QCOMPARE(panel->detail()->deliveryId(), selected);

    // Meanwhile (the engine, another process): the KYC group empties (replayed), CRM gets a new
    // dead letter and one of its rows is replayed, and a new group appears.
    QSqlQuery q(m_db->db());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE deliveries SET status = 'pending' WHERE endpoint_id = '%1'")
                   .arg(m_kyc)));
    QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET status = 'pending' WHERE id = '%1'")
                       .arg(model->deliveryId(model->index(0, 0, crmGroup)))));
    const QList<Delivery> newer =
        m_fx->addMany(1, m_fx->addEvent(QStringLiteral("customer.created")), m_crm,
                      DeliveryStatus::Dead, OutcomeClass::Tls);
    m_fx->addMany(1, m_fx->addEvent(QStringLiteral("customer.created")), m_kyc,
                  DeliveryStatus::Dead, OutcomeClass::Http5xx);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    m_page->liveTimer()->start(20);
    QTRY_COMPARE(m_page->tabs()->tabText(DeliveriesPage::DeadLettersTab),
                 QStringLiteral("Dead letters (3)"));
    QCOMPARE(reset.count(), 0); // merged, not reset
    // The CRM group is still expanded and now first; its selected row is still selected.
    QVERIFY(crmGroup.isValid());
    QCOMPARE(crmGroup.row(), 0);
    QCOMPARE(crmGroup.data().toString(), QStringLiteral("CRM"));
    QVERIFY(tree->isExpanded(crmGroup));
    QCOMPARE(model->index(0, DeadLetterModel::CountColumn).data().toInt(), 2);
    QCOMPARE(model->rowCount(crmGroup), 2);
    QCOMPARE(model->deliveryId(model->index(0, 0, crmGroup)), newer.at(0).id);
    QCOMPARE(model->deliveryId(tree->currentIndex()), selected);
    QCOMPARE(panel->detail()->deliveryId(), selected);
    QVERIFY(tree->selectionModel()->isRowSelected(tree->currentIndex().row(),
                                                  tree->currentIndex().parent()));
    // The new group is appended (groups keep their place until F5 re-sorts).
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, DeadLetterModel::OutcomeColumn).data().toString(),
             QStringLiteral("HTTP 5xx"));
    Q_UNUSED(kyc);
    Q_UNUSED(crm);
}

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveriespage.moc"
