#include "receiver/localreceiver.h"

#include "http/httpresponsewriter.h"
#include "http/httpserverconnections.h"
#include "receiver/selfsignedcertificate.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace hookline {

namespace {
// Sockets that never finish a handshake must not pile up.
constexpr int HandshakeTimeoutMs = 10000;

HttpAnswer plainAnswer(int status)
{
    return {status,
            {{"Content-Type", "text/plain; charset=utf-8"}},
            HttpResponseWriter::reasonPhrase(status) + '\n'};
}
} // namespace

HttpServerLimits LocalReceiver::defaultLimits()
{
    HttpServerLimits limits;
    limits.idleTimeoutMs = DefaultIdleTimeoutMs;
    // As many as the engine may have in flight at once (DeliveryEngine::Options): the console's
    // own deliveries to its receiver are never turned away.
    limits.maxConnections = 256;
    return limits;
}

LocalReceiver::LocalReceiver(QObject *parent)
    : QObject(parent)
    , m_connections(new HttpServerConnections(defaultLimits(), plainAnswer, this))
{
    connect(m_connections, &HttpServerConnections::requestReceived, this,
            &LocalReceiver::onRequest);
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
    if (!m_connections->listen(m_server.get(), port)) {
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
    m_connections->closeAll();
    if (m_server) {
        // Sockets may still be in the server's pending list; deleteLater keeps signal emitters
        // alive until their current emission is over.
        m_server->disconnect(m_connections);
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
    m_budget.maxCount = std::max(0, count);
    trimKept();
}

void LocalReceiver::setMaxKeptBytes(qint64 bytes)
{
    m_budget.maxBytes = std::max<qint64>(0, bytes);
    trimKept();
}

void LocalReceiver::clearRequests()
{
    m_requests.clear();
    m_keptBytes = 0;
}

void LocalReceiver::keep(const ReceivedRequest &request)
{
    m_requests.append(request);
    m_keptBytes += request.weight();
    trimKept();
}

// Forgets the oldest requests beyond the count and byte caps.
void LocalReceiver::trimKept()
{
    const qsizetype drop =
        m_budget.excess(m_requests, m_keptBytes,
                        [](const ReceivedRequest &r) -> const ReceivedRequest & { return r; });
    for (qsizetype i = 0; i < drop; ++i)
        m_keptBytes -= m_requests.at(i).weight();
    m_requests.remove(0, drop);
}

quint64 LocalReceiver::receivedCount() const
{
    return m_connections->requestCount();
}

int LocalReceiver::openConnections() const
{
    return m_connections->count();
}

qint64 LocalReceiver::bufferedBytes() const
{
    return m_connections->bufferedBytes();
}

HttpServerLimits LocalReceiver::limits() const
{
    return m_connections->limits();
}

void LocalReceiver::setLimits(const HttpServerLimits &limits)
{
    m_connections->setLimits(limits);
}

void LocalReceiver::setIdleTimeout(int ms)
{
    HttpServerLimits l = limits();
    l.idleTimeoutMs = std::max(1, ms);
    setLimits(l);
}

int LocalReceiver::idleTimeout() const
{
    return limits().idleTimeoutMs;
}

bool LocalReceiver::drawFailure(double failureRate)
{
    if (failureRate <= 0.0)
        return false;
    // 53 random bits as a double in [0, 1): the same sequence for a seed on every platform.
    const double draw = double(m_rng() >> 11) * 0x1.0p-53;
    return draw < failureRate;
}

void LocalReceiver::onRequest(HttpServerConnection *connection, ReceivedRequest request)
{
    const ReceiverBehaviour behaviour = behaviourFor(request.path());
    const bool fail = drawFailure(behaviour.failureRate);
    request.responseStatus = fail ? 500 : behaviour.statusCode;
    keep(request);
    emit requestReceived(request);

    HttpAnswer answer;
    answer.status = request.responseStatus;
    answer.headers = {
        {"Content-Type", fail ? QByteArray("text/plain; charset=utf-8") : behaviour.contentType}};
    if (!fail)
        answer.headers += behaviour.headers;
    answer.body = fail ? QByteArray("simulated failure\n") : behaviour.body;
    if (behaviour.delayMs <= 0) {
        connection->respond(answer);
        return;
    }
    // Meanwhile the connection reads nothing more than its limits allow. It may close, or the
    // receiver stop, before the delay is over: the timer dies with the connection.
    QTimer::singleShot(behaviour.delayMs, connection,
                       [connection, answer] { connection->respond(answer); });
}

} // namespace hookline
