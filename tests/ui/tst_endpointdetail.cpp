#include "audit/auditquery.h"
#include "common/displaytext.h"
#include "config/endpointservice.h"
#include "endpoints/bulksubscriptiondialog.h"
#include "endpoints/bulktestdialog.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointspage.h"
#include "events/testeventsender.h"
#include "security/endpointsecrets.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "store/endpointrepository.h"
#include "support/clirunner.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
QLabel *errorOf(QWidget &dialog, const char *field)
{
    return dialog.findChild<QLabel *>(QStringLiteral("error_") + QLatin1String(field));
}

void retype(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

QMessageBox *waitForBox(const char *name)
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                box = qobject_cast<QMessageBox *>(w);
        }
        if (!box)
            QTest::qWait(10);
    }
    return box;
}
} // namespace

class TestEndpointDetail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void healthAndPauseReasonVisibleWithoutEditor();
    void failuresInConsoleWordsDiagnosticInTooltip();
    void failuresNameTheStatusOnce_data();
    void failuresNameTheStatusOnce();
    void refusedTestSaysWhy_data();
    void refusedTestSaysWhy();
    void retryPreview_data();
    void retryPreview();
    void badIntervalsKeepInputAndWriteNothing();
    void autoPauseThresholdsAreSaved();
    void revealNeedsConfirmation();
    void rotateChangesStoredToken();
    void webhookSecretShownForStandardSigningOnly_data();
    void webhookSecretShownForStandardSigningOnly();
    void rotateWebhookSecretKeepsOldOneAndIsAudited();
    void revealWebhookSecretNeedsConfirmation();
    void savingStandardEndpointCreatesItsFirstSecret_data();
    void savingStandardEndpointCreatesItsFirstSecret();
    void multiSelectionEnablesBulkActionsOnly();
    void bulkSubscriptionPreviewAndApply();
    void bulkSubscriptionRefusesToEmptyAnEndpoint();
    void bulkTestOneDeliveryPerEndpointLive();

private:
    QString addEndpoint(const QString &name, const QStringList &patterns = {QStringLiteral("*")},
                        SigningScheme scheme = SigningScheme::Jwt);
    QList<AuditEntry> audited(const QString &action);
    void addAttempt(const QString &endpointId, const QString &deliveryId, int number,
                    const char *outcome, qint64 durationMs, int status);
    int count(const QString &table);
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestEndpointDetail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestEndpointDetail::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
}

QString TestEndpointDetail::addEndpoint(const QString &name, const QStringList &patterns,
                                        SigningScheme scheme)
{
    Endpoint e;
    e.name = name;
    e.signingScheme = scheme;
    e.url = QUrl(QStringLiteral("https://example.com/") + name);
    e.eventPatterns = patterns;
    const EndpointService::Result r = EndpointService(m_db->db()).create(e);
    return r.ok() ? r.endpoint.id : QString();
}

void TestEndpointDetail::addAttempt(const QString &endpointId, const QString &deliveryId,
                                    int number, const char *outcome, qint64 durationMs, int status)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(deliveryId);
    q.addBindValue(endpointId);
    q.addBindValue(number);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - (100 - number) * 1000);
    q.addBindValue(durationMs);
    q.addBindValue(QString::fromLatin1(outcome));
    q.addBindValue(status);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QList<AuditEntry> TestEndpointDetail::audited(const QString &action)
{
    AuditQuery::Filter filter;
    filter.action = action;
    return AuditQuery(m_db->db()).page(filter, 100).value();
}

