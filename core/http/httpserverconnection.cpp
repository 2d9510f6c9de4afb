#include "http/httpserverconnection.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>

namespace hookline {

HttpServerConnection::HttpServerConnection(QTcpSocket *socket, quint64 id,
                                           const HttpServerLimits &limits, ErrorAnswer errorAnswer,
                                           QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_limits(limits)
    , m_errorAnswer(std::move(errorAnswer))
    , m_parser(limits.maxBodyBytes, limits.maxHeaderBytes)
{
    m_socket->setParent(this);
    // Qt reads no further from the kernel than this until we take it: a client cannot make the
    // process hold its upload, whatever it announced.
    m_socket->setReadBufferSize(std::max<qint64>(1, m_limits.maxHeldBytes));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpServerConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpServerConnection::pump);
    // A client that reads its answers again may send its next request, or take more of a body.
    const auto written = [this] {
        if (m_phase == Phase::Reading || m_phase == Phase::Idle)
            pump();
        else if (m_phase == Phase::Streaming)
            emit bodyWritable(this);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, written);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, written);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpServerConnection::onDisconnected);
    enterReading();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Gone before we took it: no disconnected() will come.
        QMetaObject::invokeMethod(this, &HttpServerConnection::onDisconnected,
                                  Qt::QueuedConnection);
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpServerConnection::pump, Qt::QueuedConnection);
}

HttpServerConnection::~HttpServerConnection()
{
    m_socket->disconnect(this);
}

qint64 HttpServerConnection::bufferedBytes() const
{
    return m_parser.bufferedBytes() + m_socket->bytesAvailable();
}

void HttpServerConnection::respond(const HttpAnswer &answer, bool close)
{
    if (m_phase != Phase::Answering)
        return;
    const bool closeAfter = close || !m_keepAlive;
    write(answer, closeAfter);
    if (closeAfter) {
        startClosing();
        return;
    }
    enterIdle();
    pump(); // requests the client pipelined while it waited
}

void HttpServerConnection::refuse(const HttpAnswer &answer)
{
    if (isClosing() || isDraining())
        return;
    refuseAndDrain(answer, m_parser.headComplete() ? m_parser.bodyBytesToCome() : 0);
}

void HttpServerConnection::respondRaw(const QByteArray &bytes)
{
    if (m_phase != Phase::Answering)
        return;
    m_socket->write(bytes);
    startClosing();
}

void HttpServerConnection::beginResponse(int status, const HttpResponseWriter::Headers &headers,
                                         qint64 contentLength)
{
    if (m_phase != Phase::Answering)
        return;
    m_socket->write(HttpResponseWriter::head(status, headers, contentLength, true));
    m_phase = Phase::Streaming;
    m_bodyRemaining = std::max<qint64>(0, contentLength);
    arm();
    if (m_bodyRemaining == 0)
        startClosing();
}

bool HttpServerConnection::writeBody(const QByteArray &bytes)
{
    if (m_phase != Phase::Streaming)
        return false;
    const qint64 n = std::min<qint64>(bytes.size(), m_bodyRemaining);
    m_socket->write(bytes.constData(), n);
    m_bodyRemaining -= n;
    if (m_bodyRemaining == 0)
        startClosing();
    return true;
}

