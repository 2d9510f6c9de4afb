#include "analytics/rollupwriter.h"
#include "store/transaction.h"
#include "support/clirunner.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using test::runCli;

class TestStatsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonFigures();
    void filtersByEndpointAndType();
    void humanOutputAndAdvice();
    void invalidResponsesCountedAndAdvised();
    void badInput_data();
    void badInput();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }

    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
    QString m_fast;
    QString m_slow;
};

void TestStatsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
    // Endpoints through the CLI, so the audit chain uses the keychain's key (the engine's
    // history below is written in-process and needs none).
    auto add = [&](const QString &name, int timeout) {
        const auto r = runCli(
            db({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--name"), name,
                QStringLiteral("--timeout"), QString::number(timeout), QStringLiteral("--url"),
                QStringLiteral("https://%1.example.com/").arg(name)}));
        if (r.exitCode != 0)
            qWarning("endpoint add failed: %s", r.err.constData());
        return QString::fromUtf8(r.out).trimmed();
    };
    m_fast = add(QStringLiteral("fast"), 10);
    m_slow = add(QStringLiteral("slow"), 1);
    QVERIFY(!m_fast.isEmpty() && !m_slow.isEmpty());
    // 100 attempts an hour ago: fast ones 1..90 ms, all succeeded; 10 slow ones at 900 ms, two
    // of which got a 503 first.
    Transaction tx(m_database->store());
    RollupWriter w(m_database->store());
    const qint64 at = QDateTime::currentDateTimeUtc().addSecs(-3600).toMSecsSinceEpoch();
    for (int i = 1; i <= 90; ++i) {
        RollupWriter::Sample s;
        s.environment = Environment::Sandbox;
        s.endpointId = m_fast;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = at;
        s.durationMs = i;
        s.httpStatus = 200;
        w.add(s);
    }
    for (int i = 0; i < 10; ++i) {
        RollupWriter::Sample s;
        s.environment = Environment::Sandbox;
        s.endpointId = m_slow;
        s.eventType = QStringLiteral("customer.updated");
        s.startedAtMs = at;
        s.durationMs = 900;
        s.outcome = i < 2 ? OutcomeClass::Http5xx : OutcomeClass::Success;
        s.httpStatus = i < 2 ? 503 : 200;
        s.attemptNumber = i < 4 ? 2 : 1;
        w.add(s);
    }
    QVERIFY(!w.flush());
    QVERIFY(!tx.commit());
}

void TestStatsCommand::jsonFigures()
{
    const auto r = runCli(db({QStringLiteral("--json"), QStringLiteral("stats")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("attempts")).toInteger(), 100);
    QCOMPARE(o.value(QStringLiteral("success_rate")).toDouble(), 0.98);
    QCOMPARE(o.value(QStringLiteral("avg_ms")).toDouble(), (90 * 91 / 2 + 10 * 900) / 100.0);
    QCOMPARE(o.value(QStringLiteral("p50_ms")).toDouble(), 50.0); // exact below 64 ms
    QVERIFY(qAbs(o.value(QStringLiteral("p95_ms")).toDouble() - 900) <= 18);
    QVERIFY(qAbs(o.value(QStringLiteral("p99_ms")).toDouble() - 900) <= 18);
    QCOMPARE(
        o.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("http_5xx")).toInt(),
        2);
    const QJsonObject retries = o.value(QStringLiteral("retries")).toObject();
    QCOMPARE(retries.value(QStringLiteral("recovered")).toInt(), 2);
    QCOMPARE(retries.value(QStringLiteral("succeeded_first_try")).toInt(), 96);
    const QJsonArray endpoints = o.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("id")).toString(), m_fast);
    QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("success_rate")).toDouble(), 1.0);
    QCOMPARE(o.value(QStringLiteral("event_types")).toArray().size(), 2);
    const QJsonArray statuses = o.value(QStringLiteral("statuses")).toArray();
    QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("http_status")).toInt(), 200);
    QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("count")).toInt(), 98);
    // Other environment: nothing.
    const auto live = runCli(db({QStringLiteral("--json"), QStringLiteral("--env"),
                                 QStringLiteral("live"), QStringLiteral("stats")}));
    QCOMPARE(live.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(live.out).object().value(QStringLiteral("attempts")).toInt(),
             0);
}

