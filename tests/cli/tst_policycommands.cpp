#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using test::runCli;

class TestPolicyCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void checkUrl_data();
    void checkUrl();
    void checkUrlJson();
    void checkUrlRefusesBadResolve_data();
    void checkUrlRefusesBadResolve();
    void allowListDisallow();
    void badEntryWritesNothing();
    void allowlistReachesCheckUrlAndEndpointAdd();
    void allowWithPort();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    static QJsonValue json(const test::CliResult &r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestPolicyCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

void TestPolicyCommands::checkUrl_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // lines that must appear on stdout

    QTest::newRow("loopback literal")
        << QStringList{QStringLiteral("https://127.0.0.1/")} << 3
        << QStringList{QStringLiteral("deny: denied-address"), QStringLiteral("127.0.0.0/8")};
    QTest::newRow("numeric trick")
        << QStringList{QStringLiteral("https://0xA9FEA9FE/")} << 3
        << QStringList{QStringLiteral("169.254.169.254"), QStringLiteral("cloud metadata")};
    QTest::newRow("denied name") << QStringList{QStringLiteral("https://LocaLhOsT./")} << 3
                                 << QStringList{QStringLiteral("deny: denied-name")};
    QTest::newRow("http") << QStringList{QStringLiteral("http://hooks.example.com/")} << 3
                          << QStringList{QStringLiteral("deny: not-https")};
    QTest::newRow("public literal")
        << QStringList{QStringLiteral("https://8.8.8.8/")} << 0
        << QStringList{QStringLiteral("allow: public-address"), QStringLiteral("connect")};
    QTest::newRow("resolved public")
        << QStringList{QStringLiteral("https://hooks.example.com/x"), QStringLiteral("--resolve"),
                       QStringLiteral("hooks.example.com:93.184.216.34")}
        << 0
        << QStringList{QStringLiteral("allow: public-address"),
                       QStringLiteral("connect   93.184.216.34 (Host: hooks.example.com")};
    QTest::newRow("resolved loopback")
        << QStringList{QStringLiteral("https://loop.example.test/"), QStringLiteral("--resolve"),
                       QStringLiteral("loop.example.test:127.0.0.1")}
        << 3 << QStringList{QStringLiteral("deny: resolved-address-denied")};
    QTest::newRow("repeated resolve, mixed")
        << QStringList{QStringLiteral("https://mixed.example.test/"), QStringLiteral("--resolve"),
                       QStringLiteral("mixed.example.test:93.184.216.34"),
                       QStringLiteral("--resolve"), QStringLiteral("mixed.example.test:10.0.0.5")}
        << 3
        << QStringList{QStringLiteral("93.184.216.34  allowed"),
                       QStringLiteral("10.0.0.5  denied")};
    QTest::newRow("bracketed v6 resolve")
        << QStringList{QStringLiteral("https://v6.example.test/"), QStringLiteral("--resolve"),
                       QStringLiteral("V6.example.test:[2606:4700:4700::1111]")}
        << 0 << QStringList{QStringLiteral("connect   2606:4700:4700::1111")};
    QTest::newRow("v6 ula resolve")
        << QStringList{QStringLiteral("https://ula.example.test/"), QStringLiteral("--resolve"),
                       QStringLiteral("ula.example.test:[fd00::1]")}
        << 3 << QStringList{QStringLiteral("fc00::/7")};
    QTest::newRow("v6 metadata resolve")
        << QStringList{QStringLiteral("https://meta.example.test/"), QStringLiteral("--resolve"),
                       QStringLiteral("meta.example.test:[fd00:ec2::254]")}
        << 3 << QStringList{QStringLiteral("fd00:ec2::254/128")};
}

void TestPolicyCommands::checkUrl()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    // A preflight never creates an SQLite file, and writes nothing to an existing database.
    if (!test::testBackendIsPostgres())
        m_path = test::uncreatedDatabase(*m_database);
    const QByteArray before = test::databaseDigest(m_database->store());
    const auto r = runCli(db(QStringList{QStringLiteral("check-url")} + args));
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, exitCode);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &e : expected)
        QVERIFY2(out.contains(e), qPrintable(out));
    QVERIFY(!test::databaseWasCreated(m_path) || test::testBackendIsPostgres());
    QCOMPARE(test::databaseDigest(m_database->store()), before);
}

