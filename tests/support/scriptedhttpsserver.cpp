#include "support/scriptedhttpsserver.h"

#include "http/httprequestparser.h"

#include <QLocale>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
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

} // namespace

struct ScriptedHttpsServer::Connection
{
    explicit Connection(QTcpSocket *s)
        : socket(s)
    {}
    ~Connection()
    {
        if (ssl)
            SSL_free(ssl); // frees both BIOs too
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QTcpSocket *socket;
    quint64 id = 0;
    HttpRequestParser parser;
    // Tls10Only: TLS runs in OpenSSL over memory BIOs, the socket carries the records.
    SSL *ssl = nullptr;
    BIO *networkIn = nullptr;
    BIO *networkOut = nullptr;
    bool handshakeDone = false;
    // HugeBody and TrickleBody progress.
    qint64 hugeRemaining = 0;
    QByteArray trickleBody;
    qsizetype tricklePos = 0;
    int trickleIntervalMs = 100;
};

ScriptedHttpsServer::ScriptedHttpsServer(TestCertificate certificate, QObject *parent)
    : QObject(parent)
    , m_certificate(std::move(certificate))
{
    qRegisterMetaType<hookline::ReceivedRequest>();
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
            if (!m_legacyContext)
                return false;
        }
        m_server = std::make_unique<QTcpServer>();
    } else {
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
        m_server = std::move(server);
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server && m_server->hasPendingConnections()) {
            QTcpSocket *socket = m_server->nextPendingConnection();
            onConnection(socket, qobject_cast<QSslSocket *>(socket) != nullptr);
        }
    });
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        close();
        return false;
    }
    return true;
}

void ScriptedHttpsServer::close()
{
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->disconnect(this);
        m_server.release()->deleteLater();
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

ScriptedHttpsServer::Connection *ScriptedHttpsServer::find(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void ScriptedHttpsServer::onConnection(QTcpSocket *socket, bool tlsDone)
{
    auto connection = std::make_unique<Connection>(socket);
    connection->id = m_nextConnectionId++;
    if (tlsDone) {
        ++m_handshakeCount;
    } else {
        // Plain TCP servers: the handshake counter above never fires.
        ++m_connectionCount;
        emit connectionAccepted();
    }
    if (m_script.behaviour == Behaviour::Tls10Only && m_legacyContext) {
        connection->ssl = SSL_new(static_cast<SSL_CTX *>(m_legacyContext));
        connection->networkIn = BIO_new(BIO_s_mem());
        connection->networkOut = BIO_new(BIO_s_mem());
        SSL_set_bio(connection->ssl, connection->networkIn, connection->networkOut);
        SSL_set_accept_state(connection->ssl);
    }
    m_connections.emplace(socket, std::move(connection));
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encryptedBytesWritten, this,
                [this, socket] { pumpHugeBody(socket); });
    }
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpHugeBody(socket); });
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void ScriptedHttpsServer::onReadable(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c)
        return;
    QByteArray bytes = socket->readAll();
    if (m_script.behaviour == Behaviour::StallHandshake)
        return; // swallow the ClientHello, answer nothing
    if (c->ssl) {
        BIO_write(c->networkIn, bytes.constData(), int(bytes.size()));
        bytes.clear();
        if (!c->handshakeDone) {
            const int r = SSL_do_handshake(c->ssl);
            writeApp(*c, {}); // flush what the handshake produced (or its alert)
            if (r != 1) {
                if (SSL_get_error(c->ssl, r) != SSL_ERROR_WANT_READ) {
                    ERR_clear_error();
                    socket->disconnectFromHost();
                }
                return;
            }
            c->handshakeDone = true;
            ++m_handshakeCount;
        }
        char buffer[16384];
        int n = 0;
        while ((n = SSL_read(c->ssl, buffer, int(sizeof buffer))) > 0)
            bytes.append(buffer, n);
        ERR_clear_error();
    }
    c->parser.append(bytes);
    while ((c = find(socket)) && c->parser.parse() == HttpRequestParser::State::Complete)
        onRequest(*c, c->parser.takeRequest());
    if (c && c->parser.errorStatus() != 0) {
        writeApp(*c, HttpResponseWriter::response(c->parser.errorStatus(), {}, {}, true));
        socket->disconnectFromHost();
    }
}