qint64 HttpServerConnection::bytesToWrite() const
{
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void HttpServerConnection::close()
{
    startClosing();
}

void HttpServerConnection::abort()
{
    if (m_phase == Phase::Closed)
        return;
    m_socket->abort(); // emits disconnected() when it was connected
    onDisconnected();
}

void HttpServerConnection::pump()
{
    if (m_pumping)
        return; // called back from a slot of ours: the loop below carries on
    m_pumping = true;
    const QPointer<HttpServerConnection> self(this);
    while (step() && self) {
    }
    if (self)
        m_pumping = false;
}

// One step of reading, parsing or answering; false when the next move is the client's or the
// server's.
bool HttpServerConnection::step()
{
    switch (m_phase) {
    case Phase::Draining: {
        const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
        m_drainRemaining -= std::max<qint64>(0, dropped);
        if (m_drainRemaining <= 0)
            startClosing();
        return false;
    }
    case Phase::Answering:
    case Phase::Streaming:
    case Phase::Closing:
    case Phase::Closed:
        return false;
    case Phase::Reading:
    case Phase::Idle:
        break;
    }
    // Answers the client does not read count against what it may make us hold.
    if (m_socket->bytesToWrite() > m_limits.maxHeldBytes)
        return false;
    if (m_socket->bytesAvailable() > 0)
        m_parser.append(m_socket->readAll());
    if (m_phase == Phase::Idle) {
        if (m_parser.bufferedBytes() == 0)
            return false;
        enterReading(); // a request's first byte: its deadlines start
    }

    const HttpRequestParser::State state = m_parser.parse();
    if (state == HttpRequestParser::State::Error) {
        const int status = m_parser.errorStatus();
        refuseAndDrain(m_errorAnswer(status), m_parser.refusedBodyBytesToCome());
        return false;
    }
    if (!m_headSignalled && m_parser.headComplete()) {
        m_headSignalled = true;
        arm(); // only the whole-request deadline is left
        emit headReceived(this, m_parser.head());
        return m_phase == Phase::Reading; // refused otherwise
    }
    if (state == HttpRequestParser::State::NeedMore)
        return false;

    m_keepAlive = m_parser.keepAlive();
    ReceivedRequest request = m_parser.takeRequest();
    request.connectionId = m_id;
    request.peerAddress = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    m_headSignalled = false;
    m_phase = Phase::Answering; // the server's delay is not the client's slowness
    arm();
    emit requestReceived(this, request);
    return m_phase == Phase::Idle; // answered at once: on to what the client pipelined
}

void HttpServerConnection::enterReading()
{
    m_phase = Phase::Reading;
    m_headDeadline.setRemainingTime(m_limits.headTimeoutMs);
    m_requestDeadline.setRemainingTime(m_limits.requestTimeoutMs);
    arm();
}

void HttpServerConnection::enterIdle()
{
    m_phase = Phase::Idle;
    m_phaseDeadline.setRemainingTime(m_limits.idleTimeoutMs);
    arm();
}

void HttpServerConnection::refuseAndDrain(const HttpAnswer &answer, qint64 bodyBytesToCome)
{
    write(answer, true);
    m_parser = HttpRequestParser(m_limits.maxBodyBytes, m_limits.maxHeaderBytes); // frees it
    if (bodyBytesToCome <= 0) {
        startClosing();
        return;
    }
    // Closing while the client still uploads would reset the connection, and the client could
    // lose the answer: drop the announced rest first, for a while.
    m_phase = Phase::Draining;
    m_drainRemaining = bodyBytesToCome;
    m_phaseDeadline.setRemainingTime(m_limits.lingerMs);
    arm();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpServerConnection::pump, Qt::QueuedConnection);
}

void HttpServerConnection::startClosing()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_phaseDeadline.setRemainingTime(m_limits.lingerMs);
    arm();
    m_socket->disconnectFromHost(); // after what is written; may emit disconnected() at once
}

void HttpServerConnection::write(const HttpAnswer &answer, bool close)
{
    m_socket->write(
        HttpResponseWriter::response(answer.status, answer.headers, answer.body, close));
}

void HttpServerConnection::arm()
{
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
    switch (m_phase) {
    case Phase::Reading:
        deadline =
            m_headSignalled ? m_requestDeadline : std::min(m_headDeadline, m_requestDeadline);
        break;
    case Phase::Idle:
    case Phase::Draining:
    case Phase::Closing:
        deadline = m_phaseDeadline;
        break;
    case Phase::Answering:
    case Phase::Streaming:
    case Phase::Closed:
        m_timer.stop();
        return;
    }
    const qint64 remaining = deadline.remainingTime();
    if (remaining < 0)
        m_timer.stop(); // forever
    else
        m_timer.start(int(std::min<qint64>(remaining, 24 * 3600 * 1000)));
}

void HttpServerConnection::onDeadline()
{
    switch (m_phase) {
    case Phase::Reading:
        // Too slow with its head or its body: say so, and never read the rest.
        refuseAndDrain(m_errorAnswer(408), 0);
        break;
    case Phase::Idle:
        startClosing();
        break;
    case Phase::Draining:
        startClosing();
        break;
    case Phase::Closing:
        abort(); // the client does not take its answer
        break;
    case Phase::Answering:
    case Phase::Streaming:
    case Phase::Closed:
        break;
    }
}

void HttpServerConnection::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    emit closed(this);
    deleteLater();
}

} // namespace hookline
