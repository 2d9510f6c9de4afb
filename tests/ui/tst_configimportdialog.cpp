#include "config/endpointservice.h"
#include "endpoints/configimportdialog.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hookline;
using namespace hookline::ui;
using Kind = ConfigDiff::Kind;

namespace {
QString fixture(const char *name)
{
    return hookline::test::sourceDir() + QStringLiteral("/tests/fixtures/config/") +
           QLatin1String(name);
}

QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(ConfigImportDialog::NameColumn) == name)
            return tree->topLevelItem(i);
    return nullptr;
}

QMessageBox *visibleBox(QWidget *parent, const QString &name)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(name))
        if (box->isVisible())
            return box;
    return nullptr;
}
} // namespace

class TestConfigImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void refusedTemplatesListErrors_data();
    void refusedTemplatesListErrors();
    void diffPreviewRows();
    void applyChangesAndSignals();
    void deletesAreConfirmedFirst();
    void otherEnvironmentIsAnnounced();
    void pageImportsAndExports();
    void importMakesFirstWebhookSecrets();
    void importStoresSecretHeaderValues();
    void keychainFailureIsSaidInline();

private:
    QList<Endpoint> stored() const { return EndpointRepository(m_db->db()).listAll().value(); }
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ConfigImportDialog> m_dialog;
};

void TestConfigImportDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    EndpointService service(m_db->db());
    Endpoint eu;
    eu.name = QStringLiteral("kyc-eu");
    eu.url = QUrl(QStringLiteral("https://eu.kyc.example.com/hooks"));
    QVERIFY(service.create(eu).ok());
    Endpoint legacy;
    legacy.name = QStringLiteral("legacy");
    legacy.url = QUrl(QStringLiteral("https://legacy.example.com/in"));
    QVERIFY(service.create(legacy).ok());
    m_dialog = std::make_unique<ConfigImportDialog>(m_db->db(), Environment::Sandbox);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConfigImportDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

void TestConfigImportDialog::refusedTemplatesListErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << fixture("malformed.json") << "whole file"
                               << "line 5";
    QTest::newRow("out of range") << fixture("out-of-range.json") << "endpoints[3].timeout_s"
                                  << "Choose a timeout from 1 to 10 seconds.";
    QTest::newRow("duplicate") << fixture("duplicate-names.json") << "endpoints[2].name"
                               << "“kyc” is already used";
    QTest::newRow("policy") << fixture("denied-url.json") << "endpoints[1].url"
                            << "Hookline does not deliver to this address";
    QTest::newRow("secret") << fixture("secret.json") << "endpoints[0].auth_token"
                            << "Secrets are never read";
}

void TestConfigImportDialog::refusedTemplatesListErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QList<Endpoint> before = stored();
    m_dialog->loadFile(file);

    QVERIFY(m_dialog->errorView()->isVisible());
    QVERIFY(!m_dialog->diffTree()->isVisible());
    const QList<QPair<QString, QString>> shown = m_dialog->shownErrors();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first().first, path);
    QVERIFY2(shown.first().second.contains(message), qPrintable(shown.first().second));
    QVERIFY(!shown.first().second.contains(QLatin1String("s3cr3t")));
    auto *label = m_dialog->findChild<QLabel *>(QStringLiteral("importErrors"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(path));
    QVERIFY(m_dialog->summaryLabel()->text().contains(QLatin1String("Nothing was changed")));
    QVERIFY(!m_dialog->applyButton()->isEnabled());
    m_dialog->apply();
    QCOMPARE(stored(), before);
}

