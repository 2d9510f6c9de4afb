#include "receiver/httpserverconnections.h"

#include <QTcpSocket>

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

HttpServerConnection *HttpServerConnections::adopt(QTcpSocket *socket)
{
    int serving = 0;
    HttpServerConnection *oldestDraining = nullptr;
    for (const auto &[id, connection] : m_connections) {
        if (connection->isClosing())
            continue;
        ++serving;
        if (!oldestDraining && connection->isDraining())
            oldestDraining = connection;
    }
    const bool full = serving >= m_limits.maxConnections;
    if (full && oldestDraining) // it has had its answer; the newcomer has not
        oldestDraining->abort();

    const quint64 id = m_nextId++;
    auto *connection = new HttpServerConnection(socket, id, m_limits, m_errorAnswer, this);
    m_connections.emplace(id, connection);
    connect(connection, &HttpServerConnection::closed, this,
            [this](HttpServerConnection *c) { m_connections.erase(c->id()); });
    if (full && !oldestDraining) {
        connection->refuse(m_errorAnswer(503)); // closing: not served, gone in a moment
        return nullptr;
    }
    connect(connection, &HttpServerConnection::headReceived, this,
            &HttpServerConnections::headReceived);
    connect(connection, &HttpServerConnection::requestReceived, this,
            &HttpServerConnections::requestReceived);
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

qint64 HttpServerConnections::bufferedBytes() const
{
    qint64 total = 0;
    for (const auto &[id, connection] : m_connections)
        total += connection->bufferedBytes();
    return total;
}

} // namespace hookline
