#include "store/endpointrepository.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hookline;
using test::runCli;

class TestEndpointCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void environmentsAreSeparate();
    void badInputLeavesDatabaseUnchanged_data();
    void badInputLeavesDatabaseUnchanged();
    void badInputDoesNotCreateADatabase();
    void unknownIdsAndCommands();
    void helpAndVersion();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QString addEndpoint(const QStringList &extra = {});

    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestEndpointCommands::init()
{
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

QString TestEndpointCommands::addEndpoint(const QStringList &extra)
{
    const auto r = runCli(
        db(QStringList{QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
                       QStringLiteral("https://hooks.example.com/in")} +
           extra));
    if (r.exitCode != 0)
        qWarning("add failed: %s", r.err.constData());
    return QString::fromUtf8(r.out.trimmed());
}

void TestEndpointCommands::roundTrip()
{
    const QString id =
        addEndpoint({QStringLiteral("--name"), QStringLiteral("KYC"), QStringLiteral("--events"),
                     QStringLiteral("identity_document.*,customer.created"),
                     QStringLiteral("--method"), QStringLiteral("put"), QStringLiteral("--timeout"),
                     QStringLiteral("5"), QStringLiteral("--header"), QStringLiteral("X-Team: kyc"),
                     QStringLiteral("--retry-intervals"), QStringLiteral("5,60")});
    QVERIFY2(id.startsWith(QLatin1String("ep_")), qPrintable(id));

    // What the CLI wrote is what the store (and so the console) reads.
    {
        const auto e = EndpointRepository(m_database->store()).find(id).value();
        QVERIFY(e.has_value());
        QCOMPARE(e->name, QStringLiteral("KYC"));
        QVERIFY(e->method == HttpMethod::Put);
        QCOMPARE(e->timeoutSeconds, 5);
        QCOMPARE(e->eventPatterns, QStringList({QStringLiteral("identity_document.*"),
                                                QStringLiteral("customer.created")}));
        QCOMPARE(e->customHeaders.size(), 1);
        QCOMPARE(e->retryPolicy.intervals.size(), 2);
    }

    auto r =
        runCli(db({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QLatin1String("id")].toString(), id);
    QCOMPARE(list.first()[QLatin1String("method")].toString(), QStringLiteral("PUT"));
    QCOMPARE(list.first()[QLatin1String("state")].toString(), QStringLiteral("active"));

    r = runCli(
        db({QStringLiteral("endpoint"), QStringLiteral("update"), id, QStringLiteral("--timeout"),
            QStringLiteral("8"), QStringLiteral("--events"), QStringLiteral("*")}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("pause"), id,
                   QStringLiteral("--reason"), QStringLiteral("maintenance window")}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(
        db({QStringLiteral("endpoint"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown[QLatin1String("timeout_s")].toInt(), 8);
    QCOMPARE(shown[QLatin1String("name")].toString(), QStringLiteral("KYC")); // untouched
    QCOMPARE(shown[QLatin1String("events")].toArray().first().toString(), QStringLiteral("*"));
    QCOMPARE(shown[QLatin1String("state")].toString(), QStringLiteral("paused"));
    QCOMPARE(shown[QLatin1String("paused_reason")].toString(),
             QStringLiteral("maintenance window"));

    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("resume"), id}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("show"), id}));
    QVERIFY(r.out.contains("state           active"));

    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("remove"), id}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No endpoints in sandbox"));
}

void TestEndpointCommands::environmentsAreSeparate()
{
    const QString sandboxId = addEndpoint();
    const auto live =
        runCli(db({QStringLiteral("--env"), QStringLiteral("live"), QStringLiteral("endpoint"),
                   QStringLiteral("add"), QStringLiteral("--url"),
                   QStringLiteral("https://live.example.com/")}));
    QCOMPARE(live.exitCode, 0);
    auto r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--env"),
                        QStringLiteral("live"), QStringLiteral("--json")}));
    const QJsonArray liveList = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(liveList.size(), 1);
    QCOMPARE(liveList.first()[QLatin1String("environment")].toString(), QStringLiteral("live"));
    QVERIFY(liveList.first()[QLatin1String("id")].toString() != sandboxId);
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