void TestStatsCommand::filtersByEndpointAndType()
{
    auto attempts = [&](const QStringList &args) {
        const auto r =
            runCli(db(QStringList{QStringLiteral("--json"), QStringLiteral("stats")} + args));
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("attempts"))
                                     .toInt()
                               : -1;
    };
    QCOMPARE(attempts({QStringLiteral("--endpoint"), m_slow}), 10);
    QCOMPARE(attempts({QStringLiteral("--endpoint"), m_slow, QStringLiteral("--endpoint"), m_fast}),
             100);
    QCOMPARE(attempts({QStringLiteral("--type"), QStringLiteral("customer.created")}), 90);
    QCOMPARE(attempts({QStringLiteral("--range"), QStringLiteral("1h")}),
             0); // an hour and a bit ago
    QCOMPARE(attempts({QStringLiteral("--from"), QStringLiteral("2h"), QStringLiteral("--to"),
                       QStringLiteral("30m")}),
             100);
}

void TestStatsCommand::humanOutputAndAdvice()
{
    const auto r =
        runCli(db({QStringLiteral("stats"), QStringLiteral("--range"), QStringLiteral("7d")}));
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("success rate   98.00 %")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("p50 50 ms,")));
    QVERIFY(out.contains(m_fast));
    QVERIFY(out.contains(QStringLiteral("customer.updated")));
    // Fixtures are too small for any advice (thresholds need evidence).
    QVERIFY(!out.contains(QStringLiteral("Recommendations")));
}

void TestStatsCommand::invalidResponsesCountedAndAdvised()
{
    // A database of its own: the shared fixture's figures stay as they are.
    test::TempDatabase garbled;
    QVERIFY(garbled.isValid());
    const QString path = garbled.path();
    const auto added =
        runCli({QStringLiteral("--db"), path, QStringLiteral("endpoint"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("garbled"), QStringLiteral("--url"),
                QStringLiteral("https://garbled.example.com/")});
    QCOMPARE(added.exitCode, 0);
    const QString endpoint = QString::fromUtf8(added.out).trimmed();
    {
        Transaction tx(garbled.store());
        RollupWriter w(garbled.store());
        const qint64 at = QDateTime::currentDateTimeUtc().addSecs(-600).toMSecsSinceEpoch();
        // 20 attempts: 4 answers that are not HTTP, 2 refused connections, 14 successes.
        for (int i = 0; i < 20; ++i) {
            RollupWriter::Sample s;
            s.environment = Environment::Sandbox;
            s.endpointId = endpoint;
            s.eventType = QStringLiteral("customer.created");
            s.startedAtMs = at;
            s.durationMs = 30;
            s.outcome = i < 4   ? OutcomeClass::InvalidResponse
                        : i < 6 ? OutcomeClass::Connect
                                : OutcomeClass::Success;
            s.httpStatus = i < 6 ? 0 : 200;
            w.add(s);
        }
        QVERIFY(!w.flush());
        QVERIFY(!tx.commit());
    }

    const auto json =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("stats"),
                QStringLiteral("--range"), QStringLiteral("1h")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonObject outcomes = o.value(QStringLiteral("outcomes")).toObject();
    QCOMPARE(outcomes.value(QStringLiteral("invalid_response")).toInt(), 4);
    QCOMPARE(outcomes.value(QStringLiteral("connect")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("endpoints"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("outcomes"))
                 .toObject()
                 .value(QStringLiteral("invalid_response"))
                 .toInt(),
             4);
    const QJsonArray recs = o.value(QStringLiteral("recommendations")).toArray();
    QCOMPARE(recs.size(), 1);
    const QJsonObject rec = recs.at(0).toObject();
    QCOMPARE(rec.value(QStringLiteral("kind")).toString(), QStringLiteral("invalid_responses"));
    QCOMPARE(rec.value(QStringLiteral("setting")).toString(), QStringLiteral("url"));
    QCOMPARE(rec.value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(rec.value(QStringLiteral("total")).toInt(), 20);

    const auto text = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"),
                              QStringLiteral("--range"), QStringLiteral("1h")});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("success 14 connect 2 invalid_response 4\n")),
             text.out.constData());
    QVERIFY2(out.contains(QStringLiteral("4 of 20 attempts got an answer that is not valid "
                                         "HTTP/1.x: look at the receiver's HTTP server or the "
                                         "proxy in front of it, not the network")),
             text.out.constData());
}

void TestStatsCommand::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown range") << QStringList{QStringLiteral("--range"), QStringLiteral("2h")};
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("1h"),
                                                  QStringLiteral("--to"), QStringLiteral("2h")};
    QTest::newRow("bad time") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")};
}

void TestStatsCommand::badInput()
{
    QFETCH(QStringList, args);
    const auto r = runCli(db(QStringList{QStringLiteral("stats")} + args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
