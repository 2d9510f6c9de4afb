#include "receiver/localreceiver.h"

#include "receiver/httprequestparser.h"
#include "receiver/httpresponsewriter.h"
#include "receiver/selfsignedcertificate.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace hookline {

namespace {
// Sockets that never finish a handshake or a request must not pile up.
constexpr int HandshakeTimeoutMs = 10000;
// How long a refused request's remaining upload is swallowed before the connection is closed.
constexpr int LingerMs = 2000;
} // namespace

struct LocalReceiver::Connection
{
    quint64 id = 0;
    HttpRequestParser parser;
    bool answering = false;  // a request is waiting for its answer: hold further bytes
    bool discarding = false; // refused with an error: read and drop until closed
    qint64 discardRemaining = 0;
    QTimer *idle = nullptr; // owned by the socket
};

LocalReceiver::LocalReceiver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hookline::ReceivedRequest>();
    setBehaviour(m_behaviour);
}

LocalReceiver::~LocalReceiver()
{
    shutDown(); // no signal from a half-destroyed object
}

void LocalReceiver::setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                   const QList<QSslCertificate> &chain)
{
    m_certificate = certificate;
    m_key = key;
    m_chain = chain;
    m_caCertificate = QSslCertificate();
}

bool LocalReceiver::start(quint16 port)
{
    stop();
    m_error = Error::None;
    if (m_certificate.isNull() || m_key.isNull()) {
        const ReceiverCertificates generated = SelfSignedCertificate::forLocalhost();
        if (generated.isNull()) {
            m_error = Error::CertificateGeneration;
            return false;
        }
        m_certificate = generated.leaf.certificate;
        m_key = generated.leaf.privateKey;
        m_caCertificate = generated.ca.certificate;
        m_chain = {};
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setLocalCertificateChain(QList<QSslCertificate>{m_certificate} + m_chain);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    config.setProtocol(QSsl::TlsV1_2OrLater);

    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LocalReceiver::acceptPending);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_server.reset();
        m_error = Error::Listen;
        return false;
    }
    emit listeningChanged(true);
    return true;
}

void LocalReceiver::stop()
{
    if (shutDown())
        emit listeningChanged(false);
}

bool LocalReceiver::shutDown()
{
    const bool wasListening = isListening();
    if (m_server)
        m_server->close();
    // Sockets are children of the server: take them out of the map before the server goes.
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_server) {
        // Sockets may still be in the server's pending list; deleteLater keeps signal emitters
        // alive until their current emission is over.
        m_server->disconnect(this);
        m_server.release()->deleteLater();
    }
    return wasListening;
}

bool LocalReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LocalReceiver::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl LocalReceiver::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

void LocalReceiver::setBehaviour(const ReceiverBehaviour &behaviour)
{
    m_behaviour = behaviour;
    m_behaviour.failureRate = std::clamp(m_behaviour.failureRate, 0.0, 1.0);
    m_behaviour.delayMs = std::max(0, m_behaviour.delayMs);
    m_rng.seed(m_behaviour.seed ? m_behaviour.seed : std::random_device{}());
}

void LocalReceiver::setPathBehaviour(const QByteArray &path, const ReceiverBehaviour &behaviour)
{
    ReceiverBehaviour b = behaviour;
    b.failureRate = std::clamp(b.failureRate, 0.0, 1.0);
    b.delayMs = std::max(0, b.delayMs);
    m_pathBehaviours.insert(path, b);
}

ReceiverBehaviour LocalReceiver::behaviourFor(const QByteArray &path) const
{
    return m_pathBehaviours.value(path, m_behaviour);
}

void LocalReceiver::setMaxKept(int count)
{
    m_maxKept = std::max(0, count);
    while (m_requests.size() > m_maxKept)
        m_requests.removeFirst();
}