void TestEndpointCommands::badInputLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    auto add = [](QStringList extra) {
        return QStringList{QStringLiteral("endpoint"), QStringLiteral("add")} + extra;
    };
    const QString url = QStringLiteral("--url");
    QTest::newRow("http url") << add({url, QStringLiteral("http://hooks.example.com/")})
                              << QByteArray("--url must be an https:// URL");
    QTest::newRow("no url") << add({QStringLiteral("--name"), QStringLiteral("x")})
                            << QByteArray("needs --url");
    QTest::newRow("timeout 11") << add({url, QStringLiteral("https://a.example.com"),
                                        QStringLiteral("--timeout"), QStringLiteral("11")})
                                << QByteArray("--timeout is out of range");
    QTest::newRow("timeout text") << add({url, QStringLiteral("https://a.example.com"),
                                          QStringLiteral("--timeout"), QStringLiteral("ten")})
                                  << QByteArray("not a whole number");
    QTest::newRow("bad method") << add({url, QStringLiteral("https://a.example.com"),
                                        QStringLiteral("--method"), QStringLiteral("GET")})
                                << QByteArray("--method must be POST, PUT or PATCH");
    QTest::newRow("bad pattern") << add({url, QStringLiteral("https://a.example.com"),
                                         QStringLiteral("--events"), QStringLiteral("Customer")})
                                 << QByteArray("invalid event pattern 'Customer'");
    QTest::newRow("bad header") << add({url, QStringLiteral("https://a.example.com"),
                                        QStringLiteral("--header"), QStringLiteral("no colon")})
                                << QByteArray("expected 'Name: value'");
    QTest::newRow("reserved header")
        << add({url, QStringLiteral("https://a.example.com"), QStringLiteral("--header"),
                QStringLiteral("X-Webhook-Signature: x")})
        << QByteArray("which Hookline sets itself");
    QTest::newRow("unknown option") << add({url, QStringLiteral("https://a.example.com"),
                                            QStringLiteral("--colour"), QStringLiteral("red")})
                                    << QByteArray("Unknown option");
    QTest::newRow("bad env") << QStringList{QStringLiteral("--env"), QStringLiteral("prod"),
                                            QStringLiteral("endpoint"), QStringLiteral("list")}
                             << QByteArray("--env must be 'live' or 'sandbox'");
    QTest::newRow("update bad timeout")
        << QStringList{QStringLiteral("endpoint"), QStringLiteral("update"), QStringLiteral("@ID@"),
                       QStringLiteral("--timeout"), QStringLiteral("0")}
        << QByteArray("--timeout is out of range");
    QTest::newRow("update to http")
        << QStringList{QStringLiteral("endpoint"), QStringLiteral("update"), QStringLiteral("@ID@"),
                       url, QStringLiteral("http://x.example.com")}
        << QByteArray("https://");
}

void TestEndpointCommands::badInputLeavesDatabaseUnchanged()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const QString id = addEndpoint();
    QVERIFY(!id.isEmpty());
    args.replaceInStrings(QStringLiteral("@ID@"), id);
    const QByteArray before = test::databaseDigest(m_database->store());
    const auto r = runCli(db(args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::databaseDigest(m_database->store()), before);
}

void TestEndpointCommands::badInputDoesNotCreateADatabase()
{
    const QString fresh = test::uncreatedDatabase(*m_database);
    const auto r =
        runCli({QStringLiteral("--db"), fresh, QStringLiteral("endpoint"), QStringLiteral("add"),
                QStringLiteral("--url"), QStringLiteral("http://x.example.com")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!test::databaseWasCreated(fresh));
}

void TestEndpointCommands::unknownIdsAndCommands()
{
    auto r =
        runCli(db({QStringLiteral("endpoint"), QStringLiteral("show"), QStringLiteral("ep_nope")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("no endpoint with id 'ep_nope'"));
    r = runCli(
        db({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("ep_nope")}));
    QCOMPARE(r.exitCode, 4);
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("frobnicate")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
    r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("show")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("expected ID"));
    r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage: hooklinectl"));
}

void TestEndpointCommands::helpAndVersion()
{
    auto r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("hooklinectl " HOOKLINE_VERSION));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *cmd :
         {"endpoint list", "endpoint add", "endpoint pause", "--db PATH", "--json"})
        QVERIFY2(r.out.contains(cmd), cmd);
    r = runCli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *opt : {"--url URL", "--events PATTERNS", "--scheme", "--failover-url",
                            "--header HEADER", "--max-in-flight", "--rate-limit"})
        QVERIFY2(r.out.contains(opt), opt);
}

QTEST_GUILESS_MAIN(TestEndpointCommands)
#include "tst_endpointcommands.moc"
