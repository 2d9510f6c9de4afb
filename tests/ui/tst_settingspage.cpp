// The Settings page: inline validation that saves nothing when refused, persistence through the
// page, keys through the page with an in-memory keychain, the verify dialog and the language.
#include "common/localization.h"
#include "config/ingestsettings.h"
#include "config/retentionsettings.h"
#include "receiver/sandboxreceiver.h"
#include "security/allowlist.h"
#include "security/jwtsigner.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/requestsigner.h"
#include "security/secretnames.h"
#include "security/trustedcertificates.h"
#include "settings/allowlistsection.h"
#include "settings/ingestsection.h"
#include "settings/keychainsection.h"
#include "settings/keyssection.h"
#include "settings/languagesection.h"
#include "settings/retentionsection.h"
#include "settings/settingspage.h"
#include "settings/trustedcasection.h"
#include "settings/verifydialog.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"
#include "support/testpki.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
// Clicks the button with `text` of the message box named `name` once it is shown.
void answer(QWidget *parent, const QString &name, const QString &text)
{
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        box = parent->findChild<QMessageBox *>(name);
        return box && box->isVisible();
    }));
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text) {
            b->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1 in %2").arg(text, name)));
}

QLabel *errorOf(QWidget *w, const char *name)
{
    return w->findChild<QLabel *>(QString::fromLatin1(name));
}
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allowlistRefusesBadEntries_data();
    void allowlistRefusesBadEntries();
    void allowlistAddsAndRemovesPerEnvironment();
    void allowlistEntryWithPort();
    void trustedCaRefusesBadPem_data();
    void trustedCaRefusesBadPem();
    void trustedCaAddsAndRemoves();
    void retentionRefusesBadValues_data();
    void retentionRefusesBadValues();
    void retentionPersists();
    void ingestRefusesBadPort_data();
    void ingestRefusesBadPort();
    void ingestPersistsAndSignals();
    void ingestTokenGenerateRegenerateReveal();
    void keysGenerateAndRotate();
    void verifyDialogSaysWhatFailed();
    void keychainStatus();
    void languageIsStored();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SettingsPage> m_page;
    QTemporaryDir m_settingsDir;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestSettingsPage::init()
{
    QSettings().clear();
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_page = std::make_unique<SettingsPage>(m_db->db());
    m_page->setSecretStore(m_secrets.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_secrets.reset();
    m_db.reset();
}

void TestSettingsPage::allowlistRefusesBadEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("host bits") << QStringLiteral("10.0.0.1/8");
    QTest::newRow("prefix") << QStringLiteral("10.0.0.0/99");
    QTest::newRow("too broad") << QStringLiteral("10.0.0.0/4");
    QTest::newRow("wildcard") << QStringLiteral("*.example.com");
    QTest::newRow("not an address") << QStringLiteral("300.1.1.1/32");
    QTest::newRow("empty") << QString();
}