int TestEndpointDetail::count(const QString &table)
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestEndpointDetail::healthAndPauseReasonVisibleWithoutEditor()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    const EventPublisher::Result sent =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Console);
    QVERIFY(sent.ok());
    const QString dlv = sent.deliveries.first().id;
    // 4 attempts: 3 successes of 10, 20, 30 ms and a 500 after 400 ms.
    addAttempt(id, dlv, 1, "success", 10, 200);
    addAttempt(id, dlv, 2, "http_5xx", 400, 500);
    addAttempt(id, dlv, 3, "success", 20, 200);
    addAttempt(id, dlv, 4, "success", 30, 200);
    QVERIFY(EndpointService(m_db->db()).pause(id, QStringLiteral("receiver migration")).ok());

    EndpointsPage page(m_db->db());
    page.reload();
    page.resize(1200, 800);
    page.show();
    page.selectEndpoint(id);
    EndpointDetailPane *pane = page.detailPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("kyc"));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("successRate"))->text(),
             QStringLiteral("75.0 % (3 of 4)"));
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("p95Latency"))
                ->text()
                .startsWith(QStringLiteral("400 ms")));
    // The histogram's error bound: 400 ms lies in a bucket 7.9 ms wide.
    const QString p95Tip = pane->findChild<QLabel *>(QStringLiteral("p95Latency"))->toolTip();
    QVERIFY2(p95Tip.contains(QStringLiteral("±8 ms")), qPrintable(p95Tip));
    const QString state = pane->findChild<QLabel *>(QStringLiteral("detailState"))->text();
    QVERIFY2(state.contains(QStringLiteral("receiver migration")), qPrintable(state));
    auto *failures = pane->findChild<QTableWidget *>(QStringLiteral("lastFailures"));
    QCOMPARE(failures->rowCount(), 1);
    QVERIFY(failures->item(0, 1)->text().contains(QStringLiteral("HTTP 500")));
    // A new attempt shows without any editor, at the next refresh.
    addAttempt(id, dlv, 5, "success", 15, 200);
    pane->refreshHealth();
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("successRate"))->text(),
             QStringLiteral("80.0 % (4 of 5)"));
}

void TestEndpointDetail::failuresInConsoleWordsDiagnosticInTooltip()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    const EventPublisher::Result sent =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Console);
    QVERIFY(sent.ok());
    // Core's diagnostic is English whatever the console's language.
    const QString diagnostic = QStringLiteral("no complete answer within 5000 ms");
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, "
                             "duration_ms, outcome, http_status, error) "
                             "VALUES (?, ?, 1, ?, 5000, 'timeout', 0, ?)"));
    q.addBindValue(sent.deliveries.first().id);
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
    q.addBindValue(diagnostic);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    EndpointsPage page(m_db->db());
    page.reload();
    page.show();
    page.selectEndpoint(id);
    auto *failures = page.detailPane()->findChild<QTableWidget *>(QStringLiteral("lastFailures"));
    QCOMPARE(failures->rowCount(), 1);
    QCOMPARE(failures->item(0, 1)->text(), DisplayText::outcome(OutcomeClass::Timeout));
    for (int c = 0; c < failures->columnCount(); ++c) {
        QVERIFY(!failures->item(0, c)->text().contains(diagnostic));
        QVERIFY(failures->item(0, c)->toolTip().contains(diagnostic));
    }
}

void TestEndpointDetail::failuresNameTheStatusOnce_data()
{
    QTest::addColumn<QByteArray>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("503") << QByteArray("http_5xx") << 503 << QStringLiteral("HTTP 503");
    QTest::newRow("404") << QByteArray("http_4xx") << 404 << QStringLiteral("HTTP 404");
    QTest::newRow("302") << QByteArray("redirect") << 302
                         << QStringLiteral("Redirect (not followed) · HTTP 302");
    QTest::newRow("timeout") << QByteArray("timeout") << 0 << QStringLiteral("Timeout");
}

// The same words as the deliveries page: "HTTP 503", not "HTTP 5xx (HTTP 503)".
void TestEndpointDetail::failuresNameTheStatusOnce()
{
    QFETCH(QByteArray, outcome);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const QString id = addEndpoint(QStringLiteral("kyc"));
    const EventPublisher::Result sent =
        TestEventSender(m_db->db()).send(Environment::Sandbox, {id}, EventSource::Console);
    QVERIFY(sent.ok());
    addAttempt(id, sent.deliveries.first().id, 1, outcome.constData(), 250, status);

    EndpointsPage page(m_db->db());
    page.reload();
    page.show();
    page.selectEndpoint(id);
    auto *failures = page.detailPane()->findChild<QTableWidget *>(QStringLiteral("lastFailures"));
    QCOMPARE(failures->rowCount(), 1);
    const QString shown = failures->item(0, 1)->text();
    QCOMPARE(shown, expected);
    QVERIFY2(!shown.contains(QStringLiteral("xx")), qPrintable(shown));
}

