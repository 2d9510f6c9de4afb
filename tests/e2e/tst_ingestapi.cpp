// The local ingest API as a user meets it: configured with `hooklinectl ingest …`, served by
// `hooklinectl run` as a real child process, spoken to by a real HTTP client.
#include "support/clirunner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace hookline;

namespace {

QByteArray ping(const QString &message, const QString &environment = {})
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("webhook.test")},
                     {QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("test"), true},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("triggered_by"), QStringLiteral("api")},
                                  {QStringLiteral("triggered_at"),
                                   QStringLiteral("2026-11-25T17:46:54.123Z")}}}};
    if (!environment.isEmpty())
        body.insert(QStringLiteral("environment"), environment);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

struct Answer
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestIngestApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void commandsConfigureTheApi();
    void runRefusesTheApiWithoutAToken();
    void runServesTheApi();

private:
    test::CliResult cli(const QStringList &args);
    QProcess *startRun(QByteArray *stderrText, const QByteArray &waitFor);
    Answer post(const QByteArray &body, const QByteArray &token, const QByteArray &key = {});
    int deliveries(const QString &eventId = {});
    QString addPausedEndpoint(const QString &name, const QString &events, const QString &env);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_tmp;
    QString m_db;
    quint16 m_port = 0;
    QProcessEnvironment m_env;
    QList<QProcess *> m_processes;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestIngestApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tmp = std::make_unique<test::TempDatabase>();
    QVERIFY(m_tmp->isValid());
    m_db = m_tmp->path();
    m_env = QProcessEnvironment::systemEnvironment();
    // The documented opt-in file store: no desktop keychain needed.
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
                 QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets.json")));
    QTcpServer probe; // a port that was free a moment ago
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestIngestApi::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_processes.clear();
    m_nam.reset();
}

test::CliResult TestIngestApi::cli(const QStringList &args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000, m_env);
}

QProcess *TestIngestApi::startRun(QByteArray *stderrText, const QByteArray &waitFor)
{
    auto *p = new QProcess;
    m_processes << p;
    p->setProcessEnvironment(m_env);
    p->start(hookline::test::hooklinectlPath(),
             QStringList{QStringLiteral("--db"), m_db, QStringLiteral("run")});
    p->waitForStarted(10000);
    if (!QTest::qWaitFor(
            [&] { return (*stderrText += p->readAllStandardError()).contains(waitFor); }, 15000))
        qWarning("run said: %s", stderrText->constData());
    return p;
}

Answer TestIngestApi::post(const QByteArray &body, const QByteArray &token, const QByteArray &key)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, body));
    Answer answer;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

int TestIngestApi::deliveries(const QString &eventId)
{
    QSqlQuery q(m_tmp->db());
    q.prepare(eventId.isEmpty()
                  ? QStringLiteral("SELECT count(*) FROM deliveries")
                  : QStringLiteral("SELECT count(*) FROM deliveries WHERE event_id = ?"));
    if (!eventId.isEmpty())
        q.addBindValue(eventId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString TestIngestApi::addPausedEndpoint(const QString &name, const QString &events,
                                         const QString &env)
{
    // Paused: deliveries are created (held) but nothing goes on the network.
    const auto add =
        cli({QStringLiteral("--env"), env, QStringLiteral("endpoint"), QStringLiteral("add"),
             QStringLiteral("--url"), QStringLiteral("https://hooks.example.com/") + name,
             QStringLiteral("--events"), events});
    const QString id = QString::fromUtf8(add.out.trimmed());
    cli({QStringLiteral("endpoint"), QStringLiteral("pause"), id});
    return id;
}

void TestIngestApi::commandsConfigureTheApi()
{
    auto status = [this] {
        return QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("ingest"),
                                            QStringLiteral("status")})
                                           .out)
            .object();
    };
    QCOMPARE(status().value(QLatin1String("enabled")), QJsonValue(false)); // off by default
    QCOMPARE(status().value(QLatin1String("token")), QJsonValue(QStringLiteral("missing")));

    const auto bad = cli({QStringLiteral("ingest"), QStringLiteral("enable"),
                          QStringLiteral("--port"), QStringLiteral("70000")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--port must be a number from 1 to 65535"));
    QCOMPARE(status().value(QLatin1String("enabled")), QJsonValue(false));

    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("enable"), QStringLiteral("--port"),
                  QString::number(m_port)})
                 .exitCode,
             0);
    QCOMPARE(status().value(QLatin1String("enabled")), QJsonValue(true));
    QCOMPARE(status().value(QLatin1String("port")).toInt(), m_port);

    const auto first = cli({QStringLiteral("ingest"), QStringLiteral("token")});
    QCOMPARE(first.exitCode, 0);
    const QByteArray token = first.out.trimmed();
    QVERIFY(token.startsWith("hli_") && token.size() > 40);
    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("token")}).out.trimmed(), token);
    QCOMPARE(status().value(QLatin1String("token")), QJsonValue(QStringLiteral("set")));
    const QByteArray rotated =
        cli({QStringLiteral("ingest"), QStringLiteral("token"), QStringLiteral("--rotate")})
            .out.trimmed();
    QVERIFY(!rotated.isEmpty() && rotated != token);
    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("token")}).out.trimmed(), rotated);

    // The token is a secret: never in the database.
    QVERIFY(!m_tmp->storedBytes().contains(rotated));

    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("disable")}).exitCode, 0);
    QCOMPARE(status().value(QLatin1String("enabled")), QJsonValue(false));
    QCOMPARE(status().value(QLatin1String("port")).toInt(), m_port); // the port is kept
}