void TestSettingsPage::allowlistRefusesBadEntries()
{
    QFETCH(QString, entry);
    m_page->setCurrentSection(SettingsPage::Allowlist);
    AllowlistSection *s = m_page->allowlist();
    QSignalSpy changed(m_page.get(), &SettingsPage::configurationChanged);
    s->entryEdit()->setText(entry);
    QVERIFY(!s->addEntry());
    QLabel *error = errorOf(s, "allowlistError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().size() > 20);
    QCOMPARE(s->list()->count(), 0);
    QVERIFY(!SettingsRepository(m_db->db())
                 .value(Allowlist::settingsScope(Environment::Sandbox), Allowlist::settingsKey())
                 .value());
    QCOMPARE(changed.size(), 0);
    // Typing says it too, before Add, and a good entry clears it.
    s->entryEdit()->clear();
    QTest::keyClicks(s->entryEdit(), QStringLiteral("10.0.0.0/16"));
    QVERIFY(!error->isVisible());
    if (!entry.isEmpty()) {
        s->entryEdit()->clear();
        QTest::keyClicks(s->entryEdit(), entry);
        QVERIFY(error->isVisible());
    }
    QCOMPARE(s->list()->count(), 0);
}

void TestSettingsPage::allowlistAddsAndRemovesPerEnvironment()
{
    m_page->setCurrentSection(SettingsPage::Allowlist);
    AllowlistSection *s = m_page->allowlist();
    QSignalSpy changed(m_page.get(), &SettingsPage::configurationChanged);
    s->entryEdit()->setText(QStringLiteral(" 10.20.0.0/16 "));
    QVERIFY(s->addEntry());
    QVERIFY(!errorOf(s, "allowlistError")->isVisible());
    QCOMPARE(changed.size(), 1);
    const SettingsRepository settings(m_db->db());
    QVERIFY(Allowlist::load(settings, Environment::Sandbox)
                .value()
                .contains(QStringLiteral("10.20.0.0/16")));
    QVERIFY(Allowlist::load(settings, Environment::Live).value().isEmpty());
    // Twice is refused, inline.
    s->entryEdit()->setText(QStringLiteral("10.20.0.0/16"));
    QVERIFY(!s->addEntry());
    QVERIFY(errorOf(s, "allowlistError")->isVisible());
    // Live shows its own (empty) list.
    m_page->setEnvironment(Environment::Live);
    QCOMPARE(s->list()->count(), 0);
    m_page->setEnvironment(Environment::Sandbox);
    QCOMPARE(s->list()->count(), 1);
    s->list()->setCurrentRow(0);
    QVERIFY(s->removeSelected());
    QVERIFY(Allowlist::load(settings, Environment::Sandbox).value().isEmpty());
    QCOMPARE(changed.size(), 2);
}

// The port field: empty for every port, a bad port refused inline, the list shows the port.
void TestSettingsPage::allowlistEntryWithPort()
{
    m_page->setCurrentSection(SettingsPage::Allowlist);
    AllowlistSection *s = m_page->allowlist();
    QLabel *error = errorOf(s, "allowlistError");
    const SettingsRepository settings(m_db->db());
    s->entryEdit()->setText(QStringLiteral("127.0.0.1"));
    for (const char *bad : {"0", "65536", "http"}) {
        s->portEdit()->clear();
        QTest::keyClicks(s->portEdit(), QString::fromLatin1(bad));
        QVERIFY2(error->isVisible(), bad); // while typing
        QVERIFY(!s->addEntry());
        QVERIFY(error->text().contains(QStringLiteral("65535")));
        QVERIFY(s->portEdit()->hasFocus());
        QVERIFY(Allowlist::load(settings, Environment::Sandbox).value().isEmpty());
    }
    s->portEdit()->clear();
    QTest::keyClicks(s->portEdit(), QStringLiteral("8789"));
    QVERIFY(!error->isVisible());
    QVERIFY(s->addEntry());
    QVERIFY(s->portEdit()->text().isEmpty());
    const Allowlist stored = Allowlist::load(settings, Environment::Sandbox).value();
    QVERIFY(stored.contains(QStringLiteral("127.0.0.1"), QStringLiteral("8789")));
    QVERIFY(!stored.contains(QStringLiteral("127.0.0.1")));
    // The same address on every port is another entry.
    s->entryEdit()->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(s->addEntry());
    QCOMPARE(s->list()->count(), 2);
    QVERIFY2(s->list()->item(0)->text().contains(QStringLiteral("port 8789")),
             qPrintable(s->list()->item(0)->text()));
    QVERIFY2(s->list()->item(1)->text().contains(QStringLiteral("every port")),
             qPrintable(s->list()->item(1)->text()));
    // Removing the port-scoped one leaves the other.
    s->list()->setCurrentRow(0);
    QVERIFY(s->removeSelected());
    const Allowlist after = Allowlist::load(settings, Environment::Sandbox).value();
    QCOMPARE(after.entries().size(), 1);
    QCOMPARE(after.entries().first().port, 0);
}

void TestSettingsPage::trustedCaRefusesBadPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::newRow("garbage") << QByteArray("hello, I am not a certificate");
    QTest::newRow("broken PEM") << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n"
                                              "-----END CERTIFICATE-----\n");
    static const test::TestPki pki;
    QTest::newRow("leaf, not a CA") << pki.localhost().certificatePem;
}