void ScriptedHttpsServer::onRequest(Connection &connection, ReceivedRequest request)
{
    QTcpSocket *socket = connection.socket;
    request.sequence = ++m_sequence;
    request.connectionId = connection.id;
    request.peerAddress = socket->peerAddress();
    request.peerPort = socket->peerPort();
    if (!m_queue.isEmpty())
        m_script = m_queue.takeFirst();
    const Script script = m_script;
    request.responseStatus = script.behaviour == Behaviour::HugeBody ? 200 : script.status;
    m_requests.append(request);
    emit requestReceived(request);

    switch (script.behaviour) {
    case Behaviour::Respond:
    case Behaviour::Tls10Only:
        writeApp(connection,
                 HttpResponseWriter::response(script.status, script.headers, script.body, false));
        break;
    case Behaviour::NeverAnswer:
    case Behaviour::StallHandshake:
        break;
    case Behaviour::TrickleBody:
        writeApp(connection,
                 HttpResponseWriter::head(script.status, script.headers, script.body.size(), true));
        connection.trickleBody = script.body;
        connection.tricklePos = 0;
        connection.trickleIntervalMs = script.trickleIntervalMs;
        QTimer::singleShot(script.trickleIntervalMs, socket,
                           [this, self = QPointer<ScriptedHttpsServer>(this), socket] {
                               if (self)
                                   trickle(socket);
                           });
        break;
    case Behaviour::CloseBeforeResponse:
        socket->disconnectFromHost();
        break;
    case Behaviour::RawAnswer:
        writeApp(connection, script.body);
        socket->disconnectFromHost();
        break;
    case Behaviour::ResetAfterRequest: {
        // SO_LINGER with a zero timeout turns close() into a RST instead of a FIN.
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
        break;
    }
    case Behaviour::HugeBody:
        writeApp(connection,
                 HttpResponseWriter::head(200, script.headers, script.hugeBodyBytes, true));
        connection.hugeRemaining = script.hugeBodyBytes;
        pumpHugeBody(socket);
        break;
    }
}

void ScriptedHttpsServer::sendUnasked(const QByteArray &bytes)
{
    for (const auto &[socket, connection] : m_connections) {
        writeApp(*connection, bytes);
        socket->flush();
    }
}

void ScriptedHttpsServer::writeApp(Connection &connection, const QByteArray &bytes)
{
    if (!connection.ssl) {
        connection.socket->write(bytes);
        return;
    }
    if (!bytes.isEmpty())
        SSL_write(connection.ssl, bytes.constData(), int(bytes.size()));
    char buffer[16384];
    int n = 0;
    while ((n = BIO_read(connection.networkOut, buffer, int(sizeof buffer))) > 0)
        connection.socket->write(buffer, n);
}

void ScriptedHttpsServer::pumpHugeBody(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c || c->hugeRemaining <= 0)
        return;
    static const QByteArray chunk(HugeBodyChunk, 'x');
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    auto queued = [socket, ssl] {
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    while (c->hugeRemaining > 0 && queued() < HugeBodyHighWater) {
        const qint64 n = std::min(c->hugeRemaining, HugeBodyChunk);
        const qint64 written = socket->write(chunk.constData(), n);
        if (written <= 0)
            break;
        c->hugeRemaining -= written;
        m_bodyBytesWritten += written;
    }
}

void ScriptedHttpsServer::trickle(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c || c->tricklePos >= c->trickleBody.size())
        return;
    writeApp(*c, c->trickleBody.mid(c->tricklePos, 1));
    ++c->tricklePos;
    ++m_bodyBytesWritten;
    if (c->tricklePos < c->trickleBody.size())
        QTimer::singleShot(c->trickleIntervalMs, socket,
                           [this, self = QPointer<ScriptedHttpsServer>(this), socket] {
                               if (self)
                                   trickle(socket);
                           });
    else
        socket->disconnectFromHost();
}

void ScriptedHttpsServer::drop(QTcpSocket *socket)
{
    if (m_connections.erase(socket) > 0) {
        ++m_closedCount;
        socket->deleteLater();
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
