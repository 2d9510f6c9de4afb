#pragma once

#include "domain/clock.h"
#include "domain/environment.h"
#include "store/store.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace hookline {

class HttpServerConnection;
class HttpServerConnections;
struct HttpAnswer;
struct HttpServerLimits;
struct ReceivedRequest;

// The local ingest API (docs/product-contract.md "Events and the envelope"), off unless someone
// starts it: plain HTTP on 127.0.0.1.
//   POST /v1/events  {"type": "…", "data": {…}, "environment": "live|sandbox" (optional)}
//   Authorization: Bearer <token>      Idempotency-Key: <key> (optional)
// → 202 {"id": "evt_…", "duplicate": false}; 400 {"error": …, "errors": [{"path", "reason"}]} with
// JSON Pointers into the request body; the event goes to the request's `environment`, or to the
// server's default environment when the field is absent; 401 without the right token and 413 above
// 256 KiB, both on the head, before any body is read; 503 when the store cannot accept or too many
// clients are connected (limits()). Events are published with EventPublisher on the server's
// thread, through the connection given (which must belong to that thread). The token is given by
// the caller, who keeps it in the keychain; the server never stores it.
class IngestServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 256 * 1024;
    // What the API grants its clients (connections, deadlines, buffers).
    static HttpServerLimits limits();

    IngestServer(Store db, Environment environment, QByteArray token, QObject *parent = nullptr,
                 const Clock &clock = Clock::system());
    ~IngestServer() override;

    // Listens on 127.0.0.1 (port 0: any free port). False when the port cannot be bound.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // Client connections open now.
    int openConnections() const;
    // For connections accepted from now on (tests use short deadlines).
    void setLimits(const HttpServerLimits &limits);

signals:
    // A new event was written (not for a repeated idempotency key): the engine may look now.
    void eventAccepted(const QString &eventId);

private:
    void checkHead(HttpServerConnection *connection, const ReceivedRequest &head);
    void onRequest(HttpServerConnection *connection, const ReceivedRequest &request);
    std::pair<int, QByteArray> handle(const ReceivedRequest &request);
    bool authorised(const ReceivedRequest &request) const;
    static HttpAnswer answer(int status, const QByteArray &json);

    Store m_db;
    Environment m_environment;
    QByteArray m_token;
    const Clock &m_clock;
    QTcpServer *m_server = nullptr;
    HttpServerConnections *m_connections;
};

} // namespace hookline
