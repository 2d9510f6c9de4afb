// Issue 14 §5: a credential in a custom header reaches the receiver and nothing else. The real
// hooklinectl against a real HTTPS receiver; the database file and its WAL are read byte by byte.
#include "receiver/localreceiver.h"
#include "support/clirunner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;

namespace {
const QByteArray kSentinel = "sk_live_SENTINEL_1234";
const QByteArray kPing =
    R"({"test":true,"message":"ping","triggered_by":"cli","triggered_at":"2026-11-25T17:46:54.123Z"})";

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSecretHeaders : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sentinelReachesTheReceiverAndNothingElse();
    void importKeepsOrAsksForTheValue();

private:
    test::CliResult cli(const QStringList &args, const QProcessEnvironment *env = nullptr);
    QString addEndpoint(const QStringList &headerOptions);
    // Every value of the opt-in file store, decoded.
    QByteArrayList storedSecrets() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_tmp;
    std::unique_ptr<LocalReceiver> m_rx;
    QString m_db;
    QProcessEnvironment m_env;
};

void TestSecretHeaders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tmp = std::make_unique<test::TempDatabase>();
    QVERIFY(m_tmp->isValid());
    m_db = m_tmp->path();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
                 QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets.json")));
    m_rx = std::make_unique<LocalReceiver>();
    QVERIFY(m_rx->start());
}

void TestSecretHeaders::cleanup()
{
    m_rx.reset();
}

test::CliResult TestSecretHeaders::cli(const QStringList &args, const QProcessEnvironment *env)
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000,
                        env ? *env : m_env);
}

QByteArrayList TestSecretHeaders::storedSecrets() const
{
    QByteArrayList out;
    const QJsonObject o =
        QJsonDocument::fromJson(fileBytes(m_dir->filePath(QStringLiteral("secrets.json"))))
            .object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out << QByteArray::fromBase64(it->toString().toLatin1());
    return out;
}

QString TestSecretHeaders::addEndpoint(const QStringList &headerOptions)
{
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile f(ca);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(m_rx->caCertificatePem());
    f.close();
    if (cli({QStringLiteral("tls"), QStringLiteral("trust"), ca}).exitCode != 0 ||
        cli({QStringLiteral("policy"), QStringLiteral("allow"), QStringLiteral("127.0.0.1/32")})
                .exitCode != 0 ||
        cli({QStringLiteral("keys"), QStringLiteral("generate")}).exitCode != 0)
        return {};
    const auto add =
        cli(QStringList{QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Orders"), QStringLiteral("--url"),
                        m_rx->url(QStringLiteral("/hook")).toString()} +
            headerOptions);
    if (add.exitCode != 0)
        qWarning() << add.err;
    return QString::fromUtf8(add.out.trimmed());
}

