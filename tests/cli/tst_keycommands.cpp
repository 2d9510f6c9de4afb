// hooklinectl keys … and verify, run as the real binary. Secrets go to the opt-in file store so
// the test needs no keychain; the keychain itself is tested in tests/core/tst_keychain.cpp.
#include "security/requestsigner.h"
#include "security/signingkey.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/tempdatabase.h"
#include "support/testkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace hookline;
using namespace hookline::test;

class TestKeyCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void generateRotateJwks();
    void badBitsWritesNothing();
    void noKeychainSaysSo();
    void verify_data();
    void verify();

private:
    CliResult cli(const QStringList &args, const QProcessEnvironment &env) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000, env);
    }
    CliResult cli(const QStringList &args) const { return cli(args, m_env); }
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_db;
    QString m_secrets;
    QProcessEnvironment m_env;
};

void TestKeyCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->path();
    m_secrets = m_dir->filePath(QStringLiteral("secrets/secrets.json"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"), QStringLiteral("file:") + m_secrets);
}

void TestKeyCommands::generateRotateJwks()
{
    auto r = cli({QStringLiteral("keys"), QStringLiteral("jwks")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray().size(),
             0);

    r = cli({QStringLiteral("keys"), QStringLiteral("generate")});
    QCOMPARE(r.exitCode, 0);
    const QString first = QString::fromLatin1(r.out.trimmed());
    QCOMPARE(first.size(), 43);

    r = cli({QStringLiteral("keys"), QStringLiteral("generate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("keys rotate"));

    r = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("rotate"),
             QStringLiteral("--bits"), QStringLiteral("3072")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject rotated = QJsonDocument::fromJson(r.out).object();
    const QString second = rotated.value(QStringLiteral("kid")).toString();
    QCOMPARE(rotated.value(QStringLiteral("bits")).toInt(), 3072);
    QVERIFY(second != first);

    r = cli({QStringLiteral("keys"), QStringLiteral("jwks")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray keys =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).toObject().value(QStringLiteral("kid")).toString(), second);
    QCOMPARE(keys.at(1).toObject().value(QStringLiteral("kid")).toString(), first);
    QVERIFY(!r.out.contains("\"d\"")); // no private member in the JWKS

    r = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list")});
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("active")).toBool());
    QVERIFY(list.at(1).toObject().contains(QStringLiteral("retire_at")));

    // Sandbox and live are separate.
    r = cli({QStringLiteral("--env"), QStringLiteral("live"), QStringLiteral("keys"),
             QStringLiteral("jwks")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray().size(),
             0);

    // Private halves: in the 0600 secret file, not in the database.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(m_secrets).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QFile secrets(m_secrets);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(QByteArray("sandbox/signing/" + first.toLatin1())));
    QVERIFY(!test::databaseDump(m_database->store()).contains("PRIVATE KEY"));
}

void TestKeyCommands::badBitsWritesNothing()
{
    auto r = cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--bits"),
                  QStringLiteral("1024")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("2048, 3072 or 4096"));
    // The audit key may have been created on first use (before the command ran); no signing key.
    QFile secrets(m_secrets);
    QVERIFY(!secrets.open(QIODevice::ReadOnly) || !secrets.readAll().contains("/signing/"));
}

void TestKeyCommands::noKeychainSaysSo()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOOKLINE_SECRET_STORE"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    auto r = cli({QStringLiteral("keys"), QStringLiteral("generate")}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no keychain available"), r.err.constData());
    QVERIFY(r.err.contains("HOOKLINE_SECRET_STORE=file:"));
    // What needs no secret still works.
    r = cli({QStringLiteral("keys"), QStringLiteral("jwks")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray().size(),
             0);
}

void TestKeyCommands::verify_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("result");
    QTest::newRow("valid") << QString() << 0 << QStringLiteral("ok");
    QTest::newRow("body") << QStringLiteral("body") << 1 << QStringLiteral("body_hash_mismatch");
    QTest::newRow("signed header")
        << QStringLiteral("header") << 1 << QStringLiteral("headers_hash_mismatch");
    QTest::newRow("empty jwks") << QStringLiteral("jwks") << 1 << QStringLiteral("unknown_kid");
    QTest::newRow("expired") << QStringLiteral("late") << 1 << QStringLiteral("expired");
    QTest::newRow("audience") << QStringLiteral("audience") << 1
                              << QStringLiteral("audience_mismatch");
    QTest::newRow("no signature") << QStringLiteral("nosig") << 1
                                  << QStringLiteral("missing_signature");
    QTest::newRow("standard, valid") << QStringLiteral("standard") << 0 << QStringLiteral("ok");
    QTest::newRow("standard, wrong secret")
        << QStringLiteral("standard-wrong") << 1 << QStringLiteral("bad_signature");
}

