// The delivery engine end to end: real TLS sockets on 127.0.0.1, a test CA trusted for the
// sandbox, 127.0.0.1 allowlisted explicitly, the engine in its own thread.
#include "config/endpointservice.h"
#include "engine/enginecontroller.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "receiver/localreceiver.h"
#include "security/allowlist.h"
#include "security/trustedcertificates.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "support/scriptedhttpsserver.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"
#include "support/testengine.h"
#include "support/testpaths.h"
#include "support/testpki.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

Q_DECLARE_METATYPE(hookline::test::ScriptedHttpsServer::Script)

namespace {
const QByteArray kAuthToken = "tok_e2e_secret_value";
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deliversOverTls();
    void nothingGoesOutUnsigned();
    void retriesAfter500ThenSucceeds();
    void redirectIsNeverFollowed_data();
    void redirectIsNeverFollowed();
    void timeoutAndConnectFailures_data();
    void timeoutAndConnectFailures();
    void invalidAnswersAreRetriedLike5xx_data();
    void invalidAnswersAreRetriedLike5xx();
    void certificateErrorsAreNeverIgnored_data();
    void certificateErrorsAreNeverIgnored();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void exhaustedRetriesAreDead();
    void policyIsCheckedAtEveryAttempt();
    void hugeBodyIsCutAt16KiB();
    void keptAliveConnectionCarriesTheNextDelivery();
    void staleKeptConnectionIsRetriedOnce();
    void untrustedCaIsNotReachedThroughAKeptConnection();
    void interruptedAttemptsAreRecoveredAtStart();
    void secondEngineRefuses();
    void engineThatCannotOpenItsDatabaseStops();

private:
    QString addEndpoint(const QUrl &url, int maxRetries = 30,
                        QList<std::chrono::seconds> intervals = {}, int timeoutSeconds = 10);
    QString publish(const QString &endpointId = {});
    void startEngine(bool withKey = true);
    bool startReceiver(LocalReceiver &rx);
    Delivery waitForStatus(const QString &deliveryId, DeliveryStatus status, int timeoutMs = 15000);
    QList<Attempt> attempts(const QString &deliveryId);

    TestPki m_pki;
    SigningKey m_key;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<EngineController> m_engine;
};

void TestEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_key = SigningKey::generate(2048);
    QVERIFY(!m_key.isNull());
}

void TestEngine::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
    // The test CA is trusted and loopback allowlisted, for the sandbox only, explicitly.
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, m_pki.caPem()));
    SettingsRepository settings(m_db->db());
    const auto parsed = Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"));
    QVERIFY(parsed.has_value());
    QVERIFY(!parsed->save(settings, Environment::Sandbox));
}

void TestEngine::cleanup()
{
    if (m_engine) {
        m_engine->stop();
        QVERIFY(m_engine->waitStopped(10000));
        m_engine.reset();
    }
    m_db.reset();
}

QString TestEngine::addEndpoint(const QUrl &url, int maxRetries,
                                QList<std::chrono::seconds> intervals, int timeoutSeconds)
{
    Endpoint e;
    e.name = QStringLiteral("receiver");
    e.url = url;
    e.retryPolicy.maxRetries = maxRetries;
    e.retryPolicy.intervals = intervals;
    e.timeoutSeconds = timeoutSeconds;
    e.customHeaders = {{QStringLiteral("X-Team"), QStringLiteral("kyc")}};
    const auto r = EndpointService(m_db->db()).create(e);
    if (!r.ok())
        qWarning() << "endpoint refused" << r.errors.size()
                   << (r.storeError ? r.storeError->message : QString());
    return r.endpoint.id;
}

// A schema-valid identity_document.approved payload about a passport (the assertions on the
// received body look for it): the first generator seed whose story has one.
static QByteArray passportPayload()
{
    const QString type = QStringLiteral("identity_document.approved");
    for (quint64 seed = 0; seed < 200; ++seed) {
        const QJsonObject data = *SampleGenerator::generate(type, seed);
        if (data[QLatin1String("document")][QLatin1String("type")] == QLatin1String("passport"))
            return SampleGenerator::generateJson(type, seed);
    }
    return {};
}