void TestEndpointDetail::refusedTestSaysWhy_data()
{
    QTest::addColumn<bool>("removed");
    QTest::addColumn<QString>("why");
    QTest::newRow("removed meanwhile") << true << QStringLiteral("no longer exists");
    QTest::newRow("disabled") << false << QStringLiteral("is disabled");
}

void TestEndpointDetail::refusedTestSaysWhy()
{
    QFETCH(bool, removed);
    QFETCH(QString, why);
    const QString id = addEndpoint(QStringLiteral("kyc"));
    EndpointDetailPane pane(m_db->db());
    std::optional<Endpoint> e = EndpointRepository(m_db->db()).find(id).value();
    QVERIFY(e);
    pane.setEndpoint(e);
    if (removed) {
        QVERIFY(!EndpointService(m_db->db()).remove(id));
    } else {
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE endpoints SET state = 'disabled' WHERE id = '%1'").arg(id)));
    }
    pane.sendTest();
    const QString text = pane.testResult()->text();
    QVERIFY2(text.contains(why) && text.contains(id), qPrintable(text));
    QCOMPARE(count(QStringLiteral("events")), 0);
}

void TestEndpointDetail::retryPreview_data()
{
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<QString>("intervals");
    QTest::addColumn<int>("jitter");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("delay");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("total");
    QTest::newRow("default, attempt 8")
        << 30 << QString() << 0 << 7 << QStringLiteral("32 min") << QStringLiteral("1 h 3 min")
        << QStringLiteral("31 attempt(s) over 4 d 23 h");
    QTest::newRow("default, attempt 2")
        << 30 << QString() << 0 << 1 << QStringLiteral("immediately") << QStringLiteral("0 s")
        << QStringLiteral("31 attempt(s)");
    QTest::newRow("custom, last repeats")
        << 3 << QStringLiteral("10s, 1m") << 0 << 3 << QStringLiteral("1 min")
        << QStringLiteral("2 min 10 s") << QStringLiteral("4 attempt(s) over 2 min 10 s");
    QTest::newRow("jitter shows a range")
        << 2 << QStringLiteral("100s") << 10 << 2 << QStringLiteral("1 min 40 s")
        << QStringLiteral("3 min – 3 min 40 s") << QStringLiteral("± 10 % jitter");
}

void TestEndpointDetail::retryPreview()
{
    QFETCH(int, maxRetries);
    QFETCH(QString, intervals);
    QFETCH(int, jitter);
    QFETCH(int, row);
    QFETCH(QString, delay);
    QFETCH(QString, offset);
    QFETCH(QString, total);
    EndpointDialog dialog(m_db->db(), Environment::Sandbox);
    dialog.findChild<QSpinBox *>(QStringLiteral("maxRetriesSpin"))->setValue(maxRetries);
    retype(dialog.findChild<QLineEdit *>(QStringLiteral("intervalsEdit")), intervals);
    dialog.findChild<QSpinBox *>(QStringLiteral("jitterSpin"))->setValue(jitter);
    QTableWidget *preview = dialog.retryPreview();
    QCOMPARE(preview->rowCount(), maxRetries + 1);
    QCOMPARE(preview->item(row, 0)->text(), QString::number(row + 1));
    QCOMPARE(preview->item(row, 1)->text(), delay);
    QCOMPARE(preview->item(row, 2)->text(), offset);
    QVERIFY2(dialog.retryPreviewTotal()->text().contains(total),
             qPrintable(dialog.retryPreviewTotal()->text()));
}