void TestSettingsPage::trustedCaRefusesBadPem()
{
    QFETCH(QByteArray, pem);
    m_page->setCurrentSection(SettingsPage::TrustedCas);
    TrustedCaSection *s = m_page->trustedCas();
    QSignalSpy changed(m_page.get(), &SettingsPage::configurationChanged);
    QVERIFY(!s->addPem(pem));
    QVERIFY(errorOf(s, "trustedCaError")->isVisible());
    QCOMPARE(s->table()->rowCount(), 0);
    QVERIFY(TrustedCertificates(m_db->db()).list(Environment::Sandbox).value().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestSettingsPage::trustedCaAddsAndRemoves()
{
    const test::TestPki pki;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pki.caPem());
    f.close();
    m_page->setEnvironment(Environment::Live);
    TrustedCaSection *s = m_page->trustedCas();
    QSignalSpy changed(m_page.get(), &SettingsPage::configurationChanged);
    QVERIFY(s->addPemFile(path));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s->table()->rowCount(), 1);
    const QString fingerprint = TrustedCertificates::fingerprint(pki.ca().certificate);
    QVERIFY(s->table()->item(0, 1)->text().remove(QLatin1Char(':')) == fingerprint);
    QVERIFY(s->table()->item(0, 2)->text().size() >= 6); // expiry date
    QCOMPARE(TrustedCertificates(m_db->db()).list(Environment::Live).value().size(), 1);
    QVERIFY(TrustedCertificates(m_db->db()).list(Environment::Sandbox).value().isEmpty());
    // Added twice: refused, inline.
    QVERIFY(!s->addPemFile(path));
    QVERIFY(errorOf(s, "trustedCaError")->text().contains(QStringLiteral("already")));
    s->table()->selectRow(0);
    QVERIFY(s->removeSelected());
    QVERIFY(TrustedCertificates(m_db->db()).list(Environment::Live).value().isEmpty());
    QCOMPARE(s->table()->rowCount(), 0);
}

void TestSettingsPage::retentionRefusesBadValues_data()
{
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("months");
    QTest::addColumn<QString>("errorName");
    QTest::newRow("zero days") << QStringLiteral("0") << QStringLiteral("13")
                               << QStringLiteral("attemptDaysError");
    QTest::newRow("too many days")
        << QStringLiteral("5000") << QStringLiteral("13") << QStringLiteral("attemptDaysError");
    QTest::newRow("words") << QStringLiteral("thirty") << QStringLiteral("13")
                           << QStringLiteral("attemptDaysError");
    QTest::newRow("fraction") << QStringLiteral("7") << QStringLiteral("1.5")
                              << QStringLiteral("rollupMonthsError");
    QTest::newRow("too many months")
        << QStringLiteral("7") << QStringLiteral("121") << QStringLiteral("rollupMonthsError");
}

void TestSettingsPage::retentionRefusesBadValues()
{
    QFETCH(QString, days);
    QFETCH(QString, months);
    QFETCH(QString, errorName);
    m_page->setCurrentSection(SettingsPage::Retention);
    RetentionSection *s = m_page->retention();
    s->attemptDaysEdit()->setText(days);
    s->rollupMonthsEdit()->setText(months);
    QVERIFY(!s->save());
    QLabel *error = s->findChild<QLabel *>(errorName);
    QVERIFY(error && error->isVisible());
    QVERIFY(!SettingsRepository(m_db->db()).values(QStringLiteral("retention")).value().size());
    const RetentionSettings stored =
        RetentionSettings::load(SettingsRepository(m_db->db())).value();
    QCOMPARE(stored.attemptDays, RetentionSettings::kDefaultAttemptDays);
}

