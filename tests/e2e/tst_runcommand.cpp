// hooklinectl run as a real child process against a real HTTPS receiver: the headless engine,
// --drain, one engine per database, and crash safety under SIGKILL.
#include "receiver/localreceiver.h"
#include "support/clirunner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace hookline;

namespace {
const QByteArray kPing =
    R"({"test":true,"message":"ping","triggered_by":"cli","triggered_at":"2026-11-25T17:46:54.123Z"})";
}

class TestRunCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void drainDeliversAndExits();
    void secondRunRefuses();
    void survivesSigkill();

private:
    test::CliResult cli(const QStringList &args);
    void setUpEndpoint();
    QProcess *startRun(const QStringList &extra = {});
    void sendEvents(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_tmp;
    std::unique_ptr<LocalReceiver> m_rx;
    QString m_db;
    QProcessEnvironment m_env;
    QList<QProcess *> m_processes;
};

void TestRunCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tmp = std::make_unique<test::TempDatabase>();
    QVERIFY(m_tmp->isValid());
    m_db = m_tmp->path();
    m_env = QProcessEnvironment::systemEnvironment();
    // The documented opt-in file store: these tests do not depend on a desktop keychain.
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
                 QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets.json")));
    m_rx = std::make_unique<LocalReceiver>();
    QVERIFY(m_rx->start());
}

void TestRunCommand::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_processes.clear();
    m_rx.reset();
}

test::CliResult TestRunCommand::cli(const QStringList &args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000, m_env);
}

void TestRunCommand::setUpEndpoint()
{
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile f(ca);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_rx->caCertificatePem());
    f.close();
    QCOMPARE(cli({QStringLiteral("tls"), QStringLiteral("trust"), ca}).exitCode, 0);
    QCOMPARE(
        cli({QStringLiteral("policy"), QStringLiteral("allow"), QStringLiteral("127.0.0.1/32")})
            .exitCode,
        0);
    const auto keys = cli({QStringLiteral("keys"), QStringLiteral("generate")});
    QVERIFY2(keys.exitCode == 0, keys.err.constData());
    const auto add = cli({QStringLiteral("endpoint"), QStringLiteral("add"),
                          QStringLiteral("--url"), m_rx->url(QStringLiteral("/hook")).toString()});
    QVERIFY2(add.exitCode == 0, add.err.constData());
}

void TestRunCommand::sendEvents(int n)
{
    const QString data = m_dir->filePath(QStringLiteral("ping.json"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPing);
    f.close();
    for (int i = 0; i < n; ++i) {
        const auto r =
            cli({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
                 QStringLiteral("webhook.test"), QStringLiteral("--data"), data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

QProcess *TestRunCommand::startRun(const QStringList &extra)
{
    auto *p = new QProcess;
    m_processes << p;
    p->setProcessEnvironment(m_env);
    p->start(hookline::test::hooklinectlPath(),
             QStringList{QStringLiteral("--db"), m_db, QStringLiteral("run")} + extra);
    p->waitForStarted(10000);
    return p;
}

void TestRunCommand::drainDeliversAndExits()
{
    setUpEndpoint();
    sendEvents(3);
    QProcess *run = startRun({QStringLiteral("--drain")});
    // The receiver lives in this process: keep the event loop turning while the child delivers.
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 30000);
    const QByteArray err = run->readAllStandardError();
    QVERIFY2(run->exitCode() == 0, err.constData());
    QVERIFY2(err.contains("drained"), err.constData());
    QCOMPARE(m_rx->requests().size(), 3);
    for (const ReceivedRequest &r : m_rx->requests()) {
        QVERIFY(!r.header("X-Webhook-Signature").isEmpty());
        QCOMPARE(r.header("X-Webhook-Event"), QByteArray("webhook.test"));
    }
    const auto list =
        cli({QStringLiteral("--json"), QStringLiteral("delivery"), QStringLiteral("list"),
             QStringLiteral("--status"), QStringLiteral("succeeded")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 3);
}

void TestRunCommand::secondRunRefuses()
{
    setUpEndpoint();
    QProcess *first = startRun();
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstErr += first->readAllStandardError()).contains("delivering from"), 10000);
    QProcess *second = startRun();
    QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 10000);
    QCOMPARE(second->exitCode(), 1);
    const QByteArray err = second->readAllStandardError();
    QVERIFY2(err.contains("another engine delivers from"), err.constData());
    QVERIFY2(err.contains(QByteArray::number(first->processId())), err.constData());
    // SIGTERM stops the first one cleanly.
    ::kill(static_cast<pid_t>(first->processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning, 10000);
    firstErr += first->readAllStandardError();
    QVERIFY2(first->exitStatus() == QProcess::NormalExit, firstErr.constData());
    QCOMPARE(first->exitCode(), 0);
}

void TestRunCommand::survivesSigkill()
{
    setUpEndpoint();
    ReceiverBehaviour slow;
    slow.delayMs = 40; // so kills land while attempts are in flight
    m_rx->setBehaviour(slow);
    const int events = 30;
    sendEvents(events);
    QRandomGenerator rng(20261125);
    for (int i = 0; i < 20; ++i) {
        QProcess *run = startRun();
        QTest::qWait(150 + rng.bounded(400));
        run->kill(); // SIGKILL: no cleanup at all
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 10000);
    }
    QProcess *final = startRun({QStringLiteral("--drain")});
    QTRY_VERIFY_WITH_TIMEOUT(final->state() == QProcess::NotRunning, 60000);
    QVERIFY2(final->exitCode() == 0, final->readAllStandardError().constData());

    // No accepted event lost: every delivery succeeded and every event arrived at least once;
    // a duplicate always carries the same idempotency key.
    const auto list =
        cli({QStringLiteral("--json"), QStringLiteral("delivery"), QStringLiteral("list"),
             QStringLiteral("--limit"), QStringLiteral("1000")});
    const QJsonArray deliveries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(deliveries.size(), events);
    QHash<QString, QString> keyByEvent;
    for (const QJsonValue &d : deliveries) {
        QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
        keyByEvent.insert(d[QLatin1String("event_id")].toString(),
                          d[QLatin1String("idempotency_key")].toString());
    }
    QSet<QString> arrived;
    for (const ReceivedRequest &r : m_rx->requests()) {
        const QString eventId =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("id")).toString();
        QVERIFY(keyByEvent.contains(eventId));
        QCOMPARE(QString::fromUtf8(r.header("X-Idempotency-Key")), keyByEvent.value(eventId));
        arrived.insert(eventId);
    }
    QCOMPARE(arrived.size(), events);
    qInfo("%lld requests arrived for %d events over 20 kills",
          static_cast<long long>(m_rx->requests().size()), events);

    QSqlQuery q(m_tmp->db());
    // A file killed mid-write must still be whole (PostgreSQL's own recovery needs no check).
    if (m_tmp->store().dialect() == Store::Dialect::Sqlite) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attempts WHERE outcome IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
