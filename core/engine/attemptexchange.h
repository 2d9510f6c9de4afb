#pragma once

#include "domain/delivery.h"
#include "http/httptarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

namespace hookline {

class HttpConnection;
class HttpConnectionPool;

// Everything one HTTP exchange needs, prepared by the engine: where to connect as the destination
// policy decided (see VettedDestination::target), method, headers, body.
struct PreparedRequest
{
    HttpTarget target;
    QByteArray method;
    QList<HeaderPair> headers;
    QByteArray body;
    QSslConfiguration ssl; // TLS 1.2+, the trusted CAs of the environment
    int timeoutMs = 10000; // the whole exchange, from start() to the last byte
    // The destination's other vetted addresses, tried in order when a connection is refused;
    // they share the one deadline.
    QList<HttpTarget> fallbacks;
};

struct ExchangeResult
{
    OutcomeClass outcome = OutcomeClass::Interrupted;
    int httpStatus = 0;
    QList<HeaderPair> responseHeaders;
    QByteArray responseBody; // first 16 KiB at most
    qint64 durationMs = 0;   // monotonic
    QString error;
    std::optional<std::chrono::seconds> retryAfter; // from a 429 or 503
    int route = 0; // the address used: 0 the first, n the request's fallbacks[n - 1]

    // An attempt that ended for reasons of ours, not the endpoint's: retried at once.
    static ExchangeResult interrupted(const QString &why)
    {
        ExchangeResult r;
        r.outcome = OutcomeClass::Interrupted;
        r.error = why;
        return r;
    }
};

// One HTTP try over a connection from the engine's pool. Never follows redirects, never ignores a
// certificate error, reads at most 16 KiB of the answer, and gives up at its deadline.
class AttemptExchange : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBody = 16 * 1024;

    AttemptExchange(HttpConnectionPool *pool, PreparedRequest request, QObject *parent = nullptr);
    ~AttemptExchange() override;

    void start();
    // Ends the exchange now (engine shutting down): finishes as `interrupted`.
    void abort();

    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &now);
    // The request as it goes on the wire: request line, Host, the headers, Content-Length, body.
    // Empty if a header could split the request (a name that is not a token, CR or LF in a value).
    static QByteArray serialize(const HttpTarget &target, const QByteArray &method,
                                const QList<HeaderPair> &headers, const QByteArray &body);

signals:
    void finished(const hookline::ExchangeResult &result);

private:
    void send(bool reuse);
    void onResponded();
    void onFailed();
    void onDeadline();
    void finish(ExchangeResult result);
    const HttpTarget &currentTarget() const;
    void dropConnection();

    HttpConnectionPool *m_pool;
    PreparedRequest m_request;
    QByteArray m_wire;
    QPointer<HttpConnection> m_connection;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    bool m_done = false;
    bool m_retriedStale = false;
    int m_route = 0;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ExchangeResult)