QString TestEngine::publish(const QString &endpointId)
{
    static const QByteArray payload = passportPayload();
    EventPublisher::Request req{Environment::Sandbox,
                                QStringLiteral("identity_document.approved"),
                                payload,
                                EventSource::Cli,
                                {},
                                {}};
    if (!endpointId.isEmpty())
        req.endpointIds = {endpointId};
    const auto r = EventPublisher(m_db->db()).publish(req);
    if (m_engine)
        m_engine->wake();
    return r.deliveries.value(0).id;
}

void TestEngine::startEngine(bool withKey)
{
    SigningMaterial material;
    if (withKey)
        material.sandboxJwt = std::make_shared<const JwtSigner>(m_key);
    const auto stored = EndpointRepository(m_db->db()).listAll().value();
    for (const Endpoint &e : stored)
        material.authTokens.insert(e.id, kAuthToken);
    m_engine = test::makeEngine(m_db->path(), material);
    QSignalSpy started(m_engine.get(), &EngineController::started);
    QVERIFY(m_engine->start() == EngineController::StartResult::Started);
    QVERIFY(started.wait(10000));
}

// Listening, with a certificate for 127.0.0.1 from the trusted test CA.
bool TestEngine::startReceiver(LocalReceiver &rx)
{
    const TestCertificate leaf = m_pki.localhost();
    rx.setCertificate(leaf.certificate, leaf.privateKey);
    return rx.start();
}

Delivery TestEngine::waitForStatus(const QString &deliveryId, DeliveryStatus status, int timeoutMs)
{
    // The engine writes through its own connection; we read ours.
    DeliveryRepository repo(m_db->db());
    QElapsedTimer t;
    t.start();
    std::optional<Delivery> d;
    while (t.elapsed() < timeoutMs) {
        d = must(repo.find(deliveryId));
        if (d && d->status == status)
            return *d;
        QTest::qWait(20);
    }
    if (d)
        qWarning() << "delivery" << deliveryId << "is" << toString(d->status) << "not"
                   << toString(status);
    return d.value_or(Delivery{});
}

QList<Attempt> TestEngine::attempts(const QString &deliveryId)
{
    return must(DeliveryRepository(m_db->db()).attempts(deliveryId));
}

