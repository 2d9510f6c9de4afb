#include "config/endpointservice.h"
#include "endpoints/endpointdialog.h"
#include "store/connection.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
QLineEdit *edit(QWidget &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}
QLabel *errorLabel(QWidget &dialog, const char *field)
{
    return dialog.findChild<QLabel *>(QStringLiteral("error_") + QLatin1String(field));
}
void type(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClicks(line, text);
}
} // namespace

class TestEndpointDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesPlainHttpNextToUrlField();
    void showsEachErrorAtItsField_data();
    void showsEachErrorAtItsField();
    void validatesWhileTyping();
    void createWritesToTheDatabaseFile();
    void credentialHeaderIsSecretAndMasked();
    void editKeepsIdAndSavesChanges();
    void storeErrorStaysInDialog();
};

void TestEndpointDialog::refusesPlainHttpNextToUrlField()
{
    test::TempDatabase db;
    EndpointDialog dialog(db.db(), Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(edit(dialog, "nameEdit"), QStringLiteral("Plain"));
    QLineEdit *url = edit(dialog, "urlEdit");
    type(url, QStringLiteral("http://example.com/hooks"));
    dialog.accept();

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QLabel *error = errorLabel(dialog, "url");
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("HTTPS")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("https://")));
    // "Next to its field": directly under the URL box, sharing its column.
    const QRect urlRect(url->mapTo(&dialog, QPoint(0, 0)), url->size());
    const QRect errorRect(error->mapTo(&dialog, QPoint(0, 0)), error->size());
    QCOMPARE(errorRect.left(), urlRect.left());
    QVERIFY(errorRect.top() >= urlRect.bottom());
    QVERIFY(errorRect.top() - urlRect.bottom() < 20);
    QVERIFY(!url->styleSheet().isEmpty()); // highlighted
    QCOMPARE(url->accessibleDescription(), error->text());
    QVERIFY(!errorLabel(dialog, "name")->isVisible());
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);
}

void TestEndpointDialog::showsEachErrorAtItsField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("failover");
    QTest::addColumn<QString>("authHeader");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const QString ok = QStringLiteral("https://example.com/a");
    QTest::newRow("name required")
        << QString() << ok << QStringLiteral("*") << QString() << QStringLiteral("Authorization")
        << QStringLiteral("name") << QStringLiteral("name");
    QTest::newRow("url required") << QStringLiteral("n") << QString() << QStringLiteral("*")
                                  << QString() << QStringLiteral("Authorization")
                                  << QStringLiteral("url") << QStringLiteral("Enter the URL");
    QTest::newRow("url incomplete")
        << QStringLiteral("n") << QStringLiteral("https://") << QStringLiteral("*") << QString()
        << QStringLiteral("Authorization") << QStringLiteral("url")
        << QStringLiteral("https://host/path");
    QTest::newRow("bad pattern") << QStringLiteral("n") << ok << QStringLiteral("customer.*.x, *x")
                                 << QString() << QStringLiteral("Authorization")
                                 << QStringLiteral("events")
                                 << QStringLiteral("not a valid pattern");
    QTest::newRow("no pattern") << QStringLiteral("n") << ok << QStringLiteral(" , ") << QString()
                                << QStringLiteral("Authorization") << QStringLiteral("events")
                                << QStringLiteral("at least one");
    QTest::newRow("failover http")
        << QStringLiteral("n") << ok << QStringLiteral("*")
        << QStringLiteral("http://backup.example.com") << QStringLiteral("Authorization")
        << QStringLiteral("failover_url") << QStringLiteral("HTTPS");
    QTest::newRow("failover same")
        << QStringLiteral("n") << ok << QStringLiteral("*") << ok << QStringLiteral("Authorization")
        << QStringLiteral("failover_url") << QStringLiteral("differ");
    // Refused by the destination policy in the service, after the form's own checks passed.
    QTest::newRow("url loopback") << QStringLiteral("n")
                                  << QStringLiteral("https://127.0.0.1/hooks")
                                  << QStringLiteral("*") << QString()
                                  << QStringLiteral("Authorization") << QStringLiteral("url")
                                  << QStringLiteral("does not deliver to this address");
    QTest::newRow("failover localhost")
        << QStringLiteral("n") << ok << QStringLiteral("*")
        << QStringLiteral("https://localhost/hooks") << QStringLiteral("Authorization")
        << QStringLiteral("failover_url") << QStringLiteral("local");
    QTest::newRow("auth reserved") << QStringLiteral("n") << ok << QStringLiteral("*") << QString()
                                   << QStringLiteral("X-Webhook-Id")
                                   << QStringLiteral("auth_header") << QStringLiteral("auth token");
}

