// hooklinectl endpoint rotate-secret, run as the real binary: the same audited rotation as the
// console's endpoint pane. Secrets go to the opt-in file store so the test needs no keychain.
#include "audit/auditquery.h"
#include "security/filesecretstore.h"
#include "security/secretnames.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

class TestEndpointSecretCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addMakesTheFirstWebhookSecret();
    void configImportMakesTheFirstWebhookSecrets();
    void rotateWebhookSecretKeepsThePreviousOne();
    void rotateAuthToken();
    void refusals_data();
    void refusals();

private:
    CliResult cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000, m_env);
    }
    QByteArray stored(const QString &name) const;
    QList<AuditEntry> audited(const QString &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_db;
    QString m_secrets;
    QProcessEnvironment m_env;
    QString m_id;
    QByteArray m_first; // the whsec_ secret `endpoint add` made
};

void TestEndpointSecretCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->path();
    m_secrets = m_dir->filePath(QStringLiteral("secrets/secrets.json"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"), QStringLiteral("file:") + m_secrets);
    const CliResult r = cli({QStringLiteral("endpoint"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("kyc"),
                             QStringLiteral("--url"), QStringLiteral("https://kyc.example.com"),
                             QStringLiteral("--scheme"), QStringLiteral("standard")});
    QCOMPARE(r.exitCode, 0);
    m_id = QString::fromLatin1(r.out.trimmed());
    QVERIFY(m_id.startsWith(QStringLiteral("ep_")));
    m_first = stored(SecretNames::webhookSecret(m_id));
}

// Without a whsec_ secret a Standard Webhooks endpoint's deliveries would wait: `endpoint add`
// makes the first one, audited, as the console does on save; a JWT endpoint gets none.
void TestEndpointSecretCommands::addMakesTheFirstWebhookSecret()
{
    QVERIFY(m_first.contains("whsec_"));
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), 1);
    const CliResult jwt = cli({QStringLiteral("endpoint"), QStringLiteral("add"),
                               QStringLiteral("--url"), QStringLiteral("https://crm.example.com")});
    QCOMPARE(jwt.exitCode, 0);
    const QString jwtId = QString::fromLatin1(jwt.out.trimmed());
    QVERIFY(stored(SecretNames::webhookSecret(jwtId)).isEmpty());
    // Switching it to Standard Webhooks makes its secret; an update that keeps one leaves it.
    CliResult r = cli({QStringLiteral("endpoint"), QStringLiteral("update"), jwtId,
                       QStringLiteral("--scheme"), QStringLiteral("standard")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray made = stored(SecretNames::webhookSecret(jwtId));
    QVERIFY(made.contains("whsec_"));
    r = cli({QStringLiteral("endpoint"), QStringLiteral("update"), jwtId, QStringLiteral("--name"),
             QStringLiteral("crm")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(stored(SecretNames::webhookSecret(jwtId)), made);
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), 2);
}

QByteArray TestEndpointSecretCommands::stored(const QString &name) const
{
    FileSecretStore store(m_secrets);
    std::optional<QByteArray> value;
    store.read(name, &store, [&value](const SecretStore::Result &r) { value = r.value; });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 5000))
        return {};
    return *value;
}

QList<AuditEntry> TestEndpointSecretCommands::audited(const QString &action) const
{
    AuditQuery::Filter filter;
    filter.action = action;
    return AuditQuery(m_database->store()).page(filter, 100).value();
}

void TestEndpointSecretCommands::configImportMakesTheFirstWebhookSecrets()
{
    const QString file = m_dir->filePath(QStringLiteral("template.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "environment": "sandbox",
               "endpoints": [
                 {"name": "kyc", "url": "https://kyc.example.com", "scheme": "standard"},
                 {"name": "sw", "url": "https://sw.example.com/hooks", "scheme": "standard"},
                 {"name": "jwt", "url": "https://jwt.example.com/hooks"}]})");
    f.close();
    const CliResult r =
        cli({QStringLiteral("--json"), QStringLiteral("--env"), QStringLiteral("sandbox"),
             QStringLiteral("config"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("applied")).toBool());
    const CliResult list =
        cli({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    int standard = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("id")).toString();
        const QByteArray secret = stored(SecretNames::webhookSecret(id));
        if (e.value(QStringLiteral("name")).toString() == QStringLiteral("jwt")) {
            QVERIFY(secret.isEmpty());
        } else {
            QVERIFY2(secret.contains("whsec_"), qPrintable(id));
            ++standard;
        }
    }
    QCOMPARE(standard, 2);
    // kyc existed with a secret: kept; sw is new: one more audited first secret.
    QCOMPARE(stored(SecretNames::webhookSecret(m_id)), m_first);
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), 2);
}

