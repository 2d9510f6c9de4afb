#include "ingest/ingestserver.h"

#include "events/eventpublisher.h"
#include "http/httpserverconnections.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpServer>

namespace hookline {

namespace {

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

// What the connection answers on its own: malformed, slow, oversized, one client too many.
QString protocolError(int status)
{
    switch (status) {
    case 408:
        return QStringLiteral("request_timeout");
    case 413:
        return QStringLiteral("payload_too_large");
    case 503:
        return QStringLiteral("too_many_connections");
    default:
        return QStringLiteral("bad_request");
    }
}

} // namespace

HttpServerLimits IngestServer::limits()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    return limits;
}

IngestServer::IngestServer(Store db, Environment environment, QByteArray token, QObject *parent,
                           const Clock &clock)
    : QObject(parent)
    , m_db(std::move(db))
    , m_environment(environment)
    , m_token(std::move(token))
    , m_clock(clock)
    , m_connections(new HttpServerConnections(
          limits(), [](int status) { return answer(status, errorBody(protocolError(status))); },
          this))
{
    connect(m_connections, &HttpServerConnections::headReceived, this, &IngestServer::checkHead);
    connect(m_connections, &HttpServerConnections::requestReceived, this, &IngestServer::onRequest);
}

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
    if (!m_connections->listen(m_server, port)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void IngestServer::stop()
{
    m_connections->closeAll();
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

int IngestServer::openConnections() const
{
    return m_connections->count();
}

void IngestServer::setLimits(const HttpServerLimits &limits)
{
    m_connections->setLimits(limits);
}

void IngestServer::checkHead(HttpServerConnection *connection, const ReceivedRequest &head)
{
    // Refused on the head: nobody without the token makes the server read, or hold, a body.
    if (head.path() != "/v1/events")
        connection->refuse(answer(404, errorBody(QStringLiteral("not_found"))));
    else if (head.method != "POST")
        connection->refuse(answer(405, errorBody(QStringLiteral("method_not_allowed"))));
    else if (!authorised(head))
        connection->refuse(answer(401, errorBody(QStringLiteral("unauthorized"))));
}

void IngestServer::onRequest(HttpServerConnection *connection, const ReceivedRequest &request)
{
    const auto [status, body] = handle(request);
    connection->respond(answer(status, body));
}

HttpAnswer IngestServer::answer(int status, const QByteArray &json)
{
    HttpAnswer a{status, {{"Content-Type", "application/json"}}, json};
    if (status == 401)
        a.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    if (status == 503)
        a.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    return a;
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
    // Path, method and token were checked on the head (checkHead()).
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