void TestEngine::deliversOverTls()
{
    LocalReceiver rx;
    QVERIFY(startReceiver(rx));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/hooks/bynn")));
    QVERIFY(!ep.isEmpty());
    startEngine();
    const QString id = publish();
    const Delivery d = waitForStatus(id, DeliveryStatus::Succeeded);
    QVERIFY(d.status == DeliveryStatus::Succeeded);
    QCOMPARE(rx.requests().size(), 1);
    const ReceivedRequest got = rx.requests().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path(), QByteArray("/hooks/bynn"));
    QCOMPARE(got.header("X-Idempotency-Key"), d.idempotencyKey.toUtf8());
    QCOMPARE(got.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(rx.url().port()));
    QVERIFY(got.body.contains("\"passport\""));
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY(a[0].outcome == OutcomeClass::Success);
    QCOMPARE(a[0].httpStatus, 200);
    QCOMPARE(a[0].connectedAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(a[0].durationMs.has_value() && *a[0].durationMs >= 0 && *a[0].durationMs < 10000);
    // Every header of docs/product-contract.md "Signatures and headers"; the token on the wire,
    // redacted in the attempt log.
    const Endpoint endpoint = *EndpointRepository(m_db->db()).find(ep).value();
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(got.header("User-Agent").startsWith("Hookline/"));
    QCOMPARE(got.header("X-Webhook-Id"), endpoint.webhookId.toUtf8());
    QCOMPARE(got.header("X-Webhook-Event"), QByteArray("identity_document.approved"));
    QCOMPARE(got.header("X-Webhook-Attempt"), QByteArray("1"));
    QCOMPARE(got.header("X-Webhook-Test-Mode"), QByteArray("true"));
    QVERIFY(qAbs(got.header("X-Webhook-Timestamp").toLongLong() -
                 QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(got.header("Authorization"), "Bearer " + kAuthToken);
    QCOMPARE(got.header("X-Team"), QByteArray("kyc"));
    QVERIFY(!got.header("X-Webhook-Signature").isEmpty());
    bool sawRedacted = false;
    for (const HeaderPair &h : a[0].requestHeaders) {
        QVERIFY(!h.value.contains(kAuthToken));
        sawRedacted |= h.name == "Authorization" && h.value == "Bearer [redacted]";
    }
    QVERIFY(sawRedacted);
    // The envelope of docs/product-contract.md "Events and the envelope".
    const QJsonObject body = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(body[QLatin1String("type")].toString(), QStringLiteral("identity_document.approved"));
    QCOMPARE(body[QLatin1String("environment")].toString(), QStringLiteral("sandbox"));
    QCOMPARE(
        body[QLatin1String("data")][QLatin1String("document")][QLatin1String("type")].toString(),
        QStringLiteral("passport"));
    QCOMPARE(body[QLatin1String("delivery")][QLatin1String("attempt")].toInt(), 1);

    // An independent verifier (PyJWT, Debian's python3-jwt) accepts what arrived, with nothing
    // but the JWKS.
    QTemporaryDir dir;
    QJsonObject headers;
    for (const auto &h : got.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    QFile jwks(dir.filePath(QStringLiteral("jwks.json")));
    QVERIFY(jwks.open(QIODevice::WriteOnly));
    jwks.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_key.publicJwk()}}})
                   .toJson());
    jwks.close();
    QDir().mkpath(dir.filePath(QStringLiteral("case")));
    QFile hf(dir.filePath(QStringLiteral("case/headers.json")));
    QVERIFY(hf.open(QIODevice::WriteOnly));
    hf.write(QJsonDocument(headers).toJson());
    hf.close();
    QFile bf(dir.filePath(QStringLiteral("case/body.bin")));
    QVERIFY(bf.open(QIODevice::WriteOnly));
    bf.write(got.body);
    bf.close();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {hookline::test::sourceDir() + QStringLiteral("/tests/py/verify_pyjwt.py"),
              jwks.fileName(), dir.filePath(QStringLiteral("case"))});
    QVERIFY(py.waitForFinished(30000));
    QCOMPARE(py.readAllStandardOutput().trimmed(), QByteArray("ok"));
}

void TestEngine::nothingGoesOutUnsigned()
{
    LocalReceiver rx;
    QVERIFY(rx.start());
    QVERIFY(!TrustedCertificates(m_db->db()).trust(Environment::Sandbox, rx.caCertificatePem()));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/h")));
    startEngine(false); // no signing key for the sandbox
    const QString id = publish();
    QTest::qWait(1500);
    QCOMPARE(rx.requests().size(), 0);
    const Delivery d = *must(DeliveryRepository(m_db->db()).find(id));
    QVERIFY(d.status == DeliveryStatus::Pending); // waiting, no retry burnt
    QCOMPARE(attempts(id).size(), 0);
}

void TestEngine::retriesAfter500ThenSucceeds()
{
    ScriptedHttpsServer server(m_pki.localhost());
    server.queueScripts({ScriptedHttpsServer::respond(500), ScriptedHttpsServer::respond(502),
                         ScriptedHttpsServer::respond(200)});
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 30, {std::chrono::seconds(0)});
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 3);
    QVERIFY(a[0].outcome == OutcomeClass::Http5xx);
    QCOMPARE(a[0].httpStatus, 500);
    QVERIFY(a[1].outcome == OutcomeClass::Http5xx);
    QVERIFY(a[2].outcome == OutcomeClass::Success);
    QCOMPARE(a[2].number, 3);
    // Every attempt carried the same idempotency key.
    QCOMPARE(server.requests().size(), 3);
    for (const auto &r : server.requests())
        QCOMPARE(r.header("X-Idempotency-Key"),
                 server.requests().first().header("X-Idempotency-Key"));
}

