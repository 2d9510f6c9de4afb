#include "engine/attemptexchange.h"

#include "http/httpconnection.h"
#include "http/httpconnectionpool.h"
#include "http/httpsyntax.h"

#include <QLocale>

namespace hookline {

namespace {

OutcomeClass classifySocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return OutcomeClass::Tls;
    case QAbstractSocket::SocketTimeoutError:
        return OutcomeClass::Timeout;
    case QAbstractSocket::HostNotFoundError:
        return OutcomeClass::Dns;
    default:
        return OutcomeClass::Connect;
    }
}

// What had arrived of an answer that did not end well: its status line and headers once they were
// whole, so the attempt log shows what the receiver said before it stopped or went wrong.
void keepPartialAnswer(const HttpResponseParser &response, ExchangeResult &r)
{
    if (!response.headComplete())
        return;
    r.httpStatus = response.status();
    r.responseHeaders = response.headers();
    r.responseBody = response.body();
}

bool isSafeHeaderValue(QByteArrayView value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

} // namespace

AttemptExchange::AttemptExchange(HttpConnectionPool *pool, PreparedRequest request, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AttemptExchange::onDeadline);
}

AttemptExchange::~AttemptExchange()
{
    dropConnection();
}

QByteArray AttemptExchange::serialize(const HttpTarget &target, const QByteArray &method,
                                      const QList<HeaderPair> &headers, const QByteArray &body)
{
    if (!http::isToken(method) || target.requestTarget.isEmpty() ||
        !isSafeHeaderValue(target.requestTarget) || target.requestTarget.contains(' ') ||
        !isSafeHeaderValue(target.hostHeader))
        return {};
    QByteArray out;
    out.reserve(256 + body.size() + headers.size() * 64);
    out += method + ' ' + target.requestTarget + " HTTP/1.1\r\nHost: " + target.hostHeader + "\r\n";
    for (const HeaderPair &h : headers) {
        if (!http::isToken(h.name) || !isSafeHeaderValue(h.value))
            return {};
        out += h.name + ": " + h.value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

void AttemptExchange::start()
{
    m_elapsed.start();
    m_deadline.start(m_request.timeoutMs);
    m_wire = serialize(m_request.target, m_request.method, m_request.headers, m_request.body);
    if (m_wire.isEmpty()) {
        // The validator keeps such headers out; never let one split the request. Refused here
        // like a blocked destination: retried on the schedule, never in a tight loop.
        ExchangeResult r;
        r.outcome = OutcomeClass::Blocked;
        r.error = QStringLiteral("the request has a header that cannot be sent");
        QMetaObject::invokeMethod(
            this, [this, r] { finish(r); }, Qt::QueuedConnection);
        return;
    }
    send(true);
}

const HttpTarget &AttemptExchange::currentTarget() const
{
    return m_route == 0 ? m_request.target : m_request.fallbacks.at(m_route - 1);
}

void AttemptExchange::send(bool reuse)
{
    m_connection = m_pool->acquire(currentTarget(), m_request.ssl, reuse);
    connect(m_connection, &HttpConnection::responded, this, &AttemptExchange::onResponded);
    connect(m_connection, &HttpConnection::failed, this, &AttemptExchange::onFailed);
    m_connection->send(m_wire, m_request.method == "HEAD");
}

void AttemptExchange::dropConnection()
{
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->abort();
    m_pool->release(m_connection);
    m_connection = nullptr;
}

void AttemptExchange::abort()
{
    if (m_done)
        return;
    dropConnection();
    ExchangeResult r;
    r.outcome = OutcomeClass::Interrupted;
    r.error = QStringLiteral("the engine stopped during this attempt");
    finish(r);
}

void AttemptExchange::onDeadline()
{
    if (m_done)
        return;
    ExchangeResult r;
    r.outcome = OutcomeClass::Timeout;
    if (m_connection)
        keepPartialAnswer(m_connection->response(), r);
    r.error = QStringLiteral("no complete answer within %1 ms").arg(m_request.timeoutMs);
    dropConnection();
    finish(r);
}

void AttemptExchange::onResponded()
{
    if (m_done || !m_connection)
        return;
    const HttpResponseParser &response = m_connection->response();
    ExchangeResult r;
    r.httpStatus = response.status();
    r.outcome = outcomeClassForHttpStatus(r.httpStatus);
    r.responseHeaders = response.headers();
    r.responseBody = response.body();
    if (r.outcome == OutcomeClass::Redirect)
        r.error = QStringLiteral("redirect to %1 not followed")
                      .arg(QString::fromUtf8(response.header("Location")));
    if (r.httpStatus == 429 || r.httpStatus == 503)
        r.retryAfter =
            parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    m_connection->disconnect(this);
    m_pool->release(m_connection); // kept for the next request if the answer allows
    m_connection = nullptr;
    finish(r);
}

void AttemptExchange::onFailed()
{
    if (m_done || !m_connection)
        return;
    const QAbstractSocket::SocketError error = m_connection->socketError();
    const bool answered = m_connection->answerStarted();
    const bool reused = m_connection->requestCount() > 1;
    const QStringList sslErrors = m_connection->sslErrors();
    const QString message = m_connection->errorString();
    // Bytes came and the parser refused them (not HTTP/1.x, broken framing, a close in the middle
    // of the answer): the receiver's HTTP stack is at fault, not the network. A reset or a close
    // before any byte leaves the parser waiting and stays a connection failure.
    const bool invalidAnswer =
        answered && m_connection->response().state() == HttpResponseParser::State::Error;
    ExchangeResult r;
    if (invalidAnswer)
        keepPartialAnswer(m_connection->response(), r);
    dropConnection();

    if (error == QAbstractSocket::ConnectionRefusedError && !reused &&
        m_route < m_request.fallbacks.size()) {
        // Refused before a byte was sent: the next vetted address gets the rest of the deadline.
        ++m_route;
        send(true);
        return;
    }
    if (reused && !answered && !m_retriedStale && sslErrors.isEmpty()) {
        // A kept-alive connection the server closed as we wrote to it: one try on a new one.
        // Should the server have taken the request after all, the duplicate carries the same
        // idempotency key.
        m_retriedStale = true;
        send(false);
        return;
    }
    if (invalidAnswer)
        r.outcome = OutcomeClass::InvalidResponse;
    else
        r.outcome = sslErrors.isEmpty() ? classifySocketError(error) : OutcomeClass::Tls;
    r.error = sslErrors.isEmpty() ? message : sslErrors.join(QStringLiteral("; "));
    if (r.error.isEmpty())
        r.error = QStringLiteral("the connection failed");
    finish(r);
}

void AttemptExchange::finish(ExchangeResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    result.route = m_route;
    result.durationMs = m_elapsed.elapsed();
    emit finished(result);
}

std::optional<std::chrono::seconds> AttemptExchange::parseRetryAfter(const QByteArray &value,
                                                                     const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // An HTTP-date in any of the three forms RFC 9110 §5.6.7 obliges a recipient to accept. Qt's
    // RFC 2822 parser alone is not enough: it refuses the "GMT" every server sends.
    const QString text = QString::fromLatin1(v).simplified();
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) { // obsolete RFC 850: "Thursday, 26-Nov-26 05:00:00 GMT"
        // Qt reads the two-digit year as 19xx and then finds the weekday wrong: leave it out.
        const QString dated = text.section(QLatin1String(", "), 1);
        when = c.toDateTime(dated, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid()) // asctime: "Thu Nov 26 05:00:00 2026"
        when = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else // a numeric zone, "+0000", as RFC 2822 writes it
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(when);
    return std::chrono::seconds(std::max<qint64>(0, delta));
}

} // namespace hookline
