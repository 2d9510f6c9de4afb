// The engine's keep-alive pool over real TLS connections to a scripted server on loopback: an idle
// connection is reused only while the server has said nothing since its answer.
#include "http/httpconnection.h"
#include "http/httpconnectionpool.h"
#include "support/scriptedhttpsserver.h"
#include "support/testpki.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace hookline;
using namespace hookline::test;

class TestHttpConnectionPool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reusesAQuietIdleConnection();
    void dropsAnIdleConnectionTheServerSpokeOn();
    void dropsAnIdleConnectionTheServerClosed();

private:
    // Sends one request on a connection from the pool and waits for its answer.
    HttpConnection *exchange(HttpConnectionPool &pool, const QByteArray &path);
    HttpTarget target() const;

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<ScriptedHttpsServer> m_server;
};

void TestHttpConnectionPool::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY(m_pki->isValid());
}

void TestHttpConnectionPool::init()
{
    m_server = std::make_unique<ScriptedHttpsServer>(m_pki->localhost());
    m_server->setScript(ScriptedHttpsServer::respond(200, {}, "fresh"));
    QVERIFY(m_server->start());
}

void TestHttpConnectionPool::cleanup()
{
    m_server.reset();
}

HttpTarget TestHttpConnectionPool::target() const
{
    HttpTarget t;
    t.address = QHostAddress(QHostAddress::LocalHost);
    t.port = m_server->port();
    t.peerName = QStringLiteral("localhost");
    t.hostHeader = "localhost:" + QByteArray::number(m_server->port());
    t.requestTarget = "/";
    return t;
}

HttpConnection *TestHttpConnectionPool::exchange(HttpConnectionPool &pool, const QByteArray &path)
{
    HttpConnection *c = pool.acquire(target(), m_pki->clientConfiguration(), true);
    QSignalSpy responded(c, &HttpConnection::responded);
    QSignalSpy failed(c, &HttpConnection::failed);
    c->send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n", false);
    if (!QTest::qWaitFor([&] { return !responded.isEmpty() || !failed.isEmpty(); }, 5000))
        return nullptr;
    return responded.isEmpty() ? nullptr : c;
}

void TestHttpConnectionPool::reusesAQuietIdleConnection()
{
    HttpConnectionPool pool(1024);
    HttpConnection *first = exchange(pool, "/1");
    QVERIFY(first);
    QVERIFY(first->isReusable());
    pool.release(first);
    QThread::msleep(100);
    HttpConnection *second = exchange(pool, "/2");
    QVERIFY(second);
    QCOMPARE(second, first);
    QCOMPARE(second->response().body(), QByteArray("fresh"));
    QCOMPARE(m_server->handshakeCount(), 1);
    pool.release(second);
}

void TestHttpConnectionPool::dropsAnIdleConnectionTheServerSpokeOn()
{
    HttpConnectionPool pool(1024);
    HttpConnection *first = exchange(pool, "/1");
    QVERIFY(first);
    pool.release(first);
    QCOMPARE(pool.idleCount(), 1);
    // A whole answer nobody asked for; the event loop does not run before the next acquire(), as
    // when the engine starts the next attempt right after the last one.
    m_server->sendUnasked("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstale");
    QThread::msleep(200);
    QVERIFY(!first->isReusable());
    HttpConnection *second = exchange(pool, "/2");
    QVERIFY(second);
    QVERIFY(second != first);
    QCOMPARE(second->response().body(), QByteArray("fresh"));
    QCOMPARE(m_server->handshakeCount(), 2);
    QCOMPARE(m_server->requests().size(), 2);
    pool.release(second);
}

void TestHttpConnectionPool::dropsAnIdleConnectionTheServerClosed()
{
    HttpConnectionPool pool(1024);
    HttpConnection *first = exchange(pool, "/1");
    QVERIFY(first);
    pool.release(first);
    // The same port again, so the next request asks the pool for the same key.
    const quint16 port = m_server->port();
    m_server->close();
    QThread::msleep(200);
    QVERIFY(!first->isReusable());
    QVERIFY(m_server->start(port));
    HttpConnection *second = exchange(pool, "/2");
    QVERIFY(second);
    QVERIFY(second != first);
    QCOMPARE(second->response().body(), QByteArray("fresh"));
    pool.release(second);
}

QTEST_GUILESS_MAIN(TestHttpConnectionPool)
#include "tst_httpconnectionpool.moc"