void TestEngine::redirectIsNeverFollowed_data()
{
    QTest::addColumn<int>("status");
    for (int s : {301, 302, 303, 307, 308})
        QTest::addRow("%d", s) << s;
}

void TestEngine::redirectIsNeverFollowed()
{
    QFETCH(int, status);
    ScriptedHttpsServer target(m_pki.localhost());
    QVERIFY(target.start());
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(ScriptedHttpsServer::redirect(status, target.url(QStringLiteral("/stolen"))));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 0);
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY(a[0].outcome == OutcomeClass::Redirect);
    QCOMPARE(a[0].httpStatus, status);
    QVERIFY(a[0].error.contains(QStringLiteral("not followed")));
    QTest::qWait(200);
    QCOMPARE(target.connectionCount(), 0); // the location was never contacted
}

void TestEngine::timeoutAndConnectFailures_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<int>("expected");
    QTest::newRow("never answers")
        << int(ScriptedHttpsServer::Behaviour::NeverAnswer) << int(OutcomeClass::Timeout);
    QTest::newRow("trickles its body")
        << int(ScriptedHttpsServer::Behaviour::TrickleBody) << int(OutcomeClass::Timeout);
    QTest::newRow("stalls the handshake")
        << int(ScriptedHttpsServer::Behaviour::StallHandshake) << int(OutcomeClass::Timeout);
    QTest::newRow("resets the connection")
        << int(ScriptedHttpsServer::Behaviour::ResetAfterRequest) << int(OutcomeClass::Connect);
    QTest::newRow("refused") << -1 << int(OutcomeClass::Connect);
}

void TestEngine::timeoutAndConnectFailures()
{
    QFETCH(int, behaviour);
    QFETCH(int, expected);
    ScriptedHttpsServer server(m_pki.localhost());
    QUrl url;
    if (behaviour >= 0) {
        auto script = ScriptedHttpsServer::withBehaviour(ScriptedHttpsServer::Behaviour(behaviour));
        script.trickleIntervalMs = 300;
        script.body = QByteArray(100, 'x');
        server.setScript(script);
        QVERIFY(server.start());
        url = server.url(QStringLiteral("/h"));
    } else {
        url = QUrl(QStringLiteral("https://127.0.0.1:%1/h").arg(ScriptedHttpsServer::closedPort()));
    }
    // A 1 s deadline for the rows that must time out; a generous one for those that must not,
    // so a loaded machine cannot turn a reset into a timeout.
    const bool expectTimeout = expected == int(OutcomeClass::Timeout);
    const QString ep = addEndpoint(url, 0, {}, expectTimeout ? 1 : 10);
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY2(int(*a[0].outcome) == expected,
             qPrintable(toString(*a[0].outcome) + QLatin1Char(' ') + a[0].error));
    if (expected == int(OutcomeClass::Timeout)) {
        // One deadline for everything: about the endpoint's 1 s, never much more.
        QVERIFY2(*a[0].durationMs >= 900 && *a[0].durationMs < 3000,
                 qPrintable(QString::number(*a[0].durationMs)));
    }
}