void TestEndpointSecretCommands::rotateWebhookSecretKeepsThePreviousOne()
{
    CliResult r = cli({QStringLiteral("endpoint"), QStringLiteral("rotate-secret"), m_id});
    QCOMPARE(r.exitCode, 0);
    const QByteArray first = r.out.trimmed();
    QVERIFY(first.startsWith("whsec_"));
    QVERIFY(stored(SecretNames::webhookSecret(m_id)).contains(first));

    r = cli({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("rotate-secret"),
             m_id, QStringLiteral("--overlap"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QByteArray second = o.value(QStringLiteral("secret")).toString().toLatin1();
    QVERIFY(second.startsWith("whsec_"));
    QVERIFY(second != first);
    const QDateTime until = QDateTime::fromString(
        o.value(QStringLiteral("previous_valid_until")).toString(), Qt::ISODate);
    QVERIFY(qAbs(until.secsTo(QDateTime::currentDateTimeUtc().addSecs(2 * 3600))) < 60);
    const QByteArray now = stored(SecretNames::webhookSecret(m_id));
    QVERIFY(now.contains(first)); // still valid for the overlap
    QVERIFY(now.contains(second));

    const QList<AuditEntry> entries = audited(QStringLiteral("endpoint.whsec.rotate"));
    QCOMPARE(entries.size(), 3); // the first secret at `endpoint add`, then the two rotations
    QCOMPARE(entries.first().object, m_id);
    QVERIFY(entries.first().details.contains("\"overlap_seconds\":7200"));
    QVERIFY(!entries.first().details.contains("whsec_"));
    // Never in the database.
    QVERIFY(!test::databaseDump(m_database->store()).contains(second));
}

void TestEndpointSecretCommands::rotateAuthToken()
{
    const CliResult r = cli({QStringLiteral("endpoint"), QStringLiteral("rotate-secret"), m_id,
                             QStringLiteral("--token")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray token = r.out.trimmed();
    QCOMPARE(token.size(), 43);
    QCOMPARE(stored(SecretNames::authToken(m_id)), token);
    QCOMPARE(audited(QStringLiteral("endpoint.auth_token.rotate")).size(), 1);
    // The whsec_ secret is untouched: its only entry is the first one, from `endpoint add`.
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), 1);
    QCOMPARE(stored(SecretNames::webhookSecret(m_id)), m_first);
}

void TestEndpointSecretCommands::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown endpoint")
        << QStringList{QStringLiteral("ep_missing")} << 4 << QByteArray("no endpoint ep_missing");
    QTest::newRow("bad overlap") << QStringList{QStringLiteral("ID"), QStringLiteral("--overlap"),
                                                QStringLiteral("-1")}
                                 << 2 << QByteArray("--overlap must be");
    QTest::newRow("overlap with token")
        << QStringList{QStringLiteral("ID"), QStringLiteral("--token"), QStringLiteral("--overlap"),
                       QStringLiteral("1")}
        << 2 << QByteArray("whsec_ secret only");
}

void TestEndpointSecretCommands::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    args.replaceInStrings(QStringLiteral("ID"), m_id);
    const CliResult r =
        cli(QStringList{QStringLiteral("endpoint"), QStringLiteral("rotate-secret")} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    // The endpoint.create and its first secret only; the secret is unchanged.
    QCOMPARE(audited(QStringLiteral("endpoint.")).size(), 2);
    QCOMPARE(stored(SecretNames::webhookSecret(m_id)), m_first);
}

QTEST_GUILESS_MAIN(TestEndpointSecretCommands)
#include "tst_endpointsecretcommands.moc"
