// The limits every local HTTP server grants its clients (HttpServerConnection and
// HttpServerConnections), over real loopback sockets: deadlines, the connection cap, early refusal,
// and the bytes held for a client.
#include "http/httpserverconnections.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace hookline;

namespace {

HttpAnswer plain(int status)
{
    return {status, {{"Content-Type", "text/plain"}}, HttpResponseWriter::reasonPhrase(status)};
}

// A client speaking raw bytes; collects what the server says.
struct Client
{
    QTcpSocket socket;
    QByteArray received;

    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return socket.waitForConnected(5000); }
    bool closedWithin(int ms)
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    QByteArray statusLine() const { return received.left(received.indexOf("\r\n")); }
};

} // namespace

class TestHttpServerConnection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void answersAndKeepsAlive();
    void headDeadlineIsNotResetByTrickledBytes();
    void freshConnectionThatSaysNothingIsClosed();
    void wholeRequestDeadline();
    void idleDeadlineAfterAnAnswer();
    void connectionCapAnswers503();
    void silentConnectionsYieldTheirSlots();
    void drainingConnectionYieldsItsSlot();
    void refusedOnTheHeadBeforeTheBody();
    void oversizedContentLengthIs413AtOnce();
    void leadingEmptyLinesAreCapped();
    void holdsLittleWhileAnAnswerWaits();

private:
    void start(const HttpServerLimits &limits);

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<HttpServerConnections> m_connections;
    // Requests waiting for respond() (when m_answerAtOnce is false).
    QList<QPointer<HttpServerConnection>> m_waiting;
    bool m_answerAtOnce = true;
    QByteArray m_refuseMarker; // a head with this header is refused with 401
    int m_requests = 0;
};

void TestHttpServerConnection::init()
{
    m_answerAtOnce = true;
    m_refuseMarker.clear();
    m_requests = 0;
    m_waiting.clear();
}

void TestHttpServerConnection::cleanup()
{
    m_connections.reset();
    m_server.reset();
}