void TestConfigImportDialog::diffPreviewRows()
{
    m_dialog->loadFile(fixture("valid.json"));
    QTreeWidget *tree = m_dialog->diffTree();
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(ConfigImportDialog::NameColumn), QStringLiteral("kyc-eu"));
    QVERIFY2(m_dialog->summaryLabel()->text().contains(
                 QStringLiteral("2 to create · 1 to update · 0 to delete · 0 unchanged")),
             qPrintable(m_dialog->summaryLabel()->text()));

    QTreeWidgetItem *update = topItem(tree, QStringLiteral("kyc-eu"));
    QCOMPARE(update->data(ConfigImportDialog::NameColumn, Qt::UserRole).toInt(), int(Kind::Update));
    QVERIFY(update->isExpanded());
    QCOMPARE(update->childCount(), 3);
    QTreeWidgetItem *timeout = update->child(1);
    QCOMPARE(timeout->text(ConfigImportDialog::NameColumn), QStringLiteral("Timeout (s)"));
    QCOMPARE(timeout->text(ConfigImportDialog::CurrentColumn), QStringLiteral("10"));
    QCOMPARE(timeout->text(ConfigImportDialog::NewColumn), QStringLiteral("5"));
    QCOMPARE(update->child(0)->text(ConfigImportDialog::NewColumn),
             QStringLiteral("identity_document.*"));

    // A creation lists the URL and what the template sets beyond the built-in defaults.
    QTreeWidgetItem *create = topItem(tree, QStringLiteral("kyc-us"));
    QCOMPARE(create->data(ConfigImportDialog::NameColumn, Qt::UserRole).toInt(), int(Kind::Create));
    QStringList labels;
    for (int i = 0; i < create->childCount(); ++i) {
        labels << create->child(i)->text(ConfigImportDialog::NameColumn);
        QVERIFY(create->child(i)->text(ConfigImportDialog::CurrentColumn).isEmpty());
    }
    QCOMPARE(labels, QStringList({QStringLiteral("URL"), QStringLiteral("Events"),
                                  QStringLiteral("Custom headers"), QStringLiteral("Timeout (s)"),
                                  QStringLiteral("Max retries"), QStringLiteral("Tags")}));
    QCOMPARE(create->child(2)->text(ConfigImportDialog::NewColumn), QStringLiteral("X-Team: kyc"));

    // The endpoint the template leaves out is named, and stays.
    auto *notes = m_dialog->findChild<QLabel *>(QStringLiteral("importNotes"));
    QVERIFY(notes->isVisible());
    QVERIFY2(notes->text().contains(QLatin1String("legacy")), qPrintable(notes->text()));
    QVERIFY(m_dialog->applyButton()->isEnabled());
}

