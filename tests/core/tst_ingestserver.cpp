#include "config/endpointservice.h"
#include "events/samplegenerator.h"
#include "http/httpserverlimits.h"
#include "ingest/ingesthost.h"
#include "ingest/ingestserver.h"
#include "security/memorysecretstore.h"
#include "store/eventrepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace hookline;

namespace {

const QByteArray kToken = "ingest-test-token-5c1f";

QByteArray eventBody(const QString &type, const QJsonObject &data)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QByteArray sampleBody(quint64 seed = 1)
{
    const QString type = QStringLiteral("identity_document.approved");
    return eventBody(type, *SampleGenerator::generate(type, seed));
}

} // namespace

class TestIngestServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void acceptsAnEvent();
    void idempotencyKeyReturnsTheFirstEvent();
    void refusals_data();
    void refusals();
    void schemaErrorsNamePaths();
    void bodyAboveLimitIs413();
    void storeRefusalIs503();
    void neverListensWithoutAToken();
    void wrongTokenIs401BeforeTheBody();
    void announcedLengthAboveLimitIs413BeforeTheBody();
    void tooManyConnectionsIs503();
    void hostReportsUnreadableSettings();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Answer post(const QByteArray &body, const QByteArray &token = kToken,
                const QByteArray &idempotencyKey = {},
                const QString &path = QStringLiteral("/v1/events"));
    int count(const QString &table);
    // Writes `bytes` on a raw connection and returns what the server said within `ms`.
    QByteArray raw(QTcpSocket &socket, const QByteArray &bytes, const QByteArray &waitFor,
                   int ms = 3000);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<IngestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestIngestServer::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    Endpoint e;
    e.name = QStringLiteral("all");
    e.environment = Environment::Sandbox;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/all"));
    e.eventPatterns = {QStringLiteral("*")};
    QVERIFY(EndpointService(m_db->db()).create(e).ok());
    m_server = std::make_unique<IngestServer>(m_db->db(), Environment::Sandbox, kToken);
    QVERIFY(m_server->start());
    QVERIFY(m_server->port() > 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestIngestServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_db.reset();
}

TestIngestServer::Answer TestIngestServer::post(const QByteArray &body, const QByteArray &token,
                                                const QByteArray &idempotencyKey,
                                                const QString &path)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, body));
    Answer answer;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    answer.error = reply->error();
    return answer;
}

int TestIngestServer::count(const QString &table)
{
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestIngestServer::acceptsAnEvent()
{
    const Answer a = post(sampleBody());
    QCOMPARE(a.status, 202);
    const QString id = a.json[QLatin1String("id")].toString();
    QVERIFY(id.startsWith(QLatin1String("evt_")));
    QCOMPARE(a.json[QLatin1String("duplicate")].toBool(), false);
    const auto stored = must(EventRepository(m_db->db()).find(id));
    QVERIFY(stored.has_value());
    QVERIFY(stored->source == EventSource::Api);
    QVERIFY(stored->environment == Environment::Sandbox);
    QCOMPARE(QJsonDocument::fromJson(stored->payload).object(),
             *SampleGenerator::generate(QStringLiteral("identity_document.approved"), 1));
    QCOMPARE(count(QStringLiteral("deliveries")), 1);
}

void TestIngestServer::idempotencyKeyReturnsTheFirstEvent()
{
    const Answer first = post(sampleBody(1), kToken, "order-7");
    QCOMPARE(first.status, 202);
    const Answer second = post(sampleBody(2), kToken, "order-7");
    QCOMPARE(second.status, 202);
    QCOMPARE(second.json[QLatin1String("id")], first.json[QLatin1String("id")]);
    QCOMPARE(second.json[QLatin1String("duplicate")].toBool(), true);
    QCOMPARE(count(QStringLiteral("events")), 1);
    QCOMPARE(count(QStringLiteral("deliveries")), 1);
    QCOMPARE(post(sampleBody(2), kToken, "order-8").status, 202);
    QCOMPARE(count(QStringLiteral("events")), 2);
}

void TestIngestServer::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString events = QStringLiteral("/v1/events");
    QTest::newRow("no token") << sampleBody() << QByteArray() << events << 401
                              << QStringLiteral("unauthorized");
    QTest::newRow("wrong token") << sampleBody() << QByteArray("ingest-test-token-5c1e") << events
                                 << 401 << QStringLiteral("unauthorized");
    QTest::newRow("malformed json")
        << QByteArray("{\"type\": ") << kToken << events << 400 << QStringLiteral("invalid_json");
    QTest::newRow("no data") << QByteArray("{\"type\":\"customer.created\"}") << kToken << events
                             << 400 << QStringLiteral("invalid_request");
    QTest::newRow("unknown type") << eventBody(QStringLiteral("acme.thing"), {}) << kToken << events
                                  << 400 << QStringLiteral("unknown_type");
    QTest::newRow("wrong path") << sampleBody() << kToken << QStringLiteral("/v1/other") << 404
                                << QStringLiteral("not_found");
}

void TestIngestServer::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Answer a = post(body, token, {}, path);
    QCOMPARE(a.status, status);
    QCOMPARE(a.json[QLatin1String("error")].toString(), error);
    QCOMPARE(count(QStringLiteral("events")), 0);
}

