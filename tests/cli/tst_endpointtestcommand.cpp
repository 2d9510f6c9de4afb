#include "domain/environment.h"
#include "engine/enginelock.h"
#include "support/clirunner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using test::runCli;

// hooklinectl endpoint test ID: one webhook.test event at one endpoint; without an engine it says
// the test is queued, with one it waits for the first attempt's outcome.
class TestEndpointTestCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void withoutEngineSaysQueued();
    void jsonNamesEventAndDelivery();
    void refusals_data();
    void refusals();
    void pausedEndpointHoldsTheTest();
    void waitsForFirstAttemptWhileEngineRuns_data();
    void waitsForFirstAttemptWhileEngineRuns();
    void timesOutWhenNothingIsAttempted();
    void showIncludesHealth();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QString addEndpoint(Environment env = Environment::Sandbox);
    int count(const QString &table);

    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestEndpointTestCommand::init()
{
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

QString TestEndpointTestCommand::addEndpoint(Environment env)
{
    // Through the CLI, so the audit chain is written with the keychain's key like every later
    // command's (an in-process key would make the CLI refuse to append).
    const auto r = runCli(db(
        {QStringLiteral("--env"), toString(env), QStringLiteral("endpoint"), QStringLiteral("add"),
         QStringLiteral("--name"), QStringLiteral("kyc"), QStringLiteral("--url"),
         QStringLiteral("https://hooks.example.com/in"), QStringLiteral("--events"),
         QStringLiteral("customer.*")})); // a test reaches it all the same
    if (r.exitCode != 0)
        qWarning("endpoint add failed: %s", r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

int TestEndpointTestCommand::count(const QString &table)
{
    QSqlQuery q(m_database->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestEndpointTestCommand::withoutEngineSaysQueued()
{
    const QString id = addEndpoint();
    const auto r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("test"), id}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("event evt_"), r.out.constData());
    QVERIFY2(lines.at(1).startsWith("delivery dlv_"), r.out.constData());
    QVERIFY2(lines.at(2).startsWith("queued: no engine is running"), r.out.constData());
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 1);
}

void TestEndpointTestCommand::jsonNamesEventAndDelivery()
{
    const QString id = addEndpoint();
    const auto r = runCli(db({QStringLiteral("--json"), QStringLiteral("endpoint"),
                              QStringLiteral("test"), id, QStringLiteral("--no-wait")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("event_id")).toString().startsWith(QLatin1String("evt_")));
    QVERIFY(o.value(QStringLiteral("delivery_id")).toString().startsWith(QLatin1String("dlv_")));
    QCOMPARE(o.value(QStringLiteral("endpoint_id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
}

void TestEndpointTestCommand::refusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown id") << QStringLiteral("unknown") << QStringList{} << 4;
    QTest::newRow("other environment") << QStringLiteral("live") << QStringList{} << 4;
    QTest::newRow("bad timeout") << QStringLiteral("sandbox")
                                 << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                 << 2;
}

void TestEndpointTestCommand::refusals()
{
    QFETCH(QString, which);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString id = which == QLatin1String("unknown") ? QStringLiteral("ep_nope")
                       : which == QLatin1String("live")  ? addEndpoint(Environment::Live)
                                                         : addEndpoint();
    if (which == QLatin1String("unknown"))
        addEndpoint();
    const auto r =
        runCli(db(QStringList{QStringLiteral("endpoint"), QStringLiteral("test"), id} + extra));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(count(QStringLiteral("events")), 0); // bad input writes nothing
}

void TestEndpointTestCommand::pausedEndpointHoldsTheTest()
{
    const QString id = addEndpoint();
    QCOMPARE(runCli(db({QStringLiteral("endpoint"), QStringLiteral("pause"), id})).exitCode, 0);
    const auto r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("test"), id}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("paused"), r.err.constData());
    QVERIFY(r.out.startsWith("event evt_"));
    QCOMPARE(count(QStringLiteral("deliveries")), 1);
}

void TestEndpointTestCommand::waitsForFirstAttemptWhileEngineRuns_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("printed");
    QTest::newRow("success") << QStringLiteral("success") << 204 << 0
                             << QByteArray("attempt 1: success, HTTP 204, 31 ms");
    QTest::newRow("failure") << QStringLiteral("http_5xx") << 503 << 1
                             << QByteArray("attempt 1: http_5xx, HTTP 503, 31 ms");
}

// This process holds the engine lock and plays the engine: it records the first attempt while
// the command waits, as an engine in another process would.
void TestEndpointTestCommand::waitsForFirstAttemptWhileEngineRuns()
{
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, printed);
    const QString id = addEndpoint();
    EngineLock lock(m_path);
    QVERIFY(lock.tryLock());
    QProcess cli;
    cli.start(hookline::test::hooklinectlPath(),
              db({QStringLiteral("endpoint"), QStringLiteral("test"), id}));
    QVERIFY(cli.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("deliveries")), 1, 10000);
    QTest::qWait(300); // the command is polling now
    QCOMPARE(cli.state(), QProcess::Running);
    {
        QSqlQuery q(m_database->db());
        q.prepare(QStringLiteral(
            "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, duration_ms, "
            "outcome, http_status) SELECT id, endpoint_id, 1, CAST(? AS BIGINT), 31, "
            "CAST(? AS TEXT), CAST(? AS BIGINT) FROM deliveries"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(outcome);
        q.addBindValue(qint64(status));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(cli.waitForFinished(10000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), exitCode);
    QVERIFY2((exitCode == 0 ? out : err).contains(printed), QByteArray(out + err).constData());
}

void TestEndpointTestCommand::timesOutWhenNothingIsAttempted()
{
    const QString id = addEndpoint();
    EngineLock lock(m_path);
    QVERIFY(lock.tryLock());
    const auto r = runCli(db({QStringLiteral("endpoint"), QStringLiteral("test"), id,
                              QStringLiteral("--timeout"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no answer within 1 s"), r.err.constData());
    QVERIFY(r.out.startsWith("event evt_"));
}

// `endpoint show` reports the same health figures as the console's detail pane.
void TestEndpointTestCommand::showIncludesHealth()
{
    const QString id = addEndpoint();
    QCOMPARE(runCli(db({QStringLiteral("endpoint"), QStringLiteral("test"), id,
                        QStringLiteral("--no-wait")}))
                 .exitCode,
             0);
    {
        QSqlQuery q(m_database->db());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int n = 1; n <= 4; ++n) {
            q.prepare(QStringLiteral(
                "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, duration_ms, "
                "outcome, http_status, error) SELECT id, endpoint_id, CAST(? AS BIGINT), "
                "CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS BIGINT), "
                "CAST(? AS TEXT) FROM deliveries"));
            q.addBindValue(qint64(n));
            q.addBindValue(now - (10 - n) * 1000);
            q.addBindValue(qint64(n) * 100);
            q.addBindValue(n == 2 ? QStringLiteral("http_5xx") : QStringLiteral("success"));
            q.addBindValue(qint64(n == 2 ? 502 : 200));
            q.addBindValue(n == 2 ? QStringLiteral("Bad Gateway") : QString());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    const auto json = runCli(
        db({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("show"), id}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject health =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("health")).toObject();
    QCOMPARE(health.value(QStringLiteral("attempts")).toInt(), 4);
    QCOMPARE(health.value(QStringLiteral("success_rate")).toDouble(), 0.75);
    QCOMPARE(health.value(QStringLiteral("p95_ms")).toInt(), 400);
    const QJsonArray failures = health.value(QStringLiteral("last_failures")).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).toObject().value(QStringLiteral("http_status")).toInt(), 502);
    const auto text = runCli(db({QStringLiteral("endpoint"), QStringLiteral("show"), id}));
    QVERIFY2(text.out.contains("75.0 % success (3 of 4), p95 400 ms"), text.out.constData());
    QVERIFY2(text.out.contains("http_5xx 502 (Bad Gateway)"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestEndpointTestCommand)
#include "tst_endpointtestcommand.moc"
