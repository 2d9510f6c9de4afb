#include "support/scriptedhttpsserver.h"

#include "http/httpserverconnections.h"

#include <QLocale>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <limits>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

namespace hookline::test {

namespace {

// How much of a huge body may wait in Qt's buffers before writing pauses for the socket to drain.
constexpr qint64 HugeBodyHighWater = 256 * 1024;
constexpr qint64 HugeBodyChunk = 64 * 1024;

SSL_CTX *makeTls10Context(const TestCertificate &certificate)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx)
        return nullptr;
    // OpenSSL 3 refuses TLS 1.0 at security level 1 and above (no SHA-1 handshake signatures),
    // and Qt offers no way to lower the level: hence a raw OpenSSL server for this one mode.
    SSL_CTX_set_security_level(ctx, 0);
    bool ok = SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION) == 1 &&
              SSL_CTX_set_max_proto_version(ctx, TLS1_VERSION) == 1 &&
              SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0") == 1;
    BIO *certBio = BIO_new_mem_buf(certificate.certificatePem.constData(),
                                   int(certificate.certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(certificate.privateKeyPem.constData(),
                                  int(certificate.privateKeyPem.size()));
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    ok = ok && cert && key && SSL_CTX_use_certificate(ctx, cert) == 1 &&
         SSL_CTX_use_PrivateKey(ctx, key) == 1;
    X509_free(cert);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    if (!ok) {
        SSL_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

// The product's connection class, held to nothing a test did not ask for: no deadlines (a client
// may stay silent or idle as long as the test likes), no cap on connections.
HttpServerLimits scriptLimits()
{
    HttpServerLimits limits;
    limits.headTimeoutMs = HttpServerLimits::NoDeadline;
    limits.requestTimeoutMs = HttpServerLimits::NoDeadline;
    limits.idleTimeoutMs = HttpServerLimits::NoDeadline;
    limits.maxConnections = std::numeric_limits<int>::max();
    return limits;
}

} // namespace

// A raw TCP connection of StallHandshake or Tls10Only. Tls10Only: TLS runs in OpenSSL over memory
// BIOs, the socket carries the records, and the plain HTTP inside goes to the HTTP server through
// a loopback connection (`backend`).
struct ScriptedHttpsServer::LegacyTunnel
{
    explicit LegacyTunnel(QTcpSocket *s)
        : socket(s)
    {}
    ~LegacyTunnel()
    {
        if (ssl)
            SSL_free(ssl); // frees both BIOs too
    }
    LegacyTunnel(const LegacyTunnel &) = delete;
    LegacyTunnel &operator=(const LegacyTunnel &) = delete;

    QTcpSocket *socket;
    SSL *ssl = nullptr;
    BIO *networkIn = nullptr;
    BIO *networkOut = nullptr;
    QTcpSocket *backend = nullptr; // a child of `socket`, once the handshake is done
};

ScriptedHttpsServer::ScriptedHttpsServer(TestCertificate certificate, QObject *parent)
    : QObject(parent)
    , m_certificate(std::move(certificate))
    , m_http(std::make_unique<HttpServerConnections>(scriptLimits(), [](int status) {
        return HttpAnswer{status, {}, {}};
    }))
{
    qRegisterMetaType<hookline::ReceivedRequest>();
    connect(m_http.get(), &HttpServerConnections::requestReceived, this,
            &ScriptedHttpsServer::onRequest);
    connect(m_http.get(), &HttpServerConnections::closed, this, [this] {
        ++m_closedCount;
        emit connectionClosed();
    });
}

ScriptedHttpsServer::~ScriptedHttpsServer()
{
    close();
}

bool ScriptedHttpsServer::start(quint16 port)
{
    close();
    if (m_script.behaviour == Behaviour::StallHandshake ||
        m_script.behaviour == Behaviour::Tls10Only) {
        if (m_script.behaviour == Behaviour::Tls10Only) {
            m_legacyContext = makeTls10Context(m_certificate);
            m_legacyBackend = std::make_unique<QTcpServer>();
            if (!m_legacyContext || !m_http->listen(m_legacyBackend.get(), 0)) {
                close();
                return false;
            }
        }
        m_server = std::make_unique<QTcpServer>();
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server && m_server->hasPendingConnections())
                onRawConnection(m_server->nextPendingConnection());
        });
        if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
            close();
            return false;
        }
        return true;
    }
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate.certificate);
    config.setPrivateKey(m_certificate.privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // Every TCP connection starts a handshake: count it even if the client then refuses us.
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] {
        ++m_connectionCount;
        emit connectionAccepted();
    });
    // Once per connection whose handshake completed, as it is queued for the HTTP server.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            [this] { ++m_handshakeCount; });
    m_server = std::move(server);
    if (!m_http->listen(m_server.get(), port)) {
        close();
        return false;
    }
    return true;
}