void TestPolicyCommands::checkUrlJson()
{
    const auto r = runCli(
        db({QStringLiteral("--json"), QStringLiteral("check-url"),
            QStringLiteral("https://rebind.example.test:8443/h"), QStringLiteral("--resolve"),
            QStringLiteral("rebind.example.test:93.184.216.34")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).toObject();
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("allow"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("public-address"));
    QCOMPARE(o.value(QStringLiteral("vetted_address")).toString(), QStringLiteral("93.184.216.34"));
    QCOMPARE(o.value(QStringLiteral("connect_url")).toString(),
             QStringLiteral("https://93.184.216.34:8443/h"));
    QCOMPARE(o.value(QStringLiteral("host_header")).toString(),
             QStringLiteral("rebind.example.test:8443"));
    QCOMPARE(o.value(QStringLiteral("lookups")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("addresses")).toArray().size(), 1);

    const auto denied = runCli(db({QStringLiteral("check-url"), QStringLiteral("--json"),
                                   QStringLiteral("https://[::ffff:10.1.2.3]/")}));
    QCOMPARE(denied.exitCode, 3);
    const QJsonObject d = json(denied).toObject();
    QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("denied-address"));
    const QJsonObject a = d.value(QStringLiteral("denied_address")).toObject();
    QCOMPARE(a.value(QStringLiteral("address")).toString(), QStringLiteral("10.1.2.3"));
    QCOMPARE(a.value(QStringLiteral("rule")).toString(), QStringLiteral("private"));
    QCOMPARE(a.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.0.0/8"));
    QVERIFY(!d.contains(QStringLiteral("vetted_address")));
}

void TestPolicyCommands::checkUrlRefusesBadResolve_data()
{
    QTest::addColumn<QString>("resolve");
    QTest::newRow("no address") << QStringLiteral("hooks.example.com");
    QTest::newRow("empty address") << QStringLiteral("hooks.example.com:");
    QTest::newRow("name as address") << QStringLiteral("hooks.example.com:other.example.com");
    QTest::newRow("address as host") << QStringLiteral("1.2.3.4:5.6.7.8");
    QTest::newRow("five parts") << QStringLiteral("hooks.example.com:1.1.1.1.1");
}

void TestPolicyCommands::checkUrlRefusesBadResolve()
{
    QFETCH(QString, resolve);
    const auto r = runCli(db({QStringLiteral("check-url"), QStringLiteral("https://x.example/"),
                              QStringLiteral("--resolve"), resolve}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--resolve"));
}

void TestPolicyCommands::allowListDisallow()
{
    auto cli = [this](const QStringList &args) {
        return runCli(db(args));
    };
    const QString policy = QStringLiteral("policy");
    QCOMPARE(cli({policy, QStringLiteral("allow"), QStringLiteral("127.0.0.1")}).exitCode, 0);
    QCOMPARE(cli({policy, QStringLiteral("allow"), QStringLiteral("Receiver.Test.")}).exitCode, 0);
    const auto again = cli({policy, QStringLiteral("allow"), QStringLiteral("127.0.0.1/32")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already allowed 127.0.0.1/32"));
    QCOMPARE(cli({QStringLiteral("--env"), QStringLiteral("live"), policy, QStringLiteral("allow"),
                  QStringLiteral("10.0.0.0/8")})
                 .exitCode,
             0);

    const auto list = cli({QStringLiteral("--json"), policy, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray entries = json(list).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("entry")).toString(),
             QStringLiteral("127.0.0.1/32"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("cidr"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("entry")).toString(),
             QStringLiteral("receiver.test"));
    const auto live =
        cli({QStringLiteral("--env"), QStringLiteral("live"), policy, QStringLiteral("list")});
    QVERIFY(live.out.contains("10.0.0.0/8"));
    QVERIFY(!live.out.contains("127.0.0.1"));

    QCOMPARE(cli({policy, QStringLiteral("disallow"), QStringLiteral("0x7f000001")}).exitCode, 0);
    const auto missing = cli({policy, QStringLiteral("disallow"), QStringLiteral("127.0.0.1")});
    QCOMPARE(missing.exitCode, 4);
    const auto after = cli({policy, QStringLiteral("list")});
    QVERIFY(!after.out.contains("127.0.0.1"));
    QVERIFY(after.out.contains("receiver.test"));
}

void TestPolicyCommands::badEntryWritesNothing()
{
    QCOMPARE(runCli(db({QStringLiteral("policy"), QStringLiteral("allow"),
                        QStringLiteral("hooks.internal")}))
                 .exitCode,
             0);
    const QByteArray before = test::databaseDigest(m_database->store());
    for (const char *bad : {"10.0.0.1/8", "0.0.0.0/0", "*.internal", "https://x/", "1.1.1.1.1"}) {
        const auto r = runCli(
            db({QStringLiteral("policy"), QStringLiteral("allow"), QString::fromLatin1(bad)}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a valid allowlist entry"));
    }
    QCOMPARE(test::databaseDigest(m_database->store()), before);
}

void TestPolicyCommands::allowlistReachesCheckUrlAndEndpointAdd()
{
    const QStringList addLoopback{QStringLiteral("endpoint"), QStringLiteral("add"),
                                  QStringLiteral("--url"),
                                  QStringLiteral("https://127.0.0.1:8443/in")};
    const auto refused = runCli(db(addLoopback));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("destination policy"), refused.err.constData());

    QCOMPARE(runCli(db({QStringLiteral("policy"), QStringLiteral("allow"),
                        QStringLiteral("127.0.0.0/8")}))
                 .exitCode,
             0);
    const auto check =
        runCli(db({QStringLiteral("check-url"), QStringLiteral("https://127.0.0.1:8443/in")}));
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains("allow: allowlisted"));
    const auto added = runCli(db(addLoopback));
    QCOMPARE(added.exitCode, 0);
    QVERIFY(added.out.startsWith("ep_"));

    // The live environment has its own allowlist.
    const auto live =
        runCli(db(QStringList{QStringLiteral("--env"), QStringLiteral("live")} + addLoopback));
    QCOMPARE(live.exitCode, 2);
}

// `policy allow CIDR --port N`: the entry holds for that port only, `list` says which.
void TestPolicyCommands::allowWithPort()
{
    const QString policy = QStringLiteral("policy");
    const auto allowed = runCli(db({policy, QStringLiteral("allow"), QStringLiteral("127.0.0.1/32"),
                                    QStringLiteral("--port"), QStringLiteral("8789")}));
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY2(allowed.out.contains("allowed 127.0.0.1/32 port 8789 in sandbox"),
             allowed.out.constData());
    QCOMPARE(
        runCli(db({policy, QStringLiteral("allow"), QStringLiteral("hooks.internal")})).exitCode,
        0);

    const auto table = runCli(db({policy, QStringLiteral("list")}));
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.at(0).contains(QStringLiteral("PORT")), table.out.constData());
    QVERIFY2(lines.at(1).contains(QStringLiteral("127.0.0.1/32")) &&
                 lines.at(1).trimmed().endsWith(QStringLiteral("8789")),
             table.out.constData());
    QVERIFY2(lines.at(2).contains(QStringLiteral("hooks.internal")) &&
                 lines.at(2).trimmed().endsWith(QStringLiteral("any")),
             table.out.constData());
    const QJsonArray entries =
        json(runCli(db({QStringLiteral("--json"), policy, QStringLiteral("list")}))).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("port")).toInt(), 8789);
    QVERIFY(entries.at(1).toObject().value(QStringLiteral("port")).isNull());

    // The right port is allowed, another refused.
    const auto right =
        runCli(db({QStringLiteral("check-url"), QStringLiteral("https://127.0.0.1:8789/in")}));
    QCOMPARE(right.exitCode, 0);
    const auto other =
        runCli(db({QStringLiteral("check-url"), QStringLiteral("https://127.0.0.1:8790/in")}));
    QCOMPARE(other.exitCode, 3);

    // A bad port writes nothing; disallow needs the same port.
    const QByteArray before = test::databaseDigest(m_database->store());
    for (const char *bad : {"0", "65536", "http", ""}) {
        const auto r = runCli(db({policy, QStringLiteral("allow"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--port"), QString::fromLatin1(bad)}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--port"), r.err.constData());
    }
    QCOMPARE(test::databaseDigest(m_database->store()), before);
    QCOMPARE(runCli(db({policy, QStringLiteral("disallow"), QStringLiteral("127.0.0.1")})).exitCode,
             4);
    const auto removed = runCli(db({policy, QStringLiteral("disallow"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"), QStringLiteral("8789")}));
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains("removed 127.0.0.1/32 port 8789"));
}

QTEST_GUILESS_MAIN(TestPolicyCommands)
#include "tst_policycommands.moc"
