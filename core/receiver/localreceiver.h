#pragma once

#include "http/httpserverlimits.h"
#include "http/receivedrequest.h"
#include "receiver/receiverbehaviour.h"
#include "receiver/requestbudget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <random>

class QSslServer;

namespace hookline {

class HttpServerConnection;
class HttpServerConnections;

// The in-app local test receiver (docs/product-contract.md "Console"): an HTTPS/1.1 server on
// 127.0.0.1 with its own certificate that answers as its ReceiverBehaviour says and keeps what it
// received. It lives in the thread that creates it and never blocks: everything is driven by socket
// signals and timers.
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

    static constexpr int DefaultMaxKept = RequestBudget::DefaultMaxCount;
    static constexpr qint64 DefaultMaxKeptBytes = RequestBudget::DefaultMaxBytes;
    static constexpr int DefaultIdleTimeoutMs = 30000;
    // What the receiver grants its clients (connections, deadlines, buffers; bodies up to 1 MiB).
    static HttpServerLimits defaultLimits();

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

    // The last requests, oldest first: at most maxKept() of them, weighing at most maxKeptBytes().
    QList<ReceivedRequest> requests() const { return m_requests; }
    void clearRequests();
    int maxKept() const { return m_budget.maxCount; }
    void setMaxKept(int count);
    qint64 maxKeptBytes() const { return m_budget.maxBytes; }
    void setMaxKeptBytes(qint64 bytes);
    // What the kept requests weigh now (ReceivedRequest::weight()).
    qint64 keptBytes() const { return m_keptBytes; }
    // Every request ever received, including those no longer kept.
    quint64 receivedCount() const;
    int openConnections() const;
    // Bytes read from clients and not handled yet (pipelined behind a delayed answer).
    qint64 bufferedBytes() const;
    // For connections accepted from now on.
    HttpServerLimits limits() const;
    void setLimits(const HttpServerLimits &limits);
    // A connection with no request in progress is closed after this long. For new connections.
    void setIdleTimeout(int ms);
    int idleTimeout() const;

signals:
    void requestReceived(const hookline::ReceivedRequest &request);
    void listeningChanged(bool listening);

private:
    bool shutDown(); // returns whether it was listening
    void onRequest(HttpServerConnection *connection, ReceivedRequest request);
    void keep(const ReceivedRequest &request);
    void trimKept();
    bool drawFailure(double failureRate);

    std::unique_ptr<QSslServer> m_server;
    HttpServerConnections *m_connections; // a child
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    QSslCertificate m_caCertificate;
    ReceiverBehaviour m_behaviour;
    QHash<QByteArray, ReceiverBehaviour> m_pathBehaviours;
    std::mt19937_64 m_rng;
    QList<ReceivedRequest> m_requests;
    RequestBudget m_budget;
    qint64 m_keptBytes = 0;
    Error m_error = Error::None;
};

} // namespace hookline
