#include "http/httpconnection.h"

#include <QNetworkProxy>
#include <QSslError>
#include <QSslSocket>
#include <cerrno>
#include <sys/socket.h>

namespace hookline {

HttpConnection::HttpConnection(const HttpTarget &target, const QSslConfiguration &ssl,
                               qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_ssl(ssl)
    , m_parser(maxBodyBytes)
{}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpConnection::send(const QByteArray &request, bool headRequest)
{
    Q_ASSERT(m_state == State::New || m_state == State::Idle);
    m_parser.reset(headRequest);
    m_idleSince.invalidate();
    ++m_requests;
    if (m_state == State::Idle) {
        m_state = State::Busy;
        m_socket->write(request);
        return;
    }

    m_state = State::Connecting;
    m_pending = request;
    m_socket = new QSslSocket(this);
    // The vetted address is the only place we connect to: no proxy may choose another route.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setSslConfiguration(m_ssl);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the attempt is a `tls` failure.
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    // Connect to the address, while SNI and the certificate check use the name.
    m_socket->connectToHostEncrypted(m_target.address.toString(), m_target.port, m_target.peerName);
}

bool HttpConnection::isReusable() const
{
    if (m_state != State::Idle || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->bytesAvailable() > 0 || m_socket->encryptedBytesAvailable() > 0)
        return false;
    // The kernel's receive queue, without taking from it: readyRead comes only from the event
    // loop, and the next request may be sent before it runs.
    char byte = 0;
    const ssize_t n = ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK); // 0: the server closed
}

void HttpConnection::abort()
{
    m_state = State::Closed;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpConnection::onEncrypted()
{
    if (m_state != State::Connecting)
        return;
    // Requests are written whole: without Nagle's delay the small request leaves at once.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = State::Busy;
    m_socket->write(std::exchange(m_pending, {}));
}

void HttpConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_state == State::Idle) {
        // Nothing was asked: the stream cannot be trusted for another request.
        abort();
        emit closedWhileIdle();
        return;
    }
    if (m_state != State::Busy || bytes.isEmpty())
        return;
    switch (m_parser.feed(bytes)) {
    case HttpResponseParser::State::NeedMore:
        return;
    case HttpResponseParser::State::Complete:
        if (m_parser.keepAlive()) {
            m_state = State::Idle;
            m_idleSince.start();
        } else {
            abort();
        }
        emit responded();
        return;
    case HttpResponseParser::State::Error:
        abort();
        m_socketError = QAbstractSocket::UnknownSocketError;
        m_errorString = m_parser.error();
        emit failed();
        return;
    }
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected(); // may end a body delimited by the close
    fail(error, m_socket->errorString());
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::Idle) {
        m_state = State::Closed;
        emit closedWhileIdle();
        return;
    }
    if (m_state != State::Busy && m_state != State::Connecting)
        return;
    // Bytes can still wait in the socket when the close is reported.
    if (m_state == State::Busy && m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (m_state != State::Busy)
            return;
    }
    if (m_state == State::Busy && m_parser.finish() == HttpResponseParser::State::Complete) {
        m_state = State::Closed;
        emit responded();
        return;
    }
    fail(QAbstractSocket::RemoteHostClosedError,
         m_state == State::Connecting
             ? QStringLiteral("the connection closed during the TLS handshake")
             : m_parser.error());
}

void HttpConnection::fail(QAbstractSocket::SocketError error, const QString &message)
{
    if (m_state == State::Closed)
        return;
    const bool wasIdle = m_state == State::Idle;
    m_socketError = error;
    m_errorString = message;
    abort();
    // An error between requests concerns no request: the pool drops the connection.
    if (wasIdle)
        emit closedWhileIdle();
    else
        emit failed();
}

} // namespace hookline