void TestSecretHeaders::sentinelReachesTheReceiverAndNothingElse()
{
    const QString id = addEndpoint(
        {QStringLiteral("--header"), QStringLiteral("X-Api-Key: ") + QString::fromLatin1(kSentinel),
         QStringLiteral("--header"), QStringLiteral("X-Team: kyc"),
         QStringLiteral("--secret-header"), QStringLiteral("X-Tenant: tenant_SENTINEL_5678")});
    QVERIFY(id.startsWith(QStringLiteral("ep_")));

    const QString data = m_dir->filePath(QStringLiteral("ping.json"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPing);
    f.close();
    const auto send =
        cli({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
             QStringLiteral("webhook.test"), QStringLiteral("--data"), data});
    QVERIFY2(send.exitCode == 0, send.err.constData());

    QProcess run;
    run.setProcessEnvironment(m_env);
    run.start(hookline::test::hooklinectlPath(),
              {QStringLiteral("--db"), m_db, QStringLiteral("run"), QStringLiteral("--drain")});
    QVERIFY(run.waitForStarted(10000));
    // The receiver lives in this process: keep the event loop turning while the child delivers.
    QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 30000);
    const QByteArray runLog = run.readAllStandardError();
    QVERIFY2(run.exitCode() == 0, runLog.constData());

    // The receiver got the real values.
    QCOMPARE(m_rx->requests().size(), 1);
    // A copy: requests() returns the list by value, so a reference into it would dangle.
    const ReceivedRequest r = m_rx->requests().first();
    QCOMPARE(r.header("X-Api-Key"), kSentinel);
    QCOMPARE(r.header("X-Tenant"), QByteArray("tenant_SENTINEL_5678"));
    QCOMPARE(r.header("X-Team"), QByteArray("kyc"));

    // Nowhere else: not in the database file, its WAL or its shared memory …
    const QByteArray onDisk = m_tmp->storedBytes();
    QVERIFY(!onDisk.isEmpty());
    QVERIFY(onDisk.contains("X-Api-Key")); // the reference and the redacted attempt header are
    QVERIFY(!onDisk.contains(kSentinel));
    QVERIFY(!onDisk.contains("SENTINEL_5678"));
    // … nor in what the commands print or log.
    QVERIFY(!runLog.contains("SENTINEL"));
    const auto exported = cli({QStringLiteral("config"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(!exported.out.contains("SENTINEL"), exported.out.constData());
    QVERIFY2(exported.out.contains("${HOOKLINE_HEADER_X_API_KEY}"), exported.out.constData());
    QVERIFY(exported.out.contains("kyc")); // a plain header stays plain

    const auto list =
        cli({QStringLiteral("--json"), QStringLiteral("delivery"), QStringLiteral("list")});
    const QJsonArray deliveries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(deliveries.size(), 1);
    const QString delivery = deliveries.first().toObject().value(QStringLiteral("id")).toString();
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("delivery"), QStringLiteral("show"), delivery};
        if (json)
            args.prepend(QStringLiteral("--json"));
        const auto show = cli(args);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!show.out.contains("SENTINEL"), show.out.constData());
        if (json) // the attempt's request headers (the plain form has no headers)
            QVERIFY2(show.out.contains("[redacted]"), show.out.constData());
    }
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("endpoint"), QStringLiteral("show"), id};
        if (json)
            args.prepend(QStringLiteral("--json"));
        const auto show = cli(args);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!show.out.contains("SENTINEL"), show.out.constData());
        QVERIFY2(show.out.contains("[redacted]"), show.out.constData());
    }
}

void TestSecretHeaders::importKeepsOrAsksForTheValue()
{
    const QString id =
        addEndpoint({QStringLiteral("--header"),
                     QStringLiteral("X-Api-Key: ") + QString::fromLatin1(kSentinel)});
    QVERIFY(id.startsWith(QStringLiteral("ep_")));
    const auto exported = cli({QStringLiteral("config"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    const QString path = m_dir->filePath(QStringLiteral("sandbox.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exported.out);
    f.close();

    // The placeholder comes back for the existing endpoint: the stored value stays.
    const auto same = cli({QStringLiteral("config"), QStringLiteral("import"), path});
    QVERIFY2(same.exitCode == 0, same.err.constData());
    QVERIFY2(same.out.contains("Nothing to change"), same.out.constData());
    QVERIFY(storedSecrets().contains(kSentinel));

    // A new endpoint with the placeholder and no value: refused, naming the header and the
    // variable, nothing written.
    QJsonObject doc = QJsonDocument::fromJson(exported.out).object();
    QJsonArray endpoints = doc.value(QStringLiteral("endpoints")).toArray();
    QJsonObject copy = endpoints.first().toObject();
    copy.insert(QStringLiteral("name"), QStringLiteral("Orders copy"));
    endpoints.append(copy);
    doc.insert(QStringLiteral("endpoints"), endpoints);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    const QByteArray before = m_tmp->rows();
    const auto refused = cli({QStringLiteral("config"), QStringLiteral("import"), path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("X-Api-Key"), refused.err.constData());
    QVERIFY2(refused.err.contains("HOOKLINE_HEADER_X_API_KEY"), refused.err.constData());
    QVERIFY2(refused.err.contains("nothing was changed"), refused.err.constData());
    QCOMPARE(m_tmp->rows(), before);

    // With the variable set, the new endpoint takes its value into the secret store only.
    QProcessEnvironment withValue = m_env;
    withValue.insert(QStringLiteral("HOOKLINE_HEADER_X_API_KEY"),
                     QStringLiteral("sk_live_SECOND_9999"));
    const auto applied =
        cli({QStringLiteral("config"), QStringLiteral("import"), path}, &withValue);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QVERIFY(!applied.out.contains("SECOND_9999"));
    QVERIFY(storedSecrets().contains("sk_live_SECOND_9999"));
    QVERIFY(storedSecrets().contains(kSentinel)); // the first endpoint's stays
    QVERIFY(!m_tmp->storedBytes().contains("SECOND_9999"));
    QVERIFY(!m_tmp->storedBytes().contains(kSentinel));
}

QTEST_GUILESS_MAIN(TestSecretHeaders)
#include "tst_secretheaders.moc"
