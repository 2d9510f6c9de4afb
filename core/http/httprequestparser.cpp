#include "http/httprequestparser.h"

#include "http/httpsyntax.h"

#include <algorithm>

namespace hookline {

HttpRequestParser::HttpRequestParser(qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxHeaderBytes(maxHeaderBytes)
{}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_errorStatus)
        return State::Error;
    if (m_complete)
        return State::Complete;

    if (!m_haveHead) {
        // Empty lines before a request line are allowed (RFC 9112 §2.2), a few of them.
        while (m_buffer.startsWith("\r\n")) {
            if (++m_leadingEmptyLines > MaxLeadingEmptyLines)
                return fail(400);
            m_buffer.remove(0, 2);
            m_headEnd.reset(); // the head starts after them
        }
        const qsizetype end = m_headEnd.find(m_buffer, 0); // the LF that ends the empty line
        // The same bytes count whole or in pieces: a verdict cannot depend on how reads were cut.
        if (http::HeadEndSearch::countedBytes(m_buffer, 0, end) > m_maxHeaderBytes)
            return fail(431);
        if (end < 0)
            return State::NeedMore;
        const QByteArray head = m_buffer.left(http::HeadEndSearch::headLength(m_buffer, 0, end));
        m_buffer.remove(0, end + 1);
        if (!parseHead(head))
            return State::Error;
        m_haveHead = true;
    }

    if (m_buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    m_request.receivedAt = QDateTime::currentDateTimeUtc();
    m_complete = true;
    return State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    QByteArrayList lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QByteArrayList parts = lines.first().split(' ');
    if (parts.size() != 3 || !http::isToken(parts[0]) || parts[1].isEmpty()) {
        fail(400);
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.httpVersion = parts[2];
    if (m_request.httpVersion == "HTTP/1.1") {
        m_keepAlive = true;
    } else if (m_request.httpVersion == "HTTP/1.0") {
        m_keepAlive = false;
    } else {
        fail(m_request.httpVersion.startsWith("HTTP/") ? 505 : 400);
        return false;
    }

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        // Obsolete line folding and whitespace before the colon are request smuggling vectors.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !http::isToken(QByteArrayView(line).first(colon))) {
            fail(400);
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_request.headers.append({name, value});

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            const bool digitsOnly = http::isDigits(value);
            if (!ok || !digitsOnly || (haveLength && length != m_contentLength)) {
                fail(400);
                return false;
            }
            haveLength = true;
            m_contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            // Chunked request bodies are not supported: the engine always sends a length.
            fail(501);
            return false;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            const QByteArrayList options = value.toLower().split(',');
            for (const QByteArray &option : options) {
                if (option.trimmed() == "close")
                    m_keepAlive = false;
                else if (option.trimmed() == "keep-alive")
                    m_keepAlive = true;
            }
        }
    }
    if (m_contentLength > m_maxBodyBytes) {
        fail(413);
        return false;
    }
    return true;
}

ReceivedRequest HttpRequestParser::takeRequest()
{
    ReceivedRequest request = std::move(m_request);
    m_request = {};
    m_haveHead = false;
    m_complete = false;
    m_contentLength = 0;
    m_leadingEmptyLines = 0;
    return request;
}

} // namespace hookline