void TestSettingsPage::retentionPersists()
{
    RetentionSection *s = m_page->retention();
    QCOMPARE(s->attemptDaysEdit()->text(), QStringLiteral("30"));
    s->attemptDaysEdit()->setText(QStringLiteral("7"));
    s->rollupMonthsEdit()->setText(QStringLiteral(" 24"));
    QVERIFY(s->save());
    const RetentionSettings stored =
        RetentionSettings::load(SettingsRepository(m_db->db())).value();
    QCOMPARE(stored.attemptDays, 7);
    QCOMPARE(stored.rollupMonths, 24);
    // A fresh page shows what is stored.
    SettingsPage again(m_db->db());
    QCOMPARE(again.retention()->attemptDaysEdit()->text(), QStringLiteral("7"));
    QCOMPARE(again.retention()->rollupMonthsEdit()->text(), QStringLiteral("24"));
}

void TestSettingsPage::ingestRefusesBadPort_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("too high") << QStringLiteral("70000");
    QTest::newRow("privileged") << QStringLiteral("80");
    QTest::newRow("words") << QStringLiteral("eighty");
    QTest::newRow("empty") << QString();
    QTest::newRow("the test receiver's") << QStringLiteral("8789");
}

void TestSettingsPage::ingestRefusesBadPort()
{
    QFETCH(QString, port);
    QVERIFY(!SettingsRepository(m_db->db())
                 .setValue(SandboxReceiver::settingsScope(), QStringLiteral("port"),
                           QStringLiteral("8789")));
    m_page->setCurrentSection(SettingsPage::Ingest);
    IngestSection *s = m_page->ingest();
    QSignalSpy changed(m_page.get(), &SettingsPage::ingestSettingsChanged);
    s->enabledBox()->setChecked(true);
    s->portEdit()->setText(port);
    QVERIFY(!s->save());
    QVERIFY(errorOf(s, "ingestPortError")->isVisible());
    QCOMPARE(changed.size(), 0);
    QVERIFY(SettingsRepository(m_db->db()).values(QStringLiteral("ingest")).value().isEmpty());
    QVERIFY(!IngestSettings::load(SettingsRepository(m_db->db())).value().enabled);
}

void TestSettingsPage::ingestPersistsAndSignals()
{
    IngestSection *s = m_page->ingest();
    QVERIFY(!s->enabledBox()->isChecked());
    QCOMPARE(s->portEdit()->text(), QString::number(IngestSettings::kDefaultPort));
    QSignalSpy changed(m_page.get(), &SettingsPage::ingestSettingsChanged);
    s->enabledBox()->setChecked(true);
    s->portEdit()->setText(QStringLiteral("9100"));
    QVERIFY(s->save());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s->findChild<QLabel *>(QStringLiteral("savedLabel"))->text(),
             QStringLiteral("Saved."));
    const IngestSettings stored = IngestSettings::load(SettingsRepository(m_db->db())).value();
    QVERIFY(stored.enabled);
    QCOMPARE(stored.port, quint16(9100));
}

void TestSettingsPage::ingestTokenGenerateRegenerateReveal()
{
    m_page->setCurrentSection(SettingsPage::Ingest);
    IngestSection *s = m_page->ingest();
    QSignalSpy changed(m_page.get(), &SettingsPage::ingestSettingsChanged);
    auto *generate = s->findChild<QPushButton *>(QStringLiteral("ingestGenerateToken"));
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(!s->hasToken());
    s->generateToken(); // the first one needs no confirmation
    QTRY_VERIFY(s->hasToken());
    QCOMPARE(changed.size(), 1);
    const QByteArray first = m_secrets->contents().value(SecretNames::ingestToken());
    QVERIFY(first.size() >= 40);
    // Nowhere else: not in the settings table.
    for (const QString &scope : {QStringLiteral("ingest"), QStringLiteral("retention")}) {
        const auto stored = SettingsRepository(m_db->db()).values(scope).value();
        for (const QString &v : stored)
            QVERIFY(!v.contains(QString::fromLatin1(first)));
    }
    // Regenerating asks; Cancel keeps the token.
    s->generateToken();
    answer(s, QStringLiteral("regenerateConfirmation"), QMessageBox::tr("Cancel"));
    QTest::qWait(50);
    QCOMPARE(m_secrets->contents().value(SecretNames::ingestToken()), first);
    s->generateToken();
    answer(s, QStringLiteral("regenerateConfirmation"), IngestSection::tr("Regenerate"));
    QTRY_VERIFY(m_secrets->contents().value(SecretNames::ingestToken()) != first);
    QTRY_COMPARE(changed.size(), 2);
    // Reveal after a confirmation shows exactly the stored token.
    QVERIFY(!s->tokenEdit()->isVisible());
    s->revealToken();
    answer(s, QStringLiteral("revealConfirmation"), IngestSection::tr("Reveal"));
    QTRY_VERIFY(s->tokenEdit()->isVisible());
    QCOMPARE(s->tokenEdit()->text().toLatin1(),
             m_secrets->contents().value(SecretNames::ingestToken()));
}

