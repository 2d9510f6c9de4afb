#include "http/httpresponseparser.h"

#include "http/httpsyntax.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace hookline {

namespace {

// A chunk-size line is a few hex digits and perhaps an extension; anything longer is not HTTP.
constexpr qsizetype kMaxChunkLine = 1024;
// 100 Continue and 103 Early Hints come once or twice before an answer; dozens are not HTTP.
constexpr int kMaxInterimResponses = 16;

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{}

void HttpResponseParser::reset(bool headRequest)
{
    m_headRequest = headRequest;
    m_state = State::NeedMore;
    m_phase = Phase::Head;
    m_buffer.clear();
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_remaining = 0;
    m_capped = false;
    m_keepAlive = true;
    m_bytesSeen = 0;
    m_trailerBytes = 0;
    m_interimCount = 0;
    m_unexpectedBytes = false;
    m_scanned = 0;
    m_headEnd.reset();
    m_error.clear();
}

HttpResponseParser::State HttpResponseParser::fail(const QString &why)
{
    m_error = why;
    m_state = State::Error;
    m_phase = Phase::Done;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::complete()
{
    m_phase = Phase::Done;
    m_state = State::Complete;
    return m_state;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const HeaderPair &h : m_headers) {
        if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

void HttpResponseParser::keepBody(QByteArrayView bytes)
{
    const qint64 room = m_maxBody - m_body.size();
    if (bytes.size() > room) {
        m_body.append(bytes.first(room));
        m_capped = true;
    } else {
        m_body.append(bytes);
    }
}

// One line from m_buffer at `pos`, without its line end; advances `pos` past it.
bool HttpResponseParser::takeLine(qsizetype &pos, QByteArrayView &line)
{
    const qsizetype end = m_buffer.indexOf('\n', pos + m_scanned);
    if (end < 0) {
        m_scanned = m_buffer.size() - pos;
        return false;
    }
    m_scanned = 0;
    line = QByteArrayView(m_buffer).sliced(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = end + 1;
    return true;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore) {
        m_unexpectedBytes = m_unexpectedBytes || !bytes.isEmpty();
        return m_state;
    }
    m_bytesSeen += bytes.size();
    m_buffer.append(bytes);
    qsizetype pos = 0;
    const State state = parseBuffer(pos);
    // Whatever was not consumed is an incomplete line of the head or of the chunk framing.
    m_buffer.remove(0, pos);
    return state;
}

HttpResponseParser::State HttpResponseParser::parseBuffer(qsizetype &pos)
{
    const QByteArrayView all(m_buffer);
    while (m_state == State::NeedMore) {
        const qsizetype available = all.size() - pos;
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype end = m_headEnd.find(all, pos); // the LF that ends the empty line
            // A verdict on the size cannot depend on where the TLS records were cut.
            if (http::HeadEndSearch::countedBytes(all, pos, end) > m_maxHeader)
                return fail(
                    QStringLiteral("the response header is larger than %1 bytes").arg(m_maxHeader));
            if (end < 0)
                return m_state;
            if (!parseHead(all.sliced(pos, http::HeadEndSearch::headLength(all, pos, end))))
                return m_state;
            pos = end + 1;
            if (m_phase == Phase::Done)
                return complete();
            break; // the body, or the real answer after an interim one
        }
        case Phase::FixedBody: {
            const qint64 n = std::min<qint64>(available, m_remaining);
            keepBody(all.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                return complete();
            if (m_capped || m_body.size() >= m_maxBody) {
                m_capped = true;
                return complete();
            }
            return m_state;
        }
        case Phase::ChunkSize: {
            QByteArrayView line;
            const qsizetype lineStart = pos;
            if (!takeLine(pos, line)) {
                if (available > kMaxChunkLine)
                    return fail(QStringLiteral("a chunk size line is too long"));
                return m_state;
            }
            // The same limit on a line that arrived whole (its bytes before the LF).
            if (pos - 1 - lineStart > kMaxChunkLine)
                return fail(QStringLiteral("a chunk size line is too long"));
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon);
            line = line.trimmed();
            if (line.isEmpty() || line.size() > 15 ||
                !std::all_of(line.begin(), line.end(), [](char c) { return isxdigit(uchar(c)); }))
                return fail(QStringLiteral("invalid chunk size"));
            m_remaining = line.toByteArray().toLongLong(nullptr, 16);
            m_phase = m_remaining == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 n = std::min<qint64>(available, m_remaining);
            if (n > 0 && m_body.size() >= m_maxBody) {
                m_capped = true;
                return complete();
            }
            keepBody(all.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_capped)
                return complete();
            if (m_remaining > 0)
                return m_state;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd: {
            if (available >= 1 && all[pos] == '\n') {
                pos += 1;
            } else if (available < 2) {
                return m_state;
            } else if (all.sliced(pos, 2) == "\r\n") {
                pos += 2;
            } else {
                return fail(QStringLiteral("a chunk does not end where its size says"));
            }
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers: {
            // Every byte of the trailer section counts, line ends included, checked after each
            // line as well as on a partial one: the verdict cannot depend on how the bytes arrive.
            QByteArrayView line;
            for (qsizetype lineStart = pos; takeLine(pos, line); lineStart = pos) {
                m_trailerBytes += pos - lineStart;
                if (m_trailerBytes > m_maxHeader)
                    return fail(QStringLiteral("the trailer section is too large"));
                if (line.isEmpty())
                    return complete();
            }
            if (m_trailerBytes + (all.size() - pos) > m_maxHeader)
                return fail(QStringLiteral("the trailer section is too large"));
            return m_state;
        }
        case Phase::BodyUntilClose:
            keepBody(all.sliced(pos));
            pos = all.size();
            if (m_capped)
                return complete();
            return m_state;
        case Phase::Done:
            return m_state;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_phase == Phase::BodyUntilClose) {
        m_keepAlive = false;
        return complete();
    }
    return fail(m_bytesSeen == 0
                    ? QStringLiteral("the connection closed without an answer")
                    : QStringLiteral("the connection closed before the answer was complete"));
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines << line;
        start = end + 1;
    }

    // HTTP-version SP status-code SP [reason-phrase]
    const QByteArrayView statusLine = lines.first();
    const bool http11 = statusLine.startsWith("HTTP/1.1 ");
    if (!http11 && !statusLine.startsWith("HTTP/1.0 ")) {
        fail(QStringLiteral("the answer is not HTTP/1.x"));
        return false;
    }
    const QByteArrayView code =
        statusLine.sliced(9).first(std::min<qsizetype>(3, statusLine.size() - 9));
    if (code.size() != 3 || !http::isDigits(code) || code[0] < '1' || code[0] > '5' ||
        (statusLine.size() > 12 && statusLine[12] != ' ')) {
        fail(QStringLiteral("invalid status line"));
        return false;
    }
    const int status = QByteArray(code.data(), 3).toInt();

    QList<HeaderPair> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        // Obsolete line folding and whitespace before the colon are smuggling vectors.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !http::isToken(line.first(colon))) {
            fail(QStringLiteral("invalid header line"));
            return false;
        }
        headers << HeaderPair{line.first(colon).toByteArray(),
                              line.sliced(colon + 1).trimmed().toByteArray()};
    }

    if (status < 200) {
        if (status == 101) {
            fail(QStringLiteral("the server switched protocols unasked"));
            return false;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows. A server that
        // sends nothing else must not keep the attempt busy until the timeout.
        if (++m_interimCount > kMaxInterimResponses) {
            fail(QStringLiteral("more than %1 interim (1xx) answers").arg(kMaxInterimResponses));
            return false;
        }
        return true;
    }

    m_status = status;
    m_headers = std::move(headers);
    bool close = false;
    bool keepAliveAsked = false;
    bool chunked = false;
    bool otherCoding = false;
    std::optional<qint64> length;
    for (const HeaderPair &h : std::as_const(m_headers)) {
        if (h.name.compare("Connection", Qt::CaseInsensitive) == 0) {
            close = close || http::listsOption(h.value, "close");
            keepAliveAsked = keepAliveAsked || http::listsOption(h.value, "keep-alive");
        } else if (h.name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            // Chunked must be the last coding applied (RFC 9112 §6.1).
            const QByteArray last = h.value.split(',').last().trimmed();
            chunked = last.compare("chunked", Qt::CaseInsensitive) == 0;
            otherCoding = !chunked;
        } else if (h.name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : h.value.split(',')) {
                const QByteArray digits = part.trimmed();
                bool ok = http::isDigits(digits) && digits.size() <= 18;
                const qint64 n = ok ? digits.toLongLong(&ok) : -1;
                if (!ok || (length && *length != n)) {
                    fail(QStringLiteral("invalid Content-Length"));
                    return false;
                }
                length = n;
            }
        }
    }
    m_keepAlive = http11 ? !close : keepAliveAsked && !close;

    if (m_headRequest || status == 204 || status == 304) {
        m_phase = Phase::Done;
    } else if (chunked || otherCoding) {
        // Transfer-Encoding overrides Content-Length, and a message with both must not be
        // followed by another on the same connection (RFC 9112 §6.3). Nor may an HTTP/1.0 one:
        // 1.0 has no transfer codings, so its framing is faulty (RFC 9112 §6.1).
        if (length || !http11)
            m_keepAlive = false;
        if (chunked) {
            m_phase = Phase::ChunkSize;
        } else {
            m_phase = Phase::BodyUntilClose;
            m_keepAlive = false;
        }
    } else if (length) {
        m_remaining = *length;
        m_phase = *length == 0 ? Phase::Done : Phase::FixedBody;
    } else {
        m_phase = Phase::BodyUntilClose;
        m_keepAlive = false;
    }
    return true;
}

} // namespace hookline