bool LocalReceiver::drawFailure(double failureRate)
{
    if (failureRate <= 0.0)
        return false;
    // 53 random bits as a double in [0, 1): the same sequence for a seed on every platform.
    const double draw = double(m_rng() >> 11) * 0x1.0p-53;
    return draw < failureRate;
}

void LocalReceiver::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        auto connection = std::make_unique<Connection>();
        connection->id = m_nextConnectionId++;
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(m_idleTimeoutMs);
        connect(connection->idle, &QTimer::timeout, socket, &QSslSocket::disconnectFromHost);
        connection->idle->start();
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this,
                [this, socket] { dropConnection(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LocalReceiver::onReadyRead(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray bytes = socket->readAll();
    if (!it->second->answering)
        it->second->idle->start();
    if (it->second->discarding) {
        it->second->discardRemaining -= bytes.size();
        if (it->second->discardRemaining <= 0)
            socket->disconnectFromHost();
        return;
    }
    it->second->parser.append(bytes);
    processBuffered(socket);
}

void LocalReceiver::processBuffered(QSslSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = *found->second;
    if (connection.answering)
        return;

    const HttpRequestParser::State state = connection.parser.parse();
    if (state == HttpRequestParser::State::NeedMore)
        return;
    if (state == HttpRequestParser::State::Error) {
        connection.answering = true;
        const int status = connection.parser.errorStatus();
        const HttpResponseWriter::Headers headers{{"Content-Type", "text/plain; charset=utf-8"}};
        socket->write(HttpResponseWriter::response(
            status, headers, HttpResponseWriter::reasonPhrase(status) + '\n', true));
        connection.discardRemaining = connection.parser.refusedBodyBytesToCome();
        if (connection.discardRemaining == 0) {
            socket->disconnectFromHost();
            return;
        }
        // Closing while the client still uploads would reset the connection and could destroy
        // the answer before the client reads it: swallow the announced body first (bounded).
        connection.discarding = true;
        QTimer::singleShot(LingerMs, socket, [socket] { socket->disconnectFromHost(); });
        return;
    }

    const bool keepAlive = connection.parser.keepAlive();
    ReceivedRequest request = connection.parser.takeRequest();
    request.sequence = ++m_sequence;
    request.connectionId = connection.id;
    request.peerAddress = socket->peerAddress();
    request.peerPort = socket->peerPort();
    const ReceiverBehaviour behaviour = behaviourFor(request.path());
    const bool fail = drawFailure(behaviour.failureRate);
    request.responseStatus = fail ? 500 : behaviour.statusCode;

    m_requests.append(request);
    while (m_requests.size() > m_maxKept)
        m_requests.removeFirst();

    connection.answering = true;
    connection.idle->stop(); // a long configured delay is not idleness
    const int status = request.responseStatus;
    emit requestReceived(request);

    // The socket outlives a stopped or destroyed receiver until its deleteLater: guard both.
    auto respond = [this, self = QPointer<LocalReceiver>(this),
                    socket = QPointer<QSslSocket>(socket), behaviour, status, fail, keepAlive] {
        if (!self || !socket || m_connections.find(socket) == m_connections.end())
            return;
        HttpResponseWriter::Headers headers{
            {"Content-Type",
             fail ? QByteArray("text/plain; charset=utf-8") : behaviour.contentType}};
        if (!fail)
            headers += behaviour.headers;
        socket->write(HttpResponseWriter::response(
            status, headers, fail ? QByteArray("simulated failure\n") : behaviour.body,
            !keepAlive));
        if (!keepAlive)
            socket->disconnectFromHost();
        if (!keepAlive)
            return;
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->second->answering = false;
        it->second->idle->start();
        if (it->second->parser.bufferedBytes() > 0)
            processBuffered(socket);
    };
    if (behaviour.delayMs > 0)
        QTimer::singleShot(behaviour.delayMs, socket, respond);
    else
        respond();
}

void LocalReceiver::dropConnection(QSslSocket *socket)
{
    if (m_connections.erase(socket) > 0)
        socket->deleteLater();
}

} // namespace hookline
