#pragma once

#include "receiver/receivedrequest.h"
#include "receiver/receiverbehaviour.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <random>
#include <unordered_map>

class QSslServer;
class QSslSocket;

namespace hookline {

// The in-app local test receiver (PRODUCT.md §7): an HTTPS/1.1 server on 127.0.0.1 with its own
// certificate that answers as its ReceiverBehaviour says and keeps what it received. It lives in
// the thread that creates it and never blocks: everything is driven by socket signals and timers.
class LocalReceiver : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        CertificateGeneration, // OpenSSL could not make the receiver's certificate
        Listen,                // the port is taken or not allowed
    };

    static constexpr int DefaultMaxKept = 1000;
    static constexpr int DefaultIdleTimeoutMs = 30000;

    explicit LocalReceiver(QObject *parent = nullptr);
    ~LocalReceiver() override;

    // Serves this certificate (plus chain) instead of generating a CA and leaf. Before start().
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                        const QList<QSslCertificate> &chain = {});
    // Listens on 127.0.0.1; port 0 lets the OS choose. Without a certificate set, generates a
    // fresh CA and a leaf for localhost and 127.0.0.1 (caCertificate() is the one to trust).
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // https://127.0.0.1:<port><path>
    QUrl url(const QString &path = QStringLiteral("/")) const;
    QSslCertificate certificate() const { return m_certificate; }
    // The generated CA; null when the certificate was supplied.
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QByteArray caCertificatePem() const { return m_caCertificate.toPem(); }
    Error error() const { return m_error; }

    ReceiverBehaviour behaviour() const { return m_behaviour; }
    // Takes effect for the next request; reseeds the failure draw with behaviour.seed.
    void setBehaviour(const ReceiverBehaviour &behaviour);
    // Requests whose path (without the query) is exactly `path` get this answer instead (the
    // demo's flaky endpoint next to a healthy one). Does not reseed the draw.
    void setPathBehaviour(const QByteArray &path, const ReceiverBehaviour &behaviour);
    void clearPathBehaviours() { m_pathBehaviours.clear(); }
    // The answer for a request to `path`.
    ReceiverBehaviour behaviourFor(const QByteArray &path) const;

    // The last maxKept() requests, oldest first.
    QList<ReceivedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int maxKept() const { return m_maxKept; }
    void setMaxKept(int count);
    // Every request ever received, including those no longer kept.
    quint64 receivedCount() const { return m_sequence; }
    int openConnections() const { return int(m_connections.size()); }
    // A connection with no request in progress is closed after this long. For new connections.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = std::max(1, ms); }
    int idleTimeout() const { return m_idleTimeoutMs; }

signals:
    void requestReceived(const hookline::ReceivedRequest &request);
    void listeningChanged(bool listening);

private:
    struct Connection;

    bool shutDown(); // returns whether it was listening
    void acceptPending();
    void onReadyRead(QSslSocket *socket);
    void processBuffered(QSslSocket *socket);
    void dropConnection(QSslSocket *socket);
    bool drawFailure(double failureRate);

    std::unique_ptr<QSslServer> m_server;
    std::unordered_map<QSslSocket *, std::unique_ptr<Connection>> m_connections;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    QSslCertificate m_caCertificate;
    ReceiverBehaviour m_behaviour;
    QHash<QByteArray, ReceiverBehaviour> m_pathBehaviours;
    std::mt19937_64 m_rng;
    QList<ReceivedRequest> m_requests;
    int m_maxKept = DefaultMaxKept;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    quint64 m_sequence = 0;
    quint64 m_nextConnectionId = 1;
    Error m_error = Error::None;
};

} // namespace hookline