void TestEngine::invalidAnswersAreRetriedLike5xx_data()
{
    QTest::addColumn<ScriptedHttpsServer::Script>("script");
    QTest::addColumn<int>("expected");
    using S = ScriptedHttpsServer;
    const int invalid = int(OutcomeClass::InvalidResponse);
    QTest::newRow("bad status line") << S::raw("HTTP/1.1 abc\r\n\r\n") << invalid;
    QTest::newRow("an SSH server") << S::raw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << invalid;
    QTest::newRow("bad chunk size")
        << S::raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << invalid;
    QTest::newRow("closed mid body")
        << S::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort") << invalid;
    // The network's classes stay: nothing came, or the connection was torn down.
    QTest::newRow("closed before a byte")
        << S::withBehaviour(S::Behaviour::CloseBeforeResponse) << int(OutcomeClass::Connect);
    QTest::newRow("reset before a byte")
        << S::withBehaviour(S::Behaviour::ResetAfterRequest) << int(OutcomeClass::Connect);
    // The schedule every row must match.
    QTest::newRow("HTTP 500") << S::respond(500) << int(OutcomeClass::Http5xx);
}

void TestEngine::invalidAnswersAreRetriedLike5xx()
{
    QFETCH(ScriptedHttpsServer::Script, script);
    QFETCH(int, expected);
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(script);
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 30, {std::chrono::hours(1)});
    startEngine();
    const QString id = publish();
    const Delivery d = waitForStatus(id, DeliveryStatus::Retrying);
    QVERIFY(d.status == DeliveryStatus::Retrying);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY2(int(*a[0].outcome) == expected,
             qPrintable(toString(*a[0].outcome) + QLatin1Char(' ') + a[0].error));
    // What the parser found wrong, for the operator.
    QVERIFY(expected != int(OutcomeClass::InvalidResponse) || !a[0].error.isEmpty());
    QVERIFY(d.lastOutcome == OutcomeClass(expected));
    // Due again after the schedule's first interval, as a 5xx is: no faster, no slower.
    const qint64 finishedAt = a[0].startedAt.toMSecsSinceEpoch() + *a[0].durationMs;
    const qint64 delay = d.nextAttemptAt.toMSecsSinceEpoch() - finishedAt;
    QVERIFY2(qAbs(delay - 3600 * 1000) < 5000, qPrintable(QString::number(delay)));
}

void TestEngine::certificateErrorsAreNeverIgnored_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("self-signed") << 0;
    QTest::newRow("wrong name") << 1;
    QTest::newRow("expired") << 2;
    QTest::newRow("TLS 1.0 only") << 3;
}

void TestEngine::certificateErrorsAreNeverIgnored()
{
    QFETCH(int, which);
    const TestCertificate cert =
        which == 0 ? TestPki::selfSigned()
        : which == 1
            ? m_pki.wrongName()
            : m_pki.localhost(which == 2 ? TestPki::Validity::Expired : TestPki::Validity::Valid);
    ScriptedHttpsServer server(cert);
    if (which == 3)
        server.setScript(
            ScriptedHttpsServer::withBehaviour(ScriptedHttpsServer::Behaviour::Tls10Only));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 0);
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY2(*a[0].outcome == OutcomeClass::Tls,
             qPrintable(toString(*a[0].outcome) + QLatin1Char(' ') + a[0].error));
    QCOMPARE(server.requests().size(), 0); // no request ever went out
}

void TestEngine::retryAfterIsHonoured_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << false;
    QTest::newRow("HTTP-date") << true; // "Thu, 26 Nov 2026 05:00:00 GMT", as servers send it
}

void TestEngine::retryAfterIsHonoured()
{
    QFETCH(bool, asDate);
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(asDate ? ScriptedHttpsServer::retryAfterDate(
                                  429, QDateTime::currentDateTimeUtc().addSecs(3600))
                            : ScriptedHttpsServer::retryAfterSeconds(429, 3600));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")));
    startEngine();
    const QString id = publish();
    const Delivery d = waitForStatus(id, DeliveryStatus::Retrying);
    QVERIFY(d.status == DeliveryStatus::Retrying);
    QVERIFY(d.lastOutcome == OutcomeClass::Http429);
    // The schedule says "immediately" for attempt 2; the receiver asked for an hour.
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(d.nextAttemptAt);
    QVERIFY2(wait > 3500 * 1000 && wait <= 3600 * 1000, qPrintable(QString::number(wait)));
}

