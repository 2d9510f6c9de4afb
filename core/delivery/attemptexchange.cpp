#include "delivery/attemptexchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace hookline {

namespace {

OutcomeClass classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return OutcomeClass::Tls;
    case QNetworkReply::TimeoutError:
        return OutcomeClass::Timeout;
    case QNetworkReply::HostNotFoundError:
        return OutcomeClass::Dns;
    default:
        return OutcomeClass::Connect;
    }
}

} // namespace

AttemptExchange::AttemptExchange(QNetworkAccessManager *manager, PreparedRequest request,
                                 QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

AttemptExchange::~AttemptExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AttemptExchange::start()
{
    m_elapsed.start();
    m_deadline.start(m_request.timeoutMs);
    send(m_request.request);
}

void AttemptExchange::send(const QNetworkRequest &pinned)
{
    // Pinned by the destination policy: we connect to the vetted address, while Host, SNI and
    // the certificate check use the name.
    QNetworkRequest req = pinned;
    req.setSslConfiguration(m_request.ssl);
    for (const HeaderPair &h : std::as_const(m_request.headers))
        req.setRawHeader(h.name, h.value);

    m_reply = m_manager->sendCustomRequest(req, m_request.method, m_request.body);
    // Bounded memory whatever the receiver sends: Qt buffers at most this much for us.
    m_reply->setReadBufferSize(kMaxBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &AttemptExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AttemptExchange::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
        // Never ignored: the handshake fails and the attempt is a `tls` failure.
    });
}

void AttemptExchange::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void AttemptExchange::onReadyRead()
{
    const qint64 room = kMaxBody - m_body.size();
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_body.size() >= kMaxBody && m_reply->bytesAvailable() > 0) {
        // We have what we keep; drop the connection rather than read the rest.
        m_bodyCapped = true;
        m_reply->abort();
    }
}

void AttemptExchange::onFinished()
{
    if (!m_reply || m_done)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::ConnectionRefusedError && !m_aborted && !m_timedOut &&
        m_route < m_request.fallbacks.size()) {
        // Refused before a byte was sent: the next vetted address gets the rest of the deadline.
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        m_sslErrors.clear();
        send(m_request.fallbacks.at(m_route++));
        return;
    }
    m_deadline.stop();
    ExchangeResult r;
    r.route = m_route;
    r.durationMs = m_elapsed.elapsed();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_bodyCapped && m_body.size() < kMaxBody && m_reply->isOpen())
        m_body += m_reply->read(kMaxBody - m_body.size());
    r.responseBody = m_body;
    for (const auto &pair : m_reply->rawHeaderPairs())
        r.responseHeaders << HeaderPair{pair.first, pair.second};

    if (m_aborted) {
        r.outcome = OutcomeClass::Interrupted;
        r.error = QStringLiteral("the engine stopped during this attempt");
    } else if (m_timedOut) {
        r.outcome = OutcomeClass::Timeout;
        r.httpStatus = status.isValid() ? status.toInt() : 0;
        r.error = QStringLiteral("no complete answer within %1 ms").arg(m_request.timeoutMs);
    } else if (status.isValid() && status.toInt() > 0 &&
               (error == QNetworkReply::NoError || m_bodyCapped ||
                error >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP answer arrived in time (4xx/5xx also surface as a reply error).
        r.httpStatus = status.toInt();
        r.outcome = outcomeClassForHttpStatus(r.httpStatus);
        if (r.outcome == OutcomeClass::Redirect)
            r.error = QStringLiteral("redirect to %1 not followed")
                          .arg(QString::fromUtf8(m_reply->rawHeader("Location")));
        if (r.httpStatus == 429 || r.httpStatus == 503)
            r.retryAfter =
                parseRetryAfter(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    } else {
        r.outcome = m_sslErrors.isEmpty() ? classifyNetworkError(error) : OutcomeClass::Tls;
        r.error =
            m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.join(QStringLiteral("; "));
    }
    finish(r);
}

void AttemptExchange::finish(ExchangeResult result)
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
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
    // HTTP-date, e.g. "Wed, 25 Nov 2026 18:00:00 GMT" (RFC 9110 IMF-fixdate).
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(when);
    return std::chrono::seconds(std::max<qint64>(0, delta));
}

} // namespace hookline