void TestHttpServerConnection::start(const HttpServerLimits &limits)
{
    m_connections = std::make_unique<HttpServerConnections>(limits, plain);
    connect(m_connections.get(), &HttpServerConnections::headReceived, this,
            [this](HttpServerConnection *c, const ReceivedRequest &head) {
                if (!m_refuseMarker.isEmpty() && head.hasHeader(m_refuseMarker))
                    c->refuse(plain(401));
            });
    connect(m_connections.get(), &HttpServerConnections::requestReceived, this,
            [this](HttpServerConnection *c, const ReceivedRequest &request) {
                ++m_requests;
                if (m_answerAtOnce)
                    c->respond({200, {}, "ok " + request.body});
                else
                    m_waiting << c;
            });
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (m_server->hasPendingConnections())
            m_connections->adopt(m_server->nextPendingConnection());
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestHttpServerConnection::answersAndKeepsAlive()
{
    start({});
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    client.socket.write("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                        "GET /b HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(client.received.count("HTTP/1.1 200 OK") == 2);
    QVERIFY(client.received.contains("ok abc"));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_connections->count(), 1);
}

void TestHttpServerConnection::headDeadlineIsNotResetByTrickledBytes()
{
    HttpServerLimits limits;
    limits.headTimeoutMs = 400;
    start(limits);
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    QElapsedTimer timer;
    timer.start();
    // A slowloris: one header byte every 50 ms, never the blank line.
    const QByteArray head = "GET / HTTP/1.1\r\nX-Slow: " + QByteArray(200, 's');
    for (int i = 0; i < head.size() && client.socket.state() == QAbstractSocket::ConnectedState;
         ++i) {
        client.socket.write(head.mid(i, 1));
        QTest::qWait(50);
        if (timer.elapsed() > 5000)
            break;
    }
    QVERIFY(client.closedWithin(2000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 408 Request Timeout"));
    QCOMPARE(m_requests, 0);
}

void TestHttpServerConnection::freshConnectionThatSaysNothingIsClosed()
{
    HttpServerLimits limits;
    limits.headTimeoutMs = 300;
    start(limits);
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    QVERIFY(client.closedWithin(3000));
    QTRY_COMPARE(m_connections->count(), 0);
}

void TestHttpServerConnection::wholeRequestDeadline()
{
    HttpServerLimits limits;
    limits.requestTimeoutMs = 500;
    start(limits);
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    QElapsedTimer timer;
    timer.start();
    // The head is quick; the body comes one byte every 50 ms and would take 5 s.
    client.socket.write("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n");
    while (client.socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        client.socket.write("b");
        QTest::qWait(50);
    }
    QVERIFY(client.closedWithin(2000));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 408 Request Timeout"));
    QCOMPARE(m_requests, 0);
}

void TestHttpServerConnection::idleDeadlineAfterAnAnswer()
{
    HttpServerLimits limits;
    limits.idleTimeoutMs = 300;
    start(limits);
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    client.socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(client.received.startsWith("HTTP/1.1 200 OK"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.closedWithin(3000));
    QVERIFY(timer.elapsed() >= 200);
    QTRY_COMPARE(m_connections->count(), 0);
}

void TestHttpServerConnection::connectionCapAnswers503()
{
    HttpServerLimits limits;
    limits.maxConnections = 2;
    start(limits);
    // Both slots hold a request the server knows of: its head is in, its body on the way.
    Client a(m_server->serverPort());
    Client b(m_server->serverPort());
    QVERIFY(a.connected() && b.connected());
    QTRY_COMPARE(m_connections->count(), 2);
    a.socket.write("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345");
    b.socket.write("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345");
    QTest::qWait(200);
    Client c(m_server->serverPort());
    QVERIFY(c.closedWithin(3000));
    QCOMPARE(c.statusLine(), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QTRY_COMPARE(m_connections->count(), 2);

    // A slot set free is served again.
    a.socket.abort();
    QTRY_COMPARE(m_connections->count(), 1);
    Client d(m_server->serverPort());
    QVERIFY(d.connected());
    d.socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(d.received.startsWith("HTTP/1.1 200 OK"));
}

void TestHttpServerConnection::silentConnectionsYieldTheirSlots()
{
    HttpServerLimits limits;
    limits.maxConnections = 2;
    start(limits);
    // Two clients that connect and say nothing hold every slot, until the head deadline…
    Client a(m_server->serverPort());
    QVERIFY(a.connected());
    QTRY_COMPARE(m_connections->count(), 1);
    Client b(m_server->serverPort());
    QVERIFY(b.connected());
    QTRY_COMPARE(m_connections->count(), 2);
    // … yet a newcomer is served: the oldest of them goes.
    Client c(m_server->serverPort());
    QVERIFY(c.connected());
    c.socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(c.received.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(a.closedWithin(3000));
    QCOMPARE(b.socket.state(), QAbstractSocket::ConnectedState);
}

void TestHttpServerConnection::drainingConnectionYieldsItsSlot()
{
    HttpServerLimits limits;
    limits.maxConnections = 1;
    limits.lingerMs = 10000;
    start(limits);
    m_refuseMarker = "X-Refuse";
    // Refused on its head, it drains the announced body for a long while…
    Client refused(m_server->serverPort());
    QVERIFY(refused.connected());
    refused.socket.write("POST / HTTP/1.1\r\nX-Refuse: 1\r\nContent-Length: 100000\r\n\r\n");
    QTRY_VERIFY(refused.received.startsWith("HTTP/1.1 401"));
    QCOMPARE(refused.socket.state(), QAbstractSocket::ConnectedState);
    // … but a newcomer takes its slot instead of getting a 503.
    Client next(m_server->serverPort());
    QVERIFY(next.connected());
    next.socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(next.received.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(refused.closedWithin(3000));
}

void TestHttpServerConnection::refusedOnTheHeadBeforeTheBody()
{
    start({});
    m_refuseMarker = "X-Refuse";
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    // The body is announced and never sent: the answer cannot wait for it.
    client.socket.write("POST / HTTP/1.1\r\nX-Refuse: 1\r\nContent-Length: 200000\r\n\r\n"
                        "first bytes");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 401 Unauthorized"), 3000);
    QVERIFY(client.received.contains("Connection: close"));
    QCOMPARE(m_requests, 0);
    QCOMPARE(m_connections->bufferedBytes(), 0); // what came of the body was dropped
}

void TestHttpServerConnection::oversizedContentLengthIs413AtOnce()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = 1000;
    start(limits);
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    client.socket.write("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 413 Content Too Large"), 3000);
    QCOMPARE(m_requests, 0);
}

void TestHttpServerConnection::leadingEmptyLinesAreCapped()
{
    start({});
    const int allowed = HttpRequestParser::MaxLeadingEmptyLines;
    Client fine(m_server->serverPort());
    QVERIFY(fine.connected());
    fine.socket.write(QByteArray("\r\n").repeated(allowed) + "GET / HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(fine.received.startsWith("HTTP/1.1 200 OK"));

    Client flood(m_server->serverPort());
    QVERIFY(flood.connected());
    flood.socket.write(QByteArray("\r\n").repeated(allowed + 1));
    QVERIFY(flood.closedWithin(3000));
    QCOMPARE(flood.statusLine(), QByteArray("HTTP/1.1 400 Bad Request"));
}

void TestHttpServerConnection::holdsLittleWhileAnAnswerWaits()
{
    HttpServerLimits limits;
    limits.maxHeldBytes = 16 * 1024;
    start(limits);
    m_answerAtOnce = false;
    Client client(m_server->serverPort());
    QVERIFY(client.connected());
    client.socket.write("GET /first HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(m_waiting.size(), 1);
    // While the first answer waits, the client pipelines 4 MiB of requests.
    const QByteArray next =
        "POST /next HTTP/1.1\r\nContent-Length: 65536\r\n\r\n" + QByteArray(65536, 'p');
    for (int i = 0; i < 64; ++i)
        client.socket.write(next);
    QTest::qWait(500);
    // The rest waits in the kernel (and in the client): the server keeps to about its cap.
    QVERIFY2(m_connections->bufferedBytes() <= 2 * limits.maxHeldBytes,
             qPrintable(QString::number(m_connections->bufferedBytes())));
    QCOMPARE(m_requests, 1);
    // Answered, the connection reads on: every pipelined request is served in turn.
    m_answerAtOnce = true;
    QVERIFY(m_waiting.first());
    m_waiting.first()->respond({200, {}, "first"});
    QTRY_COMPARE_WITH_TIMEOUT(m_requests, 65, 10000);
    QTRY_COMPARE(client.received.count("HTTP/1.1 200 OK"), 65);
}

QTEST_GUILESS_MAIN(TestHttpServerConnection)
#include "tst_httpserverconnection.moc"