void TestEngine::exhaustedRetriesAreDead()
{
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(ScriptedHttpsServer::respond(503));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 2, {std::chrono::seconds(0)});
    startEngine();
    QSignalSpy deadSpy(m_engine.get(), &EngineController::deliveryDead);
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    QCOMPARE(attempts(id).size(), 3); // the first attempt and two retries
    QTRY_COMPARE(deadSpy.size(), 1);
    QCOMPARE(deadSpy.first().at(0).toString(), id);
    // The console's live view gets the status itself, not only its class.
    EndpointLiveState live;
    QSignalSpy snapshots(m_engine.get(), &EngineController::snapshotReady);
    QTRY_VERIFY((!snapshots.isEmpty() &&
                 (live = snapshots.last().at(0).value<EngineSnapshot>().endpoints.value(ep))
                     .lastOutcome.has_value()));
    QVERIFY(live.lastOutcome == OutcomeClass::Http5xx);
    QCOMPARE(live.lastHttpStatus, 503);
}

void TestEngine::policyIsCheckedAtEveryAttempt()
{
    LocalReceiver rx;
    QVERIFY(startReceiver(rx));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/h")), 0);
    // Saved while allowlisted; then the admin removes the entry. The attempt must be refused.
    SettingsRepository settings(m_db->db());
    QVERIFY(!Allowlist().save(settings, Environment::Sandbox));
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QVERIFY(*a[0].outcome == OutcomeClass::Blocked);
    QVERIFY2(a[0].error.contains(QStringLiteral("127.0.0.1")), qPrintable(a[0].error));
    QCOMPARE(rx.requests().size(), 0);
}

void TestEngine::hugeBodyIsCutAt16KiB()
{
    ScriptedHttpsServer server(m_pki.localhost());
    server.setScript(ScriptedHttpsServer::withBehaviour(ScriptedHttpsServer::Behaviour::HugeBody));
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")));
    startEngine();
    const QString id = publish();
    QVERIFY(waitForStatus(id, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].responseBody.size(), 16 * 1024);
    QVERIFY2(server.bodyBytesWritten() < 64LL * 1024 * 1024,
             qPrintable(QString::number(server.bodyBytesWritten())));
}

