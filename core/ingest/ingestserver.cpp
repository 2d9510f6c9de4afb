#include "ingest/ingestserver.h"

#include "delivery/eventpublisher.h"
#include "receiver/httprequestparser.h"
#include "receiver/httpresponsewriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace hookline {

namespace {

constexpr int LingerMs = 2000;

QByteArray errorBody(const QString &error, const QJsonArray &errors = {})
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject pathError(const QString &path, const QString &reason)
{
    return QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("reason"), reason}};
}

} // namespace

struct IngestServer::Connection
{
    Connection()
        : parser(IngestServer::MaxBodyBytes)
    {}
    HttpRequestParser parser;
    qint64 discardRemaining = 0;
    bool discarding = false;
};

IngestServer::IngestServer(QSqlDatabase db, Environment environment, QByteArray token,
                           QObject *parent, const Clock &clock)
    : QObject(parent)
    , m_db(std::move(db))
    , m_environment(environment)
    , m_token(std::move(token))
    , m_clock(clock)
{}

IngestServer::~IngestServer()
{
    stop();
}

bool IngestServer::start(quint16 port)
{
    stop();
    if (m_token.isEmpty())
        return false; // never open without authentication
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &IngestServer::acceptPending);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void IngestServer::stop()
{
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
    delete m_server;
    m_server = nullptr;
}

bool IngestServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 IngestServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void IngestServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void IngestServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    const QByteArray bytes = socket->readAll();
    if (connection.discarding) {
        connection.discardRemaining -= bytes.size();
        if (connection.discardRemaining <= 0)
            socket->disconnectFromHost();
        return;
    }
    connection.parser.append(bytes);
    for (;;) {
        const HttpRequestParser::State state = connection.parser.parse();
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Error) {
            const int status = connection.parser.errorStatus();
            respond(socket, status,
                    errorBody(status == 413 ? QStringLiteral("payload_too_large")
                                            : QStringLiteral("bad_request")),
                    true);
            connection.discardRemaining = connection.parser.refusedBodyBytesToCome();
            if (connection.discardRemaining == 0) {
                socket->disconnectFromHost();
                return;
            }
            // Closing while the client still uploads would reset the connection before it reads
            // the answer: swallow the announced body first (bounded in time).
            connection.discarding = true;
            QTimer::singleShot(LingerMs, socket, [socket] { socket->disconnectFromHost(); });
            return;
        }
        const bool keepAlive = connection.parser.keepAlive();
        const ReceivedRequest request = connection.parser.takeRequest();
        const auto [status, body] = handle(request);
        respond(socket, status, body, !keepAlive);
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
    }
}

void IngestServer::respond(QTcpSocket *socket, int status, const QByteArray &json, bool close)
{
    HttpResponseWriter::Headers headers{{"Content-Type", "application/json"}};
    if (status == 401)
        headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    socket->write(HttpResponseWriter::response(status, headers, json, close));
}

bool IngestServer::authorised(const ReceivedRequest &request) const
{
    const QByteArray value = request.header("Authorization");
    if (!value.startsWith("Bearer "))
        return false;
    // Compare digests so the time taken does not depend on how much of the token was right.
    const QByteArray given =
        QCryptographicHash::hash(value.mid(7).trimmed(), QCryptographicHash::Sha256);
    const QByteArray expected = QCryptographicHash::hash(m_token, QCryptographicHash::Sha256);
    char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= char(given.at(i) ^ expected.at(i));
    return diff == 0;
}

std::pair<int, QByteArray> IngestServer::handle(const ReceivedRequest &request)
{
    if (request.path() != "/v1/events")
        return {404, errorBody(QStringLiteral("not_found"))};
    if (request.method != "POST")
        return {405, errorBody(QStringLiteral("method_not_allowed"))};
    if (!authorised(request))
        return {401, errorBody(QStringLiteral("unauthorized"))};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {400, errorBody(QStringLiteral("invalid_json"),
                               {pathError(QString(), QStringLiteral("invalid_json"))})};
    const QJsonObject o = doc.object();
    QJsonArray shapeErrors;
    if (!o.value(QLatin1String("type")).isString())
        shapeErrors.append(pathError(QStringLiteral("/type"), QStringLiteral("required")));
    if (!o.value(QLatin1String("data")).isObject())
        shapeErrors.append(pathError(QStringLiteral("/data"), o.contains(QLatin1String("data"))
                                                                  ? QStringLiteral("type")
                                                                  : QStringLiteral("required")));
    std::optional<Environment> environment = m_environment;
    const QJsonValue envValue = o.value(QLatin1String("environment"));
    if (!envValue.isUndefined()) {
        environment = environmentFromString(envValue.toString());
        if (!environment)
            shapeErrors.append(pathError(QStringLiteral("/environment"), QStringLiteral("enum")));
    }
    if (!shapeErrors.isEmpty())
        return {400, errorBody(QStringLiteral("invalid_request"), shapeErrors)};

    EventPublisher::Request req;
    req.environment = *environment;
    req.type = o.value(QLatin1String("type")).toString();
    req.payload =
        QJsonDocument(o.value(QLatin1String("data")).toObject()).toJson(QJsonDocument::Compact);
    req.source = EventSource::Api;
    req.idempotencyKey = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    const EventPublisher::Result r = EventPublisher(m_db, m_clock).publish(req);
    switch (r.code) {
    case EventPublisher::Code::Ok:
        if (!r.duplicate)
            emit eventAccepted(r.event.id);
        return {202, QJsonDocument(QJsonObject{{QStringLiteral("id"), r.event.id},
                                               {QStringLiteral("duplicate"), r.duplicate}})
                         .toJson(QJsonDocument::Compact)};
    case EventPublisher::Code::SchemaViolation: {
        QJsonArray errors;
        for (const SchemaViolation &v : r.violations)
            errors.append(pathError(QStringLiteral("/data") + v.path, v.reason));
        return {400, errorBody(QStringLiteral("schema_violation"), errors)};
    }
    case EventPublisher::Code::InvalidType:
        return {400, errorBody(QStringLiteral("invalid_type"),
                               {pathError(QStringLiteral("/type"), QStringLiteral("pattern"))})};
    case EventPublisher::Code::UnknownType:
        return {400, errorBody(QStringLiteral("unknown_type"),
                               {pathError(QStringLiteral("/type"), QStringLiteral("enum"))})};
    case EventPublisher::Code::InvalidPayload:
        return {400, errorBody(QStringLiteral("invalid_json"),
                               {pathError(QStringLiteral("/data"), QStringLiteral("type"))})};
    case EventPublisher::Code::Store:
        return {503, errorBody(QStringLiteral("store_unavailable"))};
    case EventPublisher::Code::UnknownEndpoint:
    case EventPublisher::Code::WrongEnvironment:
    case EventPublisher::Code::DisabledEndpoint:
        break; // the API never targets endpoints
    }
    return {500, errorBody(QStringLiteral("internal"))};
}

} // namespace hookline
