#pragma once

#include "http/httprequestparser.h"
#include "http/httpresponsewriter.h"
#include "http/httpserverlimits.h"
#include "http/receivedrequest.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace hookline {

// One answer of a local HTTP server; Content-Length, Date and Connection are added when written.
struct HttpAnswer
{
    int status = 200;
    HttpResponseWriter::Headers headers;
    QByteArray body;
};

// One client of a local HTTP server (plain or TLS socket), held to HttpServerLimits: it reads at
// most maxHeldBytes ahead, gives up on heads and requests that take too long and on kept-alive
// connections left idle, lets the server refuse a request on its head before any body is read,
// and answers malformed or oversized requests at once. The server only decides what to answer,
// and when: the ingest API, the test receiver and the tests' scripted server all serve through it.
//
// A connection deletes itself (later) once closed; keep a QPointer across event-loop turns.
class HttpServerConnection : public QObject
{
    Q_OBJECT
public:
    // The server's wording of answers it did not choose: 400, 408, 413, 431, 501, 503, 505.
    using ErrorAnswer = std::function<HttpAnswer(int status)>;

    // Takes the socket over (it becomes this object's child). The head deadline starts now.
    HttpServerConnection(QTcpSocket *socket, quint64 id, const HttpServerLimits &limits,
                         ErrorAnswer errorAnswer, QObject *parent = nullptr);
    ~HttpServerConnection() override;

    quint64 id() const { return m_id; }
    QTcpSocket *socket() const { return m_socket; }
    // Refused, reading and dropping what is left of the client's upload before closing.
    bool isDraining() const { return m_phase == Phase::Draining; }
    // Kept alive between requests.
    bool isIdle() const { return m_phase == Phase::Idle; }
    // Waiting for (the rest of) a request's head: the server knows nothing of it yet.
    bool isAwaitingHead() const { return m_phase == Phase::Reading && !m_headSignalled; }
    // Answered for the last time (or never will be), closing.
    bool isClosing() const { return m_phase == Phase::Closing || m_phase == Phase::Closed; }
    // Bytes read from the client and not handled yet, in the parser and in the socket's buffer.
    qint64 bufferedBytes() const;

    // Answers the request last given by requestReceived(), at once or later. The connection stays
    // open for the next request unless the client asked to close it or `close` is set.
    void respond(const HttpAnswer &answer, bool close = false);
    // Answers and closes at once; from a headReceived() slot, the announced body is never read.
    void refuse(const HttpAnswer &answer);
    // Answers the request with `bytes` as they are, whatever they are, then closes.
    void respondRaw(const QByteArray &bytes);
    // Answers the request with a head announcing `contentLength` body bytes and closing after
    // them; the body follows through writeBody() at the server's pace (bodyWritable() says when
    // the socket took some), and the connection closes once all of it is written.
    void beginResponse(int status, const HttpResponseWriter::Headers &headers,
                       qint64 contentLength);
    // False when no body is expected (any more): the connection closed, or all of it was written.
    bool writeBody(const QByteArray &bytes);
    // Answered and not yet on the wire, TLS records included.
    qint64 bytesToWrite() const;
    // Closes cleanly without an answer (FIN).
    void close();
    // Closes at once, without a word.
    void abort();

signals:
    // A request's head is in; its body may still be on the way. Call refuse() here to answer
    // without reading it (a missing token). Emitted before requestReceived() for every request.
    void headReceived(hookline::HttpServerConnection *connection,
                      const hookline::ReceivedRequest &head);
    // A whole request: answer it with respond(). Until then no further request is read.
    void requestReceived(hookline::HttpServerConnection *connection,
                         const hookline::ReceivedRequest &request);
    // The connection is gone, closed by either side.
    void closed(hookline::HttpServerConnection *connection);
    // Bytes of a body begun with beginResponse() went out: there is room for more.
    void bodyWritable(hookline::HttpServerConnection *connection);

private:
    enum class Phase
    {
        Reading,   // a request is arriving (or expected on a fresh connection)
        Answering, // the server has the request and has not answered yet
        Streaming, // the server writes its answer's body at its own pace
        Idle,      // kept alive between requests
        Draining,  // refused: dropping the rest of the upload for a while
        Closing,   // last answer written, closing
        Closed,
    };

    void pump();
    bool step();
    void enterReading();
    void enterIdle();
    void refuseAndDrain(const HttpAnswer &answer, qint64 bodyBytesToCome);
    void startClosing();
    void write(const HttpAnswer &answer, bool close);
    void arm();
    void onDeadline();
    void onDisconnected();

    QTcpSocket *m_socket;
    quint64 m_id;
    HttpServerLimits m_limits;
    ErrorAnswer m_errorAnswer;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::Reading;
    bool m_headSignalled = false;
    bool m_keepAlive = true;
    bool m_pumping = false;
    qint64 m_drainRemaining = 0;
    qint64 m_bodyRemaining = 0; // Streaming
    QDeadlineTimer m_headDeadline;
    QDeadlineTimer m_requestDeadline;
    QDeadlineTimer m_phaseDeadline; // Idle, Draining, Closing
    QTimer m_timer;
};

} // namespace hookline