void TestEngine::keptAliveConnectionCarriesTheNextDelivery()
{
    LocalReceiver rx;
    QVERIFY(startReceiver(rx));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/h")));
    startEngine();
    for (int i = 0; i < 3; ++i) {
        const QString id = publish();
        QVERIFY(waitForStatus(id, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    }
    const QList<ReceivedRequest> got = rx.requests();
    QCOMPARE(got.size(), 3);
    // One TLS handshake for all three: the engine keeps the connection between deliveries.
    QCOMPARE(got[1].connectionId, got[0].connectionId);
    QCOMPARE(got[2].connectionId, got[0].connectionId);
}

void TestEngine::staleKeptConnectionIsRetriedOnce()
{
    ScriptedHttpsServer server(m_pki.localhost());
    ScriptedHttpsServer::Script closes =
        ScriptedHttpsServer::withBehaviour(ScriptedHttpsServer::Behaviour::CloseBeforeResponse);
    server.queueScripts(
        {ScriptedHttpsServer::respond(200), closes, ScriptedHttpsServer::respond(200)});
    QVERIFY(server.start());
    const QString ep = addEndpoint(server.url(QStringLiteral("/h")), 0);
    startEngine();
    const QString first = publish();
    QVERIFY(waitForStatus(first, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    // The server closes the kept connection as the second request arrives, before answering:
    // what a server that just timed the connection out looks like. One try on a new connection
    // delivers it, within the same attempt.
    const QString second = publish();
    QVERIFY(waitForStatus(second, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    QCOMPARE(attempts(second).size(), 1);
    const QList<ReceivedRequest> got = server.requests();
    QCOMPARE(got.size(), 3);
    QCOMPARE(server.connectionCount(), 2);
    // The duplicate is the same delivery: the same idempotency key.
    QCOMPARE(got[2].header("X-Idempotency-Key"), got[1].header("X-Idempotency-Key"));
    QVERIFY(got[2].header("X-Idempotency-Key") != got[0].header("X-Idempotency-Key"));

    // A fresh connection that closes is not retried: a server that never answers must fail.
    server.setScript(closes);
    const QString third = publish();
    QVERIFY(waitForStatus(third, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(third);
    QCOMPARE(a.size(), 1);
    QVERIFY2(*a[0].outcome == OutcomeClass::Connect,
             qPrintable(toString(*a[0].outcome) + QLatin1Char(' ') + a[0].error));
}

void TestEngine::untrustedCaIsNotReachedThroughAKeptConnection()
{
    LocalReceiver rx;
    QVERIFY(startReceiver(rx));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/h")), 0);
    startEngine();
    const QString first = publish();
    QVERIFY(waitForStatus(first, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    // The admin stops trusting the test CA: the open connection verified under the old setting
    // must not carry another delivery.
    const QList<QSslCertificate> trusted =
        TrustedCertificates(m_db->db()).list(Environment::Sandbox).value();
    QCOMPARE(trusted.size(), 1);
    QVERIFY(!TrustedCertificates(m_db->db())
                 .untrust(Environment::Sandbox, TrustedCertificates::fingerprint(trusted.first())));
    const QString second = publish();
    QVERIFY(waitForStatus(second, DeliveryStatus::Dead).status == DeliveryStatus::Dead);
    const QList<Attempt> a = attempts(second);
    QCOMPARE(a.size(), 1);
    QVERIFY2(*a[0].outcome == OutcomeClass::Tls,
             qPrintable(toString(*a[0].outcome) + QLatin1Char(' ') + a[0].error));
    QCOMPARE(rx.requests().size(), 1);
}

void TestEngine::interruptedAttemptsAreRecoveredAtStart()
{
    LocalReceiver rx;
    QVERIFY(startReceiver(rx));
    const QString ep = addEndpoint(rx.url(QStringLiteral("/h")));
    const QString id = publish();
    // A previous engine claimed the delivery and died before recording the outcome.
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!DeliveryQueue(m_db->db()).claim({{ep, 8}}, QDateTime::currentDateTimeUtc(), &claims));
    QCOMPARE(claims.size(), 1);
    startEngine();
    QVERIFY(waitForStatus(id, DeliveryStatus::Succeeded).status == DeliveryStatus::Succeeded);
    const QList<Attempt> a = attempts(id);
    QCOMPARE(a.size(), 2);
    QVERIFY(*a[0].outcome == OutcomeClass::Interrupted);
    QVERIFY(*a[1].outcome == OutcomeClass::Success);
}

void TestEngine::secondEngineRefuses()
{
    startEngine();
    DeliveryEngine::Options options;
    options.databasePath = m_db->path();
    EngineController second(options, {});
    QVERIFY(second.start() == EngineController::StartResult::LockedByOther);
    const EngineLockHolder holder = second.lockHolder();
    QVERIFY(holder.known);
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QCOMPARE(holder.hostname, QSysInfo::machineHostName());
}

// An engine whose start failed still ends its thread when stopped: the console's File › Open
// database… and `run` stop it and go on.
void TestEngine::engineThatCannotOpenItsDatabaseStops()
{
    QTemporaryDir dir;
    QFile notADatabase(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    DeliveryEngine::Options options;
    options.databasePath = notADatabase.fileName();
    EngineController engine(options, {});
    QSignalSpy failed(&engine, &EngineController::failed);
    QSignalSpy stopped(&engine, &EngineController::stopped);
    QVERIFY(engine.start() == EngineController::StartResult::Started);
    QVERIFY(failed.wait(10000));
    engine.stop();
    QVERIFY(stopped.wait(5000));
    QVERIFY(engine.waitStopped(1000));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
