#include "http/httpserverconnections.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>

namespace hookline {

HttpServerConnections::HttpServerConnections(const HttpServerLimits &limits,
                                             HttpServerConnection::ErrorAnswer errorAnswer,
                                             QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_errorAnswer(std::move(errorAnswer))
{}

HttpServerConnections::~HttpServerConnections()
{
    closeAll();
}

bool HttpServerConnections::listen(QTcpServer *server, quint16 port)
{
    server->setListenBacklogSize(m_limits.listenBacklog);
    // QTcpServer accepts until this many wait for us, then pauses; taken one turn of the event
    // loop later, they come in batches with the heads of the last batch read in between. Taken
    // as they came, a burst of connects would all be taken before any head was read, each
    // newcomer pushing out one before it knew its head.
    server->setMaxPendingConnections(std::max(1, m_limits.acceptBatch));
    connect(
        server, &QTcpServer::pendingConnectionAvailable, this,
        [this, guard = QPointer<QTcpServer>(server)] {
            // The server may have gone since (a stop() during a burst).
            while (guard && guard->hasPendingConnections())
                adopt(guard->nextPendingConnection());
        },
        Qt::QueuedConnection);
    return server->listen(QHostAddress(QHostAddress::LocalHost), port);
}

HttpServerConnection *HttpServerConnections::adopt(QTcpSocket *socket)
{
    int serving = 0;
    // By what a slot's holder loses when closed: an answer it has had, no request, a request
    // the server has not seen yet.
    HttpServerConnection *draining = nullptr;
    HttpServerConnection *idle = nullptr;
    HttpServerConnection *headless = nullptr;
    for (const auto &[id, connection] : m_connections) {
        if (connection->isClosing())
            continue;
        ++serving;
        if (!draining && connection->isDraining())
            draining = connection;
        else if (!idle && connection->isIdle())
            idle = connection;
        else if (!headless && connection->isAwaitingHead())
            headless = connection;
    }
    const bool full = serving >= m_limits.maxConnections;
    HttpServerConnection *evicted = draining ? draining : idle ? idle : headless;
    if (full && evicted)
        evicted->abort();

    const quint64 id = m_nextId++;
    auto *connection = new HttpServerConnection(socket, id, m_limits, m_errorAnswer, this);
    m_connections.emplace(id, connection);
    connect(connection, &HttpServerConnection::closed, this, [this](HttpServerConnection *c) {
        m_connections.erase(c->id());
        emit closed(c);
    });
    if (full && !evicted) {
        connection->refuse(m_errorAnswer(503)); // closing: not served, gone in a moment
        return nullptr;
    }
    connect(connection, &HttpServerConnection::headReceived, this,
            &HttpServerConnections::headReceived);
    connect(connection, &HttpServerConnection::requestReceived, this,
            [this](HttpServerConnection *c, ReceivedRequest request) {
                request.sequence = ++m_requestCount;
                emit requestReceived(c, request);
            });
    return connection;
}

void HttpServerConnections::closeAll()
{
    const auto connections = std::move(m_connections);
    m_connections.clear();
    for (const auto &[id, connection] : connections) {
        connection->disconnect(this);
        connection->abort();
    }
}

QList<HttpServerConnection *> HttpServerConnections::connections() const
{
    QList<HttpServerConnection *> list;
    list.reserve(qsizetype(m_connections.size()));
    for (const auto &[id, connection] : m_connections)
        list << connection;
    return list;
}

qint64 HttpServerConnections::bufferedBytes() const
{
    qint64 total = 0;
    for (const auto &[id, connection] : m_connections)
        total += connection->bufferedBytes();
    return total;
}

} // namespace hookline
