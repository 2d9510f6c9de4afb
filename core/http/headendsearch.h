#pragma once

#include <QByteArrayView>

namespace hookline::http {

// Finds the end of an HTTP/1.x message head, the empty line after its fields: CRLF CRLF, LF LF,
// or the mixes LF CRLF and CRLF LF (RFC 9112 §2.2 lets a recipient take a bare LF as a line end).
// The head grows between calls as bytes arrive; each search resumes where the last one stopped
// (it looks back at most two bytes from each LF), so a head trickled a byte at a time costs one
// pass over it, not a pass per byte. Shared by the response parser and the request parser.
class HeadEndSearch
{
public:
    // The index in `bytes` of the LF that ends the empty line of the head starting at `start`, or
    // -1 when it has not arrived yet. Call again with the same `start` (relative to the same
    // first head byte) once more bytes were appended; reset() before searching another head.
    qsizetype find(QByteArrayView bytes, qsizetype start)
    {
        const qsizetype from = start + m_scanned;
        for (qsizetype lf = bytes.indexOf('\n', from); lf >= 0; lf = bytes.indexOf('\n', lf + 1)) {
            if ((lf - 1 > start && bytes[lf - 1] == '\n') ||
                (lf - 2 > start && bytes[lf - 1] == '\r' && bytes[lf - 2] == '\n')) {
                m_examined += lf + 1 - from;
                m_scanned = 0;
                return lf;
            }
        }
        m_examined += bytes.size() - from;
        m_scanned = bytes.size() - start;
        return -1;
    }

    void reset() { m_scanned = 0; }

    // What a limit on the head's size counts: the bytes before the LF that ends it, or every byte
    // so far while that LF has not come. The same bytes whole or trickled, so the verdict cannot
    // depend on where the reads were cut.
    static qsizetype countedBytes(QByteArrayView bytes, qsizetype start, qsizetype end)
    {
        return (end < 0 ? bytes.size() : end) - start;
    }

    // The length of the head up to the LF that ends its last line, without the empty line (a CR
    // before that LF stays, for the line parser to drop).
    static qsizetype headLength(QByteArrayView bytes, qsizetype start, qsizetype end)
    {
        return (bytes[end - 1] == '\n' ? end - 1 : end - 2) - start;
    }

    // Bytes examined by every search so far (reset() keeps it): linear in the bytes received
    // when the search resumes, quadratic when it starts over.
    qint64 bytesExamined() const { return m_examined; }

private:
    qsizetype m_scanned = 0; // bytes after `start` searched already, without finding the end
    qint64 m_examined = 0;
};

} // namespace hookline::http