void TestEndpointDetail::badIntervalsKeepInputAndWriteNothing()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    const std::optional<Endpoint> stored = EndpointRepository(m_db->db()).find(id).value();
    EndpointDialog dialog(m_db->db(), Environment::Sandbox, stored);
    dialog.show();
    auto *intervals = dialog.findChild<QLineEdit *>(QStringLiteral("intervalsEdit"));
    retype(intervals, QStringLiteral("10s, soon, 1h"));
    dialog.findChild<QSpinBox *>(QStringLiteral("maxRetriesSpin"))->setValue(5);
    const QByteArray before = test::fileDigest(m_db->path());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QLabel *error = errorOf(dialog, "retry_intervals");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“soon”")), qPrintable(error->text()));
    QCOMPARE(intervals->text(), QStringLiteral("10s, soon, 1h")); // nothing the user typed is lost
    QVERIFY(!dialog.retryPreview()->isEnabled());
    QCOMPARE(test::fileDigest(m_db->path()), before);
    QCOMPARE(EndpointRepository(m_db->db()).find(id).value()->retryPolicy, stored->retryPolicy);
    // Fixed, it saves exactly what the preview showed.
    retype(intervals, QStringLiteral("10s, 30m, 1h"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const RetryPolicy saved = EndpointRepository(m_db->db()).find(id).value()->retryPolicy;
    QCOMPARE(saved.maxRetries, 5);
    QCOMPARE(saved.intervals,
             (QList<std::chrono::seconds>{std::chrono::seconds(10), std::chrono::minutes(30),
                                          std::chrono::hours(1)}));
}

void TestEndpointDetail::autoPauseThresholdsAreSaved()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    EndpointDialog dialog(m_db->db(), Environment::Sandbox,
                          EndpointRepository(m_db->db()).find(id).value());
    auto *failures = dialog.findChild<QSpinBox *>(QStringLiteral("pauseFailuresSpin"));
    auto *timeouts = dialog.findChild<QSpinBox *>(QStringLiteral("pauseTimeoutsSpin"));
    QCOMPARE(failures->value(), 0); // the default, shown as such
    QCOMPARE(failures->text(), QStringLiteral("20 failures in a row (default)"));
    failures->setValue(5);
    timeouts->setValue(80);
    dialog.findChild<QSpinBox *>(QStringLiteral("jitterSpin"))->setValue(15);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Endpoint saved = *EndpointRepository(m_db->db()).find(id).value();
    QCOMPARE(saved.autoPause.consecutiveFailures, std::optional<int>(5));
    QCOMPARE(saved.autoPause.timeoutPercent, std::optional<int>(80));
    QCOMPARE(saved.retryPolicy.jitterPercent, 15);
}

void TestEndpointDetail::revealNeedsConfirmation()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    MemorySecretStore store;
    EndpointSecrets secrets(&store);
    QString token;
    secrets.rotateAuthToken(id, [&token](const EndpointSecrets::Result &r) { token = r.value; });
    QTRY_VERIFY(!token.isEmpty());

    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    page.selectEndpoint(id);
    EndpointDetailPane *pane = page.detailPane();
    auto *reveal = pane->findChild<QPushButton *>(QStringLiteral("revealTokenButton"));
    reveal->click();
    QMessageBox *box = waitForBox("revealTokenConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(pane->tokenField()->text().isEmpty());
    QCOMPARE(pane->tokenField()->echoMode(), QLineEdit::Password);

    reveal->click();
    box = waitForBox("revealTokenConfirmation");
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmRevealButton"))->click();
    QTRY_COMPARE(pane->tokenField()->text(), token);
    QCOMPARE(pane->tokenField()->echoMode(), QLineEdit::Normal);
    // Hide forgets it again.
    reveal->click();
    QVERIFY(pane->tokenField()->text().isEmpty());
}

