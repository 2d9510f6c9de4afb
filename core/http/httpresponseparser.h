#pragma once

#include "domain/delivery.h"
#include "http/headendsearch.h"

#include <QByteArray>
#include <QString>

namespace hookline {

// Incremental HTTP/1.x response parser for the engine's own client: the status line, the header
// section, and a body framed by Content-Length, chunked coding or the end of the connection
// (RFC 9112 §6.3). Interim 1xx answers are skipped (a few; more fail). It keeps at most
// `maxBodyBytes` of the body: once more would arrive it completes with bodyCapped(), and the
// connection must not be reused. The verdict never depends on how the bytes were cut into feeds.
class HttpResponseParser
{
public:
    enum class State
    {
        NeedMore, // not a whole response yet
        Complete, // status(), headers(), body() are final
        Error,    // not HTTP, or framing that cannot be trusted: close the connection
    };

    static constexpr qint64 DefaultMaxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(qint64 maxBodyBytes, qint64 maxHeaderBytes = DefaultMaxHeaderBytes);

    // Ready for the answer to a new request; a HEAD request's answer has no body.
    void reset(bool headRequest = false);
    State feed(QByteArrayView bytes);
    // The peer closed the connection: completes a body delimited by the close, fails otherwise.
    State finish();

    State state() const { return m_state; }
    bool headComplete() const { return m_phase > Phase::Head; }
    int status() const { return m_status; }
    const QList<HeaderPair> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }
    bool bodyCapped() const { return m_capped; }
    // After Complete: whether the connection may carry another request (not if the server said
    // close, the body was cut, or bytes came that belong to no request).
    bool keepAlive() const
    {
        return m_keepAlive && !m_capped && m_state == State::Complete && m_buffer.isEmpty() &&
               !m_unexpectedBytes;
    }
    // What is wrong, in English, for the attempt log (after Error).
    const QString &error() const { return m_error; }
    qint64 bytesSeen() const { return m_bytesSeen; }

private:
    enum class Phase
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        BodyUntilClose,
        Done,
    };

    State fail(const QString &why);
    State complete();
    bool parseHead(QByteArrayView head);
    State parseBuffer(qsizetype &pos);
    bool takeLine(qsizetype &pos, QByteArrayView &line);
    void keepBody(QByteArrayView bytes);

    qint64 m_maxBody;
    qint64 m_maxHeader;
    bool m_headRequest = false;
    State m_state = State::NeedMore;
    Phase m_phase = Phase::Head;
    QByteArray m_buffer; // bytes not parsed yet: a partial head, chunk line or trailer
    int m_status = 0;
    QList<HeaderPair> m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; // of a fixed body or of the current chunk
    bool m_capped = false;
    bool m_keepAlive = true;
    qint64 m_bytesSeen = 0;
    qint64 m_trailerBytes = 0;
    int m_interimCount = 0;         // 1xx answers before this one
    bool m_unexpectedBytes = false; // fed after the answer was complete
    http::HeadEndSearch m_headEnd;
    // How many bytes at the front of m_buffer were searched for the current line's end already.
    qsizetype m_scanned = 0;
    QString m_error;
};

} // namespace hookline