void ScriptedHttpsServer::close()
{
    m_http->closeAll();
    auto raw = std::move(m_raw);
    m_raw.clear();
    for (auto &[socket, tunnel] : raw) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    for (std::unique_ptr<QTcpServer> *server : {&m_server, &m_legacyBackend}) {
        if (!*server)
            continue;
        (*server)->close();
        (*server)->disconnect(this);
        (*server)->disconnect(m_http.get());
        server->release()->deleteLater();
    }
    if (m_legacyContext) {
        SSL_CTX_free(static_cast<SSL_CTX *>(m_legacyContext));
        m_legacyContext = nullptr;
    }
}

quint16 ScriptedHttpsServer::port() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

QUrl ScriptedHttpsServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

void ScriptedHttpsServer::onRequest(HttpServerConnection *connection,
                                    const ReceivedRequest &received)
{
    if (!m_queue.isEmpty())
        m_script = m_queue.takeFirst();
    const Script script = m_script;
    ReceivedRequest request = received; // numbered and stamped by the HTTP server
    request.responseStatus = script.behaviour == Behaviour::HugeBody ? 200 : script.status;
    m_requests.append(request);
    // A test may stop the server from here: the connection is then closed, and answers nothing.
    emit requestReceived(request);

    switch (script.behaviour) {
    case Behaviour::Respond:
    case Behaviour::Tls10Only:
        connection->respond({script.status, script.headers, script.body});
        break;
    case Behaviour::NeverAnswer:
    case Behaviour::StallHandshake:
        break;
    case Behaviour::TrickleBody:
        connection->beginResponse(script.status, script.headers, script.body.size());
        QTimer::singleShot(script.trickleIntervalMs, connection, [this, connection, script] {
            trickle(connection, script.body, 0, script.trickleIntervalMs);
        });
        break;
    case Behaviour::CloseBeforeResponse:
        connection->close();
        break;
    case Behaviour::RawAnswer:
        connection->respondRaw(script.body);
        break;
    case Behaviour::ResetAfterRequest: {
        // SO_LINGER with a zero timeout turns close() into a RST instead of a FIN.
        const linger reset{1, 0};
        ::setsockopt(int(connection->socket()->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                     sizeof reset);
        connection->abort();
        break;
    }
    case Behaviour::HugeBody: {
        connection->beginResponse(200, script.headers, script.hugeBodyBytes);
        auto remaining = std::make_shared<qint64>(script.hugeBodyBytes);
        connect(connection, &HttpServerConnection::bodyWritable, this,
                [this, remaining](HttpServerConnection *c) { pumpHugeBody(c, *remaining); });
        pumpHugeBody(connection, *remaining);
        break;
    }
    }
}

void ScriptedHttpsServer::sendUnasked(const QByteArray &bytes)
{
    for (HttpServerConnection *connection : m_http->connections()) {
        connection->socket()->write(bytes);
        connection->socket()->flush();
    }
}

void ScriptedHttpsServer::pumpHugeBody(HttpServerConnection *connection, qint64 &remaining)
{
    static const QByteArray chunk(HugeBodyChunk, 'x');
    while (remaining > 0 && connection->bytesToWrite() < HugeBodyHighWater) {
        const qint64 n = std::min(remaining, HugeBodyChunk);
        if (!connection->writeBody(n == chunk.size() ? chunk : chunk.left(n)))
            break;
        remaining -= n;
        m_bodyBytesWritten += n;
    }
}

void ScriptedHttpsServer::trickle(HttpServerConnection *connection, const QByteArray &body,
                                  qsizetype pos, int intervalMs)
{
    // The connection closes by itself after the last byte.
    if (pos >= body.size() || !connection->writeBody(body.mid(pos, 1)))
        return;
    ++m_bodyBytesWritten;
    if (pos + 1 < body.size())
        QTimer::singleShot(intervalMs, connection, [this, connection, body, pos, intervalMs] {
            trickle(connection, body, pos + 1, intervalMs);
        });
}

void ScriptedHttpsServer::onRawConnection(QTcpSocket *socket)
{
    ++m_connectionCount;
    emit connectionAccepted();
    auto tunnel = std::make_unique<LegacyTunnel>(socket);
    if (m_script.behaviour == Behaviour::Tls10Only && m_legacyContext) {
        tunnel->ssl = SSL_new(static_cast<SSL_CTX *>(m_legacyContext));
        tunnel->networkIn = BIO_new(BIO_s_mem());
        tunnel->networkOut = BIO_new(BIO_s_mem());
        SSL_set_bio(tunnel->ssl, tunnel->networkIn, tunnel->networkOut);
        SSL_set_accept_state(tunnel->ssl);
    }
    m_raw.emplace(socket, std::move(tunnel));
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onLegacyReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropRaw(socket); });
    if (socket->bytesAvailable() > 0)
        onLegacyReadable(socket);
}