void TestSettingsPage::keysGenerateAndRotate()
{
    m_page->setCurrentSection(SettingsPage::Keys);
    KeysSection *s = m_page->keys();
    QSignalSpy changed(m_page.get(), &SettingsPage::configurationChanged);
    auto *generate = s->findChild<QPushButton *>(QStringLiteral("generateKey"));
    auto *rotate = s->findChild<QPushButton *>(QStringLiteral("rotateKey"));
    QVERIFY(generate->isEnabled());
    QVERIFY(!rotate->isEnabled());
    generate->click();
    QTRY_VERIFY_WITH_TIMEOUT(!s->isBusy(), 20000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s->table()->rowCount(), 1);
    const auto first = KeyManager(Environment::Sandbox, m_db->db(), nullptr).activeKey().value();
    QVERIFY(first);
    QCOMPARE(s->table()->item(0, 0)->text(), first->kid);
    QVERIFY(
        m_secrets->contents().contains(SecretNames::signingKey(Environment::Sandbox, first->kid)));
    QVERIFY(!generate->isEnabled());
    QVERIFY(rotate->isEnabled());
    // Live has no key: the section follows the environment.
    m_page->setEnvironment(Environment::Live);
    QCOMPARE(s->table()->rowCount(), 0);
    QVERIFY(generate->isEnabled());
    m_page->setEnvironment(Environment::Sandbox);

    // Rotation asks first; Cancel changes nothing.
    s->rotate();
    answer(s, QStringLiteral("rotateConfirmation"), QMessageBox::tr("Cancel"));
    QTest::qWait(50);
    QCOMPARE(KeyManager(Environment::Sandbox, m_db->db(), nullptr).activeKey().value()->kid,
             first->kid);
    s->rotate();
    answer(s, QStringLiteral("rotateConfirmation"), KeysSection::tr("Rotate"));
    QTRY_VERIFY_WITH_TIMEOUT(
        KeyManager(Environment::Sandbox, m_db->db(), nullptr).activeKey().value()->kid !=
            first->kid,
        20000);
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(s->table()->rowCount(), 2);
    // The old key stays in the JWKS for the overlap.
    const QJsonObject jwks = KeyManager(Environment::Sandbox, m_db->db(), nullptr).jwks().value();
    QCOMPARE(jwks[QLatin1String("keys")].toArray().size(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jwks.json"));
    QVERIFY(s->exportJwks(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), jwks);
}

void TestSettingsPage::verifyDialogSaysWhatFailed()
{
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, m_db->db(), &secrets);
    bool done = false;
    keys.generate(2048, [&done](const KeyManager::Result &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    SigningKey key;
    keys.loadActiveKey([&key](const KeyManager::Result &, const SigningKey &k) { key = k; });
    QTRY_VERIFY(!key.isNull());
    OutgoingRequest out;
    out.url = QUrl(QStringLiteral("https://hooks.example.com/in"));
    out.body = R"({"type":"identity_document.approved"})";
    out.webhookId = QStringLiteral("wh_verify");
    out.eventId = QStringLiteral("evt_1");
    out.eventType = QStringLiteral("identity_document.approved");
    out.idempotencyKey = QStringLiteral("idem");
    out.timestamp = QDateTime::currentSecsSinceEpoch();
    QByteArray headerText;
    for (const auto &[name, value] : RequestSigner(std::make_shared<JwtSigner>(key)).headers(out))
        headerText += name + ": " + value + "\n";

    VerifyDialog dialog(m_db->db(), Environment::Sandbox);
    dialog.show();
    auto *headers = dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyHeaders"));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyBody"));
    // Nothing pasted: an inline error, no verdict.
    QVERIFY(!dialog.verify());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verifyHeadersError"))->isVisible());
    QVERIFY(dialog.verdictText().isEmpty());

    headers->setPlainText(QString::fromUtf8(headerText));
    body->setPlainText(QString::fromUtf8(out.body));
    std::optional<WebhookVerifier::Result> r = dialog.verify();
    QVERIFY(r && r->ok());
    QVERIFY(dialog.verdictText().contains(key.kid()));

    body->setPlainText(QStringLiteral(R"({"type":"identity_document.rejected"})"));
    r = dialog.verify();
    QVERIFY(r);
    QVERIFY(r->failure == WebhookVerifier::Failure::BodyHashMismatch);
    QVERIFY(dialog.verdictText().contains(QStringLiteral("Body hash mismatch")));

    // Against a pasted JWKS that is not JSON: inline error.
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("verifySource"));
    // Only the field the chosen source needs is shown.
    auto *jwksField = dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyJwks"));
    auto *secretField = dialog.findChild<QLineEdit *>(QStringLiteral("verifySecret"));
    QVERIFY(!jwksField->isVisible());
    QVERIFY(!secretField->isVisible());
    source->setCurrentIndex(source->findData(VerifyDialog::StandardSecret));
    QVERIFY(!jwksField->isVisible());
    QVERIFY(secretField->isVisible());
    source->setCurrentIndex(source->findData(VerifyDialog::PastedJwks));
    QVERIFY(jwksField->isVisible());
    QVERIFY(!secretField->isVisible());
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyJwks"))
        ->setPlainText(QStringLiteral("{not json"));
    QVERIFY(!dialog.verify());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verifyJwksError"))->isVisible());
    // The expected webhook id is checked against the audience.
    source->setCurrentIndex(source->findData(VerifyDialog::OurJwks));
    body->setPlainText(QString::fromUtf8(out.body));
    dialog.findChild<QLineEdit *>(QStringLiteral("verifyWebhookId"))
        ->setText(QStringLiteral("wh_other"));
    r = dialog.verify();
    QVERIFY(r);
    QVERIFY(r->failure == WebhookVerifier::Failure::AudienceMismatch);
}

