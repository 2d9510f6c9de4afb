#pragma once

#include "domain/delivery.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookline {

// Everything one HTTP exchange needs, prepared by the engine: the request pinned to the vetted
// address by the destination policy (see VettedDestination::request), method, headers, body.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray method;
    QList<HeaderPair> headers;
    QByteArray body;
    QSslConfiguration ssl; // TLS 1.2+, the trusted CAs of the environment
    int timeoutMs = 10000; // the whole exchange, from start() to the last byte
    // The same request pinned to the destination's other vetted addresses, tried in order when
    // a connection is refused; they share the one deadline.
    QList<QNetworkRequest> fallbacks;
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
};

// One HTTP try over a QNetworkAccessManager the engine owns. Never follows redirects, never
// ignores a certificate error, reads at most 16 KiB of the answer, and gives up at its deadline.
class AttemptExchange : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBody = 16 * 1024;

    AttemptExchange(QNetworkAccessManager *manager, PreparedRequest request,
                    QObject *parent = nullptr);
    ~AttemptExchange() override;

    void start();
    // Ends the exchange now (engine shutting down): finishes as `interrupted`.
    void abort();

    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &now);

signals:
    void finished(const hookline::ExchangeResult &result);

private:
    void send(const QNetworkRequest &pinned);
    void onReadyRead();
    void onFinished();
    void finish(ExchangeResult result);

    QNetworkAccessManager *m_manager;
    PreparedRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QStringList m_sslErrors;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_bodyCapped = false;
    bool m_done = false;
    int m_route = 0;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ExchangeResult)
