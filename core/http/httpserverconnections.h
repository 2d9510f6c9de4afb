#pragma once

#include "http/httpserverconnection.h"
#include "http/httpserverlimits.h"

#include <QList>
#include <QObject>
#include <map>

class QTcpServer;
class QTcpSocket;

namespace hookline {

// The clients of one local HTTP server, at most limits().maxConnections of them served at once.
// Servers accept sockets and hand them to adopt() (or have listen() do it); requests come out of
// the signals, numbered in arrival order (ReceivedRequest::sequence) and stamped with their
// connection and peer.
class HttpServerConnections : public QObject
{
    Q_OBJECT
public:
    HttpServerConnections(const HttpServerLimits &limits,
                          HttpServerConnection::ErrorAnswer errorAnswer, QObject *parent = nullptr);
    ~HttpServerConnections() override;

    const HttpServerLimits &limits() const { return m_limits; }
    // For connections adopted from now on.
    void setLimits(const HttpServerLimits &limits) { m_limits = limits; }

    // Listens on 127.0.0.1 (port 0: any free port) and serves what `server` accepts; false when
    // the port cannot be bound.
    bool listen(QTcpServer *server, quint16 port);
    // Serves an accepted socket. When maxConnections are served already, the newcomer takes the
    // slot of the oldest connection that was refused and only drains its upload, else of the
    // oldest kept alive between requests, else of the oldest still without a whole head (slow or
    // silent clients cannot hold the server); that one is closed at once. When every slot holds a
    // request the server knows of, the newcomer is answered 503 and closed (nullptr returned).
    HttpServerConnection *adopt(QTcpSocket *socket);
    // Closes every connection at once.
    void closeAll();
    // Open connections, including those closing.
    int count() const { return int(m_connections.size()); }
    // The same, oldest first.
    QList<HttpServerConnection *> connections() const;
    // Requests received since this object was made.
    quint64 requestCount() const { return m_requestCount; }
    // Bytes read from clients and not handled yet, over all connections.
    qint64 bufferedBytes() const;

signals:
    void headReceived(hookline::HttpServerConnection *connection,
                      const hookline::ReceivedRequest &head);
    void requestReceived(hookline::HttpServerConnection *connection,
                         const hookline::ReceivedRequest &request);
    // A connection adopted here closed (not one closed by closeAll()).
    void closed(hookline::HttpServerConnection *connection);

private:
    HttpServerLimits m_limits;
    HttpServerConnection::ErrorAnswer m_errorAnswer;
    std::map<quint64, HttpServerConnection *> m_connections; // by id: oldest first
    quint64 m_nextId = 1;
    quint64 m_requestCount = 0;
};

} // namespace hookline