void TestKeyCommands::verify()
{
    QFETCH(QString, change);
    QFETCH(int, exitCode);
    QFETCH(QString, result);

    auto r = cli({QStringLiteral("keys"), QStringLiteral("import"),
                  write(QStringLiteral("key.pem"), kFixedKeyPem)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromLatin1(r.out.trimmed()), kFixedKeyKid);
    r = cli({QStringLiteral("keys"), QStringLiteral("jwks")});
    const QString jwks =
        write(QStringLiteral("jwks.json"),
              change == QLatin1String("jwks") ? QByteArray(R"({"keys":[]})") : r.out);

    OutgoingRequest req;
    req.url = QUrl(QStringLiteral("https://receiver.example/in"));
    req.body = R"({"id":"evt_cli","type":"webhook.test"})";
    req.webhookId = QStringLiteral("wh_cli");
    req.eventId = QStringLiteral("evt_cli");
    req.eventType = QStringLiteral("webhook.test");
    req.idempotencyKey = QStringLiteral("dlv_cli");
    req.testMode = true;
    req.timestamp = QDateTime::currentSecsSinceEpoch();
    const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    const bool standard = change.startsWith(QLatin1String("standard"));
    const HttpHeaders headers =
        standard
            ? RequestSigner(StandardWebhooksSigner({secret})).headers(req)
            : RequestSigner(std::make_shared<const JwtSigner>(SigningKey::fromPem(kFixedKeyPem)))
                  .headers(req);
    QByteArray headerText = "HTTP/1.1 POST\r\n";
    for (const auto &[name, value] : headers) {
        if (change == QLatin1String("nosig") && name == "X-Webhook-Signature")
            continue;
        QByteArray v = value;
        if (change == QLatin1String("header") && name == "X-Webhook-Event")
            v = "customer.deleted";
        headerText += name + ": " + v + "\r\n";
    }
    QByteArray body = req.body;
    if (change == QLatin1String("body"))
        body.replace("webhook.test", "webhook.tesT");

    QStringList args{QStringLiteral("--json"),    QStringLiteral("verify"),
                     QStringLiteral("--headers"), write(QStringLiteral("headers.txt"), headerText),
                     QStringLiteral("--body"),    write(QStringLiteral("body.bin"), body)};
    if (standard)
        args << QStringLiteral("--secret")
             << (change == QLatin1String("standard-wrong") ? QStringLiteral("whsec_AAAAAAAAAAAA")
                                                           : secret);
    else
        args << QStringLiteral("--jwks") << jwks;
    if (change == QLatin1String("late"))
        args << QStringLiteral("--at") << QString::number(req.timestamp + 3600);
    if (change == QLatin1String("audience"))
        args << QStringLiteral("--webhook-id") << QStringLiteral("wh_someone_else");
    r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("result")).toString(), result);
    QCOMPARE(out.value(QStringLiteral("valid")).toBool(), exitCode == 0);

    // Without --json, a sentence naming the failure on stderr.
    args.removeFirst();
    r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY(r.out.startsWith("valid"));
    else
        QVERIFY2(r.err.startsWith("hooklinectl: invalid: "), r.err.constData());
}

QTEST_GUILESS_MAIN(TestKeyCommands)
#include "tst_keycommands.moc"