void TestEndpointDetail::rotateChangesStoredToken()
{
    const QString id = addEndpoint(QStringLiteral("kyc"));
    MemorySecretStore store;
    EndpointSecrets secrets(&store);
    QString old;
    secrets.rotateAuthToken(id, [&old](const EndpointSecrets::Result &r) { old = r.value; });
    QTRY_VERIFY(!old.isEmpty());

    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    page.selectEndpoint(id);
    QSignalSpy changed(&page, &EndpointsPage::secretsChanged);
    page.detailPane()->findChild<QPushButton *>(QStringLiteral("rotateTokenButton"))->click();
    QMessageBox *box = waitForBox("rotateTokenConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);

    page.detailPane()->findChild<QPushButton *>(QStringLiteral("rotateTokenButton"))->click();
    box = waitForBox("rotateTokenConfirmation");
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmRotateButton"))->click();
    QTRY_COMPARE(changed.count(), 1);
    QString now;
    secrets.authToken(id, [&now](const EndpointSecrets::Result &r) { now = r.value; });
    QTRY_VERIFY(!now.isEmpty());
    QVERIFY(now != old);
    QCOMPARE(page.detailPane()->tokenField()->text(), now); // shown once, for the receiver
    const QList<AuditEntry> entries = audited(QStringLiteral("endpoint.auth_token.rotate"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().object, id);
    QVERIFY(!entries.first().details.contains(now.toUtf8()));
}

void TestEndpointDetail::webhookSecretShownForStandardSigningOnly_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<bool>("shown");
    QTest::newRow("jwt") << SigningScheme::Jwt << false;
    QTest::newRow("standard") << SigningScheme::StandardWebhooks << true;
}

void TestEndpointDetail::webhookSecretShownForStandardSigningOnly()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(bool, shown);
    const QString id = addEndpoint(QStringLiteral("kyc"), {QStringLiteral("*")}, scheme);
    MemorySecretStore store;
    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    page.selectEndpoint(id);
    EndpointDetailPane *pane = page.detailPane();
    QCOMPARE(pane->webhookSecretSection()->isVisible(), shown);
    QCOMPARE(pane->findChild<QPushButton *>(QStringLiteral("rotateWhsecButton"))->isVisible(),
             shown);
    // The scheme is named either way.
    const QString note = pane->findChild<QLabel *>(QStringLiteral("signingNote"))->text();
    QVERIFY2(note.contains(shown ? QStringLiteral("whsec_") : QStringLiteral("JWT")),
             qPrintable(note));
}