void TestSettingsPage::keychainStatus()
{
    KeychainSection *s = m_page->keychain();
    QTRY_VERIFY(s->state() == KeychainSection::State::Ready);
    auto *advice = s->findChild<QLabel *>(QStringLiteral("keychainAdvice"));
    QVERIFY(!advice->isVisible());
    MemorySecretStore broken;
    broken.setUnavailable(QStringLiteral("no session bus"));
    m_page->setSecretStore(&broken);
    m_page->setCurrentSection(SettingsPage::Keychain);
    QTRY_VERIFY(s->state() == KeychainSection::State::Unreachable);
    QVERIFY(s->statusText().contains(QStringLiteral("no session bus")));
    QVERIFY(advice->isVisible());
    QVERIFY(advice->text().contains(QStringLiteral("HOOKLINE_SECRET_STORE")));
    m_page->setSecretStore(m_secrets.get());
}

void TestSettingsPage::languageIsStored()
{
    LanguageSection *s = m_page->language();
    QCOMPARE(s->combo()->currentIndex(), 0);
    s->setLanguage(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(Localization::storedLanguage(), QStringLiteral("fr"));
    if (qEnvironmentVariableIsEmpty("HOOKLINE_LANG"))
        QCOMPARE(Localization::preferredLocale().language(), QLocale::French);
    QVERIFY(s->findChild<QLabel *>(QStringLiteral("languageNote"))
                ->text()
                .contains(QStringLiteral("Restart")));
    s->setLanguage(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    // Garbage in the settings file falls back to the system's language.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(Localization::storedLanguage(), QString());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