void TestEndpointDialog::showsEachErrorAtItsField()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, events);
    QFETCH(QString, failover);
    QFETCH(QString, authHeader);
    QFETCH(QString, field);
    QFETCH(QString, words);
    test::TempDatabase db;
    EndpointDialog dialog(db.db(), Environment::Live);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, "nameEdit")->setText(name);
    edit(dialog, "urlEdit")->setText(url);
    edit(dialog, "eventsEdit")->setText(events);
    edit(dialog, "failoverUrlEdit")->setText(failover);
    edit(dialog, "authHeaderEdit")->setText(authHeader);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QLabel *error = errorLabel(dialog, qPrintable(field));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(words, Qt::CaseInsensitive), qPrintable(error->text()));
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Live).value(), 0);
}

void TestEndpointDialog::validatesWhileTyping()
{
    test::TempDatabase db;
    EndpointDialog dialog(db.db(), Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *url = edit(dialog, "urlEdit");
    QTest::keyClicks(url, QStringLiteral("http://example.com"));
    QLabel *error = errorLabel(dialog, "url");
    QTRY_VERIFY(error->isVisible());
    // Untouched fields stay quiet while typing, even though the name is still empty.
    QVERIFY(!errorLabel(dialog, "name")->isVisible());
    type(url, QStringLiteral("https://example.com"));
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(url->styleSheet().isEmpty());
}

void TestEndpointDialog::createWritesToTheDatabaseFile()
{
    test::TempDatabase db;
    EndpointDialog dialog(db.db(), Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(edit(dialog, "nameEdit"), QStringLiteral("KYC receiver"));
    type(edit(dialog, "urlEdit"), QStringLiteral("https://kyc.example.com/hooks"));
    type(edit(dialog, "eventsEdit"), QStringLiteral("identity_document.*, customer.created"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    method->setCurrentIndex(method->findText(QStringLiteral("PUT")));
    dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(4);
    auto *headers = dialog.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    headers->setRowCount(1);
    headers->setItem(0, 0, new QTableWidgetItem(QStringLiteral("X-Tenant")));
    headers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("acme")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedEndpoint().id.startsWith(QStringLiteral("ep_")));

    // Read back through a separate connection to the same file.
    Connection other(db.path());
    QVERIFY(!other.open());
    const QList<Endpoint> stored =
        EndpointRepository(other.database()).list(Environment::Sandbox).value();
    QCOMPARE(stored.size(), 1);
    const Endpoint &e = stored.first();
    QCOMPARE(e.name, QStringLiteral("KYC receiver"));
    QCOMPARE(e.url, QUrl(QStringLiteral("https://kyc.example.com/hooks")));
    QVERIFY(e.method == HttpMethod::Put);
    QCOMPARE(e.timeoutSeconds, 4);
    QCOMPARE(e.eventPatterns, (QStringList{QStringLiteral("identity_document.*"),
                                           QStringLiteral("customer.created")}));
    QCOMPARE(e.customHeaders,
             (QList<HttpHeader>{{QStringLiteral("X-Tenant"), QStringLiteral("acme")}}));
    QCOMPARE(EndpointRepository(other.database()).count(Environment::Live).value(), 0);
}

// Issue 14 §5: a header named like a credential is ticked "Secret" as its name is typed, its
// value is masked while typed, and the database gets a reference only.
void TestEndpointDialog::credentialHeaderIsSecretAndMasked()
{
    test::TempDatabase db;
    EndpointDialog dialog(db.db(), Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(edit(dialog, "nameEdit"), QStringLiteral("Partner"));
    type(edit(dialog, "urlEdit"), QStringLiteral("https://partner.example.com/hooks"));
    auto *headers = dialog.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    QPushButton *add = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Add header"))
            add = b;
    }
    QVERIFY(add);
    add->click();
    add->click();
    QCOMPARE(headers->rowCount(), 2);
    QCOMPARE(headers->columnCount(), 3);
    headers->item(0, 0)->setText(QStringLiteral("X-Api-Key"));
    headers->item(0, 1)->setText(QStringLiteral("sk_live_SENTINEL_1234"));
    headers->item(1, 0)->setText(QStringLiteral("X-Team"));
    headers->item(1, 1)->setText(QStringLiteral("kyc"));
    QCOMPARE(headers->item(0, 2)->checkState(), Qt::Checked);
    QCOMPARE(headers->item(1, 2)->checkState(), Qt::Unchecked);
    // The user's choice wins over the name from then on.
    headers->item(1, 2)->setCheckState(Qt::Checked);
    headers->item(1, 0)->setText(QStringLiteral("X-Team-Name"));
    QCOMPARE(headers->item(1, 2)->checkState(), Qt::Checked);
    headers->item(1, 2)->setCheckState(Qt::Unchecked);

    // Typed like a password.
    const QModelIndex value = headers->model()->index(0, 1);
    std::unique_ptr<QWidget> editor(headers->itemDelegateForIndex(value)->createEditor(
        headers->viewport(), QStyleOptionViewItem(), value));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(line);
    QCOMPARE(line->echoMode(), QLineEdit::Password);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The caller stores the value in the keychain (EndpointDetailPane::storeSecretHeaders) …
    QCOMPARE(dialog.savedEndpoint().customHeaders,
             (QList<HttpHeader>{
                 {QStringLiteral("X-Api-Key"), QStringLiteral("sk_live_SENTINEL_1234"), true},
                 {QStringLiteral("X-Team-Name"), QStringLiteral("kyc"), false}}));
    // … the database has the reference only.
    Connection other(db.path());
    QVERIFY(!other.open());
    const Endpoint stored =
        EndpointRepository(other.database()).list(Environment::Sandbox).value().first();
    QCOMPARE(stored.customHeaders.first(),
             (HttpHeader{QStringLiteral("X-Api-Key"), QString(), true}));
    QSqlQuery q(other.database());
    QVERIFY(q.exec(QStringLiteral("SELECT custom_headers FROM endpoints")));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("SENTINEL")));
}

void TestEndpointDialog::editKeepsIdAndSavesChanges()
{
    test::TempDatabase db;
    Endpoint original;
    {
        EndpointDialog create(db.db(), Environment::Live);
        edit(create, "nameEdit")->setText(QStringLiteral("Old"));
        edit(create, "urlEdit")->setText(QStringLiteral("https://old.example.com"));
        create.accept();
        QCOMPARE(create.result(), int(QDialog::Accepted));
        original = create.savedEndpoint();
    }
    EndpointDialog dialog(db.db(), Environment::Sandbox, original);
    QVERIFY(dialog.isEditing());
    QCOMPARE(edit(dialog, "urlEdit")->text(), QStringLiteral("https://old.example.com"));
    edit(dialog, "nameEdit")->setText(QStringLiteral("New"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Endpoint> stored = EndpointRepository(db.db()).find(original.id).value();
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("New"));
    QVERIFY(stored->environment == Environment::Live);
    QCOMPARE(stored->webhookId, original.webhookId);
}

void TestEndpointDialog::storeErrorStaysInDialog()
{
    test::TempDatabase db;
    EndpointDialog create(db.db(), Environment::Sandbox);
    edit(create, "nameEdit")->setText(QStringLiteral("Soon gone"));
    edit(create, "urlEdit")->setText(QStringLiteral("https://gone.example.com"));
    create.accept();
    QCOMPARE(create.result(), int(QDialog::Accepted));

    EndpointDialog dialog(db.db(), Environment::Sandbox, create.savedEndpoint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Removed elsewhere (another window, hooklinectl) while the dialog is open.
    QVERIFY(!EndpointService(db.db()).remove(create.savedEndpoint().id));
    edit(dialog, "nameEdit")->setText(QStringLiteral("Renamed"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto *storeError = dialog.findChild<QLabel *>(QStringLiteral("storeError"));
    QVERIFY(storeError && storeError->isVisible());
    QVERIFY2(storeError->text().contains(QStringLiteral("no longer exists")),
             qPrintable(storeError->text()));
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);
}

QTEST_MAIN(TestEndpointDialog)
#include "tst_endpointdialog.moc"