void TestEndpointDetail::rotateWebhookSecretKeepsOldOneAndIsAudited()
{
    const QString id =
        addEndpoint(QStringLiteral("kyc"), {QStringLiteral("*")}, SigningScheme::StandardWebhooks);
    MemorySecretStore store;
    EndpointSecrets secrets(&store);
    QString old;
    secrets.rotateWebhookSecret(id, [&old](const EndpointSecrets::Result &r) { old = r.value; });
    QTRY_VERIFY(!old.isEmpty());
    const QByteArray storedBefore = store.contents().value(SecretNames::webhookSecret(id));

    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    page.selectEndpoint(id);
    QSignalSpy changed(&page, &EndpointsPage::secretsChanged);
    auto *rotate = page.detailPane()->findChild<QPushButton *>(QStringLiteral("rotateWhsecButton"));
    rotate->click();
    QMessageBox *box = waitForBox("rotateWhsecConfirmation");
    QVERIFY(box);
    // The confirmation tells how long the current secret stays valid.
    QVERIFY2(box->informativeText().contains(QStringLiteral("24 more hour")),
             qPrintable(box->informativeText()));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.contents().value(SecretNames::webhookSecret(id)), storedBefore);
    QVERIFY(audited(QStringLiteral("endpoint.whsec.rotate")).isEmpty());

    rotate->click();
    box = waitForBox("rotateWhsecConfirmation");
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmRotateButton"))->click();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(store.contents().value(SecretNames::webhookSecret(id)) != storedBefore);
    QStringList valid;
    secrets.webhookSecrets(id, [&valid](const EndpointSecrets::Result &r) { valid = r.values; });
    QTRY_COMPARE(valid.size(), 2);
    QVERIFY(valid.first() != old);
    QVERIFY(valid.first().startsWith(QStringLiteral("whsec_")));
    QCOMPARE(valid.at(1), old); // still valid for the overlap
    QCOMPARE(page.detailPane()->webhookSecretField()->text(), valid.first());
    const QString status =
        page.detailPane()->findChild<QLabel *>(QStringLiteral("whsecStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("stays valid until")), qPrintable(status));

    const QList<AuditEntry> entries = audited(QStringLiteral("endpoint.whsec.rotate"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().object, id);
    QVERIFY(entries.first().details.contains("\"overlap_seconds\":86400"));
    // No secret in the audit log.
    QVERIFY(!entries.first().details.contains("whsec_"));
}

void TestEndpointDetail::revealWebhookSecretNeedsConfirmation()
{
    const QString id =
        addEndpoint(QStringLiteral("kyc"), {QStringLiteral("*")}, SigningScheme::StandardWebhooks);
    MemorySecretStore store;
    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    page.selectEndpoint(id);
    EndpointDetailPane *pane = page.detailPane();
    auto *reveal = pane->findChild<QPushButton *>(QStringLiteral("revealWhsecButton"));
    auto *copy = pane->findChild<QPushButton *>(QStringLiteral("copyWhsecButton"));
    auto *status = pane->findChild<QLabel *>(QStringLiteral("whsecStatus"));

    // None yet: says so, shows nothing.
    reveal->click();
    QMessageBox *box = waitForBox("revealWhsecConfirmation");
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmRevealButton"))->click();
    QTRY_VERIFY(status->text().contains(QStringLiteral("No whsec_ secret yet")));
    QVERIFY(pane->webhookSecretField()->text().isEmpty());
    QVERIFY(!copy->isEnabled());

    EndpointSecrets secrets(&store);
    QString current;
    secrets.rotateWebhookSecret(
        id, [&current](const EndpointSecrets::Result &r) { current = r.value; });
    QTRY_VERIFY(!current.isEmpty());
    reveal->click();
    box = waitForBox("revealWhsecConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(pane->webhookSecretField()->text().isEmpty());

    reveal->click();
    box = waitForBox("revealWhsecConfirmation");
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmRevealButton"))->click();
    QTRY_COMPARE(pane->webhookSecretField()->text(), current);
    QCOMPARE(pane->webhookSecretField()->echoMode(), QLineEdit::Normal);
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), current);
    QGuiApplication::clipboard()->clear();
    // Another endpoint forgets it.
    const QString other =
        addEndpoint(QStringLiteral("crm"), {QStringLiteral("*")}, SigningScheme::StandardWebhooks);
    page.reload();
    page.selectEndpoint(other);
    QVERIFY(pane->webhookSecretField()->text().isEmpty());
    QVERIFY(!copy->isEnabled());
}

void TestEndpointDetail::multiSelectionEnablesBulkActionsOnly()
{
    addEndpoint(QStringLiteral("a"));
    addEndpoint(QStringLiteral("b"));
    EndpointsPage page(m_db->db());
    page.reload();
    page.show();
    page.view()->selectAll();
    QCOMPARE(page.selectedEndpoints().size(), 2);
    QVERIFY(!page.editAction()->isEnabled());
    QVERIFY(!page.pauseAction()->isEnabled());
    QVERIFY(page.testAction()->isEnabled());
    QVERIFY(page.subscriptionsAction()->isEnabled());
    QVERIFY(!page.detailPane()->endpoint());
    QVERIFY(
        page.detailPane()->findChild<QLabel *>(QStringLiteral("detailPlaceholder"))->isVisible());
}

void TestEndpointDetail::bulkSubscriptionPreviewAndApply()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"), {QStringLiteral("*")});
    const EndpointRepository repo(m_db->db());
    BulkSubscriptionDialog dialog(m_db->db(), {*repo.find(a).value(), *repo.find(b).value()});
    dialog.show();
    QTest::keyClicks(dialog.addEdit(), QStringLiteral("verification.*"));
    QTest::keyClicks(dialog.removeEdit(), QStringLiteral("*"));
    QTRY_COMPARE(dialog.preview()->item(1, 2)->text(), QStringLiteral("verification.*"));
    QCOMPARE(dialog.preview()->item(0, 2)->text(), QStringLiteral("customer.*, verification.*"));
    QCOMPARE(repo.find(b).value()->eventPatterns, QStringList{QStringLiteral("*")}); // preview only
    auto *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(repo.find(a).value()->eventPatterns,
             (QStringList{QStringLiteral("customer.*"), QStringLiteral("verification.*")}));
    QCOMPARE(repo.find(b).value()->eventPatterns, QStringList{QStringLiteral("verification.*")});
}

