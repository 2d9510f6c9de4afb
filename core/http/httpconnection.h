#pragma once

#include "http/httpresponseparser.h"
#include "http/httptarget.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

class QSslSocket;

namespace hookline {

// One HTTP/1.1 connection over TLS to a vetted address, carrying one request at a time and kept
// open between them (keep-alive). It lives in the thread that uses it (the engine's), so a
// delivery costs no hop to another thread: the socket, the TLS records and the parsing all happen
// where the attempt is recorded. Redirects are answers like any other; nothing is followed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(const HttpTarget &target, const QSslConfiguration &ssl, qint64 maxBodyBytes,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    const HttpTarget &target() const { return m_target; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }

    // Sends one serialized request; exactly one of responded() or failed() follows unless
    // abort() comes first. Connects first if this is a new connection.
    void send(const QByteArray &request, bool headRequest);
    // Drops the connection now; no signal follows.
    void abort();

    // Open, nothing in flight, and the last answer allowed another request.
    bool isIdle() const { return m_state == State::Idle; }
    // Idle, and the server has sent nothing since its answer: no bytes and no close wait in the
    // socket that the event loop has not reported yet. Anything there would be read as the answer
    // to the next request, so such a connection must be dropped, not reused.
    bool isReusable() const;
    // Requests sent on this connection so far, the current one included.
    int requestCount() const { return m_requests; }
    qint64 idleMs() const { return m_idleSince.isValid() ? m_idleSince.elapsed() : 0; }

    // The answer, after responded().
    const HttpResponseParser &response() const { return m_parser; }
    // After failed(): what went wrong.
    QAbstractSocket::SocketError socketError() const { return m_socketError; }
    const QString &errorString() const { return m_errorString; }
    const QStringList &sslErrors() const { return m_sslErrors; }
    // After failed(): whether any byte of an answer had arrived (a reused connection that the
    // server closed before answering can be retried on a new one).
    bool answerStarted() const { return m_parser.bytesSeen() > 0; }

signals:
    void responded();
    void failed();
    // An idle connection was closed by the server or sent something unasked: drop it.
    void closedWhileIdle();

private:
    enum class State
    {
        New,
        Connecting,
        Busy,
        Idle,
        Closed,
    };

    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void fail(QAbstractSocket::SocketError error, const QString &message);

    HttpTarget m_target;
    QSslConfiguration m_ssl;
    QSslSocket *m_socket = nullptr;
    HttpResponseParser m_parser;
    QByteArray m_pending; // the request, until the handshake is done
    QStringList m_sslErrors;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    QElapsedTimer m_idleSince;
    State m_state = State::New;
    int m_requests = 0;
};

} // namespace hookline
