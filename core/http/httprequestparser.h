#pragma once

#include "http/headendsearch.h"
#include "http/receivedrequest.h"

#include <QByteArray>
#include <algorithm>

namespace hookline {

// Incremental HTTP/1.x request parser for the local servers (HttpServerConnection): request line,
// headers, a body framed by Content-Length. Feed it bytes as they arrive; it keeps what belongs to
// the next request.
class HttpRequestParser
{
public:
    enum class State
    {
        NeedMore, // not a whole request yet
        Complete, // takeRequest() returns it
        Error,    // answer errorStatus() and close: the stream cannot be resynchronised
    };

    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;
    // The head's limit counts its bytes before the LF that ends it (the empty line's LF), as
    // HttpResponseParser's does: with CRLF line ends, up to this minus 3 bytes before CRLF CRLF.
    static constexpr qint64 DefaultMaxHeaderBytes = 64 * 1024;
    // Empty lines tolerated before a request line (RFC 9112 §2.2 allows "at least one"); more is
    // a client feeding the server line ends, refused with 400.
    static constexpr int MaxLeadingEmptyLines = 8;

    explicit HttpRequestParser(qint64 maxBodyBytes = DefaultMaxBodyBytes,
                               qint64 maxHeaderBytes = DefaultMaxHeaderBytes);

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Parses what is buffered. After Complete, call takeRequest() before parsing again.
    State parse();
    ReceivedRequest takeRequest();

    // Once parse() has read a request's head (even while its body is still to come): the head
    // so far, without a body, for checks that must not wait for the body (authorisation).
    bool headComplete() const { return m_haveHead; }
    const ReceivedRequest &head() const { return m_request; }
    // Body bytes the current head announced and the buffer does not hold yet.
    qint64 bodyBytesToCome() const
    {
        return m_haveHead ? std::max<qint64>(0, m_contentLength - m_buffer.size()) : 0;
    }

    // 400 malformed, 413 body too large, 431 header section too large, 501 unsupported transfer
    // coding, 505 unsupported HTTP version.
    int errorStatus() const { return m_errorStatus; }
    // Whether the client asked to keep the connection open after the completed request.
    bool keepAlive() const { return m_keepAlive; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // Bytes the search for heads' ends has examined over the parser's life: about the bytes of
    // the heads received, however they were cut (a client trickling a head costs no rescans).
    qint64 headBytesSearched() const { return m_headEnd.bytesExamined(); }
    // After a 413: how many bytes of the refused body the client has still to send.
    qint64 refusedBodyBytesToCome() const
    {
        return m_errorStatus == 413 ? std::max<qint64>(0, m_contentLength - m_buffer.size()) : 0;
    }

private:
    State fail(int status);
    bool parseHead(const QByteArray &head);

    qint64 m_maxBodyBytes;
    qint64 m_maxHeaderBytes;
    QByteArray m_buffer;
    ReceivedRequest m_request;
    http::HeadEndSearch m_headEnd;
    bool m_haveHead = false;
    bool m_complete = false;
    bool m_keepAlive = true;
    int m_leadingEmptyLines = 0;
    qint64 m_contentLength = 0;
    int m_errorStatus = 0;
};

} // namespace hookline