void TestConfigImportDialog::applyChangesAndSignals()
{
    m_dialog->loadFile(fixture("valid.json"));
    QSignalSpy applied(m_dialog.get(), &ConfigImportDialog::applied);
    QTest::mouseClick(m_dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(EndpointRepository(m_db->db()).count(Environment::Sandbox).value(), 4);
    QVERIFY(m_dialog->resultLabel()->isVisible());
    QVERIFY2(
        m_dialog->resultLabel()->text().contains(QLatin1String("2 created, 1 updated, 0 deleted")),
        qPrintable(m_dialog->resultLabel()->text()));
    // The preview now shows the stored state: nothing left to apply.
    QCOMPARE(m_dialog->diff()->count(Kind::Unchanged), 3);
    QVERIFY(!m_dialog->applyButton()->isEnabled());
}

void TestConfigImportDialog::deletesAreConfirmedFirst()
{
    m_dialog->loadFile(fixture("prune.json"));
    QVERIFY(topItem(m_dialog->diffTree(), QStringLiteral("legacy")));
    QCOMPARE(topItem(m_dialog->diffTree(), QStringLiteral("legacy"))
                 ->data(ConfigImportDialog::NameColumn, Qt::UserRole)
                 .toInt(),
             int(Kind::Delete));
    auto *notes = m_dialog->findChild<QLabel *>(QStringLiteral("importNotes"));
    QVERIFY2(notes->text().contains(QLatin1String("DELETED")), qPrintable(notes->text()));
    const QList<Endpoint> before = stored();

    m_dialog->apply();
    QMessageBox *box = visibleBox(m_dialog.get(), QStringLiteral("confirmTemplateDeletes"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("endpoints in Sandbox: legacy")),
             qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(stored(), before);

    QSignalSpy applied(m_dialog.get(), &ConfigImportDialog::applied);
    m_dialog->apply();
    box = visibleBox(m_dialog.get(), QStringLiteral("confirmTemplateDeletes"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmTemplateDeletesButton"))->click();
    QCOMPARE(applied.count(), 1);
    const QList<Endpoint> left = EndpointRepository(m_db->db()).list(Environment::Sandbox).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("kyc-eu"));
}

void TestConfigImportDialog::otherEnvironmentIsAnnounced()
{
    // The console shows Live; the template is for Sandbox, and says so before anything applies.
    ConfigImportDialog dialog(m_db->db(), Environment::Live);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.loadFile(fixture("valid.json"));
    auto *notes = dialog.findChild<QLabel *>(QStringLiteral("importNotes"));
    QVERIFY2(notes->text().contains(QLatin1String("This template is for Sandbox, not for Live")),
             qPrintable(notes->text()));
    QVERIFY(dialog.summaryLabel()->text().startsWith(QLatin1String("Sandbox:")));
}

void TestConfigImportDialog::pageImportsAndExports()
{
    m_dialog.reset();
    EndpointsPage page(m_db->db());
    page.resize(900, 500);
    page.show();
    page.setEnvironment(Environment::Sandbox);
    QCOMPARE(page.model()->rowCount(), 2);
    QSignalSpy changed(&page, &EndpointsPage::endpointsChanged);

    page.importAction()->trigger();
    auto *dialog = page.findChild<ConfigImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->loadFile(fixture("valid.json"));
    dialog->apply();
    // The list refreshes at once and the engine hears of it (MainWindow forwards the signal).
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.model()->rowCount(), 4);
    dialog->close();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(page.exportConfiguration(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("endpoints")).toArray().size(), 4);
    QVERIFY(!page.exportConfiguration(dir.filePath(QStringLiteral("missing/dir/x.json"))));
}

// Imported Standard Webhooks endpoints get their first whsec_ secret, as after the form;
// JWT endpoints get none.
void TestConfigImportDialog::importMakesFirstWebhookSecrets()
{
    m_dialog.reset();
    MemorySecretStore secrets;
    EndpointsPage page(m_db->db());
    page.setSecretStore(&secrets);
    page.setEnvironment(Environment::Sandbox);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standard.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "environment": "sandbox", "endpoints": [
                 {"name": "sw", "url": "https://sw.example.com/hooks", "scheme": "standard"},
                 {"name": "jwt", "url": "https://jwt.example.com/hooks"}]})");
    f.close();
    page.importAction()->trigger();
    auto *dialog = page.findChild<ConfigImportDialog *>();
    QVERIFY(dialog);
    dialog->loadFile(path);
    dialog->apply();
    QString sw;
    QString jwt;
    const auto stored = EndpointRepository(m_db->db()).list(Environment::Sandbox).value();
    for (const Endpoint &e : stored) {
        if (e.name == QStringLiteral("sw"))
            sw = e.id;
        else if (e.name == QStringLiteral("jwt"))
            jwt = e.id;
    }
    QVERIFY(!sw.isEmpty() && !jwt.isEmpty());
    const auto read = [&secrets](const QString &name) {
        std::optional<QByteArray> value;
        secrets.read(name, &secrets, [&value](const SecretStore::Result &r) { value = r.value; });
        if (!QTest::qWaitFor([&value] { return value.has_value(); }, 5000))
            return QByteArray("(no answer)");
        return value.value_or(QByteArray());
    };
    QTRY_VERIFY(read(SecretNames::webhookSecret(sw)).contains("whsec_"));
    QVERIFY(read(SecretNames::webhookSecret(jwt)).isEmpty());
    dialog->close();
}

namespace {
// A new endpoint with a literal secret value and one whose value comes from the environment.
const QByteArray kSecretHeadersTemplate = R"({"version": 1, "environment": "sandbox", "endpoints": [
    {"name": "partner", "url": "https://partner.example.com/hooks",
     "headers": [{"name": "X-Api-Key", "value": "literal-api-key-4711", "secret": true},
                 {"name": "X-Team", "value": "kyc"}]},
    {"name": "vault", "url": "https://vault.example.com/hooks",
     "headers": [{"name": "X-Vault-Token", "value": "${HOOKLINE_HEADER_X_VAULT_TOKEN}",
                  "secret": true}]}]})";

