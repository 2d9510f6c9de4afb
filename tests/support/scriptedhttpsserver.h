#pragma once

#include "http/httpresponsewriter.h"
#include "http/receivedrequest.h"
#include "support/testpki.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace hookline {
class HttpServerConnection;
class HttpServerConnections;
} // namespace hookline

namespace hookline::test {

// An HTTPS server on 127.0.0.1 that misbehaves on purpose, for the engine's failure paths. It
// records every connection and request that reached it, so a test can also prove that nothing
// arrived (a redirect target that must never be contacted). HTTP is served by the product's
// HttpServerConnections (with no deadlines and no connection cap: a test decides when a client is
// too slow); the script only chooses what each request gets.
class ScriptedHttpsServer : public QObject
{
    Q_OBJECT
public:
    using Headers = HttpResponseWriter::Headers;

    enum class Behaviour
    {
        Respond,             // answer status, headers and body at once
        NeverAnswer,         // read the request, then say nothing and keep the connection open
        TrickleBody,         // send the head, then the body one byte per trickleIntervalMs
        CloseBeforeResponse, // read the request, then close cleanly without a byte (FIN)
        ResetAfterRequest,   // read the request, then abort the connection (RST)
        StallHandshake,      // plain TCP: accept and never speak TLS
        HugeBody,            // 200 with a hugeBodyBytes body, written only as the socket drains
        Tls10Only,           // a TLS server that only speaks TLS 1.0 (OpenSSL at security level 0)
        RawAnswer,           // write `body` verbatim as the whole answer, then close (FIN)
    };

    struct Script
    {
        Behaviour behaviour = Behaviour::Respond;
        int status = 200;
        Headers headers;
        QByteArray body = "ok";
        int trickleIntervalMs = 100;
        qint64 hugeBodyBytes = qint64(1) << 30;
    };

    // Serves certificate (chain: the leaf only). Use TestPki to make good and bad ones.
    explicit ScriptedHttpsServer(TestCertificate certificate, QObject *parent = nullptr);
    ~ScriptedHttpsServer() override;

    // The script may change between requests; StallHandshake and Tls10Only take effect at start().
    void setScript(const Script &script) { m_script = script; }
    // One script per coming request, in order (e.g. 500, 429, then 200); the last one stays.
    // Request-level behaviours only (not StallHandshake or Tls10Only).
    void queueScripts(const QList<Script> &scripts) { m_queue += scripts; }
    const Script &script() const { return m_script; }
    bool start(quint16 port = 0);
    void close();
    quint16 port() const;
    // https://127.0.0.1:<port><path>
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // TCP connections accepted, whether or not their TLS handshake succeeded.
    int connectionCount() const { return m_connectionCount; }
    // Connections whose TLS handshake completed.
    int handshakeCount() const { return m_handshakeCount; }
    QList<ReceivedRequest> requests() const { return m_requests; }
    // Body bytes handed to sockets so far (HugeBody and TrickleBody progress).
    qint64 bodyBytesWritten() const { return m_bodyBytesWritten; }
    // Connections the server saw closed by the peer or by itself.
    int closedCount() const { return m_closedCount; }

    // Writes `bytes` now, unasked, on every open connection, and pushes them to the kernel at
    // once (flush), so they reach the client before this thread's event loop runs again: a server
    // that talks after its answer, while the client still holds the connection as idle.
    void sendUnasked(const QByteArray &bytes);

    static Script respond(int status, const Headers &headers = {}, const QByteArray &body = "ok");
    static Script redirect(int status, const QUrl &location);
    static Script retryAfterSeconds(int status, int seconds);
    static Script retryAfterDate(int status, const QDateTime &when);
    static Script withBehaviour(Behaviour behaviour);
    // `bytes` as the answer, whatever they are, then a clean close.
    static Script raw(const QByteArray &bytes);
    // A loopback port nothing listens on (bound, then released): connecting to it is refused.
    static quint16 closedPort();
    // The HTTP-date form (RFC 9110 §5.6.7) used in Retry-After.
    static QByteArray httpDate(const QDateTime &when);

signals:
    void connectionAccepted();
    void requestReceived(const hookline::ReceivedRequest &request);
    void connectionClosed();

private:
    struct LegacyTunnel;

    void onRequest(HttpServerConnection *connection, const ReceivedRequest &request);
    void pumpHugeBody(HttpServerConnection *connection, qint64 &remaining);
    void trickle(HttpServerConnection *connection, const QByteArray &body, qsizetype pos,
                 int intervalMs);
    void onRawConnection(QTcpSocket *socket);
    void onLegacyReadable(QTcpSocket *socket);
    void writeLegacy(LegacyTunnel &tunnel, const QByteArray &plain);
    void dropRaw(QTcpSocket *socket);

    TestCertificate m_certificate;
    Script m_script;
    QList<Script> m_queue;
    // What clients connect to: a TLS server whose connections go to m_http, or, for
    // StallHandshake and Tls10Only, plain TCP (silence, or TLS 1.0 terminated here and tunnelled
    // to m_http over loopback).
    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<QTcpServer> m_legacyBackend; // Tls10Only: m_http's plain listener
    std::unique_ptr<HttpServerConnections> m_http;
    void *m_legacyContext = nullptr; // SSL_CTX for Tls10Only
    // The raw connections of StallHandshake and Tls10Only.
    std::unordered_map<QTcpSocket *, std::unique_ptr<LegacyTunnel>> m_raw;
    QList<ReceivedRequest> m_requests;
    int m_connectionCount = 0;
    int m_handshakeCount = 0;
    int m_closedCount = 0;
    qint64 m_bodyBytesWritten = 0;
};

} // namespace hookline::test
