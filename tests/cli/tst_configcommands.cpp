#include "store/endpointrepository.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hookline;
using test::databaseDigest;
using test::runCli;

namespace {
QString fixture(const char *name)
{
    return hookline::test::sourceDir() + QStringLiteral("/tests/fixtures/config/") +
           QLatin1String(name);
}
} // namespace

class TestConfigCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void dryRunWritesNothing();
    void refusedTemplatesWriteNothing_data();
    void refusedTemplatesWriteNothing();
    void applyThenExportRoundTrip();
    void pruneIsShownLoudly();
    void environmentMismatchIsRefused();
    void dryRunDoesNotCreateADatabase();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    void seed();

    QByteArray digest() const { return databaseDigest(m_database->store()); }

    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestConfigCommands::init()
{
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

void TestConfigCommands::seed()
{
    for (const auto &[name, url] : {std::pair{"kyc-eu", "https://eu.kyc.example.com/hooks"},
                                    std::pair{"legacy", "https://legacy.example.com/in"}}) {
        const auto r =
            runCli(db({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--name"),
                       QLatin1String(name), QStringLiteral("--url"), QLatin1String(url)}));
        QCOMPARE(r.exitCode, 0);
    }
}

void TestConfigCommands::dryRunWritesNothing()
{
    seed();
    const QByteArray before = digest();
    const auto r = runCli(db({QStringLiteral("config"), QStringLiteral("import"),
                              fixture("valid.json"), QStringLiteral("--dry-run")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("2 to create, 1 to update, 0 to DELETE")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("+ create kyc-us")));
    QVERIFY(out.contains(QLatin1String("~ update kyc-eu")));
    QVERIFY(out.contains(QStringLiteral("10 → 5")));
    QVERIFY(out.contains(QLatin1String("legacy")));
    QVERIFY(out.contains(QLatin1String("Dry run: nothing was changed")));
    QCOMPARE(digest(), before);

    const auto json =
        runCli(db({QStringLiteral("config"), QStringLiteral("import"), fixture("valid.json"),
                   QStringLiteral("--dry-run"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("applied")).toBool(), false);
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("create")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("update")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("kept")).toInt(), 1);
    QCOMPARE(digest(), before);
}

void TestConfigCommands::refusedTemplatesWriteNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << fixture("malformed.json") << "template: is not valid JSON";
    QTest::newRow("out of range") << fixture("out-of-range.json")
                                  << "endpoints[3].timeout_s: is out of range (allowed: 1–10)";
    QTest::newRow("unknown field")
        << fixture("unknown-field.json") << "endpoints[0].timeout: is not a template setting";
    QTest::newRow("duplicate") << fixture("duplicate-names.json")
                               << "endpoints[2].name: 'kyc' is used by an earlier endpoint";
    QTest::newRow("policy") << fixture("denied-url.json")
                            << "endpoints[1].url: is refused by the destination policy";
    QTest::newRow("secret") << fixture("secret.json")
                            << "endpoints[0].auth_token: secrets are never read";
    QTest::newRow("missing file") << m_database->dir() + QStringLiteral("/nope.json")
                                  << "cannot read";
}

void TestConfigCommands::refusedTemplatesWriteNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    seed();
    const QByteArray before = digest();
    const auto r = runCli(db({QStringLiteral("config"), QStringLiteral("import"), file}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!r.err.contains("s3cr3t"));
    QCOMPARE(digest(), before);
}

void TestConfigCommands::applyThenExportRoundTrip()
{
    seed();
    const auto r =
        runCli(db({QStringLiteral("config"), QStringLiteral("import"), fixture("valid.json")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Applied in one transaction: 2 created, 1 updated, 0 deleted."),
             r.out.constData());
    QCOMPARE(EndpointRepository(m_database->store()).count(Environment::Sandbox).value(), 4);

    const QString exported = m_database->dir() + QStringLiteral("/sandbox.json");
    const auto e = runCli(db(
        {QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--out"), exported}));
    QCOMPARE(e.exitCode, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(doc.value(QStringLiteral("endpoints")).toArray().size(), 4);

    const QByteArray before = digest();
    const auto again = runCli(db({QStringLiteral("config"), QStringLiteral("import"), exported}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 to create, 0 to update, 0 to DELETE, 4 unchanged"),
             again.out.constData());
    QVERIFY(again.out.contains("Nothing to change."));
    QCOMPARE(digest(), before);
}

void TestConfigCommands::pruneIsShownLoudly()
{
    seed();
    const auto dry = runCli(db({QStringLiteral("config"), QStringLiteral("import"),
                                fixture("prune.json"), QStringLiteral("--dry-run")}));
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("1 to DELETE"), dry.out.constData());
    QVERIFY(dry.out.contains("- DELETE legacy"));
    const auto r =
        runCli(db({QStringLiteral("config"), QStringLiteral("import"), fixture("prune.json")}));
    QCOMPARE(r.exitCode, 0);
    const QList<Endpoint> left =
        EndpointRepository(m_database->store()).list(Environment::Sandbox).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("kyc-eu"));
    QCOMPARE(left.first().timeoutSeconds, 5);
}

void TestConfigCommands::environmentMismatchIsRefused()
{
    seed();
    const QByteArray before = digest();
    const auto r =
        runCli(db({QStringLiteral("--env"), QStringLiteral("live"), QStringLiteral("config"),
                   QStringLiteral("import"), fixture("valid.json")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the template is for sandbox but --env live"), r.err.constData());
    QCOMPARE(digest(), before);
}

void TestConfigCommands::dryRunDoesNotCreateADatabase()
{
    if (test::testBackendIsPostgres())
        QSKIP("a server's database is made by its administrator, never by Hookline");
    const QString fresh = test::uncreatedDatabase(*m_database);
    const auto r =
        runCli({QStringLiteral("--db"), fresh, QStringLiteral("config"), QStringLiteral("import"),
                fixture("valid.json"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("3 to create, 0 to update"), r.out.constData());
    QVERIFY(!test::databaseWasCreated(fresh));
}

QTEST_GUILESS_MAIN(TestConfigCommands)
#include "tst_configcommands.moc"