QString endpointId(QSqlDatabase db, const QString &name)
{
    const auto stored = EndpointRepository(db).list(Environment::Sandbox).value();
    for (const Endpoint &e : stored)
        if (e.name == name)
            return e.id;
    return {};
}
} // namespace

// The console's import writes secret header values to the keychain, as `config import` does:
// otherwise the imported endpoint's deliveries wait for a value entered in the form.
void TestConfigImportDialog::importStoresSecretHeaderValues()
{
    m_dialog.reset();
    qputenv("HOOKLINE_HEADER_X_VAULT_TOKEN", "env-vault-token-0815");
    MemorySecretStore secrets;
    EndpointsPage page(m_db->db());
    page.setSecretStore(&secrets);
    page.setEnvironment(Environment::Sandbox);
    QSignalSpy secretsChanged(&page, &EndpointsPage::secretsChanged);
    page.importAction()->trigger();
    auto *dialog = page.findChild<ConfigImportDialog *>();
    QVERIFY(dialog);
    dialog->loadTemplate(kSecretHeadersTemplate, QStringLiteral("secret-headers.json"));
    QVERIFY2(dialog->applyButton()->isEnabled(), qPrintable(dialog->summaryLabel()->text()));
    dialog->apply();
    qunsetenv("HOOKLINE_HEADER_X_VAULT_TOKEN");

    const QString partner = endpointId(m_db->db(), QStringLiteral("partner"));
    const QString vault = endpointId(m_db->db(), QStringLiteral("vault"));
    QVERIFY(!partner.isEmpty() && !vault.isEmpty());
    QTRY_COMPARE(
        secrets.contents().value(SecretNames::header(partner, QStringLiteral("X-Api-Key"))),
        QByteArray("literal-api-key-4711"));
    QTRY_COMPARE(
        secrets.contents().value(SecretNames::header(vault, QStringLiteral("X-Vault-Token"))),
        QByteArray("env-vault-token-0815"));
    // Only secret headers go to the keychain.
    QVERIFY(!secrets.contents().contains(SecretNames::header(partner, QStringLiteral("X-Team"))));
    // The engine hears of it and reads the values again.
    QTRY_VERIFY(secretsChanged.count() >= 1);

    // The database holds references only.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM endpoints")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QString v = q.value(c).toString();
            QVERIFY2(!v.contains(QLatin1String("literal-api-key-4711")) &&
                         !v.contains(QLatin1String("env-vault-token-0815")),
                     qPrintable(q.record().fieldName(c)));
        }
    }
    QCOMPARE(rows, 4);
    QVERIFY(!dialog->resultLabel()->text().contains(QLatin1String("deliveries wait")));
    dialog->close();
}

// The endpoints are saved; the dialog names the endpoint and header whose value is missing and
// that its deliveries wait, never the value.
void TestConfigImportDialog::keychainFailureIsSaidInline()
{
    MemorySecretStore secrets;
    secrets.setUnavailable(QStringLiteral("no secret service"));
    m_dialog->setSecretStore(&secrets);
    qputenv("HOOKLINE_HEADER_X_VAULT_TOKEN", "env-vault-token-0815");
    m_dialog->loadTemplate(kSecretHeadersTemplate, QStringLiteral("secret-headers.json"));
    QSignalSpy applied(m_dialog.get(), &ConfigImportDialog::applied);
    m_dialog->apply();
    qunsetenv("HOOKLINE_HEADER_X_VAULT_TOKEN");
    QCOMPARE(applied.count(), 1);
    QLabel *result = m_dialog->resultLabel();
    QTRY_VERIFY2(result->text().contains(QLatin1String("deliveries wait")),
                 qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("partner")) &&
                 result->text().contains(QLatin1String("X-Api-Key")),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(QLatin1String("literal-api-key-4711")));
    QVERIFY(result->isVisible());
    QVERIFY(secrets.contents().isEmpty());
}

QTEST_MAIN(TestConfigImportDialog)
#include "tst_configimportdialog.moc"