void TestIngestServer::schemaErrorsNamePaths()
{
    QJsonObject data = *SampleGenerator::generate(QStringLiteral("identity_document.approved"), 4);
    QJsonObject document = data[QLatin1String("document")].toObject();
    document[QLatin1String("country")] = QStringLiteral("germany");
    data[QLatin1String("document")] = document;
    const Answer a = post(eventBody(QStringLiteral("identity_document.approved"), data));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json[QLatin1String("error")].toString(), QStringLiteral("schema_violation"));
    const QJsonArray errors = a.json[QLatin1String("errors")].toArray();
    QVERIFY(errors.contains(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("/data/document/country")},
                    {QStringLiteral("reason"), QStringLiteral("pattern")}}));
    QCOMPARE(count(QStringLiteral("events")), 0);
}

void TestIngestServer::bodyAboveLimitIs413()
{
    // Valid JSON just above 256 KiB: refused for its size, whatever it says.
    QByteArray body = "{\"type\":\"webhook.test\",\"data\":{\"message\":\"";
    body += QByteArray(IngestServer::MaxBodyBytes, 'x');
    body += "\"}}";
    const Answer a = post(body);
    QCOMPARE(a.status, 413);
    QCOMPARE(a.json[QLatin1String("error")].toString(), QStringLiteral("payload_too_large"));
    QCOMPARE(count(QStringLiteral("events")), 0);
    // The server is still there for the next request.
    QCOMPARE(post(sampleBody()).status, 202);
}

void TestIngestServer::storeRefusalIs503()
{
    QVERIFY(test::refuseInserts(m_db->db(), QStringLiteral("refuse"), QStringLiteral("events"),
                                QStringLiteral("disk full")));
    const Answer a = post(sampleBody());
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json[QLatin1String("error")].toString(), QStringLiteral("store_unavailable"));
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestIngestServer::neverListensWithoutAToken()
{
    IngestServer open(m_db->db(), Environment::Sandbox, QByteArray());
    QVERIFY(!open.start());
    QVERIFY(!open.isListening());
    QCOMPARE(open.port(), quint16(0));
}

QByteArray TestIngestServer::raw(QTcpSocket &socket, const QByteArray &bytes,
                                 const QByteArray &waitFor, int ms)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            out += socket.readAll();
            return out.contains(waitFor);
        },
        ms);
    return out;
}

void TestIngestServer::wrongTokenIs401BeforeTheBody()
{
    // 256 KiB announced, a few bytes sent: the answer comes on the head, the body never counts.
    QTcpSocket socket;
    const QByteArray out =
        raw(socket,
            "POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n"
            "Content-Type: application/json\r\nContent-Length: 262144\r\n\r\n{\"ty",
            "unauthorized");
    QVERIFY2(out.startsWith("HTTP/1.1 401 Unauthorized\r\n"), out.constData());
    QVERIFY(out.contains("WWW-Authenticate: Bearer"));
    QVERIFY(out.contains("Connection: close"));
    QVERIFY(out.endsWith("{\"error\":\"unauthorized\"}"));
    QCOMPARE(count(QStringLiteral("events")), 0);
}

void TestIngestServer::announcedLengthAboveLimitIs413BeforeTheBody()
{
    QTcpSocket socket;
    const QByteArray out =
        raw(socket,
            "POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
                "\r\nContent-Length: " + QByteArray::number(IngestServer::MaxBodyBytes + 1) +
                "\r\n\r\n",
            "payload_too_large");
    QVERIFY2(out.startsWith("HTTP/1.1 413 Content Too Large\r\n"), out.constData());
    QCOMPARE(count(QStringLiteral("events")), 0);
}

void TestIngestServer::tooManyConnectionsIs503()
{
    HttpServerLimits limits = IngestServer::limits();
    limits.maxConnections = 1;
    m_server->setLimits(limits);
    // The one slot holds an authorised request whose body is on the way.
    const QByteArray body = sampleBody();
    QTcpSocket first;
    raw(first,
        "POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(10),
        "never", 300);
    QCOMPARE(m_server->openConnections(), 1);
    QTcpSocket second;
    const QByteArray out = raw(second, {}, "too_many_connections");
    QVERIFY2(out.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), out.constData());
    QVERIFY(out.contains("Retry-After: 1"));
    QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState);
    // The one served is served as before.
    const QByteArray answer = raw(first, body.mid(10), "\"duplicate\"");
    QVERIFY2(answer.startsWith("HTTP/1.1 202 Accepted\r\n"), answer.constData());
}

// Settings that cannot be read are not "disabled": the host says the store failed.
void TestIngestServer::hostReportsUnreadableSettings()
{
    test::TempDatabase db;
    MemorySecretStore secrets;
    IngestHost host(db.db(), &secrets);
    host.reload();
    QCOMPARE(host.state(), IngestHost::State::Off);
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE settings")));
    host.reload();
    QCOMPARE(host.state(), IngestHost::State::StoreUnavailable);
    QVERIFY(!host.detail().isEmpty());
    QCOMPARE(host.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestIngestServer)
#include "tst_ingestserver.moc"