void TestIngestApi::runRefusesTheApiWithoutAToken()
{
    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("enable"), QStringLiteral("--port"),
                  QString::number(m_port)})
                 .exitCode,
             0);
    QByteArray err;
    QProcess *run = startRun(&err, "no token");
    QVERIFY2(err.contains("ingest API is enabled but has no token; not started"), err.constData());
    QCOMPARE(post(ping(QStringLiteral("x")), "anything").status, 0); // nothing listens
    QVERIFY(run->state() == QProcess::Running); // the engine itself keeps delivering
    ::kill(static_cast<pid_t>(run->processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 10000);
    QCOMPARE(run->exitCode(), 0);
}

void TestIngestApi::runServesTheApi()
{
    const QString sandboxAll =
        addPausedEndpoint(QStringLiteral("a"), QStringLiteral("*"), QStringLiteral("sandbox"));
    const QString sandboxTest = addPausedEndpoint(QStringLiteral("b"), QStringLiteral("webhook.*"),
                                                  QStringLiteral("sandbox"));
    addPausedEndpoint(QStringLiteral("c"), QStringLiteral("customer.*"), QStringLiteral("sandbox"));
    const QString live =
        addPausedEndpoint(QStringLiteral("d"), QStringLiteral("*"), QStringLiteral("live"));
    QVERIFY(!sandboxAll.isEmpty() && !sandboxTest.isEmpty() && !live.isEmpty());
    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("enable"), QStringLiteral("--port"),
                  QString::number(m_port)})
                 .exitCode,
             0);
    const QByteArray token = cli({QStringLiteral("ingest"), QStringLiteral("token")}).out.trimmed();
    QVERIFY(!token.isEmpty());

    QByteArray err;
    startRun(&err, "ingest API listening");
    QVERIFY2(err.contains(QStringLiteral("ingest API listening on http://127.0.0.1:%1/v1/events")
                              .arg(m_port)
                              .toUtf8()),
             err.constData());

    // Authentication.
    QCOMPARE(post(ping(QStringLiteral("x")), {}).status, 401);
    QCOMPARE(post(ping(QStringLiteral("x")), token + "x").status, 401);
    QCOMPARE(deliveries(), 0);

    // Accepted: one delivery per matching endpoint of the sandbox (a and b; not c, not live d).
    const Answer first = post(ping(QStringLiteral("one")), token, "order-1");
    QCOMPARE(first.status, 202);
    const QString id = first.json.value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("evt_")));
    QCOMPARE(first.json.value(QLatin1String("duplicate")), QJsonValue(false));
    QCOMPARE(deliveries(id), 2);

    // A repeated key returns the first event and creates nothing, whatever the body says.
    const Answer again = post(ping(QStringLiteral("two")), token, "order-1");
    QCOMPARE(again.status, 202);
    QCOMPARE(again.json.value(QLatin1String("id")).toString(), id);
    QCOMPARE(again.json.value(QLatin1String("duplicate")), QJsonValue(true));
    QCOMPARE(deliveries(), 2);

    // The body's environment picks live: only the live endpoint.
    const Answer liveEvent = post(ping(QStringLiteral("l"), QStringLiteral("live")), token);
    QCOMPARE(liveEvent.status, 202);
    QCOMPARE(deliveries(liveEvent.json.value(QLatin1String("id")).toString()), 1);
    const Answer badEnv = post(ping(QStringLiteral("l"), QStringLiteral("prod")), token);
    QCOMPARE(badEnv.status, 400);
    QCOMPARE(badEnv.json.value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("path")),
             QJsonValue(QStringLiteral("/environment")));

    // Malformed JSON, schema errors naming the path, and the size limit.
    const Answer malformed = post("{\"type\": \"webhook.test\", \"data\": {", token);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.json.value(QLatin1String("error")),
             QJsonValue(QStringLiteral("invalid_json")));
    QJsonObject body = QJsonDocument::fromJson(ping(QStringLiteral("x"))).object();
    QJsonObject data = body.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("triggered_by"), QStringLiteral("robot"));
    body.insert(QStringLiteral("data"), data);
    const Answer schema = post(QJsonDocument(body).toJson(), token);
    QCOMPARE(schema.status, 400);
    QCOMPARE(schema.json.value(QLatin1String("error")),
             QJsonValue(QStringLiteral("schema_violation")));
    QCOMPARE(schema.json.value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("path")),
             QJsonValue(QStringLiteral("/data/triggered_by")));
    const Answer large = post(ping(QString(300 * 1024, QLatin1Char('x'))), token);
    QCOMPARE(large.status, 413);
    QCOMPARE(deliveries(), 3); // nothing refused wrote anything
}

QTEST_GUILESS_MAIN(TestIngestApi)
#include "tst_ingestapi.moc"