void ScriptedHttpsServer::onLegacyReadable(QTcpSocket *socket)
{
    const auto it = m_raw.find(socket);
    if (it == m_raw.end())
        return;
    LegacyTunnel &tunnel = *it->second;
    const QByteArray bytes = socket->readAll();
    if (!tunnel.ssl)
        return; // StallHandshake: swallow the ClientHello, answer nothing
    BIO_write(tunnel.networkIn, bytes.constData(), int(bytes.size()));
    if (!tunnel.backend) {
        const int r = SSL_do_handshake(tunnel.ssl);
        writeLegacy(tunnel, {}); // flush what the handshake produced (or its alert)
        if (r != 1) {
            if (SSL_get_error(tunnel.ssl, r) != SSL_ERROR_WANT_READ) {
                ERR_clear_error();
                socket->disconnectFromHost();
            }
            return;
        }
        ++m_handshakeCount;
        tunnel.backend = new QTcpSocket(socket);
        connect(tunnel.backend, &QTcpSocket::readyRead, this, [this, socket] {
            const auto found = m_raw.find(socket);
            if (found != m_raw.end())
                writeLegacy(*found->second, found->second->backend->readAll());
        });
        connect(tunnel.backend, &QTcpSocket::disconnected, socket, &QTcpSocket::disconnectFromHost);
        tunnel.backend->connectToHost(QHostAddress(QHostAddress::LocalHost),
                                      m_legacyBackend->serverPort());
    }
    QByteArray plain;
    char buffer[16384];
    int n = 0;
    while ((n = SSL_read(tunnel.ssl, buffer, int(sizeof buffer))) > 0)
        plain.append(buffer, n);
    ERR_clear_error();
    if (!plain.isEmpty())
        tunnel.backend->write(plain); // buffered until connected
}

void ScriptedHttpsServer::writeLegacy(LegacyTunnel &tunnel, const QByteArray &plain)
{
    if (!plain.isEmpty())
        SSL_write(tunnel.ssl, plain.constData(), int(plain.size()));
    char buffer[16384];
    int n = 0;
    while ((n = BIO_read(tunnel.networkOut, buffer, int(sizeof buffer))) > 0)
        tunnel.socket->write(buffer, n);
}

void ScriptedHttpsServer::dropRaw(QTcpSocket *socket)
{
    const auto it = m_raw.find(socket);
    if (it == m_raw.end())
        return;
    // Once tunnelled, the HTTP server counts the connection's end.
    const bool tunnelled = it->second->backend != nullptr;
    if (tunnelled)
        it->second->backend->disconnectFromHost();
    m_raw.erase(it);
    socket->deleteLater();
    if (!tunnelled) {
        ++m_closedCount;
        emit connectionClosed();
    }
}

ScriptedHttpsServer::Script ScriptedHttpsServer::respond(int status, const Headers &headers,
                                                         const QByteArray &body)
{
    Script s;
    s.status = status;
    s.headers = headers;
    s.body = body;
    return s;
}

ScriptedHttpsServer::Script ScriptedHttpsServer::redirect(int status, const QUrl &location)
{
    return respond(status, {{"Location", location.toEncoded()}}, "moved");
}

ScriptedHttpsServer::Script ScriptedHttpsServer::retryAfterSeconds(int status, int seconds)
{
    return respond(status, {{"Retry-After", QByteArray::number(seconds)}}, "slow down");
}

ScriptedHttpsServer::Script ScriptedHttpsServer::retryAfterDate(int status, const QDateTime &when)
{
    return respond(status, {{"Retry-After", httpDate(when)}}, "slow down");
}

ScriptedHttpsServer::Script ScriptedHttpsServer::withBehaviour(Behaviour behaviour)
{
    Script s;
    s.behaviour = behaviour;
    if (behaviour == Behaviour::TrickleBody)
        s.body = "0123456789";
    return s;
}

ScriptedHttpsServer::Script ScriptedHttpsServer::raw(const QByteArray &bytes)
{
    Script s;
    s.behaviour = Behaviour::RawAnswer;
    s.body = bytes;
    return s;
}

quint16 ScriptedHttpsServer::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray ScriptedHttpsServer::httpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace hookline::test
