#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace hookline {

// Serialises HTTP/1.1 responses for the local servers (HttpServerConnection).
class HttpResponseWriter
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static QByteArray reasonPhrase(int status);
    // Status line and headers up to the blank line. Adds Date, Content-Length (unless
    // contentLength < 0) and Connection; extra headers come last, as given.
    static QByteArray head(int status, const Headers &headers, qint64 contentLength,
                           bool closeConnection);
    static QByteArray response(int status, const Headers &headers, const QByteArray &body,
                               bool closeConnection);
};

} // namespace hookline