void TestEndpointDetail::bulkSubscriptionRefusesToEmptyAnEndpoint()
{
    const QString a = addEndpoint(QStringLiteral("a"), {QStringLiteral("customer.*")});
    const QString b = addEndpoint(QStringLiteral("b"),
                                  {QStringLiteral("customer.*"), QStringLiteral("dossier.*")});
    const EndpointRepository repo(m_db->db());
    BulkSubscriptionDialog dialog(m_db->db(), {*repo.find(a).value(), *repo.find(b).value()});
    dialog.show();
    QTest::keyClicks(dialog.removeEdit(), QStringLiteral("customer.*"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("bulkProblem"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("a")));
    auto *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!apply->isEnabled());
    const QByteArray before = test::fileDigest(m_db->path());
    dialog.accept(); // even when forced: nothing is written
    QCOMPARE(test::fileDigest(m_db->path()), before);
    QCOMPARE(repo.find(b).value()->eventPatterns.size(), 2);
}

void TestEndpointDetail::bulkTestOneDeliveryPerEndpointLive()
{
    const QStringList ids{addEndpoint(QStringLiteral("a")),
                          addEndpoint(QStringLiteral("b"), {QStringLiteral("customer.*")}),
                          addEndpoint(QStringLiteral("c"))};
    addEndpoint(QStringLiteral("not selected"));
    const EndpointRepository repo(m_db->db());
    QList<Endpoint> selected;
    for (const QString &id : ids)
        selected << *repo.find(id).value();
    BulkTestDialog dialog(m_db->db(), Environment::Sandbox, selected);
    QSignalSpy queued(&dialog, &BulkTestDialog::testQueued);
    dialog.show();
    dialog.send();
    QCOMPARE(queued.count(), 1);
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 3);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT endpoint_id FROM deliveries")));
    QStringList targeted;
    while (q.next())
        targeted << q.value(0).toString();
    targeted.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(targeted, expected);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->item(1, BulkTestDialog::StatusColumn)->text(), QStringLiteral("queued"));
    // The engine records b's first attempt: its row follows without a click.
    QVERIFY(
        q.exec(
            QStringLiteral("SELECT id FROM deliveries WHERE endpoint_id = '%1'").arg(ids.at(1))) &&
        q.next());
    addAttempt(ids.at(1), q.value(0).toString(), 1, "success", 12, 204);
    QTRY_COMPARE(table->item(1, BulkTestDialog::StatusColumn)->text(), QStringLiteral("delivered"));
    QCOMPARE(table->item(1, BulkTestDialog::LatencyColumn)->text(), QStringLiteral("12 ms"));
    QVERIFY(table->item(1, BulkTestDialog::OutcomeColumn)->text().contains(QStringLiteral("204")));
    QCOMPARE(table->item(0, BulkTestDialog::StatusColumn)->text(), QStringLiteral("queued"));
    QCOMPARE(dialog.finishedCount(), 1);
}

void TestEndpointDetail::savingStandardEndpointCreatesItsFirstSecret_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<bool>("secret");
    QTest::newRow("standard") << SigningScheme::StandardWebhooks << true;
    QTest::newRow("jwt") << SigningScheme::Jwt << false;
}

// Without a whsec_ secret a Standard Webhooks endpoint's deliveries wait: saving makes one.
void TestEndpointDetail::savingStandardEndpointCreatesItsFirstSecret()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(bool, secret);
    MemorySecretStore store;
    EndpointsPage page(m_db->db());
    page.reload();
    page.setSecretStore(&store);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy changed(&page, &EndpointsPage::secretsChanged);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    EndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<EndpointDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Fresh"));
    dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))
        ->setText(QStringLiteral("https://fresh.example.com"));
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("signingSchemeCombo"));
    combo->setCurrentIndex(combo->findData(int(scheme)));
    dialog->accept();
    QVERIFY(page.currentEndpoint());
    const QString id = page.currentEndpoint()->id;
    if (secret) {
        QTRY_COMPARE(changed.count(), 1);
        QTRY_VERIFY(page.detailPane()
                        ->findChild<QLabel *>(QStringLiteral("whsecStatus"))
                        ->text()
                        .contains(QStringLiteral("was created")));
    } else {
        QTest::qWait(50);
        QCOMPARE(changed.count(), 0);
    }
    QCOMPARE(store.contents().contains(SecretNames::webhookSecret(id)), secret);
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), secret ? 1 : 0);
}

QTEST_MAIN(TestEndpointDetail)
#include "tst_endpointdetail.moc"
